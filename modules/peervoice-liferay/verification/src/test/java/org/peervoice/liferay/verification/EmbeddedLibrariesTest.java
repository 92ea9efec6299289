package org.peervoice.liferay.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;

import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Processor;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The service bundle carries what runs and little else (docs/liferay/packaging.md, "What the
 * service bundle embeds"). Class-level reachability over the bundle's class files: from our own
 * classes, and from the providers the embedded libraries declare in {@code META-INF/services}
 * (Flyway's plugins, Jackson's modules, the JPA provider), which their service loaders instantiate.
 * OsgiFrameworkTest then proves at run time that the slimmed bundle migrates, persists and answers
 * JSON.
 */
class EmbeddedLibrariesTest {

	/** Where our code reaches that a library loads by name, not by a class reference. */
	private static final List<String> REFLECTIVE_ROOTS = List.of(
		// EclipseLink's default JPQL parser, named in PersistenceUnitProperties, created by reflection.
		"org/eclipse/persistence/internal/jpa/jpql/HermesParser");

	// 12.5 MB before the champion directory's copies; Apache PDFBox with its fonts (about 4.5 MB) and ez-vcard, which
	// cannot load without FreeMarker (about 2 MB), brought it to 19 MB (docs/liferay/packaging.md).
	private static final long SIZE_BUDGET = 20L * 1000 * 1000;

	private static File service;
	private static final Map<String, byte[]> classes = new HashMap<>();
	private static final Map<String, String> origin = new HashMap<>();
	private static final Map<String, byte[]> removedBytes = new HashMap<>();
	private static final Map<String, Set<String>> classesUsed = new HashMap<>();
	private static final Map<String, List<String>> serviceProviders = new TreeMap<>();
	private static Set<String> hostPackages;

	@BeforeAll
	static void readServiceBundle() throws IOException {
		service = BuiltBundles.bySymbolicName(BuiltBundles.SERVICE);
		try (JarFile jar = new JarFile(service)) {
			for (JarEntry entry : Collections.list(jar.entries())) {
				String name = entry.getName();
				if (name.startsWith("lib/") && name.endsWith(".jar")) {
					readEmbedded(name, jar.getInputStream(entry).readAllBytes());
				}
				else {
					add(".", name, jar.getInputStream(entry).readAllBytes());
				}
			}
		}
		// What the bundle imports and Liferay exports; an optional import of something Liferay lacks provides nothing.
		PortalExports portal = PortalExports.read();
		hostPackages = new HashSet<>();
		for (String imported : new Parameters(BuiltBundles.header(service, "Import-Package")).keySet()) {
			String packageName = Processor.removeDuplicateMarker(imported);
			if (portal.exports(packageName)) {
				hostPackages.add(packageName);
			}
		}
	}

	@Test
	void everyClassOurCodeReachesIsInTheBundleOrComesFromTheHost() {
		assertEquals(new TreeMap<String, String>(), missingFromOurCode(), "classes used (key) by a class of the bundle (value) that nothing provides");
	}

	/** Our classes and whatever the bundle unrolls beside them (Bouncy Castle's Argon2) are followed class by class; an embedded jar is taken whole. */
	private static Map<String, String> missingFromOurCode() {
		Map<String, String> missing = new TreeMap<>();
		Deque<String> pending = new ArrayDeque<>();
		Set<String> seen = new HashSet<>();
		for (String name : classes.keySet()) {
			if (name.startsWith("org/peervoice/")) {
				pending.add(name);
			}
		}
		while (!pending.isEmpty()) {
			String name = pending.removeFirst();
			if (!seen.add(name) || !".".equals(origin.get(name))) {
				continue;
			}
			for (String used : classesUsedBy(name)) {
				if (classes.containsKey(used)) {
					pending.add(used);
				}
				else if (!isProvidedByTheHost(used)) {
					missing.putIfAbsent(used.replace('/', '.'), name.replace('/', '.'));
				}
			}
		}
		return missing;
	}

	@Test
	void everyServiceProviderOfTheEmbeddedLibrariesLoads() {
		assertEquals(new ArrayList<String>(), brokenServiceProviders());
		assertTrue(serviceProviders.containsKey("org.flywaydb.core.extensibility.Plugin"), "Flyway's plugins were not found: " + serviceProviders.keySet());
		assertTrue(serviceProviders.get("org.flywaydb.core.extensibility.Plugin").contains("org.flywaydb.database.mysql.mariadb.MariaDBDatabaseType"),
			"flyway-mysql (MySQL and MariaDB) must stay embedded");
	}

	private static List<String> brokenServiceProviders() {
		// A service loader instantiates every provider its files list: each provider, its supertypes and the types
		// its members name must load (without Gson, Flyway's InfoResultDeserializer fails with
		// "NoClassDefFoundError: com/google/gson/JsonElement" and Flyway with it).
		List<String> broken = new ArrayList<>();
		for (Map.Entry<String, List<String>> service : serviceProviders.entrySet()) {
			for (String provider : service.getValue()) {
				String problem = unloadableSupertype(provider.replace('.', '/'), new HashSet<>());
				if (problem == null) {
					problem = unloadableMemberType(provider.replace('.', '/'));
				}
				if (problem != null) {
					broken.add(service.getKey() + ": " + provider + " needs " + problem);
				}
			}
		}
		return broken;
	}

	@Test
	void everyEmbeddedJarHoldsAClassThatRuns() {
		assertEquals(new ArrayList<String>(), deadJars());
	}

	@Test
	void theChecksNoticeAMissingLibraryAMissingClassAndADeadJar() {
		Map<String, String> gson = remove("com/google/gson/");
		try {
			assertTrue(brokenServiceProviders().stream().anyMatch(problem -> problem.contains("InfoResultDeserializer needs com.google.gson.")),
				"without Gson: " + brokenServiceProviders());
		}
		finally {
			restore(gson);
		}
		Map<String, String> digests = remove("org/bouncycastle/crypto/digests/");
		try {
			assertTrue(missingFromOurCode().containsKey("org.bouncycastle.crypto.digests.Blake2bDigest"), "without Blake2b: " + missingFromOurCode());
		}
		finally {
			restore(digests);
		}
		classes.put("org/example/Unused", new byte[0]);
		origin.put("org/example/Unused", "lib/unused.jar");
		try {
			assertEquals(List.of("lib/unused.jar"), deadJars());
		}
		finally {
			classes.remove("org/example/Unused");
			origin.remove("org/example/Unused");
		}
	}

	/** Takes the classes under the prefix out of the bundle's view; {@link #restore} puts them back. */
	private static Map<String, String> remove(String prefix) {
		Map<String, String> removed = new HashMap<>();
		for (String name : new ArrayList<>(classes.keySet())) {
			if (name.startsWith(prefix)) {
				removed.put(name, origin.remove(name));
				removedBytes.put(name, classes.remove(name));
			}
		}
		assertTrue(!removed.isEmpty(), "nothing under " + prefix);
		return removed;
	}

	private static void restore(Map<String, String> removed) {
		for (Map.Entry<String, String> entry : removed.entrySet()) {
			origin.put(entry.getKey(), entry.getValue());
			classes.put(entry.getKey(), removedBytes.remove(entry.getKey()));
		}
	}

	private static List<String> deadJars() {
		Set<String> reached = reachableFromOurCodeAndTheServiceProviders();
		Map<String, Integer> reachedPerJar = new TreeMap<>();
		for (String jar : new TreeSet<>(origin.values())) {
			reachedPerJar.put(jar, 0);
		}
		for (String name : reached) {
			reachedPerJar.merge(origin.get(name), 1, Integer::sum);
		}
		List<String> dead = new ArrayList<>();
		reachedPerJar.forEach((jar, count) -> {
			if (count == 0) {
				dead.add(jar);
			}
		});
		return dead;
	}

	@Test
	void theBundleEmbedsNoJdbcDriverAndStaysWithinItsSizeBudget() {
		// The portal supplies the DataSource, and with it the driver.
		assertTrue(serviceProviders.keySet().stream().noneMatch("java.sql.Driver"::equals), "a JDBC driver is embedded: " + serviceProviders.get("java.sql.Driver"));
		for (String driverPackage : List.of("org/postgresql/", "org/mariadb/", "com/mysql/", "org/hsqldb/", "oracle/jdbc/", "com/microsoft/sqlserver/")) {
			assertTrue(classes.keySet().stream().noneMatch(name -> name.startsWith(driverPackage)), driverPackage + " is embedded");
		}
		assertTrue(service.length() < SIZE_BUDGET, "the service bundle is " + service.length() + " bytes, over its budget of " + SIZE_BUDGET);
	}

	@Test
	void theBundleImportsNothingOfALibraryItEmbedsInPart() {
		for (String imported : new Parameters(BuiltBundles.header(service, "Import-Package")).keySet()) {
			assertTrue(!imported.startsWith("org.bouncycastle.") && !imported.startsWith("com.fasterxml.jackson."),
				"the service bundle imports " + imported + ": a portal's copy would mix with the embedded one");
		}
	}

	private static Set<String> reachableFromOurCodeAndTheServiceProviders() {
		Deque<String> pending = new ArrayDeque<>();
		for (String name : classes.keySet()) {
			if (name.startsWith("org/peervoice/")) {
				pending.add(name);
			}
		}
		serviceProviders.values().forEach(providers -> providers.forEach(provider -> pending.add(provider.replace('.', '/'))));
		pending.addAll(REFLECTIVE_ROOTS);
		Set<String> seen = new HashSet<>();
		while (!pending.isEmpty()) {
			String name = pending.removeFirst();
			if (!classes.containsKey(name) || !seen.add(name)) {
				continue;
			}
			pending.addAll(classesUsedBy(name));
		}
		return seen;
	}

	private static String unloadableSupertype(String name, Set<String> visited) {
		if (!visited.add(name) || isProvidedByTheHost(name)) {
			return null;
		}
		if (!classes.containsKey(name)) {
			return name.replace('/', '.');
		}
		LinkageCheck.ClassShape shape = LinkageCheck.ClassShape.of(classes.get(name));
		List<String> supertypes = new ArrayList<>(shape.interfaces);
		if (shape.superName != null) {
			supertypes.add(shape.superName);
		}
		for (String supertype : supertypes) {
			String problem = unloadableSupertype(supertype, visited);
			if (problem != null) {
				return problem;
			}
		}
		return null;
	}

	private static String unloadableMemberType(String provider) {
		Set<String> types = new TreeSet<>();
		new ClassReader(classes.get(provider)).accept(new ClassVisitor(Opcodes.ASM9) {

			@Override
			public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
				addType(Type.getType(descriptor));
				return null;
			}

			@Override
			public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
				Type method = Type.getMethodType(descriptor);
				addType(method.getReturnType());
				for (Type argument : method.getArgumentTypes()) {
					addType(argument);
				}
				return null;
			}

			private void addType(Type type) {
				Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
				if (element.getSort() == Type.OBJECT) {
					types.add(element.getInternalName());
				}
			}

		}, ClassReader.SKIP_CODE);
		for (String type : types) {
			if (!classes.containsKey(type) && !isProvidedByTheHost(type)) {
				return type.replace('/', '.');
			}
		}
		return null;
	}

	private static Set<String> classesUsedBy(String name) {
		return classesUsed.computeIfAbsent(name, key -> {
			Set<String> used = new HashSet<>();
			for (LinkageCheck.Reference reference : LinkageCheck.references(classes.get(key))) {
				used.add(reference.owner);
			}
			used.remove(key);
			return used;
		});
	}

	private static boolean isProvidedByTheHost(String internalName) {
		int slash = internalName.lastIndexOf('/');
		String packageName = slash < 0 ? "" : internalName.substring(0, slash).replace('/', '.');
		return LinkageCheck.isJdkPackage(packageName) || hostPackages.contains(packageName);
	}

	private static void readEmbedded(String jarName, byte[] jarBytes) {
		try (JarInputStream jar = new JarInputStream(new ByteArrayInputStream(jarBytes))) {
			for (JarEntry entry = jar.getNextJarEntry(); entry != null; entry = jar.getNextJarEntry()) {
				add(jarName, entry.getName(), readAll(jar));
			}
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		return in.readAllBytes();
	}

	private static void add(String jarName, String entryName, byte[] content) {
		if (entryName.startsWith("META-INF/services/") && !entryName.endsWith("/")) {
			List<String> providers = serviceProviders.computeIfAbsent(entryName.substring("META-INF/services/".length()), key -> new ArrayList<>());
			for (String line : new String(content, StandardCharsets.UTF_8).split("\n")) {
				String provider = line.replaceFirst("#.*", "").trim();
				if (!provider.isEmpty()) {
					providers.add(provider);
				}
			}
		}
		else if (entryName.endsWith(".class") && !entryName.startsWith("META-INF/") && !entryName.endsWith("module-info.class")) {
			String name = entryName.substring(0, entryName.length() - ".class".length());
			classes.put(name, content);
			origin.put(name, jarName);
		}
	}

}

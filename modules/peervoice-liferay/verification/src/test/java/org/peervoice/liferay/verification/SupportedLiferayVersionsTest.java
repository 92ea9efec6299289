package org.peervoice.liferay.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Processor;
import aQute.bnd.version.Version;
import aQute.bnd.version.VersionRange;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.peervoice.liferay.verification.SupportedLiferayVersions.LiferayVersion;

/**
 * Every bundle the build made, against every supported Liferay 7.4 release
 * (docs/liferay/verification.md, "Supported versions"): its imports resolve against that
 * release's exports, and every class, method and field of Liferay that its bytecode uses
 * exists there with the same signature ({@link LinkageCheck}). The import ranges are exactly as
 * wide as the supported releases, so that a portal the build has not checked refuses the
 * bundles at deployment instead of failing at run time.
 */
class SupportedLiferayVersionsTest {

	private static List<LiferayVersion> versions;
	private static Map<String, Version> ourExports;
	private static final Map<File, Map<String, byte[]>> ourClassesByBundle = new HashMap<>();
	private static final Map<File, Set<String>> privatePackagesByBundle = new HashMap<>();

	@BeforeAll
	static void readReleases() {
		versions = SupportedLiferayVersions.all();
		ourExports = new HashMap<>();
		for (File bundle : BuiltBundles.all()) {
			for (Map.Entry<String, Attrs> export : new Parameters(BuiltBundles.header(bundle, "Export-Package")).entrySet()) {
				ourExports.put(Processor.removeDuplicateMarker(export.getKey()), Version.parseVersion(export.getValue().getVersion()));
			}
		}
	}

	@Test
	void theSupportedReleasesAreThePortalGasAndDxpUpdatesIncludingTheOneWeCompileAgainst() {
		assertTrue(versions.stream().anyMatch(version -> !version.isDxp()), "no Liferay Portal GA");
		assertTrue(versions.stream().anyMatch(LiferayVersion::isDxp), "no Liferay DXP update");
		String compiledAgainst = System.getProperty("peervoice.liferay.compile.version", "7.4.3.112-ga112");
		assertTrue(versions.stream().anyMatch(version -> version.version.equals(compiledAgainst)),
			"the API the bundles compile against (" + compiledAgainst + ") must be a supported release: " + versions);
	}

	@TestFactory
	Stream<DynamicTest> everyBundleResolvesOnEachSupportedRelease() {
		return versions.stream().map(version -> DynamicTest.dynamicTest("resolves on " + version, () -> {
			List<String> unsatisfied = new ArrayList<>();
			for (File bundle : BuiltBundles.all()) {
				for (Map.Entry<String, Attrs> entry : imports(bundle).entrySet()) {
					String packageName = Processor.removeDuplicateMarker(entry.getKey());
					boolean optional = "optional".equals(entry.getValue().get("resolution:"));
					String problem = resolveProblem(version.exports(), packageName, entry.getValue().getVersion());
					// An optional import the portal exports must still wire, or the code behind it would think it runs outside Liferay.
					if (problem != null && !(optional && !isExported(version.exports(), packageName))) {
						unsatisfied.add(BuiltBundles.symbolicName(bundle) + " imports " + packageName + ": " + problem);
					}
				}
			}
			assertEquals(new ArrayList<String>(), unsatisfied, "on " + version);
		}));
	}

	@TestFactory
	Stream<DynamicTest> everyLiferayClassMethodAndFieldOurBytecodeUsesExistsInEachSupportedRelease() {
		List<File> bundles = BuiltBundles.all();
		return versions.stream().map(version -> DynamicTest.dynamicTest("links on " + version, () -> {
			Set<String> problems = new TreeSet<>();
			int checked = 0;
			try (JarFile api = new JarFile(version.jar)) {
				for (File bundle : bundles) {
					LinkageCheck check = new LinkageCheck(ourClassesByBundle.computeIfAbsent(bundle, SupportedLiferayVersionsTest::ourClasses), portalPackages(bundle),
						privatePackagesByBundle.computeIfAbsent(bundle, SupportedLiferayVersionsTest::privatePackages), api);
					checked += check.portalReferenceCount();
					for (String problem : check.problems()) {
						problems.add(BuiltBundles.symbolicName(bundle) + ": " + problem);
					}
				}
			}
			assertTrue(checked > 50, "only " + checked + " references into the portal were found: the check is not reading the bundles");
			assertEquals(new TreeSet<String>(), problems, "linkage errors on " + version);
		}));
	}

	@Test
	void importRangesSpanExactlyTheSupportedReleases() {
		List<String> offPolicy = new ArrayList<>();
		for (File bundle : BuiltBundles.all()) {
			for (Map.Entry<String, Attrs> entry : imports(bundle).entrySet()) {
				String packageName = Processor.removeDuplicateMarker(entry.getKey());
				String expected = supportedRange(packageName);
				if (expected == null || ourExports.containsKey(packageName)) {
					continue;
				}
				String range = entry.getValue().getVersion();
				String imported = range == null ? "(none)" : new VersionRange(range).toString();
				if (!imported.equals(expected)) {
					offPolicy.add(BuiltBundles.symbolicName(bundle) + " imports " + packageName + ";version=\"" + imported + "\", expected \"" + expected + "\"");
				}
			}
		}
		assertEquals(new ArrayList<String>(), offPolicy,
			"a portal package's range runs from its version in the oldest supported release to the next major version after the newest"
				+ " (modules/peervoice-liferay/liferay-7.4-imports.bnd)");
	}

	@Test
	void theResolveCheckRejectsARangeOnlyTheNewestReleaseSatisfies() {
		LiferayVersion oldest = versions.get(0);
		LiferayVersion newest = versions.stream().filter(version -> !version.isDxp()).reduce((first, second) -> second).orElseThrow();
		Version newestUtil = newest.exports().version("com.liferay.portal.kernel.util");
		String newestOnly = "[" + newestUtil.getMajor() + "," + (newestUtil.getMajor() + 1) + ")";
		assertEquals(null, resolveProblem(newest.exports(), "com.liferay.portal.kernel.util", newestOnly));
		assertTrue(resolveProblem(oldest.exports(), "com.liferay.portal.kernel.util", newestOnly) != null,
			oldest + " exports com.liferay.portal.kernel.util at " + oldest.exports().version("com.liferay.portal.kernel.util"));
		assertTrue(resolveProblem(oldest.exports(), "javax.persistence", null) != null);
	}

	@Test
	void theLinkageCheckNamesEachMissingOrChangedMember() throws IOException {
		LiferayVersion newest = versions.stream().filter(version -> !version.isDxp()).reduce((first, second) -> second).orElseThrow();
		Map<String, byte[]> classes = new HashMap<>();
		classes.put("org/peervoice/probe/Probe", probeClass());
		classes.put("org/peervoice/probe/HalfAListener", halfAListener());
		Set<String> portalPackages = Set.of("com.liferay.portal.kernel.util", "com.liferay.portal.kernel.model", "com.liferay.portal.kernel.gone",
			"com.liferay.portal.instance.lifecycle");
		try (JarFile api = new JarFile(newest.jar)) {
			Set<String> problems = new LinkageCheck(classes, portalPackages, Set.of("org.peervoice.probe"), api).problems();
			assertEquals(new TreeSet<>(List.of(
				"org.peervoice.probe.HalfAListener -> com.liferay.portal.instance.lifecycle.PortalInstanceLifecycleListener#portalInstanceRegistered"
					+ "(Lcom/liferay/portal/kernel/model/Company;)V: abstract in the portal, not implemented",
				"org.peervoice.probe.Probe -> com.liferay.portal.kernel.gone.Vanished: no such class",
				"org.peervoice.probe.Probe -> com.liferay.portal.kernel.util.GetterUtil#getNothing()V: no such method",
				"org.peervoice.probe.Probe -> com.liferay.portal.kernel.util.GetterUtil#getString(Ljava/lang/Object;)Ljava/lang/String;: "
					+ "is static in com.liferay.portal.kernel.util.GetterUtil",
				"org.peervoice.probe.Probe -> com.liferay.portal.kernel.util.WebKeys#NOTHING:Ljava/lang/String;: no such field",
				"org.peervoice.probe.Probe -> com.liferay.portal.kernel.model.User#getUserId()J: is an interface method, called as a class method")),
				problems);
		}
	}

	/** Uses GetterUtil wrongly three ways, a class that does not exist, and User#getUserId (inherited from UserModel) both ways. */
	private static byte[] probeClass() {
		ClassWriter writer = new ClassWriter(0);
		writer.visit(Opcodes.V11, Opcodes.ACC_PUBLIC, "org/peervoice/probe/Probe", null, "java/lang/Object", null);
		MethodVisitor method = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "probe", "(Lcom/liferay/portal/kernel/model/User;)V", null, null);
		method.visitCode();
		method.visitMethodInsn(Opcodes.INVOKESTATIC, "com/liferay/portal/kernel/util/GetterUtil", "getNothing", "()V", false);
		method.visitInsn(Opcodes.ACONST_NULL);
		method.visitInsn(Opcodes.ACONST_NULL);
		method.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "com/liferay/portal/kernel/util/GetterUtil", "getString", "(Ljava/lang/Object;)Ljava/lang/String;", false);
		method.visitInsn(Opcodes.POP);
		method.visitFieldInsn(Opcodes.GETSTATIC, "com/liferay/portal/kernel/util/WebKeys", "NOTHING", "Ljava/lang/String;");
		method.visitInsn(Opcodes.POP);
		method.visitFieldInsn(Opcodes.GETSTATIC, "com/liferay/portal/kernel/util/WebKeys", "THEME_DISPLAY", "Ljava/lang/String;");
		method.visitInsn(Opcodes.POP);
		method.visitTypeInsn(Opcodes.NEW, "com/liferay/portal/kernel/gone/Vanished");
		method.visitInsn(Opcodes.POP);
		method.visitVarInsn(Opcodes.ALOAD, 0);
		method.visitMethodInsn(Opcodes.INVOKEINTERFACE, "com/liferay/portal/kernel/model/User", "getUserId", "()J", true);
		method.visitInsn(Opcodes.POP2);
		method.visitVarInsn(Opcodes.ALOAD, 0);
		method.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "com/liferay/portal/kernel/model/User", "getUserId", "()J", false);
		method.visitInsn(Opcodes.POP2);
		method.visitInsn(Opcodes.RETURN);
		method.visitMaxs(3, 1);
		method.visitEnd();
		writer.visitEnd();
		return writer.toByteArray();
	}

	/** Implements PortalInstanceLifecycleListener directly but only one of its abstract methods. */
	private static byte[] halfAListener() {
		ClassWriter writer = new ClassWriter(0);
		writer.visit(Opcodes.V11, Opcodes.ACC_PUBLIC, "org/peervoice/probe/HalfAListener", null, "java/lang/Object",
			new String[] {"com/liferay/portal/instance/lifecycle/PortalInstanceLifecycleListener"});
		MethodVisitor method = writer.visitMethod(Opcodes.ACC_PUBLIC, "portalInstanceUnregistered", "(Lcom/liferay/portal/kernel/model/Company;)V", null,
			new String[] {"java/lang/Exception"});
		method.visitCode();
		method.visitInsn(Opcodes.RETURN);
		method.visitMaxs(0, 2);
		method.visitEnd();
		writer.visitEnd();
		return writer.toByteArray();
	}

	/** [M.m of the oldest release, major of the newest + 1), or null when some release does not version the package. */
	private static String supportedRange(String packageName) {
		Version lowest = null;
		int highestMajor = -1;
		for (LiferayVersion version : versions) {
			PortalExports exports = version.exports();
			if (!exports.exportsFromPortalJar(packageName)) {
				continue;
			}
			Version exported = exports.version(packageName);
			if (exported == PortalExports.UNKNOWN) {
				return null;
			}
			if (lowest == null || exported.compareTo(lowest) < 0) {
				lowest = exported;
			}
			highestMajor = Math.max(highestMajor, exported.getMajor());
		}
		if (lowest == null) {
			return null;
		}
		return new VersionRange(true, new Version(lowest.getMajor(), lowest.getMinor()), new Version(highestMajor + 1), false).toString();
	}

	private static String resolveProblem(PortalExports exports, String packageName, String range) {
		if (LinkageCheck.isJdkPackage(packageName)) {
			return null;
		}
		Version exported;
		if (ourExports.containsKey(packageName)) {
			exported = ourExports.get(packageName);
		}
		else if (exports.exports(packageName)) {
			exported = exports.version(packageName);
		}
		else {
			return "not exported";
		}
		if (exported == PortalExports.UNKNOWN || range == null) {
			return null;
		}
		return new VersionRange(range).includes(exported) ? null : "exported at " + exported + ", outside " + range;
	}

	private static boolean isExported(PortalExports exports, String packageName) {
		return LinkageCheck.isJdkPackage(packageName) || ourExports.containsKey(packageName) || exports.exports(packageName);
	}

	private static Parameters imports(File bundle) {
		return new Parameters(BuiltBundles.header(bundle, "Import-Package"));
	}

	/** The packages the portal supplies to the bundle: what it imports, less the Java runtime's and our bundles' packages. */
	private static Set<String> portalPackages(File bundle) {
		return imports(bundle).keySet().stream().map(Processor::removeDuplicateMarker)
			.filter(packageName -> !LinkageCheck.isJdkPackage(packageName) && !ourExports.containsKey(packageName))
			.collect(Collectors.toSet());
	}

	/** The packages the bundle carries: its own and those of the jars on its Bundle-ClassPath. */
	private static Set<String> privatePackages(File bundle) {
		Set<String> packages = new HashSet<>();
		try (JarFile jar = new JarFile(bundle)) {
			for (JarEntry entry : Collections.list(jar.entries())) {
				String name = entry.getName();
				if (name.endsWith(".class")) {
					packages.add(packageOfEntry(name));
				}
				else if (name.startsWith("lib/") && name.endsWith(".jar")) {
					try (JarInputStream embedded = new JarInputStream(jar.getInputStream(entry))) {
						for (JarEntry inner = embedded.getNextJarEntry(); inner != null; inner = embedded.getNextJarEntry()) {
							if (inner.getName().endsWith(".class")) {
								packages.add(packageOfEntry(inner.getName()));
							}
						}
					}
				}
			}
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
		return packages;
	}

	private static String packageOfEntry(String name) {
		String withoutVersion = name.replaceFirst("^META-INF/versions/\\d+/", "");
		int slash = withoutVersion.lastIndexOf('/');
		return slash < 0 ? "" : withoutVersion.substring(0, slash).replace('/', '.');
	}

	/** The class files in the bundle itself (not in the libraries on its Bundle-ClassPath). */
	private static Map<String, byte[]> ourClasses(File bundle) {
		Map<String, byte[]> classes = new HashMap<>();
		try (JarFile jar = new JarFile(bundle)) {
			jar.stream().filter(entry -> entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")
				&& !entry.getName().startsWith("lib/") && !entry.getName().endsWith("module-info.class")).forEach(entry -> {
					try {
						classes.put(entry.getName().substring(0, entry.getName().length() - ".class".length()), jar.getInputStream(entry).readAllBytes());
					}
					catch (IOException ioException) {
						throw new UncheckedIOException(ioException);
					}
				});
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
		return classes;
	}

}

package org.peervoice.liferay.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Processor;
import aQute.bnd.version.Version;
import aQute.bnd.version.VersionRange;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No Liferay runs on the build machines, so the build proves what the portal's module
 * framework would check at deployment: every mandatory Import-Package of every PeerVoice
 * bundle is exported by the portal ({@code release.portal.api}, the Java runtime) or by
 * another PeerVoice bundle; and every import of a package whose exported version is known
 * carries a version range that includes that version, so that a portal whose API moved on
 * incompatibly refuses the bundle at deployment instead of failing at run time. This class checks
 * against the API the bundles compile against; {@link SupportedLiferayVersionsTest} against every
 * supported release, and the ranges themselves.
 */
class ImportPackageTest {

	private static PortalExports portal;
	private static Map<String, Version> ourExports;

	@BeforeAll
	static void readExports() {
		portal = PortalExports.read();
		ourExports = new HashMap<>();
		for (File bundle : BuiltBundles.all()) {
			Parameters exports = new Parameters(BuiltBundles.header(bundle, "Export-Package"));
			for (Map.Entry<String, Attrs> export : exports.entrySet()) {
				ourExports.put(Processor.removeDuplicateMarker(export.getKey()), Version.parseVersion(export.getValue().getVersion()));
			}
		}
	}

	@Test
	void thePortalExportsAreReadWithTheirPackageVersions() {
		assertTrue(portal.size() > 1000, "release.portal.api was not read");
		assertTrue(portal.versionedCount() > 2000, "the packageinfo files of release.portal.api were not read");
		assertTrue(portal.version("com.liferay.portal.kernel.model").getMajor() > 0);
		// org.osgi packages are versioned by package-info.class annotations, some by packageinfo files too.
		assertTrue(portal.version("org.osgi.service.component.annotations") != PortalExports.UNKNOWN);
		assertTrue(portal.version("org.osgi.framework") != PortalExports.UNKNOWN);
		assertTrue(portal.exports("javax.portlet"));
		assertTrue(portal.version("javax.portlet") == PortalExports.UNKNOWN, "release.portal.api carries no javax.portlet version");
	}

	@Test
	void everyImportIsExportedByThePortalOrOurBundlesAtACompatibleVersion() {
		List<String> unsatisfied = new ArrayList<>();
		for (File bundle : BuiltBundles.all()) {
			for (Map.Entry<String, Attrs> entry : imports(bundle).entrySet()) {
				String packageName = Processor.removeDuplicateMarker(entry.getKey());
				Attrs attrs = entry.getValue();
				boolean optional = "optional".equals(attrs.get("resolution:"));
				if (optional && !isExported(packageName)) {
					continue;
				}
				String problem = problemWith(packageName, attrs.getVersion());
				if (problem != null) {
					unsatisfied.add(BuiltBundles.symbolicName(bundle) + " imports " + packageName + ": " + problem);
				}
			}
		}
		assertEquals(new ArrayList<String>(), unsatisfied);
	}

	@Test
	void theLiferayImportsOfTheAdapterAndThePortletAreVersioned() {
		for (String symbolicName : List.of(BuiltBundles.ADAPTER, BuiltBundles.SUGGESTION_BOX, BuiltBundles.SITE_SETTINGS,
			BuiltBundles.CHAMPION_DIRECTORY, BuiltBundles.TOWN_HALL)) {
			Parameters imports = imports(BuiltBundles.bySymbolicName(symbolicName));
			assertTrue(imports.keySet().stream().anyMatch(name -> name.startsWith("com.liferay.")), symbolicName + " imports no Liferay package");
			for (Map.Entry<String, Attrs> entry : imports.entrySet()) {
				if (entry.getKey().startsWith("com.liferay.")) {
					assertTrue(entry.getValue().getVersion() != null, symbolicName + " imports " + entry.getKey() + " without a version range");
				}
			}
		}
	}

	@Test
	void theCheckRejectsWhatLiferayDoesNotExport() {
		assertFalse(portal.exports("javax.persistence"), "Liferay 7.4 does not export JPA; the service bundle embeds it");
		assertFalse(portal.exports("javax.enterprise.context"));
		assertFalse(portal.exports("javax.inject"));
		assertTrue(problemWith("javax.persistence", null) != null);
	}

	@Test
	void theCheckRejectsARangeThatExcludesTheExportedVersion() {
		assertTrue(problemWith("com.liferay.portal.kernel.model", "[99,100)") != null);
		assertTrue(problemWith("com.liferay.portal.kernel.model", "[1000.0,1001)") != null);
		assertTrue(problemWith("org.peervoice.rest", "[2.0,3)") != null);
		assertTrue(problemWith("com.liferay.portal.kernel.model", consumerRange(portal.version("com.liferay.portal.kernel.model"))) == null);
	}

	@Test
	void theCheckRejectsAnUnversionedImportOfAVersionedPackage() {
		assertTrue(problemWith("com.liferay.portal.kernel.model", null) != null);
		assertTrue(problemWith("org.peervoice.rest", null) != null);
		assertTrue(problemWith("javax.portlet", null) == null, "known by name only: presence is all the build can prove");
	}

	@Test
	void serviceBundleExportsOnlyTheHostPorts() {
		File service = BuiltBundles.bySymbolicName(BuiltBundles.SERVICE);
		Set<String> exported = new TreeSet<>(new Parameters(BuiltBundles.header(service, "Export-Package")).keySet());
		assertEquals(new TreeSet<>(List.of("org.peervoice.core.kernel", "org.peervoice.core.notification", "org.peervoice.rest")), exported);
		assertEquals("", BuiltBundles.header(BuiltBundles.bySymbolicName(BuiltBundles.ADAPTER), "Export-Package"));
		for (String symbolicName : List.of(BuiltBundles.WEB, BuiltBundles.SUGGESTION_BOX, BuiltBundles.SITE_SETTINGS,
			BuiltBundles.CHAMPION_DIRECTORY, BuiltBundles.TOWN_HALL)) {
			assertEquals("", BuiltBundles.header(BuiltBundles.bySymbolicName(symbolicName), "Export-Package"), symbolicName);
		}
	}

	@Test
	void serviceBundleRequiresTheJaxRsContractAndEmbedsJpa() {
		File service = BuiltBundles.bySymbolicName(BuiltBundles.SERVICE);
		assertTrue(BuiltBundles.header(service, "Require-Capability").contains("osgi.contract=JavaJAXRS"));
		Parameters imports = new Parameters(BuiltBundles.header(service, "Import-Package"));
		for (String forbidden : List.of("javax.persistence", "javax.inject", "javax.enterprise.inject", "com.fasterxml.jackson.databind",
				"org.eclipse.persistence.jpa", "org.flywaydb.core")) {
			Attrs attrs = imports.get(forbidden);
			assertTrue(attrs == null || "optional".equals(attrs.get("resolution:")), forbidden + " must be embedded, not imported");
		}
		String classPath = BuiltBundles.header(service, "Bundle-ClassPath");
		for (String library : List.of("lib/org.eclipse.persistence.jpa.jar", "lib/org.eclipse.persistence.core.jar",
				"lib/jakarta.persistence-api.jar", "lib/flyway-core.jar", "lib/jackson-databind.jar", "lib/slf4j-api.jar")) {
			assertTrue(classPath.contains(library), "Bundle-ClassPath lacks " + library + ": " + classPath);
			assertTrue(BuiltBundles.entry(service, library) != null, library + " is not in the bundle");
		}
		// Flyway looks for migrations with Bundle.findEntries, which cannot see into embedded jars.
		assertTrue(BuiltBundles.entryNames(service).stream().anyMatch(name -> name.matches("db/peervoice/migration/V\\d+__.+\\.sql")),
			"the migrations must be entries of the bundle itself");
	}

	@Test
	void everyBundleTargetsJava11() {
		for (File bundle : BuiltBundles.all()) {
			assertTrue(BuiltBundles.header(bundle, "Require-Capability").contains("(osgi.ee=JavaSE)(version=11)"),
				BuiltBundles.symbolicName(bundle) + " must require Java 11, the level Liferay 7.4 runs on");
			for (String name : BuiltBundles.entryNames(bundle)) {
				if (name.startsWith("org/peervoice/") && name.endsWith(".class")) {
					byte[] classFile = BuiltBundles.entry(bundle, name);
					int major = ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
					assertEquals(55, major, name + " in " + BuiltBundles.symbolicName(bundle) + " is not Java 11 bytecode");
				}
			}
		}
	}

	private static Parameters imports(File bundle) {
		return new Parameters(BuiltBundles.header(bundle, "Import-Package"));
	}

	private static boolean isExported(String packageName) {
		return packageName.startsWith("java.") || ourExports.containsKey(packageName) || portal.exports(packageName);
	}

	private static String consumerRange(Version exported) {
		return new VersionRange(true, new Version(exported.getMajor(), exported.getMinor()), new Version(exported.getMajor() + 1), false).toString();
	}

	private static String problemWith(String packageName, String range) {
		if (packageName.startsWith("java.")) {
			return null;
		}
		Version exported;
		if (ourExports.containsKey(packageName)) {
			exported = ourExports.get(packageName);
		}
		else if (portal.exports(packageName)) {
			exported = portal.version(packageName);
		}
		else {
			return "exported by neither release.portal.api nor a PeerVoice bundle";
		}
		if (exported == PortalExports.UNKNOWN) {
			// A third-party API Liferay exports from the system bundle (javax.portlet, javax.servlet,
			// javax.ws.rs ...) at a version release.portal.api does not record: a range could not be checked.
			return range == null ? null : "has the range " + range + ", but the portal's version of it is unknown to the build";
		}
		if (range == null) {
			return "exported at " + exported + ", imported without a version range (expected " + consumerRange(exported) + ")";
		}
		if (!new VersionRange(range).includes(exported)) {
			return "exported at " + exported + ", outside " + range;
		}
		return null;
	}

}

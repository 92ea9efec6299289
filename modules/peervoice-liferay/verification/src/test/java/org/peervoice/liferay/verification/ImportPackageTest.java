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
 * another PeerVoice bundle, at a version inside the imported range.
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
	void everyMandatoryImportIsExportedByThePortalOrOurBundlesAtACompatibleVersion() {
		assertTrue(portal.size() > 1000, "release.portal.api was not read");
		List<String> unsatisfied = new ArrayList<>();
		for (File bundle : BuiltBundles.all()) {
			Parameters imports = new Parameters(BuiltBundles.header(bundle, "Import-Package"));
			for (Map.Entry<String, Attrs> entry : imports.entrySet()) {
				String packageName = Processor.removeDuplicateMarker(entry.getKey());
				Attrs attrs = entry.getValue();
				if ("optional".equals(attrs.get("resolution:"))) {
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
	void theCheckRejectsWhatLiferayDoesNotExport() {
		assertFalse(portal.exports("javax.persistence"), "Liferay 7.4 does not export JPA; the service bundle embeds it");
		assertFalse(portal.exports("javax.enterprise.context"));
		assertFalse(portal.exports("javax.inject"));
		assertTrue(problemWith("javax.persistence", null) != null);
		assertTrue(problemWith("com.liferay.portal.kernel.model", "[1000.0,1001)") != null);
		assertTrue(problemWith("com.liferay.portal.kernel.model", null) == null);
	}

	@Test
	void serviceBundleExportsOnlyTheHostPorts() {
		File service = BuiltBundles.bySymbolicName(BuiltBundles.SERVICE);
		Set<String> exported = new TreeSet<>(new Parameters(BuiltBundles.header(service, "Export-Package")).keySet());
		assertEquals(new TreeSet<>(List.of("org.peervoice.core.kernel", "org.peervoice.rest")), exported);
		assertEquals("", BuiltBundles.header(BuiltBundles.bySymbolicName(BuiltBundles.ADAPTER), "Export-Package"));
		assertEquals("", BuiltBundles.header(BuiltBundles.bySymbolicName(BuiltBundles.SUGGESTION_BOX), "Export-Package"));
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
			if (exported == PortalExports.UNKNOWN) {
				// A third-party API Liferay exports without version information in
				// release.portal.api (javax.servlet, javax.ws.rs, org.slf4j ...): present is all we can know.
				return null;
			}
		}
		else {
			return "exported by neither release.portal.api nor a PeerVoice bundle";
		}
		if (range != null && !new VersionRange(range).includes(exported)) {
			return "exported at " + exported + ", outside " + range;
		}
		return null;
	}

}

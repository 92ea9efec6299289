package org.peervoice.liferay.verification;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import aQute.bnd.version.Version;

/**
 * The packages a Liferay 7.4 GA112 portal offers to bundles, as far as the build can know
 * them: every package of {@code release.portal.api} (the jar has no Export-Package header, so
 * a package's version comes from its {@code packageinfo} file; third-party API packages such as
 * {@code javax.servlet} have none and are known by name only), plus the Java runtime's packages,
 * which the OSGi framework exports from the system bundle.
 */
final class PortalExports {

	/** Packages known by name only map to this. */
	static final Version UNKNOWN = null;

	private final Map<String, Version> packages;

	private PortalExports(Map<String, Version> packages) {
		this.packages = packages;
	}

	static PortalExports read() {
		File jar = new File(System.getProperty("peervoice.portal.api", "target/portal-api/release.portal.api.jar"));
		Map<String, Version> packages = new HashMap<>();
		Map<String, Version> versions = new HashMap<>();
		try (JarFile jarFile = new JarFile(jar)) {
			Enumeration<JarEntry> entries = jarFile.entries();
			while (entries.hasMoreElements()) {
				JarEntry entry = entries.nextElement();
				String name = entry.getName();
				int slash = name.lastIndexOf('/');
				if (slash < 0) {
					continue;
				}
				String packageName = name.substring(0, slash).replace('/', '.');
				if (name.endsWith(".class")) {
					packages.put(packageName, UNKNOWN);
				}
				else if (name.endsWith("/packageinfo")) {
					versions.put(packageName, packageInfoVersion(jarFile, entry));
				}
			}
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
		for (Map.Entry<String, Version> version : versions.entrySet()) {
			if (packages.containsKey(version.getKey())) {
				packages.put(version.getKey(), version.getValue());
			}
		}
		ModuleLayer.boot().modules().forEach(module -> module.getDescriptor().exports().stream()
			.filter(export -> !export.isQualified())
			.forEach(export -> packages.putIfAbsent(export.source(), UNKNOWN)));
		return new PortalExports(packages);
	}

	private static Version packageInfoVersion(JarFile jarFile, JarEntry entry) throws IOException {
		try (InputStream in = jarFile.getInputStream(entry)) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
			return Version.parseVersion(text.replaceFirst("^version\\s+", "").trim());
		}
	}

	boolean exports(String packageName) {
		return packages.containsKey(packageName);
	}

	/** The exported version, or {@link #UNKNOWN}. */
	Version version(String packageName) {
		return packages.get(packageName);
	}

	int size() {
		return packages.size();
	}

}

package org.peervoice.liferay.verification;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import aQute.bnd.osgi.Analyzer;
import aQute.bnd.osgi.Annotation;
import aQute.bnd.osgi.ClassDataCollector;
import aQute.bnd.osgi.Clazz;
import aQute.bnd.osgi.EmbeddedResource;
import aQute.bnd.version.Version;

/**
 * The packages a Liferay 7.4 portal offers to bundles, as far as the build can know them: every
 * package of its API jar ({@code release.portal.api} we compile against, or the jar of any
 * supported release) and the Java runtime's packages, which the OSGi framework exports from the
 * system bundle.
 *
 * <p>{@code release.portal.api} has no Export-Package header. A package's version is read the
 * way the portal's own bundles were built with it: the {@code @org.osgi.annotation.versioning.Version}
 * of its {@code package-info.class}, otherwise its {@code packageinfo} file (all of Liferay's
 * packages and most of {@code org.osgi}). Third-party API packages such as {@code javax.portlet},
 * {@code javax.servlet} and {@code javax.ws.rs} carry neither and are known by name only: Liferay
 * exports them from the system bundle at versions that depend on the application server.
 */
final class PortalExports {

	/** Packages known by name only map to this. */
	static final Version UNKNOWN = null;

	private static final String VERSION_ANNOTATION = "org.osgi.annotation.versioning.Version";

	private final Map<String, Version> packages;
	private final Set<String> jarPackages;

	private PortalExports(Map<String, Version> packages, Set<String> jarPackages) {
		this.packages = packages;
		this.jarPackages = jarPackages;
	}

	/** The API the bundles are compiled against. */
	static PortalExports read() {
		return read(new File(System.getProperty("peervoice.portal.api", "target/portal-api/release.portal.api.jar")));
	}

	/** The exports of one Liferay release, from its {@code release.portal.api} or {@code release.dxp.api} jar. */
	static PortalExports read(File jar) {
		Map<String, Version> packages = new HashMap<>();
		Set<String> jarPackages = new HashSet<>();
		Map<String, Version> annotatedVersions = new HashMap<>();
		Map<String, Version> packageInfoVersions = new HashMap<>();
		try (JarFile jarFile = new JarFile(jar); Analyzer analyzer = new Analyzer()) {
			Enumeration<JarEntry> entries = jarFile.entries();
			while (entries.hasMoreElements()) {
				JarEntry entry = entries.nextElement();
				String name = entry.getName();
				int slash = name.lastIndexOf('/');
				if (slash < 0 || name.startsWith("META-INF/") || name.startsWith("OSGI-OPT/")) {
					continue;
				}
				String packageName = name.substring(0, slash).replace('/', '.');
				if (name.endsWith("/package-info.class")) {
					Version version = annotatedVersion(analyzer, name, bytes(jarFile, entry));
					if (version != null) {
						annotatedVersions.put(packageName, version);
					}
				}
				else if (name.endsWith(".class")) {
					packages.put(packageName, UNKNOWN);
				}
				else if (name.endsWith("/packageinfo")) {
					String text = new String(bytes(jarFile, entry), StandardCharsets.UTF_8).trim();
					packageInfoVersions.put(packageName, Version.parseVersion(text.replaceFirst("^version\\s+", "").trim()));
				}
			}
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
		jarPackages.addAll(packages.keySet());
		for (Map.Entry<String, Version> version : packageInfoVersions.entrySet()) {
			packages.replace(version.getKey(), version.getValue());
		}
		for (Map.Entry<String, Version> version : annotatedVersions.entrySet()) {
			packages.replace(version.getKey(), version.getValue());
		}
		ModuleLayer.boot().modules().forEach(module -> module.getDescriptor().exports().stream()
			.filter(export -> !export.isQualified())
			.forEach(export -> packages.putIfAbsent(export.source(), UNKNOWN)));
		return new PortalExports(packages, jarPackages);
	}

	private static byte[] bytes(JarFile jarFile, JarEntry entry) throws IOException {
		try (InputStream in = jarFile.getInputStream(entry)) {
			return in.readAllBytes();
		}
	}

	private static Version annotatedVersion(Analyzer analyzer, String path, byte[] classFile) {
		Version[] version = new Version[1];
		try {
			new Clazz(analyzer, path, new EmbeddedResource(classFile, 0L)).parseClassFileWithCollector(new ClassDataCollector() {

				@Override
				public void annotation(Annotation annotation) {
					if (VERSION_ANNOTATION.equals(annotation.getName().getFQN())) {
						version[0] = Version.parseVersion(annotation.get("value"));
					}
				}

			});
		}
		catch (Exception exception) {
			throw new IllegalStateException("Cannot read " + path, exception);
		}
		return version[0];
	}

	boolean exports(String packageName) {
		return packages.containsKey(packageName);
	}

	/** The exported version, or {@link #UNKNOWN}. */
	Version version(String packageName) {
		return packages.get(packageName);
	}

	/** Whether the package comes with the portal's API jar, not with the Java runtime. */
	boolean exportsFromPortalJar(String packageName) {
		return jarPackages.contains(packageName);
	}

	int size() {
		return packages.size();
	}

	long versionedCount() {
		return packages.values().stream().filter(version -> version != UNKNOWN).count();
	}

}

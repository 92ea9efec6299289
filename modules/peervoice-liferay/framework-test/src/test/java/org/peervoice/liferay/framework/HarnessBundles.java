package org.peervoice.liferay.framework;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Jar;

import com.liferay.portal.kernel.module.util.SystemBundleProvider;

import org.osgi.framework.Constants;
import org.peervoice.liferay.framework.portal.StandInPortalActivator;
import org.peervoice.liferay.framework.portalapi.FrameworkSystemBundle;

/** The two bundles the test builds: Liferay's API as the portal exports it, and the stand-in portal. */
final class HarnessBundles {

	static final String PORTAL_API = "com.liferay.portal.api.standin";
	static final String STAND_IN = "org.peervoice.liferay.standin.portal";

	private HarnessBundles() {
	}

	/**
	 * {@code release.portal.api} (the version the build compiles against) inside a bundle that exports
	 * every {@code com.liferay.*} package at the version of its {@code packageinfo}, as the portal's
	 * system bundle and its modules do, plus {@code javax.portlet}, which Liferay exports from the
	 * portal class path. The OSGi and Servlet APIs the jar also holds are imported from the framework
	 * instead, so that everybody shares one copy.
	 */
	static File portalApi(File portalApiJar, File target) throws IOException, URISyntaxException {
		Map<String, String> exports = new TreeMap<>();
		TreeSet<String> imports = new TreeSet<>();
		try (JarFile jar = new JarFile(portalApiJar)) {
			Map<String, String> versions = new TreeMap<>();
			for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
				String name = entries.nextElement().getName();
				int slash = name.lastIndexOf('/');
				if (slash < 0 || name.startsWith("META-INF/") || name.startsWith("OSGI-OPT/")) {
					continue;
				}
				String packageName = name.substring(0, slash).replace('/', '.');
				if (name.endsWith("/packageinfo")) {
					try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
						versions.put(packageName, new String(in.readAllBytes(), StandardCharsets.UTF_8).trim().replaceFirst("^version\\s+", ""));
					}
				}
				else if (name.endsWith(".class")) {
					if (packageName.startsWith("com.liferay.")) {
						exports.putIfAbsent(packageName, "0.0.0");
					}
					else if (packageName.startsWith("javax.portlet")) {
						exports.put(packageName, "3.0.1");
					}
					else if (packageName.startsWith("org.osgi.") || packageName.startsWith("javax.servlet")) {
						imports.add(packageName);
					}
				}
			}
			for (Map.Entry<String, String> version : versions.entrySet()) {
				exports.replace(version.getKey(), version.getValue());
			}
		}
		StringBuilder exportHeader = new StringBuilder();
		for (Map.Entry<String, String> export : exports.entrySet()) {
			exportHeader.append(exportHeader.length() == 0 ? "" : ",").append(export.getKey()).append(";version=\"").append(export.getValue()).append('"');
		}
		StringBuilder importHeader = new StringBuilder();
		for (String packageName : imports) {
			importHeader.append(importHeader.length() == 0 ? "" : ",").append(packageName).append(";resolution:=optional");
		}
		Manifest manifest = new Manifest();
		Attributes attributes = manifest.getMainAttributes();
		attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		attributes.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
		attributes.putValue(Constants.BUNDLE_SYMBOLICNAME, PORTAL_API);
		attributes.putValue(Constants.BUNDLE_VERSION, "7.4.0");
		// Equinox reads an external class path entry in place: no copy of the 46 MB jar per run.
		attributes.putValue(Constants.BUNDLE_CLASSPATH, ".,external:" + portalApiJar.getAbsolutePath());
		attributes.putValue(Constants.EXPORT_PACKAGE, exportHeader.toString());
		attributes.putValue(Constants.IMPORT_PACKAGE, importHeader.toString());
		attributes.putValue(Constants.DYNAMICIMPORT_PACKAGE, "*");

		File file = new File(target, "harness/" + PORTAL_API + ".jar");
		file.getParentFile().mkdirs();
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file.toPath()), manifest)) {
			String providerClass = FrameworkSystemBundle.class.getName().replace('.', '/') + ".class";
			out.putNextEntry(new JarEntry(providerClass));
			try (InputStream in = FrameworkSystemBundle.class.getResourceAsStream("/" + providerClass)) {
				in.transferTo(out);
			}
			out.putNextEntry(new JarEntry("META-INF/services/" + SystemBundleProvider.class.getName()));
			out.write(FrameworkSystemBundle.class.getName().getBytes(StandardCharsets.UTF_8));
		}
		return file;
	}

	/** The stand-in portal, built with bndlib from this module's test classes. */
	static File standInPortal(File target) throws Exception {
		File file = new File(target, "harness/" + STAND_IN + ".jar");
		file.getParentFile().mkdirs();
		try (Builder builder = new Builder()) {
			builder.setProperty(Constants.BUNDLE_SYMBOLICNAME, STAND_IN);
			builder.setProperty(Constants.BUNDLE_VERSION, "1.0.0");
			builder.setProperty(Constants.BUNDLE_ACTIVATOR, StandInPortalActivator.class.getName());
			builder.setProperty("-privatepackage", StandInPortalActivator.class.getPackage().getName());
			builder.setProperty(Constants.IMPORT_PACKAGE, "*");
			builder.addClasspath(new File(StandInPortalActivator.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
			Jar jar = builder.build();
			if (!builder.isOk()) {
				throw new IllegalStateException("stand-in bundle: " + builder.getErrors());
			}
			jar.write(file);
		}
		return file;
	}

}

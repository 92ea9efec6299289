package org.peervoice.liferay.verification;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/** The bundles this build produced, as copied to target/bundles by the build. */
final class BuiltBundles {

	static final String SERVICE = "org.peervoice.service";
	static final String ADAPTER = "org.peervoice.liferay";
	static final String WEB = "org.peervoice.web";
	static final String SUGGESTION_BOX = "org.peervoice.portlet.suggestion.box";
	static final String SITE_SETTINGS = "org.peervoice.portlet.site.settings";
	static final String CHAMPION_DIRECTORY = "org.peervoice.portlet.champion.directory";
	// town hall
	static final String TOWN_HALL = "org.peervoice.portlet.town.hall";
	// recognition board
	static final String RECOGNITION_BOARD = "org.peervoice.portlet.recognition.board";

	/** Every portlet bundle; each requires {@link #WEB}. */
	static final List<String> PORTLETS = List.of(SUGGESTION_BOX, SITE_SETTINGS, CHAMPION_DIRECTORY, TOWN_HALL, RECOGNITION_BOARD);

	private BuiltBundles() {
	}

	static List<File> all() {
		File directory = new File(System.getProperty("peervoice.bundles", "target/bundles"));
		File[] jars = directory.listFiles((dir, name) -> name.endsWith(".jar"));
		if (jars == null || jars.length == 0) {
			throw new IllegalStateException("No bundles in " + directory + "; run the build through Maven");
		}
		List<File> bundles = new ArrayList<>();
		for (File jar : jars) {
			bundles.add(jar);
		}
		return bundles;
	}

	static File bySymbolicName(String symbolicName) {
		for (File jar : all()) {
			if (symbolicName.equals(symbolicName(jar))) {
				return jar;
			}
		}
		throw new IllegalStateException("No bundle " + symbolicName + " was built");
	}

	/** The built bundles that hold an entry, e.g. {@code resource-actions/default.xml}: tests find shared files through this, not by bundle. */
	static List<File> holding(String entryName) {
		List<File> bundles = new ArrayList<>();
		for (File jar : all()) {
			if (entry(jar, entryName) != null) {
				bundles.add(jar);
			}
		}
		if (bundles.isEmpty()) {
			throw new IllegalStateException("No built bundle holds " + entryName);
		}
		return bundles;
	}

	static String symbolicName(File jar) {
		String header = manifest(jar).getMainAttributes().getValue("Bundle-SymbolicName");
		return header == null ? null : header.split(";")[0].trim();
	}

	static Manifest manifest(File jar) {
		try (JarFile jarFile = new JarFile(jar)) {
			return jarFile.getManifest();
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	static String header(File jar, String name) {
		String value = manifest(jar).getMainAttributes().getValue(name);
		return value == null ? "" : value;
	}

	static byte[] entry(File jar, String name) {
		try (JarFile jarFile = new JarFile(jar)) {
			ZipEntry entry = jarFile.getEntry(name);
			if (entry == null) {
				return null;
			}
			try (InputStream in = jarFile.getInputStream(entry)) {
				return in.readAllBytes();
			}
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	static List<String> entryNames(File jar) {
		List<String> names = new ArrayList<>();
		try (JarFile jarFile = new JarFile(jar)) {
			jarFile.stream().forEach(entry -> names.add(entry.getName()));
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
		return names;
	}

}

package org.peervoice.liferay.verification;

import java.io.File;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Liferay 7.4 releases PeerVoice supports, one API jar each ({@code release.portal.api} for
 * Liferay Portal CE GAs, {@code release.dxp.api} for DXP updates), as the verification module's
 * pom copies them to {@code target/supported-liferay-apis}. The list is the pom's; see
 * docs/liferay/verification.md, "Supported versions".
 */
final class SupportedLiferayVersions {

	private static final Pattern FILE_NAME = Pattern.compile("(release\\.(portal|dxp)\\.api)-(.+)\\.jar");
	private static final Pattern RELEASE_NUMBER = Pattern.compile("(?:ga|u)(\\d+)(?:-(\\d+))?$");

	private static final Map<String, PortalExports> exports = new ConcurrentHashMap<>();

	/** One supported release. */
	static final class LiferayVersion {

		final String artifactId;
		final String version;
		final File jar;

		LiferayVersion(String artifactId, String version, File jar) {
			this.artifactId = artifactId;
			this.version = version;
			this.jar = jar;
		}

		boolean isDxp() {
			return artifactId.contains(".dxp.");
		}

		/** The GA or update number: 7.4.3.51-ga51 is 51, DXP 7.4.13 (the first DXP 7.4 GA) is 0. */
		int releaseNumber() {
			Matcher matcher = RELEASE_NUMBER.matcher(version);
			return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
		}

		/** A republished artifact (7.4.1-ga2-1) sorts after the first one. */
		int republication() {
			Matcher matcher = RELEASE_NUMBER.matcher(version);
			return matcher.find() && matcher.group(2) != null ? Integer.parseInt(matcher.group(2)) : 0;
		}

		PortalExports exports() {
			return SupportedLiferayVersions.exports.computeIfAbsent(version + artifactId, key -> PortalExports.read(jar));
		}

		@Override
		public String toString() {
			return artifactId + ":" + version;
		}

	}

	private SupportedLiferayVersions() {
	}

	/** Portal GAs in release order, then DXP updates in release order. */
	static List<LiferayVersion> all() {
		File directory = new File(System.getProperty("peervoice.supported.liferay.apis", "target/supported-liferay-apis"));
		File[] jars = directory.listFiles((dir, name) -> FILE_NAME.matcher(name).matches());
		if (jars == null || jars.length == 0) {
			throw new IllegalStateException("No Liferay API jars in " + directory + "; run the build through Maven");
		}
		List<LiferayVersion> versions = new ArrayList<>();
		for (File jar : jars) {
			Matcher matcher = FILE_NAME.matcher(jar.getName());
			matcher.matches();
			versions.add(new LiferayVersion(matcher.group(1), matcher.group(3), jar));
		}
		versions.sort(Comparator.comparing(LiferayVersion::isDxp).thenComparingInt(LiferayVersion::releaseNumber)
			.thenComparingInt(LiferayVersion::republication));
		return versions;
	}

}

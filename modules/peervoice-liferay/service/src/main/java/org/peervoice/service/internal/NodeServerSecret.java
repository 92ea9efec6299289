package org.peervoice.service.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;

import org.peervoice.core.anonymity.ServerSecretFile;
import org.peervoice.core.kernel.NotConfigured;
import org.peervoice.core.kernel.ServerSecret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server secret of this node, read at activation from a file outside the portal database
 * (which is where Liferay keeps OSGi configuration): the system property
 * {@value #FILE_PROPERTY}, else the environment variable {@value #FILE_VARIABLE}, else
 * {@code ${liferay.home}/peervoice/server-secret}. When the file is absent, a portal that is not
 * clustered creates it; a clustered one must not invent a secret of its own (one person could vote
 * once per node), so it refuses votes (503) and the log tells the administrator what to do. See
 * docs/liferay/server-secret.md.
 */
final class NodeServerSecret {

	static final String FILE_PROPERTY = "peervoice.server.secret.file";
	static final String FILE_VARIABLE = "PEERVOICE_SECRET_FILE";
	static final String CLUSTER_PROPERTY = "cluster.link.enabled";
	static final String LIFERAY_HOME = "liferay.home";

	private static final Logger log = LoggerFactory.getLogger(NodeServerSecret.class);

	private NodeServerSecret() {
	}

	/**
	 * @param portalProperties Liferay's portal properties (null for an unknown key, or outside Liferay)
	 * @param earlierSecret the random secret an earlier version kept in the bundle's data area, if any
	 */
	static ServerSecret load(UnaryOperator<String> portalProperties, UnaryOperator<String> systemProperties, UnaryOperator<String> environment,
		File earlierSecret) {
		Path file = fileOf(portalProperties, systemProperties, environment);
		if (file == null) {
			log.error("PeerVoice has no server secret file: set the system property {} or the environment variable {} (or {}). "
				+ "Votes are refused until then. See docs/liferay/server-secret.md.", FILE_PROPERTY, FILE_VARIABLE, LIFERAY_HOME);
			return missing();
		}
		try {
			if (!Files.exists(file)) {
				if (Boolean.parseBoolean(String.valueOf(portalProperties.apply(CLUSTER_PROPERTY)).trim())) {
					log.error("PeerVoice found no server secret at {} and this portal is clustered ({}=true), so it will not make one up: "
						+ "votes are refused (503) until the same file is on every node. Create it once (one line: 32 random bytes in Base64, "
						+ "e.g. `head -c 32 /dev/urandom | base64`), copy it to {} on every node, readable only by the portal's user, "
						+ "and restart. See docs/liferay/server-secret.md.", file, CLUSTER_PROPERTY, file);
					return missing();
				}
				ServerSecretFile.create(file, firstLines(earlierSecret));
				log.info("PeerVoice created its server secret at {}. Before this portal joins a cluster, copy the file to every node.", file);
			}
			ServerSecretFile secret = ServerSecretFile.read(file);
			if (ServerSecretFile.readableByOthers(file)) {
				log.warn("The PeerVoice server secret file {} is readable by other users; make it readable by the portal's user only.", file);
			}
			return secret;
		}
		catch (RuntimeException unusable) {
			log.error("PeerVoice cannot use the server secret file {}: {}. Votes are refused until it is fixed. "
				+ "See docs/liferay/server-secret.md.", file, unusable.getMessage());
			return missing();
		}
	}

	static Path fileOf(UnaryOperator<String> portalProperties, UnaryOperator<String> systemProperties, UnaryOperator<String> environment) {
		String configured = systemProperties.apply(FILE_PROPERTY);
		if (configured == null || configured.isBlank()) {
			configured = environment.apply(FILE_VARIABLE);
		}
		if (configured != null && !configured.isBlank()) {
			return Paths.get(configured.trim());
		}
		String home = portalProperties.apply(LIFERAY_HOME);
		if (home == null || home.isBlank()) {
			home = systemProperties.apply(LIFERAY_HOME);
		}
		return home == null || home.isBlank() ? null : Paths.get(home.trim(), "peervoice", "server-secret");
	}

	// A new current key; the secret an earlier version kept on this node stays listed, so votes cast under it still count.
	private static List<String> firstLines(File earlierSecret) {
		List<String> lines = new ArrayList<>();
		lines.add(ServerSecretFile.newKey());
		try {
			if (earlierSecret != null && earlierSecret.isFile()) {
				byte[] earlier = Files.readAllBytes(earlierSecret.toPath());
				if (earlier.length >= ServerSecretFile.MINIMUM_BYTES) {
					lines.add(Base64.getEncoder().encodeToString(earlier));
				}
			}
		}
		catch (IOException unreadable) {
			log.warn("PeerVoice could not read the secret an earlier version kept in {}; votes cast under it can be cast once more.", earlierSecret);
		}
		return lines;
	}

	private static ServerSecret missing() {
		return new ServerSecret() {
			@Override
			public byte[] key() {
				throw new NotConfigured();
			}

			@Override
			public List<byte[]> keys() {
				return List.of();
			}
		};
	}

}

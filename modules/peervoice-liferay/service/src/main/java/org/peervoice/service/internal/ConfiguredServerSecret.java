package org.peervoice.service.internal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

import org.peervoice.core.kernel.ServerSecret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured server secret, or the fallback: 32 random bytes created once in a file in
 * the bundle's data area. The fallback suits a single node; every node of a cluster must be
 * given the same configured secret, or one person could vote once per node.
 */
final class ConfiguredServerSecret implements ServerSecret {

	static final int MINIMUM_BYTES = 32;

	private static final Logger log = LoggerFactory.getLogger(ConfiguredServerSecret.class);

	private final byte[] key;

	private ConfiguredServerSecret(byte[] key) {
		this.key = key;
	}

	static ServerSecret from(String configured, File fallbackFile) {
		if (configured != null && !configured.isEmpty()) {
			byte[] key = configured.getBytes(StandardCharsets.UTF_8);
			if (key.length < MINIMUM_BYTES) {
				throw new IllegalArgumentException("The PeerVoice server secret must have at least " + MINIMUM_BYTES + " characters");
			}
			return new ConfiguredServerSecret(key);
		}
		log.warn("No PeerVoice server secret is configured; using a secret kept on this node only. Configure "
			+ PeerVoiceConfiguration.PID + " before running more than one node.");
		return new ConfiguredServerSecret(fallbackKey(fallbackFile));
	}

	private static byte[] fallbackKey(File file) {
		try {
			if (file.isFile()) {
				byte[] key = Files.readAllBytes(file.toPath());
				if (key.length >= MINIMUM_BYTES) {
					return key;
				}
			}
			byte[] key = new byte[MINIMUM_BYTES];
			new SecureRandom().nextBytes(key);
			file.getParentFile().mkdirs();
			Files.write(file.toPath(), key, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
			return key;
		}
		catch (IOException ioException) {
			throw new IllegalStateException("Cannot keep the fallback server secret in " + file, ioException);
		}
	}

	@Override
	public byte[] key() {
		return key.clone();
	}

}

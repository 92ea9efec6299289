package org.peervoice.devportal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.List;
import java.util.logging.Logger;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.peervoice.core.anonymity.ServerSecretFile;
import org.peervoice.core.kernel.ServerSecret;

/**
 * The server secret from {@link DevPortalSettings#serverSecretFile()}, created owner-only with a
 * new key when absent. It may not lie inside the data directory: whoever copies the database
 * files must not get the key to the votes with them. A secret that an earlier version kept in
 * {@code <dataDirectory>/server-secret} moves into the file, as a previous key (so earlier votes
 * still count), and leaves the data directory.
 */
@Singleton
class FileServerSecret implements ServerSecret {

	static final String LEGACY_FILE_NAME = "server-secret";

	private static final Logger LOG = Logger.getLogger(FileServerSecret.class.getName());

	private final ServerSecretFile secret;

	@Inject
	FileServerSecret(DevPortalSettings settings) {
		this(settings.serverSecretFile(), settings.dataDirectory());
	}

	FileServerSecret(Path file, Path dataDirectory) {
		if (isInside(file, dataDirectory)) {
			throw new IllegalStateException("The server secret file " + file + " is inside the data directory " + dataDirectory
				+ "; keep it elsewhere (PEERVOICE_SECRET_FILE), so a copy of the database files does not carry it");
		}
		moveLegacySecret(dataDirectory.resolve(LEGACY_FILE_NAME), file);
		this.secret = ServerSecretFile.readOrCreate(file);
		if (ServerSecretFile.readableByOthers(file)) {
			LOG.warning("The server secret file " + file + " is readable by other users; make it owner-only (chmod 600)");
		}
	}

	static boolean isInside(Path file, Path directory) {
		Path absoluteFile = file.toAbsolutePath().normalize();
		Path absoluteDirectory = directory.toAbsolutePath().normalize();
		if (absoluteFile.startsWith(absoluteDirectory)) {
			return true;
		}
		try {
			Path realDirectory = absoluteDirectory.toRealPath();
			Path existing = absoluteFile;
			while (existing != null && !Files.exists(existing)) {
				existing = existing.getParent();
			}
			return existing != null && existing.toRealPath().resolve(existing.relativize(absoluteFile)).startsWith(realDirectory);
		}
		catch (IOException noSuchDirectoryYet) {
			return false;
		}
	}

	private static void moveLegacySecret(Path legacy, Path file) {
		if (!Files.isRegularFile(legacy)) {
			return;
		}
		try {
			String previous = Base64.getEncoder().encodeToString(Files.readAllBytes(legacy));
			if (!Files.exists(file)) {
				ServerSecretFile.create(file, List.of(ServerSecretFile.newKey(), previous));
			}
			else if (!Files.readAllLines(file, StandardCharsets.UTF_8).contains(previous)) {
				Files.write(file, ("# moved from the data directory by the dev portal\n" + previous + "\n").getBytes(StandardCharsets.UTF_8),
					StandardOpenOption.APPEND);
			}
			Files.delete(legacy);
			LOG.info("The server secret moved out of the data directory into " + file + " (kept there as a previous key)");
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot move the server secret out of " + legacy, e);
		}
	}

	@Override
	public byte[] key() {
		return secret.key();
	}

	@Override
	public List<byte[]> keys() {
		return secret.keys();
	}

}

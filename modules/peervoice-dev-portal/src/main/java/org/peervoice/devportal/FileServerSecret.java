package org.peervoice.devportal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.peervoice.core.kernel.ServerSecret;

/**
 * The server secret kept in {@code <dataDirectory>/server-secret}: 32 random bytes written on
 * first start, readable by the owner only, never in the database.
 */
@Singleton
class FileServerSecret implements ServerSecret {

	static final String FILE_NAME = "server-secret";
	private static final int LENGTH = 32;

	private final byte[] key;

	@Inject
	FileServerSecret(DevPortalSettings settings) {
		this(settings.dataDirectory().resolve(FILE_NAME));
	}

	FileServerSecret(Path file) {
		try {
			this.key = readOrCreate(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read or create the server secret " + file, e);
		}
	}

	private static byte[] readOrCreate(Path file) throws IOException {
		if (!Files.exists(file)) {
			Files.createDirectories(file.toAbsolutePath().getParent());
			byte[] fresh = new byte[LENGTH];
			new SecureRandom().nextBytes(fresh);
			try {
				createOwnerOnly(file);
				Files.write(file, fresh);
				return fresh;
			}
			catch (FileAlreadyExistsException anotherStartWon) {
				// fall through and read what the other start wrote
			}
		}
		byte[] existing = Files.readAllBytes(file);
		if (existing.length < LENGTH) {
			throw new IllegalStateException("The server secret " + file + " is shorter than " + LENGTH + " bytes");
		}
		return existing;
	}

	private static void createOwnerOnly(Path file) throws IOException {
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		else {
			Files.createFile(file);
		}
	}

	@Override
	public byte[] key() {
		return key.clone();
	}

}

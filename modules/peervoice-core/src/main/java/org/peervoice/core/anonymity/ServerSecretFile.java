package org.peervoice.core.anonymity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.peervoice.core.kernel.ServerSecret;

/**
 * The server secret as an administrator keeps it: a text file outside the database, one key per
 * line in Base64 (at least 32 bytes each), the current key first and the previous ones after it,
 * so a rotation keeps earlier votes recognized. Blank lines and lines starting with {@code #} are
 * ignored. Copy the same file to every node. Errors name the file, never its content.
 */
public final class ServerSecretFile implements ServerSecret {

	public static final int MINIMUM_BYTES = 32;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final List<byte[]> keys;

	private ServerSecretFile(List<byte[]> keys) {
		this.keys = keys;
	}

	/**
	 * Reads the keys of an existing file.
	 *
	 * @throws IllegalStateException when the file is missing, unreadable, empty or holds a malformed or short key
	 */
	public static ServerSecretFile read(Path file) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot read the server secret file " + file + ": " + e.getClass().getSimpleName(), e);
		}
		List<byte[]> keys = new ArrayList<>();
		int number = 0;
		for (String line : lines) {
			number++;
			String text = line.trim();
			if (text.isEmpty() || text.startsWith("#")) {
				continue;
			}
			byte[] key;
			try {
				key = Base64.getDecoder().decode(text);
			}
			catch (IllegalArgumentException notBase64) {
				throw new IllegalStateException("Line " + number + " of the server secret file " + file + " is not Base64");
			}
			if (key.length < MINIMUM_BYTES) {
				throw new IllegalStateException("The key on line " + number + " of the server secret file " + file + " is shorter than "
					+ MINIMUM_BYTES + " bytes");
			}
			keys.add(key);
		}
		if (keys.isEmpty()) {
			throw new IllegalStateException("The server secret file " + file + " holds no key");
		}
		return new ServerSecretFile(Collections.unmodifiableList(keys));
	}

	/**
	 * Reads the file, or first creates it, readable by its owner only, with one new key. Several
	 * processes starting together end up with the same key: only one creation wins.
	 */
	public static ServerSecretFile readOrCreate(Path file) {
		if (!Files.exists(file)) {
			create(file, List.of(newKey()));
		}
		return read(file);
	}

	/**
	 * Creates the file with these lines (each a Base64 key, current first), owner-only; does nothing
	 * when the file exists by then.
	 */
	public static void create(Path file, List<String> lines) {
		try {
			Path directory = file.toAbsolutePath().getParent();
			if (!Files.isDirectory(directory)) {
				Files.createDirectories(directory, ownerOnly(directory, "rwx------"));
			}
			Path written = Files.createTempFile(directory, ".server-secret", ".tmp", ownerOnly(directory, "rw-------"));
			try {
				Files.write(written, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
				// a hard link appears complete or not at all, and never replaces a file another process created meanwhile
				Files.createLink(file, written);
			}
			catch (FileAlreadyExistsException anotherStartWon) {
				// keep the other process's key
			}
			catch (UnsupportedOperationException | IOException noHardLinks) {
				if (!Files.exists(file)) {
					Files.move(written, file);
				}
			}
			finally {
				Files.deleteIfExists(written);
			}
		}
		catch (FileAlreadyExistsException anotherStartWon) {
			// keep the other process's key
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot create the server secret file " + file, e);
		}
	}

	/** A new random key of 32 bytes, as one line of a server secret file. */
	public static String newKey() {
		byte[] key = new byte[MINIMUM_BYTES];
		RANDOM.nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	/** Whether anyone but the owner may read the file (POSIX file systems only; elsewhere false). */
	public static boolean readableByOthers(Path file) {
		try {
			if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				return false;
			}
			Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
			return permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ);
		}
		catch (IOException e) {
			return false;
		}
	}

	private static FileAttribute<?>[] ownerOnly(Path directory, String permissions) {
		Path existing = directory;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null || !existing.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return new FileAttribute<?>[0];
		}
		return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
	}

	@Override
	public byte[] key() {
		return keys.get(0).clone();
	}

	@Override
	public List<byte[]> keys() {
		List<byte[]> copies = new ArrayList<>(keys.size());
		for (byte[] key : keys) {
			copies.add(key.clone());
		}
		return copies;
	}

	@Override
	public String toString() {
		return "ServerSecretFile[" + keys.size() + " keys hidden]";
	}

}

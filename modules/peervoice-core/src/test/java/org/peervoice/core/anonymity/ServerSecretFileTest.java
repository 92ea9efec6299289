package org.peervoice.core.anonymity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerSecretFileTest {

	@TempDir
	Path folder;

	@Test
	void aMissingFileIsCreatedOwnerOnlyWithOneKeyAndReadAlikeLater() throws Exception {
		Path file = folder.resolve("config/peervoice/server-secret");
		ServerSecretFile created = ServerSecretFile.readOrCreate(file);
		assertEquals(1, created.keys().size());
		assertEquals(32, created.key().length);
		assertArrayEquals(created.key(), ServerSecretFile.readOrCreate(file).key());
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
			assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
			assertFalse(ServerSecretFile.readableByOthers(file));
		}
		try (var leftovers = Files.list(file.getParent())) {
			assertEquals(1, leftovers.count(), "no temporary file is left behind");
		}
	}

	@Test
	void theFirstLineIsCurrentAndTheOthersStillCount() throws Exception {
		String current = ServerSecretFile.newKey();
		String previous = ServerSecretFile.newKey();
		Path file = folder.resolve("server-secret");
		Files.write(file, List.of("# rotated 2026-11-23", "", "  " + current + "  ", previous), StandardCharsets.UTF_8);
		ServerSecretFile secret = ServerSecretFile.read(file);
		assertArrayEquals(Base64.getDecoder().decode(current), secret.key());
		assertEquals(2, secret.keys().size());
		assertArrayEquals(Base64.getDecoder().decode(previous), secret.keys().get(1));
	}

	@Test
	void refusesMissingEmptyMalformedAndShortKeysWithoutShowingThem() throws Exception {
		assertThrows(IllegalStateException.class, () -> ServerSecretFile.read(folder.resolve("absent")));
		Path file = folder.resolve("server-secret");
		for (String content : new String[] {"", "# only a comment\n", "not base64 at all!\n", Base64.getEncoder().encodeToString(new byte[31]) + "\n"}) {
			Files.write(file, content.getBytes(StandardCharsets.UTF_8));
			IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ServerSecretFile.read(file));
			assertFalse(!content.isBlank() && refused.getMessage().contains(content.trim()), refused.getMessage());
		}
	}

	@Test
	void processesStartingTogetherAgreeOnOneKey() throws Exception {
		Path file = folder.resolve("shared/server-secret");
		ExecutorService starts = Executors.newFixedThreadPool(8);
		try {
			List<Future<byte[]>> keys = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				Callable<byte[]> start = () -> ServerSecretFile.readOrCreate(file).key();
				keys.add(starts.submit(start));
			}
			byte[] first = keys.get(0).get();
			for (Future<byte[]> key : keys) {
				assertArrayEquals(first, key.get());
			}
		}
		finally {
			starts.shutdown();
		}
	}

	@Test
	void keysAreCopiesAndTheTextHidesThem() throws Exception {
		ServerSecretFile secret = ServerSecretFile.readOrCreate(folder.resolve("server-secret"));
		secret.key()[0] ^= 1;
		secret.keys().get(0)[0] ^= 1;
		assertArrayEquals(ServerSecretFile.read(folder.resolve("server-secret")).key(), secret.key());
		assertTrue(secret.toString().contains("hidden"));
	}

}

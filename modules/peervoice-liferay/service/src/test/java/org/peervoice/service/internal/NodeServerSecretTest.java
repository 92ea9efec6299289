package org.peervoice.service.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peervoice.core.anonymity.ServerSecretFile;
import org.peervoice.core.kernel.NotConfigured;
import org.peervoice.core.kernel.ServerSecret;

class NodeServerSecretTest {

	private static final UnaryOperator<String> NONE = key -> null;

	@TempDir
	Path folder;

	@Test
	void aSingleNodeCreatesTheFileOwnerOnlyKeepingTheSecretOfTheEarlierVersion() throws Exception {
		Path file = folder.resolve("home/peervoice/server-secret");
		Path earlier = folder.resolve("bundle-data/server-secret");
		Files.createDirectories(earlier.getParent());
		byte[] earlierKey = "an-earlier-node-only-secret-32by".getBytes(StandardCharsets.US_ASCII);
		Files.write(earlier, earlierKey);

		ServerSecret secret = NodeServerSecret.load(portal(Map.of(NodeServerSecret.LIFERAY_HOME, folder.resolve("home").toString())), NONE, NONE,
			earlier.toFile());

		assertTrue(Files.isRegularFile(file));
		assertEquals(2, secret.keys().size());
		assertArrayEquals(earlierKey, secret.keys().get(1));
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		}
		ServerSecret sameNodeLater = NodeServerSecret.load(portal(Map.of(NodeServerSecret.LIFERAY_HOME, folder.resolve("home").toString())), NONE,
			NONE, null);
		assertArrayEquals(secret.key(), sameNodeLater.key());
	}

	@Test
	void aClusteredNodeWithoutTheFileInventsNoSecretAndRefusesVotes() {
		Path file = folder.resolve("server-secret");
		ServerSecret secret = NodeServerSecret.load(portal(Map.of(NodeServerSecret.CLUSTER_PROPERTY, "true")),
			Map.of(NodeServerSecret.FILE_PROPERTY, file.toString())::get, NONE, null);

		assertFalse(Files.exists(file), "a clustered node must not make up its own secret");
		assertThrows(NotConfigured.class, secret::key);
		assertTrue(secret.keys().isEmpty());
	}

	@Test
	void everyNodeGivenTheSameFileHasTheSameKeys() throws Exception {
		Path file = folder.resolve("shared/server-secret");
		Files.createDirectories(file.getParent());
		Files.write(file, List.of(ServerSecretFile.newKey(), ServerSecretFile.newKey()));
		UnaryOperator<String> clustered = portal(Map.of(NodeServerSecret.CLUSTER_PROPERTY, "true"));

		ServerSecret one = NodeServerSecret.load(clustered, NONE, Map.of(NodeServerSecret.FILE_VARIABLE, file.toString())::get, null);
		ServerSecret two = NodeServerSecret.load(clustered, Map.of(NodeServerSecret.FILE_PROPERTY, file.toString())::get, NONE, null);

		assertEquals(2, one.keys().size());
		assertArrayEquals(one.key(), two.key());
		assertArrayEquals(one.keys().get(1), two.keys().get(1));
	}

	@Test
	void anUnusableFileRefusesVotesAndIsLeftAsItIs() throws Exception {
		Path file = folder.resolve("server-secret");
		Files.write(file, List.of("too short"));
		ServerSecret secret = NodeServerSecret.load(NONE, Map.of(NodeServerSecret.FILE_PROPERTY, file.toString())::get, NONE, null);

		assertThrows(NotConfigured.class, secret::key);
		assertEquals(List.of("too short"), Files.readAllLines(file));
	}

	@Test
	void theSystemPropertyWinsOverTheEnvironmentWhichWinsOverLiferayHome() {
		UnaryOperator<String> home = portal(Map.of(NodeServerSecret.LIFERAY_HOME, "/opt/liferay"));
		UnaryOperator<String> property = Map.of(NodeServerSecret.FILE_PROPERTY, "/etc/peervoice/a")::get;
		UnaryOperator<String> variable = Map.of(NodeServerSecret.FILE_VARIABLE, "/etc/peervoice/b")::get;

		assertEquals(Paths.get("/etc/peervoice/a"), NodeServerSecret.fileOf(home, property, variable));
		assertEquals(Paths.get("/etc/peervoice/b"), NodeServerSecret.fileOf(home, NONE, variable));
		assertEquals(Paths.get("/opt/liferay/peervoice/server-secret"), NodeServerSecret.fileOf(home, NONE, NONE));
		assertEquals(Paths.get("/srv/lr/peervoice/server-secret"), NodeServerSecret.fileOf(NONE, Map.of(NodeServerSecret.LIFERAY_HOME, "/srv/lr")::get, NONE));
		assertNull(NodeServerSecret.fileOf(NONE, NONE, NONE));
		assertThrows(NotConfigured.class, NodeServerSecret.load(NONE, NONE, NONE, null)::key);
	}

	private static UnaryOperator<String> portal(Map<String, String> properties) {
		return properties::get;
	}

}

package org.peervoice.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A {@link FaultNode} in its own JVM, started from this JVM's class path; {@link #kill()} is {@code kill -9}. */
final class NodeProcess implements AutoCloseable {

	private final String name;
	private final int port;
	private final List<String> command;
	private final Path log;
	private final Path data;
	private Process process;
	private int readyBefore;

	NodeProcess(String name, String jdbcUrl, String user, String password, Path secretFile, Path workDirectory, int voters, int mixingSeconds)
			throws IOException {
		this(name, jdbcUrl, user, password, secretFile, workDirectory, voters, mixingSeconds, 5);
	}

	/** {@code jdbcUrl} {@link FaultDatabase#EMBEDDED}: the dev portal's embedded HSQLDB under {@link #dataDirectory()}. */
	NodeProcess(String name, String jdbcUrl, String user, String password, Path secretFile, Path workDirectory, int voters, int mixingSeconds,
			int notificationSeconds) throws IOException {
		this.name = name;
		this.port = freePort();
		this.data = Files.createDirectories(workDirectory.resolve(name));
		this.log = workDirectory.resolve(name + ".log");
		String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
		this.command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
			"-Djava.util.logging.config.file=" + writeLogging(workDirectory), "-cp", System.getProperty("java.class.path"), FaultNode.class.getName(),
			String.valueOf(port), jdbcUrl, user, password, secretFile.toString(), data.toString(), String.valueOf(voters),
			String.valueOf(mixingSeconds), String.valueOf(notificationSeconds)));
	}

	private static String writeLogging(Path workDirectory) throws IOException {
		Path file = workDirectory.resolve("node-logging.properties");
		Files.writeString(file, "handlers=java.util.logging.ConsoleHandler\n.level=WARNING\njava.util.logging.ConsoleHandler.level=WARNING\n"
			+ "org.peervoice.persistence.JpaUnitOfWork.level=WARNING\n");
		return file.toString();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	String name() {
		return name;
	}

	URI baseUri() {
		return URI.create("http://127.0.0.1:" + port + "/");
	}

	void start() throws IOException {
		readyBefore = readyLines();
		process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
	}

	/** Waits until the node printed that it serves; fails if it died or took longer than {@code timeout}. */
	void awaitReady(Duration timeout) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (readyLines() > readyBefore) {
				return;
			}
			if (!process.isAlive()) {
				throw new IllegalStateException("node " + name + " exited with " + process.exitValue() + "; see " + log);
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("node " + name + " did not start within " + timeout + "; see " + log);
	}

	private int readyLines() throws IOException {
		if (!Files.exists(log)) {
			return 0;
		}
		return (int) Files.readAllLines(log).stream().filter(line -> line.startsWith(FaultNode.READY + " " + port)).count();
	}

	/** SIGKILL, no shutdown hook, no clean close: what {@code kill -9} does. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	Path log() {
		return log;
	}

	/** The node's data directory, the same across restarts (its embedded database, if it has one, lives here). */
	Path dataDirectory() {
		return data;
	}

	/**
	 * A normal shutdown ({@code SIGTERM}: the node's shutdown hook closes the dev portal and its database), waited for;
	 * fails if the node did not exit within a minute (then it is killed, and its files were not closed).
	 */
	void stop() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			kill();
			throw new IllegalStateException("node " + name + " did not stop within a minute; see " + log);
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process != null && process.isAlive()) {
			process.destroy();
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				process.waitFor(10, TimeUnit.SECONDS);
			}
		}
	}

}

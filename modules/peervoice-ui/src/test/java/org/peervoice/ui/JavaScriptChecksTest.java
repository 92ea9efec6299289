package org.peervoice.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JavaScript unit tests (src/test/js, Node's own test runner) and the linter (ESLint, pinned in package-lock.json,
 * configured in eslint.config.js), run from the Maven build so that {@code mvn -B verify} runs them. They need Debian's
 * nodejs and npm (.ci/run installs them); the linter's packages come from the npm registry on the first run.
 */
class JavaScriptChecksTest {

	private static final Path MODULE = Path.of("").toAbsolutePath();

	@BeforeAll
	static void nodeAndTheLinterAreThere() throws IOException, InterruptedException {
		for (String tool : List.of("node", "npm")) {
			if (executable(tool) == null) {
				fail("The JavaScript checks need " + tool + ": apt-get install nodejs npm (.ci/run does this).");
			}
		}
		Path installed = MODULE.resolve("node_modules/.package-lock.json");
		Path locked = MODULE.resolve("package-lock.json");
		if (!Files.exists(installed) || Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(locked)) < 0) {
			run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), 300);
		}
	}

	@Test
	void theUnitTestsPass() throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("node", "--test"));
		try (Stream<Path> files = Files.list(MODULE.resolve("src/test/js"))) {
			List<String> tests = files.map(path -> MODULE.relativize(path).toString()).filter(name -> name.endsWith(".test.js")).sorted()
				.collect(Collectors.toList());
			assertFalse(tests.isEmpty(), "no JavaScript tests found");
			command.addAll(tests);
		}
		run(command, 120);
	}

	@Test
	void theLinterFindsNothing() throws IOException, InterruptedException {
		run(List.of("node", "node_modules/eslint/bin/eslint.js", "--max-warnings", "0", "."), 120);
	}

	private static void run(List<String> command, int seconds) throws IOException, InterruptedException {
		Path output = Files.createTempFile("pv-js-check", ".txt");
		try {
			Process process = new ProcessBuilder(command).directory(MODULE.toFile()).redirectErrorStream(true)
				.redirectOutput(output.toFile()).start();
			if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				fail(String.join(" ", command) + " took more than " + seconds + " s");
			}
			assertEquals(0, process.exitValue(), () -> String.join(" ", command) + " failed:\n" + read(output));
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

	private static String read(Path output) {
		try {
			return Files.readString(output, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			return "(output unreadable: " + e + ")";
		}
	}

	private static Path executable(String name) {
		for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			Path candidate = Path.of(folder, name);
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

}

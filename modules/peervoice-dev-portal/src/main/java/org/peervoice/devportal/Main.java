package org.peervoice.devportal;

import java.nio.file.Paths;
import java.util.logging.Logger;

import org.peervoice.core.kernel.PdfFonts;

/**
 * Starts the dev portal from the command line. Settings come from system properties or, failing
 * those, environment variables of the same name: {@code PEERVOICE_PORT} (8080),
 * {@code PEERVOICE_DATA} ({@code ./data}), {@code PEERVOICE_JDBC_URL}, {@code PEERVOICE_JDBC_USER},
 * {@code PEERVOICE_JDBC_PASSWORD} (an HSQLDB file database under the data folder when unset),
 * {@code PEERVOICE_SECRET_FILE} (the server secret, outside the data folder; by default
 * {@code $XDG_CONFIG_HOME/peervoice/server-secret} or {@code ~/.config/peervoice/server-secret}),
 * {@value PdfFonts#DIRECTORY_SETTING} (a directory of fonts for PDFs, tried after the bundled one and before the
 * system's: docs/recognition-board.md).
 */
public final class Main {

	private static final Logger LOG = Logger.getLogger(Main.class.getName());

	private Main() {
	}

	public static void main(String[] args) {
		DevPortalSettings settings = DevPortalSettings.defaults()
			.port(Integer.parseInt(setting("PEERVOICE_PORT", "8080").trim()))
			.dataDirectory(Paths.get(setting("PEERVOICE_DATA", "data")));
		String secretFile = setting("PEERVOICE_SECRET_FILE", "");
		if (!secretFile.isBlank()) {
			settings = settings.serverSecretFile(Paths.get(secretFile));
		}
		String jdbcUrl = setting("PEERVOICE_JDBC_URL", "");
		if (!jdbcUrl.isBlank()) {
			settings = settings.jdbc(jdbcUrl, setting("PEERVOICE_JDBC_USER", ""), setting("PEERVOICE_JDBC_PASSWORD", ""));
		}
		// never by default: a directory of synthetic users for the load benchmark (docs/benchmarks.md)
		int loadTestUsers = Integer.parseInt(setting("PEERVOICE_LOAD_TEST_USERS", "0").trim());
		if (loadTestUsers > 0) {
			settings = settings.loadTestUsers(loadTestUsers);
			LOG.warning("Load-test directory enabled: " + loadTestUsers + " synthetic users load-1.. with a cheap password check");
		}
		int httpThreads = Integer.parseInt(setting("PEERVOICE_HTTP_THREADS", "0").trim());
		if (httpThreads > 0) {
			settings = settings.httpThreads(httpThreads);
		}
		PdfFonts.configure(setting(PdfFonts.DIRECTORY_SETTING, ""));
		DevPortal portal = DevPortal.start(settings);
		Runtime.getRuntime().addShutdownHook(new Thread(portal::close, "peervoice-dev-portal-shutdown"));
		LOG.info("PeerVoice dev portal running at http://localhost:" + portal.port());
		portal.awaitClose();
	}

	private static String setting(String name, String fallback) {
		String value = System.getProperty(name);
		if (value == null || value.isBlank()) {
			value = System.getenv(name);
		}
		return value == null || value.isBlank() ? fallback : value;
	}

}

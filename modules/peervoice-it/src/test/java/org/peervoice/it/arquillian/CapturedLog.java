package org.peervoice.it.arquillian;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Everything the application writes to its logs while the tests run: every java.util.logging
 * record (the dev portal logs through slf4j-jdk14), including PeerVoice's own debug records,
 * and everything printed to standard out and error.
 */
public final class CapturedLog {

	private static final CapturedLog INSTANCE = new CapturedLog();

	private final List<String> lines = new ArrayList<>();
	private final Handler handler = new RecordingHandler();
	// kept strongly so that the level set on it is not garbage collected with it
	private final Logger peerVoiceLogger = Logger.getLogger("org.peervoice");
	private boolean streamsCaptured;

	private CapturedLog() {
	}

	/** Installs the capture (again, in case a host reset logging) and returns it. */
	static synchronized CapturedLog install() {
		INSTANCE.attach();
		return INSTANCE;
	}

	private synchronized void attach() {
		Logger root = Logger.getLogger("");
		if (!Arrays.asList(root.getHandlers()).contains(handler)) {
			handler.setLevel(Level.ALL);
			root.addHandler(handler);
		}
		peerVoiceLogger.setLevel(Level.ALL);
		if (!streamsCaptured) {
			System.setOut(new PrintStream(new Tee(System.out, "[out] "), true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(new Tee(System.err, "[err] "), true, StandardCharsets.UTF_8));
			streamsCaptured = true;
		}
	}

	/** Position to read from later with {@link #linesSince(int)}. */
	public synchronized int mark() {
		attach();
		return lines.size();
	}

	public synchronized List<String> linesSince(int mark) {
		return new ArrayList<>(lines.subList(Math.min(mark, lines.size()), lines.size()));
	}

	public synchronized List<String> allLines() {
		return new ArrayList<>(lines);
	}

	private synchronized void add(String line) {
		lines.add(line);
	}

	private final class RecordingHandler extends Handler {

		@Override
		public void publish(LogRecord record) {
			StringBuilder line = new StringBuilder();
			line.append(record.getLevel()).append(' ').append(record.getLoggerName()).append(": ");
			String message = record.getMessage();
			Object[] parameters = record.getParameters();
			if (message != null && parameters != null && parameters.length > 0) {
				try {
					line.append(MessageFormat.format(message, parameters));
				}
				catch (IllegalArgumentException notAPattern) {
					line.append(message);
				}
				line.append(" ").append(Arrays.deepToString(parameters));
			}
			else {
				line.append(message);
			}
			if (record.getThrown() != null) {
				StringWriter trace = new StringWriter();
				record.getThrown().printStackTrace(new PrintWriter(trace));
				line.append('\n').append(trace);
			}
			add(line.toString());
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

	}

	private final class Tee extends OutputStream {

		private final PrintStream original;
		private final String prefix;
		private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

		Tee(PrintStream original, String prefix) {
			this.original = original;
			this.prefix = prefix;
		}

		@Override
		public synchronized void write(int b) {
			original.write(b);
			if (b == '\n') {
				flushLine();
			}
			else {
				pending.write(b);
			}
		}

		@Override
		public synchronized void write(byte[] bytes, int offset, int length) {
			original.write(bytes, offset, length);
			for (int i = offset; i < offset + length; i++) {
				if (bytes[i] == '\n') {
					flushLine();
				}
				else {
					pending.write(bytes[i]);
				}
			}
		}

		@Override
		public synchronized void flush() {
			original.flush();
		}

		private void flushLine() {
			add(prefix + new String(pending.toByteArray(), StandardCharsets.UTF_8));
			pending.reset();
		}

	}

}

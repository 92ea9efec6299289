package org.peervoice.rest;

import java.nio.charset.StandardCharsets;

import javax.ws.rs.core.StreamingOutput;

/**
 * Every CSV the API gives (a town hall's export, the champion worksheet, the recognition equity view) starts with the
 * UTF-8 byte order mark. These files are made for spreadsheets, and Excel opens a CSV without it in the computer's
 * legacy code page: "José Núñez" became "JosÃ© NÃºÃ±ez", every accented Spanish word likewise. With the mark Excel,
 * LibreOffice and Numbers read UTF-8; RFC 4180 readers that know UTF-8 skip it (Python's utf-8-sig, Java's BOM-aware
 * readers, the browser's TextDecoder).
 */
public final class CsvDownloads {

	/** The byte order mark as the first character of a CSV answer. */
	public static final String BYTE_ORDER_MARK = "\uFEFF";

	private static final byte[] MARK_BYTES = BYTE_ORDER_MARK.getBytes(StandardCharsets.UTF_8);

	private CsvDownloads() {
	}

	public static String marked(String csv) {
		return BYTE_ORDER_MARK + csv;
	}

	/** A streamed CSV, the mark written before its first byte. */
	public static StreamingOutput marked(StreamingOutput csv) {
		return out -> {
			out.write(MARK_BYTES);
			csv.write(out);
		};
	}

}

package org.peervoice.core.kernel;

/**
 * A text as a CSV cell that a spreadsheet shows but never evaluates: a cell starting with = + - @, TAB or CR (what
 * spreadsheets read as a formula) gets a leading apostrophe. Every CSV export writes user text through it.
 */
public final class SpreadsheetCell {

	private SpreadsheetCell() {
	}

	public static String of(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
	}

}

package org.peervoice.core.champion;

import java.util.Locale;

/**
 * What a directory reader asks for: words to find (each must occur, ignoring case and accents, in the name, title,
 * role, programs, expertise or languages), facet filters (exact values), an A–Z letter, and the language the names
 * are ordered and filed in ("en" or "es").
 */
public final class DirectoryQuery {

	private final String text;
	private final ChampionCategory category;
	private final String program;
	private final String language;
	private final String expertise;
	private final String letter;
	private final Locale locale;

	public DirectoryQuery(String text, ChampionCategory category, String program, String language, String expertise, String letter,
		String locale) {
		this.text = blankToNull(text);
		this.category = category;
		this.program = blankToNull(program);
		this.language = blankToNull(language);
		this.expertise = blankToNull(expertise);
		this.letter = blankToNull(letter);
		this.locale = "es".equals(locale) ? Locale.forLanguageTag("es") : Locale.ENGLISH;
	}

	public static DirectoryQuery everything() {
		return new DirectoryQuery(null, null, null, null, null, null, null);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	String text() {
		return text;
	}

	ChampionCategory category() {
		return category;
	}

	String program() {
		return program;
	}

	String language() {
		return language;
	}

	String expertise() {
		return expertise;
	}

	String letter() {
		return letter;
	}

	Locale locale() {
		return locale;
	}

}

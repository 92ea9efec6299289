package org.peervoice.core.kernel;

/**
 * The longest text each field takes, in UTF-16 code units after {@link UserText} normalization: the unit
 * JavaScript's {@code String.length} and the HTML {@code maxlength} attribute count, so the UI's counter and
 * the server agree. A {@code VARCHAR(n)} column always holds n of them: HSQLDB counts UTF-16 units, PostgreSQL
 * and MariaDB (utf8mb4) count code points, and a text never has more code points than UTF-16 units.
 * openapi.yaml and the migrations repeat these numbers; a test in the REST module checks that they agree.
 */
public final class TextLimits {

	public static final int SUGGESTION_TITLE = 150;
	public static final int SUGGESTION_BODY = 5000;

	/** Private thread messages (reviewer, writer, receipt replies) and public responses alike. */
	public static final int MESSAGE = 2000;

	public static final int CATEGORY_KEY = 60;
	public static final int CATEGORY_LABEL = 80;

	/** The search text of a list (its words are matched in titles and texts). */
	public static final int SEARCH_TEXT = 100;

	private TextLimits() {
	}

}

package org.peervoice.core.recognition;

/**
 * The recognition board's limits, in UTF-16 units after {@link org.peervoice.core.kernel.UserText} normalization as
 * {@link org.peervoice.core.kernel.TextLimits} counts them; openapi.yaml and V9__recognition_board.sql repeat them.
 */
public final class RecognitionLimits {

	public static final int MESSAGE = 1000;
	public static final int COMMENT = 300;
	/** A moderator's reason, or a report's. */
	public static final int REASON = 300;
	public static final int VALUE = 40;
	public static final int MIN_RECIPIENTS = 1;
	public static final int MAX_RECIPIENTS = 10;
	/** Values a site may offer, and so the most one recognition may name. */
	public static final int MAX_SITE_VALUES = 20;
	public static final int DAILY_LIMIT_MIN = 1;
	public static final int DAILY_LIMIT_MAX = 50;
	/** A display name as stored with a recognition (longer portal names are cut). */
	public static final int NAME = 200;
	/** A user key, as Liferay's and the dev portal's keys fit. */
	public static final int USER_KEY = 75;
	/** People a picker search returns at most. */
	public static final int PEOPLE_LIMIT = 20;

	private RecognitionLimits() {
	}

}

package org.peervoice.core.recognition;

/**
 * The board's filters, each optional: one value, one person (as giver or as recipient) and a period back from now.
 * A person filter on received recognitions finds only those the person let show publicly.
 */
public final class FeedQuery {

	/** Whether the person filter means recognitions the person gave or received. */
	public enum Role {
		GIVEN, RECEIVED
	}

	/** How far back the board looks. */
	public enum Period {
		WEEK(7), MONTH(30), QUARTER(91), YEAR(365);

		private final int days;

		Period(int days) {
			this.days = days;
		}

		public int days() {
			return days;
		}
	}

	private final String value;
	private final String personKey;
	private final Role role;
	private final Period period;

	public FeedQuery(String value, String personKey, Role role, Period period) {
		this.value = value;
		this.personKey = personKey;
		this.role = role == null ? Role.RECEIVED : role;
		this.period = period;
	}

	public static FeedQuery everything() {
		return new FeedQuery(null, null, null, null);
	}

	String value() {
		return value;
	}

	String personKey() {
		return personKey;
	}

	Role role() {
		return role;
	}

	Period period() {
		return period;
	}

}

package org.peervoice.core.champion;

import java.time.Instant;

/** A nomination as leadership and the nominee see it (nobody else ever does). */
public final class NominationView {

	private final String id;
	private final long siteId;
	private final String nomineeName;
	private final ChampionCategory category;
	private final String message;
	private final String nominatorName;
	private final Instant nominatedAt;

	NominationView(ChampionNomination nomination) {
		this.id = nomination.id();
		this.siteId = nomination.scope().siteId();
		this.nomineeName = nomination.nomineeName();
		this.category = nomination.category();
		this.message = nomination.message();
		this.nominatorName = nomination.nominatorName();
		this.nominatedAt = nomination.createdAt();
	}

	public String getId() {
		return id;
	}

	public long getSiteId() {
		return siteId;
	}

	public String getNomineeName() {
		return nomineeName;
	}

	public ChampionCategory getCategory() {
		return category;
	}

	public String getMessage() {
		return message;
	}

	public String getNominatorName() {
		return nominatorName;
	}

	public Instant getNominatedAt() {
		return nominatedAt;
	}

}

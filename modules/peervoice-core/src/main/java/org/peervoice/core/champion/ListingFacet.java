package org.peervoice.core.champion;

import java.util.Objects;

import javax.persistence.Access;
import javax.persistence.AccessType;
import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;

/**
 * One value of a listing's programs, languages or expertise as a row of {@code PV_CHAMPION_FACET}, so that the
 * database filters and counts by them; written with the listing, never edited on its own.
 */
@Embeddable
@Access(AccessType.FIELD)
public class ListingFacet {

	enum Kind {
		PROGRAM, LANGUAGE, EXPERTISE
	}

	@Enumerated(EnumType.STRING)
	@Column(name = "facet", nullable = false, length = 10)
	private Kind kind;

	@Column(name = "facet_value", nullable = false, length = ChampionLimits.FACET_VALUE)
	private String item;

	protected ListingFacet() {
	}

	ListingFacet(Kind kind, String value) {
		this.kind = kind;
		this.item = value;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ListingFacet && ((ListingFacet) other).kind == kind && ((ListingFacet) other).item.equals(item);
	}

	@Override
	public int hashCode() {
		return Objects.hash(kind, item);
	}

}

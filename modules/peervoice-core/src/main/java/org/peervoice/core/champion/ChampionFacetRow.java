package org.peervoice.core.champion;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Access;
import javax.persistence.AccessType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/**
 * A row of {@code PV_CHAMPION_FACET} seen on its own, only ever read: a directory search with several facet filters
 * intersects the listing ids of each filter's rows in the value index ({@code PV_CHAMPION_FACET_VALUE_IX}) before it
 * reads a listing ({@link DirectoryJpql}). The rows are written only as a listing's {@link ListingFacet}s.
 */
@Entity
@Table(name = "PV_CHAMPION_FACET")
@IdClass(ChampionFacetRow.Key.class)
@Access(AccessType.FIELD)
public class ChampionFacetRow {

	@Id
	@Column(name = "listing_id", length = 36)
	private String listingId;

	@Id
	@Enumerated(EnumType.STRING)
	@Column(name = "facet", length = 10)
	private ListingFacet.Kind kind;

	@Id
	@Column(name = "facet_value", length = ChampionLimits.FACET_VALUE)
	private String item;

	protected ChampionFacetRow() {
	}

	/** The row's key: a listing has each value of a facet once. */
	public static class Key implements Serializable {

		private static final long serialVersionUID = 1L;

		private String listingId;
		private ListingFacet.Kind kind;
		private String item;

		public Key() {
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key && Objects.equals(((Key) other).listingId, listingId) && ((Key) other).kind == kind
				&& Objects.equals(((Key) other).item, item);
		}

		@Override
		public int hashCode() {
			return Objects.hash(listingId, kind, item);
		}

	}

}

package org.peervoice.core.champion;

/**
 * Where a listing (or a pending revision of a published one) stands. Only a PUBLISHED listing confirmed within the
 * site's re-confirmation period and grace is in the directory; LEFT is a listing whose owner left the organization.
 */
public enum ListingStatus {

	DRAFT, SUBMITTED, PUBLISHED, CHANGES_REQUESTED, DECLINED, LEFT;

	boolean isEditableDraft() {
		return this == DRAFT || this == CHANGES_REQUESTED || this == DECLINED || this == LEFT;
	}

}

package org.peervoice.core.champion;

import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Permission;

/** How far a caller sees into one listing. */
enum Viewer {

	OWNER, CHAMPION_OR_LEADERSHIP, SITE_MEMBER;

	static Viewer of(Actor actor, ChampionListing listing) {
		if (actor.userKey().map(listing.ownerKey()::equals).orElse(false)) {
			return OWNER;
		}
		return isChampionOrLeadership(actor) ? CHAMPION_OR_LEADERSHIP : SITE_MEMBER;
	}

	static boolean isChampionOrLeadership(Actor actor) {
		return actor.can(Permission.MANAGE_OWN_LISTING) || actor.can(Permission.APPROVE_LISTINGS);
	}

}

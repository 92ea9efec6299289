package org.peervoice.core.kernel;

import static org.peervoice.core.kernel.Permission.APPROVE_LISTINGS;
import static org.peervoice.core.kernel.Permission.MANAGE_OWN_LISTING;
import static org.peervoice.core.kernel.Permission.MANAGE_TOWN_HALLS;
import static org.peervoice.core.kernel.Permission.MODERATE;
import static org.peervoice.core.kernel.Permission.RECOGNIZE;
import static org.peervoice.core.kernel.Permission.RESPOND;
import static org.peervoice.core.kernel.Permission.REVIEW;
import static org.peervoice.core.kernel.Permission.SUBMIT;
import static org.peervoice.core.kernel.Permission.VIEW;
import static org.peervoice.core.kernel.Permission.VIEW_INSIGHTS;
import static org.peervoice.core.kernel.Permission.VOTE;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The site roles PeerVoice's defaults speak of, each with the permissions it holds in a site out
 * of the box. This is the one declaration of those defaults: the Liferay roles and the
 * portlet's {@code resource-actions/default.xml}, the dev portal's demo users, the benchmarks and
 * the test fixtures all take them from here (and tests compare the XML with it). Administrators
 * may change the grants later; this is only where every host starts.
 */
public enum PeerVoiceRole {

	/** Every member of a site: Liferay's own "Site Member" role. */
	SITE_MEMBER("Site Member", EnumSet.of(VIEW, SUBMIT, VOTE, RECOGNIZE)),

	/** A peer support champion, created by PeerVoice. */
	PEER_CHAMPION("Peer Champion", with(SITE_MEMBER, MANAGE_OWN_LISTING)),

	/** The leaders who review and answer peer voice, created by PeerVoice. */
	PEER_VOICE_LEADERSHIP("Peer Voice Leadership", with(SITE_MEMBER, REVIEW, RESPOND, MODERATE, MANAGE_TOWN_HALLS, VIEW_INSIGHTS,
		APPROVE_LISTINGS)),

	/** Liferay's "Site Administrator" (and site owners): every permission of their site. */
	SITE_ADMINISTRATOR("Site Administrator", EnumSet.allOf(Permission.class));

	private final String roleName;
	private final Set<Permission> permissions;

	PeerVoiceRole(String roleName, Set<Permission> permissions) {
		this.roleName = roleName;
		this.permissions = Collections.unmodifiableSet(EnumSet.copyOf(permissions));
	}

	/** The role's name in Liferay, in English. */
	public String roleName() {
		return roleName;
	}

	/** What a holder of this role may do in the site by default (a member's permissions included). */
	public Set<Permission> permissions() {
		return permissions;
	}

	/** The permissions this role adds to a site member's. */
	public Set<Permission> beyondSiteMember() {
		Set<Permission> beyond = EnumSet.noneOf(Permission.class);
		beyond.addAll(permissions);
		beyond.removeAll(SITE_MEMBER.permissions);
		return Collections.unmodifiableSet(beyond);
	}

	private static Set<Permission> with(PeerVoiceRole base, Permission... added) {
		Set<Permission> permissions = EnumSet.copyOf(base.permissions);
		Collections.addAll(permissions, added);
		return permissions;
	}

}

package org.peervoice.core.kernel;

/**
 * PeerVoice actions, checked in the application services. In Liferay they are resource
 * actions granted to roles; in the dev portal they are granted to demo users.
 */
public enum Permission {

	VIEW, SUBMIT, VOTE, RECOGNIZE, MANAGE_OWN_LISTING, APPROVE_LISTINGS, REVIEW, RESPOND,
	MODERATE, MANAGE_TOWN_HALLS, VIEW_INSIGHTS, CONFIGURE

}

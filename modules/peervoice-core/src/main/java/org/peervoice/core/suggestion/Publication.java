package org.peervoice.core.suggestion;

/** Whether a site's new suggestions wait for a reviewer ({@code REVIEW_FIRST}) or appear at once. */
public enum Publication {
	REVIEW_FIRST, IMMEDIATE
}

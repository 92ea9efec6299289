package org.peervoice.core.champion;

/** How a champion prefers to be reached; shown only when the field it names is shown. */
public enum ContactMethod {

	EMAIL, PHONE, IN_PERSON

}

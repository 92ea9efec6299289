package org.peervoice.core.champion;

/** What the directory counts its listings by, beside the search: the four facets and the A–Z letter. */
enum DirectoryFacet {
	CATEGORY, PROGRAM, LANGUAGE, EXPERTISE, LETTER
}

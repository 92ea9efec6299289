/**
 * The peer champion directory: listings champions keep about themselves, with consent per contact field
 * ({@link org.peervoice.core.champion.ListingViews} is the one place that applies it), approval, freshness and
 * search. See docs/champion-directory.md.
 */
package org.peervoice.core.champion;

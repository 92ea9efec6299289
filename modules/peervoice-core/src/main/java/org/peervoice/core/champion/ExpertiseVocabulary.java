package org.peervoice.core.champion;

import java.util.List;

/**
 * A site's expertise vocabulary as one caller sees it: its tags, and for leadership and administrators the free tags
 * waiting for them with how many listings use each ({@code null} for everyone else).
 */
public final class ExpertiseVocabulary {

	private final List<String> terms;
	private final List<FacetCount> pending;

	ExpertiseVocabulary(List<String> terms, List<FacetCount> pending) {
		this.terms = List.copyOf(terms);
		this.pending = pending == null ? null : List.copyOf(pending);
	}

	public List<String> getTerms() {
		return terms;
	}

	public List<FacetCount> getPending() {
		return pending;
	}

}

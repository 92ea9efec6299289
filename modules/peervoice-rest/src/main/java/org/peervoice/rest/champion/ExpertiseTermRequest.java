package org.peervoice.rest.champion;

/** The body naming one expertise tag: to add to or remove from the vocabulary, or to reject where it waits. */
public final class ExpertiseTermRequest {

	private String term;

	ExpertiseTermRequest() {
	}

	public String getTerm() {
		return term;
	}

}

package org.peervoice.core.townhall;

import java.util.List;

/** The body of creating a poll, as it is read (properties are what the getters expose). */
public final class PollDraft {

	private String question;
	private List<String> options;
	private boolean multipleChoice;
	private Boolean resultsWhileOpen;

	// for the JSON reader
	private PollDraft() {
	}

	public PollDraft(String question, List<String> options, boolean multipleChoice, Boolean resultsWhileOpen) {
		this.question = question;
		this.options = options;
		this.multipleChoice = multipleChoice;
		this.resultsWhileOpen = resultsWhileOpen;
	}

	public String getQuestion() {
		return question;
	}

	public List<String> getOptions() {
		return options;
	}

	public boolean isMultipleChoice() {
		return multipleChoice;
	}

	public Boolean getResultsWhileOpen() {
		return resultsWhileOpen;
	}

}

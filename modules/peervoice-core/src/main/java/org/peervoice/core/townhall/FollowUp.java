package org.peervoice.core.townhall;

import java.util.List;
import java.util.Map;

import org.peervoice.core.suggestion.SuggestionStatus;

/** What became of a town hall's questions: how many got which fate, and the suggestions some were taken forward into. */
public final class FollowUp {

	private final Map<String, Long> counts;
	private final List<TakenForward> takenForward;

	FollowUp(Map<String, Long> counts, List<TakenForward> takenForward) {
		this.counts = counts;
		this.takenForward = takenForward;
	}

	/** Questions per state; ANSWERED also split into answeredLive and answeredInWriting. */
	public Map<String, Long> getCounts() {
		return counts;
	}

	public List<TakenForward> getTakenForward() {
		return takenForward;
	}

	/** A question taken forward and where its suggestion stands. */
	public static final class TakenForward {

		private final String questionId;
		private final String text;
		private final String suggestionId;
		private final SuggestionStatus suggestionStatus;

		TakenForward(String questionId, String text, String suggestionId, SuggestionStatus suggestionStatus) {
			this.questionId = questionId;
			this.text = text;
			this.suggestionId = suggestionId;
			this.suggestionStatus = suggestionStatus;
		}

		public String getQuestionId() {
			return questionId;
		}

		public String getText() {
			return text;
		}

		public String getSuggestionId() {
			return suggestionId;
		}

		public SuggestionStatus getSuggestionStatus() {
			return suggestionStatus;
		}

	}

}

package org.peervoice.core.townhall;

import java.util.Locale;
import java.util.Map;

import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.suggestion.SuggestionStatus;

/** One moderation step on a question, as it is read (properties are what the getters expose). */
public final class Moderation {

	/** The steps, by the names the API gives them. */
	public enum Action {
		APPROVE, DISMISS, MERGE, HIGHLIGHT, UNHIGHLIGHT, ANSWER, CORRECT, TAKE_FORWARD;

		static Action named(String name) {
			if (name != null) {
				for (Action action : values()) {
					if (action.apiName().equals(name)) {
						return action;
					}
				}
			}
			throw new InvalidInput(Map.of("action", "must be one of approve, dismiss, merge, highlight, unhighlight, answer, correct, takeForward"));
		}

		/** The name the API gives the step. */
		public String apiName() {
			return this == TAKE_FORWARD ? "takeForward" : name().toLowerCase(Locale.ROOT);
		}
	}

	private String action;
	private DismissalReason reason;
	private String text;
	private String into;
	private String answer;
	private SuggestionStatus suggestionStatus;
	private boolean confirmPrivacyWarnings;

	// for the JSON reader
	private Moderation() {
	}

	public Moderation(String action) {
		this.action = action;
	}

	public static Moderation dismiss(DismissalReason reason, String text) {
		Moderation moderation = new Moderation("dismiss");
		moderation.reason = reason;
		moderation.text = text;
		return moderation;
	}

	public static Moderation merge(String into) {
		Moderation moderation = new Moderation("merge");
		moderation.into = into;
		return moderation;
	}

	public static Moderation answer(String answer) {
		Moderation moderation = new Moderation("answer");
		moderation.answer = answer;
		return moderation;
	}

	public static Moderation correct(String text) {
		Moderation moderation = new Moderation("correct");
		moderation.text = text;
		return moderation;
	}

	public static Moderation takeForward(SuggestionStatus status) {
		Moderation moderation = new Moderation("takeForward");
		moderation.suggestionStatus = status;
		return moderation;
	}

	public String getAction() {
		return action;
	}

	public DismissalReason getReason() {
		return reason;
	}

	public String getText() {
		return text;
	}

	public String getInto() {
		return into;
	}

	public String getAnswer() {
		return answer;
	}

	public SuggestionStatus getSuggestionStatus() {
		return suggestionStatus;
	}

	public boolean isConfirmPrivacyWarnings() {
		return confirmPrivacyWarnings;
	}

}

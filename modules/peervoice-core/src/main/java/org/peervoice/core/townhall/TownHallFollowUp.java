package org.peervoice.core.townhall;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.peervoice.core.anonymity.AnonymousWriting;
import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.suggestion.ForwardedSuggestions;
import org.peervoice.core.suggestion.SuggestionStatus;

/**
 * After the meeting: the follow-up everyone sees (how many questions got which fate, and links to the suggestions some
 * were taken forward into), and the export for moderators and leadership as JSON and as CSV (RFC 4180; a cell a
 * spreadsheet would run as a formula gets a leading apostrophe, as in the champion directory's copy).
 */
public final class TownHallFollowUp {

	static final List<String> COLUMNS = List.of("section", "id", "text", "topic", "state", "votes", "author", "answer", "dismissal",
		"mergedInto", "suggestionId", "detail");

	private final UnitOfWork unitOfWork;
	private final TownHallAccess access;
	private final QuestionViews views;
	private final TownHallPolls polls;
	private final MeetingFeedback feedback;
	private final ForwardedSuggestions suggestionBox;

	public TownHallFollowUp(UnitOfWork unitOfWork, AnonymousWriting anonymity, Clock clock, TownHallPolls polls, MeetingFeedback feedback) {
		this.unitOfWork = unitOfWork;
		this.access = new TownHallAccess(unitOfWork, anonymity, clock);
		this.views = new QuestionViews(unitOfWork, anonymity);
		this.polls = polls;
		this.feedback = feedback;
		this.suggestionBox = new ForwardedSuggestions(unitOfWork);
	}

	public FollowUp followUp(Identity who, String townHallId) {
		return unitOfWork.inTransaction(() -> {
			access.locate(who, townHallId);
			return followUpOf(questions(townHallId));
		});
	}

	private FollowUp followUpOf(List<TownHallQuestion> questions) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (QuestionState state : QuestionState.values()) {
			counts.put(state.name(), 0L);
		}
		counts.put("answeredLive", 0L);
		counts.put("answeredInWriting", 0L);
		List<TownHallQuestion> forwarded = new ArrayList<>();
		for (TownHallQuestion question : questions) {
			counts.merge(question.state().name(), 1L, Long::sum);
			if (question.state() == QuestionState.ANSWERED) {
				counts.merge(question.answeredLive() ? "answeredLive" : "answeredInWriting", 1L, Long::sum);
			}
			if (question.state() == QuestionState.TAKEN_FORWARD && question.suggestionId() != null) {
				forwarded.add(question);
			}
		}
		Map<String, SuggestionStatus> statuses = suggestionBox.statuses(forwarded.stream().map(TownHallQuestion::suggestionId)
			.collect(Collectors.toList()));
		List<FollowUp.TakenForward> takenForward = new ArrayList<>();
		for (TownHallQuestion question : forwarded) {
			SuggestionStatus status = statuses.get(question.suggestionId());
			if (status != null) {
				takenForward.add(new FollowUp.TakenForward(question.id(), question.text(), question.suggestionId(), status));
			}
		}
		return new FollowUp(counts, takenForward);
	}

	// Every question listed, the asker's withdrawn ones excepted, oldest first.
	private List<TownHallQuestion> questions(String townHallId) {
		return unitOfWork.entityManager()
			.createQuery("SELECT q FROM TownHallQuestion q WHERE q.townHallId = :id AND " + TownHallQuestion.LISTED_JPQL + " AND q.state <> :withdrawn"
				+ " ORDER BY q.createdAt, q.id", TownHallQuestion.class)
			.setParameter("id", townHallId).setParameter("withdrawn", QuestionState.WITHDRAWN).getResultList();
	}

	public TownHallExportView export(Identity who, String townHallId) {
		return unitOfWork.inTransaction(() -> {
			TownHallAccess.Located located = access.locate(who, townHallId);
			MeetingFeedback.requireModeratorOrLeadership(located.actor);
			return exportOf(located.actor, located.townHall);
		});
	}

	private TownHallExportView exportOf(Actor actor, TownHall townHall) {
		List<TownHallQuestion> questions = questions(townHall.id());
		return new TownHallExportView(access.view(actor, townHall), views.views(actor, questions),
			polls.views(actor, polls.polls(townHall.id(), true)), feedback.summaryOf(townHall.id()), followUpOf(questions));
	}

	public String csv(Identity who, String townHallId) {
		TownHallExportView export = export(who, townHallId);
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			printer.printRecord(COLUMNS);
			for (QuestionView question : export.getQuestions()) {
				printer.printRecord("question", question.getId(), cell(question.getText()), cell(question.getTopic()), question.getState().name(),
					question.getVoteCount(), question.getAuthor() == null ? "" : cell(question.getAuthor().getName()),
					question.getAnswer() == null ? "" : cell(question.getAnswer().getText()),
					question.getDismissal() == null ? "" : question.getDismissal().getReason().name(), nullAsEmpty(question.getMergedInto()),
					nullAsEmpty(question.getSuggestionId()), question.getDismissal() == null ? "" : cell(question.getDismissal().getText()));
			}
			for (PollView poll : export.getPolls()) {
				for (PollView.Option option : poll.getOptions()) {
					printer.printRecord("poll", poll.getId(), cell(poll.getQuestion()), "", poll.getState().name(),
						option.getCount() == null ? "" : option.getCount(), "", cell(option.getText()), "", "", "",
						"responses=" + poll.getResponseCount());
				}
			}
			FeedbackSummary summary = export.getFeedback();
			printer.printRecord("feedback", "", "", "", "", "", "", "", "", "", "", "responses=" + summary.getResponseCount()
				+ (summary.getAverageRating() == null ? "" : "; average=" + summary.getAverageRating()));
			if (summary.isDistributionShown()) {
				for (Map.Entry<String, Long> rating : summary.getRatings().entrySet()) {
					printer.printRecord("feedback", "", "", "", "", "", "", "", "", "", "", "rating " + rating.getKey() + "=" + rating.getValue());
				}
				for (Map.Entry<String, Long> answered : summary.getAnswered().entrySet()) {
					printer.printRecord("feedback", "", "", "", "", "", "", "", "", "", "", "answered " + answered.getKey() + "=" + answered.getValue());
				}
				for (String comment : summary.getComments()) {
					printer.printRecord("feedback", "", cell(comment), "", "", "", "", "", "", "", "", "comment");
				}
			}
		}
		catch (IOException notWithAStringWriter) {
			throw new UncheckedIOException(notWithAStringWriter);
		}
		return out.toString();
	}

	private static String nullAsEmpty(String value) {
		return value == null ? "" : value;
	}

	/** The value as a spreadsheet shows it but never evaluates it. */
	static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
	}

}

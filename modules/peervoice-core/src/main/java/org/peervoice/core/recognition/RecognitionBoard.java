package org.peervoice.core.recognition;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.FieldErrors;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.NotPermitted;
import org.peervoice.core.kernel.Page;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.PeopleDirectory.PersonSummary;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.RoleGroupRules;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.SiteAnswers;
import org.peervoice.core.kernel.Slice;
import org.peervoice.core.kernel.TooManyRequests;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.kernel.UnknownItem;
import org.peervoice.core.kernel.UserText;
import org.peervoice.core.notification.NotificationEvent;
import org.peervoice.core.notification.NotificationType;
import org.peervoice.core.notification.Notifier;
import org.peervoice.core.people.RoleGroupSettingsService;
import org.peervoice.core.privacy.DisclosureRefused;
import org.peervoice.core.privacy.PrivacyScreen;
import org.peervoice.core.privacy.PrivacyWarning;
import org.peervoice.core.privacy.PrivacyWarningsFound;

/**
 * Giving recognition (RECOGNIZE), the board and "my recognitions" (VIEW), and what each recipient decides about a
 * recognition of them. Who sees what is decided in {@link RecognitionViews} only.
 */
public final class RecognitionBoard {

	/** An identical recognition (same giver, recipients, values and message) within this time is a repeat. */
	static final Duration REPEAT_WINDOW = Duration.ofMinutes(1);
	static final Duration LIMIT_WINDOW = Duration.ofDays(1);
	/** The privacy screen's code for text that may disclose someone's health or recovery; a comment with it is refused. */
	static final String HEALTH_DISCLOSURE = "health-disclosure";
	/** The warning code for a message that holds a recipient's display name ({@link #namedRecipients}). */
	static final String RECIPIENT_NAME = "recipient-name";

	/** How late another node's write may show in this node's feed pages ({@link FeedAnswers}). */
	public static final Duration FEED_CHECKED_EVERY = SiteAnswers.REVISION_READ_EVERY;

	/** The system property a benchmark (or a test's reference node) sets to read every feed page from the database. */
	public static final String NO_FEED_KEPT = FeedAnswers.BENCHMARK_OFF;

	private final UnitOfWork unitOfWork;
	/** The unit of work of the feed's reads: they write nothing, so they skip {@link FeedAnswers#REVISIONS}' flush. */
	private final UnitOfWork reads;
	/** This node's feed pages; none when the benchmark measures without them. */
	private final SiteAnswers<Long, FeedAnswers.Answer> answers;
	private final JpaRecognitions recognitions;
	private final PeopleDirectory people;
	private final RoleGroupSettingsService roleGroups;
	private final Notifier notifier;
	private final Clock clock;
	private final PrivacyScreen screen = PrivacyScreen.aboutOthers();

	public RecognitionBoard(UnitOfWork unitOfWork, PeopleDirectory people, Notifier notifier, Clock clock) {
		this.unitOfWork = FeedAnswers.REVISIONS.around(unitOfWork);
		this.reads = FeedAnswers.REVISIONS.under(unitOfWork);
		this.answers = FeedAnswers.isOn() ? FeedAnswers.REVISIONS.answers(unitOfWork) : null;
		this.recognitions = new JpaRecognitions(unitOfWork);
		this.people = people;
		this.roleGroups = new RoleGroupSettingsService(unitOfWork);
		this.notifier = notifier;
		this.clock = clock;
	}

	/**
	 * Gives a recognition.
	 *
	 * @throws InvalidInput for a wrong field (recipients that are not members of the site, oneself, unknown values...)
	 * @throws PrivacyWarningsFound when the message may disclose something and the giver has not confirmed
	 * @throws Conflict for the same recognition again within a minute
	 * @throws TooManyRequests past the site's daily limit
	 */
	public RecognitionView give(Identity who, long siteId, RecognitionDraft draft) {
		if (draft == null) {
			throw new InvalidInput("A request body is required.");
		}
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.RECOGNIZE);
			String giver = actor.requireUserKey();
			// first, before any read: the limit and the repeat rule below must see the giver's concurrent gives
			recognitions.lockGiver(actor.scope(), giver);
			RecognitionSettings settings = RecognitionSettingsService.current(recognitions, actor.scope());
			FieldErrors errors = new FieldErrors();
			List<PersonSummary> recipients = recipients(errors, actor, draft.getRecipients());
			String message = UserText.require(errors, "message", draft.getMessage(), RecognitionLimits.MESSAGE);
			List<String> values = values(errors, draft.getValues(), settings.getValues());
			if (draft.getVisibility() == null) {
				errors.add("visibility", "required", "is required");
			}
			errors.throwIfAny();
			List<PrivacyWarning> warnings = new ArrayList<>(screen.screen("message", message));
			warnings.addAll(namedRecipients(message, recipients));
			if (!warnings.isEmpty() && !draft.isConfirmed()) {
				throw new PrivacyWarningsFound(warnings);
			}
			Instant now = clock.instant();
			requireNotRepeatedOrTooMany(actor, giver, message, values, recipients, settings, now);
			boolean everyApproval = !warnings.isEmpty()
				|| draft.getVisibility() == Visibility.BOARD && values.stream().anyMatch(RecognitionSettings.DISCLOSING_VALUES::contains);
			Recognition recognition = new Recognition(actor.scope(), giver, name(actor.displayName()), message, values, draft.getVisibility(),
				everyApproval, now);
			recognitions.store(recognition);
			List<RecognitionRecipient> rows = new ArrayList<>();
			RoleGroupRules rules = roleGroups.rulesOf(actor.scope());
			for (PersonSummary person : recipients) {
				Consent consent = initialConsent(recognition, actor, person.userKey(), settings);
				RecognitionRecipient row = new RecognitionRecipient(recognition, actor.scope(), person.userKey(), name(person.displayName()),
					people.roleGroup(actor.scope().companyId(), actor.scope().siteId(), person.userKey(), rules), consent);
				recognitions.store(row);
				rows.add(row);
				notifier.publish(NotificationEvent.forPerson(NotificationType.RECOGNITION_RECEIVED, actor.scope(), recognition.id(),
					person.userKey(), consent == Consent.PENDING ? "approval" : null, now));
			}
			recognition.showOnBoardWhen(rows);
			recognitions.flush();
			return RecognitionViews.view(actor, recognition, rows, List.of(), 0, false);
		});
	}

	/**
	 * A warning ({@link #RECIPIENT_NAME}) for each recipient whose display name the message holds, whole and in any case:
	 * the message shows as written. Confirmed, it waits for each recipient's approval like the screen's warnings; a
	 * recognition whose message names (whole or in part, {@link RecipientMentions}) a recipient who hides it or has not
	 * approved it stays off the board ({@link Recognition#showsOnBoard}). A first name alone is not warned about: most
	 * messages greet their recipients by it.
	 */
	static List<PrivacyWarning> namedRecipients(String message, List<PersonSummary> recipients) {
		List<PrivacyWarning> warnings = new ArrayList<>();
		for (PersonSummary person : recipients) {
			RecipientMentions.wholeName(message, person.displayName()).ifPresent(span -> warnings.add(new PrivacyWarning(RECIPIENT_NAME, "message",
				"This names a person you recognize: the message shows as you wrote it, so it waits for their approval, and if they hide"
					+ " it, it leaves the board.", message.substring(span[0], span[1]), span[0], span[1])));
		}
		return warnings;
	}

	private List<PersonSummary> recipients(FieldErrors errors, Actor actor, List<String> keys) {
		if (keys == null || keys.size() < RecognitionLimits.MIN_RECIPIENTS) {
			errors.add("recipients", "required", "must name at least one colleague");
			return List.of();
		}
		if (keys.size() > RecognitionLimits.MAX_RECIPIENTS) {
			errors.add("recipients", "too-many", "must name at most " + RecognitionLimits.MAX_RECIPIENTS + " colleagues");
			return List.of();
		}
		Set<String> distinct = new LinkedHashSet<>();
		for (String key : keys) {
			if (key == null || key.isEmpty() || key.length() > RecognitionLimits.USER_KEY) {
				errors.add("recipients", "unknown-person", "must name members of this site");
				return List.of();
			}
			distinct.add(key);
		}
		if (distinct.size() != keys.size()) {
			errors.add("recipients", "duplicate", "must not name a colleague twice");
			return List.of();
		}
		if (distinct.contains(actor.requireUserKey())) {
			errors.add("recipients", "self", "cannot include yourself");
			return List.of();
		}
		List<PersonSummary> found = new ArrayList<>();
		for (String key : distinct) {
			Optional<PersonSummary> member = people.member(actor.scope().companyId(), actor.scope().siteId(), key);
			if (member.isEmpty()) {
				errors.add("recipients", "unknown-person", "must name members of this site");
				return List.of();
			}
			found.add(member.get());
		}
		return found;
	}

	private static List<String> values(FieldErrors errors, List<String> chosen, List<String> offered) {
		if (chosen == null || chosen.isEmpty()) {
			errors.add("values", "required", "must name at least one value");
			return List.of();
		}
		Set<String> distinct = new LinkedHashSet<>();
		for (String value : chosen) {
			if (value == null || !offered.contains(value)) {
				errors.add("values", "unknown-value", "must be values of this site");
				return List.of();
			}
			if (!distinct.add(value)) {
				errors.add("values", "duplicate", "must not name a value twice");
				return List.of();
			}
		}
		return List.copyOf(distinct);
	}

	private void requireNotRepeatedOrTooMany(Actor actor, String giver, String message, List<String> values, List<PersonSummary> recipients,
		RecognitionSettings settings, Instant now) {
		List<Recognition> lastDay = recognitions.givenSince(actor.scope(), giver, now.minus(LIMIT_WINDOW));
		Set<String> recipientKeys = new HashSet<>();
		recipients.forEach(person -> recipientKeys.add(person.userKey()));
		Map<String, List<RecognitionRecipient>> rowsOfRecent = recognitions.recipientsOf(lastDay.stream()
			.filter(given -> !given.createdAt().isBefore(now.minus(REPEAT_WINDOW))).map(Recognition::id).collect(java.util.stream.Collectors.toList()));
		for (Recognition recent : lastDay) {
			List<RecognitionRecipient> rows = rowsOfRecent.get(recent.id());
			if (rows != null && recent.message().equals(message) && new HashSet<>(recent.values()).equals(new HashSet<>(values))
				&& rows.stream().map(RecognitionRecipient::recipientKey).collect(java.util.stream.Collectors.toSet()).equals(recipientKeys)) {
				throw new Conflict("You gave this same recognition a moment ago.");
			}
		}
		if (lastDay.size() >= settings.getDailyLimit()) {
			Instant oldest = lastDay.get(lastDay.size() - 1).createdAt();
			throw new TooManyRequests(Duration.between(now, oldest.plus(LIMIT_WINDOW)).getSeconds() + 1);
		}
	}

	private Consent initialConsent(Recognition recognition, Actor actor, String recipientKey, RecognitionSettings settings) {
		if (recognition.confirmedWarnings()) {
			return Consent.PENDING;
		}
		if (recognition.visibility() == Visibility.PRIVATE) {
			return Consent.SHOWN;
		}
		boolean askFirst = recognitions.preferenceOf(actor.scope(), recipientKey).map(RecognitionPreference::askFirst)
			.orElse(!settings.isPublicByDefault());
		return askFirst ? Consent.PENDING : Consent.SHOWN;
	}

	static String name(String displayName) {
		return UserText.cut(displayName == null ? "" : displayName, RecognitionLimits.NAME);
	}

	/**
	 * The public board, newest first, with its filters: a page and whether another follows. The board is not counted
	 * (a count read every matching row on every page); one row more than the page tells whether there is a next one. A
	 * period starts at the second after now less its days (rounded up: a page kept for that second by {@link FeedAnswers}
	 * holds nothing older than its period). This node keeps the pages it read, under the site's board revision
	 * ({@link FeedAnswers}): within {@link #FEED_CHECKED_EVERY} of reading the revision, a kept page is served with no
	 * database statement, made for each viewer by {@link RecognitionViews} as a page just read.
	 */
	public Slice<RecognitionView> board(Identity who, long siteId, FeedQuery query, PageRequest page) {
		if (answers == null) {
			return reads.inTransaction(() -> {
				Actor actor = who.actorIn(siteId);
				actor.require(Permission.VIEW);
				return boardPage(actor, query, since(query, clock.instant()), page, -1, -1).page;
			});
		}
		Actor actor = who.actorIn(siteId);
		actor.require(Permission.VIEW);
		Scope scope = actor.scope();
		Instant now = clock.instant();
		Instant since = since(query, now);
		List<Object> key = FeedAnswers.key(scope, query, since, page.offset(), page.pageSize());
		SiteAnswers.Site<Long> known = answers.current(scope, now);
		FeedAnswers.Answer kept = known == null ? null : answers.answer(key, known);
		if (kept != null && kept.celebrations == known.detail) {
			// no statement: the site's revision was read less than FEED_CHECKED_EVERY ago
			answers.countServed();
			return served(kept, actor, page);
		}
		answers.countRead();
		// a unit of work of its own: the revision is read first, so the page read after it is never older than it says
		SiteAnswers.Site<Long> site = answers.site(scope, now, () -> reads.inTransaction(() -> FeedAnswers.read(reads.entityManager(), scope,
			now)));
		FeedAnswers.Answer unchanged = answers.answer(key, site);
		if (unchanged != null && unchanged.celebrations == site.detail) {
			// the revisions read again and found unchanged: the kept page still holds
			return served(unchanged, actor, page);
		}
		if (unchanged != null) {
			// only celebrations changed since: the page's are read again (two statements), not the page
			return reads.inTransaction(() -> {
				List<String> ids = unchanged.ids();
				FeedAnswers.Answer celebrated = unchanged.celebrated(site.detail, recognitions.celebrationsOf(null, ids),
					recognitions.reactorsOf(ids));
				answers.keep(key, celebrated.revision, celebrated);
				return served(celebrated, actor, page);
			});
		}
		return reads.inTransaction(() -> {
			Read read = boardPage(actor, query, since, page, site.revision, site.detail);
			answers.keep(key, read.answer.revision, read.answer);
			return read.page;
		});
	}

	/** How many feed pages this node served from memory and how many it read from the database (the benchmark's hit rate). */
	public long[] feedServedAndRead() {
		return answers == null ? new long[] {0, 0} : new long[] {answers.served(), answers.read()};
	}

	private static Instant since(FeedQuery query, Instant now) {
		if (query.period() == null) {
			return null;
		}
		Instant start = now.minus(Duration.ofDays(query.period().days()));
		Instant second = start.truncatedTo(ChronoUnit.SECONDS);
		return second.equals(start) ? start : second.plusSeconds(1);
	}

	private static Slice<RecognitionView> served(FeedAnswers.Answer kept, Actor actor, PageRequest page) {
		return new Slice<>(kept.views(actor), page.page(), page.pageSize(), kept.hasMore);
	}

	/** A page read from the database, as the actor sees it and (for the cache, {@code revision} not -1) as it is kept. */
	private static final class Read {

		final Slice<RecognitionView> page;
		final FeedAnswers.Answer answer;

		Read(Slice<RecognitionView> page, FeedAnswers.Answer answer) {
			this.page = page;
			this.answer = answer;
		}

	}

	/** In the caller's unit of work; {@code revision} -1 without a cache (then nothing is kept, nor who celebrated read). */
	private Read boardPage(Actor actor, FeedQuery query, Instant since, PageRequest page, long revision, long celebrationsAt) {
		Slice<Recognition> found = Slice.of(recognitions.board(actor.scope(), query, since, page, Slice.rowsToRead(page)), page);
		if (revision < 0) {
			return new Read(new Slice<>(RecognitionViews.views(recognitions, actor, found.items()), found.page(), found.pageSize(),
				found.hasMore()), null);
		}
		List<String> ids = new ArrayList<>();
		found.items().forEach(recognition -> ids.add(recognition.id()));
		Map<String, List<RecognitionRecipient>> recipients = recognitions.recipientsOf(ids);
		Map<String, List<RecognitionComment>> comments = recognitions.commentsOf(ids);
		// counted by the database; who celebrated, for each viewer's own mark
		JpaRecognitions.Celebrations celebrations = recognitions.celebrationsOf(null, ids);
		Map<String, Set<String>> reactors = recognitions.reactorsOf(ids);
		List<FeedAnswers.Item> items = new ArrayList<>();
		for (Recognition recognition : found.items()) {
			items.add(new FeedAnswers.Item(recognition, recipients.getOrDefault(recognition.id(), List.of()),
				comments.getOrDefault(recognition.id(), List.of()), celebrations.count(recognition.id()),
				reactors.getOrDefault(recognition.id(), Set.of())));
		}
		FeedAnswers.Answer answer = new FeedAnswers.Answer(revision, celebrationsAt, List.copyOf(items), found.hasMore());
		return new Read(new Slice<>(answer.views(actor), found.page(), found.pageSize(), found.hasMore()), answer);
	}

	/** What the caller gave or received in the site, private and pending ones included. */
	public Page<RecognitionView> mine(Identity who, long siteId, PageRequest page) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.VIEW);
			String me = actor.requireUserKey();
			List<Recognition> found = recognitions.mine(actor.scope(), me, page);
			return Page.of(RecognitionViews.views(recognitions, actor, found), page, recognitions.countMine(actor.scope(), me));
		});
	}

	/** One recognition, if the caller may see it. */
	public RecognitionView one(Identity who, long siteId, String id) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.VIEW);
			return viewOf(actor, visible(actor, id));
		});
	}

	RecognitionView viewOf(Actor actor, Recognition recognition) {
		return RecognitionViews.views(recognitions, actor, List.of(recognition)).get(0);
	}

	/** @throws UnknownItem for a recognition that does not exist or the actor may not see (the same answer) */
	Recognition visible(Actor actor, String id) {
		Recognition recognition = recognitions.find(actor.scope(), id).orElseThrow(RecognitionBoard::unknown);
		List<RecognitionRecipient> rows = recognitions.recipientsOf(List.of(recognition.id())).getOrDefault(recognition.id(), List.of());
		if (!RecognitionViews.canSee(actor, recognition, rows)) {
			throw unknown();
		}
		return recognition;
	}

	static UnknownItem unknown() {
		return new UnknownItem("No such recognition.");
	}

	/** A certificate a recipient downloads; the reader was checked before it is written. */
	@FunctionalInterface
	public interface Certificate {

		void writeTo(OutputStream out) throws IOException;

	}

	/**
	 * The caller's own certificate of a recognition they received: with their name only, never a co-recipient's.
	 *
	 * @throws UnknownItem for anyone but a recipient (the giver included: each recipient keeps their own), so that
	 *     nobody learns whether a recognition exists
	 * @throws Conflict when a moderator took it off the board
	 */
	public Certificate certificate(Identity who, long siteId, String id, Locale locale) {
		CertificatePdf.Content content = unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.VIEW);
			String me = actor.requireUserKey();
			Recognition recognition = visible(actor, id);
			List<RecognitionRecipient> rows = recognitions.recipientsOf(List.of(recognition.id())).getOrDefault(recognition.id(), List.of());
			RecognitionRecipient mine = rows.stream().filter(row -> row.recipientKey().equals(me)).findFirst()
				.orElseThrow(RecognitionBoard::unknown);
			if (recognition.isModerated()) {
				throw new Conflict("A moderator took this recognition off the board.");
			}
			// printed to be shown: without the message when it names a co-recipient who keeps it to themselves
			boolean withheld = recognition.namesARecipientWhoIsNotShown(rows, me);
			return new CertificatePdf.Content(mine.recipientName(), recognition.giverName(), withheld ? null : recognition.message(),
				recognition.values(), recognition.createdAt());
		});
		return out -> CertificatePdf.write(content, locale, out);
	}

	/** The caller, a recipient, lets it show to everyone who may see it. */
	public RecognitionView approve(Identity who, long siteId, String id) {
		return decide(who, siteId, id, Consent.SHOWN);
	}

	/** The caller, a recipient, takes it off the board for themselves at any time; nobody is told. */
	public RecognitionView hide(Identity who, long siteId, String id) {
		return decide(who, siteId, id, Consent.HIDDEN);
	}

	private RecognitionView decide(Identity who, long siteId, String id, Consent consent) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.VIEW);
			Recognition recognition = visible(actor, id);
			RecognitionRecipient mine = myRow(actor, recognition);
			mine.decide(consent);
			recognition.showOnBoardWhen(recognitions.recipientsOf(List.of(recognition.id())).getOrDefault(recognition.id(), List.of()));
			recognitions.flush();
			return viewOf(actor, recognition);
		});
	}

	/** The caller, a recipient, turns comments on or off; off for one recipient is off for the recognition. */
	public RecognitionView turnComments(Identity who, long siteId, String id, boolean off) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.VIEW);
			Recognition recognition = visible(actor, id);
			myRow(actor, recognition).turnComments(off);
			recognitions.flush();
			return viewOf(actor, recognition);
		});
	}

	private RecognitionRecipient myRow(Actor actor, Recognition recognition) {
		String me = actor.requireUserKey();
		return recognitions.recipientsOf(List.of(recognition.id())).getOrDefault(recognition.id(), List.of()).stream()
			.filter(row -> row.recipientKey().equals(me)).findFirst()
			.orElseThrow(() -> new NotPermitted("Only a recipient decides this about a recognition."));
	}

	/** One celebration per person; celebrating again changes nothing. */
	public RecognitionView celebrate(Identity who, long siteId, String id) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.RECOGNIZE);
			Recognition recognition = visible(actor, id);
			String me = actor.requireUserKey();
			recognitions.celebrate(new RecognitionReaction(recognition.id(), me, clock.instant()), recognition.id(), me);
			return viewOf(actor, recognition);
		});
	}

	public RecognitionView uncelebrate(Identity who, long siteId, String id) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.RECOGNIZE);
			Recognition recognition = visible(actor, id);
			recognitions.uncelebrate(recognition.id(), actor.requireUserKey());
			return viewOf(actor, recognition);
		});
	}

	/**
	 * A short comment, screened like the recognition itself, except that a comment that may disclose someone's health or
	 * recovery ({@code health-disclosure}) is refused whether confirmed or not: a recognition with such text waits for
	 * each recipient's approval, a comment has nobody's approval to wait for.
	 *
	 * @throws DisclosureRefused with code {@code health-disclosure} on {@code text} for such a comment
	 * @throws PrivacyWarningsFound for the screen's other warnings, until the writer confirms
	 * @throws Conflict when a recipient turned comments off, or a moderator hid the recognition
	 */
	public RecognitionView comment(Identity who, long siteId, String id, CommentRequest request) {
		if (request == null) {
			throw new InvalidInput("A request body is required.");
		}
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.RECOGNIZE);
			String me = actor.requireUserKey();
			Recognition recognition = visible(actor, id);
			FieldErrors errors = new FieldErrors();
			String text = UserText.require(errors, "text", request.getText(), RecognitionLimits.COMMENT);
			errors.throwIfAny();
			List<RecognitionRecipient> rows = recognitions.recipientsOf(List.of(recognition.id())).getOrDefault(recognition.id(), List.of());
			if (!RecognitionViews.commentsOpen(recognition, rows)) {
				throw new Conflict("Comments are turned off for this recognition.");
			}
			List<PrivacyWarning> warnings = screen.screen("text", text);
			if (warnings.stream().anyMatch(warning -> HEALTH_DISCLOSURE.equals(warning.getCode()))) {
				// a recognition with such words waits for every recipient's approval; a comment has no such step
				throw new DisclosureRefused("text", HEALTH_DISCLOSURE, "A comment cannot tell others about someone's health or recovery:"
					+ " that is theirs to share. Edit the comment.");
			}
			if (!warnings.isEmpty() && !request.isConfirmed()) {
				throw new PrivacyWarningsFound(warnings);
			}
			recognitions.store(new RecognitionComment(recognition.id(), me, name(actor.displayName()), text, clock.instant()));
			recognitions.flush();
			return viewOf(actor, recognition);
		});
	}

	/** Asks moderators to look at a recognition, or one of its comments ({@code commentId} null for the recognition). */
	public void report(Identity who, long siteId, String id, String commentId, ReasonRequest request) {
		unitOfWork.run(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.VIEW);
			String me = actor.requireUserKey();
			Recognition recognition = visible(actor, id);
			if (commentId != null) {
				recognitions.findComment(recognition, commentId).orElseThrow(() -> new UnknownItem("No such comment."));
			}
			FieldErrors errors = new FieldErrors();
			String reason = UserText.optional(errors, "reason", request == null ? null : request.getReason(), RecognitionLimits.REASON);
			errors.throwIfAny();
			if (!recognitions.hasReported(recognition, commentId, me)) {
				recognitions.store(new RecognitionReport(recognition, commentId, me, reason, clock.instant()));
			}
		});
	}

	/** The caller's standing choice in the site (the site's default until they choose). */
	public PreferenceView preference(Identity who, long siteId) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.VIEW);
			Optional<RecognitionPreference> stored = recognitions.preferenceOf(actor.scope(), actor.requireUserKey());
			return stored.map(p -> new PreferenceView(p.askFirst(), true))
				.orElseGet(() -> new PreferenceView(!RecognitionSettingsService.current(recognitions, actor.scope()).isPublicByDefault(), false));
		});
	}

	/** Changes the caller's choice for recognitions given from now on; earlier ones keep what the caller decided for each. */
	public PreferenceView choosePreference(Identity who, long siteId, PreferenceView choice) {
		if (choice == null) {
			throw new InvalidInput("A request body is required.");
		}
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.VIEW);
			String me = actor.requireUserKey();
			Optional<RecognitionPreference> stored = recognitions.preferenceOf(actor.scope(), me);
			if (stored.isPresent()) {
				stored.get().choose(choice.isAskFirst());
				recognitions.flush();
			}
			else {
				recognitions.storeOnce(new RecognitionPreference(actor.scope(), me, choice.isAskFirst()));
			}
			return new PreferenceView(choice.isAskFirst(), true);
		});
	}

}

package org.peervoice.core.suggestion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.peervoice.core.anonymity.FloodLimit;
import org.peervoice.core.anonymity.Mixer;
import org.peervoice.core.anonymity.ReceiptCode;
import org.peervoice.core.anonymity.ReceiptHash;
import org.peervoice.core.anonymity.VoterHash;
import org.peervoice.core.audit.AuditEvent;
import org.peervoice.core.audit.AuditLog;
import org.peervoice.core.audit.JpaAuditLog;
import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.FieldErrors;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.NotConfigured;
import org.peervoice.core.kernel.NotPermitted;
import org.peervoice.core.kernel.NotSignedIn;
import org.peervoice.core.kernel.Page;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.ServerSecret;
import org.peervoice.core.kernel.TextFault;
import org.peervoice.core.kernel.TextLimits;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.kernel.UnknownItem;
import org.peervoice.core.kernel.UserText;
import org.peervoice.core.privacy.PrivacyScreen;
import org.peervoice.core.privacy.PrivacyWarning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The suggestion box's use cases. Every method checks the caller's permissions itself and
 * runs in one unit of work. Nothing about anonymous writers is logged.
 */
public final class SuggestionService {

	static final String REDACT_ACTION = "suggestion.redact";
	static final int THREAD_POSITION_ATTEMPTS = 5;

	private static final Logger LOG = LoggerFactory.getLogger(SuggestionService.class);
	private static final Pattern CATEGORY_KEY = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private final UnitOfWork unitOfWork;
	private final SuggestionRepository suggestions;
	private final AuditLog auditLog;
	private final ServerSecret secret;
	private final Clock clock;
	private final PrivacyScreen privacyScreen;
	private final FloodLimit anonymousSubmissions;
	private final FloodLimit receiptChecksPerPerson;
	private final FloodLimit receiptChecksPerNode;
	private final Mixer mixer;

	public SuggestionService(UnitOfWork unitOfWork, ServerSecret secret, Clock clock, Mixer mixer) {
		this(unitOfWork, secret, clock, mixer, FloodLimit.anonymousSubmissions(clock), FloodLimit.receiptChecksPerPerson(clock),
			FloodLimit.receiptChecksPerNode(clock));
	}

	/** With other flood limits than the defaults (benchmarks lift them). */
	public SuggestionService(UnitOfWork unitOfWork, ServerSecret secret, Clock clock, Mixer mixer, FloodLimit anonymousSubmissions,
		FloodLimit receiptChecksPerPerson, FloodLimit receiptChecksPerNode) {
		this(unitOfWork, new JpaSuggestionRepository(unitOfWork), new JpaAuditLog(unitOfWork), secret, clock, mixer, anonymousSubmissions,
			receiptChecksPerPerson, receiptChecksPerNode);
	}

	SuggestionService(UnitOfWork unitOfWork, SuggestionRepository suggestions, AuditLog auditLog, ServerSecret secret, Clock clock,
		Mixer mixer, FloodLimit anonymousSubmissions, FloodLimit receiptChecksPerPerson, FloodLimit receiptChecksPerNode) {
		this.unitOfWork = unitOfWork;
		this.suggestions = suggestions;
		this.auditLog = auditLog;
		this.secret = secret;
		this.clock = clock;
		this.privacyScreen = new PrivacyScreen();
		this.anonymousSubmissions = anonymousSubmissions;
		this.receiptChecksPerPerson = receiptChecksPerPerson;
		this.receiptChecksPerNode = receiptChecksPerNode;
		this.mixer = mixer;
	}

	public SubmittedSuggestion submit(Identity who, long siteId, SuggestionDraft draft) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.SUBMIT);
			String userKey = actor.requireUserKey();
			SuggestionSettings settings = settingsOf(actor.scope());
			FieldErrors errors = new FieldErrors();
			String title = UserText.requireLine(errors, "title", draft.getTitle(), TextLimits.SUGGESTION_TITLE);
			String body = UserText.require(errors, "body", draft.getBody(), TextLimits.SUGGESTION_BODY);
			if (draft.getCategory() == null || !settings.hasCategory(draft.getCategory())) {
				errors.add("category", "unknown-category", "must be one of this site's categories");
			}
			errors.throwIfAny();
			privacyScreen.requireConfirmedOrClean(titleAndBody(title, body), draft.isConfirmPrivacyWarnings());
			boolean published = settings.getPublication() == Publication.IMMEDIATE;
			Instant now = clock.instant();
			if (draft.isAnonymous()) {
				anonymousSubmissions.register(actor.scope().companyId(), userKey);
				ReceiptCode receipt = ReceiptCode.generate();
				Suggestion suggestion = Suggestion.anonymous(actor.scope(), title, body, draft.getCategory(), published,
					receipt.locator(), ReceiptHash.of(receipt.secret()), now);
				suggestions.store(suggestion);
				return new SubmittedSuggestion(view(actor, suggestion, receipt.text()), receipt.text());
			}
			Suggestion suggestion = Suggestion.identified(actor.scope(), title, body, draft.getCategory(), published, userKey,
				actor.displayName(), now);
			suggestions.store(suggestion);
			LOG.info("Suggestion {} submitted in site {}", suggestion.id(), siteId);
			return new SubmittedSuggestion(view(actor, suggestion, null), null);
		});
	}

	public Page<SuggestionView> list(Identity who, long siteId, SuggestionQuery query, PageRequest page) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.VIEW);
			String authorKey = null;
			if (query.getView() == SuggestionQuery.View.QUEUE) {
				actor.require(Permission.REVIEW);
			}
			else if (query.getView() == SuggestionQuery.View.MINE) {
				authorKey = actor.requireUserKey();
			}
			List<SuggestionView> items = views(actor, suggestions.list(actor.scope(), query, authorKey, page));
			return Page.of(items, page, suggestions.count(actor.scope(), query, authorKey));
		});
	}

	public SuggestionView get(Identity who, String id) {
		return unitOfWork.inTransaction(() -> {
			Located located = locateVisible(who, id);
			return view(located.actor, located.suggestion, null);
		});
	}

	public VoteTally vote(Identity who, String id) {
		return unitOfWork.inTransaction(() -> {
			Located located = locateForVoting(who, id);
			String voterHash = voterHash(located.actor, located.suggestion);
			for (String earlier : voterHashes(located.actor, located.suggestion)) {
				if (suggestions.hasVote(id, earlier)) {
					throw new Conflict("You already voted for this suggestion.");
				}
			}
			suggestions.addVote(new SuggestionVote(id, voterHash));
			return new VoteTally(suggestions.voteCounts(List.of(id)).getOrDefault(id, 0L), true);
		});
	}

	public void retractVote(Identity who, String id) {
		unitOfWork.run(() -> {
			Located located = locateForVoting(who, id);
			boolean removed = false;
			for (String candidate : voterHashes(located.actor, located.suggestion)) {
				removed = suggestions.removeVote(id, candidate) || removed;
			}
			if (!removed) {
				throw new UnknownItem("You have not voted for this suggestion.");
			}
		});
	}

	public SuggestionView respond(Identity who, String id, SuggestionStatus statusOrNull, String message) {
		return respond(who, id, statusOrNull, message, false);
	}

	/**
	 * A public response; it is screened, and so is the item when the response publishes it, unless the reviewer
	 * confirms the warnings.
	 */
	public SuggestionView respond(Identity who, String id, SuggestionStatus statusOrNull, String message, boolean confirmPrivacyWarnings) {
		return unitOfWork.inTransaction(() -> {
			Located located = locateForReviewer(who, id, Permission.RESPOND);
			Suggestion suggestion = located.suggestion;
			FieldErrors errors = new FieldErrors();
			String text = UserText.optional(errors, "message", message, TextLimits.MESSAGE);
			errors.throwIfAny();
			if (text.isEmpty() && (statusOrNull == null || statusOrNull.needsMessage())) {
				errors.add("message", TextFault.REQUIRED.code(), statusOrNull == null
					? "is required when no status is given" : "is required to move a suggestion to " + statusOrNull);
				errors.throwIfAny();
			}
			if (!text.isEmpty()) {
				Map<String, String> screened = suggestion.isPublished() ? new LinkedHashMap<>() : titleAndBody(suggestion.title(), suggestion.body());
				screened.put("message", text);
				privacyScreen.requireConfirmedOrClean(screened, confirmPrivacyWarnings);
			}
			Instant now = clock.instant();
			String reviewerKey = located.actor.requireUserKey();
			if (statusOrNull != null) {
				SuggestionStatus from = suggestion.status();
				suggestion.moveTo(statusOrNull);
				suggestions.addTransition(SuggestionTransition.byReviewer(id, from, statusOrNull, reviewerKey,
					located.actor.displayName(), now));
			}
			if (!text.isEmpty()) {
				suggestion.publish();
				suggestion.respondedAt(now);
				suggestions.addResponse(new SuggestionResponse(id, statusOrNull, text, reviewerKey, located.actor.displayName(), now));
			}
			suggestions.flush();
			LOG.info("Suggestion {} answered, status {}", id, suggestion.status());
			return view(located.actor, suggestion, null);
		});
	}

	public SuggestionView publish(Identity who, String id) {
		return publish(who, id, false);
	}

	/** Publishing an item whose text the screen flags needs the reviewer's confirmation (they have seen the findings). */
	public SuggestionView publish(Identity who, String id, boolean confirmPrivacyWarnings) {
		return unitOfWork.inTransaction(() -> {
			Located located = locateForReviewer(who, id, Permission.RESPOND);
			if (!located.suggestion.isPublished()) {
				privacyScreen.requireConfirmedOrClean(titleAndBody(located.suggestion.title(), located.suggestion.body()), confirmPrivacyWarnings);
			}
			located.suggestion.publish();
			suggestions.flush();
			LOG.info("Suggestion {} published", id);
			return view(located.actor, located.suggestion, null);
		});
	}

	public SuggestionView redact(Identity who, String id, String title, String body) {
		return unitOfWork.inTransaction(() -> {
			Located located = locateForReviewer(who, id, Permission.RESPOND);
			FieldErrors errors = new FieldErrors();
			String newTitle = UserText.requireLine(errors, "title", title, TextLimits.SUGGESTION_TITLE);
			String newBody = UserText.require(errors, "body", body, TextLimits.SUGGESTION_BODY);
			errors.throwIfAny();
			located.suggestion.redact(newTitle, newBody);
			auditLog.record(new AuditEvent(located.actor, REDACT_ACTION, id, clock.instant()));
			suggestions.flush();
			LOG.info("Suggestion {} redacted", id);
			return view(located.actor, located.suggestion, null);
		});
	}

	public List<ThreadMessageView> thread(Identity who, String id) {
		return unitOfWork.inTransaction(() -> {
			Located located = locateVisible(who, id);
			if (!located.actor.can(Permission.REVIEW) && !located.isWriter()) {
				throw new NotPermitted(Permission.REVIEW);
			}
			return threadOf(id, false);
		});
	}

	public ThreadMessageView postMessage(Identity who, String id, String message) {
		return postMessage(who, id, message, false);
	}

	public ThreadMessageView postMessage(Identity who, String id, String message, boolean confirmPrivacyWarnings) {
		return atThreadEnd(() -> unitOfWork.inTransaction(() -> {
			String text = requireMessage(message);
			Located located = locateVisible(who, id);
			Suggestion suggestion = located.suggestion;
			requireNotWithdrawn(suggestion);
			if (!located.isWriter()) {
				located.actor.require(Permission.RESPOND);
			}
			privacyScreen.requireConfirmedOrClean(Map.of("message", text), confirmPrivacyWarnings);
			Instant now = clock.instant();
			SuggestionMessage posted;
			if (located.isWriter()) {
				posted = SuggestionMessage.fromIdentifiedWriter(id, text, located.actor.requireUserKey(), located.actor.displayName(), now);
			}
			else {
				located.actor.require(Permission.RESPOND);
				posted = SuggestionMessage.fromReviewer(id, text, located.actor.requireUserKey(), located.actor.displayName(), now);
				suggestion.respondedAt(now);
			}
			suggestions.addMessage(posted);
			suggestions.flush();
			return posted.view();
		}));
	}

	public SuggestionView withdraw(Identity who, String id) {
		return unitOfWork.inTransaction(() -> {
			Located located = locateVisible(who, id);
			if (!located.isWriter()) {
				throw new NotPermitted("Only the writer can withdraw a suggestion.");
			}
			withdraw(located.suggestion);
			LOG.info("Suggestion {} withdrawn by its writer", id);
			return view(located.actor, located.suggestion, null);
		});
	}

	public ReceiptView lookUpReceipt(Identity who, String receipt) {
		admitReceiptCheck(who);
		return unitOfWork.inTransaction(() -> {
			Located located = locateByReceipt(who, receipt);
			List<SuggestionMessage> thread = suggestions.messagesOf(located.suggestion.id());
			boolean delivered = located.suggestion.isMixed() && thread.stream().allMatch(SuggestionMessage::isMixed);
			return new ReceiptView(view(located.actor, located.suggestion, null),
				thread.stream().map(SuggestionMessage::view).collect(Collectors.toList()),
				delivered ? null : minutesUntilMixed(located.suggestion.scope()));
		});
	}

	public ThreadMessageView replyWithReceipt(Identity who, String receipt, String message) {
		return replyWithReceipt(who, receipt, message, false);
	}

	public ThreadMessageView replyWithReceipt(Identity who, String receipt, String message, boolean confirmPrivacyWarnings) {
		admitReceiptCheck(who);
		return atThreadEnd(() -> unitOfWork.inTransaction(() -> {
			String text = requireMessage(message);
			Located located = locateByReceipt(who, receipt);
			requireNotWithdrawn(located.suggestion);
			privacyScreen.requireConfirmedOrClean(Map.of("message", text), confirmPrivacyWarnings);
			SuggestionMessage posted = SuggestionMessage.fromAnonymousWriter(located.suggestion.id(), text, clock.instant());
			suggestions.addMessage(posted);
			return posted.view();
		}));
	}

	// The position is taken by a unique constraint rather than a lock on the suggestion, whose row an anonymous reply
	// must not touch (its system columns would date the reply); a clash with a simultaneous message is written again.
	private static <T> T atThreadEnd(java.util.function.Supplier<T> post) {
		for (int attempt = 1;; attempt++) {
			try {
				return post.get();
			}
			catch (ThreadPositionTaken clash) {
				if (attempt == THREAD_POSITION_ATTEMPTS) {
					throw new Conflict("Several messages were posted to this thread at once; send yours again.");
				}
			}
		}
	}

	// Rounded up, plus the timers' minute, so the writer is told a time that holds.
	private long minutesUntilMixed(Scope scope) {
		Duration left = Duration.between(clock.instant(), mixer.nextMixingOf(scope));
		long minutes = Math.max(0, left.plusSeconds(59).toMinutes());
		return minutes + 1;
	}

	public SuggestionView withdrawWithReceipt(Identity who, String receipt) {
		admitReceiptCheck(who);
		return unitOfWork.inTransaction(() -> {
			Located located = locateByReceipt(who, receipt);
			withdraw(located.suggestion);
			return view(located.actor, located.suggestion, null);
		});
	}

	public SuggestionSettings settings(Identity who, long siteId) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.VIEW);
			return settingsOf(actor.scope());
		});
	}

	public SuggestionSettings updateSettings(Identity who, long siteId, SuggestionSettings settings) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.CONFIGURE);
			SuggestionSettings valid = validSettings(settings);
			Optional<SiteSuggestionSettings> stored = suggestions.settingsOf(actor.scope());
			if (stored.isPresent()) {
				stored.get().change(valid);
				suggestions.flush();
			}
			else {
				suggestions.addSettings(new SiteSuggestionSettings(actor.scope(), valid));
			}
			LOG.info("Suggestion settings of site {} changed", siteId);
			return valid;
		});
	}

	private SuggestionSettings settingsOf(Scope scope) {
		return suggestions.settingsOf(scope).map(SiteSuggestionSettings::settings).orElseGet(SuggestionSettings::defaults);
	}

	// An item not mixed yet is known only to its receipt (locateByReceipt): reviewers see anonymous writes once mixed.
	private Located locate(Identity who, Optional<Suggestion> found) {
		Suggestion suggestion = found
			.filter(candidate -> candidate.belongsTo(who.companyId()))
			.filter(Suggestion::isMixed)
			.orElseThrow(() -> new UnknownItem("No such suggestion."));
		return new Located(who.actorIn(suggestion.siteId()), suggestion);
	}

	private Located locate(Identity who, String id) {
		return locate(who, suggestions.find(id));
	}

	private Located locateVisible(Identity who, String id) {
		return visible(locate(who, id));
	}

	// No lock on the suggestion: a vote must not write its row (docs/privacy.md); one vote per person is the unique key's.
	private Located locateForVoting(Identity who, String id) {
		Located located = visible(locate(who, suggestions.find(id)));
		located.actor.require(Permission.VOTE);
		requireOpenForVotes(located.suggestion);
		return located;
	}

	private static Located visible(Located located) {
		located.actor.require(Permission.VIEW);
		Suggestion suggestion = located.suggestion;
		boolean onBoard = suggestion.isPublished() && suggestion.status() != SuggestionStatus.WITHDRAWN;
		if (!onBoard && !located.actor.can(Permission.REVIEW) && !located.isWriter()) {
			throw new UnknownItem("No such suggestion.");
		}
		return located;
	}

	private Located locateForReviewer(Identity who, String id, Permission permission) {
		Located located = locate(who, id);
		located.actor.require(permission);
		return located;
	}

	// Before any receipt is read: a guest is refused the same way whatever the receipt, and each signed-in person
	// (and the node as a whole) has a budget of Argon2 checks, counted in memory only (see FloodLimit).
	private void admitReceiptCheck(Identity who) {
		String userKey = who.userKey().orElseThrow(NotSignedIn::new);
		receiptChecksPerPerson.register(who.companyId(), userKey);
		receiptChecksPerNode.registerNodeWide();
	}

	// An unknown or malformed receipt costs the same Argon2 work as a known one, so timing tells nothing.
	private Located locateByReceipt(Identity who, String receipt) {
		if (receipt == null) {
			throw new InvalidInput(Map.of("receipt", "is required"));
		}
		Optional<ReceiptCode> code = ReceiptCode.parse(receipt);
		Optional<Suggestion> suggestion = code.flatMap(parsed -> suggestions.findByReceiptLocator(parsed.locator()));
		boolean matches;
		if (suggestion.isPresent()) {
			matches = ReceiptHash.matches(code.get().secret(), suggestion.get().receiptHash());
		}
		else {
			ReceiptHash.spendVerificationTime(code.map(ReceiptCode::secret).orElse(""));
			matches = false;
		}
		if (!matches || !suggestion.get().belongsTo(who.companyId())) {
			throw new UnknownItem("No suggestion has this receipt.");
		}
		Actor actor = who.actorIn(suggestion.get().siteId());
		actor.require(Permission.VIEW);
		return new Located(actor, suggestion.get());
	}

	private void withdraw(Suggestion suggestion) {
		SuggestionStatus from = suggestion.status();
		suggestion.withdraw();
		suggestions.addTransition(SuggestionTransition.byWriter(suggestion.id(), from, SuggestionStatus.WITHDRAWN,
			suggestion.isAnonymous(), clock.instant()));
		suggestions.flush();
	}

	private static void requireOpenForVotes(Suggestion suggestion) {
		if (!suggestion.isPublished() || !suggestion.status().isOpen()) {
			throw new Conflict("Votes are only taken on published, open suggestions.");
		}
	}

	private static void requireNotWithdrawn(Suggestion suggestion) {
		if (suggestion.status() == SuggestionStatus.WITHDRAWN) {
			throw new Conflict("This suggestion was withdrawn.");
		}
	}

	// The hash a new vote is stored under: the current secret's (NotConfigured when the host has none).
	private String voterHash(Actor actor, Suggestion suggestion) {
		return VoterHash.of(secret.key(), suggestion.companyId(), suggestion.siteId(), suggestion.id(), actor.requireUserKey());
	}

	// Every hash this person's vote on this item may be stored under (older secrets, votes from before version 2).
	private Set<String> voterHashes(Actor actor, Suggestion suggestion) {
		List<byte[]> keys = secret.keys();
		if (keys.isEmpty()) {
			throw new NotConfigured();
		}
		return VoterHash.candidates(keys, suggestion.companyId(), suggestion.siteId(), suggestion.id(), actor.requireUserKey());
	}

	private List<ThreadMessageView> threadOf(String suggestionId, boolean withUnmixed) {
		return suggestions.messagesOf(suggestionId).stream()
			.filter(message -> withUnmixed || message.isMixed())
			.map(SuggestionMessage::view)
			.collect(Collectors.toList());
	}

	private SuggestionView view(Actor actor, Suggestion suggestion, String receipt) {
		return views(actor, List.of(suggestion), receipt).get(0);
	}

	private List<SuggestionView> views(Actor actor, List<Suggestion> page) {
		return views(actor, page, null);
	}

	// A fixed number of queries per page, whatever its size: the vote counts, the caller's votes, the responses and
	// (for reviewers) the transitions of all its items at once. Counts are live: the stored one waits for the mixing.
	private List<SuggestionView> views(Actor actor, List<Suggestion> page, String receipt) {
		if (page.isEmpty()) {
			return Collections.emptyList();
		}
		List<String> ids = page.stream().map(Suggestion::id).collect(Collectors.toList());
		Optional<String> userKey = actor.userKey();
		Set<String> votedByMe = Collections.emptySet();
		List<byte[]> keys = secret.keys();
		if (userKey.isPresent() && !keys.isEmpty()) {
			// one query per possible form of the caller's votes (one per listed secret, and its pre-version-2 form)
			List<Map<String, String>> forms = new ArrayList<>();
			for (Suggestion suggestion : page) {
				int form = 0;
				for (String candidate : VoterHash.candidates(keys, suggestion.companyId(), suggestion.siteId(), suggestion.id(), userKey.get())) {
					if (forms.size() == form) {
						forms.add(new LinkedHashMap<>());
					}
					forms.get(form++).put(suggestion.id(), candidate);
				}
			}
			votedByMe = new HashSet<>();
			for (Map<String, String> form : forms) {
				votedByMe.addAll(suggestions.votedAmong(form));
			}
		}
		Map<String, Long> voteCounts = suggestions.voteCounts(ids);
		Map<String, List<SuggestionResponse>> responses = suggestions.responsesOf(ids);
		boolean reviewer = actor.can(Permission.REVIEW);
		Map<String, List<SuggestionTransition>> transitions = reviewer ? suggestions.transitionsOf(ids) : Collections.emptyMap();
		List<SuggestionView> views = new ArrayList<>(page.size());
		for (Suggestion suggestion : page) {
			String id = suggestion.id();
			VoteTally votes = new VoteTally(voteCounts.getOrDefault(id, 0L), votedByMe.contains(id));
			boolean mine = userKey.isPresent() && suggestion.isWrittenBy(userKey.get());
			List<ResponseView> responseViews = responses.getOrDefault(id, Collections.emptyList()).stream()
				.map(SuggestionResponse::view)
				.collect(Collectors.toList());
			List<SuggestionStatus> allowed = actor.can(Permission.RESPOND) ? suggestion.status().reviewerTransitions() : Collections.emptyList();
			ReviewView review = reviewer ? review(suggestion, transitions.getOrDefault(id, Collections.emptyList())) : null;
			views.add(new SuggestionView(suggestion, votes, mine, responseViews, allowed, review, receipt));
		}
		return views;
	}

	private ReviewView review(Suggestion suggestion, List<SuggestionTransition> transitions) {
		Instant created = suggestion.createdAt();
		long ageDays = Math.max(0, Duration.between(created, clock.instant()).toDays());
		Instant firstResponse = suggestion.firstResponseAt();
		Long hours = firstResponse == null || suggestion.isAnonymous() ? null : Math.max(0, Duration.between(created, firstResponse).toHours());
		Long days = firstResponse == null ? null
			: Math.max(0, ChronoUnit.DAYS.between(created.truncatedTo(ChronoUnit.DAYS), firstResponse.truncatedTo(ChronoUnit.DAYS)));
		List<PrivacyWarning> findings = privacyScreen.screen(titleAndBody(suggestion.title(), suggestion.body()));
		return new ReviewView(ageDays, firstResponse, hours, days, transitions.stream().map(SuggestionTransition::view).collect(Collectors.toList()),
			findings);
	}

	private static Map<String, String> titleAndBody(String title, String body) {
		Map<String, String> text = new LinkedHashMap<>();
		text.put("title", title);
		text.put("body", body);
		return text;
	}

	private static String requireMessage(String message) {
		FieldErrors errors = new FieldErrors();
		String text = UserText.require(errors, "message", message, TextLimits.MESSAGE);
		errors.throwIfAny();
		return text;
	}

	static SuggestionSettings validSettings(SuggestionSettings settings) {
		FieldErrors errors = new FieldErrors();
		if (settings == null) {
			throw new InvalidInput(Map.of("publication", "is required"));
		}
		if (settings.getPublication() == null) {
			errors.add("publication", "invalid-choice", "must be REVIEW_FIRST or IMMEDIATE");
		}
		List<Category> categories = settings.getCategories();
		List<Category> cleaned = new ArrayList<>();
		if (categories == null || categories.isEmpty() || categories.size() > SuggestionSettings.MAX_CATEGORIES) {
			errors.add("categories", "invalid-count", "must list 1 to " + SuggestionSettings.MAX_CATEGORIES + " categories");
		}
		else {
			Set<String> keys = new HashSet<>();
			for (int i = 0; i < categories.size(); i++) {
				Category category = categories.get(i);
				String key = category == null ? null : category.getKey();
				if (key == null || key.length() > TextLimits.CATEGORY_KEY || !CATEGORY_KEY.matcher(key).matches()) {
					errors.add("categories[" + i + "].key", "invalid-key", "must be 1 to " + TextLimits.CATEGORY_KEY
						+ " lowercase letters, digits and single hyphens");
				}
				else if (!keys.add(key)) {
					errors.add("categories[" + i + "].key", "duplicate-key", "is used twice");
				}
				String label = UserText.requireLine(errors, "categories[" + i + "].label", category == null ? null : category.getLabel(),
					TextLimits.CATEGORY_LABEL);
				cleaned.add(new Category(key, label, category != null && category.isRetired()));
			}
			if (cleaned.stream().allMatch(Category::isRetired)) {
				errors.add("categories", "no-active-category", "must keep at least one category that is not retired");
			}
		}
		Integer window = settings.mixingWindowOrNull();
		if (window != null && (window < SuggestionSettings.MIXING_WINDOW_MIN_MINUTES || window > SuggestionSettings.MIXING_WINDOW_MAX_MINUTES)) {
			errors.add("mixingWindowMinutes", "out-of-range", "must be " + SuggestionSettings.MIXING_WINDOW_MIN_MINUTES + " to "
				+ SuggestionSettings.MIXING_WINDOW_MAX_MINUTES + " minutes");
		}
		errors.throwIfAny();
		return new SuggestionSettings(settings.getPublication(), cleaned, settings.getMixingWindowMinutes());
	}

	private static final class Located {

		final Actor actor;
		final Suggestion suggestion;

		Located(Actor actor, Suggestion suggestion) {
			this.actor = actor;
			this.suggestion = suggestion;
		}

		boolean isWriter() {
			return actor.userKey().map(suggestion::isWrittenBy).orElse(false);
		}

	}

}

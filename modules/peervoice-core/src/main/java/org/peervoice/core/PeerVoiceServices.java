package org.peervoice.core;

import java.time.Clock;
import java.util.List;

import org.peervoice.core.anonymity.AnonymousWriting;
import org.peervoice.core.anonymity.Mixer;
import org.peervoice.core.champion.ChampionApprovals;
import org.peervoice.core.champion.ChampionDirectory;
import org.peervoice.core.champion.ChampionExport;
import org.peervoice.core.champion.ChampionExpertise;
import org.peervoice.core.champion.ChampionListSending;
import org.peervoice.core.champion.ChampionListings;
import org.peervoice.core.champion.ChampionNominations;
import org.peervoice.core.champion.ChampionReminders;
import org.peervoice.core.champion.ChampionSettingsService;
import org.peervoice.core.kernel.Departures;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.core.kernel.ServerSecret;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.notification.NotificationDelivery;
import org.peervoice.core.notification.NotificationDispatcher;
import org.peervoice.core.notification.NotificationInbox;
import org.peervoice.core.notification.Notifier;
import org.peervoice.core.notification.OutboxNotifier;
import org.peervoice.core.notification.ReviewerDirectory;
import org.peervoice.core.notification.StoredNotifications;
import org.peervoice.core.recognition.RecognitionBoard;
import org.peervoice.core.recognition.RecognitionInsights;
import org.peervoice.core.recognition.RecognitionModeration;
import org.peervoice.core.recognition.RecognitionSettingsService;
import org.peervoice.core.people.RoleGroupSettingsService;
import org.peervoice.core.people.SitePeople;
import org.peervoice.core.suggestion.SuggestionBoard;
import org.peervoice.core.suggestion.SuggestionMixing;
import org.peervoice.core.suggestion.SuggestionNotifications;
import org.peervoice.core.suggestion.SuggestionReceipts;
import org.peervoice.core.suggestion.SuggestionReview;
import org.peervoice.core.suggestion.SuggestionSettingsService;
import org.peervoice.core.suggestion.SuggestionThreads;
import org.peervoice.core.townhall.MeetingFeedback;
import org.peervoice.core.townhall.LiveCopies;
import org.peervoice.core.townhall.TownHallFollowUp;
import org.peervoice.core.townhall.TownHallLive;
import org.peervoice.core.townhall.TownHallMixing;
import org.peervoice.core.townhall.TownHallNotifications;
import org.peervoice.core.townhall.TownHallPolls;
import org.peervoice.core.townhall.TownHallQuestions;
import org.peervoice.core.townhall.TownHalls;

/**
 * The composition root of the core: each host builds one (Weld producer, OSGi component) from
 * its unit of work, server secret and clock, and hands the services to its adapters. Every
 * anonymous feature shares the one {@link AnonymousWriting} built here (one flood counter per person),
 * and every capability publishes notifications through the one outbox {@link Notifier} built here.
 */
public final class PeerVoiceServices {

	private final Mixer mixer;
	private final AnonymousWriting anonymity;
	private final SuggestionBoard suggestionBoard;
	private final SuggestionReview suggestionReview;
	private final SuggestionThreads suggestionThreads;
	private final SuggestionReceipts suggestionReceipts;
	private final SuggestionSettingsService suggestionSettings;
	private final NotificationDispatcher notificationDispatcher;
	private final NotificationInbox notificationInbox;
	// champion directory
	private final ChampionListings championListings;
	private final ChampionApprovals championApprovals;
	private final ChampionDirectory championDirectory;
	private final ChampionSettingsService championSettings;
	private final ChampionExport championExport;
	// champion workflow
	private final ChampionNominations championNominations;
	private final ChampionExpertise championExpertise;
	private final ChampionReminders championReminders;
	// recognition board
	private final RecognitionBoard recognitionBoard;
	private final RecognitionModeration recognitionModeration;
	private final RecognitionSettingsService recognitionSettings;
	private final RecognitionInsights recognitionInsights;
	// people directory
	private final PeopleDirectory people;
	private final SitePeople sitePeople;
	private final RoleGroupSettingsService roleGroupSettings;
	private final Departures departures;
	// champion directory copies
	private final ChampionListSending championListSending;
	// town hall
	private final Mixer townHallMixer;
	private final TownHalls townHalls;
	private final TownHallQuestions townHallQuestions;
	private final TownHallPolls townHallPolls;
	private final MeetingFeedback townHallFeedback;
	private final TownHallLive townHallLive;
	private final TownHallFollowUp townHallFollowUp;

	/** Notifications stored by PeerVoice, for a host without reviewers to tell (benchmarks, tests). */
	public PeerVoiceServices(UnitOfWork unitOfWork, ServerSecret secret, Clock clock) {
		this(unitOfWork, secret, clock, site -> List.of(), null, PeopleDirectory.NONE);
	}

	/**
	 * @param reviewers who holds REVIEW in a site, for the review digests
	 * @param delivery how the host delivers notifications; {@code null}: PeerVoice stores them (the dev portal's bell)
	 */
	public PeerVoiceServices(UnitOfWork unitOfWork, ServerSecret secret, Clock clock, ReviewerDirectory reviewers, NotificationDelivery delivery) {
		this(unitOfWork, secret, clock, reviewers, delivery, PeopleDirectory.NONE);
	}

	/**
	 * @param reviewers who holds REVIEW in a site, for the review digests
	 * @param delivery how the host delivers notifications; {@code null}: PeerVoice stores them (the dev portal's bell)
	 * @param people the host's directory of people, which prefills what people write about themselves (champion listings)
	 */
	public PeerVoiceServices(UnitOfWork unitOfWork, ServerSecret secret, Clock clock, ReviewerDirectory reviewers, NotificationDelivery delivery,
		PeopleDirectory people) {
		this(unitOfWork, clock, new AnonymousWriting(secret, clock), reviewers, delivery, people);
	}

	/** With the host's directory of people, which prefills what people write about themselves (champion listings). */
	public PeerVoiceServices(UnitOfWork unitOfWork, ServerSecret secret, Clock clock, PeopleDirectory people) {
		this(unitOfWork, secret, clock, site -> List.of(), null, people);
	}

	/** With an anonymity component of one's own (benchmarks lift its flood limits). */
	public PeerVoiceServices(UnitOfWork unitOfWork, Clock clock, AnonymousWriting anonymity) {
		this(unitOfWork, clock, anonymity, site -> List.of(), null, PeopleDirectory.NONE);
	}

	private PeerVoiceServices(UnitOfWork unitOfWork, Clock clock, AnonymousWriting anonymity, ReviewerDirectory reviewers,
		NotificationDelivery delivery, PeopleDirectory people) {
		Notifier notifier = new OutboxNotifier(unitOfWork);
		this.anonymity = anonymity;
		this.mixer = new Mixer(unitOfWork, clock, SuggestionMixing.window(unitOfWork), SuggestionMixing.rows(), SuggestionMixing.updates(),
			SuggestionMixing.mixingPoint(unitOfWork, notifier, clock));
		this.suggestionBoard = new SuggestionBoard(unitOfWork, anonymity, clock, notifier);
		this.suggestionReview = new SuggestionReview(unitOfWork, anonymity, clock, notifier);
		this.suggestionThreads = new SuggestionThreads(unitOfWork, anonymity, clock, notifier);
		this.notificationDispatcher = new NotificationDispatcher(unitOfWork, delivery == null ? new StoredNotifications(unitOfWork) : delivery,
			reviewers, SuggestionNotifications.digestPeriod(unitOfWork), clock);
		this.notificationInbox = new NotificationInbox(unitOfWork,
			TownHallNotifications.titles(unitOfWork, SuggestionNotifications.titles(unitOfWork)), clock);
		this.suggestionReceipts = new SuggestionReceipts(unitOfWork, anonymity, clock, mixer);
		this.suggestionSettings = new SuggestionSettingsService(unitOfWork);
		// champion directory
		this.championListings = new ChampionListings(unitOfWork, people, clock);
		this.championApprovals = new ChampionApprovals(unitOfWork, clock);
		this.championDirectory = new ChampionDirectory(unitOfWork, people, clock);
		this.championSettings = new ChampionSettingsService(unitOfWork);
		// champion workflow
		this.championNominations = new ChampionNominations(unitOfWork, people, notifier, clock);
		this.championExpertise = new ChampionExpertise(unitOfWork, clock);
		this.championReminders = new ChampionReminders(unitOfWork, notifier, clock);
		// recognition board
		this.recognitionBoard = new RecognitionBoard(unitOfWork, people, notifier, clock);
		this.recognitionModeration = new RecognitionModeration(unitOfWork, recognitionBoard, notifier, clock);
		this.recognitionSettings = new RecognitionSettingsService(unitOfWork);
		this.recognitionInsights = new RecognitionInsights(unitOfWork, people, clock);
		// people directory
		this.people = people;
		this.departures = new Departures() {

			@Override
			public void personLeft(long companyId, String userKey) {
				championDirectory.personLeft(companyId, userKey);
			}

			@Override
			public void personDeleted(long companyId, String userKey) {
				championDirectory.personDeleted(companyId, userKey);
			}

		};
		this.sitePeople = new SitePeople(people, departures);
		this.roleGroupSettings = new RoleGroupSettingsService(unitOfWork);
		// champion directory copies
		this.championExport = new ChampionExport(unitOfWork, championDirectory, clock);
		this.championListSending = new ChampionListSending(unitOfWork, notifier, clock);
		// town hall; this node's live state of town halls, told of every change of this node once committed
		LiveCopies townHallLiveCopies = new LiveCopies(clock);
		this.townHallMixer = new Mixer(TownHallMixing.MIXINGS_TABLE, unitOfWork, clock,
			TownHallMixing.window(unitOfWork, SuggestionMixing.window(unitOfWork)), TownHallMixing.rows(), TownHallMixing.updates(),
			TownHallMixing.mixingPoint(unitOfWork, townHallLiveCopies));
		// the end of a meeting releases what the live mixing held back, not an hour later with the site's window
		this.townHalls = new TownHalls(unitOfWork, anonymity, clock, townHallMixer::mixNowKeepingHeld, townHallLiveCopies);
		this.townHallQuestions = new TownHallQuestions(unitOfWork, anonymity, clock, notifier, townHallLiveCopies);
		this.townHallPolls = new TownHallPolls(unitOfWork, anonymity, clock, townHallLiveCopies);
		this.townHallFeedback = new MeetingFeedback(unitOfWork, anonymity, clock);
		this.townHallLive = new TownHallLive(unitOfWork, anonymity, clock, townHallQuestions, townHallPolls, townHallLiveCopies);
		this.townHallFollowUp = new TownHallFollowUp(unitOfWork, anonymity, clock, townHallPolls, townHallFeedback);
	}

	/** Mixes anonymous writes: hosts run it on a {@link org.peervoice.core.anonymity.MixingTimer}. */
	public Mixer mixer() {
		return mixer;
	}

	/** How every anonymous feature writes: flood limit, receipts, voter hashes, coarse times. */
	public AnonymousWriting anonymity() {
		return anonymity;
	}

	public SuggestionBoard suggestionBoard() {
		return suggestionBoard;
	}

	public SuggestionReview suggestionReview() {
		return suggestionReview;
	}

	public SuggestionThreads suggestionThreads() {
		return suggestionThreads;
	}

	public SuggestionReceipts suggestionReceipts() {
		return suggestionReceipts;
	}

	public SuggestionSettingsService suggestionSettings() {
		return suggestionSettings;
	}

	/** Delivers the outbox: hosts run it on a {@link org.peervoice.core.notification.NotificationTimer}. */
	public NotificationDispatcher notificationDispatcher() {
		return notificationDispatcher;
	}

	/** A person's notifications as PeerVoice stores them, and their preferences. */
	public NotificationInbox notificationInbox() {
		return notificationInbox;
	}

	// champion directory

	public ChampionListings championListings() {
		return championListings;
	}

	public ChampionApprovals championApprovals() {
		return championApprovals;
	}

	/** Search, the worksheet, and the port hosts call when a person leaves ({@link ChampionDirectory#personLeft}). */
	public ChampionDirectory championDirectory() {
		return championDirectory;
	}

	public ChampionSettingsService championSettings() {
		return championSettings;
	}

	public ChampionExport championExport() {
		return championExport;
	}

	// champion workflow

	/** Nomination with consent: leadership invites, the nominee accepts or declines. */
	public ChampionNominations championNominations() {
		return championNominations;
	}

	/** The site's expertise vocabulary and the free tags waiting for leadership. */
	public ChampionExpertise championExpertise() {
		return championExpertise;
	}

	/** Freshness reminders: hosts run them on a {@link org.peervoice.core.champion.ChampionReminderTimer}. */
	public ChampionReminders championReminders() {
		return championReminders;
	}

	// recognition board

	public RecognitionBoard recognitionBoard() {
		return recognitionBoard;
	}

	public RecognitionModeration recognitionModeration() {
		return recognitionModeration;
	}

	public RecognitionSettingsService recognitionSettings() {
		return recognitionSettings;
	}

	/** The equity view for VIEW_INSIGHTS, and its CSV. */
	public RecognitionInsights recognitionInsights() {
		return recognitionInsights;
	}

	// people directory

	/** The host's directory port, for capabilities that pick people or count them by role group. */
	public PeopleDirectory people() {
		return people;
	}

	/**
	 * What hosts call when a person leaves (Liferay's user model listener): every capability takes them out of public
	 * view. A capability that shows people adds its own step here.
	 */
	public Departures departures() {
		return departures;
	}

	/** The people picker's search and an administrator's "this person has left". */
	public SitePeople sitePeople() {
		return sitePeople;
	}

	public RoleGroupSettingsService roleGroupSettings() {
		return roleGroupSettings;
	}

	// champion directory copies

	/** "Send to all champions": the current list to every champion of a site. */
	public ChampionListSending championListSending() {
		return championListSending;
	}

	// town hall

	/**
	 * Mixes the town hall's anonymous writes, apart from the suggestion box's and in short batches while a town hall is
	 * live: hosts run it on a {@link org.peervoice.core.anonymity.MixingTimer} every {@link TownHallMixing#TIMER_INTERVAL}.
	 */
	public Mixer townHallMixer() {
		return townHallMixer;
	}

	public TownHalls townHalls() {
		return townHalls;
	}

	public TownHallQuestions townHallQuestions() {
		return townHallQuestions;
	}

	public TownHallPolls townHallPolls() {
		return townHallPolls;
	}

	public MeetingFeedback townHallFeedback() {
		return townHallFeedback;
	}

	public TownHallLive townHallLive() {
		return townHallLive;
	}

	public TownHallFollowUp townHallFollowUp() {
		return townHallFollowUp;
	}

}

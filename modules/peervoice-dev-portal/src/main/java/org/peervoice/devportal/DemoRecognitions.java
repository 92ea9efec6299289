package org.peervoice.devportal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;

import javax.enterprise.inject.Vetoed;

import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.ServiceUnavailable;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.notification.Notifier;
import org.peervoice.core.privacy.PrivacyWarningsFound;
import org.peervoice.core.recognition.CommentRequest;
import org.peervoice.core.recognition.PreferenceView;
import org.peervoice.core.recognition.RecognitionBoard;
import org.peervoice.core.recognition.RecognitionDraft;
import org.peervoice.core.recognition.RecognitionView;
import org.peervoice.core.recognition.Visibility;

/**
 * Six months of recognition among Riverside's demo people, given through the real recognition board with a clock set
 * back to each day (so limits, screening, consent and role groups work as they do for people) and without
 * notifications (nobody should find six months of old news in their bell). Some are private, two people chose "ask me
 * first" and left a few waiting, one hid one; colleagues celebrate and comment.
 *
 * <p>Seeded once: everything is one transaction that first stores Sofía's "ask me first" choice and then looks for any
 * recognition of the site. A second node seeding at the same moment waits on that row's unique key and gives up when
 * the first commits (a {@link Conflict}); a later start finds the recognitions and leaves them alone.
 */
final class DemoRecognitions {

	private static final Logger LOG = Logger.getLogger(DemoRecognitions.class.getName());
	private static final int COUNT = 72;
	private static final Duration SPAN = Duration.ofDays(182);
	/** How long a starting node waits for another node that seeds the recognitions at the same moment. */
	private static final Duration OTHER_NODE_SEEDING = Duration.ofMinutes(3);
	/** The last recognitions, each naming someone who asks first and still waiting for them. */
	private static final int WAITING = 4;

	/** Those who chose "ask me first"; the first one's choice is the seeding's guard. */
	private static final List<String> ASK_FIRST = List.of("sofia", "renee");

	private static final List<String> PEOPLE = List.of("alex", "casey", "lee", "admin", "jose", "maria", "jordan", "sofia", "kim", "dana",
		"priya", "marcus", "elena", "sam", "noah", "renee", "grace", "omar", "beatriz", "ethan", "lucia", "helen", "raj", "monique");

	private static final String[][] MESSAGES = {
		{"Thank you for staying late to make sure the evening group had a facilitator.", "voluntary", "relationship-focused"},
		{"You made a new colleague feel welcome from the first hour. The whole team noticed.", "mutuality", "dignity"},
		{"Your calm voice in the waiting room changed the whole afternoon.", "trauma-informed", "non-judgment"},
		{"Thank you for covering my shifts while I was away; everything was in perfect order.", "mutuality"},
		{"The way you asked the person what mattered to them before anything else was a model for all of us.", "person-centered",
			"self-determination"},
		{"You turned a tense team meeting into a real conversation. Thank you.", "relationship-focused", "non-judgment"},
		{"Thank you for rewriting the intake handout in plain language, in English and Spanish.", "person-centered", "dignity"},
		{"Your notes from the training were so clear that three teams asked for a copy.", "hope"},
		{"You never give up on anyone, and people feel it.", "hope", "dignity"},
		{"Thank you for sharing your story at the all-staff meeting; it gave many of us courage.", "lived-experience", "hope"},
		{"You fixed the billing backlog without a single complaint, and kept everyone informed.", "mutuality"},
		{"Thanks for the quick answer on the benefits question; it saved a colleague a lot of worry.", "relationship-focused"},
		{"Your idea for the peer-led walking group is already bringing people back every week.", "voluntary", "hope"},
		{"You listened without judging and let the person decide the next step.", "non-judgment", "self-determination"},
		{"Thank you for the warm handover notes; the next shift knew exactly what the person wanted.", "person-centered"},
		{"You made the front desk a place where people feel expected, not processed.", "dignity", "trauma-informed"},
		{"Thank you for mentoring the new peer specialists this quarter.", "mutuality", "lived-experience"},
		{"Your budget summary made a hard decision easy to understand for everyone.", "relationship-focused"},
		{"Thank you for speaking up for peer staff at the leadership meeting.", "dignity", "recovery-oriented"},
		{"The resource board you set up in the lobby is used every single day.", "hope", "voluntary"},
		{"You stayed with a frightened visitor until they felt safe to leave. Thank you.", "trauma-informed"},
		{"Gracias por traducir el taller y hacer que todos se sintieran incluidos.", "person-centered", "dignity"},
		{"Gracias por tu paciencia y tu buen humor en una semana tan difícil.", "mutuality", "hope"},
		{"Your supervision sessions leave people feeling stronger, not smaller.", "recovery-oriented", "relationship-focused"},
	};

	private static final List<String> COMMENTS = List.of("Well deserved!", "So true.", "Thank you from all of us.", "¡Bien merecido!",
		"Couldn't agree more.", "This made my day.");

	private final UnitOfWork unitOfWork;
	private final DemoDirectory directory;
	private final PeopleDirectory people;
	private final SetBackClock clock = new SetBackClock();

	DemoRecognitions(UnitOfWork unitOfWork, DemoDirectory directory, PeopleDirectory people) {
		this.unitOfWork = unitOfWork;
		this.directory = directory;
		this.people = people;
	}

	/**
	 * @return whether it seeded (false when Riverside already had recognitions, or another node seeded at the same time)
	 */
	boolean seedOnce(Instant now) {
		// A node that starts with another one waits on the other's guard row while that one seeds; each wait is bounded
		// by the statement time limit (docs/reliability.md), so it asks again until the other is done, within a bound.
		long deadline = System.nanoTime() + OTHER_NODE_SEEDING.toNanos();
		while (true) {
			try {
				return seedOnceNow(now);
			}
			catch (ServiceUnavailable waitedOnAnotherNode) {
				if (System.nanoTime() > deadline) {
					throw waitedOnAnotherNode;
				}
				LOG.info("The demo recognitions' guard is held, probably by another node seeding them; asking again");
				try {
					Thread.sleep(1000);
				}
				catch (InterruptedException stop) {
					Thread.currentThread().interrupt();
					throw waitedOnAnotherNode;
				}
			}
		}
	}

	private boolean seedOnceNow(Instant now) {
		RecognitionBoard board = new RecognitionBoard(unitOfWork, people, Notifier.none(), clock);
		try {
			return unitOfWork.inTransaction(() -> {
				clock.at(now.minus(SPAN).minus(Duration.ofDays(1)));
				for (String screenName : ASK_FIRST) {
					board.choosePreference(as(screenName), DemoDirectory.RIVERSIDE, PreferenceView.asking(true));
				}
				Long existing = unitOfWork.entityManager().createQuery("SELECT COUNT(r) FROM Recognition r WHERE r.siteId = :site", Long.class)
					.setParameter("site", DemoDirectory.RIVERSIDE).getSingleResult();
				if (existing > 0) {
					return false;
				}
				seed(board, now);
				LOG.info("Seeded six months of demo recognitions for Riverside Community Clinic");
				return true;
			});
		}
		catch (Conflict seededByAnotherNode) {
			return false;
		}
	}

	private void seed(RecognitionBoard board, Instant now) {
		Random random = new Random(20121);
		Instant start = now.minus(SPAN);
		long step = SPAN.minus(Duration.ofDays(2)).toMinutes() / COUNT;
		for (int i = 0; i < COUNT; i++) {
			// office hours, a little after each step's start
			Instant at = start.plus(Duration.ofMinutes(step * i + random.nextInt((int) Math.max(1, step / 2))));
			clock.at(at.atZone(ZoneOffset.UTC).withHour(9 + random.nextInt(8)).toInstant());
			boolean lastDays = i >= COUNT - WAITING;
			String giver = PEOPLE.get(random.nextInt(PEOPLE.size()));
			List<String> recipients = new ArrayList<>();
			if (lastDays) {
				// the last few name someone who asks first, and wait for them
				recipients.add(ASK_FIRST.get(i % ASK_FIRST.size()));
				giver = recipients.contains(giver) ? "lee" : giver;
			}
			int howMany = random.nextInt(10) < 8 ? 1 : 2 + random.nextInt(2);
			while (recipients.size() < howMany) {
				String recipient = PEOPLE.get(random.nextInt(PEOPLE.size()));
				if (!recipient.equals(giver) && !recipients.contains(recipient)) {
					recipients.add(recipient);
				}
			}
			String[] message = MESSAGES[i % MESSAGES.length];
			List<String> values = List.of(message).subList(1, message.length);
			Visibility visibility = random.nextInt(100) < 15 && !lastDays ? Visibility.PRIVATE : Visibility.BOARD;
			RecognitionView given;
			try {
				given = board.give(as(giver), DemoDirectory.RIVERSIDE, new RecognitionDraft(keys(recipients), message[0], values, visibility, false));
			}
			catch (PrivacyWarningsFound notForTheDemo) {
				continue;
			}
			decide(board, given, recipients, i, now);
			react(board, random, given, giver, recipients);
		}
	}

	/** Those who chose "ask me first" approve what is older than two weeks, except now and then; one of them hides one. */
	private void decide(RecognitionBoard board, RecognitionView given, List<String> recipients, int index, Instant now) {
		for (String recipient : recipients) {
			if (!ASK_FIRST.contains(recipient) || given.getVisibility() == Visibility.PRIVATE) {
				continue;
			}
			clock.at(clock.instant().plus(Duration.ofHours(3)));
			boolean recent = clock.instant().isAfter(now.minus(Duration.ofDays(14)));
			if (index >= COUNT - WAITING) {
				continue;
			}
			if (index % 7 == 3) {
				board.hide(as(recipient), DemoDirectory.RIVERSIDE, given.getId());
			}
			else if (!recent && index % 5 != 1) {
				board.approve(as(recipient), DemoDirectory.RIVERSIDE, given.getId());
			}
		}
	}

	private void react(RecognitionBoard board, Random random, RecognitionView given, String giver, List<String> recipients) {
		if (given.getVisibility() == Visibility.PRIVATE) {
			return;
		}
		int celebrations = random.nextInt(6);
		for (int j = 0; j < celebrations; j++) {
			String colleague = PEOPLE.get(random.nextInt(PEOPLE.size()));
			clock.at(clock.instant().plus(Duration.ofMinutes(20 + random.nextInt(200))));
			try {
				board.celebrate(as(colleague), DemoDirectory.RIVERSIDE, given.getId());
				if (random.nextInt(4) == 0 && !colleague.equals(giver) && !recipients.contains(colleague)) {
					board.comment(as(colleague), DemoDirectory.RIVERSIDE, given.getId(),
						new CommentRequest(COMMENTS.get(random.nextInt(COMMENTS.size())), false));
				}
			}
			catch (org.peervoice.core.kernel.UnknownItem notOnTheBoardForThem) {
				// pending for everyone who asked first: only the people involved see it yet
			}
		}
	}

	private List<String> keys(List<String> screenNames) {
		List<String> keys = new ArrayList<>();
		for (String screenName : screenNames) {
			keys.add(directory.user(screenName).orElseThrow().userKey());
		}
		return keys;
	}

	private Identity as(String screenName) {
		return new DemoIdentity(directory, directory.user(screenName).orElseThrow());
	}

	/** The clock the seeding's board reads: set back to each moment of the history in turn (not the portal's clock bean). */
	@Vetoed
	private static final class SetBackClock extends Clock {

		private Instant now = Instant.EPOCH;

		void at(Instant instant) {
			this.now = instant;
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}

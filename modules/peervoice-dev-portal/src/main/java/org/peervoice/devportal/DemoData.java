package org.peervoice.devportal;

import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.peervoice.core.PeerVoiceServices;
import org.peervoice.core.anonymity.Mixer;
import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.ServiceUnavailable;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.suggestion.Publication;
import org.peervoice.core.suggestion.SuggestionBoard;
import org.peervoice.core.suggestion.SuggestionDraft;
import org.peervoice.core.suggestion.SuggestionQuery;
import org.peervoice.core.suggestion.SuggestionReview;
import org.peervoice.core.suggestion.SuggestionSettings;
import org.peervoice.core.suggestion.SuggestionSettingsService;
import org.peervoice.core.suggestion.SuggestionStatus;

/**
 * A first start's demo content for Riverside Community Clinic, posted through the real
 * suggestion services as the demo users: suggestions in every state, some anonymous, some votes.
 * A site that already has suggestions is left alone. Six months of recognitions come from
 * {@link DemoRecognitions}, seeded once on their own.
 */
@Singleton
class DemoData {

	private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
	/** How often seeding asks again for a mixing that lost to another node's (about 20 s in all). */
	private static final int MIXING_ATTEMPTS = 8;

	private final SuggestionBoard board;
	private final SuggestionReview review;
	private final SuggestionSettingsService settings;
	private final Mixer mixer;
	private final DemoDirectory directory;
	private final DemoRecognitions recognitions;
	private final Clock clock;

	@Inject
	DemoData(PeerVoiceServices services, DemoDirectory directory, UnitOfWork unitOfWork, Clock clock) {
		this.recognitions = new DemoRecognitions(unitOfWork, directory, services.people());
		this.clock = clock;
		this.board = services.suggestionBoard();
		this.review = services.suggestionReview();
		this.settings = services.suggestionSettings();
		this.mixer = services.mixer();
		this.directory = directory;
	}

	/**
	 * Seeds the suggestions unless the site has some, and the history of recognitions unless it has some.
	 *
	 * @return whether it seeded suggestions (false when the site already had suggestions)
	 */
	boolean seedOnFirstStart() {
		recognitions.seedOnce(clock.instant());
		Identity admin = as("admin");
		SuggestionQuery everything = new SuggestionQuery(null, null, null, SuggestionQuery.View.QUEUE);
		if (board.list(admin, DemoDirectory.RIVERSIDE, everything, new PageRequest(1, 1)).totalCount() > 0) {
			return false;
		}
		SuggestionSettings current = settings.settings(admin, DemoDirectory.RIVERSIDE);
		try {
			settings.updateSettings(admin, DemoDirectory.RIVERSIDE, new SuggestionSettings(Publication.REVIEW_FIRST, current.getCategories()));
		}
		catch (Conflict anotherNodeSeeds) {
			// Nodes that start at the same moment on one database (docs/reliability.md) all find the site empty; the
			// site's settings row, saved first, is the claim: its unique key lets one node seed, the others leave it.
			LOG.info("Another node is seeding the demo suggestions for Riverside Community Clinic");
			return false;
		}
		seedRiverside();
		LOG.info("Seeded demo suggestions for Riverside Community Clinic");
		return true;
	}

	private void seedRiverside() {
		Identity alex = as("alex");
		Identity casey = as("casey");
		Identity lee = as("lee");
		Identity admin = as("admin");

		submit(alex, "Respectful language about peers in team notes", "Some team notes still describe our peer staff as former patients rather than as colleagues. "
			+ "It would help if the next all-staff training covered person-first, recovery-oriented language for how we write about each other.", "workplace-culture", true);

		String roleScope = submit(casey, "Clarify what peer specialists should not be asked to do",
			"Peers keep getting pulled into transport and front-desk coverage, which takes time away from the people we support. "
				+ "A short list of what is and is not part of the peer role, shared with supervisors, would cut down on role drift.",
			"peer-role-and-scope", false);
		review.respond(lee, roleScope, SuggestionStatus.UNDER_REVIEW,
			"Thank you for raising this. Leadership and HR are comparing our peer job descriptions with the state toolkit this month.");
		vote(List.of(alex, admin), roleScope);

		String quietRoom = submit(casey, "A quiet room to decompress after hard conversations",
			"After a difficult session there is nowhere to take ten minutes before the next person arrives. "
				+ "A small, quiet room for staff would support the trauma-informed care we ask of ourselves.",
			"workplace-culture", true);
		review.respond(lee, quietRoom, SuggestionStatus.PLANNED,
			"We will turn the small meeting room on the second floor into a staff wellbeing room next quarter.");
		vote(List.of(alex, lee, admin), quietRoom);

		String eveningGroup = submit(alex, "Evening recovery group for people who work days",
			"Several people we support have said they cannot attend daytime groups because of their jobs. "
				+ "An evening peer-led group one night a week would open the door for them.",
			"services-and-access", false);
		review.respond(lee, eveningGroup, SuggestionStatus.IN_PROGRESS,
			"Two peer specialists volunteered to co-facilitate. We are arranging evening building access and will announce the start soon.");
		vote(List.of(casey, admin), eveningGroup);

		String teamMeetings = submit(alex, "Invite peer staff to treatment team meetings",
			"Peer specialists often know what matters most to the person, but we only hear about plan changes afterwards. "
				+ "Having a peer at the weekly team meeting would bring that voice into the conversation.",
			"policies-and-procedures", false);
		review.respond(lee, teamMeetings, SuggestionStatus.UNDER_REVIEW, "Good idea; we are discussing it with the clinical directors.");
		vote(List.of(casey, lee, admin), teamMeetings);
		review.respond(lee, teamMeetings, SuggestionStatus.DONE,
			"You said, we did: a peer specialist now joins every weekly treatment team meeting, and the agenda has a standing peer perspective item.");

		String conference = submit(casey, "Fund every peer specialist to attend the state peer conference",
			"The annual conference is where we renew our certification hours and learn from other programs.",
			"supervision-and-training", false);
		review.respond(admin, conference, SuggestionStatus.DECLINED,
			"We cannot fund conference travel for everyone this year. Instead we are paying for the online continuing-education courses "
				+ "that count toward certification, and two peers will attend the conference and share what they learn.");
	}

	// Demo items are mixed at once, so that reviewers can act on them while seeding.
	private String submit(Identity writer, String title, String body, String category, boolean anonymous) {
		String id = board.submit(writer, DemoDirectory.RIVERSIDE, new SuggestionDraft(title, body, category, anonymous, false)).getSuggestion().getId();
		mixNow(new Scope(writer.companyId(), DemoDirectory.RIVERSIDE));
		return id;
	}

	/**
	 * Another node starting at the same moment mixes on its own timer, and on MariaDB rebuilds the mixed tables after
	 * each run: a mixing here may lose to it several times in a row (a 503 after the unit of work's attempts). Seeding
	 * asks again, within a bound, instead of failing the start (docs/reliability.md).
	 */
	private void mixNow(Scope site) {
		for (int attempt = 1;; attempt++) {
			try {
				mixer.mixNow(site);
				return;
			}
			catch (ServiceUnavailable busy) {
				if (attempt >= MIXING_ATTEMPTS) {
					throw busy;
				}
				try {
					Thread.sleep(500L * attempt);
				}
				catch (InterruptedException stop) {
					Thread.currentThread().interrupt();
					throw busy;
				}
			}
		}
	}

	private void vote(List<Identity> voters, String suggestionId) {
		for (Identity voter : voters) {
			board.vote(voter, suggestionId);
		}
		mixer.mixNow(new Scope(voters.get(0).companyId(), DemoDirectory.RIVERSIDE));
	}

	private Identity as(String screenName) {
		return new DemoIdentity(directory, directory.user(screenName).orElseThrow());
	}

}

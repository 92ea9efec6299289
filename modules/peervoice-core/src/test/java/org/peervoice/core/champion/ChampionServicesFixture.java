package org.peervoice.core.champion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peervoice.core.fixtures.DirectUnitOfWork;
import org.peervoice.core.fixtures.MovableClock;
import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.core.notification.NotificationEvent;

/** The champion use cases on one in-memory repository, as their constructors build them; no database. */
final class ChampionServicesFixture {

	final SiteMember ana = SiteMember.withRole("user-ana", PeerVoiceRole.PEER_CHAMPION);
	final SiteMember jose = SiteMember.withRole("user-jose", PeerVoiceRole.PEER_CHAMPION);
	final SiteMember staff = SiteMember.staff("user-sam");
	final SiteMember lee = SiteMember.withRole("user-lee", PeerVoiceRole.PEER_VOICE_LEADERSHIP);
	final SiteMember admin = SiteMember.withRole("user-admin", PeerVoiceRole.SITE_ADMINISTRATOR);
	final SiteMember guest = SiteMember.guest();

	final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T14:37:21.123Z"));
	final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
	final InMemoryChampions repository = new InMemoryChampions();
	final Map<String, PeopleDirectory.Profile> profiles = Map.of("user-ana",
		new PeopleDirectory.Profile("Ana Ruiz", "ana.ruiz@example.org", "Nurse Educator"),
		"user-nia", new PeopleDirectory.Profile("Nia Okafor", "nia.okafor@example.org", "Care Coordinator"));
	/** Active members of {@link SiteMember#SITE} as the people directory knows them. */
	static final Map<String, String> MEMBERS = Map.of("user-ana", "Ana Ruiz", "user-jose", "José Núñez", "user-sam", "Sam Lee",
		"user-nia", "Nia Okafor", "user-lee", "Lee Park");
	final SiteMember nia = SiteMember.named("user-nia", "Nia Okafor", PeerVoiceRole.SITE_MEMBER, SiteMember.SITE);
	final List<NotificationEvent> published = new ArrayList<>();
	final PeopleDirectory people = new PeopleDirectory() {
		@Override
		public Optional<Profile> profile(long companyId, String userKey) {
			return Optional.ofNullable(profiles.get(userKey));
		}

		@Override
		public Optional<PersonSummary> member(long companyId, long siteId, String userKey) {
			return siteId == SiteMember.SITE && MEMBERS.containsKey(userKey)
				? Optional.of(new PersonSummary(userKey, MEMBERS.get(userKey), "")) : Optional.empty();
		}
	};
	final ChampionListings listings = new ChampionListings(unitOfWork, repository, people, clock);
	final ChampionApprovals approvals = new ChampionApprovals(unitOfWork, repository, clock);
	final ChampionDirectory directory = new ChampionDirectory(unitOfWork, repository, clock);
	final ChampionSettingsService settings = new ChampionSettingsService(unitOfWork, repository);
	// the workflow
	final ChampionNominations nominations = new ChampionNominations(unitOfWork, repository, people, published::add, clock);
	final ChampionExpertise expertise = new ChampionExpertise(unitOfWork, repository, clock);
	final ChampionReminders reminders = new ChampionReminders(unitOfWork, repository, published::add, clock);
	final ChampionExport export = new ChampionExport(unitOfWork, directory, clock);

	static ListingDraft draft(String name) {
		return new ListingDraft(name, "Peer Support Specialist", ChampionCategory.PEER, "Questions about peer roles and supervision.")
			.email(name.toLowerCase().replaceAll("[^a-z]", ".") + "@example.org", Audience.EVERYONE)
			.phone("+1 202 555 0143", "12", Audience.CHAMPIONS_AND_LEADERSHIP)
			.location("Building B, room 214", Audience.EVERYONE)
			.officeHours("Tuesdays 2-4 pm", Audience.NOBODY)
			.preferredContact(ContactMethod.EMAIL)
			.programs(List.of("Outpatient", "Crisis Line"))
			.languages(List.of("English", "Español"))
			.expertise(List.of("supervision", "onboarding"));
	}

	/** Another champion of the site, the n-th. */
	SiteMember champion(int n) {
		return SiteMember.withRole("user-champion-" + n, PeerVoiceRole.PEER_CHAMPION);
	}

	/** A listing written, submitted and approved: in the directory. */
	ListingView published(SiteMember owner, ListingDraft draft) {
		listings.save(owner, SiteMember.SITE, draft);
		ListingView submitted = listings.submit(owner, SiteMember.SITE);
		return approvals.approve(lee, SiteMember.SITE, submitted.getId());
	}

}

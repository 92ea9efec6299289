package org.peervoice.core.champion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peervoice.core.champion.ChampionServicesFixture.draft;
import static org.peervoice.core.fixtures.SiteMember.SITE;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.peervoice.core.notification.NotificationEvent;
import org.peervoice.core.notification.NotificationType;

class ChampionRemindersTest {

	private final ChampionServicesFixture champions = new ChampionServicesFixture();

	private List<NotificationType> sent() {
		return champions.published.stream().map(NotificationEvent::type).collect(Collectors.toList());
	}

	@Test
	void theOwnerIsRemindedOnceBeforeTheDueDateAndOnceWhenTheListingBecameStale() {
		ListingView published = champions.published(champions.ana, draft("Ana Ruiz"));
		int before = 180 - ChampionLimits.REMIND_DAYS_BEFORE_DUE;

		champions.clock.advance(Duration.ofDays(before).minusMinutes(1));
		assertEquals(0, champions.reminders.run());
		champions.clock.advance(Duration.ofMinutes(1));
		assertEquals(1, champions.reminders.run());
		assertEquals(0, champions.reminders.run(), "once per period");
		champions.clock.advance(Duration.ofDays(ChampionLimits.REMIND_DAYS_BEFORE_DUE + 29));
		assertEquals(0, champions.reminders.run(), "due and in the grace period: reminded already");
		champions.clock.advance(Duration.ofDays(1));
		assertEquals(1, champions.reminders.run());
		assertEquals(0, champions.reminders.run());

		assertEquals(List.of(NotificationType.CHAMPION_CONFIRM_DUE, NotificationType.CHAMPION_LISTING_STALE), sent());
		assertTrue(champions.published.stream().allMatch(event -> "user-ana".equals(event.recipientKey())
			&& published.getId().equals(event.itemId())));
	}

	@Test
	void confirmingStartsANewPeriodWithItsOwnReminders() {
		champions.published(champions.ana, draft("Ana Ruiz"));
		champions.clock.advance(Duration.ofDays(170));
		champions.reminders.run();

		champions.listings.confirm(champions.ana, SITE);
		champions.clock.advance(Duration.ofDays(170));

		assertEquals(1, champions.reminders.run());
		assertEquals(List.of(NotificationType.CHAMPION_CONFIRM_DUE, NotificationType.CHAMPION_CONFIRM_DUE), sent());
	}

	@Test
	void draftsAndListingsOfPeopleWhoLeftAreNotReminded() {
		champions.listings.save(champions.ana, SITE, draft("Ana Ruiz"));
		champions.published(champions.jose, draft("José Núñez"));
		champions.directory.personLeft(org.peervoice.core.fixtures.SiteMember.COMPANY, "user-jose");

		champions.clock.advance(Duration.ofDays(400));

		assertEquals(0, champions.reminders.run());
	}

	/**
	 * Generated timelines: random settings, random steps of the clock, confirmations now and then. Each due date gets
	 * at most one reminder of each kind, a stale reminder only once the listing is stale, and a reminder of each kind
	 * for every due date the timer saw in its window.
	 */
	@Test
	void generatedTimelinesRemindAtMostOncePerDueDateAndKind() {
		Random random = new Random(7_2026L);
		for (int run = 0; run < 60; run++) {
			ChampionServicesFixture fixture = new ChampionServicesFixture();
			int reconfirm = ChampionLimits.RECONFIRM_DAYS_MIN + random.nextInt(200);
			int grace = random.nextInt(60);
			fixture.settings.updateSettings(fixture.admin, SITE, new ChampionSettings(true, reconfirm, grace, "US"));
			fixture.published(fixture.ana, draft("Ana Ruiz"));
			Map<String, Integer> perDueAndKind = new HashMap<>();
			for (int step = 0; step < 80; step++) {
				fixture.clock.advance(Duration.ofHours(1 + random.nextInt(24 * 20)));
				if (random.nextInt(25) == 0) {
					fixture.listings.confirm(fixture.ana, SITE);
				}
				ListingView mine = fixture.listings.mine(fixture.ana, SITE);
				Instant due = mine.getWorkflow().getConfirmDueAt();
				int before = fixture.published.size();
				fixture.reminders.run();
				for (NotificationEvent event : fixture.published.subList(before, fixture.published.size())) {
					perDueAndKind.merge(due + " " + event.type(), 1, Integer::sum);
					if (event.type() == NotificationType.CHAMPION_LISTING_STALE) {
						assertTrue(mine.getWorkflow().isStale(), "stale reminder only when stale");
					}
					else {
						assertTrue(!fixture.clock.instant().isBefore(due.minus(Duration.ofDays(ChampionLimits.REMIND_DAYS_BEFORE_DUE))),
							"not before the reminder window");
					}
				}
				if (mine.getWorkflow().isStale()) {
					assertEquals(1, perDueAndKind.getOrDefault(due + " " + NotificationType.CHAMPION_LISTING_STALE, 0));
				}
			}
			assertTrue(perDueAndKind.values().stream().allMatch(count -> count == 1), perDueAndKind.toString());
		}
	}

}

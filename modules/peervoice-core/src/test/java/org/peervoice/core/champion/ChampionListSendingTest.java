package org.peervoice.core.champion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.peervoice.core.fixtures.SiteMember.SITE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.peervoice.core.kernel.NotPermitted;
import org.peervoice.core.kernel.TooManyRequests;
import org.peervoice.core.notification.NotificationEvent;
import org.peervoice.core.notification.NotificationType;

class ChampionListSendingTest {

	private final ChampionServicesFixture champions = new ChampionServicesFixture();
	private final List<NotificationEvent> sent = new ArrayList<>();
	private final ChampionListSending sending = new ChampionListSending(champions.unitOfWork, champions.repository, sent::add,
		champions.clock);

	@Test
	void leadershipSendsTheListToEveryListedChampionOnceAndAtMostOnceAnHour() {
		champions.published(champions.ana, ChampionServicesFixture.draft("Ana Ruiz"));
		String jose = champions.published(champions.jose, ChampionServicesFixture.draft("José Díaz")).getId();
		champions.listings.save(champions.jose, SITE, ChampionServicesFixture.draft("José Díaz").pronouns("él"));
		champions.listings.save(champions.champion(1), SITE, ChampionServicesFixture.draft("Draft Only"));

		assertEquals(2, sending.sendToAllChampions(champions.lee, SITE));
		assertEquals(List.of("user-ana", "user-jose"), sent.stream().map(NotificationEvent::recipientKey).sorted()
			.collect(Collectors.toList()), "each listed champion once, though José has a pending revision; no draft");
		assertEquals(1, sent.stream().map(NotificationEvent::itemId).distinct().count());
		sent.forEach(event -> assertEquals(NotificationType.CHAMPION_LIST, event.type()));

		champions.clock.advance(Duration.ofMinutes(59));
		TooManyRequests tooSoon = assertThrows(TooManyRequests.class, () -> sending.sendToAllChampions(champions.lee, SITE));
		assertEquals(60, tooSoon.retryAfterSeconds());
		assertEquals(2, sent.size());
		champions.clock.advance(Duration.ofMinutes(1));
		assertEquals(2, sending.sendToAllChampions(champions.lee, SITE));
		assertEquals(4, sent.size());
		assertEquals(jose.length(), sent.get(3).itemId().length());
	}

	@Test
	void onlyLeadershipSends() {
		champions.published(champions.ana, ChampionServicesFixture.draft("Ana Ruiz"));

		assertThrows(NotPermitted.class, () -> sending.sendToAllChampions(champions.ana, SITE));
		assertThrows(NotPermitted.class, () -> sending.sendToAllChampions(champions.staff, SITE));
		assertEquals(List.of(), sent);
	}

}

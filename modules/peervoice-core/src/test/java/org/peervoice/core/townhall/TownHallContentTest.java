package org.peervoice.core.townhall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.peervoice.core.kernel.InvalidInput;

class TownHallContentTest {

	private static TownHallDraft draft() {
		return new TownHallDraft("Spring town hall", "2027-03-04T15:00:00-06:00", "2027-03-04T16:00:00-06:00", "America/Chicago");
	}

	private static InvalidInput refused(TownHallDraft draft) {
		return assertThrows(InvalidInput.class, () -> TownHallContent.of(draft, key -> key.equals("other")));
	}

	@Test
	void timesWithAnyOffsetAreTheSameInstantAndDefaultsApply() {
		TownHallContent content = TownHallContent.of(draft(), key -> true);

		assertEquals(Instant.parse("2027-03-04T21:00:00Z"), content.startsAt);
		assertTrue(content.anonymousAllowed && content.preModeration);
		assertEquals(7, content.feedbackDays);
		assertEquals(30, content.liveMixingSeconds);
		assertNull(content.meetingUrl);
	}

	@Test
	void onlyAbsoluteHttpAndHttpsLinksAreMeetingLinks() {
		for (String url : List.of("https://meet.example.org/a?b=c", "http://10.0.0.5:8080/room", "HTTPS://Example.org")) {
			assertEquals(url, TownHallContent.of(draft().withPlace(null, url), key -> true).meetingUrl);
		}
		for (String url : List.of("javascript:alert(1)", "data:text/html,x", "//example.org/x", "ftp://example.org", "https://",
			"https://user:pw@example.org/", "mailto:a@example.org", "example.org/room")) {
			assertTrue(refused(draft().withPlace(null, url)).fieldErrors().containsKey("meetingUrl"), url);
		}
	}

	@Test
	void anEndBeforeTheStartAnUnknownZoneAndForeignTopicsAreFieldErrorsTogether() {
		InvalidInput refused = refused(new TownHallDraft("Town hall", "2027-03-04T15:00:00Z", "2027-03-04T14:00:00Z", "Mars/Olympus")
			.withTopics(List.of("other", "not-a-category")));

		assertEquals(List.of("endsAt", "timeZone", "topics"), List.copyOf(refused.fieldErrors().keySet()));
	}

	@Test
	void settingsOutsideTheirRangesAreRefusedWhateverTheValue() {
		Random random = new Random(8);
		for (int i = 0; i < 200; i++) {
			int days = random.nextInt(400) - 200;
			int seconds = random.nextInt(400) - 200;
			TownHallDraft draft = draft().withSettings(null, null, null, days, seconds);
			boolean valid = days >= 0 && days <= 90 && seconds >= 10 && seconds <= 60;
			if (valid) {
				assertEquals(seconds, TownHallContent.of(draft, key -> true).liveMixingSeconds);
			}
			else {
				refused(draft);
			}
		}
	}

	@Test
	void aQuestionBecomesASuggestionTitleOfOneLineWithinTheLimit() {
		assertEquals("Why? Because.", TownHallQuestions.title("Why?\n\nBecause."));
		String long300 = "a".repeat(148) + "\uD83D\uDE00" + "b".repeat(150);
		String title = TownHallQuestions.title(long300);
		assertTrue(title.length() <= 150 && title.endsWith("\u2026"), title);
		assertTrue(!Character.isHighSurrogate(title.charAt(title.length() - 2)), "no half character");
	}

}

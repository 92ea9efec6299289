package org.peervoice.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peervoice.it.ApiClient.json;

import java.util.List;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.peervoice.it.ApiClient;

/**
 * Text people write, in a right-to-left script, shown where it is read (a suggestion's title and body, a town hall's
 * title and question, a recognition's message, a person's name beside it): every place that shows it isolates it
 * (dir="auto" or a bdi element), so it keeps its own direction and cannot reorder the words and numbers around it.
 */
@RunAsClient
@DisabledIfSystemProperty(named = "arquillian.launch", matches = "postgresql|mariadb", disabledReason = BrowserTestCase.ONCE_IS_ENOUGH)
class UserTextDirectionBrowserIT extends BrowserTestCase {

	/** Hebrew and Arabic words ("quiet kitchen", "question"), with a mark of this run. */
	private final String hebrew = "\u05de\u05d8\u05d1\u05d7 \u05e9\u05e7\u05d8 " + randomLetters(6);
	private final String arabic = "\u0633\u0624\u0627\u0644 " + randomLetters(6);

	@Test
	void textWrittenRightToLeftIsIsolatedWhereverItIsShown() {
		String suggestion = session("alex").post("/sites/" + RIVERSIDE + "/suggestions", json("title", hebrew, "body", hebrew + " 2 3 4.",
			"category", "other", "anonymous", false)).expect(201).path("id").asText();
		ApiClient lee = session("lee");
		String townHall = lee.post("/sites/" + RIVERSIDE + "/town-halls", json("title", arabic, "startsAt", "2027-06-01T10:00:00-05:00",
			"endsAt", "2027-06-01T11:00:00-05:00", "timeZone", "America/Chicago", "topics", List.of("workplace-culture"))).expect(201)
			.path("id").asText();
		lee.post("/town-halls/" + townHall + "/state", json("state", "SCHEDULED")).expect(200);
		session("alex").post("/town-halls/" + townHall + "/questions", json("text", arabic + " 1 2?", "topic", "workplace-culture",
			"anonymous", false)).expect(201);
		String recognition = session("jordan").post("/sites/" + RIVERSIDE + "/recognitions", json("recipients", List.of("u-1006"),
			"message", hebrew + " 5.", "values", List.of("hope"), "visibility", "BOARD")).expect(201).path("id").asText();

		driver.manage().window().setSize(new Dimension(360, 800));
		signIn("alex");
		driver.get(baseUri().resolve("sites/" + RIVERSIDE + "?lang=es#pv-suggestion=" + suggestion).toString());
		visible(By.cssSelector("pv-suggestion-box .pv-single [data-title]"));
		assertIsolated(hebrew, 2, "the suggestion");

		driver.get(baseUri().resolve("sites/" + RIVERSIDE + "/town-halls?lang=es#pvt-id=" + townHall).toString());
		visible(By.cssSelector("pv-town-hall [data-question-text]"));
		assertIsolated(arabic, 2, "the town hall's page");

		signOut();
		signIn("jordan");
		driver.get(baseUri().resolve("sites/" + RIVERSIDE + "/recognitions?lang=es#pv-recognition=" + recognition).toString());
		visible(By.cssSelector("article[data-recognition-id='" + recognition + "'] [data-message]"));
		assertIsolated(hebrew, 1, "the recognition");

		// a title inside a translated sentence ("Moderación: {0}", "Editar: {0}") is isolated too (sentence, pv-dom.js)
		signOut();
		signIn("lee");
		driver.get(baseUri().resolve("sites/" + RIVERSIDE + "/town-halls?lang=es#pvt-view=moderate&pvt-id=" + townHall).toString());
		visible(By.cssSelector("pv-town-hall [data-question-text]"));
		assertIsolated(arabic, 2, "the moderation queue, its heading included");
		driver.get(baseUri().resolve("sites/" + RIVERSIDE + "/town-halls?lang=es#pvt-view=edit&pvt-id=" + townHall).toString());
		visible(By.cssSelector("pv-town-hall form[data-form=town-hall]"));
		assertIsolated(arabic, 1, "the edit form's heading");
	}

	/** Every text node of the page's PeerVoice elements that holds the text is inside an element of its own direction. */
	private void assertIsolated(String text, int atLeast, String where) {
		@SuppressWarnings("unchecked")
		List<Object> found = (List<Object>) script("const text = arguments[0]; const shown = [];"
			+ "for (const root of document.querySelectorAll('.pv-ui')) {"
			+ "  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);"
			+ "  for (let node = walker.nextNode(); node; node = walker.nextNode()) {"
			+ "    if (node.textContent.includes(text)) shown.push(node.parentElement.closest('[dir=auto], bdi') ? 'isolated' : node.parentElement.outerHTML.slice(0, 200)); } }"
			+ "return shown;", text);
		assertTrue(found.size() >= atLeast, where + ": shown " + found.size() + " times");
		assertEquals(List.of(), found.stream().filter(each -> !"isolated".equals(each)).collect(java.util.stream.Collectors.toList()), where + ": text not isolated");
	}

}

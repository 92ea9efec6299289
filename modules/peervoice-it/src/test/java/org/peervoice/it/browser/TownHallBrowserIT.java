package org.peervoice.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peervoice.it.ApiClient.json;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peervoice.it.ApiClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A live town hall in real browsers: an attendee asks anonymously on a 360-px phone and votes; a second browser sees
 * the question and its count appear without reloading; the moderator highlights it, the presenter view shows it, and
 * the moderator answers it in writing. Then axe checks every view in English and Spanish, and the queue, the question
 * tabs and the presenter view are driven by the keyboard alone. A named asker edits and withdraws their questions under
 * "Your questions" by keyboard on a phone, and a question taken forward leads from its suggestion back to itself.
 */
@RunAsClient
@DisabledIfSystemProperty(named = "arquillian.launch", matches = "postgresql|mariadb", disabledReason = BrowserTestCase.ONCE_IS_ENOUGH)
class TownHallBrowserIT extends BrowserTestCase {

	private static final List<String> LANGUAGES = List.of("en", "es");
	private static final String VOTE = "button[data-action=vote]";

	/** A CSS colour's relative luminance, lum(c), as WCAG defines it, for the contrast checks in the page. */
	private static final String LUMINANCE = "const rgb = (c) => c.match(/[\\d.]+/g).slice(0, 3).map(Number).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });"
		+ "const lum = (c) => { const [R, G, B] = rgb(c); return 0.2126 * R + 0.7152 * G + 0.0722 * B; };";

	/** A town hall of Riverside, moved on by leadership to the given states; its id. */
	private String townHall(String title, boolean preModeration, String... states) {
		ApiClient lee = session("lee");
		Instant start = Instant.now().plus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
		String id = lee.post("/sites/" + RIVERSIDE + "/town-halls", json("title", title, "description", "Questions for leadership.",
			"startsAt", start.toString(), "endsAt", start.plus(1, ChronoUnit.HOURS).toString(), "timeZone", "America/Chicago",
			"place", "Main hall", "anonymousQuestionsAllowed", true, "preModeration", preModeration)).expect(201).path("id").asText();
		for (String state : states) {
			lee.post("/town-halls/" + id + "/state", json("state", state)).expect(200);
		}
		return id;
	}

	private void openTownHall(String id, String language) {
		driver.get(baseUri().resolve("sites/" + RIVERSIDE + "/town-halls?lang=" + language + "#pvt-id=" + id).toString());
		visible(By.cssSelector("pv-town-hall [data-town-hall='" + id + "']"));
	}

	private By question(String text) {
		return By.xpath("//pv-town-hall//article[@data-question-id][.//*[@data-question-text][normalize-space(.)='" + text + "']]");
	}

	@Test
	void anAnonymousPhoneQuestionReachesTheOtherBrowserTheModeratorAndTheBigScreenLive() throws IOException {
		String id = townHall(unique("Spring town hall"), false, "SCHEDULED", "LIVE");
		String text = "When will the new rota start " + randomLetters(6) + "?";
		// open at once (no pre-moderation): the big screen lists it under the next questions, with its votes
		session("casey").post("/town-halls/" + id + "/questions", json("text", "Can the car park stay open late " + randomLetters(5) + "?",
			"topic", firstTopic(), "anonymous", false)).expect(201);
		ChromeDriver attendee = driver;
		WebDriverWait attendeeWait = wait;
		ChromeDriver moderator = anotherBrowser();
		try {
			driver.manage().window().setSize(new Dimension(360, 800));
			signIn("alex");
			openTownHall(id, "es");

			driver = moderator;
			wait = waitOn(moderator);
			signIn("lee");
			openTownHall(id, "en");

			driver = attendee;
			wait = attendeeWait;
			WebElement ask = visible(By.cssSelector("form[data-form=ask]"));
			assertReadableLayout("the town hall with its ask form at 360 px");
			ask.findElement(By.name("text")).sendKeys(text);
			Select topic = new Select(ask.findElement(By.name("topic")));
			topic.selectByIndex(1);
			ask.findElement(By.cssSelector("input[type=radio][name=anonymous][value=true]")).click();
			ask.findElement(By.cssSelector("button[data-action=ask]")).click();
			WebElement receipt = visible(By.cssSelector("[data-receipt-panel] [data-receipt]"));
			assertTrue(receipt.getText().trim().startsWith("PV-"), receipt.getText());
			assertEquals(Boolean.TRUE, script("const view = document.querySelector('pv-town-hall'); return view.scrollWidth <= view.clientWidth;"),
				"nothing of the town hall is wider than the phone");
			// the suggestion box's receipt panel (pv-receipt.js): copy, download and print, as for an anonymous suggestion
			for (String action : new String[] { "copy-receipt", "download-receipt", "print-receipt" }) {
				assertTrue(driver.findElement(By.cssSelector("[data-receipt-panel] button[data-action=" + action + "]")).isDisplayed(), action);
			}
			driver.findElement(By.cssSelector("[data-receipt-panel] button[data-action=copy-receipt]")).click();
			waitFor("the copy to be confirmed", browser -> !driver.findElement(By.cssSelector("[data-receipt-panel] [role=status]")).getText().isBlank());
			assertReadableLayout("the town hall's receipt at 360 px");
			screenshot("town-hall-receipt-360-es");
			driver.findElement(By.cssSelector("button[data-action=dismiss-receipt]")).click();
			String notice = visible(By.cssSelector("[data-ask-notice]")).getText();
			assertTrue(notice.contains("junto con al menos 2 preguntas an\u00f3nimas m\u00e1s") && notice.contains("al final de la reuni\u00f3n"),
				"a live anonymous asker is told their question appears with at least two others or at the end: " + notice);

			mixAnonymousWrites();

			driver = moderator;
			wait = waitOn(moderator);
			waitFor("the mixed question to appear in the other browser without reloading, with no votes",
				browser -> "0".equals(attributeIn(question(text), "[data-vote-count]", "data-vote-count")));
			moderator.executeScript("window.pvNotReloaded = true;");

			driver = attendee;
			wait = attendeeWait;
			waitFor("the attendee's own page to show the question", browser -> attributeIn(question(text), VOTE, "aria-pressed"));
			assertEquals("false", attributeIn(question(text), VOTE, "aria-pressed"));
			retryingWhileTheListRenders(() -> driver.findElement(question(text)).findElement(By.cssSelector(VOTE)).click());
			waitFor("the vote to be pressed", browser -> "true".equals(attributeIn(question(text), VOTE, "aria-pressed")));

			driver = moderator;
			wait = waitOn(moderator);
			waitFor("the count to reach the other browser", browser -> "1".equals(attributeIn(question(text), "[data-vote-count]", "data-vote-count")));
			assertEquals(Boolean.TRUE, moderator.executeScript("return window.pvNotReloaded === true;"), "the page was not reloaded");

			driver.findElement(By.cssSelector("a[data-action=open-moderation]")).click();
			visible(question(text));
			retryingWhileTheListRenders(() -> driver.findElement(question(text)).findElement(By.cssSelector("button[data-action=highlight]")).click());
			waitFor("the question to be highlighted", browser -> "HIGHLIGHTED".equals(attributeIn(question(text), null, "data-question-state")));
			driver.findElement(By.cssSelector("a[data-action=back-to-page]")).click();
			visible(By.cssSelector("a[data-action=open-presenter]")).click();
			assertEquals(text, visible(By.cssSelector("[data-presenter] [data-presenter-highlighted]")).getText().trim());
			// the big screen takes the whole window, not the page's column, with votes read from the back of the room
			visible(By.cssSelector("[data-presenter] ol[data-presenter-next] [data-presenter-votes]"));
			assertPresenterFillsTheWindowWithLargeVotes("the presenter view at 1280 px", 32);
			moderator.manage().window().setSize(new Dimension(1920, 1080));
			assertPresenterFillsTheWindowWithLargeVotes("the presenter view at 1920 px", 48);
			screenshot("town-hall-presenter-1920");
			moderator.manage().window().setSize(new Dimension(1280, 900));
			screenshot("town-hall-presenter-1280");

			driver.findElement(By.cssSelector("a[data-action=leave-presenter]")).click();
			visible(By.cssSelector("a[data-action=open-moderation]")).click();
			visible(question(text));
			retryingWhileTheListRenders(() -> driver.findElement(question(text)).findElement(By.cssSelector("details[data-section=answer] > summary")).click());
			WebElement highlighted = driver.findElement(question(text));
			highlighted.findElement(By.name("answer")).sendKeys("It starts on the first Monday of next month.");
			highlighted.findElement(By.cssSelector("button[data-action=confirm-answer]")).click();
			waitFor("the answered question to leave the queue", browser -> browser.findElements(question(text)).isEmpty());

			driver = attendee;
			wait = attendeeWait;
			waitFor("the answered question to leave the attendee's open tab", browser -> browser.findElements(question(text)).isEmpty());
			driver.findElement(By.cssSelector("button[data-question-tab=answered]")).click();
			WebElement answered = visible(question(text));
			assertTrue(answered.findElement(By.cssSelector("[data-answer]")).getText().contains("first Monday"));

			// the meeting ends while the big screen shows it: it says so, and Next question goes
			driver = moderator;
			wait = waitOn(moderator);
			driver.findElement(By.cssSelector("a[data-action=back-to-page]")).click();
			visible(By.cssSelector("a[data-action=open-presenter]")).click();
			visible(By.cssSelector("[data-presenter] [data-presenter-highlighted]"));
			visible(By.cssSelector("pv-town-hall button[data-action=advance]"));
			session("lee").post("/town-halls/" + id + "/state", json("state", "ENDED")).expect(200);
			visible(By.cssSelector("[data-presenter] [data-presenter-ended]"));
			assertTrue(driver.findElements(By.cssSelector("pv-town-hall button[data-action=advance]")).isEmpty(), "no Next question after the end");
			assertTrue(driver.findElements(By.cssSelector("[data-presenter] ol[data-presenter-next]")).isEmpty(), "nor questions to come");
		}
		finally {
			driver = attendee;
			wait = attendeeWait;
			moderator.quit();
		}
	}

	@Test
	void leadershipPublishesGoesLiveAndEndsFromThePageEndingOnlyOnceConfirmedAndIsToldWhenSomeoneChangedItMeanwhile() {
		String id = townHall(unique("Draft town hall"), false);
		signIn("lee");
		driver.manage().window().setSize(new Dimension(360, 800));
		openTownHall(id, "es");
		WebElement publish = visible(By.cssSelector("pv-town-hall [data-town-hall] button[data-action=publish]"));
		assertEquals("Publicar", publish.getText().trim());
		assertReadableLayout("a draft's page with Publish at 360 px");
		screenshot("town-hall-draft-publish-360-es");

		// someone edits the draft after this page read it: Publish refuses and says so, the draft stays a draft
		ApiClient lee = session("lee");
		JsonNode read = lee.get("/town-halls/" + id).expect(200);
		lee.put("/town-halls/" + id, json("title", read.path("title").asText() + " (edited)", "startsAt", read.path("startsAt").asText(),
			"endsAt", read.path("endsAt").asText(), "timeZone", read.path("timeZone").asText(), "version", read.path("version").asLong())).expect(200);
		publish.click();
		visible(By.cssSelector("pv-town-hall [data-town-hall] .alert-warning"));
		assertEquals("DRAFT", lee.get("/town-halls/" + id).expect(200).path("state").asText());

		driver.navigate().refresh(); // the same address: reloading reads the town hall (and its version) again
		visible(By.cssSelector("pv-town-hall [data-town-hall='" + id + "'] button[data-action=publish]")).click();
		visible(By.cssSelector("pv-town-hall [data-town-hall][data-state=SCHEDULED]"));
		assertTrue(driver.findElements(By.cssSelector("pv-town-hall button[data-action=publish]")).isEmpty(), "a published town hall has no Publish");
		assertEquals("SCHEDULED", lee.get("/town-halls/" + id).expect(200).path("state").asText());

		// Go live and End are among the page's tools (not only under Edit)
		WebElement goLive = visible(By.cssSelector("pv-town-hall [data-town-hall] .pv-th-toolbar button[data-action=state-live]"));
		assertEquals("Empezar en directo", goLive.getText().trim());
		assertReadableLayout("a scheduled town hall's page with Go live at 360 px");
		goLive.click();
		// going live takes the moderator to the queue, once the page has the answer: only then open the town hall's page
		// again (opening it as soon as the database said LIVE, the page's own step to the queue could come after it)
		waitFor("the moderation queue after going live", browser -> browser.getCurrentUrl().contains("pvt-view=moderate"));
		assertEquals("LIVE", lee.get("/town-halls/" + id).expect(200).path("state").asText());
		openTownHall(id, "es");
		WebElement end = visible(By.cssSelector("pv-town-hall [data-town-hall][data-state=LIVE] .pv-th-toolbar button[data-action=state-ended]"));

		// ending cannot be undone: it asks first, the focus on Cancel; Escape cancels and gives the focus back to End
		AccessibilityAudit audit = new AccessibilityAudit(driver);
		script("arguments[0].focus();", end);
		press(Keys.ENTER);
		waitFor("the confirmation to take the focus on Cancel", browser -> "cancel-state-ended".equals(focused("data-action")));
		assertTrue(driver.findElement(By.cssSelector("pv-town-hall [data-confirmation]")).getText().startsWith("\u00bfTerminar la reuni\u00f3n ahora?"),
			driver.findElement(By.cssSelector("pv-town-hall [data-confirmation]")).getText());
		assertReadableLayout("the confirmation to end the meeting at 360 px");
		audit.check("the confirmation to end the meeting at 360 px [es]");
		screenshot("town-hall-end-confirmation-360-es");
		press(Keys.ESCAPE);
		waitFor("Escape to put End back, with the focus", browser -> "state-ended".equals(focused("data-action")));
		assertEquals("LIVE", lee.get("/town-halls/" + id).expect(200).path("state").asText(), "nothing ends without the confirmation");
		press(Keys.ENTER);
		waitFor("the confirmation again", browser -> "cancel-state-ended".equals(focused("data-action")));
		new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
		assertEquals("confirm-state-ended", focused("data-action"));
		press(Keys.ENTER);
		visible(By.cssSelector("pv-town-hall [data-town-hall='" + id + "'][data-state=ENDED]"));
		assertEquals("ENDED", lee.get("/town-halls/" + id).expect(200).path("state").asText());
		audit.assertNoViolations();

		// the big screen of an ended meeting says so, and offers no next question
		driver.get(baseUri().resolve("sites/" + RIVERSIDE + "/town-halls?lang=es#pvt-view=presenter&pvt-id=" + id).toString());
		assertEquals("Esta reuni\u00f3n ha terminado. Gracias por participar.",
			visible(By.cssSelector("pv-town-hall [data-presenter] [data-presenter-ended]")).getText().trim());
		assertTrue(driver.findElements(By.cssSelector("pv-town-hall button[data-action=advance]")).isEmpty(), "no Next question after the end");
	}

	@Test
	void aPrivacyWarningOnAPhoneListsEachFindingOnceWithItsButtonsApart() {
		String id = townHall(unique("Warning town hall"), false, "SCHEDULED", "LIVE");
		signIn("casey");
		driver.manage().window().setSize(new Dimension(360, 800));
		openTownHall(id, "es");
		WebElement ask = visible(By.cssSelector("form[data-form=ask]"));
		ask.findElement(By.name("text")).sendKeys("Write to someone@example.org, yes someone@example.org, about the rota?");
		new Select(ask.findElement(By.name("topic"))).selectByIndex(1);
		ask.findElement(By.cssSelector("input[type=radio][name=anonymous][value=false]")).click();
		ask.findElement(By.cssSelector("button[data-action=ask]")).click();
		visible(By.cssSelector("[data-privacy-warnings] li[data-warning-code=email]"));
		assertEquals(1, driver.findElements(By.cssSelector("[data-privacy-warnings] li[data-warning-code=email]")).size(),
			"the same address twice is one warning");
		assertReadableLayout("the privacy warning at 360 px");
		screenshot("town-hall-privacy-warning-360-es");
	}

	@Test
	void everyViewMeetsWcag21AAInBothLanguagesAndTheKeyboardDrivesQueueTabsAndBigScreen() {
		String live = townHall(unique("Accessible town hall"), true, "SCHEDULED", "LIVE");
		session("alex").post("/town-halls/" + live + "/questions", json("text", "Can we have a quiet room " + randomLetters(5) + "?",
			"topic", firstTopic(), "anonymous", false)).expect(201);
		session("casey").post("/town-halls/" + live + "/questions", json("text", "What about parking " + randomLetters(5) + "?",
			"topic", firstTopic(), "anonymous", false)).expect(201);
		AccessibilityAudit audit = new AccessibilityAudit(driver);
		signIn("lee");
		for (String language : LANGUAGES) {
			driver.get(baseUri().resolve("sites/" + RIVERSIDE + "/town-halls?lang=" + language).toString());
			visible(By.cssSelector("pv-town-hall section[data-list=live]"));
			audit.check("town hall list [" + language + "]");

			openTownHall(live, language);
			visible(By.cssSelector("form[data-form=ask]")).findElement(By.cssSelector("button[data-action=ask]")).click();
			visible(By.cssSelector("form[data-form=ask] .has-error"));
			audit.check("ask form with field errors [" + language + "]");

			WebElement ask = driver.findElement(By.cssSelector("form[data-form=ask]"));
			ask.findElement(By.name("text")).sendKeys("Write to me at someone@example.org about it?");
			new Select(ask.findElement(By.name("topic"))).selectByIndex(1);
			ask.findElement(By.cssSelector("input[type=radio][name=anonymous][value=true]")).click();
			ask.findElement(By.cssSelector("button[data-action=ask]")).click();
			visible(By.cssSelector("[data-privacy-warnings] li[data-warning-code]"));
			audit.check("privacy warnings [" + language + "]");
			driver.findElement(By.cssSelector("button[data-action=edit-text]")).click();

			driver.findElement(By.cssSelector("a[data-action=open-moderation]")).click();
			visible(By.cssSelector("pv-town-hall article[data-question-state=PENDING]"));
			driver.findElement(By.cssSelector("button[data-action=shortcut-help]")).click();
			visible(By.cssSelector("[data-shortcut-help]"));
			driver.findElement(By.cssSelector("article[data-question-id] details[data-section=dismiss] > summary")).click();
			audit.check("moderation queue with the shortcut help and a dismissal form [" + language + "]");

			driver.findElement(By.cssSelector("a[data-action=back-to-page]")).click();
			visible(By.cssSelector("a[data-action=open-presenter]")).click();
			visible(By.cssSelector("[data-presenter] [data-presenter-highlighted]"));
			audit.check("presenter view [" + language + "]");

			driver.get(baseUri().resolve("sites/" + RIVERSIDE + "/town-halls?lang=" + language + "#pvt-view=edit&pvt-id=" + live).toString());
			visible(By.cssSelector("form[data-form=town-hall]"));
			audit.check("leadership form [" + language + "]");

			driver.get(baseUri().resolve("sites/" + RIVERSIDE + "/town-halls?lang=" + language + "#pvt-view=receipt").toString());
			WebElement lookup = visible(By.cssSelector("form[data-form=lookup]"));
			// a text that is not of a receipt's form is said to be none (not "does not exist"), at the field, which gets the focus
			lookup.findElement(By.name("receipt")).sendKeys("PV-1234-ABCD");
			lookup.findElement(By.cssSelector("button[data-action=lookup]")).click();
			assertEquals("es".equals(language) ? "Esto no es un comprobante." : "This is not a receipt.",
				visible(By.cssSelector("pv-town-hall [data-receipt-problem=not-a-receipt]")).getText().trim());
			waitFor("the receipt field to take the focus, marked invalid",
				browser -> "receipt".equals(focused("name")) && "true".equals(focused("aria-invalid")));
			audit.check("receipt look-up with a text that is not a receipt [" + language + "]");
		}
		audit.assertNoViolations();

		// the queue by keyboard: turn the shortcuts on, J to the first pending question, A approves it
		driver.get(baseUri().resolve("sites/" + RIVERSIDE + "/town-halls?lang=en#pvt-view=moderate&pvt-id=" + live).toString());
		visible(By.cssSelector("pv-town-hall article[data-question-state=PENDING]"));
		WebElement toggle = driver.findElement(By.cssSelector("pv-town-hall input[name=shortcuts]"));
		script("arguments[0].focus();", toggle);
		press(Keys.SPACE);
		int pending = driver.findElements(By.cssSelector("pv-town-hall article[data-question-state=PENDING]")).size();
		script("arguments[0].focus();", driver.findElement(By.cssSelector("pv-town-hall article[data-question-id]")));
		press("a");
		waitFor("A to approve the focused question", browser -> browser.findElements(
			By.cssSelector("pv-town-hall article[data-question-state=PENDING]")).size() == pending - 1);
		press("?");
		visible(By.cssSelector("[data-shortcut-help]"));

		// the question tabs follow the arrow keys
		driver.findElement(By.cssSelector("a[data-action=back-to-page]")).click();
		WebElement openTab = visible(By.cssSelector("button[data-question-tab=open]"));
		script("arguments[0].focus();", openTab);
		press(Keys.ARROW_RIGHT);
		// the live refresh may draw the tabs again between two reads: read again then
		waitFor("the answered tab to be chosen and focused", browser -> {
			try {
				WebElement active = browser.switchTo().activeElement();
				return "answered".equals(active.getAttribute("data-question-tab")) && "true".equals(active.getAttribute("aria-selected"));
			}
			catch (StaleElementReferenceException redrawn) {
				return false;
			}
		});

		// the big screen: N highlights the top question
		script("const before = document.createElement('button'); before.id = 'pv-inert-before'; before.inert = true;"
			+ "before.textContent = 'Inert before'; document.body.appendChild(before);");
		visible(By.cssSelector("a[data-action=open-presenter]")).click();
		visible(By.cssSelector("[data-presenter]"));
		script("document.activeElement.blur();");
		press("n");
		waitFor("N to put a question on the big screen", browser -> {
			String highlighted = attributeIn(By.cssSelector("[data-presenter] [data-presenter-highlighted]"), null, "data-presenter-highlighted");
			return highlighted != null && !highlighted.isEmpty();
		});

		// Tab stays in the view that covers the window: the page's links behind it are inert until the view is left, also
		// what the page adds while the view is open (a toast appended to the body, a link beside the town hall)
		script("const toast = document.createElement('button'); toast.id = 'pv-late-toast'; toast.textContent = 'A toast';"
			+ "document.body.appendChild(toast);"
			+ "const beside = document.createElement('a'); beside.id = 'pv-late-link'; beside.href = '#'; beside.textContent = 'A link';"
			+ "document.querySelector('pv-town-hall').parentElement.appendChild(beside);");
		for (int presses = 0; presses < 40; presses++) {
			press(Keys.TAB);
			Object outside = script("const a = document.activeElement;"
				+ "return a === document.body || a.closest('pv-town-hall .pv-presenter-frame') ? null : a.outerHTML.slice(0, 200);");
			assertNull(outside, "Tab reached what the presenter view covers (press " + (presses + 1) + ")");
		}
		visible(By.cssSelector("a[data-action=leave-presenter]")).click();
		visible(By.cssSelector("a[data-action=open-presenter]"));
		assertEquals(List.of("pv-inert-before"), script("return [...document.querySelectorAll('[inert]')].map((e) => e.id);"),
			"after the presenter view only what was inert before it stays inert");
		assertEquals(Boolean.FALSE, script("return document.getElementById('pv-late-toast').inert || document.getElementById('pv-late-link').inert;"),
			"what was added while it was open is no longer inert");
	}

	/**
	 * The big screen with everything on it (a question being answered, named and anonymous questions with votes, a poll's
	 * results) on a 360-px phone and a 1280-px laptop in both languages: it covers the window, nothing is wider than it, the
	 * votes are large, every text is at least 7:1 (the bar's buttons too), a poll's question reads as it was written, and
	 * no asker is named or marked anonymous. Screenshots of the window and of the whole view, to look at.
	 */
	@Test
	void theBigScreenFitsAPhoneAndALaptopInBothLanguagesAndNamesNoAsker() {
		String id = townHall(unique("Big screen town hall"), false, "SCHEDULED", "LIVE");
		String highlighted = "Can the peer team keep its Friday supervision hour when the new rota starts " + randomLetters(5) + "?";
		String[] questions = { highlighted, "Will the team room get a second kettle " + randomLetters(5) + "?",
			"Is there a plan for the parking during the renovation works " + randomLetters(5) + "?",
			"Can overtime be taken as time off " + randomLetters(5) + "?" };
		String[] askers = { "alex", "casey", "jose", "maria" };
		String[] voters = { "jordan", "kim", "dana", "priya", "marcus" };
		List<String> ids = new java.util.ArrayList<>();
		for (int i = 0; i < questions.length; i++) {
			ids.add(session(askers[i]).post("/town-halls/" + id + "/questions", json("text", questions[i], "topic", firstTopic(),
				"anonymous", i >= 2)).expect(201).path("id").asText());
		}
		// a third anonymous one, so that the live batch is not held back
		session("sofia").post("/town-halls/" + id + "/questions", json("text", "Who covers the front desk at lunch " + randomLetters(5) + "?",
			"topic", firstTopic(), "anonymous", true)).expect(201);
		mixAnonymousWrites();
		for (int i = 1; i < questions.length; i++) {
			for (String voter : List.of(voters).subList(0, questions.length - i + 1)) {
				session(voter).post("/town-hall-questions/" + ids.get(i) + "/votes", "{}").expect(201);
			}
		}
		ApiClient lee = session("lee");
		lee.post("/town-hall-questions/" + ids.get(0) + "/moderation", json("action", "highlight")).expect(200);
		String pollQuestion = "Which day suits the next town hall best for you?";
		String poll = lee.post("/town-halls/" + id + "/polls", json("question", pollQuestion,
			"options", List.of("Monday morning", "Thursday afternoon", "Friday after the team meeting"))).expect(201).path("id").asText();
		lee.post("/town-hall-polls/" + poll + "/state", json("state", "OPEN")).expect(200);
		for (int i = 0; i < voters.length; i++) {
			session(voters[i]).put("/town-hall-polls/" + poll + "/response", json("choices", List.of(i % 3))).expect(200);
		}
		mixAnonymousWrites();

		signIn("lee");
		for (String language : LANGUAGES) {
			driver.manage().window().setSize(new Dimension(1280, 900));
			driver.get(baseUri().resolve("sites/" + RIVERSIDE + "/town-halls?lang=" + language + "#pvt-view=presenter&pvt-id=" + id).toString());
			assertEquals(highlighted, visible(By.cssSelector("[data-presenter] [data-presenter-highlighted]")).getText().trim());
			visible(By.cssSelector("[data-presenter] [data-poll-results=shown]"));
			assertEquals(pollQuestion, driver.findElement(By.cssSelector("[data-presenter] [data-poll-id] > p")).getText().trim(),
				"a poll's question reads as it was written");
			waitFor("the next questions with their votes", browser -> browser.findElements(By.cssSelector("[data-presenter] ol[data-presenter-next] li")).size() >= 4);
			String screen = driver.findElement(By.cssSelector("pv-town-hall .pv-presenter-frame")).getText();
			for (String name : List.of("Alex Rivera", "Casey Morgan", "Jos\u00e9 N\u00fa\u00f1ez", "Mar\u00eda Fern\u00e1ndez", "Sof\u00eda Ram\u00edrez",
				"Anonymous", "An\u00f3nimo")) {
				assertFalse(screen.contains(name), "the big screen shows \"" + name + "\" [" + language + "]: " + screen);
			}
			for (int width : new int[] { 360, 1280 }) {
				driver.manage().window().setSize(new Dimension(width, 800));
				assertPresenterFillsTheWindowWithLargeVotes("the presenter view at " + width + " px [" + language + "]", width < 576 ? 24 : 32);
				assertEquals(Boolean.TRUE, script("const frame = document.querySelector('pv-town-hall .pv-presenter-frame');"
					+ "return frame.scrollWidth <= frame.clientWidth;"), "nothing of the presenter view is wider than " + width + " px [" + language + "]");
				assertPresenterTextsAtLeast7To1("the presenter view at " + width + " px [" + language + "]");
				screenshot("town-hall-presenter-" + width + "-" + language);
				// the frame scrolls, not the page (a screenshot shows the window): all of it in a window as tall as it
				driver.manage().window().setSize(new Dimension(width, 1800));
				screenshot("town-hall-presenter-" + width + "-" + language + "-whole");
			}
		}
	}

	@Test
	void aNamedAskerEditsAndWithdrawsTheirQuestionsUnderYourQuestionsByKeyboardOnAPhone() {
		String id = townHall(unique("Your questions town hall"), true, "SCHEDULED");
		String pendingText = "Could the break room get a kettle " + randomLetters(5) + "?";
		String openText = "Will the rota change in spring " + randomLetters(5) + "?";
		ApiClient alex = session("alex");
		String pending = alex.post("/town-halls/" + id + "/questions", json("text", pendingText, "topic", firstTopic(), "anonymous", false))
			.expect(201).path("id").asText();
		String open = alex.post("/town-halls/" + id + "/questions", json("text", openText, "topic", firstTopic(), "anonymous", false))
			.expect(201).path("id").asText();
		session("lee").post("/town-hall-questions/" + open + "/moderation", json("action", "approve")).expect(200);
		By mine = By.cssSelector("pv-town-hall section[data-my-questions]");
		By pendingCard = By.cssSelector("pv-town-hall section[data-my-questions] article[data-question-id='" + pending + "']");
		By openCard = By.cssSelector("pv-town-hall section[data-my-questions] article[data-question-id='" + open + "']");

		driver.manage().window().setSize(new Dimension(360, 800));
		signIn("alex");
		AccessibilityAudit audit = new AccessibilityAudit(driver);
		for (String language : LANGUAGES) {
			openTownHall(id, language);
			assertEquals("PENDING", visible(pendingCard).getAttribute("data-question-state"), "a pending question is the asker's to see");
			assertEquals("OPEN", visible(openCard).getAttribute("data-question-state"));
			assertEquals(Boolean.TRUE, script("const view = document.querySelector('pv-town-hall'); return view.scrollWidth <= view.clientWidth;"),
				"nothing of the town hall is wider than the phone");
			assertEveryQuestionTabShows("the question tabs at 360 px [" + language + "]");
			driver.manage().window().setSize(new Dimension(320, 800));
			assertEveryQuestionTabShows("the question tabs at 320 px [" + language + "]");
			screenshot("town-hall-question-tabs-320-" + language);
			driver.manage().window().setSize(new Dimension(360, 800));
			audit.check("your questions at 360 px [" + language + "]");
			// the open question's form: its help says an edit goes back to the moderators
			script("arguments[0].focus();", driver.findElement(openCard).findElement(By.cssSelector("button[data-action=edit-question]")));
			press(Keys.ENTER);
			visible(By.cssSelector("pv-town-hall section[data-my-questions] form[data-form=edit-question] .form-text"));
			audit.check("your questions with the edit form at 360 px [" + language + "]");
			driver.findElement(openCard).findElement(By.cssSelector("button[data-action=cancel-edit-question]")).click();
		}
		audit.assertNoViolations();

		// edit the pending question: Enter on Edit, the text has the focus, Tab to Save, Enter
		String edited = "Could the break room get a kettle and cups " + randomLetters(5) + "?";
		script("arguments[0].focus();", driver.findElement(pendingCard).findElement(By.cssSelector("button[data-action=edit-question]")));
		press(Keys.ENTER);
		waitFor("the question's text to take the focus", browser -> "text".equals(focused("name")));
		new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(edited).perform();
		press(Keys.TAB);
		assertEquals("save-question", driver.switchTo().activeElement().getAttribute("data-action"), "Tab goes from the text to Save");
		press(Keys.ENTER);
		waitFor("the edited text to show", browser -> edited.equals(browser.findElement(pendingCard).findElement(
			By.cssSelector("[data-question-text]")).getText().trim()));
		assertEquals("edit-question", driver.switchTo().activeElement().getAttribute("data-action"), "the focus returns to Edit");
		assertEquals(edited, alex.get("/town-hall-questions/" + pending).expect(200).path("text").asText());

		// under pre-moderation, the edit of the open one sends it back to the moderators
		String reworded = "Will the rota change in spring or summer " + randomLetters(5) + "?";
		script("arguments[0].focus();", driver.findElement(openCard).findElement(By.cssSelector("button[data-action=edit-question]")));
		press(Keys.ENTER);
		waitFor("the open question's text to take the focus", browser -> "text".equals(focused("name")));
		new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(reworded).perform();
		press(Keys.TAB);
		press(Keys.ENTER);
		waitFor("the edited question to wait for a moderator", browser -> "PENDING".equals(attributeIn(openCard, null, "data-question-state")));
		assertEquals("PENDING", alex.get("/town-hall-questions/" + open).expect(200).path("state").asText());
		assertEquals(reworded, alex.get("/town-hall-questions/" + open).expect(200).path("text").asText());

		// withdraw it (pending now): Enter on Withdraw, the confirmation starts on Cancel, Shift+Tab to Withdraw, Enter
		script("arguments[0].focus();", driver.findElement(openCard).findElement(By.cssSelector("button[data-action=withdraw-question]")));
		press(Keys.ENTER);
		waitFor("the confirmation to take the focus", browser -> "cancel-withdraw-question".equals(focused("data-action")));
		new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
		assertEquals("confirm-withdraw-question", driver.switchTo().activeElement().getAttribute("data-action"));
		press(Keys.ENTER);
		waitFor("the withdrawal to be confirmed with the focus on it", browser -> focused("data-withdrawn") != null);
		assertEquals("WITHDRAWN", alex.get("/town-hall-questions/" + open).expect(200).path("state").asText());

		openTownHall(id, "en");
		assertEquals("WITHDRAWN", visible(openCard).getAttribute("data-question-state"), "a withdrawn question stays under Your questions");
		assertTrue(driver.findElement(openCard).findElements(By.cssSelector("button[data-action=edit-question]")).isEmpty(),
			"nothing to edit once withdrawn");
		assertEquals(2, driver.findElement(mine).findElements(By.cssSelector("article[data-question-id]")).size());
	}

	@Test
	void aQuestionTakenForwardShowsItsOriginInTheSuggestionBoxAndItsLinkOpensTheTownHallAtTheQuestion() {
		String title = unique("Follow-up town hall");
		String id = townHall(title, false, "SCHEDULED", "LIVE");
		String text = "Can night shifts get a hot meal " + randomLetters(6) + "?";
		// ethan, not alex: the hourly anonymous limit (per person and node) is shared with the suggestion tests' alex
		String question = session("ethan").post("/town-halls/" + id + "/questions", json("text", text, "topic", firstTopic(), "anonymous", true))
			.expect(201).path("id").asText();
		mixAnonymousWrites();
		session("lee").post("/town-halls/" + id + "/state", json("state", "ENDED")).expect(200);

		signIn("lee");
		driver.get(baseUri().resolve("sites/" + RIVERSIDE + "/town-halls?lang=en#pvt-view=moderate&pvt-id=" + id).toString());
		visible(question(text));
		retryingWhileTheListRenders(() -> driver.findElement(question(text)).findElement(By.cssSelector("details[data-section=take-forward] > summary")).click());
		WebElement card = driver.findElement(question(text));
		new Select(card.findElement(By.name("suggestionStatus"))).selectByValue("PLANNED");
		card.findElement(By.cssSelector("button[data-action=confirm-take-forward]")).click();
		waitFor("the question to leave the queue", browser -> browser.findElements(question(text)).isEmpty());
		String suggestion = session("lee").get("/town-hall-questions/" + question).expect(200).path("suggestionId").asText();
		assertTrue(!suggestion.isEmpty(), "the question names its suggestion");

		driver.get(baseUri().resolve("sites/" + RIVERSIDE + "?lang=en#pv-suggestion=" + suggestion).toString());
		By origin = By.cssSelector("pv-suggestion-box article[data-suggestion-id='" + suggestion + "'] [data-origin='" + question + "'] a");
		WebElement link = visible(origin);
		assertEquals(id, link.getAttribute("data-origin-town-hall"));
		assertTrue(link.getText().contains(title), "the origin names the town hall: " + link.getText());
		String suggestionCard = driver.findElement(By.cssSelector("pv-suggestion-box article[data-suggestion-id='" + suggestion + "']")).getText();
		assertTrue(!suggestionCard.contains("Ethan") && !suggestionCard.contains("Clarke") && !suggestionCard.contains("ethan"),
			"the anonymous asker is not named: " + suggestionCard);
		assertEquals(baseUri().resolve("sites/" + RIVERSIDE + "/town-halls").toString() + "#pvt-id=" + id + "&pvt-question=" + question,
			link.getAttribute("href"), "the link goes to the site's town-hall page, at the question");

		link.click();
		By linked = By.cssSelector("pv-town-hall article[data-linked-question][data-question-id='" + question + "']");
		visible(linked);
		assertEquals("true", driver.findElement(By.cssSelector("pv-town-hall button[data-question-tab=answered]")).getAttribute("aria-selected"),
			"a question taken forward is under Answered");
		waitFor("the question to have the focus", browser -> question.equals(focused("data-question-id")));
		assertEquals(suggestion, driver.findElement(linked).findElement(By.cssSelector("a[data-suggestion-link]")).getAttribute("data-suggestion-link"),
			"and it leads back to its suggestion");
	}

	/**
	 * Every text of the presenter view shown, the bar's buttons and hints too, at least 7:1 against the background behind
	 * it (the nearest one not transparent).
	 */
	private void assertPresenterTextsAtLeast7To1(String where) {
		Object problems = script(LUMINANCE + "const found = [];"
			+ "const behind = (e) => { for (; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor;"
			+ "  const parts = c.match(/[\\d.]+/g); if (parts.length < 4 || Number(parts[3]) > 0) return c; } return 'rgb(255, 255, 255)'; };"
			+ "for (const e of document.querySelectorAll('pv-town-hall .pv-presenter-frame *')) {"
			+ "  if (!e.getClientRects().length || e.closest('.sr-only') || ![...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;"
			+ "  const [a, b] = [lum(getComputedStyle(e).color), lum(behind(e))].sort((x, y) => y - x); const contrast = (a + 0.05) / (b + 0.05);"
			+ "  if (contrast < 7) found.push(contrast.toFixed(1) + ':1: ' + e.textContent.trim().slice(0, 40)); }"
			+ "return found;");
		assertEquals(List.of(), problems, where);
	}

	/**
	 * The presenter view covers the window (not the page's column), and each vote count of its next questions is at least
	 * {@code votePixels} high and at least 7:1 against its background (WCAG's enhanced contrast; read from the back of a room).
	 */
	private void assertPresenterFillsTheWindowWithLargeVotes(String where, int votePixels) {
		Object problems = script("const found = []; const frame = document.querySelector('pv-town-hall .pv-presenter-frame');"
			+ "const r = frame.getBoundingClientRect(); const width = document.documentElement.clientWidth;"
			+ "if (r.left > 0.5 || r.right < width - 0.5 || r.top > 0.5 || r.bottom < window.innerHeight - 0.5)"
			+ "  found.push('the presenter view covers ' + [r.left, r.top, r.right, r.bottom].map(Math.round) + ' of ' + width + 'x' + window.innerHeight);"
			+ LUMINANCE
			+ "for (const votes of document.querySelectorAll('pv-town-hall [data-presenter-votes]')) {"
			+ "  const s = getComputedStyle(votes); const size = parseFloat(s.fontSize);"
			+ "  const [a, b] = [lum(s.color), lum(s.backgroundColor)].sort((x, y) => y - x); const contrast = (a + 0.05) / (b + 0.05);"
			+ "  if (size < arguments[0]) found.push('votes in ' + size + ' px: ' + votes.textContent);"
			+ "  if (contrast < 7) found.push('votes at ' + contrast.toFixed(1) + ':1: ' + votes.textContent); }"
			+ "return found;", votePixels);
		assertEquals(List.of(), problems, where);
	}

	/** Every question tab inside the tab list and the window, its text whole (they wrap where they do not fit on one line). */
	private void assertEveryQuestionTabShows(String where) {
		Object problems = script("const found = []; const list = document.querySelector('pv-town-hall .pv-th-tabs[role=tablist]');"
			+ "const box = list.getBoundingClientRect(); const width = document.documentElement.clientWidth;"
			+ "if (list.scrollWidth > list.clientWidth + 0.5) found.push('the tab list scrolls: ' + list.scrollWidth + ' > ' + list.clientWidth);"
			+ "for (const tab of list.querySelectorAll('[role=tab]')) { const r = tab.getBoundingClientRect();"
			+ "  if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.right > width) found.push('cut off: ' + tab.textContent + ' ' + Math.round(r.left) + '..' + Math.round(r.right));"
			+ "  if (tab.scrollWidth > tab.clientWidth + 0.5) found.push('its text cut: ' + tab.textContent); }"
			+ "return found;");
		assertEquals(List.of(), problems, where);
	}

	/** An attribute of a question card (or of an element in it), or null while there is none or the list is being drawn again. */
	private String attributeIn(By card, String inner, String attribute) {
		try {
			List<WebElement> cards = driver.findElements(card);
			if (cards.isEmpty()) {
				return null;
			}
			WebElement target = inner == null ? cards.get(0) : cards.get(0).findElement(By.cssSelector(inner));
			return target.getAttribute(attribute);
		}
		catch (StaleElementReferenceException | NoSuchElementException redrawn) {
			return null;
		}
	}

	/** An attribute of the element that has the focus, or null while it is being replaced. */
	private String focused(String attribute) {
		try {
			return driver.switchTo().activeElement().getAttribute(attribute);
		}
		catch (StaleElementReferenceException replaced) {
			return null;
		}
	}

	@Test
	void aPollAndTheMeetingFeedbackAreAnsweredWithTheKeyboardOnAPhoneAndMeetWcagInBothLanguages() {
		String id = townHall(unique("Poll and feedback town hall"), false, "SCHEDULED", "LIVE");
		ApiClient lee = session("lee");
		String poll = lee.post("/town-halls/" + id + "/polls", json("question", "Which day suits the next meeting?",
			"options", List.of("Monday", "Thursday", "Friday"))).expect(201).path("id").asText();
		lee.post("/town-hall-polls/" + poll + "/state", json("state", "OPEN")).expect(200);
		By pollForm = By.cssSelector("pv-town-hall form[data-form='poll-" + poll + "']");
		driver.manage().window().setSize(new Dimension(360, 800));
		AccessibilityAudit audit = new AccessibilityAudit(driver);

		// Spanish first: Space picks the focused option, Enter on the button answers; then English: Down moves the answer
		signIn("alex");
		openTownHall(id, "es");
		audit.check("poll form at 360 px [es]");
		script("arguments[0].focus();", visible(pollForm).findElement(By.cssSelector("input[name=option][value='0']")));
		press(Keys.SPACE);
		tabUntil("the answer button", () -> "vote-poll".equals(activeAttribute("data-action")));
		press(Keys.ENTER);
		waitFor("the answer to be stored", browser -> List.of(0).equals(myChoices(id, poll)));
		audit.check("poll answered at 360 px [es]");
		openTownHall(id, "en");
		audit.check("poll form with an answer at 360 px [en]");
		script("arguments[0].focus();", visible(pollForm).findElement(By.cssSelector("input[name=option]:checked")));
		press(Keys.ARROW_DOWN);
		tabUntil("the change button", () -> "vote-poll".equals(activeAttribute("data-action")));
		press(Keys.ENTER);
		waitFor("the changed answer to be stored", browser -> List.of(1).equals(myChoices(id, poll)));

		// the meeting ends: the feedback form, with the keyboard alone from its first choice to its button
		lee.post("/town-halls/" + id + "/state", json("state", "ENDED")).expect(200);
		for (String language : List.of("es", "en")) {
			openTownHall(id, language);
			visible(By.cssSelector("pv-town-hall form[data-form=feedback]"));
			audit.check("feedback form at 360 px [" + language + "]");
		}
		openTownHall(id, "es");
		WebElement feedback = visible(By.cssSelector("pv-town-hall form[data-form=feedback]"));
		feedback.findElement(By.cssSelector("button[data-action=send-feedback]")).sendKeys(Keys.ENTER);
		visible(By.cssSelector("pv-town-hall form[data-form=feedback] .alert-danger"));
		assertEquals("rating", activeAttribute("name"), "a missing rating takes the focus to the rating");
		audit.check("feedback form asking for a rating at 360 px [es]");
		press(Keys.ARROW_RIGHT);
		press(Keys.ARROW_RIGHT);
		press(Keys.ARROW_RIGHT);
		assertEquals("4", activeAttribute("value"), "the arrows move through the ratings and choose one");
		tabUntil("the answered question", () -> "answered".equals(activeAttribute("name")));
		press(Keys.SPACE);
		tabUntil("the comment", () -> "comment".equals(activeAttribute("name")));
		press("Buena reunión, gracias");
		tabUntil("the send button", () -> "send-feedback".equals(activeAttribute("data-action")));
		press(Keys.ENTER);
		visible(By.cssSelector("pv-town-hall [data-feedback-sent]"));
		audit.check("feedback sent at 360 px [es]");
		assertTrue(session("alex").get("/town-halls/" + id).expect(200).path("feedbackGivenByMe").asBoolean(), "the feedback is stored");
		audit.assertNoViolations();
	}

	/** Alex's answer to a poll of a town hall, as the API tells Alex. */
	private List<Integer> myChoices(String townHall, String poll) {
		for (com.fasterxml.jackson.databind.JsonNode each : session("alex").get("/town-halls/" + townHall + "/polls").expect(200).path("items")) {
			if (poll.equals(each.path("id").asText())) {
				List<Integer> choices = new java.util.ArrayList<>();
				each.path("myChoices").forEach(choice -> choices.add(choice.asInt()));
				return choices;
			}
		}
		return List.of();
	}

	private String firstTopic() {
		return session("lee").get("/sites/" + RIVERSIDE + "/suggestion-settings").expect(200).path("categories").get(0).path("key").asText();
	}

}

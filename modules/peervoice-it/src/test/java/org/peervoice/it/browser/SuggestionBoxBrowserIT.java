package org.peervoice.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peervoice.it.ApiClient.json;

import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The suggestion box in a real browser (Debian's headless Chromium): an anonymous writer posts,
 * copies the receipt and follows up with it; leadership answers DONE and the answer shows on
 * "You said, we did". Runs on the HSQLDB container only: the browser sees the same API there.
 */
@RunAsClient
@DisabledIfSystemProperty(named = "arquillian.launch", matches = "postgresql|mariadb", disabledReason = BrowserTestCase.ONCE_IS_ENOUGH)
class SuggestionBoxBrowserIT extends BrowserTestCase {

	@Test
	void anonymousWriterFollowsUpAndLeadershipClosesTheLoop() {
		String title = unique("Browser suggestion");
		signIn("alex");
		tab("submit");
		WebElement form = visible(By.cssSelector("form[data-form=submit]"));
		form.findElement(By.name("title")).sendKeys(title);
		form.findElement(By.name("body")).sendKeys("Posted by the browser test without my name.");
		new Select(form.findElement(By.name("category"))).selectByValue("workplace-culture");
		form.findElement(By.cssSelector("input[type=radio][name=anonymous][value=true]")).click();
		form.findElement(By.cssSelector("button[data-action=submit]")).click();

		WebElement receiptPanel = visible(By.cssSelector("[data-receipt-panel]"));
		receiptPanel.findElement(By.cssSelector("button[data-action=copy-receipt]")).click();
		String receipt = receiptPanel.findElement(By.cssSelector("[data-receipt]")).getText().trim();
		assertTrue(receipt.length() >= 20, "a receipt is shown: " + receipt);
		receiptPanel.findElement(By.cssSelector("button[data-action=dismiss-receipt]")).click();

		tab("receipt");
		WebElement lookup = visible(By.cssSelector("form[data-form=lookup]"));
		// a receipt with its last group missing is not a receipt, and the page says so (not "no suggestion matches")
		lookup.findElement(By.name("receipt")).sendKeys(receipt.substring(0, receipt.length() - 5));
		lookup.findElement(By.cssSelector("button[data-action=lookup]")).click();
		assertEquals("This is not a receipt.", visible(By.cssSelector("pv-suggestion-box [data-receipt-problem=not-a-receipt]")).getText().trim());
		assertEquals("true", lookup.findElement(By.name("receipt")).getAttribute("aria-invalid"), "the field says what is wrong with it");
		lookup.findElement(By.name("receipt")).sendKeys(receipt);
		lookup.findElement(By.cssSelector("button[data-action=lookup]")).click();
		WebElement found = waitFor("the receipt look-up", driver -> cardTitled(title));
		assertEquals("SUBMITTED", found.getAttribute("data-status"));
		assertEquals("", lookup.findElement(By.name("receipt")).getAttribute("value"), "the code does not stay on a shared screen");
		signOut();

		// anonymous writes reach reviewers when they are mixed (docs/privacy.md)
		mixAnonymousWrites();
		signIn("lee");
		tab("queue");
		sortNewest();
		retryingWhileTheListRenders(() -> {
			WebElement queued = cardTitledOnAnyPage("the item in the queue", title);
			WebElement respond = queued.findElement(By.cssSelector("details[data-section=respond]"));
			respond.findElement(By.tagName("summary")).click();
			// the form is rendered on the toggle event, which comes a moment after the click
			WebElement status = waitFor("the respond form", driver -> respond.findElements(By.name("status")).stream().findFirst().orElse(null));
			new Select(status).selectByValue("DONE");
			WebElement message = respond.findElement(By.name("message"));
			message.clear();
			message.sendKeys("Done: we changed it.");
			respond.findElement(By.cssSelector("button[data-action=respond]")).click();
		});
		waitFor("the DONE response", driver -> {
			WebElement card = cardTitled(title);
			return card != null && "DONE".equals(card.getAttribute("data-status"));
		});

		tab("done");
		sortNewest();
		retryingWhileTheListRenders(() -> {
			WebElement done = cardTitledOnAnyPage("the item on You said, we did", title);
			assertTrue(done.findElement(By.cssSelector("[data-responses]")).getText().contains("Done: we changed it."), done.getText());
		});
	}

	@Test
	void userTextIsShownAsTextAndTheBoxFitsA320PixelScreen() {
		String title = "<script>window.pvInjected=1</script><img src=x onerror=\"window.pvInjected=2\"> " + unique("Markup");
		String id = as("alex").post("/sites/" + RIVERSIDE + "/suggestions", json("title", title, "body", "<b>bold?</b>", "category", "other",
			"anonymous", false, "confirmPrivacyWarnings", true)).expect(201).path("id").asText();
		as("lee").post("/suggestions/" + id + "/publish", "{}").expect(200);

		signIn("casey");
		tab("board");
		sortNewest();
		retryingWhileTheListRenders(() -> {
			WebElement card = waitFor("the item on the board", driver -> cardTitled(title));
			assertEquals(title, card.findElement(By.cssSelector("[data-title]")).getText().trim());
			assertEquals("<b>bold?</b>", card.findElement(By.cssSelector("[data-body]")).getText().trim());
			assertTrue(card.findElements(By.tagName("script")).isEmpty() && card.findElements(By.tagName("img")).isEmpty(), "no markup from user text");
		});
		assertNull(script("return window.pvInjected === undefined ? null : String(window.pvInjected);"), "user text ran as script");

		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", true));
		driver.navigate().refresh();
		for (String tab : List.of("board", "submit", "receipt", "done", "mine")) {
			tab(tab);
			Object overflow = script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertEquals(0L, ((Number) overflow).longValue(), "horizontal scroll at 320px on tab " + tab);
		}
	}

	@Test
	void aPhoneSearchesTheQueueFiltersItAndGetsOutOfAnEmptyResult() {
		String title = unique("Phone search");
		as("alex").post("/sites/" + RIVERSIDE + "/suggestions", json("title", title, "body", "Searchable on a phone.", "category", "other",
			"anonymous", false)).expect(201);

		signIn("lee");
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
		driver.navigate().refresh();
		tab("queue");
		settled();
		Number firstCard = (Number) script("const card = document.querySelector('pv-suggestion-box article');"
			+ " return card ? card.getBoundingClientRect().top + window.scrollY : null;");
		assertTrue(firstCard != null && firstCard.doubleValue() < 740, "the first suggestion starts on the first screen, at " + firstCard);
		WebElement filters = driver.findElement(By.cssSelector("form[data-form=filters]"));
		assertFalse(filters.isDisplayed(), "on a phone the filters wait behind their button");

		search(title);
		retryingWhileTheListRenders(() -> {
			waitFor("the searched item", driver -> cardTitled(title));
			assertEquals(1, driver.findElements(By.cssSelector("article[data-suggestion-id]")).size());
			assertTrue(driver.findElement(By.cssSelector("[data-status-counts] [data-count-status=SUBMITTED]")).getText().contains("1"));
		});

		visible(By.cssSelector("[data-action=toggle-filters]")).click();
		waitFor("the filters to open", driver -> filters.isDisplayed());
		driver.findElement(By.cssSelector("form[data-form=filters] input[name=waiting] + .custom-control-label")).click();
		retryingWhileTheListRenders(() -> waitFor("the unanswered item", driver -> cardTitled(title)));
		assertTrue(driver.getCurrentUrl().contains("pv-waiting=1"), driver.getCurrentUrl());

		search(unique("no such words"));
		visible(By.cssSelector("[data-empty] [data-action=clear-filters]")).click();
		settled();
		waitFor("the whole queue again", driver -> !driver.findElements(By.cssSelector("article[data-suggestion-id]")).isEmpty());
		assertEquals("", driver.findElement(By.cssSelector("form[data-form=search] input[name=q]")).getAttribute("value"));
		assertFalse(driver.findElement(By.cssSelector("form[data-form=filters] input[name=waiting]")).isSelected());
		Object overflow = script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertEquals(0L, ((Number) overflow).longValue(), "horizontal scroll at 360px");
	}

	private void search(String text) {
		WebElement field = visible(By.cssSelector("form[data-form=search] input[name=q]"));
		field.clear();
		field.sendKeys(text);
		driver.findElement(By.cssSelector("form[data-form=search] [data-action=search]")).click();
		settled();
	}

}

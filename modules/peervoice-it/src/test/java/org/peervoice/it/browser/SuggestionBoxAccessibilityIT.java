package org.peervoice.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peervoice.it.ApiClient.json;

import java.util.List;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * WCAG 2.1 AA in a real browser: axe-core checks the sign-in page and every tab of the suggestion
 * box in English and Spanish, with the privacy warnings, the receipt, a receipt look-up and the
 * reviewer's forms open; and the box is used with the keyboard alone. Runs on the HSQLDB container
 * only: the pages are the same on either database.
 */
@RunAsClient
@DisabledIfSystemProperty(named = "arquillian.launch", matches = "postgresql|mariadb", disabledReason = BrowserTestCase.ONCE_IS_ENOUGH)
class SuggestionBoxAccessibilityIT extends BrowserTestCase {

	private static final List<String> LANGUAGES = List.of("en", "es");
	private static final List<String> TABS = List.of("board", "done", "submit", "receipt", "mine", "queue");
	private static final int MOST_TABS_BEFORE_THE_BOX = 30;

	@Test
	void signInPageMeetsWcag21AA() {
		AccessibilityAudit audit = new AccessibilityAudit(driver);
		for (String language : LANGUAGES) {
			driver.get(baseUri().resolve("sign-in?lang=" + language).toString());
			visible(By.id("username"));
			audit.check("sign-in page [" + language + "]");

			driver.findElement(By.id("username")).sendKeys("alex");
			driver.findElement(By.id("password")).sendKeys("wrong");
			driver.findElement(By.cssSelector("form[action='/sign-in'] button[type=submit]")).click();
			visible(By.cssSelector("form[action='/sign-in'] [role=alert]"));
			audit.check("failed sign-in [" + language + "]");
		}
		audit.assertNoViolations();
	}

	@Test
	void everyTabAndOpenPanelMeetsWcag21AA() {
		AccessibilityAudit audit = new AccessibilityAudit(driver);
		signIn("lee");
		for (String language : LANGUAGES) {
			openIntranetPage(language);
			for (String tab : TABS) {
				tab(tab);
				settled();
				audit.check(tab + " tab [" + language + "]");
			}

			tab("submit");
			visible(By.cssSelector("form[data-form=submit] button[data-action=submit]")).click();
			visible(By.cssSelector("form[data-form=submit] .has-error"));
			audit.check("submit form with field errors [" + language + "]");

			String title = unique("Accessibility " + language);
			WebElement form = driver.findElement(By.cssSelector("form[data-form=submit]"));
			form.findElement(By.name("title")).sendKeys(title);
			form.findElement(By.name("body")).sendKeys("Please write to me at someone@example.org about the new rota.");
			new Select(form.findElement(By.name("category"))).selectByValue("workplace-culture");
			form.findElement(By.cssSelector("input[type=radio][name=anonymous][value=true]")).click();
			form.findElement(By.cssSelector("button[data-action=submit]")).click();
			visible(By.cssSelector("[data-privacy-warnings] li[data-warning-code]"));
			audit.check("privacy warnings [" + language + "]");

			driver.findElement(By.cssSelector("button[data-action=post-anyway]")).click();
			WebElement receiptPanel = visible(By.cssSelector("[data-receipt-panel]"));
			String receipt = receiptPanel.findElement(By.cssSelector("[data-receipt]")).getText().trim();
			receiptPanel.findElement(By.cssSelector("button[data-action=copy-receipt]")).click();
			audit.check("receipt panel [" + language + "]");
			receiptPanel.findElement(By.cssSelector("button[data-action=dismiss-receipt]")).click();
			visible(By.cssSelector("[data-submit-notice]"));
			audit.check("submit form after posting [" + language + "]");

			tab("receipt");
			WebElement lookup = visible(By.cssSelector("form[data-form=lookup]"));
			lookup.findElement(By.name("receipt")).sendKeys(receipt);
			lookup.findElement(By.cssSelector("button[data-action=lookup]")).click();
			waitFor("the receipt look-up", driver -> cardTitled(title));
			driver.findElement(By.cssSelector(".pv-receipt-result button[data-action=withdraw]")).click();
			visible(By.cssSelector(".pv-receipt-result button[data-action=confirm-withdraw]"));
			audit.check("receipt look-up with its thread and the withdraw question [" + language + "]");

			tab("queue");
			settled();
			retryingWhileTheListRenders(() -> {
				WebElement queued = firstQueuedCardWithTheMostForms();
				List<WebElement> sections = queued.findElements(By.cssSelector("details[data-section] > summary"));
				for (WebElement summary : sections) {
					summary.click();
				}
				waitFor("the forms to open", driver -> queued.findElements(By.cssSelector("form")).size() >= sections.size());
			});
			settled();
			audit.check("review queue with the respond, message and redact forms open [" + language + "]");
		}
		audit.assertNoViolations();
	}

	@Test
	void keyboardAloneReachesTheTabsAndPostsAnonymouslyPastThePrivacyWarnings() {
		signIn("lee");
		openIntranetPage("en");
		script("window.scrollTo(0, 0); if (document.activeElement) { document.activeElement.blur(); }");

		WebElement focused = null;
		for (int presses = 0; presses < MOST_TABS_BEFORE_THE_BOX; presses++) {
			press(Keys.TAB);
			focused = driver.switchTo().activeElement();
			if ("tab".equals(focused.getAttribute("role"))) {
				break;
			}
		}
		assertEquals("tab", focused.getAttribute("role"), "Tab from the top of the page reaches the tab list");
		assertEquals("board", focused.getAttribute("data-tab"), "the selected tab takes the focus");
		assertEquals("true", focused.getAttribute("aria-selected"));

		String[] order = TABS.toArray(new String[0]);
		for (int next = 1; next < order.length; next++) {
			press(Keys.ARROW_RIGHT);
			focused = driver.switchTo().activeElement();
			assertEquals(order[next], focused.getAttribute("data-tab"), "ArrowRight moves to the next tab");
			assertEquals("true", focused.getAttribute("aria-selected"), "ArrowRight activates the tab it moves to");
			assertEquals(focused.getAttribute("id"), driver.findElement(By.cssSelector("pv-suggestion-box [role=tabpanel]")).getAttribute("aria-labelledby"));
		}
		press(Keys.ARROW_RIGHT);
		assertEquals("board", driver.switchTo().activeElement().getAttribute("data-tab"), "ArrowRight wraps around to the first tab");
		press(Keys.END);
		assertEquals("queue", driver.switchTo().activeElement().getAttribute("data-tab"));
		press(Keys.HOME);
		press(Keys.ARROW_RIGHT);
		press(Keys.ARROW_RIGHT);
		assertEquals("submit", driver.switchTo().activeElement().getAttribute("data-tab"));

		String title = unique("Keyboard");
		press(Keys.TAB);
		assertFocused("input[name=title][aria-required=true]", "Tab moves from the tab into the submit form, to a required title");
		type(title);
		press(Keys.TAB);
		assertFocused("textarea[name=body][aria-required=true]", "the required suggestion text follows the title");
		type("Typed with the keyboard alone; write to keys@example.org with questions.");
		press(Keys.TAB);
		assertFocused("select[name=category][aria-required=true]", "the required category follows the text");
		press(Keys.ARROW_DOWN);
		assertFalse(driver.switchTo().activeElement().getAttribute("value").isEmpty(), "ArrowDown chooses a category");
		press(Keys.TAB);
		assertFocused("input[type=radio][name=anonymous][value=false][required]", "Tab reaches the required anonymity choice");
		press(Keys.ARROW_DOWN);
		assertFocused("input[type=radio][name=anonymous][value=true]", "ArrowDown moves to posting anonymously");
		assertTrue(driver.switchTo().activeElement().isSelected(), "ArrowDown chooses to post anonymously");
		press(Keys.TAB);
		assertFocused("button[data-action=submit]", "Tab reaches the post button");
		press(Keys.ENTER);

		visible(By.cssSelector("[data-privacy-warnings] li[data-warning-code]"));
		assertFocused("button[data-action=edit-text]", "the privacy warnings put the focus on editing the text");
		press(Keys.TAB);
		assertFocused("button[data-action=post-anyway]", "Tab reaches posting anyway");
		press(Keys.ENTER);

		String receipt = visible(By.cssSelector("[data-receipt-panel] [data-receipt]")).getText().trim();
		assertFocused("[data-receipt-panel]", "the receipt takes the focus when it shows");
		press(Keys.TAB);
		assertFocused("button[data-action=copy-receipt]", "Tab reaches the copy button");
		press(Keys.ENTER);
		press(Keys.TAB);
		assertFocused("button[data-action=download-receipt]", "Tab reaches the download button");
		press(Keys.TAB);
		assertFocused("button[data-action=print-receipt]", "Tab reaches the print button");
		press(Keys.TAB);
		assertFocused("button[data-action=dismiss-receipt]", "Tab reaches the dismiss button");
		press(Keys.ENTER);
		visible(By.cssSelector("[data-submit-notice]"));
		assertFocused("[data-submit-notice]", "the notice that it was posted takes the focus");

		assertEquals(title, as("lee").post("/receipts/lookup", json("receipt", receipt)).expect(200).path("suggestion").path("title").asText(),
			"the suggestion typed with the keyboard was posted anonymously");
	}

	/**
	 * Other tests fill the queue too, and anonymous items of a day come in no particular order: take
	 * whichever card offers the respond, message and redact forms (redact is for anonymous items).
	 */
	private WebElement firstQueuedCardWithTheMostForms() {
		List<WebElement> cards = waitFor("cards in the review queue", driver -> {
			List<WebElement> found = driver.findElements(By.cssSelector("article[data-suggestion-id]"));
			return found.isEmpty() ? null : found;
		});
		WebElement best = cards.get(0);
		for (WebElement card : cards) {
			if (sectionCount(card) > sectionCount(best)) {
				best = card;
			}
		}
		assertTrue(sectionCount(best) >= 2, "a queued suggestion can be responded to and its writer messaged");
		return best;
	}

	private static int sectionCount(WebElement card) {
		return card.findElements(By.cssSelector("details[data-section]")).size();
	}

	private void openIntranetPage(String language) {
		driver.get(baseUri().resolve("sites/" + RIVERSIDE + "?lang=" + language).toString());
		visible(By.cssSelector("pv-suggestion-box button[role=tab]"));
		settled();
	}

	private void type(String text) {
		new Actions(driver).sendKeys(text).perform();
	}

	private void assertFocused(String selector, String expectation) {
		Object matches = script("return document.activeElement !== null && document.activeElement.matches(arguments[0]);", selector);
		assertEquals(Boolean.TRUE, matches, () -> expectation + "; the focus is on " + script("const e = document.activeElement; "
			+ "return e ? e.outerHTML.slice(0, 200) : 'nothing';"));
	}

}

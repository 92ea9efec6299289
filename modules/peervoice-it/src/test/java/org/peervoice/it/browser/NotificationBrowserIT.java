package org.peervoice.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peervoice.it.ApiClient.json;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The dev portal's bell in a real browser: lee responds, alex sees the count, opens the list and lands on the suggestion. */
@RunAsClient
@DisabledIfSystemProperty(named = "arquillian.launch", matches = "postgresql", disabledReason = BrowserTestCase.ONCE_IS_ENOUGH)
class NotificationBrowserIT extends BrowserTestCase {

	private static final By BELL = By.cssSelector("pv-notification-bell button[data-action=notifications]");
	private static final By COUNT = By.cssSelector("pv-notification-bell [data-unread-count]");

	@Test
	void aWriterSeesTheBellCountOpensItAndLandsOnTheAnsweredSuggestion() {
		String title = unique("Quieter break room");
		String id = session("alex").post("/sites/" + RIVERSIDE + "/suggestions", json("title", title, "body", "The break room is loud at noon.",
			"category", "other", "anonymous", false)).expect(201).path("id").asText();
		// whatever else waits in the outbox for alex (on some dates the demo data leaves some: 3 on 2026-12-04) is delivered first, so
		// that the response below is the one notification the bell gains
		deliverNotifications();
		signIn("alex");
		visible(BELL);
		// the bell starts at 0 and shows its count once the server answered: read it only then
		waitFor("the bell's first count", browser -> !browser.findElements(By.cssSelector("pv-notification-bell [data-unread-count][data-counted]")).isEmpty());
		int before = unread();

		session("lee").post("/suggestions/" + id + "/responses", json("status", "PLANNED", "message", "We will add a quiet corner.")).expect(200);
		deliverNotifications();
		driver.navigate().refresh();
		waitFor("the bell to count the response", browser -> unread() == before + 1);
		assertTrue(driver.findElement(BELL).getText().contains(String.valueOf(before + 1)));

		driver.findElement(BELL).click();
		WebElement notification = visible(By.cssSelector("pv-notification-bell [data-notification-list] a[href$='#pv-suggestion=" + id + "']"));
		assertTrue(notification.getText().contains("Leadership responded to your suggestion."), notification.getText());
		assertTrue(notification.getText().contains(title), notification.getText());
		waitFor("opening the list to mark it read", browser -> unread() <= before);

		notification.click();
		WebElement shown = visible(By.cssSelector("pv-suggestion-box .pv-single [data-title]"));
		assertEquals(title, shown.getText());
		assertTrue(driver.getCurrentUrl().endsWith("#pv-suggestion=" + id), driver.getCurrentUrl());
	}

	private int unread() {
		return Integer.parseInt(driver.findElement(COUNT).getAttribute("data-unread-count"));
	}

}

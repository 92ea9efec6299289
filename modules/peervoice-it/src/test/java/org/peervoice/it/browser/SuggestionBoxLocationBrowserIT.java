package org.peervoice.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peervoice.it.ApiClient.json;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The tab, filters and page live in the URL's fragment (pv- parameters, the host's own fragment parameters left
 * alone): reload keeps them, Back goes through them, and a suggestion has a link of its own.
 */
@RunAsClient
@DisabledIfSystemProperty(named = "arquillian.launch", matches = "postgresql|mariadb", disabledReason = BrowserTestCase.ONCE_IS_ENOUGH)
class SuggestionBoxLocationBrowserIT extends BrowserTestCase {

	@Test
	void reloadAndBackKeepTheTabAndFiltersAndTheHostsFragmentStays() {
		signIn("casey");
		driver.get(baseUri().resolve("sites/" + RIVERSIDE + "#host=kept").toString());
		tab("done");
		tab("board");
		settled();
		new Select(visible(By.cssSelector("form[data-form=filters] select[name=status]"))).selectByValue("PLANNED");
		settled();
		new Select(visible(By.cssSelector("form[data-form=filters] select[name=sort]"))).selectByValue("newest");
		settled();
		String fragment = (String) script("return window.location.hash;");
		assertTrue(fragment.contains("host=kept") && fragment.contains("pv-tab=board") && fragment.contains("pv-status=PLANNED")
			&& fragment.contains("pv-sort=newest"), fragment);

		driver.navigate().refresh();
		visible(By.cssSelector("pv-suggestion-box button[role=tab][data-tab=board][aria-selected=true]"));
		assertEquals("PLANNED", selected("status"));
		assertEquals("newest", selected("sort"));

		driver.navigate().back();
		waitFor("the sort to go back", driver -> "votes".equals(selected("sort")));
		assertEquals("PLANNED", selected("status"));
		driver.navigate().back();
		waitFor("the status filter to go back", driver -> "".equals(selected("status")));
		driver.navigate().back();
		visible(By.cssSelector("pv-suggestion-box button[role=tab][data-tab=done][aria-selected=true]"));
		assertTrue(((String) script("return window.location.hash;")).contains("host=kept"));
	}

	@Test
	void aSuggestionHasALinkOfItsOwn() {
		String title = unique("Linked suggestion");
		String id = as("alex").post("/sites/" + RIVERSIDE + "/suggestions", json("title", title, "body", "Open me by my link.",
			"category", "other", "anonymous", false)).expect(201).path("id").asText();
		as("lee").post("/suggestions/" + id + "/publish", "{}").expect(200);

		signIn("casey");
		driver.get(baseUri().resolve("sites/" + RIVERSIDE + "#pv-suggestion=" + id).toString());
		WebElement card = visible(By.cssSelector("article[data-suggestion-id='" + id + "']"));
		assertEquals(title, card.findElement(By.cssSelector("[data-title]")).getText().trim());
		assertTrue(card.findElement(By.cssSelector("a[data-permalink]")).getAttribute("href").endsWith("#pv-suggestion=" + id));

		driver.findElement(By.cssSelector("button[data-action=back-to-list]")).click();
		visible(By.cssSelector("pv-suggestion-box button[role=tab][data-tab=board][aria-selected=true]"));
		driver.navigate().back();
		visible(By.cssSelector("article[data-suggestion-id='" + id + "'] [data-title]"));

		driver.get(baseUri().resolve("sites/" + RIVERSIDE + "#pv-suggestion=00000000-0000-0000-0000-000000000000").toString());
		visible(By.cssSelector("pv-suggestion-box .pv-panel .alert-info"));
	}

	private String selected(String name) {
		return new Select(driver.findElement(By.cssSelector("form[data-form=filters] select[name=" + name + "]"))).getFirstSelectedOption()
			.getAttribute("value");
	}

}

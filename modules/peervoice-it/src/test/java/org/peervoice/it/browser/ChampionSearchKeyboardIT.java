package org.peervoice.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Finding a champion with the keyboard alone on a 360-px phone, in English and in Spanish: the search field with Enter,
 * a facet chosen by typing in its list, and the A-Z letters; staff see only the contact fields the champion showed to
 * everyone, nothing of the page is wider than the phone, and each view meets WCAG 2.1 AA (axe).
 */
@RunAsClient
@DisabledIfSystemProperty(named = "arquillian.launch", matches = "postgresql|mariadb", disabledReason = BrowserTestCase.ONCE_IS_ENOUGH)
class ChampionSearchKeyboardIT extends BrowserTestCase {

	private static final String MY_LISTING = "/sites/" + RIVERSIDE + "/champions/mine";
	private static final String NAME = "Casey Ib\u00e1\u00f1ez";
	private static final String LISTING = "{\"displayName\":\"" + NAME + "\",\"title\":\"Peer Support Specialist\",\"category\":\"PEER\","
		+ "\"role\":\"Questions about peer roles.\",\"email\":\"casey@example.org\",\"emailAudience\":\"CHAMPIONS_AND_LEADERSHIP\","
		+ "\"location\":\"Building B\",\"locationAudience\":\"EVERYONE\",\"languages\":[\"English\",\"Espa\u00f1ol\"]}";

	@AfterEach
	void removeTheListing() {
		session("casey").delete(MY_LISTING);
	}

	@Test
	void staffFindAChampionBySearchFacetAndLetterWithTheKeyboardAlone() {
		session("casey").delete(MY_LISTING);
		String id = session("casey").put(MY_LISTING, LISTING).expect(200).path("id").asText();
		session("casey").post(MY_LISTING + "/submit", "{}").expect(200);
		session("lee").post("/sites/" + RIVERSIDE + "/champions/" + id + "/approve", "{}").expect(200);
		By card = By.cssSelector("pv-champion-directory article[data-listing-id='" + id + "']");

		driver.manage().window().setSize(new Dimension(360, 800));
		signIn("alex");
		AccessibilityAudit audit = new AccessibilityAudit(driver);
		for (String language : List.of("es", "en")) {
			// the words, without the accents, and Enter in the field
			openDirectory(language);
			tabUntil("the search field", () -> "q".equals(activeAttribute("name")));
			press("ibanez");
			press(Keys.ENTER);
			waitFor("the search to find the champion", browser -> browser.getCurrentUrl().contains("pvc-q=ibanez")
				&& !browser.findElements(card).isEmpty() && loaded());
			WebElement found = driver.findElement(card);
			assertEquals("Building B", found.findElement(By.cssSelector("[data-field=location]")).getText().replaceAll("^.*: ", ""), language);
			assertTrue(found.findElements(By.cssSelector("[data-field=email]")).isEmpty(), "the e-mail is for champions and leadership");
			assertEquals(Boolean.TRUE, script("const view = document.querySelector('pv-champion-directory');"
				+ " return view.scrollWidth <= view.clientWidth;"), "nothing is wider than the phone [" + language + "]");
			audit.check("search results at 360 px [" + language + "]");

			// a facet: the language list, chosen by typing its first letters, then Tab to the button and Enter
			openDirectory(language);
			tabUntil("the language facet", () -> "language".equals(activeAttribute("name")));
			press("Espa");
			assertEquals("Espa\u00f1ol", activeAttribute("value"), "typing chooses the language in the list");
			tabUntil("the search button", () -> "search".equals(activeAttribute("data-action")));
			press(Keys.ENTER);
			waitFor("the facet to find the champion", browser -> browser.getCurrentUrl().contains("pvc-language=")
				&& !browser.findElements(card).isEmpty() && loaded());
			audit.check("a facet chosen at 360 px [" + language + "]");

			// the letters: Tab to C, Enter, and every name shown starts with it
			openDirectory(language);
			tabUntil("the letter C", () -> "C".equals(activeAttribute("data-letter")));
			press(Keys.ENTER);
			waitFor("the letter C", browser -> browser.getCurrentUrl().contains("pvc-letter=C") && loaded()
				&& "true".equals(attributeOf(By.cssSelector("pv-champion-directory [data-letters] button[data-letter=C]"), "aria-pressed")));
			List<String> names = driver.findElements(By.cssSelector("pv-champion-directory article[data-listing-id] h4[data-name]")).stream()
				.map(WebElement::getText).map(String::trim).collect(Collectors.toList());
			assertTrue(names.contains(NAME), names.toString());
			assertTrue(names.stream().allMatch(name -> name.startsWith("C")), names.toString());
			audit.check("the letter C pressed at 360 px [" + language + "]");
		}
		audit.assertNoViolations();
	}

	private void openDirectory(String language) {
		driver.get(baseUri().resolve("sites/" + RIVERSIDE + "/champions?lang=" + language).toString());
		visible(By.cssSelector("pv-champion-directory button[role=tab]"));
		waitFor("the directory to load", browser -> loaded());
	}

	private boolean loaded() {
		return driver.findElements(By.cssSelector("pv-champion-directory [aria-busy=true]")).isEmpty()
			&& !driver.findElements(By.cssSelector("pv-champion-directory form[data-form=champion-search]")).isEmpty();
	}

	private String attributeOf(By selector, String name) {
		List<WebElement> found = driver.findElements(selector);
		return found.isEmpty() ? null : found.get(0).getAttribute(name);
	}

}

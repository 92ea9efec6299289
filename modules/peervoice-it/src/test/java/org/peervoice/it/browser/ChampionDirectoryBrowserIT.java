package org.peervoice.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The champion directory as its three kinds of users meet it, at 360 px: a champion writes and submits a listing in
 * Spanish (name and e-mail prefilled from the profile), leadership approves it, and staff find it by a search without
 * the accent and by the language facet, seeing only the contact fields the champion showed to everyone.
 */
@RunAsClient
@DisabledIfSystemProperty(named = "arquillian.launch", matches = "postgresql", disabledReason = BrowserTestCase.ONCE_IS_ENOUGH)
class ChampionDirectoryBrowserIT extends BrowserTestCase {

	private static final String MY_LISTING = "/sites/" + RIVERSIDE + "/champions/mine";

	private void openDirectory(String language) {
		driver.get(baseUri().resolve("sites/" + RIVERSIDE + "/champions?lang=" + language).toString());
		visible(By.cssSelector("pv-champion-directory button[role=tab]"));
	}

	private void championTab(String name) {
		By selector = By.cssSelector("pv-champion-directory button[role=tab][data-tab=" + name + "]");
		wait.until(ExpectedConditions.elementToBeClickable(selector)).click();
		wait.until(driver -> "true".equals(driver.findElement(selector).getAttribute("aria-selected")));
	}

	@Test
	void aChampionPublishesLeadershipApprovesAndStaffFindThemWithoutTheAccent() {
		session("casey").delete(MY_LISTING);
		driver.manage().window().setSize(new Dimension(360, 800));

		signIn("casey");
		openDirectory("es");
		championTab("mine");
		WebElement form = visible(By.cssSelector("form[data-form=listing]"));
		WebElement name = form.findElement(By.name("displayName"));
		assertEquals("Casey Morgan", name.getAttribute("value"), "prefilled from the profile");
		assertEquals("casey@example.org", form.findElement(By.name("email")).getAttribute("value"));
		name.clear();
		name.sendKeys("Casey N\u00fa\u00f1ez");
		new Select(form.findElement(By.name("category"))).selectByValue("PEER");
		form.findElement(By.name("role")).sendKeys("Preguntas sobre el rol de los pares.");
		form.findElement(By.name("location")).sendKeys("Edificio B");
		new Select(form.findElement(By.name("locationAudience"))).selectByValue("EVERYONE");
		form.findElement(By.name("languages")).sendKeys("Espa\u00f1ol, English");
		driver.findElement(By.cssSelector("button[data-action=save-listing]")).click();
		visible(By.cssSelector("button[data-action=submit-listing]")).click();
		visible(By.cssSelector("[data-listing-status=SUBMITTED]"));
		signOut();

		signIn("lee");
		openDirectory("en");
		championTab("review");
		WebElement card = visible(By.xpath("//article[.//h4[contains(., 'Casey N\u00fa\u00f1ez')]]"));
		card.findElement(By.cssSelector("button[data-action=approve]")).click();
		wait.until(ExpectedConditions.stalenessOf(card));
		signOut();

		signIn("alex");
		openDirectory("es");
		WebElement search = visible(By.cssSelector("form[data-form=champion-search] input[name=q]"));
		search.sendKeys("nunez");
		driver.findElement(By.cssSelector("button[data-action=search]")).click();
		WebElement found = visible(By.xpath("//article[@data-listing-id][.//h4[contains(., 'Casey N\u00fa\u00f1ez')]]"));
		assertEquals("Edificio B", found.findElement(By.cssSelector("[data-field=location]")).getText().replaceAll("^.*: ", ""));
		assertTrue(found.findElements(By.cssSelector("[data-field=email]")).isEmpty(), "the e-mail is for champions and leadership");
		assertTrue(driver.getCurrentUrl().contains("pvc-q=nunez"), driver.getCurrentUrl());

		openDirectory("es");
		new Select(visible(By.cssSelector("form[data-form=champion-search] select[name=language]"))).selectByValue("Espa\u00f1ol");
		driver.findElement(By.cssSelector("button[data-action=search]")).click();
		visible(By.xpath("//article[@data-listing-id][.//h4[contains(., 'Casey N\u00fa\u00f1ez')]]"));
		signOut();
	}

}

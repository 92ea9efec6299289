package org.peervoice.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * While the database cannot serve, the API answers 503 problem details (docs/reliability.md): the suggestion form
 * says the service is briefly unavailable and keeps everything typed, and the same click posts it once the service is
 * back. The page's own fetch answers the 503 here; the server's side is the fault suite's.
 */
@RunAsClient
@DisabledIfSystemProperty(named = "arquillian.launch", matches = "postgresql|mariadb", disabledReason = BrowserTestCase.ONCE_IS_ENOUGH)
class ServiceUnavailableBrowserIT extends BrowserTestCase {

	private static final String UNAVAILABLE_FETCH = "const original = window.fetch;"
		+ "window.pvOriginalFetch = original;"
		+ "window.fetch = (url, init) => (init && init.method === 'POST' && String(url).endsWith('/suggestions'))"
		+ " ? Promise.resolve(new Response(JSON.stringify({type: 'https://peervoice.org/problems/service-unavailable',"
		+ " title: 'The service is briefly unavailable; nothing was changed. Try again in a moment.', status: 503}),"
		+ " {status: 503, headers: {'Content-Type': 'application/problem+json', 'Retry-After': '5'}}))"
		+ " : original(url, init);";

	@Test
	void theSuggestionFormSaysTheServiceIsBrieflyUnavailableAndKeepsWhatWasTyped() {
		String title = unique("Kept while unavailable");
		String body = "Typed while the database was down; it must still be here.";
		signIn("alex");
		tab("submit");
		WebElement form = visible(By.cssSelector("form[data-form=submit]"));
		form.findElement(By.name("title")).sendKeys(title);
		form.findElement(By.name("body")).sendKeys(body);
		new Select(form.findElement(By.name("category"))).selectByValue("workplace-culture");
		form.findElement(By.cssSelector("input[type=radio][name=anonymous][value=false]")).click();
		script(UNAVAILABLE_FETCH);

		form.findElement(By.cssSelector("button[data-action=submit]")).click();

		WebElement alert = visible(By.cssSelector("form[data-form=submit] [data-alert] .alert"));
		assertEquals("The service is briefly unavailable. Please try again in a moment.", alert.getText().trim());
		assertEquals(title, form.findElement(By.name("title")).getAttribute("value"));
		assertEquals(body, form.findElement(By.name("body")).getAttribute("value"));
		assertEquals("workplace-culture", new Select(form.findElement(By.name("category"))).getFirstSelectedOption().getAttribute("value"));
		assertTrue(form.findElement(By.cssSelector("input[type=radio][name=anonymous][value=false]")).isSelected());

		script("window.fetch = window.pvOriginalFetch;");
		form.findElement(By.cssSelector("button[data-action=submit]")).click();

		waitFor("the form to be sent once the service is back",
			driver -> driver.findElements(By.cssSelector("form[data-form=submit] [data-alert] .alert")).isEmpty()
				&& !title.equals(driver.findElement(By.cssSelector("form[data-form=submit]")).findElement(By.name("title")).getAttribute("value")));
	}

}

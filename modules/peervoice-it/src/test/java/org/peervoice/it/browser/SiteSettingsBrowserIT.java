package org.peervoice.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The site settings tab of the suggestion box, as an administrator uses it: field errors before anything is sent and
 * by the server's codes in the viewer's language, then publication, delivery window and categories (add, reorder,
 * retire) saved; the writer's form no longer offers a retired category while the filters still do. The site's
 * settings are put back afterwards, since the other tests share the site.
 */
@RunAsClient
@DisabledIfSystemProperty(named = "arquillian.launch", matches = "postgresql|mariadb", disabledReason = BrowserTestCase.ONCE_IS_ENOUGH)
class SiteSettingsBrowserIT extends BrowserTestCase {

	private static final String SETTINGS = "/sites/" + RIVERSIDE + "/suggestion-settings";

	@Test
	void anAdministratorChangesTheSettingsAndSeesEachFieldsErrorInTheirLanguage() throws IOException {
		JsonNode original = as("admin").get(SETTINGS).expect(200);
		AccessibilityAudit audit = new AccessibilityAudit(driver);
		try {
			signIn("admin");
			driver.get(baseUri().resolve("sites/" + RIVERSIDE + "?lang=es").toString());
			tab("settings");
			WebElement form = visible(By.cssSelector("form[data-form=suggestion-settings] button[data-action=save-settings]"))
				.findElement(By.xpath("ancestor::form"));
			visible(By.cssSelector("section[data-settings-section=recognition] input[name=publicByDefault]"));
			// the board's values in the viewer's language, not their keys (recognition-value-* in content/Language_es.properties)
			String values = driver.findElement(By.cssSelector("section[data-settings-section=recognition] textarea[name=values]")).getAttribute("value");
			assertTrue(values.contains("Orientaci\u00f3n a la recuperaci\u00f3n") && !values.contains("recovery-oriented"), values);
			visible(By.cssSelector("section[data-settings-section=champions] input[name=profileFieldsEditable]"));
			driver.manage().window().setSize(new Dimension(360, 800));
			assertReadableLayout("the settings at 360 px [es]");
			driver.manage().window().setSize(new Dimension(1280, 900));

			WebElement window = form.findElement(By.name("mixingWindowMinutes"));
			window.clear();
			window.sendKeys("3");
			form.findElement(By.cssSelector("button[data-action=save-settings]")).click();
			WebElement windowGroup = visible(By.cssSelector("form[data-form=suggestion-settings] .has-error"));
			assertTrue(windowGroup.getText().contains("Escriba un n\u00famero entero de 5 a 60."), windowGroup.getText());
			assertEquals(window, driver.switchTo().activeElement(), "the first field in error has the focus");
			assertEquals(original.path("mixingWindowMinutes").asInt(), as("admin").get(SETTINGS).expect(200).path("mixingWindowMinutes").asInt(),
				"nothing was sent");

			window.clear();
			window.sendKeys("15");
			WebElement firstLabel = form.findElement(By.cssSelector("ol[data-categories] li input[name=label]"));
			firstLabel.clear();
			firstLabel.sendKeys("Cultura \u202e al rev\u00e9s");
			form.findElement(By.cssSelector("button[data-action=save-settings]")).click();
			WebElement labelError = visible(By.cssSelector("ol[data-categories] li:first-child .form-feedback-item"));
			assertEquals("Quite los caracteres de control de direcci\u00f3n del texto.", labelError.getText().trim(),
				"the server's code, not its English text");
			audit.check("settings with field errors [es]");
			firstLabel.clear();
			firstLabel.sendKeys("Cultura del equipo");

			driver.get(baseUri().resolve("sites/" + RIVERSIDE + "?lang=en").toString());
			tab("settings");
			form = visible(By.cssSelector("form[data-form=suggestion-settings] button[data-action=save-settings]")).findElement(By.xpath("ancestor::form"));
			window = form.findElement(By.name("mixingWindowMinutes"));
			window.clear();
			window.sendKeys("15");
			form.findElement(By.cssSelector("input[type=radio][name=publication][value=IMMEDIATE]")).click();
			form.findElement(By.name("newCategory")).sendKeys("Night shift");
			form.findElement(By.cssSelector("button[data-action=add-category]")).click();
			visible(By.cssSelector("li[data-category-key=night-shift]")).findElement(By.cssSelector("button[data-action=move-up]")).click();
			form.findElement(By.cssSelector("li[data-category-key=other] button[data-action=retire]")).click();
			visible(By.cssSelector("li[data-category-key=other][data-retired] button[data-action=restore]"));
			form.findElement(By.cssSelector("button[data-action=save-settings]")).click();
			visible(By.cssSelector("[data-settings-notice].alert-success"));
			audit.check("settings saved, a category retired [en]");

			JsonNode saved = as("admin").get(SETTINGS).expect(200);
			assertEquals("IMMEDIATE", saved.path("publication").asText());
			assertEquals(15, saved.path("mixingWindowMinutes").asInt());
			List<String> keys = StreamSupport.stream(saved.path("categories").spliterator(), false).map(category -> category.path("key").asText())
				.collect(Collectors.toList());
			int count = keys.size();
			assertEquals(List.of("night-shift", "other"), keys.subList(count - 2, count), "added, moved up above the last: " + keys);
			assertTrue(saved.path("categories").get(count - 1).path("retired").asBoolean(), "other is retired");
			assertEquals("Other", saved.path("categories").get(count - 1).path("label").asText(), "a retired category keeps its label");
			assertEquals("Workplace culture", saved.path("categories").get(0).path("label").asText(),
				"an untouched default category keeps its stored label");

			tab("submit");
			List<String> offered = new Select(visible(By.cssSelector("form[data-form=submit] select[name=category]"))).getOptions().stream()
				.map(option -> option.getAttribute("value")).collect(Collectors.toList());
			assertTrue(offered.contains("night-shift") && !offered.contains("other"), "the writer chooses among open categories: " + offered);
			tab("board");
			List<String> filter = new Select(visible(By.cssSelector("form[data-form=filters] select[name=category]"))).getOptions().stream()
				.map(option -> option.getAttribute("value")).collect(Collectors.toList());
			assertTrue(filter.contains("other"), "old items stay findable: " + filter);

			driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 320, "height", 900, "deviceScaleFactor", 1, "mobile", true));
			driver.get(baseUri().resolve("sites/" + RIVERSIDE + "?lang=es").toString());
			tab("settings");
			visible(By.cssSelector("form[data-form=suggestion-settings] ol[data-categories]"));
			Object overflow = script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertEquals(0L, ((Number) overflow).longValue(), "horizontal scroll at 320px on the settings tab");
			keepScreenshot("settings-320-es.png");
			tab("board");
			settled();
			keepScreenshot("board-320-es.png");
			audit.assertNoViolations();
		}
		finally {
			as("admin").put(SETTINGS, original).expect(200);
		}
		assertFalse(as("admin").get(SETTINGS).expect(200).path("categories").toString().contains("night-shift"));
	}

	private void keepScreenshot(String name) throws IOException {
		Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("captureBeyondViewport", true, "format", "png"));
		Path folder = Path.of("target", "screenshots");
		Files.createDirectories(folder);
		Files.write(folder.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
	}

}

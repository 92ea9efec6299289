package org.peervoice.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peervoice.it.ApiClient.json;

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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The recognition board in a real browser, 360 px wide, in English and Spanish: a giver recognizes two colleagues with the
 * keyboard alone (tabs, people picker, form); one recipient asks to be asked first with the keyboard alone too (the tabs,
 * Space on the box, Enter on Save) and approves, the other hides it; a third
 * person sees the recognition naming only the one who approved, and never the other's name. The give form, the board and a
 * recipient's own tab meet WCAG 2.1 AA (axe) in both languages.
 *
 * After an action on a recognition (Celebrate, Turn comments off) the focus stays on that action's button.
 *
 * <p>The API has no way to delete a recognition: each run gives one with a unique message, from a giver no other test uses
 * (the daily limit is per giver), and the recipient's "ask me first" is put back as it was.
 */
@RunAsClient
@DisabledIfSystemProperty(named = "arquillian.launch", matches = "postgresql|mariadb", disabledReason = BrowserTestCase.ONCE_IS_ENOUGH)
class RecognitionBoardBrowserIT extends BrowserTestCase {

	private static final String SITE = "/sites/" + RIVERSIDE;
	private static final String RECOGNITIONS = SITE + "/recognitions";
	private static final String PREFERENCE = SITE + "/recognition-preference";
	/** Renée Dubois gives; Helen Okafor asks first and approves; Dana Whitfield hides; Alex Rivera looks (DemoDirectory). */
	private static final String GIVER = "renee";
	private static final String GIVER_KEY = "u-1017";
	private static final String APPROVER = "helen";
	private static final String APPROVER_KEY = "u-1023";
	private static final String APPROVER_NAME = "Helen Okafor";
	private static final String HIDER = "dana";
	private static final String HIDER_KEY = "u-1011";
	private static final String HIDER_SURNAME = "Whitfield";
	private static final String VIEWER = "alex";

	private Boolean approverAskedFirst;

	@AfterEach
	void putTheApproversChoiceBack() {
		if (approverAskedFirst != null) {
			session(APPROVER).put(PREFERENCE, json("askFirst", approverAskedFirst)).expect(200);
		}
	}

	@Test
	void aGiverUsesTheKeyboardAndAThirdPersonSeesOnlyWhatEachRecipientAllowed() {
		driver.manage().window().setSize(new Dimension(360, 800));
		AccessibilityAudit audit = new AccessibilityAudit(driver);
		String message = unique("Thank you both for covering the Tuesday group");

		// the approver asks to be asked first, in the mine tab
		approverAskedFirst = session(APPROVER).get(PREFERENCE).expect(200).path("askFirst").asBoolean();
		session(APPROVER).put(PREFERENCE, json("askFirst", false)).expect(200);
		signIn(APPROVER);
		driver.manage().window().setSize(new Dimension(1280, 900));
		openBoard("en");
		assertReadableLayout("the board at 1280 px");
		driver.manage().window().setSize(new Dimension(360, 800));
		tabToTheTabs();
		arrowTo("mine");
		WebElement askFirst = present(By.cssSelector("form[data-form=preference] input[name=askFirst]"));
		assertFalse(askFirst.isSelected());
		tabUntil("the ask me first box", () -> "askFirst".equals(activeAttribute("name")));
		press(Keys.SPACE);
		assertTrue(askFirst.isSelected(), "Space ticks ask me first");
		tabUntil("the save button", () -> "save-preference".equals(activeAttribute("data-action")));
		press(Keys.ENTER);
		waitFor("the choice to be stored", driver -> session(APPROVER).get(PREFERENCE).expect(200).path("askFirst").asBoolean());
		signOut();

		// the giver, with the keyboard alone
		signIn(GIVER);
		for (String language : List.of("es", "en")) {
			openBoard(language);
			tabToTheTabs();
			arrowTo("give");
			visible(By.cssSelector("form[data-form=give-recognition] input[data-people-input]"));
			audit.check("the give form [" + language + "]");
			assertReadableLayout("the give form at 360 px [" + language + "]");
		}
		tabUntil("the people picker", () -> "".equals(activeAttribute("data-people-input")));
		choose("Helen", APPROVER_KEY);
		choose("Dana", HIDER_KEY);
		tabUntil("the message", () -> "message".equals(activeAttribute("name")));
		press(message);
		tabUntil("the first value", () -> "value".equals(activeAttribute("name")));
		press(Keys.SPACE);
		assertTrue(driver.switchTo().activeElement().isSelected(), "Space ticks a value");
		tabUntil("the board or private choice", () -> "visibility".equals(activeAttribute("name")));
		assertEquals("BOARD", activeAttribute("value"), "on the board unless the giver chooses otherwise");
		tabUntil("the give button", () -> "give".equals(activeAttribute("data-action")));
		press(Keys.ENTER);
		waitFor("the mine tab", driver -> "true".equals(driver.findElement(boardTabSelector("mine")).getAttribute("aria-selected")));
		String id = waitFor("the new recognition in the giver's list", driver -> recognitionWith(message));
		signOut();

		// the approver approves; the mine tab with a recognition waiting meets AA in both languages
		signIn(APPROVER);
		for (String language : List.of("en", "es")) {
			openBoard(language);
			boardTab("mine");
			assertTrue(present(By.cssSelector("form[data-form=preference] input[name=askFirst]")).isSelected(), "the choice is shown as stored");
			visible(By.cssSelector("article[data-recognition-id='" + id + "'] button[data-action=approve]"));
			audit.check("the mine tab with a recognition waiting [" + language + "]");
		}
		driver.findElement(By.cssSelector("article[data-recognition-id='" + id + "'] button[data-action=approve]")).click();
		waitFor("the approval", driver -> driver.findElements(By.cssSelector("article[data-recognition-id='" + id + "'] button[data-action=approve]"))
			.isEmpty() && !driver.findElements(By.cssSelector("article[data-recognition-id='" + id + "'] button[data-action=hide]")).isEmpty());
		signOut();

		// the other recipient hides it
		signIn(HIDER);
		openBoard("es");
		boardTab("mine");
		visible(By.cssSelector("article[data-recognition-id='" + id + "'] button[data-action=hide]")).click();
		waitFor("the recognition to be hidden", driver -> driver.findElements(By.cssSelector("article[data-recognition-id='" + id
			+ "'] button[data-action=hide]")).isEmpty());
		signOut();

		// a third person sees exactly what was allowed
		signIn(VIEWER);
		for (String language : List.of("en", "es")) {
			openBoard(language);
			WebElement card = visible(By.cssSelector("article[data-recognition-id='" + id + "']"));
			assertEquals(List.of(APPROVER_NAME), card.findElements(By.cssSelector("[data-recipients] li")).stream().map(WebElement::getText)
				.map(String::trim).collect(Collectors.toList()), language);
			assertTrue(card.getText().contains(message), language);
			assertFalse(card.getText().contains(HIDER_SURNAME), card.getText());
			audit.check("the board [" + language + "]");

			// the recognition on its own, as a link leads to it: nothing on the page names the one who hid it
			driver.get(baseUri().resolve("sites/" + RIVERSIDE + "/recognitions?lang=" + language + "#pv-recognition=" + id).toString());
			WebElement linked = visible(By.cssSelector("article[data-linked][data-recognition-id='" + id + "']"));
			assertTrue(linked.getText().contains(APPROVER_NAME), linked.getText());
			assertFalse(driver.findElement(By.tagName("body")).getText().contains(HIDER_SURNAME), language);
			assertFalse(driver.getPageSource().contains(HIDER_SURNAME), language);
		}

		// the person filter with the keyboard alone: what Helen received shows the recognition, what Dana received does
		// not (she hid it), and what Renée gave shows it again
		openBoard("es");
		tabUntil("the person filter", () -> "".equals(activeAttribute("data-people-input")));
		choose("Helen", APPROVER_KEY);
		filterWithEnter();
		assertTrue(shownIds().contains(id), "received by Helen: " + shownIds());
		for (String shown : shownIds()) {
			assertTrue(driver.findElement(By.cssSelector("article[data-recognition-id='" + shown + "'] [data-recipients]")).getText()
				.contains(APPROVER_NAME), "every card found names Helen among its recipients");
		}
		audit.check("the board filtered by a person [es]");
		tabUntil("the person filter", () -> "".equals(activeAttribute("data-people-input")));
		press(Keys.BACK_SPACE);
		choose("Dana", HIDER_KEY);
		filterWithEnter();
		assertFalse(shownIds().contains(id), "Dana hid it: the filter on her name does not find it");
		assertFalse(driver.getPageSource().contains(message), "nor shows its text anywhere");
		tabUntil("the person filter", () -> "".equals(activeAttribute("data-people-input")));
		press(Keys.BACK_SPACE);
		choose("Ren", GIVER_KEY);
		tabUntil("what the person did", () -> "role".equals(activeAttribute("name")));
		press(Keys.ARROW_DOWN);
		assertEquals("GIVEN", driver.switchTo().activeElement().getAttribute("value"), "Down chooses gave");
		filterWithEnter();
		assertTrue(shownIds().contains(id), "given by Renée: " + shownIds());
		signOut();
		audit.assertNoViolations();
	}

	/** Tab to the filter button and press Enter; waits until the board is drawn again (its old form gone) and loaded. */
	/**
	 * A keyboard user's action on a recognition re-renders the list; the focus must come back to that action's button on
	 * that recognition. Before, it fell to the page's body: after each Celebrate or Turn comments off a keyboard or screen
	 * reader user was back at the top of the page (WCAG 2.4.3).
	 */
	@Test
	void afterAnActionOnARecognitionTheFocusStaysOnItsButtonAndTheEquityTablesRowsStartWithTheirHeaders() {
		driver.manage().window().setSize(new Dimension(360, 800));
		String id = session("sam").post(RECOGNITIONS, json("recipients", List.of("u-1016"), "message", unique("Thank you for the calm handover"),
			"values", List.of("hope"), "visibility", "BOARD")).expect(201).path("id").asText();
		By card = By.cssSelector("pv-recognition-board article[data-recognition-id='" + id + "']");

		signIn("noah");
		openBoard("es");
		boardTab("mine");
		visible(card).findElement(By.cssSelector("button[data-action=comments-off]")).sendKeys(Keys.ENTER);
		waitFor("comments off, the focus on Turn comments on of the same recognition", browser -> ("comments-on||" + id).equals(focused()));

		signOut();
		signIn(VIEWER);
		openBoard("en");
		visible(card).findElement(By.cssSelector("button[data-action=celebrate]")).sendKeys(Keys.ENTER);
		waitFor("the celebration, the focus on the pressed Celebrate of the same recognition", browser -> ("celebrate|true|" + id).equals(focused()));

		// the equity tables: each row's header (th scope=row) is the row's first cell, level with its cells, its line under it
		signOut();
		signIn("lee");
		for (Dimension size : List.of(new Dimension(360, 800), new Dimension(1280, 900))) {
			driver.manage().window().setSize(size);
			openBoard("en");
			boardTab("equity");
			visible(By.cssSelector("pv-recognition-board table[data-table] tbody th[scope=row]"));
			assertRowHeadersStartTheirRows("the equity tables at " + size.width + " px");
			script("document.querySelector('pv-recognition-board table[data-table]').scrollIntoView();");
			screenshot("recognition-equity-" + size.width);
		}
	}

	/** In every body row of the equity tables: the row header first, its text level with its cells' text, the row's line under it too. */
	private void assertRowHeadersStartTheirRows(String where) {
		Object problems = script("const found = []; const text = (e) => { const r = document.createRange(); r.selectNodeContents(e); return r.getBoundingClientRect(); };"
			+ "const rows = document.querySelectorAll('pv-recognition-board table[data-table] tbody tr');"
			+ "if (!rows.length) found.push('no rows');"
			+ "for (const row of rows) { const header = row.firstElementChild; const cell = row.querySelector('td');"
			+ "  if (!header.matches('th[scope=row]') || !cell) { found.push('a row that does not start with its header: ' + row.dataset.row); continue; }"
			+ "  const h = text(header); const c = text(cell); const hs = getComputedStyle(header); const cs = getComputedStyle(cell);"
			+ "  if (header.getBoundingClientRect().right > cell.getBoundingClientRect().left + 0.5) found.push('a header not before its cells: ' + header.textContent);"
			+ "  if (Math.abs((h.top + h.bottom) / 2 - (c.top + c.bottom) / 2) > 2) found.push('a header above its cells (' + Math.round(h.top) + ' / ' + Math.round(c.top) + '): ' + header.textContent);"
			+ "  if (hs.borderBottomWidth !== cs.borderBottomWidth || hs.borderBottomStyle !== cs.borderBottomStyle) found.push('a header without its row line: ' + header.textContent); }"
			+ "return found;");
		assertEquals(List.of(), problems, where);
	}

	/** What has the focus, read in one script (the list is rendered again meanwhile): its action, aria-pressed, its recognition. */
	private String focused() {
		return String.valueOf(script("const active = document.activeElement; const card = active.closest('article[data-recognition-id]');"
			+ " return [active.dataset.action, active.getAttribute('aria-pressed'), card ? card.dataset.recognitionId : ''].join('|');"));
	}

	private void filterWithEnter() {
		tabUntil("the filter button", () -> "filter".equals(activeAttribute("data-action")));
		script("document.querySelector('pv-recognition-board form[data-form=recognition-filters]').dataset.before = 'true';");
		press(Keys.ENTER);
		waitFor("the filtered board", driver -> driver.findElements(By.cssSelector("pv-recognition-board form[data-before]")).isEmpty()
			&& driver.findElements(By.cssSelector("pv-recognition-board form[data-form=recognition-filters]")).size() == 1);
		loaded();
	}

	private List<String> shownIds() {
		return driver.findElements(By.cssSelector("pv-recognition-board article[data-recognition-id]")).stream()
			.map(card -> card.getAttribute("data-recognition-id")).collect(Collectors.toList());
	}

	private void openBoard(String language) {
		driver.get(baseUri().resolve("sites/" + RIVERSIDE + "/recognitions?lang=" + language).toString());
		visible(By.cssSelector("pv-recognition-board button[role=tab]"));
		loaded();
	}

	private void boardTab(String name) {
		wait.until(ExpectedConditions.elementToBeClickable(boardTabSelector(name))).click();
		wait.until(driver -> "true".equals(driver.findElement(boardTabSelector(name)).getAttribute("aria-selected")));
		loaded();
	}

	/** The theme's custom checkboxes are drawn by their labels: the input itself is there but not visible. */
	private WebElement present(By selector) {
		return wait.until(ExpectedConditions.presenceOfElementLocated(selector));
	}

	private static By boardTabSelector(String name) {
		return By.cssSelector("pv-recognition-board button[role=tab][data-tab=" + name + "]");
	}

	private void loaded() {
		waitFor("the recognition board to load", driver -> driver.findElements(By.cssSelector("pv-recognition-board [aria-busy=true]")).isEmpty());
	}

	private void tabToTheTabs() {
		tabUntil("the tabs", () -> "tab".equals(activeAttribute("role")));
	}

	private void arrowTo(String name) {
		for (int presses = 0; presses < 6 && !name.equals(activeAttribute("data-tab")); presses++) {
			press(Keys.ARROW_RIGHT);
		}
		assertEquals(name, activeAttribute("data-tab"), "the arrows move between the tabs");
		wait.until(driver -> "true".equals(driver.findElement(boardTabSelector(name)).getAttribute("aria-selected")));
		loaded();
	}

	/** Types part of a name into the people picker, moves to the match with Down and picks it with Enter. */
	private void choose(String typed, String userKey) {
		press(typed);
		visible(By.cssSelector("pv-people-picker [role=listbox] [role=option][data-user-key='" + userKey + "']"));
		press(Keys.ARROW_DOWN);
		press(Keys.ENTER);
		visible(By.cssSelector("pv-people-picker [data-people-chips] button[data-action=remove-person][data-user-key='" + userKey + "']"));
		assertEquals("", activeAttribute("data-people-input"), "the focus stays in the picker");
		assertTrue(driver.findElements(By.cssSelector("form[data-form=give-recognition] [role=alert] .alert, form[data-form=give-recognition] .alert-danger"))
			.isEmpty(), "Enter in the picker does not send the form");
	}

	private String recognitionWith(String message) {
		Object id = script("const card = [...document.querySelectorAll('pv-recognition-board article[data-recognition-id]')]"
			+ ".find((each) => each.textContent.includes(arguments[0])); return card ? card.dataset.recognitionId : null;", message);
		return id == null ? null : id.toString();
	}

}

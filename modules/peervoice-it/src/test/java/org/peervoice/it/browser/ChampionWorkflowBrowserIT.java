package org.peervoice.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peervoice.it.ApiClient.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The champion workflow's views in a real browser: the Nominations tab (with its form's errors, the open invitations,
 * the expertise list and the tags waiting), the nominee's Invitation tab with the decline question, a champion's
 * listing with a tag waiting, and the champion section of the suggestion box's Settings tab meet WCAG 2.1 AA in
 * English and Spanish (axe); a nominee accepts their invitation with the keyboard alone; the copies' download buttons,
 * pressed with the keyboard, give leadership and staff each the file they may have; when the site keeps the profile's
 * name, title and e-mail (settings checkbox), the owner's form shows them read-only, labelled, with a help text and
 * reachable with Tab, and saving stores the profile's values.
 */
@RunAsClient
@DisabledIfSystemProperty(named = "arquillian.launch", matches = "postgresql|mariadb", disabledReason = BrowserTestCase.ONCE_IS_ENOUGH)
class ChampionWorkflowBrowserIT extends BrowserTestCase {

	private static final String SITE = "/sites/" + RIVERSIDE;
	private static final String NOMINATIONS = SITE + "/champion-nominations";
	private static final String EXPERTISE = SITE + "/champion-expertise";
	private static final String KIM = "u-1010";

	private void openDirectory(String language) {
		driver.get(baseUri().resolve("sites/" + RIVERSIDE + "/champions?lang=" + language).toString());
		visible(By.cssSelector("pv-champion-directory button[role=tab]"));
	}

	private void championTab(String name) {
		By selector = By.cssSelector("pv-champion-directory button[role=tab][data-tab=" + name + "]");
		wait.until(ExpectedConditions.elementToBeClickable(selector)).click();
		wait.until(driver -> "true".equals(driver.findElement(selector).getAttribute("aria-selected")));
		waitFor("the tab to load", driver -> driver.findElements(By.cssSelector("pv-champion-directory [aria-busy=true]")).isEmpty());
	}

	private String nominateKim() {
		return session("lee").post(NOMINATIONS, json("nomineeKey", KIM, "category", "STAFF", "message", "We would love to have you."))
			.expect(201).path("id").asText();
	}

	@AfterEach
	void leaveNoWorkflowBehind() {
		for (JsonNode open : session("lee").get(NOMINATIONS).expect(200).path("items")) {
			session("lee").post(NOMINATIONS + "/" + open.path("id").asText() + "/withdraw", "{}");
		}
		JsonNode vocabulary = session("admin").get(EXPERTISE).expect(200);
		for (JsonNode waiting : vocabulary.path("pending")) {
			session("admin").post(EXPERTISE + "/pending/reject", json("term", waiting.path("value").asText()));
		}
		for (JsonNode term : vocabulary.path("terms")) {
			session("admin").post(EXPERTISE + "/terms/remove", json("term", term.asText()));
		}
		session("kim").delete(SITE + "/champions/mine");
		session("casey").delete(SITE + "/champions/mine");
	}

	@Test
	void everyWorkflowViewMeetsWcag21AAInEnglishAndSpanish() {
		nominateKim();
		session("admin").post(EXPERTISE + "/terms", json("term", "Supervision")).expect(200);
		session("casey").delete(SITE + "/champions/mine");
		session("casey").put(SITE + "/champions/mine", json("displayName", "Casey Morgan", "title", "Recovery Coach", "category", "PEER",
			"role", "Questions about recovery coaching.", "expertise", List.of("supervision", "harm reduction"))).expect(200);
		AccessibilityAudit audit = new AccessibilityAudit(driver);

		signIn("lee");
		for (String language : List.of("en", "es")) {
			openDirectory(language);
			championTab("nominations");
			visible(By.cssSelector("[data-pending-tag='harm reduction']"));
			visible(By.cssSelector("li[data-nomination-id]"));
			audit.check("nominations tab [" + language + "]");
			driver.findElement(By.cssSelector("button[data-action=nominate]")).click();
			visible(By.cssSelector("form[data-form=nomination] [role=alert], form[data-form=nomination] .alert"));
			audit.check("nomination form with its errors [" + language + "]");
		}
		signOut();

		signIn("kim");
		for (String language : List.of("en", "es")) {
			openDirectory(language);
			championTab("invitation");
			visible(By.cssSelector("article[data-nomination-id] [data-nomination-message]"));
			audit.check("invitation tab [" + language + "]");
			driver.findElement(By.cssSelector("button[data-action=decline-nomination]")).click();
			visible(By.cssSelector("button[data-action=confirm-decline-nomination]"));
			audit.check("the decline question [" + language + "]");
		}
		signOut();

		signIn("casey");
		for (String language : List.of("en", "es")) {
			openDirectory(language);
			championTab("mine");
			assertTrue(visible(By.cssSelector("[data-pending-expertise]")).getText().contains("harm reduction"));
			audit.check("my listing with a tag waiting [" + language + "]");
		}
		signOut();

		signIn("admin");
		for (String language : List.of("en", "es")) {
			driver.get(baseUri().resolve("sites/" + RIVERSIDE + "?lang=" + language).toString());
			tab("settings");
			visible(By.cssSelector("section[data-settings-section=champions] input[name=reconfirmDays]"));
			visible(By.cssSelector("section[data-settings-section=champions] li[data-term=Supervision]"));
			audit.check("the suggestion box's settings with the champion section [" + language + "]");
		}
		signOut();
		audit.assertNoViolations();
	}

	@Test
	void whenTheSiteKeepsTheProfilesFieldsTheFormShowsThemReadOnlyAndSavingStoresTheProfiles() {
		String settings = SITE + "/champion-settings";
		JsonNode before = session("admin").get(settings).expect(200);
		session("casey").delete(SITE + "/champions/mine");
		try {
			AccessibilityAudit audit = new AccessibilityAudit(driver);
			signIn("admin");
			driver.get(baseUri().resolve("sites/" + RIVERSIDE + "?lang=en").toString());
			tab("settings");
			WebElement editable = visible(By.cssSelector("section[data-settings-section=champions] input[name=profileFieldsEditable]"));
			assertTrue(editable.isSelected(), "editable by default");
			editable.sendKeys(Keys.SPACE);
			driver.findElement(By.cssSelector("section[data-settings-section=champions] button[data-action=save-champion-settings]")).click();
			visible(By.cssSelector("section[data-settings-section=champions] .alert-success"));
			signOut();
			assertEquals(false, session("admin").get(settings).expect(200).path("profileFieldsEditable").asBoolean(true));

			signIn("casey");
			for (String language : List.of("en", "es")) {
				openDirectory(language);
				championTab("mine");
				WebElement form = visible(By.cssSelector("form[data-form=listing]"));
				Map<String, String> profile = Map.of("displayName", "Casey Morgan", "title", "Recovery Coach", "email", "casey@example.org");
				for (Map.Entry<String, String> field : profile.entrySet()) {
					WebElement input = form.findElement(By.name(field.getKey()));
					assertEquals(field.getValue(), input.getAttribute("value"), field.getKey());
					assertEquals("true", input.getDomProperty("readOnly"), field.getKey());
					assertEquals(1, form.findElements(By.cssSelector("label[for='" + input.getAttribute("id") + "']")).size(), field.getKey());
					String help = input.getAttribute("aria-describedby").split(" ")[0];
					assertTrue(!form.findElement(By.id(help)).getText().isBlank(), field.getKey() + " has its help text");
				}
				audit.check("my listing with the profile's fields read-only [" + language + "]");
			}
			script("arguments[0].focus()", driver.findElement(By.cssSelector("form[data-form=listing] input[name=displayName]")));
			press(Keys.TAB);
			assertEquals("title", activeAttribute("name"), "a read-only field is passed through with Tab like any other");
			signOut();

			JsonNode saved = session("casey").put(SITE + "/champions/mine", json("displayName", "Someone Else", "title", "Other Title",
				"category", "PEER", "role", "Questions about recovery coaching.", "email", "someone.else@example.org", "emailAudience",
				"EVERYONE")).expect(200);
			assertEquals(List.of("Casey Morgan", "Recovery Coach", "casey@example.org"), List.of(saved.path("displayName").asText(),
				saved.path("title").asText(), saved.path("email").asText()), "the profile's, not the request's");
			audit.assertNoViolations();
		}
		finally {
			session("admin").put(settings, json("approvalRequired", before.path("approvalRequired").asBoolean(), "reconfirmDays",
				before.path("reconfirmDays").asInt(), "graceDays", before.path("graceDays").asInt(), "phoneRegion",
				before.path("phoneRegion").asText())).expect(200);
		}
	}

	@Test
	void aNomineeAcceptsTheirInvitationWithTheKeyboardAlone() {
		nominateKim();
		signIn("kim");
		openDirectory("en");

		for (int presses = 0; presses < 40 && !"tab".equals(activeAttribute("role")); presses++) {
			press(Keys.TAB);
		}
		assertEquals("tab", activeAttribute("role"), "the tabs are reached with Tab");
		for (int presses = 0; presses < 6 && !"invitation".equals(activeAttribute("data-tab")); presses++) {
			press(Keys.ARROW_RIGHT);
		}
		assertEquals("invitation", activeAttribute("data-tab"));
		visible(By.cssSelector("button[data-action=accept-nomination]"));
		for (int presses = 0; presses < 10 && !"accept-nomination".equals(activeAttribute("data-action")); presses++) {
			press(Keys.TAB);
		}
		assertEquals("accept-nomination", activeAttribute("data-action"));
		press(Keys.ENTER);

		WebElement form = visible(By.cssSelector("form[data-form=listing]"));
		assertEquals("Kim Nguyen", form.findElement(By.name("displayName")).getAttribute("value"));
		visible(By.cssSelector("[data-listing-status=DRAFT]"));
		assertTrue(driver.getCurrentUrl().contains("pvc-tab=mine"), driver.getCurrentUrl());
		signOut();
	}

	@Test
	void theDownloadButtonsGiveEachReaderOnlyWhatTheOwnerShowedThem() throws IOException {
		String hidden = "casey.copies@example.org";
		session("casey").delete(SITE + "/champions/mine");
		String id = session("casey").put(SITE + "/champions/mine", json("displayName", "Casey Copies", "title", "Recovery Coach",
			"category", "PEER", "role", "Questions about recovery coaching.", "email", hidden, "emailAudience", "CHAMPIONS_AND_LEADERSHIP",
			"location", "Building C", "locationAudience", "EVERYONE")).expect(200).path("id").asText();
		session("casey").post(SITE + "/champions/mine/submit", "{}").expect(200);
		session("lee").post(SITE + "/champions/" + id + "/approve", "{}").expect(200);
		Path downloads = Files.createTempDirectory("pv-it-downloads");
		try {
			driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));

			signIn("lee");
			openDirectory("en");
			championTab("worksheet");
			String pdf = pdfText(download(downloads, By.cssSelector("a[data-action=download-pdf]")));
			assertTrue(pdf.contains("Casey Copies") && pdf.contains("Building C") && pdf.contains(hidden), pdf);
			String csv = new String(download(downloads, By.cssSelector("a[data-action=export-csv]")), StandardCharsets.UTF_8);
			assertTrue(csv.lines().anyMatch(line -> line.contains("Casey Copies") && line.contains(hidden)), csv);
			String vcards = new String(download(downloads, By.cssSelector("a[data-action=export-vcards]")), StandardCharsets.UTF_8);
			assertTrue(vcards.startsWith("BEGIN:VCARD") && vcards.contains("VERSION:4.0"), vcards);
			assertTrue(vcards.contains("FN:Casey Copies") && vcards.contains(hidden), vcards);
			championTab("directory");
			visible(By.cssSelector("form[data-form=champion-search] input[name=q]")).sendKeys("copies", Keys.ENTER);
			By card = By.xpath("//article[@data-listing-id='" + id + "']//a[@data-action='download-vcard']");
			String one = new String(download(downloads, card), StandardCharsets.UTF_8);
			assertEquals(1, one.split("BEGIN:VCARD", -1).length - 1, one);
			assertTrue(one.contains("VERSION:4.0") && one.contains("FN:Casey Copies") && one.contains(hidden), one);
			signOut();

			signIn("alex");
			openDirectory("en");
			championTab("worksheet");
			String staffPdf = pdfText(download(downloads, By.cssSelector("a[data-action=download-pdf]")));
			assertTrue(staffPdf.contains("Casey Copies") && staffPdf.contains("Building C"), staffPdf);
			assertTrue(!staffPdf.contains(hidden), "the e-mail is for champions and leadership: " + staffPdf);
			assertTrue(driver.findElements(By.cssSelector("a[data-action=export-csv], a[data-action=export-vcards]")).isEmpty(),
				"staff have no CSV or vCard copies");
			signOut();
		}
		finally {
			try (Stream<Path> files = Files.walk(downloads)) {
				files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(file -> file.toFile().delete());
			}
		}
	}

	/** Presses the link with Enter (the keyboard, as a user without a mouse does) and returns the file it downloads. */
	private byte[] download(Path downloads, By link) {
		empty(downloads);
		WebElement button = visible(link);
		button.sendKeys(Keys.ENTER);
		Path file = waitFor("the download of " + link, driver -> {
			List<Path> done = files(downloads).stream().filter(path -> !path.getFileName().toString().endsWith(".crdownload"))
				.collect(Collectors.toList());
			return done.size() == 1 && files(downloads).size() == 1 ? done.get(0) : null;
		});
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<Path> files(Path directory) {
		try (Stream<Path> files = Files.list(directory)) {
			return files.collect(Collectors.toList());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void empty(Path directory) {
		files(directory).forEach(file -> file.toFile().delete());
	}

	private static String pdfText(byte[] pdf) throws IOException {
		assertTrue(pdf.length > 4 && new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"), "a PDF");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}

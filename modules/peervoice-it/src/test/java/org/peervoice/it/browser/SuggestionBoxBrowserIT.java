package org.peervoice.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.peervoice.it.ApiClient.json;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peervoice.it.PortalTestCase;

/**
 * The suggestion box in a real browser (Debian's headless Chromium): an anonymous writer posts,
 * copies the receipt and follows up with it; leadership answers DONE and the answer shows on
 * "You said, we did". Runs on the HSQLDB container only: the browser sees the same API there.
 */
@RunAsClient
class SuggestionBoxBrowserIT extends PortalTestCase {

	private static final String CHROMIUM = "/usr/bin/chromium";
	private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	private ChromeDriver driver;
	private WebDriverWait wait;
	private Path profile;

	@BeforeEach
	void startBrowser() throws Exception {
		if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
			fail("The browser test needs Debian's Chromium and ChromeDriver at " + CHROMIUM + " and " + CHROMEDRIVER
				+ ": apt-get install chromium chromium-driver (.ci/run does this).");
		}
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
		System.setProperty("SE_OFFLINE", "true");
		profile = Files.createTempDirectory("pv-it-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
			"--disable-component-update", "--no-first-run", "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
		driver = new ChromeDriver(service, options);
		wait = new WebDriverWait(driver, Duration.ofSeconds(15));
	}

	@AfterEach
	void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
		deleteProfile();
	}

	private void deleteProfile() {
		if (profile == null) {
			return;
		}
		try (java.util.stream.Stream<Path> paths = Files.walk(profile)) {
			paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (java.io.IOException e) {
			System.err.println("Could not delete " + profile + ": " + e);
		}
	}

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
		lookup.findElement(By.name("receipt")).sendKeys(receipt);
		lookup.findElement(By.cssSelector("button[data-action=lookup]")).click();
		WebElement found = waitFor("the receipt look-up", driver -> cardTitled(title));
		assertEquals("SUBMITTED", found.getAttribute("data-status"));
		signOut();

		signIn("lee");
		tab("queue");
		sortNewest();
		retryingWhileTheListRenders(() -> {
			WebElement queued = waitFor("the item in the queue", driver -> cardTitled(title));
			WebElement respond = queued.findElement(By.cssSelector("details[data-section=respond]"));
			respond.findElement(By.tagName("summary")).click();
			new Select(respond.findElement(By.name("status"))).selectByValue("DONE");
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
			WebElement done = waitFor("the item on You said, we did", driver -> cardTitled(title));
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

	private void signIn(String user) {
		driver.get(baseUri().resolve("sign-in").toString());
		visible(By.id("username")).sendKeys(user);
		driver.findElement(By.id("password")).sendKeys("demo");
		driver.findElement(By.cssSelector("form[action='/sign-in'] button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='/sign-out']")));
		driver.get(baseUri().resolve("sites/" + RIVERSIDE).toString());
		visible(By.cssSelector("pv-suggestion-box button[role=tab]"));
	}

	private void signOut() {
		driver.findElement(By.cssSelector("form[action='/sign-out'] button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
	}

	private void tab(String name) {
		By selector = By.cssSelector("pv-suggestion-box button[role=tab][data-tab=" + name + "]");
		wait.until(ExpectedConditions.elementToBeClickable(selector)).click();
		wait.until(driver -> "true".equals(driver.findElement(selector).getAttribute("aria-selected")));
	}

	private WebElement visible(By selector) {
		try {
			return wait.until(ExpectedConditions.visibilityOfElementLocated(selector));
		}
		catch (TimeoutException e) {
			throw new AssertionError(selector + " did not show. Alerts: " + alerts() + "\nPage: " + driver.findElement(By.tagName("body")).getText(), e);
		}
	}

	private <T> T waitFor(String what, ExpectedCondition<T> condition) {
		try {
			return wait.until(condition);
		}
		catch (TimeoutException e) {
			throw new AssertionError(what + " did not happen. Alerts: " + alerts() + "\nPage: " + driver.findElement(By.tagName("body")).getText(), e);
		}
	}

	private String alerts() {
		StringBuilder text = new StringBuilder();
		for (WebElement alert : driver.findElements(By.cssSelector("[role=alert]"))) {
			if (!alert.getText().isBlank()) {
				text.append('[').append(alert.getText()).append("] ");
			}
		}
		return text.toString();
	}

	/** Newest first where the open tab can sort: the item under test is the newest. */
	private void sortNewest() {
		for (WebElement sort : driver.findElements(By.cssSelector("form[data-form=filters] select[name=sort]"))) {
			if (sort.isDisplayed()) {
				new Select(sort).selectByValue("newest");
			}
		}
	}

	/** The visible suggestion card with this title, or null while there is none. */
	private WebElement cardTitled(String title) {
		try {
			for (WebElement card : driver.findElements(By.cssSelector("article[data-suggestion-id]"))) {
				List<WebElement> titles = card.findElements(By.cssSelector("[data-title]"));
				if (!titles.isEmpty() && card.isDisplayed() && title.equals(titles.get(0).getText().trim())) {
					return card;
				}
			}
		}
		catch (StaleElementReferenceException replacedMeanwhile) {
			// the list is being rendered again; the wait asks once more
		}
		return null;
	}

	/** Lists are replaced when they reload (after a filter change, say): start over with fresh elements. */
	private void retryingWhileTheListRenders(Runnable steps) {
		for (int attempt = 1;; attempt++) {
			try {
				steps.run();
				return;
			}
			catch (StaleElementReferenceException e) {
				if (attempt == 5) {
					throw e;
				}
			}
		}
	}

	private Object script(String source) {
		return ((JavascriptExecutor) driver).executeScript(source);
	}

}

package org.peervoice.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peervoice.it.PortalTestCase;

/**
 * A fresh headless Chromium (Debian's) per test (started while the test before ran), signed in through the dev portal's form, and the
 * steps every browser test takes on the suggestion box: pick a tab, wait for a list, find a card.
 */
abstract class BrowserTestCase extends PortalTestCase {

	/** Also when -Dit.test overrides the PostgreSQL and MariaDB executions' excludes in the pom. */
	static final String ONCE_IS_ENOUGH = "the browser sees the same pages and API on either database: the HSQLDB run checks them";

	private static final String CHROMIUM = "/usr/bin/chromium";
	private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
	private static final int MOST_PAGES = 20;
	private static final long POLL_MILLIS = 50;

	protected ChromeDriver driver;
	protected WebDriverWait wait;
	private Path profile;

	@BeforeEach
	void startBrowser() throws IOException {
		if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
			fail("The browser tests need Debian's Chromium and ChromeDriver at " + CHROMIUM + " and " + CHROMEDRIVER
				+ ": apt-get install chromium chromium-driver (.ci/run does this).");
		}
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
		System.setProperty("SE_OFFLINE", "true");
		Browser browser = takeSpare();
		if (browser == null) {
			browser = Browser.launch();
		}
		driver = browser.driver;
		profile = browser.profile;
		synchronized (BrowserTestCase.class) {
			spare = STARTER.submit(Browser::launch);
		}
		wait = waitOn(driver);
	}

	/** A fresh Chromium process on a fresh profile, and its ChromeDriver. */
	private static final class Browser {

		final ChromeDriver driver;
		final Path profile;

		private Browser(ChromeDriver driver, Path profile) {
			this.driver = driver;
			this.profile = profile;
		}

		static Browser launch() throws IOException {
			Path profile = Files.createTempDirectory("pv-it-chromium");
			return new Browser(chromium(profile), profile);
		}

		void quit() {
			driver.quit();
			deleteDirectory(profile);
		}

	}

	/**
	 * The next test's browser, started while the current test runs: each test still gets a Chromium process and profile
	 * no test used before, and the 2-6 s of a start (more with other builds on the machine) are no longer spent in the
	 * test (docs/testing.md, "Keeping the suite within 20 minutes"). The one left when the fork ends is quit then.
	 */
	private static Future<Browser> spare;
	private static final ExecutorService STARTER = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "spare-chromium");
		thread.setDaemon(true);
		return thread;
	});

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			Browser left = takeSpare();
			if (left != null) {
				left.quit();
			}
		}, "quit-spare-chromium"));
	}

	/** The spare browser, once started; null when there is none or it could not start (then the test starts one itself and reports why). */
	private static synchronized Browser takeSpare() {
		Future<Browser> started = spare;
		spare = null;
		if (started == null) {
			return null;
		}
		try {
			return started.get();
		}
		catch (ExecutionException | InterruptedException failed) {
			if (failed instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			return null;
		}
	}

	/**
	 * Waits up to 15 s, asking every {@value #POLL_MILLIS} ms: Selenium's default of 500 ms added on average a quarter of
	 * a second to every wait a page did not meet at once, several seconds per test (docs/testing.md, "Keeping the suite
	 * within 20 minutes"). A check is one local ChromeDriver command of a few milliseconds.
	 */
	protected static WebDriverWait waitOn(WebDriver browser) {
		return new WebDriverWait(browser, Duration.ofSeconds(15), Duration.ofMillis(POLL_MILLIS));
	}

	private static ChromeDriver chromium(Path profile) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
			"--disable-component-update", "--no-first-run", "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
		return new ChromeDriver(service, options);
	}

	// town hall
	/** A second browser (its own profile, so its own session) for a test that watches a page change live; the caller quits it. */
	protected ChromeDriver anotherBrowser() throws IOException {
		return chromium(Files.createTempDirectory("pv-it-chromium"));
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
		deleteDirectory(profile);
	}

	private static void deleteDirectory(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException e) {
			System.err.println("Could not delete " + directory + ": " + e);
		}
	}

	protected void signIn(String user) {
		driver.get(baseUri().resolve("sign-in").toString());
		visible(By.id("username")).sendKeys(user);
		driver.findElement(By.id("password")).sendKeys("demo");
		driver.findElement(By.cssSelector("form[action='/sign-in'] button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='/sign-out']")));
		driver.get(baseUri().resolve("sites/" + RIVERSIDE).toString());
		visible(By.cssSelector("pv-suggestion-box button[role=tab]"));
	}

	protected void signOut() {
		driver.findElement(By.cssSelector("form[action='/sign-out'] button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
	}

	protected void tab(String name) {
		By selector = tabSelector(name);
		wait.until(ExpectedConditions.elementToBeClickable(selector)).click();
		wait.until(driver -> "true".equals(driver.findElement(selector).getAttribute("aria-selected")));
	}

	protected static By tabSelector(String name) {
		return By.cssSelector("pv-suggestion-box button[role=tab][data-tab=" + name + "]");
	}

	/** Until no list of the suggestion box is loading any more. */
	protected void settled() {
		waitFor("the suggestion box to finish loading", driver -> driver.findElements(By.cssSelector("pv-suggestion-box [aria-busy=true]")).isEmpty());
	}

	protected WebElement visible(By selector) {
		try {
			return wait.until(ExpectedConditions.visibilityOfElementLocated(selector));
		}
		catch (TimeoutException e) {
			throw new AssertionError(selector + " did not show. Alerts: " + alerts() + "\nPage: " + driver.findElement(By.tagName("body")).getText(), e);
		}
	}

	protected <T> T waitFor(String what, ExpectedCondition<T> condition) {
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
	protected void sortNewest() {
		for (WebElement sort : driver.findElements(By.cssSelector("form[data-form=filters] select[name=sort]"))) {
			if (sort.isDisplayed()) {
				new Select(sort).selectByValue("newest");
			}
		}
	}

	/** The visible suggestion card with this title, or null while there is none. */
	protected WebElement cardTitled(String title) {
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

	/**
	 * The card with this title on whichever page of the open list holds it: other tests fill the
	 * lists too, and anonymous items of one day come in no particular order.
	 */
	protected WebElement cardTitledOnAnyPage(String what, String title) {
		for (int page = 1; page <= MOST_PAGES; page++) {
			settled();
			WebElement card = cardTitled(title);
			if (card != null) {
				return card;
			}
			List<WebElement> next = driver.findElements(By.cssSelector("nav[data-pagination] li:last-child > button:not([disabled])"));
			if (next.isEmpty()) {
				break;
			}
			next.get(0).click();
		}
		return waitFor(what, driver -> cardTitled(title));
	}

	/** Lists are replaced when they reload (after a filter change, say): start over with fresh elements. */
	protected void retryingWhileTheListRenders(Runnable steps) {
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

	/**
	 * What the eye needs and an accessibility audit does not measure, on the visible part of the page: the selected tab
	 * of a .nav-underline tab list set apart from the others and its tabs on one line when they fit (Clay's Atlas has no
	 * rules for that class), a checkbox's or
	 * radio's hint with lines apart (Clay's .custom-control has line-height 1), a checkbox's or radio's text in
	 * .custom-control-label-text (else it touches the box), a native checkbox beside its text, and every open dropdown
	 * inside the viewport; the buttons of a .pv-button-row at least 24 px and 8 px apart (WCAG 2.2 target size), and a
	 * privacy warning shown once, each of its findings once.
	 */
	protected void assertReadableLayout(String where) {
		Object problems = script("const shown = (e) => e.getClientRects().length > 0; const found = [];"
			+ "for (const list of document.querySelectorAll('.nav-underline[role=tablist]')) {"
			+ "  const tabs = [...list.querySelectorAll('[role=tab]')].filter(shown);"
			+ "  const look = (tab) => { const s = getComputedStyle(tab); return s.borderBottomColor + s.borderBottomWidth + s.color + s.fontWeight; };"
			+ "  const selected = tabs.find((tab) => tab.getAttribute('aria-selected') === 'true');"
			+ "  if (selected && tabs.some((tab) => tab !== selected && look(tab) === look(selected))) found.push('a selected tab looks like the others: ' + selected.textContent);"
			+ "  const need = (tab) => { const text = document.createRange(); text.selectNodeContents(tab); return text.getBoundingClientRect().width + 48; };"
			+ "  const width = tabs.reduce((sum, tab) => sum + need(tab), 0);"
			+ "  if (tabs.length > 1 && width < list.clientWidth && tabs.some((tab) => tab.offsetTop !== tabs[0].offsetTop)) found.push('tabs that fit on one line are stacked: ' + list.textContent); }"
			+ "for (const hint of document.querySelectorAll('.custom-control .form-text')) {"
			+ "  const s = getComputedStyle(hint);"
			+ "  if (shown(hint) && parseFloat(s.lineHeight) < 1.4 * parseFloat(s.fontSize)) found.push('cramped hint (' + s.lineHeight + '): ' + hint.textContent.slice(0, 40)); }"
			+ "for (const label of document.querySelectorAll('.custom-control-label')) {"
			+ "  if (shown(label) && [...label.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) found.push('text touching its box: ' + label.textContent.slice(0, 40)); }"
			+ "for (const box of document.querySelectorAll('.form-check > input')) {"
			+ "  const label = box.parentElement.querySelector('label');"
			+ "  if (shown(box) && label && label.getBoundingClientRect().top >= box.getBoundingClientRect().bottom) found.push('a checkbox above its text: ' + label.textContent.slice(0, 40)); }"
			+ "for (const menu of document.querySelectorAll('.dropdown-menu')) {"
			+ "  const r = menu.getBoundingClientRect();"
			+ "  if (shown(menu) && r.width > 0 && (r.left < 0 || r.right > document.documentElement.clientWidth)) found.push('a dropdown outside the viewport: ' + r.left + '..' + r.right); }"
			+ "for (const row of document.querySelectorAll('.pv-button-row')) {"
			+ "  const targets = [...row.children].filter((e) => shown(e) && e.matches('button, a.btn, .btn')).map((e) => [e, e.getBoundingClientRect()]);"
			+ "  for (const [e, r] of targets) { if (r.height < 24 || r.width < 24) found.push('a target under 24 px: ' + e.textContent.trim().slice(0, 40)); }"
			+ "  for (let i = 1; i < targets.length; i++) { const a = targets[i - 1][1]; const b = targets[i][1];"
			+ "    const apart = Math.max(b.left - a.right, a.left - b.right, b.top - a.bottom, a.top - b.bottom);"
			+ "    if (apart < 8) found.push('buttons touching (' + Math.round(apart) + ' px apart): ' + targets[i - 1][0].textContent.trim().slice(0, 30) + ' / ' + targets[i][0].textContent.trim().slice(0, 30)); } }"
			+ "for (const warnings of document.querySelectorAll('[data-privacy-warnings]')) {"
			+ "  const texts = [...warnings.querySelectorAll('li')].map((li) => li.textContent.trim());"
			+ "  if (new Set(texts).size < texts.length) found.push('a privacy warning listed twice: ' + texts.join(' | '));"
			+ "  if (warnings.querySelectorAll('[data-action=post-anyway]').length > 1) found.push('the privacy warning shown twice'); }"
			+ "return found;");
		assertEquals(List.of(), problems, where);
	}

	/** A screenshot of the whole page into target/screenshots/NAME.png, to look at. */
	protected void screenshot(String name) {
		try {
			java.util.Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", java.util.Map.of("captureBeyondViewport", true, "format", "png"));
			Path folder = Path.of("target", "screenshots");
			Files.createDirectories(folder);
			Files.write(folder.resolve(name + ".png"), java.util.Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	protected Object script(String source, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(source, arguments);
	}

	/** Keys to whatever has the focus, as a keyboard sends them. */
	protected void press(CharSequence keys) {
		new Actions(driver).sendKeys(keys).perform();
	}

	/** An attribute of the focused element. */
	protected String activeAttribute(String name) {
		return driver.switchTo().activeElement().getAttribute(name);
	}

	/** Presses Tab until {@code reached} holds (at most 60 times), and fails naming what has the focus otherwise. */
	protected void tabUntil(String what, java.util.function.BooleanSupplier reached) {
		for (int presses = 0; presses < 60 && !reached.getAsBoolean(); presses++) {
			press(Keys.TAB);
		}
		assertTrue(reached.getAsBoolean(), what + " is reached with Tab; the focus is on " + driver.switchTo().activeElement().getAttribute("outerHTML"));
	}

}

package org.peervoice.it.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.openqa.selenium.JavascriptExecutor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * axe-core (from its webjar) run in the page as it is now, against the WCAG 2.1 level A and AA
 * rules, plus the field-boundary contrast axe leaves out. Findings from every page state are
 * collected, so one run lists everything to fix.
 */
final class AccessibilityAudit {

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final String WEBJAR = "META-INF/maven/org.webjars.npm/axe-core/pom.properties";
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final String RUN_AXE = "const done = arguments[arguments.length - 1];\n"
		+ "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})\n"
		+ "\t.then((results) => done(JSON.stringify(results.violations.map((violation) => ({\n"
		+ "\t\thelp: violation.help, id: violation.id, impact: violation.impact,\n"
		+ "\t\tnodes: violation.nodes.map((node) => ({summary: node.failureSummary, target: node.target})),\n"
		+ "\t})))))\n"
		+ "\t.catch((error) => done(JSON.stringify({error: String(error)})));";

	// axe has no rule for WCAG 1.4.11 (non-text contrast): the boundary of every visible field against what is behind
	// it; the focused field is left out, its focus ring is its boundary
	private static final String FIELD_BOUNDARIES = "const rgb = (color) => (color.match(/[\\d.]+/g) || []).map(Number);\n"
		+ "const luminance = (color) => { const [r, g, b] = rgb(color).map((c) => c / 255)"
		+ ".map((c) => (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4))); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };\n"
		+ "const opaque = (color) => { const parts = rgb(color); return parts.length < 4 || parts[3] === 1; };\n"
		+ "const behind = (node) => { for (let e = node.parentElement; e; e = e.parentElement) {\n"
		+ "\tconst color = getComputedStyle(e).backgroundColor; if (opaque(color)) { return color; } } return 'rgb(255, 255, 255)'; };\n"
		+ "const contrast = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };\n"
		+ "return Array.from(document.querySelectorAll('.form-control')).filter((field) => field.offsetParent !== null\n"
		+ "\t&& field !== document.activeElement).map((field) => {\n"
		+ "\tconst style = getComputedStyle(field); const around = behind(field);\n"
		+ "\tconst best = Math.max(contrast(style.borderTopColor, around), contrast(style.backgroundColor, around));\n"
		+ "\treturn best >= 3 ? null : (field.id ? '#' + field.id : field.name) + ' border ' + style.borderTopColor + ', fill '\n"
		+ "\t\t+ style.backgroundColor + ' on ' + around + ': ' + best.toFixed(2) + ':1';\n"
		+ "}).filter(Boolean);";

	private final JavascriptExecutor browser;
	private final String axeSource;
	private final List<String> findings = new ArrayList<>();
	private final List<String> checked = new ArrayList<>();

	AccessibilityAudit(JavascriptExecutor browser) {
		this.browser = browser;
		this.axeSource = axeSource();
	}

	private static String axeSource() {
		ClassLoader loader = AccessibilityAudit.class.getClassLoader();
		try (InputStream webjar = loader.getResourceAsStream(WEBJAR)) {
			if (webjar == null) {
				throw new IllegalStateException("axe-core's webjar (org.webjars.npm:axe-core) is not on the test class path");
			}
			Properties coordinates = new Properties();
			coordinates.load(webjar);
			String script = "META-INF/resources/webjars/axe-core/" + coordinates.getProperty("version") + "/axe.min.js";
			try (InputStream axe = loader.getResourceAsStream(script)) {
				if (axe == null) {
					throw new IllegalStateException("no " + script + " in axe-core's webjar");
				}
				return new String(axe.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Runs axe on the page as it is now, and checks the contrast of field boundaries (WCAG 1.4.11),
	 * which axe does not; {@code state} names what is on screen, for the report.
	 */
	void check(String state) {
		if (!Boolean.TRUE.equals(browser.executeScript("return typeof window.axe === 'object';"))) {
			browser.executeScript(axeSource);
		}
		JsonNode violations = parse(browser.executeAsyncScript(RUN_AXE, WCAG_21_AA));
		if (violations.has("error")) {
			throw new AssertionError("axe could not check " + state + ": " + violations.get("error").asText());
		}
		checked.add(state);
		checkFieldBoundaries(state);
		for (JsonNode violation : violations) {
			StringBuilder finding = new StringBuilder().append(state).append(": ").append(violation.path("id").asText())
				.append(" (").append(violation.path("impact").asText()).append(") ").append(violation.path("help").asText());
			for (JsonNode node : violation.path("nodes")) {
				finding.append("\n\t").append(node.path("target").toString()).append("\n\t\t")
					.append(node.path("summary").asText().replace("\n", "\n\t\t"));
			}
			findings.add(finding.toString());
		}
	}

	private void checkFieldBoundaries(String state) {
		Object faint = browser.executeScript(FIELD_BOUNDARIES);
		if (faint instanceof List && !((List<?>) faint).isEmpty()) {
			StringBuilder finding = new StringBuilder(state).append(": non-text-contrast (WCAG 1.4.11) Field boundaries need 3:1 against their background");
			for (Object field : (List<?>) faint) {
				finding.append("\n\t").append(field);
			}
			findings.add(finding.toString());
		}
	}

	private static JsonNode parse(Object result) {
		try {
			return JSON.readTree(String.valueOf(result));
		}
		catch (IOException e) {
			throw new AssertionError("axe answered something else than JSON: " + result, e);
		}
	}

	void assertNoViolations() {
		if (!findings.isEmpty()) {
			fail(findings.size() + " WCAG 2.1 AA violation(s) found in " + checked.size() + " page states:\n"
				+ String.join("\n", findings));
		}
	}

}

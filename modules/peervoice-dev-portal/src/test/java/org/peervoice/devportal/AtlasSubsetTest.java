package org.peervoice.devportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The dev portal loads atlas-subset.css, the rules of Clay's atlas.css that its pages and the web components use. A
 * class they start to name that the subset lacks fails here, with the command that makes the subset again.
 */
class AtlasSubsetTest {

	private static final Path UI = Paths.get("../peervoice-ui/src/main/resources/META-INF/resources/peervoice-ui");
	private static final Path PAGES = Paths.get("src/main/java/org/peervoice/devportal");
	private static final Pattern CLASS_SELECTOR = Pattern.compile("\\.(-?[_a-zA-Z][\\w-]*)");
	private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_-]+");
	private static final Pattern PSEUDO = Pattern.compile("::?-?[A-Za-z][\\w-]*");
	private static final String REMAKE = "npx -y purgecss@6 --css " + UI + "/vendor/clay/atlas.css --content \"" + UI
		+ "/*.js\" \"modules/peervoice-dev-portal/" + PAGES + "/*.java\" --output /tmp/pv-atlas/ && cp /tmp/pv-atlas/atlas.css "
		+ UI + "/vendor/clay/atlas-subset.css (from the repository's root; see docs/benchmarks.md)";

	@Test
	void theSubsetKeepsEveryAtlasRuleWhoseClassesThePagesAndComponentsAllName() throws IOException {
		Set<String> named = new TreeSet<>();
		named.addAll(words(UI, ".js"));
		named.addAll(words(PAGES, ".java"));
		Set<String> kept = selectors(read(UI.resolve("vendor/clay/atlas-subset.css")));
		Set<String> missing = new TreeSet<>();
		for (String selector : selectors(read(UI.resolve("vendor/clay/atlas.css")))) {
			Set<String> names = namesIn(selector);
			if (!classesOf(selector).isEmpty() && named.containsAll(names) && !kept.contains(selector)) {
				missing.add(selector);
			}
		}

		assertTrue(missing.isEmpty(), "atlas-subset.css lacks the Atlas rules " + missing + "; make it again: " + REMAKE);
	}

	@Test
	void theSelectorParserSkipsDeclarationsCommentsAndAtRules() {
		String css = "@media (max-width: 575.98px) { .nav-tabs  >  .nav-link:hover, a.btn-primary { margin: .5rem; } }"
			+ " /* .commented {} */ .card{background:url(x.png)} .input-group:has(input:focus, textarea:focus) {x: y} @font-face { font-family: x; } @keyframes spin { from { opacity: 0; } }";

		assertEquals(Set.of(".nav-tabs > .nav-link:hover", "a.btn-primary", ".card", ".input-group:has(input:focus, textarea:focus)"),
			selectors(css));
		assertEquals(Set.of("nav-tabs", "nav-link"), classesOf(".nav-tabs > .nav-link:hover"));
		assertEquals(Set.of("card", "hr", "custom-control-input", "readonly"), namesIn(".card > hr .custom-control-input:checked[readonly]::after"));
	}

	/** Each selector of a style sheet's rules, white space collapsed (not its declarations, comments or at-rules). */
	static Set<String> selectors(String css) {
		String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
		Set<String> selectors = new TreeSet<>();
		StringBuilder prelude = new StringBuilder();
		int depthInDeclarations = 0;
		for (char c : text.toCharArray()) {
			if (depthInDeclarations > 0) {
				depthInDeclarations += c == '{' ? 1 : c == '}' ? -1 : 0;
				continue;
			}
			if (c == '{') {
				String selector = prelude.toString().trim();
				prelude.setLength(0);
				depthInDeclarations = 1;
				if (selector.startsWith("@")) {
					// a group rule (@media, @supports) holds rules; other at-rules (@font-face, @keyframes) hold no selectors
					depthInDeclarations = selector.startsWith("@media") || selector.startsWith("@supports") ? 0 : 1;
					continue;
				}
				// the selector list's commas, not those inside :is(), :has() and the like
				int depth = 0;
				int start = 0;
				for (int i = 0; i <= selector.length(); i++) {
					char at = i < selector.length() ? selector.charAt(i) : ',';
					depth += at == '(' ? 1 : at == ')' ? -1 : 0;
					if (at == ',' && depth == 0) {
						selectors.add(selector.substring(start, i).trim().replaceAll("\\s+", " "));
						start = i + 1;
					}
				}
			}
			else if (c == '}' || c == ';') {
				prelude.setLength(0);
			}
			else {
				prelude.append(c);
			}
		}
		return selectors;
	}

	/**
	 * The names a selector needs in a page to match (classes, ids, element and attribute names and values), as PurgeCSS
	 * keeps a rule only when the pages and components name them all; pseudo-classes and pseudo-elements are no such names.
	 */
	static Set<String> namesIn(String selector) {
		Set<String> names = new TreeSet<>();
		Matcher matcher = WORD.matcher(PSEUDO.matcher(selector).replaceAll(" "));
		while (matcher.find()) {
			if (!Character.isDigit(matcher.group().charAt(0))) {
				names.add(matcher.group().replaceAll("^-+", ""));
			}
		}
		names.remove("");
		return names;
	}

	static Set<String> classesOf(String selector) {
		Set<String> classes = new TreeSet<>();
		Matcher matcher = CLASS_SELECTOR.matcher(selector);
		while (matcher.find()) {
			classes.add(matcher.group(1));
		}
		return classes;
	}

	private static Set<String> words(Path folder, String extension) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			Set<String> words = new TreeSet<>();
			for (Path file : files.filter(path -> path.toString().endsWith(extension)).collect(Collectors.toList())) {
				Matcher matcher = WORD.matcher(read(file));
				while (matcher.find()) {
					words.add(matcher.group());
				}
			}
			return words;
		}
	}

	private static String read(Path file) throws IOException {
		return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
	}

}

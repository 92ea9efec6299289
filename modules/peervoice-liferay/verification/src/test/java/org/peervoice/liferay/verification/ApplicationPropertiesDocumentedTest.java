package org.peervoice.liferay.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The REST application's properties decide how Liferay authenticates and filters its requests
 * (auth verifiers, OAuth 2, access control). docs/liferay/access-and-auth.md tells administrators
 * what they are; its table and the built component must say the same.
 */
class ApplicationPropertiesDocumentedTest {

	static final String APPLICATION = "org.peervoice.service.internal.PeerVoiceRestApplication";
	static final Path DOCUMENT = Path.of(System.getProperty("peervoice.docs", "../../../docs"), "liferay", "access-and-auth.md");
	static final String TABLE_HEADING = "## Properties of the REST application";

	private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| `([^`]*)` \\|.*\\|$");

	@Test
	void theDocumentedTableIsExactlyTheComponentsProperties() throws IOException {
		Map<String, String> built = new TreeMap<>(ComponentDescriptors.named(BuiltBundles.bySymbolicName(BuiltBundles.SERVICE), APPLICATION).properties);

		assertEquals(documentedProperties(Files.readAllLines(DOCUMENT, StandardCharsets.UTF_8)), built);
	}

	@Test
	void theApplicationOptsOutOfServiceAccessPoliciesButNotOutOfOAuth2OrTheCsrfCheck() {
		Map<String, String> properties = ComponentDescriptors.named(BuiltBundles.bySymbolicName(BuiltBundles.SERVICE), APPLICATION).properties;

		// Liferay's access-control filter selects applications with (!(liferay.access.control.disable=true)),
		// its OAuth 2 extension those with (!(liferay.oauth2=false)).
		assertEquals("true", properties.get("liferay.access.control.disable"));
		assertNotEquals("false", properties.get("liferay.oauth2"));
		assertEquals("http.method", properties.get("oauth2.scope.checker.type"));
		assertFalse(properties.keySet().stream().anyMatch(key -> key.startsWith("auth.verifier.") && key.endsWith("check.csrf.token")),
			"the portal-session verifier must keep checking the CSRF token");
	}

	@Test
	void aChangedValueOrAnUndocumentedPropertyIsNoticed() {
		List<String> document = List.of(TABLE_HEADING, "| Property | Value | Effect |", "|---|---|---|",
			"| `liferay.oauth2` | `true` | tokens |", "", "| `not.in.the.table` | `x` | after the table |");

		assertEquals(Map.of("liferay.oauth2", "true"), documentedProperties(document));
		assertNotEquals(documentedProperties(document), Map.of("liferay.oauth2", "false"));
	}

	/** The rows of the first table after the heading, as property → value. */
	static Map<String, String> documentedProperties(List<String> lines) {
		int heading = lines.indexOf(TABLE_HEADING);
		if (heading < 0) {
			throw new AssertionError(DOCUMENT + " has no heading \"" + TABLE_HEADING + "\"");
		}
		Map<String, String> properties = new TreeMap<>();
		boolean inTable = false;
		for (String line : lines.subList(heading + 1, lines.size())) {
			if (line.startsWith("|")) {
				inTable = true;
				Matcher row = ROW.matcher(line);
				if (row.matches() && properties.put(row.group(1), row.group(2)) != null) {
					throw new AssertionError("property " + row.group(1) + " is documented twice");
				}
			}
			else if (inTable) {
				break;
			}
		}
		return properties;
	}

}

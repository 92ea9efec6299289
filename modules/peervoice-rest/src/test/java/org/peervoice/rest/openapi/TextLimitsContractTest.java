package org.peervoice.rest.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.persistence.Column;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.peervoice.core.kernel.TextLimits;
import org.peervoice.core.suggestion.SiteSuggestionSettings;
import org.peervoice.core.suggestion.Suggestion;
import org.peervoice.core.suggestion.SuggestionMessage;
import org.peervoice.core.suggestion.SuggestionResponse;

/** The text limits have one definition (TextLimits); openapi.yaml, the migrations and the entity mappings repeat them. */
class TextLimitsContractTest {

	private static final String[] MIGRATIONS = {"V1__suggestion_box.sql", "V2__suggestion_vote_count.sql"};

	private final JsonNode schemas = openApi().get("components").get("schemas");
	private final Map<String, Integer> columns = varcharColumns();

	@Test
	void openApiStatesTheSameMaximumLengths() {
		assertEquals(TextLimits.SUGGESTION_TITLE, maxLength("SuggestionRequest", "title"));
		assertEquals(TextLimits.SUGGESTION_BODY, maxLength("SuggestionRequest", "body"));
		assertEquals(TextLimits.SUGGESTION_TITLE, maxLength("RedactionRequest", "title"));
		assertEquals(TextLimits.SUGGESTION_BODY, maxLength("RedactionRequest", "body"));
		assertEquals(TextLimits.MESSAGE, maxLength("ResponseRequest", "message"));
		assertEquals(TextLimits.MESSAGE, maxLength("MessageRequest", "message"));
		assertEquals(TextLimits.MESSAGE, maxLength("ReceiptMessageRequest", "message"));
		assertEquals(TextLimits.CATEGORY_KEY, maxLength("Category", "key"));
		assertEquals(TextLimits.CATEGORY_LABEL, maxLength("Category", "label"));
	}

	// HSQLDB counts a VARCHAR's length in UTF-16 units, PostgreSQL and MariaDB in code points: n units always fit n
	@Test
	void everyColumnHoldsTheLongestTextItsFieldTakes() {
		assertEquals(TextLimits.SUGGESTION_TITLE, columns.get("PV_SUGGESTION.title"));
		assertEquals(TextLimits.SUGGESTION_BODY, columns.get("PV_SUGGESTION.body"));
		assertEquals(TextLimits.CATEGORY_KEY, columns.get("PV_SUGGESTION.category"));
		assertEquals(TextLimits.MESSAGE, columns.get("PV_SUGGESTION_RESPONSE.message"));
		assertEquals(TextLimits.MESSAGE, columns.get("PV_SUGGESTION_MESSAGE.message"));
		int thirtyCategories = 30 * (TextLimits.CATEGORY_KEY + 1 + TextLimits.CATEGORY_LABEL) + 29;
		assertTrue(columns.get("PV_SUGGESTION_SETTINGS.categories") >= thirtyCategories);
	}

	@Test
	void entityMappingsAgreeWithTheColumns() {
		assertEquals(columns.get("PV_SUGGESTION.title"), columnLength(Suggestion.class, "title"));
		assertEquals(columns.get("PV_SUGGESTION.body"), columnLength(Suggestion.class, "body"));
		assertEquals(columns.get("PV_SUGGESTION_RESPONSE.message"), columnLength(SuggestionResponse.class, "message"));
		assertEquals(columns.get("PV_SUGGESTION_MESSAGE.message"), columnLength(SuggestionMessage.class, "message"));
		assertEquals(columns.get("PV_SUGGESTION_SETTINGS.categories"), columnLength(SiteSuggestionSettings.class, "categories"));
	}

	private int maxLength(String schema, String property) {
		JsonNode node = schemas.path(schema).path("properties").path(property).path("maxLength");
		assertTrue(node.isInt(), () -> schema + "." + property + " has no maxLength");
		return node.asInt();
	}

	private static Integer columnLength(Class<?> entity, String columnName) {
		for (Field field : entity.getDeclaredFields()) {
			Column column = field.getAnnotation(Column.class);
			if (column != null && column.name().equalsIgnoreCase(columnName)) {
				return column.length();
			}
		}
		throw new AssertionError(entity.getSimpleName() + " maps no column " + columnName);
	}

	// CREATE TABLE gives each column its size; a later ALTER TABLE ... VARCHAR(n) changes it
	private static Map<String, Integer> varcharColumns() {
		Map<String, Integer> sizes = new HashMap<>();
		Pattern table = Pattern.compile("CREATE TABLE (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL);
		Pattern column = Pattern.compile("^\\s*(\\w+) VARCHAR\\((\\d+)\\)", Pattern.MULTILINE);
		Pattern alter = Pattern.compile("ALTER TABLE (\\w+) ALTER COLUMN (\\w+)[^;]*?VARCHAR\\((\\d+)\\)");
		for (String migration : MIGRATIONS) {
			String sql = resource("db/peervoice/migration/" + migration);
			for (Matcher created = table.matcher(sql); created.find(); ) {
				for (Matcher columns = column.matcher(created.group(2)); columns.find(); ) {
					sizes.put(created.group(1) + "." + columns.group(1).toLowerCase(Locale.ROOT), Integer.valueOf(columns.group(2)));
				}
			}
			for (Matcher altered = alter.matcher(sql); altered.find(); ) {
				sizes.put(altered.group(1) + "." + altered.group(2).toLowerCase(Locale.ROOT), Integer.valueOf(altered.group(3)));
			}
		}
		return sizes;
	}

	private static JsonNode openApi() {
		try {
			return new ObjectMapper(new YAMLFactory()).readTree(resource("org/peervoice/rest/openapi/openapi.yaml"));
		}
		catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	private static String resource(String name) {
		try (InputStream in = TextLimitsContractTest.class.getClassLoader().getResourceAsStream(name)) {
			assertNotNull(in, name);
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new AssertionError(e);
		}
	}

}

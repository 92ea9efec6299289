package org.peervoice.it.corpus;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.peervoice.it.corpus.BadRequest.Caller;
import org.peervoice.it.corpus.Operation.Parameter;
import org.peervoice.it.corpus.Operation.Schema;

/**
 * Generates requests that must be refused, from the operations of the OpenAPI document and a
 * seeded {@link Random}: wrong JSON types per field, oversize strings, bytes that are not UTF-8,
 * malformed JSON, wrong content types, odd and encoded paths, ids of another site and random ids,
 * wrong methods, bad paging and enum values, and changes sent without the session's CSRF token.
 * Real ids appear only where the request cannot succeed anyway (its body, method or token is wrong).
 */
final class CorpusGenerator {

	static final Set<Integer> BAD_INPUT = Set.of(400);
	static final Set<Integer> BAD_MEDIA = Set.of(400, 415);
	static final Set<Integer> WRONG_METHOD = Set.of(405);
	static final Set<Integer> REFUSED = Set.of(400, 401, 403, 404, 409, 422, 429);
	static final Set<Integer> UNKNOWN_FOR_MEMBER = Set.of(404);
	static final Set<Integer> GUEST = Set.of(401);
	static final Set<Integer> FORBIDDEN_WITHOUT_TOKEN = Set.of(403);
	static final Set<Integer> ODD_PATH = Set.of(400, 404, 405);

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final long OTHER_SITE = 20145;
	private static final String[] ODD_METHODS = { "GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "BREW" };
	private static final String[] WRONG_CONTENT_TYPES = { "text/plain", "application/x-www-form-urlencoded", "application/xml",
		"application/json, text/plain", "application/json; charset=ISO-8859-1", "application/json;charset=utf-16", "multipart/form-data; boundary=x",
		"application/octet-stream", "text/html; charset=utf-8", "application/json; charset=\"latin1\"", "json", "application/", "a/b/c" };
	private static final String[] ODD_SEGMENTS = { "%00", "a%2Fb", "%2F", "..%2f..%2fsites", "%C0%BC", "%ED%A0%80", "%E2%82", "%FF", "a%5Cb",
		"%2e%2e%2fsites", "%0d%0aX-Injected:%20yes", "%u0041", "%25", "%252F", "%EF%BF%BF" };
	private static final String[] RAW_ONLY_SEGMENTS = { "%ZZ", "%", "a\\b", "%G1" };
	private static final String[] BAD_NUMBERS = { "abc", "-1", "0", "1.5", "1e3", "0x10", "99999999999999999999999", "-2147483649",
		"%20", "%00", "1%2C2", "%EF%BC%91", "NaN", "Infinity", "+-1", "" };
	private static final String[] BAD_PAGES = { "2147483648", "2147483647", "30000000", "1000001", "-2147483648", "0", "-1" };

	private final Random random;
	private final long realSite;
	private final List<String> realItems;

	CorpusGenerator(Random random, long realSite, List<String> realItems) {
		this.random = random;
		this.realSite = realSite;
		this.realItems = realItems;
	}

	BadRequest next(Operation operation) {
		int kinds = operation.body != null ? 10 : 5;
		int pick = random.nextInt(kinds);
		switch (pick) {
			case 0:
				return wrongMethod(operation);
			case 1:
				return oddPath(operation);
			case 2:
				return unknownIds(operation);
			case 3:
				return operation.queryParameters().isEmpty() ? withoutToken(operation) : badQuery(operation);
			case 4:
				return operation.changes() ? withoutToken(operation) : unknownIds(operation);
			case 5:
				return wrongType(operation);
			case 6:
				return oversize(operation);
			case 7:
				return notUtf8(operation);
			case 8:
				return malformedJson(operation);
			default:
				return wrongContentType(operation);
		}
	}

	private Caller anyCaller() {
		Caller[] callers = { Caller.GUEST, Caller.ALEX_SESSION, Caller.LEE_SESSION, Caller.ALEX_SESSION, Caller.LEE_SESSION, Caller.GUEST };
		// HTTP Basic costs a deliberately slow password check: a few of them prove the path, sessions carry the volume
		return random.nextInt(50) == 0 ? Caller.ALEX_BASIC : callers[random.nextInt(callers.length)];
	}

	/** Real ids: whatever the request, its body, method or token makes it fail. */
	private String pathWithRealIds(Operation operation) {
		String path = operation.path;
		for (Parameter parameter : operation.pathParameters()) {
			String value = isNumeric(parameter.schema) ? String.valueOf(realSite) : realItems.get(random.nextInt(realItems.size()));
			path = path.replace("{" + parameter.name + "}", value);
		}
		return path;
	}

	private String pathWithRandomIds(Operation operation) {
		String path = operation.path;
		for (Parameter parameter : operation.pathParameters()) {
			String value;
			if (isNumeric(parameter.schema)) {
				value = random.nextBoolean() ? String.valueOf(OTHER_SITE) : String.valueOf(1 + (random.nextLong() & 0xFFFFFFFFFFL));
			}
			else {
				value = random.nextInt(5) == 0 ? "not-a-uuid-" + random.nextInt(1000) : new UUID(random.nextLong(), random.nextLong()).toString();
			}
			path = path.replace("{" + parameter.name + "}", value);
		}
		return path;
	}

	private static boolean isNumeric(Schema schema) {
		return schema.type.equals("integer") || schema.type.equals("number");
	}

	private String validQuery(Operation operation) {
		StringBuilder query = new StringBuilder();
		for (Parameter parameter : operation.queryParameters()) {
			if (parameter.required) {
				query.append(query.length() == 0 ? "?" : "&").append(parameter.name).append('=')
					.append(isNumeric(parameter.schema) ? String.valueOf(realSite) : "x");
			}
		}
		return query.toString();
	}

	private BadRequest wrongMethod(Operation operation) {
		String method;
		do {
			method = ODD_METHODS[random.nextInt(ODD_METHODS.length)];
		}
		while (operation.methodsOfPath.contains(method));
		Caller caller = random.nextBoolean() ? Caller.GUEST : Caller.LEE_SESSION;
		byte[] body = method.equals("GET") || method.equals("TRACE") || method.equals("OPTIONS") ? null : json(Map.of("corpusProbe", 1));
		return new BadRequest("wrong method", caller, method, pathWithRealIds(operation) + validQuery(operation), body == null ? null : "application/json",
			body, WRONG_METHOD);
	}

	private BadRequest oddPath(Operation operation) {
		String path = operation.path;
		List<Parameter> parameters = operation.pathParameters();
		String odd;
		boolean raw = random.nextInt(6) == 0;
		if (raw) {
			odd = RAW_ONLY_SEGMENTS[random.nextInt(RAW_ONLY_SEGMENTS.length)];
		}
		else if (random.nextInt(8) == 0) {
			// Long, but the whole path inside the 8 KB of request line and headers every servlet container reads: a
			// longer one is refused by the connector before it reads Accept-Language (so not in the caller's language),
			// and a client still sending a body then sees the connection close. A path with two ids carries it twice.
			odd = "x".repeat((2000 + random.nextInt(4000)) / Math.max(1, parameters.size()));
		}
		else {
			odd = ODD_SEGMENTS[random.nextInt(ODD_SEGMENTS.length)];
		}
		if (parameters.isEmpty()) {
			path = path + "/" + odd;
		}
		else {
			for (Parameter parameter : parameters) {
				path = path.replace("{" + parameter.name + "}", odd);
			}
		}
		Caller caller = raw || random.nextBoolean() ? Caller.GUEST : Caller.ALEX_SESSION;
		byte[] body = operation.body == null ? null : json(withProbe(baseBody(operation.body)));
		return new BadRequest("odd path", caller, operation.method, path + validQuery(operation), body == null ? null : "application/json", body,
			ODD_PATH_OR_REFUSED);
	}

	/** Paths with odd segments can normalize to other routes, where auth or unknown ids answer first. */
	static final Set<Integer> ODD_PATH_OR_REFUSED = Set.of(400, 401, 403, 404, 405);

	private BadRequest unknownIds(Operation operation) {
		if (operation.pathParameters().isEmpty()) {
			return badQueryOrMethod(operation);
		}
		boolean guest = random.nextBoolean();
		byte[] body = operation.body == null ? null : json(baseBody(operation.body));
		return new BadRequest(guest ? "guest, any id" : "member, unknown id", guest ? Caller.GUEST : Caller.ALEX_SESSION, operation.method,
			guest && random.nextBoolean() ? pathWithRealIds(operation) + validQuery(operation) : pathWithRandomIds(operation) + validQuery(operation),
			body == null ? null : "application/json", body, guest ? GUEST : UNKNOWN_FOR_MEMBER);
	}

	private BadRequest badQueryOrMethod(Operation operation) {
		return operation.queryParameters().isEmpty() ? wrongMethod(operation) : badQuery(operation);
	}

	private BadRequest badQuery(Operation operation) {
		List<Parameter> parameters = operation.queryParameters();
		Parameter target = parameters.get(random.nextInt(parameters.size()));
		String value;
		if (!target.schema.enumValues.isEmpty()) {
			value = random.nextBoolean() ? target.schema.enumValues.get(0) + "x" : "%C0%BC" + randomLetters(3);
		}
		else if (isNumeric(target.schema)) {
			value = target.name.equals("page") && random.nextBoolean() ? BAD_PAGES[random.nextInt(BAD_PAGES.length)] : BAD_NUMBERS[random.nextInt(BAD_NUMBERS.length)];
			if (value.isEmpty() || value.equals("%20")) {
				value = "-" + (1 + random.nextInt(1000));
			}
		}
		else {
			// free text: only what no filter can accept, an encoded surrogate or an overlong form
			value = random.nextBoolean() ? "%ED%A0%80" : "a%C0%BC";
		}
		StringBuilder query = new StringBuilder("?").append(target.name).append('=').append(value);
		if (target.name.equals("page") && random.nextBoolean()) {
			query.append("&pageSize=100");
		}
		for (Parameter parameter : parameters) {
			if (parameter.required && parameter != target) {
				query.append('&').append(parameter.name).append('=').append(isNumeric(parameter.schema) ? String.valueOf(realSite) : "x");
			}
		}
		Caller caller = random.nextBoolean() ? Caller.GUEST : Caller.LEE_SESSION;
		return new BadRequest("bad query", caller, operation.method, pathWithRealIds(operation) + query, null, null,
			operation.changes() ? REFUSED : BAD_INPUT);
	}

	private BadRequest withoutToken(Operation operation) {
		if (!operation.changes()) {
			return wrongMethod(operation);
		}
		byte[] body = operation.body == null ? null : json(baseBody(operation.body));
		return new BadRequest("session change without CSRF token", Caller.ALEX_SESSION_WITHOUT_TOKEN, operation.method,
			pathWithRealIds(operation) + validQuery(operation), body == null ? null : "application/json", body, FORBIDDEN_WITHOUT_TOKEN);
	}

	private BadRequest wrongType(Operation operation) {
		Map<String, Object> body = baseBody(operation.body);
		List<String> fields = new ArrayList<>(operation.body.properties.keySet());
		if (fields.isEmpty()) {
			return malformedJson(operation);
		}
		String field = fields.get(random.nextInt(fields.size()));
		body.put(field, wrongValueFor(operation.body.properties.get(field)));
		return bodyRequest("wrong JSON type of " + field, operation, json(body), BAD_INPUT);
	}

	private Object wrongValueFor(Schema schema) {
		List<Object> candidates = new ArrayList<>(List.of(42, -7, 4.25, true, false, List.of(), List.of("x"), Map.of(), Map.of("a", "b")));
		switch (schema.type) {
			case "string":
				candidates.removeIf(value -> value instanceof String);
				if (!schema.enumValues.isEmpty()) {
					String lower = schema.enumValues.get(0).toLowerCase(java.util.Locale.ROOT);
					if (!schema.enumValues.contains(lower)) {
						// an enum of upper-case names refuses its lower-case spelling; a lower-case enum has no such value
						candidates.add(lower);
					}
					candidates.add(" " + schema.enumValues.get(0));
					candidates.add("");
					candidates.add(0);
				}
				break;
			case "boolean":
				candidates.removeIf(value -> value instanceof Boolean);
				candidates.add("true");
				candidates.add(1);
				candidates.add(0);
				candidates.add("");
				break;
			case "array":
				candidates.removeIf(value -> value instanceof List);
				candidates.add("x");
				break;
			case "integer":
			case "number":
				candidates.removeIf(value -> value instanceof Number);
				candidates.add("12");
				break;
			default:
				candidates.removeIf(value -> value instanceof Map);
				candidates.add("x");
				break;
		}
		return candidates.get(random.nextInt(candidates.size()));
	}

	private BadRequest oversize(Operation operation) {
		Map<String, Object> body = baseBody(operation.body);
		List<String> bounded = new ArrayList<>();
		operation.body.properties.forEach((name, schema) -> {
			if (schema.type.equals("string") && schema.maxLength != null && schema.enumValues.isEmpty()) {
				bounded.add(name);
			}
		});
		if (bounded.isEmpty() || random.nextInt(4) == 0) {
			// over the body size limit, whatever the fields
			List<String> strings = new ArrayList<>();
			operation.body.properties.forEach((name, schema) -> {
				if (schema.type.equals("string") && schema.enumValues.isEmpty()) {
					strings.add(name);
				}
			});
			String field = strings.isEmpty() ? "corpusProbe" : strings.get(random.nextInt(strings.size()));
			body.put(field, randomLetters(70_000 + random.nextInt(200_000)));
			return bodyRequest("body over the size limit", operation, json(body), BAD_INPUT);
		}
		String field = bounded.get(random.nextInt(bounded.size()));
		int maxLength = operation.body.properties.get(field).maxLength;
		body.put(field, randomLetters(maxLength + 1 + random.nextInt(maxLength * 2 + 1)));
		return bodyRequest("oversize " + field, operation, json(body), REFUSED);
	}

	private BadRequest notUtf8(Operation operation) {
		byte[][] sequences = { { (byte) 0xc0, (byte) 0xbc }, { (byte) 0xe0, (byte) 0x80, (byte) 0xbc }, { (byte) 0xed, (byte) 0xa0, (byte) 0x80 },
			{ (byte) 0xed, (byte) 0xbf, (byte) 0xbf }, { (byte) 0xe2, (byte) 0x82 }, { (byte) 0xff }, { (byte) 0xfe, (byte) 0xff }, { (byte) 0x80 },
			{ (byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80 }, { (byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80 } };
		byte[] bad = sequences[random.nextInt(sequences.length)];
		Map<String, Object> body = baseBody(operation.body);
		String field = body.isEmpty() ? "corpusProbe" : new ArrayList<>(body.keySet()).get(random.nextInt(body.size()));
		body.put(field, "MARK");
		byte[] text = json(body);
		String asText = new String(text, StandardCharsets.UTF_8);
		int mark = asText.indexOf("\"MARK\"") + 1;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(asText.substring(0, mark).getBytes(StandardCharsets.UTF_8));
		if (random.nextBoolean()) {
			out.writeBytes("ab".getBytes(StandardCharsets.UTF_8));
		}
		out.writeBytes(bad);
		out.writeBytes(asText.substring(mark + 4).getBytes(StandardCharsets.UTF_8));
		return bodyRequest("not UTF-8 in " + field, operation, out.toByteArray(), BAD_INPUT);
	}

	private BadRequest malformedJson(Operation operation) {
		String valid = new String(json(baseBody(operation.body)), StandardCharsets.UTF_8);
		String[] broken = {
			valid.substring(0, Math.max(1, valid.length() - 1)), valid + " {}", valid + "x", "[" + valid + "]", "", "null", "42", "\"text\"", "true",
			valid.replaceFirst("\\{", "{\"corpusProbe\":1,"), duplicateFirstKey(valid), "{" + "\"a\":[".repeat(5000) + "]".repeat(5000) + "}",
			"[".repeat(50_000), "\uFEFF" + valid, valid.replace("\"", "'"), "{\"\\ud800\":1}", valid.replaceFirst(":", ":01"), "{,}", "{\"a\"}",
			"{\"title\":\"a\\x\"}", "/*c*/" + valid, valid + "\u0000", "{\"corpusProbe\":1e99999}", "{\"corpusProbe\":" + "9".repeat(5000) + "}"
		};
		return bodyRequest("malformed JSON", operation, broken[random.nextInt(broken.length)].getBytes(StandardCharsets.UTF_8), BAD_INPUT);
	}

	private static String duplicateFirstKey(String valid) {
		int colon = valid.indexOf(':');
		if (colon < 0) {
			return "{\"a\":1,\"a\":1}";
		}
		int comma = valid.indexOf(',');
		String first = valid.substring(1, comma > 0 && comma > colon ? comma : valid.length() - 1);
		return "{" + first + "," + first + (valid.length() > 2 && comma > 0 ? valid.substring(comma) : "}");
	}

	private BadRequest wrongContentType(Operation operation) {
		String contentType = WRONG_CONTENT_TYPES[random.nextInt(WRONG_CONTENT_TYPES.length)];
		return new BadRequest("wrong content type", anyCaller(), operation.method, pathWithRealIds(operation) + validQuery(operation), contentType,
			json(withProbe(baseBody(operation.body))), BAD_MEDIA);
	}

	private BadRequest bodyRequest(String kind, Operation operation, byte[] body, Set<Integer> expected) {
		return new BadRequest(kind, anyCaller(), operation.method, pathWithRealIds(operation) + validQuery(operation), "application/json", body, expected);
	}

	/** A body of the schema's shape with harmless values; the mutation makes it wrong. */
	private Map<String, Object> baseBody(Schema schema) {
		Map<String, Object> body = new LinkedHashMap<>();
		schema.properties.forEach((name, property) -> body.put(name, sample(property)));
		return body;
	}

	private Object sample(Schema schema) {
		if (!schema.enumValues.isEmpty()) {
			return schema.enumValues.get(random.nextInt(schema.enumValues.size()));
		}
		switch (schema.type) {
			case "boolean":
				return false;
			case "integer":
			case "number":
				return 1;
			case "array":
				return schema.items == null ? List.of() : List.of(sample(schema.items));
			case "object":
				return baseBody(schema);
			default:
				return "corpus " + randomLetters(6);
		}
	}

	private static Map<String, Object> withProbe(Map<String, Object> body) {
		// an unknown field, so the body is refused even by a reader that accepted the content type
		body.put("corpusProbe", 1);
		return body;
	}

	private String randomLetters(int length) {
		StringBuilder letters = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			letters.append((char) ('a' + random.nextInt(26)));
		}
		return letters.toString();
	}

	private static byte[] json(Object value) {
		try {
			return JSON.writeValueAsBytes(value);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

}

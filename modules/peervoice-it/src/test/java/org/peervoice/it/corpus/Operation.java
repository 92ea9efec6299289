package org.peervoice.it.corpus;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One operation of the OpenAPI document: method, path template, parameters and the JSON schema of
 * its request body, read from the document at test time so operations added later are covered.
 */
final class Operation {

	static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

	final String method;
	final String path;
	final Set<String> methodsOfPath;
	final List<Parameter> parameters;
	final Schema body;

	private Operation(String method, String path, Set<String> methodsOfPath, List<Parameter> parameters, Schema body) {
		this.method = method;
		this.path = path;
		this.methodsOfPath = methodsOfPath;
		this.parameters = parameters;
		this.body = body;
	}

	static List<Operation> all(JsonNode document) {
		List<Operation> operations = new ArrayList<>();
		Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
		while (paths.hasNext()) {
			Map.Entry<String, JsonNode> path = paths.next();
			Set<String> methods = new java.util.TreeSet<>();
			path.getValue().fieldNames().forEachRemaining(name -> {
				if (HTTP_METHODS.contains(name)) {
					methods.add(name.toUpperCase(java.util.Locale.ROOT));
				}
			});
			for (String method : methods) {
				JsonNode operation = path.getValue().path(method.toLowerCase(java.util.Locale.ROOT));
				List<Parameter> parameters = new ArrayList<>();
				for (JsonNode parameter : path.getValue().path("parameters")) {
					parameters.add(Parameter.of(document, resolve(document, parameter)));
				}
				for (JsonNode parameter : operation.path("parameters")) {
					parameters.add(Parameter.of(document, resolve(document, parameter)));
				}
				JsonNode json = operation.path("requestBody").path("content").path("application/json").path("schema");
				Schema body = json.isMissingNode() ? null : Schema.of(document, json);
				operations.add(new Operation(method, path.getKey(), methods, parameters, body));
			}
		}
		return operations;
	}

	/** The media types of every successful answer of the document (JSON, and e.g. the CSV of an export). */
	static java.util.SortedSet<String> answerMediaTypes(JsonNode document) {
		java.util.SortedSet<String> types = new java.util.TreeSet<>();
		document.path("paths").forEach(path -> path.forEach(operation -> operation.path("responses").fields().forEachRemaining(response -> {
			if (response.getKey().startsWith("2")) {
				resolve(document, response.getValue()).path("content").fieldNames().forEachRemaining(types::add);
			}
		})));
		return types;
	}

	static JsonNode resolve(JsonNode document, JsonNode node) {
		JsonNode current = node;
		for (int depth = 0; depth < 10 && current.has("$ref"); depth++) {
			String ref = current.get("$ref").asText();
			current = document.at(ref.substring(1));
		}
		return current;
	}

	boolean changes() {
		return !method.equals("GET");
	}

	List<Parameter> pathParameters() {
		List<Parameter> found = new ArrayList<>();
		for (Parameter parameter : parameters) {
			if (parameter.in.equals("path")) {
				found.add(parameter);
			}
		}
		return found;
	}

	List<Parameter> queryParameters() {
		List<Parameter> found = new ArrayList<>();
		for (Parameter parameter : parameters) {
			if (parameter.in.equals("query")) {
				found.add(parameter);
			}
		}
		return found;
	}

	@Override
	public String toString() {
		return method + " " + path;
	}

	static final class Parameter {

		final String name;
		final String in;
		final boolean required;
		final Schema schema;

		private Parameter(String name, String in, boolean required, Schema schema) {
			this.name = name;
			this.in = in;
			this.required = required;
			this.schema = schema;
		}

		static Parameter of(JsonNode document, JsonNode parameter) {
			return new Parameter(parameter.path("name").asText(), parameter.path("in").asText(), parameter.path("required").asBoolean(),
				Schema.of(document, parameter.path("schema")));
		}

	}

	/** The parts of a JSON schema the corpus uses: type, format, enum, bounds, properties, items. */
	static final class Schema {

		final String type;
		final String format;
		final List<String> enumValues;
		final Integer maxLength;
		final Long maximum;
		final Map<String, Schema> properties;
		final List<String> required;
		final Schema items;

		private Schema(String type, String format, List<String> enumValues, Integer maxLength, Long maximum, Map<String, Schema> properties,
				List<String> required, Schema items) {
			this.type = type;
			this.format = format;
			this.enumValues = enumValues;
			this.maxLength = maxLength;
			this.maximum = maximum;
			this.properties = properties;
			this.required = required;
			this.items = items;
		}

		static Schema of(JsonNode document, JsonNode node) {
			return of(document, node, 0);
		}

		private static Schema of(JsonNode document, JsonNode node, int depth) {
			JsonNode schema = resolve(document, node);
			if (schema.has("allOf") && schema.get("allOf").size() > 0) {
				schema = resolve(document, schema.get("allOf").get(0));
			}
			List<String> enumValues = new ArrayList<>();
			schema.path("enum").forEach(value -> enumValues.add(value.asText()));
			Map<String, Schema> properties = new LinkedHashMap<>();
			if (depth < 5) {
				Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields();
				while (fields.hasNext()) {
					Map.Entry<String, JsonNode> field = fields.next();
					if (!field.getValue().path("readOnly").asBoolean()) {
						properties.put(field.getKey(), of(document, field.getValue(), depth + 1));
					}
				}
			}
			List<String> required = new ArrayList<>();
			schema.path("required").forEach(name -> required.add(name.asText()));
			String type = schema.path("type").asText(properties.isEmpty() ? "string" : "object");
			Schema items = schema.has("items") && depth < 5 ? of(document, schema.get("items"), depth + 1) : null;
			return new Schema(type, schema.path("format").asText(""), enumValues, schema.has("maxLength") ? schema.get("maxLength").asInt() : null,
				schema.has("maximum") ? schema.get("maximum").asLong() : null, properties, required, items);
		}

	}

}

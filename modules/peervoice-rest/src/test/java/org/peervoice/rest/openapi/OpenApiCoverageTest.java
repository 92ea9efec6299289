package org.peervoice.rest.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import javax.persistence.EntityManager;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.peervoice.core.PeerVoiceServices;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.rest.PeerVoiceApplication;

/** openapi.yaml must describe exactly the endpoints the resources serve, with resolvable references. */
class OpenApiCoverageTest {

	private static final String BASE = "/v1.0";
	private static final List<String> OPERATION_KEYS = List.of("get", "put", "post", "delete", "patch", "head", "options");
	private static final String PERMISSION_EXTENSION = "x-peervoice-permission";
	/** Callers named by what they are rather than a permission: see the document's description. */
	private static final Set<String> CALLERS = Set.of("anyone", "signed-in", "writer");

	private final JsonNode document = parse();

	@Test
	void everyEndpointIsDescribed() {
		TreeSet<String> missing = new TreeSet<>(servedEndpoints());
		missing.removeAll(describedEndpoints());

		assertTrue(missing.isEmpty(), "Endpoints missing from openapi.yaml: " + missing);
	}

	@Test
	void nothingIsDescribedThatIsNotServed() {
		TreeSet<String> stale = new TreeSet<>(describedEndpoints());
		stale.removeAll(servedEndpoints());

		assertTrue(stale.isEmpty(), "openapi.yaml describes endpoints no resource serves: " + stale);
	}

	@Test
	void everyOperationDescribesItsResponsesAndErrors() {
		document.get("paths").fields().forEachRemaining(path -> {
			for (String key : OPERATION_KEYS) {
				JsonNode operation = path.getValue().get(key);
				if (operation == null) {
					continue;
				}
				String name = key.toUpperCase(Locale.ROOT) + " " + path.getKey();
				JsonNode responses = operation.get("responses");
				assertTrue(responses != null && responses.size() > 1, name + " must describe success and error responses");
				assertTrue(operation.has("operationId"), name + " needs an operationId");
				boolean hasSuccess = false;
				Iterator<String> statuses = responses.fieldNames();
				while (statuses.hasNext()) {
					hasSuccess |= statuses.next().startsWith("2");
				}
				assertTrue(hasSuccess, name + " must describe its success response");
			}
		});
	}

	/**
	 * The authorization matrix (AuthorizationMatrixIT) derives each role's expected answer from
	 * this extension, so an operation without it cannot be added.
	 */
	@Test
	void everyOperationNamesWhoMayCallIt() {
		Set<String> permissions = new HashSet<>();
		for (Permission permission : Permission.values()) {
			permissions.add(permission.name());
		}
		forEachOperation((name, operation) -> {
			JsonNode declared = operation.get(PERMISSION_EXTENSION);
			assertTrue(declared != null && declared.isTextual(), name + " needs " + PERMISSION_EXTENSION);
			List<String> alternatives = List.of(declared.asText().split(" or "));
			JsonNode responses = operation.get("responses");
			for (String alternative : alternatives) {
				assertTrue(permissions.contains(alternative) || CALLERS.contains(alternative),
					name + ": " + alternative + " is neither a Permission nor one of " + CALLERS);
			}
			if (!alternatives.contains("anyone")) {
				assertTrue(responses.has("401"), name + " is refused to guests and must describe 401");
			}
			if (alternatives.stream().anyMatch(permissions::contains) || alternatives.contains("writer")) {
				assertTrue(responses.has("403") && responses.has("404"), name + " is refused to some members and must describe 403 and 404");
			}
		});
	}

	@Test
	void everyReferenceResolves() {
		List<String> references = new ArrayList<>();
		collectReferences(document, references);

		assertFalse(references.isEmpty());
		for (String reference : references) {
			assertTrue(reference.startsWith("#/"), "only local references: " + reference);
			JsonNode target = document.at(reference.substring(1));
			assertFalse(target.isMissingNode(), "unresolved reference " + reference);
		}
	}

	@Test
	void documentIsOpenApi3ServedUnderTheApiBase() {
		assertTrue(document.get("openapi").asText().startsWith("3.0"));
		assertEquals("/o/peer-voice/v1.0", document.get("servers").get(0).get("url").asText());
	}

	private void forEachOperation(BiConsumer<String, JsonNode> check) {
		document.get("paths").fields().forEachRemaining(path -> {
			for (String key : OPERATION_KEYS) {
				JsonNode operation = path.getValue().get(key);
				if (operation != null) {
					check.accept(key.toUpperCase(Locale.ROOT) + " " + path.getKey(), operation);
				}
			}
		});
	}

	static TreeSet<String> servedEndpoints() {
		PeerVoiceServices services = new PeerVoiceServices(new UnusedUnitOfWork(), () -> new byte[32], Clock.systemUTC());
		TreeSet<String> endpoints = new TreeSet<>();
		for (Object singleton : new PeerVoiceApplication(services, request -> null).getSingletons()) {
			Class<?> type = singleton.getClass();
			Path classPath = type.getAnnotation(Path.class);
			if (classPath == null) {
				continue;
			}
			for (Method method : type.getMethods()) {
				String httpMethod = httpMethodOf(method);
				if (httpMethod == null) {
					continue;
				}
				Path methodPath = method.getAnnotation(Path.class);
				String path = join(classPath.value(), methodPath == null ? "" : methodPath.value());
				assertTrue(path.startsWith(BASE + "/"), path + " must be under " + BASE);
				endpoints.add(httpMethod + " " + path.substring(BASE.length()));
			}
		}
		assertFalse(endpoints.isEmpty());
		return endpoints;
	}

	private TreeSet<String> describedEndpoints() {
		TreeSet<String> endpoints = new TreeSet<>();
		document.get("paths").fields().forEachRemaining(path -> {
			for (String key : OPERATION_KEYS) {
				if (path.getValue().has(key)) {
					endpoints.add(key.toUpperCase(Locale.ROOT) + " " + path.getKey());
				}
			}
		});
		return endpoints;
	}

	private static String httpMethodOf(Method method) {
		for (Annotation annotation : method.getAnnotations()) {
			HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
			if (httpMethod != null) {
				return httpMethod.value();
			}
		}
		return null;
	}

	private static String join(String classPath, String methodPath) {
		String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
		// path templates may carry regular expressions ({id: .+}); openapi.yaml names only the variable
		joined = joined.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
		return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
	}

	private static void collectReferences(JsonNode node, List<String> references) {
		if (node.isObject()) {
			Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
			while (fields.hasNext()) {
				Map.Entry<String, JsonNode> field = fields.next();
				if (field.getKey().equals("$ref")) {
					references.add(field.getValue().asText());
				}
				else {
					collectReferences(field.getValue(), references);
				}
			}
		}
		else if (node.isArray()) {
			node.forEach(element -> collectReferences(element, references));
		}
	}

	private static JsonNode parse() {
		try {
			return new ObjectMapper(new YAMLFactory()).readTree(OpenApiDocument.get().yaml());
		}
		catch (IOException e) {
			throw new AssertionError("openapi.yaml is not valid YAML", e);
		}
	}

	private static final class UnusedUnitOfWork implements UnitOfWork {

		@Override
		public <T> T inTransaction(Supplier<T> work) {
			throw new UnsupportedOperationException();
		}

		@Override
		public EntityManager entityManager() {
			throw new UnsupportedOperationException();
		}

	}

}

package org.peervoice.rest.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import javax.ws.rs.BadRequestException;
import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;
import javax.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.peervoice.rest.problem.ProblemDetails;

/**
 * Our own JSON reader and writer, so both hosts (Jersey, Apache CXF) read and write the same
 * JSON whatever JSON provider they bring. Unreadable bodies (malformed JSON or UTF-8, wrong types,
 * too large or too deep) become 400 problem details naming the field, and a charset other than
 * UTF-8 a 415; Jackson's own messages are never passed on because they quote the input.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
@Produces({MediaType.APPLICATION_JSON, ProblemDetails.MEDIA_TYPE})
public final class JsonBodyProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

	/**
	 * Above the largest valid body (a 5,000-character text, even with every character written as a
	 * {@code \\uXXXX} escape, is 30,000 bytes), far below what could tie up a server.
	 */
	static final long MAX_BODY_BYTES = 64 * 1024;

	private final ObjectMapper mapper;

	public JsonBodyProvider() {
		this(PeerVoiceJson.mapper());
	}

	public JsonBodyProvider(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
		return isJson(mediaType) && !isRaw(type);
	}

	@Override
	public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
			MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
		requireUtf8(mediaType);
		PushbackInputStream body = new PushbackInputStream(new LimitedInputStream(entity, MAX_BODY_BYTES));
		int first = body.read();
		if (first == -1) {
			throw unreadable(ProblemDetails.invalidInput("A request body is required.", Map.of()));
		}
		body.unread(first);
		Object value;
		try {
			value = mapper.readerFor(mapper.constructType(genericType)).readValue(strictUtf8(body));
		}
		catch (LimitedInputStream.TooLarge e) {
			throw unreadable(tooLarge());
		}
		catch (CharacterCodingException e) {
			throw unreadable(notUtf8());
		}
		catch (JsonProcessingException e) {
			throw unreadable(problemWith(e));
		}
		if (value == null) {
			throw unreadable(ProblemDetails.invalidInput("A request body is required.", Map.of()));
		}
		return value;
	}

	/**
	 * A decoder that refuses what is not UTF-8 (overlong forms, encoded surrogates, truncated
	 * sequences, stray bytes) instead of replacing it, which Jackson's own byte parser would not.
	 */
	static Reader strictUtf8(InputStream body) {
		return new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT));
	}

	private static void requireUtf8(MediaType mediaType) {
		String charset = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
		if (charset != null && !charset.trim().replace("\"", "").equalsIgnoreCase("utf-8")) {
			throw new WebApplicationException(ProblemDetails.of("unsupported-media-type", 415, "Send the request body as application/json in UTF-8.")
				.toResponse());
		}
	}

	static ProblemDetails tooLarge() {
		return ProblemDetails.invalidInput("The request body is too large: at most " + MAX_BODY_BYTES / 1024 + " KiB.", Map.of());
	}

	static ProblemDetails notUtf8() {
		return ProblemDetails.invalidInput("The request body is not valid UTF-8.", Map.of());
	}

	@Override
	public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
		return isJson(mediaType) && !isRaw(type);
	}

	@Override
	public long getSize(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
		return -1;
	}

	@Override
	public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
			MultivaluedMap<String, Object> headers, OutputStream entity) throws IOException {
		mapper.writerFor(mapper.constructType(genericType)).writeValue(new UnclosableOutputStream(entity), value);
	}

	static ProblemDetails problemWith(JsonProcessingException e) {
		if (e instanceof StreamConstraintsException) {
			return ProblemDetails.invalidInput("The request body is nested too deeply or has a value that is too long.", Map.of());
		}
		if (e.getCause() instanceof CharacterCodingException) {
			return notUtf8();
		}
		if (e.getCause() instanceof LimitedInputStream.TooLarge) {
			return tooLarge();
		}
		if (e instanceof UnrecognizedPropertyException) {
			String field = fieldOf((JsonMappingException) e);
			return invalidField(field, "is not a known field");
		}
		if (e instanceof InvalidFormatException && ((InvalidFormatException) e).getTargetType() != null
				&& ((InvalidFormatException) e).getTargetType().isEnum()) {
			String allowed = Arrays.stream(((InvalidFormatException) e).getTargetType().getEnumConstants())
				.map(String::valueOf)
				.collect(Collectors.joining(", "));
			return invalidField(fieldOf((JsonMappingException) e), "must be one of: " + allowed);
		}
		if (e instanceof MismatchedInputException) {
			String field = fieldOf((JsonMappingException) e);
			if (field.isEmpty()) {
				return ProblemDetails.invalidInput("The request body must be a JSON object.", Map.of());
			}
			Class<?> expected = ((MismatchedInputException) e).getTargetType();
			return invalidField(field, "must be " + describe(expected));
		}
		return ProblemDetails.invalidInput("The request body is not valid JSON.", Map.of());
	}

	private static ProblemDetails invalidField(String field, String error) {
		return ProblemDetails.invalidInput("The request has invalid fields: " + field, Map.of(field, error));
	}

	private static String fieldOf(JsonMappingException e) {
		StringBuilder path = new StringBuilder();
		for (JsonMappingException.Reference reference : e.getPath()) {
			if (reference.getFieldName() != null) {
				if (path.length() > 0) {
					path.append('.');
				}
				path.append(reference.getFieldName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String describe(Class<?> expected) {
		if (expected == null) {
			return "of another type";
		}
		if (expected == String.class) {
			return "a string";
		}
		if (expected == boolean.class || expected == Boolean.class) {
			return "true or false";
		}
		if (Number.class.isAssignableFrom(expected) || expected.isPrimitive()) {
			return "a number";
		}
		if (expected.isEnum()) {
			return "one of: " + Arrays.stream(expected.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
		}
		if (Iterable.class.isAssignableFrom(expected) || expected.isArray()) {
			return "a list";
		}
		return "an object";
	}

	private static BadRequestException unreadable(ProblemDetails details) {
		return new BadRequestException(details.toResponse());
	}

	private static boolean isJson(MediaType mediaType) {
		if (mediaType == null) {
			return false;
		}
		String subtype = mediaType.getSubtype();
		return "json".equalsIgnoreCase(subtype) || subtype.toLowerCase().endsWith("+json");
	}

	private static boolean isRaw(Class<?> type) {
		return type == String.class || InputStream.class.isAssignableFrom(type) || type == byte[].class
			|| javax.ws.rs.core.StreamingOutput.class.isAssignableFrom(type);
	}

}

package org.peervoice.rest.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.peervoice.core.champion.ListingDraft;
import org.peervoice.core.champion.ListingView;
import org.peervoice.core.recognition.EquityCell;
import org.peervoice.core.recognition.EquityRow;
import org.peervoice.core.recognition.RecipientView;
import org.peervoice.core.recognition.RecognitionView;
import org.peervoice.core.recognition.ReportView;
import org.peervoice.core.suggestion.SuggestionView;
import org.peervoice.core.townhall.LiveView;
import org.peervoice.core.townhall.QuestionView;

/**
 * How PeerVoice speaks JSON: properties are what getters expose (never a private field by
 * accident), unknown fields are errors, times are ISO-8601 strings. Reading is strict: a value
 * must have exactly the JSON type of its field (no {@code 42} for a string, no {@code "true"} or
 * {@code 1} for a boolean, no index for an enum, no single value for a list), duplicate keys and
 * trailing tokens are errors, and nesting, strings and numbers are bounded.
 */
public final class PeerVoiceJson {

	private PeerVoiceJson() {
	}

	/** Deeper than any request body we define (settings: object, list, object). */
	static final int MAX_NESTING_DEPTH = 16;
	static final int MAX_STRING_CHARS = 64 * 1024;
	static final int MAX_NUMBER_DIGITS = 40;

	private static final CoercionInputShape[] SCALAR_SHAPES = {
		CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean, CoercionInputShape.String,
		CoercionInputShape.EmptyString, CoercionInputShape.Array, CoercionInputShape.EmptyArray, CoercionInputShape.Object,
		CoercionInputShape.EmptyObject
	};

	public static ObjectMapper mapper() {
		return mapper(true);
	}

	/** @param writtenOnce whether parts of shared copies are written once per copy ({@link WrittenOnceParts}); tests compare */
	static ObjectMapper mapper(boolean writtenOnce) {
		JsonFactory factory = JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder()
				.maxNestingDepth(MAX_NESTING_DEPTH)
				.maxStringLength(MAX_STRING_CHARS)
				.maxNumberLength(MAX_NUMBER_DIGITS)
				.build())
			.build();
		JsonMapper mapper = JsonMapper.builder(factory)
			.addModule(new JavaTimeModule())
			.addModule(ExactEnumNames.module())
			.addModule(writtenOnce ? WrittenOnceParts.module(factory) : new SimpleModule("WrittenEveryTime"))
			.addMixIn(SuggestionView.class, SuggestionViewJson.class)
			.addMixIn(ListingView.class, ListingViewJson.class)
			.addMixIn(ListingDraft.class, ListingDraftJson.class)
			.addMixIn(QuestionView.class, TownHallJson.QuestionViewJson.class)
			.addMixIn(LiveView.class, TownHallJson.LiveViewJson.class)
			.addMixIn(RecipientView.class, RecognitionJson.class)
			.addMixIn(RecognitionView.class, RecognitionJson.class)
			.addMixIn(ReportView.class, RecognitionJson.class)
			.addMixIn(EquityRow.class, RecognitionJson.class)
			.addMixIn(EquityCell.class, RecognitionJson.class)
			.visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.NONE)
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
			.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
			.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
			.disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
			.disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
			.disable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
			.disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
			.disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
			.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
			.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
			.build();
		// The only way in is the exact type; every other input shape fails, for every logical type.
		for (LogicalType type : LogicalType.values()) {
			for (CoercionInputShape shape : SCALAR_SHAPES) {
				if (!isNative(type, shape)) {
					mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
				}
			}
		}
		return mapper;
	}

	private static boolean isNative(LogicalType type, CoercionInputShape shape) {
		switch (type) {
			case Textual:
				return shape == CoercionInputShape.String || shape == CoercionInputShape.EmptyString;
			case Enum:
			case DateTime:
				// an empty string is no name: it must not become null ("no status")
				return shape == CoercionInputShape.String;
			case Boolean:
				return shape == CoercionInputShape.Boolean;
			case Integer:
				return shape == CoercionInputShape.Integer;
			case Float:
				return shape == CoercionInputShape.Integer || shape == CoercionInputShape.Float;
			case Array:
			case Collection:
				return shape == CoercionInputShape.Array || shape == CoercionInputShape.EmptyArray;
			case Map:
			case POJO:
			case Untyped:
			case OtherScalar:
			default:
				return shape == CoercionInputShape.Object || shape == CoercionInputShape.EmptyObject;
		}
	}

}

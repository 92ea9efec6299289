package org.peervoice.rest.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.peervoice.core.suggestion.SuggestionView;

/**
 * How PeerVoice speaks JSON: properties are what getters expose (never a private field by
 * accident), unknown fields are errors, times are ISO-8601 strings.
 */
public final class PeerVoiceJson {

	private PeerVoiceJson() {
	}

	public static ObjectMapper mapper() {
		return JsonMapper.builder()
			.addModule(new JavaTimeModule())
			.addMixIn(SuggestionView.class, SuggestionViewJson.class)
			.visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.NONE)
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
			.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
			.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
			.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
			.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
			.build();
	}

}

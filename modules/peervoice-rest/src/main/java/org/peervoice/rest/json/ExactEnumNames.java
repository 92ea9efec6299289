package org.peervoice.rest.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Enum values only by their exact names: Jackson also accepts a name with blanks around it, which
 * a strict contract must not.
 */
final class ExactEnumNames {

	private ExactEnumNames() {
	}

	static SimpleModule module() {
		SimpleModule module = new SimpleModule("peervoice-exact-enum-names");
		module.setDeserializerModifier(new BeanDeserializerModifier() {

			@Override
			public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type, BeanDescription description,
					JsonDeserializer<?> deserializer) {
				return new Exact(type.getRawClass(), deserializer);
			}

		});
		return module;
	}

	private static final class Exact extends StdDeserializer<Object> implements ContextualDeserializer {

		private static final long serialVersionUID = 1L;

		private final JsonDeserializer<?> names;

		Exact(Class<?> type, JsonDeserializer<?> names) {
			super(type);
			this.names = names;
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			String text = parser.currentToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
			Object value = names.deserialize(parser, context);
			if (text != null && value instanceof Enum && !((Enum<?>) value).name().equals(text)) {
				return context.handleWeirdStringValue(handledType(), text, "not one of the names");
			}
			return value;
		}

		@Override
		public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) throws JsonMappingException {
			JsonDeserializer<?> contextual = names instanceof ContextualDeserializer
				? ((ContextualDeserializer) names).createContextual(context, property)
				: names;
			return contextual == names ? this : new Exact(handledType(), contextual);
		}

	}

}

package org.peervoice.rest.json;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;

import org.peervoice.core.kernel.WrittenOnce;

/**
 * Writes a view part made from a shared copy ({@link WrittenOnce.Part}: a live view's questions, polls and town hall) once
 * per copy and key, and every later caller's response takes the kept text as it is (docs/architecture.md, "Parts written
 * once per copy"). The text is what the part's own bean serializer writes, so the JSON is the same with or without it
 * (WrittenOnceTest compares them); a part without a copy is written as usual.
 */
final class WrittenOnceParts {

	private WrittenOnceParts() {
	}

	static SimpleModule module(JsonFactory factory) {
		SimpleModule module = new SimpleModule("WrittenOnceParts");
		module.setSerializerModifier(new BeanSerializerModifier() {

			@Override
			@SuppressWarnings("unchecked")
			public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description, JsonSerializer<?> serializer) {
				if (WrittenOnce.Part.class.isAssignableFrom(description.getBeanClass())) {
					return new PartSerializer(factory, (JsonSerializer<Object>) serializer);
				}
				return serializer;
			}

		});
		return module;
	}

	private static final class PartSerializer extends JsonSerializer<Object> implements ContextualSerializer, ResolvableSerializer {

		private final JsonFactory factory;
		private final JsonSerializer<Object> bean;

		PartSerializer(JsonFactory factory, JsonSerializer<Object> bean) {
			this.factory = factory;
			this.bean = bean;
		}

		@Override
		public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
			WrittenOnce.Part part = (WrittenOnce.Part) value;
			WrittenOnce written = part.writtenOnce();
			if (written == null) {
				bean.serialize(value, generator, provider);
				return;
			}
			try {
				generator.writeRawValue(written.form(part.writtenOnceKey(), () -> write(value, provider)));
			}
			catch (UncheckedIOException e) {
				throw e.getCause();
			}
		}

		private String write(Object value, SerializerProvider provider) {
			StringWriter text = new StringWriter(512);
			try (JsonGenerator generator = factory.createGenerator(text)) {
				bean.serialize(value, generator, provider);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return text.toString();
		}

		@Override
		@SuppressWarnings("unchecked")
		public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property) throws JsonMappingException {
			JsonSerializer<?> contextual = bean instanceof ContextualSerializer ? ((ContextualSerializer) bean).createContextual(provider, property)
				: bean;
			return contextual == bean ? this : new PartSerializer(factory, (JsonSerializer<Object>) contextual);
		}

		@Override
		public void resolve(SerializerProvider provider) throws JsonMappingException {
			if (bean instanceof ResolvableSerializer) {
				((ResolvableSerializer) bean).resolve(provider);
			}
		}

		@Override
		public Class<Object> handledType() {
			return bean.handledType();
		}

	}

}

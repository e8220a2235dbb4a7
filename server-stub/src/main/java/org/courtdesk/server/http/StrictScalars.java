package org.courtdesk.server.http;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * What Jackson's configuration cannot say, as thin wrappers around its own deserializers (which still do the work):
 * <ul>
 *   <li>every String goes through {@link CleanText} (no NUL, no lone surrogate);</li>
 *   <li>dates, date-times and instants come only as JSON strings in the exact ISO shape (jsr310 also takes arrays such
 *       as {@code [2026,11,23]}, surrounding spaces and expanded years like {@code +12026-11-23});</li>
 *   <li>an enum only by its exact name (Jackson trims {@code " ONLINE "}).</li>
 * </ul>
 * Numbers, booleans, empty strings and leniency are configured in {@link Json}; this only adds the rest.
 */
final class StrictScalars extends BeanDeserializerModifier {

    /** The shapes the API documents (openapi.json uses the same LocalDateTime pattern). */
    private static final String TIME = "\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?";
    private static final Map<Class<?>, Pattern> ISO = Map.of(
            LocalDate.class, Pattern.compile("\\d{4}-\\d{2}-\\d{2}"),
            LocalDateTime.class, Pattern.compile("\\d{4}-\\d{2}-\\d{2}T" + TIME),
            Instant.class, Pattern.compile("\\d{4}-\\d{2}-\\d{2}T" + TIME + "(Z|[+-]\\d{2}:\\d{2})"));
    private static final Map<Class<?>, String> EXPECTED = Map.of(
            LocalDate.class, "yyyy-MM-dd",
            LocalDateTime.class, "yyyy-MM-ddTHH:mm:ss",
            Instant.class, "yyyy-MM-ddTHH:mm:ssZ");

    private StrictScalars() {}

    static SimpleModule module() {
        return new SimpleModule("courtdesk-strict-scalars").setDeserializerModifier(new StrictScalars());
    }

    /** The shape {@code type} must have, e.g. {@code yyyy-MM-dd}, or null when it has no fixed text shape. */
    static String expectedShape(Class<?> type) {
        return type == null ? null : EXPECTED.get(type);
    }

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription desc,
                                                  JsonDeserializer<?> deserializer) {
        Class<?> type = desc.getBeanClass();
        if (type == String.class) {
            return new CleanString(deserializer);
        }
        Pattern iso = ISO.get(type);
        return iso != null ? new IsoText(deserializer, type, iso) : deserializer;
    }

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type, BeanDescription desc,
                                                      JsonDeserializer<?> deserializer) {
        return new ExactEnumName(deserializer, type.getRawClass());
    }

    /** A string holding a character {@link CleanText} refuses; {@link Json} answers TEXT_INVALID_CHARACTER. */
    static final class RefusedCharacter extends JsonMappingException {
        final char character;

        RefusedCharacter(JsonParser p, char character) {
            super(p, String.format("refused character U+%04X", (int) character));
            this.character = character;
        }
    }

    private static final class CleanString extends DelegatingDeserializer {
        CleanString(JsonDeserializer<?> d) {
            super(d);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> d) {
            return new CleanString(d);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object value = super.deserialize(p, ctxt);
            if (value instanceof String s) {
                int at = CleanText.firstRefused(s);
                if (at >= 0) {
                    throw new RefusedCharacter(p, s.charAt(at));
                }
            }
            return value;
        }
    }

    private static final class IsoText extends DelegatingDeserializer {
        private final Class<?> type;
        private final Pattern shape;

        IsoText(JsonDeserializer<?> d, Class<?> type, Pattern shape) {
            super(d);
            this.type = type;
            this.shape = shape;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> d) {
            return new IsoText(d, type, shape);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return ctxt.handleUnexpectedToken(type, p);
            }
            String text = p.getText();
            if (!shape.matcher(text).matches()) {
                return ctxt.handleWeirdStringValue(type, text, "expected " + EXPECTED.get(type));
            }
            return super.deserialize(p, ctxt);
        }
    }

    private static final class ExactEnumName extends DelegatingDeserializer {
        private final Class<?> type;

        ExactEnumName(JsonDeserializer<?> d, Class<?> type) {
            super(d);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> d) {
            return new ExactEnumName(d, type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String text = p.getText();
                if (!text.equals(text.strip())) {
                    return ctxt.handleWeirdStringValue(type, text, "an exact name, without spaces");
                }
            }
            return super.deserialize(p, ctxt);
        }
    }
}

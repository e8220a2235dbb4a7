package org.courtdesk.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.request.KindRegistry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.javalin.http.Context;

/**
 * The one ObjectMapper of the server: ISO dates on output, and on input exactly what API.md documents, nothing
 * "helpfully" converted:
 * <ul>
 *   <li>no unknown fields, no field twice, nothing after the value, no null or missing value for a primitive
 *       ({@code baseVersion}, {@code attended}, {@code agreementAccepted});</li>
 *   <li>no coercion: {@code "1"} is not a number, {@code "true"} and {@code 1} are not booleans, a number is not a
 *       string, a date or an enum, {@code ""} is not null, {@code 1.0} is not an integer;</li>
 *   <li>not lenient: a date is {@code yyyy-MM-dd} (a date-time is not a date), a date-time is ISO without offset,
 *       an enum value is its exact name;</li>
 *   <li>the body is strict UTF-8 and every string passes {@link CleanText}.</li>
 * </ul>
 * Jackson's own configuration does all of this except what {@link StrictScalars} adds (see there). Refusals: 400
 * MALFORMED_JSON (not JSON), UNKNOWN_FIELD, VALIDATION_FAILED naming the field and the expected shape,
 * TEXT_INVALID_CHARACTER naming the field; a body over {@value #MAX_BODY_BYTES} bytes is 413 PAYLOAD_TOO_LARGE.
 */
public final class Json {

    /** Every JSON body the API takes is a short form; a decision with both texts at their limit is under 8 KB. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(StrictScalars.module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES) // also a missing primitive (records)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            // @JsonFormat(lenient = FALSE) for every type: jsr310 then refuses 12345 as a date, a date-time for a date
            .defaultLeniency(false)
            .withCoercionConfigDefaults(c -> {
                for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
                        CoercionInputShape.Float, CoercionInputShape.Boolean, CoercionInputShape.String,
                        CoercionInputShape.EmptyString, CoercionInputShape.EmptyArray, CoercionInputShape.EmptyObject}) {
                    c.setCoercion(shape, CoercionAction.Fail);
                }
                c.setAcceptBlankAsEmpty(false);
            })
            // RequestView is polymorphic by "kind": each built kind's view under its kind's name
            .registerSubtypes(viewTypes())
            .build();

    private Json() {}

    /** The view type of every built kind, from shared-model's registry (no kind is named here). */
    static NamedType[] viewTypes() {
        return KindRegistry.viewTypes().entrySet().stream().map(e -> new NamedType(e.getValue(), e.getKey()))
                .toArray(NamedType[]::new);
    }

    /** Reads the request body as {@code type}: at most {@value #MAX_BODY_BYTES} bytes of strict UTF-8 JSON. */
    public static <T> T body(Context ctx, Class<T> type) {
        return body(bodyBytes(ctx), type);
    }

    /**
     * The request body's bytes, read but not yet judged: at most {@value #MAX_BODY_BYTES} + 1, so {@link #body(byte[],
     * Class)} can refuse a huge one later (a staff action checks visibility first, whatever the body).
     */
    public static byte[] bodyBytes(Context ctx) {
        return bodyBytes(ctx, MAX_BODY_BYTES);
    }

    /**
     * As {@link #bodyBytes(Context)} for a route whose body may be longer ({@code maxBytes}, a kind's long text): at
     * most {@code maxBytes} + 1 bytes are read, so the one who judges them can refuse a longer body.
     */
    public static byte[] bodyBytes(Context ctx, int maxBytes) {
        try (InputStream in = ctx.req().getInputStream()) {
            // Bounded while reading: a huge body is refused after maxBytes + 1 bytes, not buffered whole.
            return in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new ApiException(ErrorCode.MALFORMED_JSON, "请求内容读取失败，请重新提交");
        }
    }

    /** Reads bytes from {@link #bodyBytes} as {@code type}, refusing an oversized body. */
    public static <T> T body(byte[] bytes, Class<T> type) {
        if (bytes.length > MAX_BODY_BYTES) {
            throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "请求内容过大（JSON 至多 " + MAX_BODY_BYTES / 1024 + " KB）");
        }
        return read(bytes, type, "请求内容");
    }

    /**
     * Reads bytes from {@link #bodyBytes(Context, int)} as {@code type}, refusing a body over {@code maxBytes} with
     * {@code tooLarge} (given the body's size in bytes; at most {@code maxBytes} + 1 were read).
     */
    public static <T> T body(byte[] bytes, Class<T> type, int maxBytes, java.util.function.IntFunction<ApiException> tooLarge) {
        if (bytes.length > maxBytes) {
            throw tooLarge.apply(bytes.length);
        }
        return read(bytes, type, "请求内容");
    }

    /** Reads {@code bytes} (strict UTF-8) as {@code type}; {@code what} names the body in a refusal (e.g. 申请表). */
    public static <T> T read(byte[] bytes, Class<T> type, String what) {
        return read(CleanText.decodeUtf8(bytes, what), type);
    }

    /** Reads {@code json} as {@code type}, refusing what the class comment lists with a clear code. */
    public static <T> T read(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            throw new ApiException(ErrorCode.MALFORMED_JSON, "请求内容为空");
        }
        try {
            T value = MAPPER.readValue(json, type);
            if (value == null) {
                throw new ApiException(ErrorCode.MALFORMED_JSON, "请求内容为空");
            }
            return value;
        } catch (StrictScalars.RefusedCharacter e) {
            throw CleanText.refusal("字段 " + fieldPath(e) + " ", e.character);
        } catch (UnrecognizedPropertyException e) {
            throw new ApiException(ErrorCode.UNKNOWN_FIELD, "请求中含有不认识的字段：" + CleanText.printable(e.getPropertyName()));
        } catch (MismatchedInputException e) {
            if (e.getPath().isEmpty() && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
                throw new ApiException(ErrorCode.MALFORMED_JSON, "请求内容在 JSON 值之后还有其他内容");
            }
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "字段格式不正确或缺少字段：" + fieldPath(e) + expected(e));
        } catch (JsonMappingException e) {
            // e.g. a number too large for its field
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "字段格式不正确：" + fieldPath(e));
        } catch (JsonProcessingException e) {
            String m = String.valueOf(e.getOriginalMessage());
            if (m.startsWith("Duplicate field")) {
                throw new ApiException(ErrorCode.MALFORMED_JSON, "请求中有重复的字段：" + CleanText.printable(m.substring(15).trim()));
            }
            throw new ApiException(ErrorCode.MALFORMED_JSON);
        }
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "(整体)" : sb.toString();
    }

    /** What the field should look like, when its type says it plainly. */
    private static String expected(MismatchedInputException e) {
        Class<?> t = e.getTargetType();
        if (t == null) {
            return "";
        }
        String shape = StrictScalars.expectedShape(t);
        if (shape != null) {
            return "（格式 " + shape + "）";
        }
        if (t.isEnum()) {
            return "（须为 " + Arrays.stream(t.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining("、")) + " 之一）";
        }
        if (t == boolean.class || t == Boolean.class) {
            return "（须为 true 或 false）";
        }
        if (t == long.class || t == Long.class || t == int.class || t == Integer.class) {
            return "（须为整数）";
        }
        if (t == String.class) {
            return "（须为文字）";
        }
        if (t == java.util.UUID.class) {
            return "（须为 UUID）";
        }
        return "";
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

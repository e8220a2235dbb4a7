package org.courtdesk.server.http;

import java.io.IOException;

import org.courtdesk.model.api.ErrorCode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.javalin.http.Context;

/** The one ObjectMapper of the server: strict on input (unknown fields refused), ISO dates on output. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private Json() {}

    /** Reads the request body as {@code type}, refusing malformed JSON and unknown fields with a clear code. */
    public static <T> T body(Context ctx, Class<T> type) {
        return read(ctx.body(), type);
    }

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
        } catch (UnrecognizedPropertyException e) {
            throw new ApiException(ErrorCode.UNKNOWN_FIELD, "请求中含有不认识的字段：" + e.getPropertyName());
        } catch (MismatchedInputException e) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "字段格式不正确：" + fieldPath(e));
        } catch (JsonProcessingException e) {
            throw new ApiException(ErrorCode.MALFORMED_JSON);
        } catch (IOException e) {
            throw new ApiException(ErrorCode.MALFORMED_JSON);
        }
    }

    private static String fieldPath(MismatchedInputException e) {
        StringBuilder sb = new StringBuilder();
        for (var ref : e.getPath()) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]");
        }
        return sb.length() == 0 ? "(整体)" : sb.toString();
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

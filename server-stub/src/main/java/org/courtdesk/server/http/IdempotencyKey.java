package org.courtdesk.server.http;

import java.util.UUID;

import org.courtdesk.model.api.ErrorCode;

import io.javalin.http.Context;

/**
 * The client's {@value #HEADER} on a state-changing request of any kind: one UUID per submission, made before the
 * first attempt and sent again with every retry, so a submission whose answer was lost is stored once however often
 * it is sent. Missing, blank or not a UUID in its canonical form: {@link ErrorCode#IDEMPOTENCY_KEY_REQUIRED}. The one
 * reader of the header; the kinds call it beside {@link KindUploads}.
 */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";

    private IdempotencyKey() {}

    public static UUID read(Context ctx) {
        String value = ctx.header(HEADER);
        if (value == null || value.isBlank()) {
            throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_REQUIRED,
                    "缺少请求头 " + HEADER + "：每次提交须带一个 UUID，重试时带同一个");
        }
        try {
            UUID key = UUID.fromString(value.trim());
            if (!key.toString().equalsIgnoreCase(value.trim())) {
                throw new IllegalArgumentException(value);
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_REQUIRED,
                    "请求头 " + HEADER + " 须为 UUID，例如 3f2b8c1e-6a4d-4e0f-9b7a-2c5d8e1f0a93");
        }
    }
}

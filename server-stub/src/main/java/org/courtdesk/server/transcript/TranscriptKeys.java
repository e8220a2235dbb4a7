package org.courtdesk.server.transcript;

import java.util.UUID;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.server.http.ApiException;

import io.javalin.http.Context;

/** The client's Idempotency-Key of an attaching or a 申请补正: one UUID per submission, sent again with every retry. */
public final class TranscriptKeys {

    public static final String HEADER = "Idempotency-Key";

    private TranscriptKeys() {}

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
            throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_REQUIRED, "请求头 " + HEADER + " 须为 UUID");
        }
    }
}

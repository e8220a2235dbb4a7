package org.courtdesk.server.http;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.ReadingRequestView;

/** Thrown by handlers to answer with a problem+json; nothing of the failed request is stored. */
public class ApiException extends RuntimeException {
    private final ErrorCode code;
    private final ReadingRequestView current;

    public ApiException(ErrorCode code) {
        this(code, null, null);
    }

    public ApiException(ErrorCode code, String detail) {
        this(code, detail, null);
    }

    public ApiException(ErrorCode code, String detail, ReadingRequestView current) {
        super(detail == null ? code.message() : detail);
        this.code = code;
        this.current = current;
    }

    public ErrorCode code() {
        return code;
    }

    /** The request's present state, sent with a VERSION_CONFLICT. */
    public ReadingRequestView current() {
        return current;
    }
}

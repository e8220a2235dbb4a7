package org.courtdesk.server.http;

import java.util.List;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.RequestView;

/** Thrown by handlers to answer with a problem+json; nothing of the failed request is stored. */
public class ApiException extends RuntimeException {
    private final ErrorCode code;
    private final RequestView current;
    private final List<String> errors;

    public ApiException(ErrorCode code) {
        this(code, null, null);
    }

    public ApiException(ErrorCode code, String detail) {
        this(code, detail, null);
    }

    public ApiException(ErrorCode code, String detail, RequestView current) {
        this(code, detail, current, null);
    }

    private ApiException(ErrorCode code, String detail, RequestView current, List<String> errors) {
        super(detail == null ? code.message() : detail);
        this.code = code;
        this.current = current;
        this.errors = errors == null ? null : List.copyOf(errors);
    }

    /**
     * A refusal for several broken rules at once: the first decides status and detail, all codes go into the
     * problem's {@code errors}, so a form can mark every wrong field in one round trip.
     */
    public static ApiException ofAll(ErrorCode first, String detail, List<ErrorCode> all) {
        return new ApiException(first, detail, null, all.stream().map(Enum::name).toList());
    }

    public ErrorCode code() {
        return code;
    }

    /** The request's present state (its kind's view), sent with a VERSION_CONFLICT or ILLEGAL_TRANSITION. */
    public RequestView current() {
        return current;
    }

    /** Every broken rule's code, or null when only {@link #code()} applies. */
    public List<String> errors() {
        return errors;
    }
}

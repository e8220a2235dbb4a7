package org.courtdesk.model.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * RFC 9457 problem details ({@code application/problem+json}). {@code code} is stable; {@code detail} is
 * Chinese; {@code current} carries the request's present state (its kind's view) with a 409 VERSION_CONFLICT, so the
 * workstation can show it beside the judge's own draft.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String code,
                      List<String> errors, RequestView current) {

    public static Problem of(ErrorCode code, String detail) {
        return new Problem("urn:courtdesk:problem:" + code.name().toLowerCase().replace('_', '-'),
                code.name(), code.httpStatus(), detail == null ? code.message() : detail, code.name(), null, null);
    }

    public Problem withErrors(List<String> errors) {
        return new Problem(type, title, status, detail, code, errors, current);
    }

    public Problem withCurrent(RequestView current) {
        return new Problem(type, title, status, detail, code, errors, current);
    }

    /** {@code current} as {@code type} (the kind's view), or null when absent or another type. */
    public <V extends RequestView> V currentAs(Class<V> type) {
        return type.isInstance(current) ? type.cast(current) : null;
    }
}

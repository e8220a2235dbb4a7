package org.courtdesk.app.api;

import java.time.Duration;
import java.util.Optional;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.i18n.Text;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.Problem;

/**
 * The server answered, and said no: an HTTP status outside 2xx, with the problem+json body when there was one.
 * {@link #code()} is the stable {@link ErrorCode} (null when the body was not ours, e.g. a proxy's 502 page).
 */
public class ApiException extends Exception {

    private final int httpStatus;
    private final transient Problem problem;
    private final ErrorCode code;
    private final Duration retryAfter;

    public ApiException(int httpStatus, Problem problem, ErrorCode code, String message) {
        this(httpStatus, problem, code, message, null);
    }

    public ApiException(int httpStatus, Problem problem, ErrorCode code, String message, Duration retryAfter) {
        super(message);
        this.httpStatus = httpStatus;
        this.problem = problem;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    /** The server's {@code Retry-After} (e.g. with 503 SERVICE_BUSY): do not send the same request before it. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The problem+json body, if the server sent one. */
    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }

    /** The stable code, or null if the answer carried none we know. */
    public ErrorCode code() {
        return code;
    }

    public boolean is(ErrorCode c) {
        return code == c;
    }

    /** 401 of any kind: the token is missing, expired or revoked. */
    public boolean unauthenticated() {
        return httpStatus == 401;
    }

    /** 5xx (or 408/429): worth retrying later, not a verdict on the request. */
    public boolean transientFailure() {
        return httpStatus >= 500 || httpStatus == 408 || httpStatus == 429;
    }

    /**
     * What the server said, kept as it came (its problem detail, else the sentence it sends for the code), or
     * else a sentence of ours with the status, in the language of whoever shows it.
     */
    public Text detailText() {
        if (problem != null && problem.detail() != null && !problem.detail().isBlank()) {
            return Text.verbatim(problem.detail());
        }
        if (code != null) {
            return Text.verbatim(code.message());
        }
        return Text.of("api.error.http", String.valueOf(httpStatus));
    }

    /** {@link #detailText()} in the user's language. */
    public String detail() {
        return Messages.text(detailText());
    }
}

package org.courtdesk.app.workspace;

import java.time.Duration;
import java.util.Optional;

import org.courtdesk.app.i18n.LocalizedException;
import org.courtdesk.app.i18n.Text;

/**
 * Why a login failed; the screen maps {@link Reason} to a sentence from the bundle, and shows the message
 * (in the user's language) where the reason alone does not say enough ({@link Reason#SERVER_ERROR}).
 */
public class LoginException extends LocalizedException {

    public enum Reason {
        /** 用户名或密码错误 (from the server). */
        BAD_CREDENTIALS,
        /** Too many failed attempts for this user name from this computer's address. */
        ACCOUNT_LOCKED,
        /** Too many failed attempts from this computer's address over all user names (429 from the server). */
        TOO_MANY_ATTEMPTS,
        /** Only court staff use the workstation. */
        NOT_COURT_STAFF,
        /** Server unreachable and no cache for this user on this computer. */
        SERVER_UNREACHABLE,
        /** Offline, and the password does not open this user's cache. */
        OFFLINE_PASSWORD_WRONG,
        /** The server address is not a valid http(s) URL. */
        BAD_SERVER_ADDRESS,
        /** Anything else the server said; see the message. */
        SERVER_ERROR
    }

    private final Reason reason;
    private final Duration retryAfter;

    public LoginException(Reason reason, Text message, Throwable cause) {
        this(reason, message, cause, null);
    }

    /** Words from elsewhere (a test's fake service), shown as they are. */
    public LoginException(Reason reason, String message, Throwable cause) {
        this(reason, Text.verbatim(message), cause, null);
    }

    /** @param retryAfter how long the server said to wait before trying again (Retry-After), or null */
    public LoginException(Reason reason, Text message, Throwable cause, Duration retryAfter) {
        super(message, cause);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}

package org.courtdesk.app.workspace;

/** Why a login failed; the screen maps {@link Reason} to a Chinese sentence from the bundle. */
public class LoginException extends Exception {

    public enum Reason {
        /** 用户名或密码错误 (from the server). */
        BAD_CREDENTIALS,
        /** Too many failed attempts. */
        ACCOUNT_LOCKED,
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

    public LoginException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

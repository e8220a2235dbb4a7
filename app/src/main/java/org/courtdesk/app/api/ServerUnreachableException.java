package org.courtdesk.app.api;

/**
 * No answer from the server: refused, timed out, name not resolved, connection dropped, or an answer that is
 * not from a CourtDesk server at all. The caller works offline and tries again later.
 */
public class ServerUnreachableException extends Exception {

    public ServerUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}

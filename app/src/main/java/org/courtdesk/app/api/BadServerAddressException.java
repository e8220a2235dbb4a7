package org.courtdesk.app.api;

/** The server address typed at login is not an http(s) URL. */
public class BadServerAddressException extends Exception {

    public BadServerAddressException(String message) {
        super(message);
    }
}

package org.courtdesk.app.workspace;

/** A document that is neither cached nor fetchable now (offline, refused, or its bytes do not match the hash). */
public class DocumentUnavailableException extends Exception {
    public DocumentUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

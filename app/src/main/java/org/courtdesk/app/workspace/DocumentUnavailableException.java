package org.courtdesk.app.workspace;

import org.courtdesk.app.i18n.LocalizedException;
import org.courtdesk.app.i18n.Text;

/** A document that is neither cached nor fetchable now (offline, refused, or its bytes do not match the hash). */
public class DocumentUnavailableException extends LocalizedException {

    public DocumentUnavailableException(Text message, Throwable cause) {
        super(message, cause);
    }

    /** Words from elsewhere (a test's fake workspace), shown as they are. */
    public DocumentUnavailableException(String message, Throwable cause) {
        this(Text.verbatim(message), cause);
    }
}

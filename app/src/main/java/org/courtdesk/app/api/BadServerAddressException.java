package org.courtdesk.app.api;

import org.courtdesk.app.i18n.LocalizedException;
import org.courtdesk.app.i18n.Text;

/** The server address typed at login is not an http(s) URL. */
public class BadServerAddressException extends LocalizedException {

    public BadServerAddressException(Text message) {
        super(message, null);
    }
}

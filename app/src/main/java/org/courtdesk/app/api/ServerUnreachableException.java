package org.courtdesk.app.api;

import org.courtdesk.app.i18n.LocalizedException;
import org.courtdesk.app.i18n.Text;

/**
 * No answer from the server: refused, timed out, name not resolved, connection dropped, or an answer that is
 * not from a CourtDesk server at all. The caller works offline and tries again later.
 */
public class ServerUnreachableException extends LocalizedException {

    public ServerUnreachableException(Text message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether the request certainly never reached the server: no connection was made (refused, no route, name not
     * resolved). After a timeout or a dropped connection it may have been applied and only the answer was lost.
     */
    public boolean neverSent() {
        Throwable c = getCause();
        return c instanceof java.net.ConnectException || c instanceof java.net.UnknownHostException
                || c instanceof java.net.NoRouteToHostException;
    }
}

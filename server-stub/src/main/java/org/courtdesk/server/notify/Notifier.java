package org.courtdesk.server.notify;

import org.jdbi.v3.core.Handle;

/**
 * Outgoing notices to applicants (the SMS of the seeds). One interface, so a court can plug in its SMS
 * gateway; the default records them. Called inside the transaction of the change it reports, so a notice
 * exists exactly when its change does.
 */
public interface Notifier {

    void send(Handle h, long accountId, String text, Long requestId);
}

package org.courtdesk.server.notify;

import org.jdbi.v3.core.Handle;

/**
 * Outgoing notices to applicants (the SMS of the seeds). Called inside the transaction of the change it reports,
 * so a notice is recorded exactly when its change is; what the record keeps is the masked text
 * ({@link Sms#maskedText()}), and the full text goes to the {@link SmsGateway} only after that transaction commits.
 */
public interface Notifier {

    void send(Handle h, long accountId, Sms sms, Long requestId);

    /** A notice without secrets. */
    default void send(Handle h, long accountId, String text, Long requestId) {
        send(h, accountId, Sms.plain(text), requestId);
    }
}

package org.courtdesk.server.notify;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records each notice, masked, in the notification table (the recipient reads it at /api/v1/me/notifications) and
 * hands the full text to the {@link SmsGateway} once the caller's transaction has committed.
 */
public final class RecordingNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(RecordingNotifier.class);
    private final Clock clock;
    private final SmsGateway gateway;

    public RecordingNotifier(Clock clock, SmsGateway gateway) {
        this.clock = clock;
        this.gateway = gateway;
    }

    @Override
    public void send(Handle h, long accountId, Sms sms, Long requestId) {
        String phone = h.createQuery("SELECT phone FROM account WHERE id = :id").bind("id", accountId)
                .mapTo(String.class).findOne().orElse(null);
        h.createUpdate("INSERT INTO notification (account_id, phone, text, request_id, sent_at) VALUES (:a, :p, :t, :r, :at)")
                .bind("a", accountId).bind("p", phone).bind("t", sms.maskedText()).bind("r", requestId)
                .bind("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).execute();
        SmsGateway.Message message = new SmsGateway.Message(accountId, phone, requestId, sms);
        if (h.isInTransaction()) {
            h.afterCommit(() -> deliver(message)); // a rollback drops it: no SMS for a change that did not happen
        } else {
            deliver(message); // auto-commit: the row is already stored
        }
    }

    private void deliver(SmsGateway.Message message) {
        try {
            gateway.deliver(message);
        } catch (RuntimeException e) {
            // The change is committed and answered; a gateway failure must not turn it into a 500.
            LOG.error("SMS gateway failed for {}", message, e);
        }
    }
}

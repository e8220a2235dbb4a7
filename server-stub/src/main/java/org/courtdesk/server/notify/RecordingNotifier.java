package org.courtdesk.server.notify;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Records each notice in the notification table and the log; the recipient reads it at /api/v1/me/notifications. */
public final class RecordingNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(RecordingNotifier.class);
    private final Clock clock;

    public RecordingNotifier(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void send(Handle h, long accountId, String text, Long requestId) {
        String phone = h.createQuery("SELECT phone FROM account WHERE id = :id").bind("id", accountId)
                .mapTo(String.class).findOne().orElse(null);
        h.createUpdate("INSERT INTO notification (account_id, phone, text, request_id, sent_at) VALUES (:a, :p, :t, :r, :at)")
                .bind("a", accountId).bind("p", phone).bind("t", text).bind("r", requestId)
                .bind("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).execute();
        LOG.info("SMS to account {} ({}): {}", accountId, mask(phone), text.replaceAll("\\d{4,}", "****"));
    }

    private static String mask(String phone) {
        return phone == null || phone.length() < 7 ? "-" : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}

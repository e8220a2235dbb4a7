package org.courtdesk.model.api;

import java.time.Instant;

/** An outgoing notice (recorded SMS) as its recipient sees it. */
public record NotificationView(long id, Instant sentAt, String phone, String text, Long requestId) {}

package org.courtdesk.app.ui.notice;

import java.time.LocalDateTime;

import org.courtdesk.model.request.RequestRef;

/**
 * One reminder of the notification centre (spec-004 §1, the 12368 待处理 reminders): a new request waiting in a queue,
 * a deadline coming due, or an applicant's reply to a 留言. {@code key} names it stably across reloads (the centre
 * remembers which keys the user has seen); a deadline's key carries its urgency, so a deadline that moves from "due
 * soon" to "due today" to "overdue" reminds again. {@code label} names the request as its queue does; {@code detail}
 * is what the reminder says beyond its type (the deadline's task, the reply's first words); {@code at} is court-local.
 */
public record Notice(String key, Type type, RequestRef request, String label, String detail, LocalDateTime at) {

    public enum Type {
        /** A request of the queue's first status the user has not opened yet. */
        NEW_REQUEST,
        /** A legal deadline overdue, due today or within its warning period. */
        DEADLINE,
        /** The applicant wrote after the court's last 留言. */
        REPLY
    }
}

package org.courtdesk.app.workspace;

import org.courtdesk.model.api.ReadingRequestView;

/**
 * A 409 from the server: the judge's own draft beside the request's current state on the server. The draft is a
 * decision ({@code mine}) or an attendance record ({@code attendance}); the other is null.
 */
public record Conflict(long requestId, PendingDecision mine, PendingAttendance attendance, ReadingRequestView current) {

    public Conflict(long requestId, PendingDecision mine, ReadingRequestView current) {
        this(requestId, mine, null, current);
    }

    public boolean isAttendance() {
        return attendance != null;
    }
}

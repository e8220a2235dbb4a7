package org.courtdesk.app.workspace;

import java.time.Instant;

import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.model.api.AttendanceRecord;
import org.courtdesk.model.api.ErrorCode;

/**
 * An on-site attendance record in the outbox: what was recorded, when, and where it stands (PENDING = 已保存，待同步;
 * CONFLICT = the server answered 409; REFUSED = a rule refusal, {@code errorCode} and the server's words kept).
 */
public record PendingAttendance(long requestId, AttendanceRecord record, Instant savedAt, OutboxState state,
                                ErrorCode errorCode, String lastError) {

    public boolean needsJudge() {
        return state != OutboxState.PENDING;
    }
}

package org.courtdesk.server.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.request.RequestKind;
import org.jdbi.v3.core.Handle;

/** Who did what, when, to which request: decisions, changes of mode or window, attendance, downloads. */
public final class AuditLog {

    /** An applicant submitted a request (the first line of every request's trail). */
    public static final String ACTION_SUBMIT = "SUBMIT";

    private AuditLog() {}

    public static void record(Handle h, RequestKind kind, long requestId, Long actorId, String actorName,
                              String action, String detail) {
        recordAt(h, kind, requestId, actorId, actorName, action, detail, Instant.now());
    }

    public static void recordAt(Handle h, RequestKind kind, long requestId, Long actorId, String actorName,
                                String action, String detail, Instant at) {
        h.createUpdate("INSERT INTO audit_log (kind, request_id, at, actor_id, actor_name, action, detail) "
                        + "VALUES (:k, :r, :at, :aid, :an, :ac, :d)")
                .bind("k", kind.name()).bind("r", requestId).bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .bind("aid", actorId).bind("an", actorName).bind("ac", action).bind("d", detail).execute();
    }

    public static List<AuditEntry> forRequest(Handle h, RequestKind kind, long requestId) {
        return h.createQuery("SELECT at, actor_name, action, detail FROM audit_log WHERE kind = :k AND request_id = :r "
                        + "ORDER BY at, id")
                .bind("k", kind.name()).bind("r", requestId)
                .map((rs, ctx) -> {
                    Timestamp at = rs.getTimestamp(1);
                    return new AuditEntry(at.toInstant(), rs.getString(2), rs.getString(3), rs.getString(4));
                }).list();
    }
}

package org.courtdesk.server.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.request.RequestKind;
import org.jdbi.v3.core.Handle;

/** Who did what, when, to which request: decisions, changes of mode or window, attendance, downloads. */
public final class AuditLog {

    // The actions, in the words the trail is read in (the applicant's detail, the judge's detail). One list, so the
    // demo data and live requests say the same thing.
    /** An applicant submitted a request (the first line of every request's trail). */
    public static final String ACTION_SUBMIT = "提交申请";
    public static final String ACTION_APPROVE = "审查通过";
    public static final String ACTION_REJECT = "审查不通过";
    /** The judge approved another reading mode than the one applied for. */
    public static final String ACTION_CHANGE_MODE = "修改阅卷方式";
    /** The judge fixed the on-site window (the appointment time). */
    public static final String ACTION_CHANGE_WINDOW = "修改预约时间";
    public static final String ACTION_ATTENDANCE = "记录到场情况";
    public static final String ACTION_DOWNLOAD = "下载卷宗";
    public static final String ACTION_WRONG_CODE = "下载密码错误";

    private AuditLog() {}

    public static void record(Handle h, RequestKind kind, long requestId, Long actorId, String actorName,
                              String action, String detail) {
        recordAt(h, kind, requestId, actorId, actorName, action, detail, Instant.now());
    }

    public static void recordAt(Handle h, RequestKind kind, long requestId, Long actorId, String actorName,
                                String action, String detail, Instant at) {
        h.createUpdate(INSERT)
                .bind("k", kind.name()).bind("r", requestId).bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .bind("aid", actorId).bind("an", actorName).bind("ac", action).bind("d", detail).execute();
    }

    private static final String INSERT = "INSERT INTO audit_log (kind, request_id, at, actor_id, actor_name, action, "
            + "detail) VALUES (:k, :r, :at, :aid, :an, :ac, :d)";

    /** One line of a trail not written yet ({@link #recordAll}). */
    public record Line(RequestKind kind, long requestId, Long actorId, String actorName, String action, String detail,
                       Instant at) {}

    /**
     * {@link #recordAt} for many lines in one JDBC batch, in the order given (so their ids are as if recorded one by
     * one): bulk writers such as the demo seeding.
     */
    public static void recordAll(Handle h, List<Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        org.jdbi.v3.core.statement.PreparedBatch batch = h.prepareBatch(INSERT);
        for (Line l : lines) {
            batch.bind("k", l.kind().name()).bind("r", l.requestId())
                    .bind("at", OffsetDateTime.ofInstant(l.at(), ZoneOffset.UTC)).bind("aid", l.actorId())
                    .bind("an", l.actorName()).bind("ac", l.action()).bind("d", l.detail()).add();
        }
        batch.execute();
    }

    /** The trails of several requests in one query (a feed page), each oldest first. */
    public static Map<Long, List<AuditEntry>> forRequests(Handle h, RequestKind kind, Collection<Long> requestIds) {
        Map<Long, List<AuditEntry>> byRequest = new HashMap<>();
        if (requestIds.isEmpty()) {
            return byRequest;
        }
        h.createQuery("SELECT request_id, at, actor_name, action, detail FROM audit_log "
                        + "WHERE kind = :k AND request_id IN (<ids>) ORDER BY at, id")
                .bind("k", kind.name()).bindList("ids", new ArrayList<>(requestIds))
                .map((rs, ctx) -> Map.entry(rs.getLong(1), new AuditEntry(rs.getTimestamp(2).toInstant(),
                        rs.getString(3), rs.getString(4), rs.getString(5))))
                .forEach(e -> byRequest.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return byRequest;
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

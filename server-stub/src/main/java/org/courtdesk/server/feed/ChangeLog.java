package org.courtdesk.server.feed;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.request.RequestKind;
import org.jdbi.v3.core.Handle;

/**
 * Stamps a change with the next feed sequence. The feed_counter row is locked FOR UPDATE and held until the
 * caller's transaction commits, so sequences commit in order: a reader that sees seq n has already seen every
 * seq below n that will ever exist. Call it inside the transaction that writes the request, after the write.
 */
public final class ChangeLog {

    private ChangeLog() {}

    /**
     * Takes the feed lock now instead of at {@link #record}, for a writer that numbers something else in the same
     * order (a new request's 申请编号): from here until commit no other writer can number or record. Keep what follows
     * short; do the slow work (storing uploads) before.
     */
    public static void lock(Handle h) {
        h.createQuery("SELECT last_seq FROM feed_counter WHERE id = 1 FOR UPDATE").mapTo(Long.class).one();
    }

    /** Records a change for a judge's queue and returns its sequence (use it as the request's new version). */
    public static long record(Handle h, RequestKind kind, long requestId, long judgeId, Long applicantId, ChangeOp op) {
        return record(h, kind, requestId, judgeId, null, applicantId, op);
    }

    /**
     * Records a change whose audience is a judge, a role pool, or both (at least one is set; see
     * {@link org.courtdesk.server.request.Pools}) and returns its sequence.
     */
    public static long record(Handle h, RequestKind kind, long requestId, Long judgeId, String pool, Long applicantId,
                              ChangeOp op) {
        return record(h, kind, null, requestId, judgeId, pool, applicantId, op);
    }

    /**
     * Records a change of a feed entry of {@code kind} that is not a request ({@code entry} its name, e.g.
     * {@code TRANSCRIPT_FILE}; {@code id} its id among the entries of that name) for a judge's and/or a pool's
     * workstations, and returns its sequence. Its {@link FeedSource} is registered for {@code (kind, entry)}.
     */
    public static long recordEntry(Handle h, RequestKind kind, String entry, long id, Long judgeId, String pool,
                                   ChangeOp op) {
        if (entry == null || entry.isBlank()) {
            throw new IllegalArgumentException("a feed entry needs its name");
        }
        return record(h, kind, entry, id, judgeId, pool, null, op);
    }

    private static long record(Handle h, RequestKind kind, String entry, long requestId, Long judgeId, String pool,
                               Long applicantId, ChangeOp op) {
        if (judgeId == null && pool == null) {
            throw new IllegalArgumentException("a change needs an audience: a judge or a pool");
        }
        long seq = h.createQuery("SELECT last_seq FROM feed_counter WHERE id = 1 FOR UPDATE").mapTo(Long.class).one() + 1;
        h.createUpdate("UPDATE feed_counter SET last_seq = :s WHERE id = 1").bind("s", seq).execute();
        h.createUpdate("INSERT INTO change_log (seq, kind, entry, request_id, judge_id, pool, applicant_id, op, at) "
                        + "VALUES (:seq, :kind, :entry, :rid, :jid, :pool, :aid, :op, :at)")
                .bind("seq", seq).bind("kind", kind.name()).bind("entry", entry).bind("rid", requestId).bind("jid", judgeId).bind("pool", pool)
                .bind("aid", applicantId).bind("op", op.name()).bind("at", OffsetDateTime.now(ZoneOffset.UTC))
                .execute();
        return seq;
    }
}

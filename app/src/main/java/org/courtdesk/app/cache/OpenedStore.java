package org.courtdesk.app.cache;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.jdbi.v3.core.Handle;

/** Which requests the judge has opened (unopened rows are shown in bold), of every kind. Local only. */
public final class OpenedStore {

    private OpenedStore() {}

    /** Returns true when this is the first time. */
    public static boolean mark(Handle h, RequestRef request, Instant now) {
        int n = h.createUpdate("""
                INSERT INTO opened_request (request_kind, request_id, opened_at)
                SELECT :kind, :id, :now WHERE NOT EXISTS
                    (SELECT 1 FROM opened_request WHERE request_kind = :kind AND request_id = :id)
                """).bind("kind", request.kind().name()).bind("id", request.id()).bind("now", now.toEpochMilli())
                .execute();
        return n > 0;
    }

    public static boolean isOpened(Handle h, RequestRef request) {
        return h.createQuery("SELECT COUNT(*) FROM opened_request WHERE request_kind = :kind AND request_id = :id")
                .bind("kind", request.kind().name()).bind("id", request.id()).mapTo(Integer.class).one() > 0;
    }

    /** The opened requests of one kind, by id (what a queue of that kind marks). */
    public static Set<Long> ids(Handle h, RequestKind kind) {
        return new HashSet<>(h.createQuery("SELECT request_id FROM opened_request WHERE request_kind = :kind")
                .bind("kind", kind.name()).mapTo(Long.class).list());
    }

    /** Which of these requests of one kind are opened. */
    public static Set<Long> ids(Handle h, RequestKind kind, java.util.Collection<Long> among) {
        Set<Long> out = new HashSet<>();
        java.util.List<Long> list = new java.util.ArrayList<>(among);
        for (int from = 0; from < list.size(); from += 500) {
            out.addAll(h.createQuery("SELECT request_id FROM opened_request WHERE request_kind = :kind "
                            + "AND request_id IN (<ids>)")
                    .bind("kind", kind.name()).bindList("ids", list.subList(from, Math.min(list.size(), from + 500)))
                    .mapTo(Long.class).list());
        }
        return out;
    }

    /** Every opened request (kinds this workstation does not know are left out). */
    public static Set<RequestRef> all(Handle h) {
        Set<RequestRef> refs = new HashSet<>();
        h.createQuery("SELECT request_kind, request_id FROM opened_request").map((rs, ctx) -> {
            try {
                return RequestRef.of(RequestKind.valueOf(rs.getString(1)), rs.getLong(2));
            } catch (IllegalArgumentException unknown) {
                return null;
            }
        }).forEach(r -> {
            if (r != null) {
                refs.add(r);
            }
        });
        return refs;
    }
}

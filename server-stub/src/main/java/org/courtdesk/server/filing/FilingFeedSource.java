package org.courtdesk.server.filing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.filing.FilingView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.server.feed.FeedSource;
import org.jdbi.v3.core.Handle;

/**
 * 网上立案 in the changes feed: the current view (with materials, thread and audit trail) and its audience, the
 * 承办法官 AND the court's centre reviewers. The 7-day limit is not in the view: each client computes it for its own
 * today ({@link org.courtdesk.model.filing.FilingRules#timeLimit}).
 */
public final class FilingFeedSource implements FeedSource {

    private record Audience(Long judgeId, String pool) {}

    private record Row(Long judgeId, String pool, FilingView view) implements Current {
        @Override
        public Change upsert(long seq) {
            return new Change(seq, RequestKind.ONLINE_FILING, view.id(), ChangeOp.UPSERT, view);
        }
    }

    @Override
    public Map<Long, Current> current(Handle h, List<Long> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Audience> audiences = new HashMap<>();
        h.createQuery("SELECT id, judge_id, pool FROM request WHERE kind = :k AND id IN (<ids>)")
                .bind("k", FilingRepository.KIND.name()).bindList("ids", new ArrayList<>(ids))
                .map((rs, c) -> Map.entry(rs.getLong(1), new Audience((Long) rs.getObject(2, Long.class), rs.getString(3))))
                .forEach(e -> audiences.put(e.getKey(), e.getValue()));
        Map<Long, Current> current = new HashMap<>();
        for (FilingView v : FilingRepository.findAll(h, ids, true)) {
            Audience a = audiences.get(v.id());
            if (a != null) {
                current.put(v.id(), new Row(a.judgeId(), a.pool(), v));
            }
        }
        return current;
    }
}

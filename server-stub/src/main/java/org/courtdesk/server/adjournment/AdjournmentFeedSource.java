package org.courtdesk.server.adjournment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.courtdesk.model.adjournment.AdjournmentView;
import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.server.feed.FeedSource;
import org.jdbi.v3.core.Handle;

/**
 * 延期开庭 in the changes feed: the current view (hearing, materials, audit trail) and its audience, the case's judge
 * (and the clerks serving them). The time left before the hearing is not in the view: each client computes it.
 */
public final class AdjournmentFeedSource implements FeedSource {

    private record Row(Long judgeId, AdjournmentView view) implements Current {
        @Override
        public Change upsert(long seq) {
            return new Change(seq, RequestKind.ADJOURNMENT, view.id(), ChangeOp.UPSERT, view);
        }
    }

    @Override
    public Map<Long, Current> current(Handle h, List<Long> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> judges = new HashMap<>();
        h.createQuery("SELECT id, judge_id FROM request WHERE kind = :k AND id IN (<ids>)")
                .bind("k", AdjournmentRepository.KIND.name()).bindList("ids", new ArrayList<>(ids))
                .map((rs, c) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .forEach(e -> judges.put(e.getKey(), e.getValue()));
        Map<Long, Current> current = new HashMap<>();
        for (AdjournmentView v : AdjournmentRepository.findAll(h, ids, true)) {
            Long judge = judges.get(v.id());
            if (judge != null) {
                current.put(v.id(), new Row(judge, v));
            }
        }
        return current;
    }
}

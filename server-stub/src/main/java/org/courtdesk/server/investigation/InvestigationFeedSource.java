package org.courtdesk.server.investigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.investigation.InvestigationView;
import org.courtdesk.server.feed.FeedSource;
import org.jdbi.v3.core.Handle;

/**
 * 调查令 in the changes feed: the current view (materials, order, audit trail) and its audience, the judge of
 * the case. The due day is not in the view: each client computes it from the court's decision days
 * ({@link org.courtdesk.model.investigation.InvestigationRules#dueDate}).
 */
public final class InvestigationFeedSource implements FeedSource {

    private record Row(Long judgeId, InvestigationView view) implements Current {
        @Override
        public Change upsert(long seq) {
            return new Change(seq, InvestigationRepository.KIND, view.id(), ChangeOp.UPSERT, view);
        }
    }

    @Override
    public Map<Long, Current> current(Handle h, List<Long> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> judges = new HashMap<>();
        h.createQuery("SELECT id, judge_id FROM request WHERE kind = :k AND id IN (<ids>)")
                .bind("k", InvestigationRepository.KIND.name()).bindList("ids", new ArrayList<>(ids))
                .map((rs, c) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .forEach(e -> judges.put(e.getKey(), e.getValue()));
        Map<Long, Current> current = new HashMap<>();
        for (InvestigationView v : InvestigationRepository.findAll(h, ids, true)) {
            Long judge = judges.get(v.id());
            if (judge != null) {
                current.put(v.id(), new Row(judge, v));
            }
        }
        return current;
    }
}

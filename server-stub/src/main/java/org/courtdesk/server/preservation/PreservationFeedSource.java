package org.courtdesk.server.preservation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.preservation.PreservationView;
import org.courtdesk.server.feed.FeedSource;
import org.jdbi.v3.core.Handle;

/**
 * 诉讼保全 in the changes feed: the current view (parties, 财产线索, materials, audit trail) and its audience, the judge of
 * the case or the judge on duty of a 诉前 application. The ruling limit is not in the view: each client computes it for
 * its own now ({@link org.courtdesk.model.preservation.PreservationRules#timeLimit}).
 */
public final class PreservationFeedSource implements FeedSource {

    private record Row(Long judgeId, PreservationView view) implements Current {
        @Override
        public Change upsert(long seq) {
            return new Change(seq, PreservationRepository.KIND, view.id(), ChangeOp.UPSERT, view);
        }
    }

    @Override
    public Map<Long, Current> current(Handle h, List<Long> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> judges = new HashMap<>();
        h.createQuery("SELECT id, judge_id FROM request WHERE kind = :k AND id IN (<ids>)")
                .bind("k", PreservationRepository.KIND.name()).bindList("ids", new ArrayList<>(ids))
                .map((rs, c) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .forEach(e -> judges.put(e.getKey(), e.getValue()));
        Map<Long, Current> current = new HashMap<>();
        for (PreservationView v : PreservationRepository.findAll(h, ids, true)) {
            Long judge = judges.get(v.id());
            if (judge != null) {
                current.put(v.id(), new Row(judge, v));
            }
        }
        return current;
    }
}

package org.courtdesk.server.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.evidence.EvidenceExchangeView;
import org.courtdesk.server.feed.FeedSource;
import org.jdbi.v3.core.Handle;

/**
 * 证据交换 in the changes feed: the current view (both catalogues, every 质证, the 修改 records, the 审查, the audit
 * trail) with the status of {@code today}, and its audience, the judge of the case.
 */
public final class EvidenceFeedSource implements FeedSource {

    private record Row(Long judgeId, EvidenceExchangeView view) implements Current {
        @Override
        public Change upsert(long seq) {
            return new Change(seq, EvidenceRepository.KIND, view.id(), ChangeOp.UPSERT, view);
        }
    }

    @Override
    public Map<Long, Current> current(Handle h, List<Long> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> judges = new HashMap<>();
        h.createQuery("SELECT id, judge_id FROM request WHERE kind = :k AND id IN (<ids>)")
                .bind("k", EvidenceRepository.KIND.name()).bindList("ids", new ArrayList<>(ids))
                .map((rs, c) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .forEach(e -> judges.put(e.getKey(), e.getValue()));
        Map<Long, Current> current = new HashMap<>();
        for (EvidenceExchangeView v : EvidenceRepository.findAll(h, ids, today, true)) {
            Long judge = judges.get(v.id());
            if (judge != null) {
                current.put(v.id(), new Row(judge, v));
            }
        }
        return current;
    }
}

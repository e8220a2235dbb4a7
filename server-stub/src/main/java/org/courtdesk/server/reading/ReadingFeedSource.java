package org.courtdesk.server.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.server.feed.FeedSource;
import org.jdbi.v3.core.Handle;

/** 阅卷申请 in the changes feed: the current view (with materials and audit trail) and the judge it belongs to. */
public final class ReadingFeedSource implements FeedSource {

    private record Row(Long judgeId, ReadingRequestView view) implements Current {
        @Override
        public Change upsert(long seq) {
            return new Change(seq, RequestKind.CASE_FILE_READING, view.id(), ChangeOp.UPSERT, view);
        }
    }

    @Override
    public Map<Long, Current> current(Handle h, List<Long> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> judges = new HashMap<>();
        h.createQuery("SELECT id, judge_id FROM request WHERE kind = 'CASE_FILE_READING' AND id IN (<ids>)")
                .bindList("ids", new ArrayList<>(ids))
                .map((rs, c) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .forEach(e -> judges.put(e.getKey(), e.getValue()));
        Map<Long, Current> current = new HashMap<>();
        for (ReadingRequestView v : ReadingRequestRepository.findAll(h, ids, today)) {
            Long judge = judges.get(v.id());
            if (judge != null) {
                current.put(v.id(), new Row(judge, v));
            }
        }
        return current;
    }
}

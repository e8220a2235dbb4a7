package org.courtdesk.server.transcript;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.transcript.TranscriptCorrectionView;
import org.courtdesk.server.feed.FeedSource;
import org.jdbi.v3.core.Handle;

/** 申请补正 of 庭审笔录 in the changes feed: the view with its transcript, for the case's judge. */
public final class TranscriptFeedSource implements FeedSource {

    private record Row(Long judgeId, TranscriptCorrectionView view) implements Current {
        @Override
        public Change upsert(long seq) {
            return new Change(seq, TranscriptRepository.KIND, view.id(), ChangeOp.UPSERT, view);
        }
    }

    @Override
    public Map<Long, Current> current(Handle h, List<Long> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> judges = new HashMap<>();
        h.createQuery("SELECT id, judge_id FROM request WHERE kind = :k AND id IN (<ids>)")
                .bind("k", TranscriptRepository.KIND.name()).bindList("ids", new java.util.ArrayList<>(ids))
                .map((rs, c) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .forEach(e -> judges.put(e.getKey(), e.getValue()));
        Map<Long, Current> current = new HashMap<>();
        for (TranscriptCorrectionView v : TranscriptRepository.findAll(h, ids, true)) {
            Long judge = judges.get(v.id());
            if (judge != null) {
                current.put(v.id(), new Row(judge, v));
            }
        }
        return current;
    }
}

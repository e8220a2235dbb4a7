package org.courtdesk.server.servicecontent;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.servicecontent.ServiceContentView;
import org.courtdesk.server.feed.FeedSource;
import org.jdbi.v3.core.Handle;

/**
 * 服务内容 in the changes feed: the current item with its history, its audience the judge who wrote it (the feed also
 * lets the clerks serving that judge have it; the workstation shows the tab to judges only, and the routes answer the
 * author alone).
 */
public final class ServiceContentFeedSource implements FeedSource {

    private record Row(Long judgeId, ServiceContentView view) implements Current {
        @Override
        public Change upsert(long seq) {
            return new Change(seq, RequestKind.SERVICE_CONTENT, view.id(), ChangeOp.UPSERT, view);
        }
    }

    @Override
    public Map<Long, Current> current(Handle h, List<Long> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> authors = new HashMap<>();
        h.createQuery("SELECT id, judge_id FROM request WHERE kind = :k AND id IN (<ids>)")
                .bind("k", RequestKind.SERVICE_CONTENT.name()).bindList("ids", new java.util.ArrayList<>(ids))
                .map((rs, c) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .forEach(e -> authors.put(e.getKey(), e.getValue()));
        Map<Long, Current> current = new HashMap<>();
        for (ServiceContentView v : ServiceContentRepository.findAll(h, ids, true)) {
            Long author = authors.get(v.id());
            if (author != null) {
                current.put(v.id(), new Row(author, v));
            }
        }
        return current;
    }
}

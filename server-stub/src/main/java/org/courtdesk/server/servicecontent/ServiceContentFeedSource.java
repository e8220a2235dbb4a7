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
 * 服务内容 in the changes feed: the current item with its history and its whole body (so the author edits it offline),
 * its audience the judge who wrote it (the feed also lets the clerks serving that judge have it; the workstation shows
 * the tab to judges only, and the routes answer the author alone). A body is up to 1 MiB: the items are read without
 * it first, each tells the feed its size ({@link Current#bytes}), and the body is read only for an item the page
 * sends — the feed ends a page before the bodies pass its byte budget, the rest follow on the next pages.
 */
public final class ServiceContentFeedSource implements FeedSource {

    private record Row(Handle h, Long judgeId, ServiceContentView head, long bodyBytes) implements Current {
        @Override
        public long bytes() {
            return bodyBytes;
        }

        @Override
        public Change upsert(long seq) {
            String body = ServiceContentRepository.body(h, head.id()).orElse("");
            return new Change(seq, RequestKind.SERVICE_CONTENT, head.id(), ChangeOp.UPSERT,
                    ServiceContentRepository.withAudit(head, body, head.audit()));
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
        for (ServiceContentRepository.Head head : ServiceContentRepository.heads(h, ids)) {
            Long author = authors.get(head.view().id());
            if (author != null) {
                current.put(head.view().id(), new Row(h, author, head.view(), head.bodyBytes()));
            }
        }
        return current;
    }
}

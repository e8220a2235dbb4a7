package org.courtdesk.server.suggestion;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.suggestion.SuggestionView;
import org.courtdesk.server.feed.FeedSource;
import org.jdbi.v3.core.Handle;

/**
 * 意见建议 in the changes feed: the current view (with its audit trail) and its audience — the case's judge, or for
 * a suggestion without a case the court's pool of 中心审核员.
 */
public final class SuggestionFeedSource implements FeedSource {

    private record Row(Long judgeId, String pool, SuggestionView view) implements Current {
        @Override
        public Change upsert(long seq) {
            return new Change(seq, SuggestionRepository.KIND, view.id(), ChangeOp.UPSERT, view);
        }
    }

    @Override
    public Map<Long, Current> current(Handle h, List<Long> ids, LocalDate today) {
        Map<Long, Current> current = new HashMap<>();
        for (SuggestionRepository.Found f : SuggestionRepository.findAll(h, ids, true)) {
            current.put(f.view().id(), new Row(f.judgeId(), f.pool(), f.view()));
        }
        return current;
    }
}

package org.courtdesk.server.binding;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.binding.BindingView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.server.feed.FeedSource;
import org.jdbi.v3.core.Handle;

/** 案件绑定 in the changes feed: the current view (materials and audit trail) and its audience, the case's judge. */
public final class BindingFeedSource implements FeedSource {

    private record Row(Long judgeId, BindingView view) implements Current {
        @Override
        public Change upsert(long seq) {
            return new Change(seq, RequestKind.CASE_BINDING, view.id(), ChangeOp.UPSERT, view);
        }
    }

    @Override
    public Map<Long, Current> current(Handle h, List<Long> ids, LocalDate today) {
        Map<Long, Current> current = new HashMap<>();
        for (BindingRepository.Found f : BindingRepository.findAll(h, ids, true)) {
            current.put(f.view().id(), new Row(f.judgeId(), f.view()));
        }
        return current;
    }
}

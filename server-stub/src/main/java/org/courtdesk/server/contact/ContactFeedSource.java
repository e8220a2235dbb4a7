package org.courtdesk.server.contact;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.contact.ContactView;
import org.courtdesk.server.feed.FeedSource;
import org.jdbi.v3.core.Handle;

/** 联系法官 in the changes feed: the current view (with its audit trail) and its audience, the case's judge. */
public final class ContactFeedSource implements FeedSource {

    private record Row(Long judgeId, ContactView view) implements Current {
        @Override
        public Change upsert(long seq) {
            return new Change(seq, ContactRepository.KIND, view.id(), ChangeOp.UPSERT, view);
        }
    }

    @Override
    public Map<Long, Current> current(Handle h, List<Long> ids, LocalDate today) {
        Map<Long, Current> current = new HashMap<>();
        for (ContactRepository.Found f : ContactRepository.findAll(h, ids, true)) {
            current.put(f.view().id(), new Row(f.judgeId(), f.view()));
        }
        return current;
    }
}

package org.courtdesk.server.transcript;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.transcript.TranscriptInfo;
import org.courtdesk.server.feed.FeedSource;
import org.jdbi.v3.core.Handle;

/**
 * The hearing transcripts of 庭审笔录 in the changes feed (entry {@link TranscriptInfo#FEED_ENTRY}, not requests): each
 * transcript as it is now, for the judge of its case (and the clerks serving them), so the workstation lists a case's
 * transcripts from its cache, offline too, and a sync brings one attached meanwhile.
 */
public final class TranscriptFileFeedSource implements FeedSource {

    private record Row(Long judgeId, TranscriptInfo info) implements Current {
        @Override
        public Change upsert(long seq) {
            return Change.ofEntry(seq, TranscriptRepository.KIND, TranscriptInfo.FEED_ENTRY, info.id(), ChangeOp.UPSERT,
                    info);
        }
    }

    @Override
    public Map<Long, Current> current(Handle h, List<Long> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> judges = TranscriptRepository.judges(h, ids);
        Map<Long, Current> current = new HashMap<>();
        for (TranscriptInfo t : TranscriptRepository.infos(h, ids)) {
            Long judge = judges.get(t.id());
            if (judge != null) {
                current.put(t.id(), new Row(judge, t));
            }
        }
        return current;
    }
}

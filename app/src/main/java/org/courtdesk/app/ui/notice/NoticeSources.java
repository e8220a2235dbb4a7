package org.courtdesk.app.ui.notice;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.courtdesk.app.ui.main.QueueTabs;
import org.courtdesk.model.request.RequestKind;

/**
 * Which reminders each queue gives: every queue its new requests and its pressing deadlines, and a kind with a 留言
 * thread its applicants' replies. A kind whose requests the court itself creates (证据交换, 服务内容) has no "new
 * request" from outside, so none is listed for it.
 */
public final class NoticeSources {

    /** Kinds the court creates: nothing arrives in their queues unasked. */
    static final Set<RequestKind> CREATED_BY_THE_COURT = EnumSet.of(RequestKind.EVIDENCE_EXCHANGE,
            RequestKind.SERVICE_CONTENT);

    /** Kinds with a 留言 thread, and how to read the applicants' replies in it. */
    static final Map<RequestKind, NoticeSource> REPLIES = Map.of(RequestKind.ONLINE_FILING, new FilingReplies());

    private NoticeSources() {}

    /** The sources of the queues a user sees, in the tabs' order. */
    public static List<NoticeSource> forTabs(List<QueueTabs.Entry> tabs) {
        List<NoticeSource> sources = new ArrayList<>();
        for (QueueTabs.Entry e : tabs) {
            if (!CREATED_BY_THE_COURT.contains(e.kind())) {
                sources.add(NoticeSource.newRequests(e.kind()));
            }
            if (e.deadlines().hasDeadlines()) {
                sources.add(NoticeSource.deadlines(e.deadlines()));
            }
            NoticeSource replies = REPLIES.get(e.kind());
            if (replies != null) {
                sources.add(replies);
            }
        }
        return List.copyOf(sources);
    }
}

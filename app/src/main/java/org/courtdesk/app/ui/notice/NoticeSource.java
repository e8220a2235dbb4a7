package org.courtdesk.app.ui.notice;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.courtdesk.app.ui.deadline.Deadline;
import org.courtdesk.app.ui.deadline.DeadlineSource;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.ReadingQueueRow;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.Transitions;

/**
 * Where a kind's reminders come from, read from the workspace's cache off the FX thread. The kind-neutral ones are
 * here ({@link #newRequests}, {@link #deadlines}); a kind with its own (a 留言 thread) adds one in {@link NoticeSources}.
 */
public interface NoticeSource {

    /** The reminders this source sees at {@code now} (court-local), any order. */
    List<Notice> notices(Workspace workspace, LocalDateTime now, ZoneId courtZone);

    /**
     * Requests of {@code kind} in the kind's first status (waiting for the court's first step) that the user has not
     * opened: "new in this queue". Requests the server removed from the user's view are left out.
     */
    static NoticeSource newRequests(RequestKind kind) {
        return (ws, now, zone) -> {
            List<Notice> out = new ArrayList<>();
            if (kind == RequestKind.CASE_FILE_READING) {
                for (ReadingQueueRow r : ws.readingQueue()) {
                    if (!r.opened() && r.status() == Transitions.initial(kind)) {
                        out.add(newRequest(RequestRef.of(kind, r.id()), label(r.applicationNo(), r.caseNumber(),
                                r.applicantName()), r.submittedAt(), zone));
                    }
                }
                return out;
            }
            for (KindRow<RequestView> r : ws.requests(kind, RequestView.class)) {
                RequestView v = r.view();
                if (!r.opened() && !r.removed() && v.status() == Transitions.initial(kind)) {
                    out.add(newRequest(RequestRef.of(kind, v.id()),
                            label(v.applicationNo(), v.caseNumber(), v.applicantName()), v.submittedAt(), zone));
                }
            }
            return out;
        };
    }

    /** The pressing deadlines (overdue, due today, due soon) of a kind's {@link DeadlineSource}. */
    static NoticeSource deadlines(DeadlineSource source) {
        return (ws, now, zone) -> {
            List<Notice> out = new ArrayList<>();
            for (Deadline d : source.deadlines(ws, now, zone)) {
                if (d.urgency().pressing()) {
                    out.add(new Notice("DUE:" + d.request().kind() + ":" + d.request().id() + ":" + d.urgency(),
                            Notice.Type.DEADLINE, d.request(), d.label(), d.what(), d.dueAt()));
                }
            }
            return out;
        };
    }

    private static Notice newRequest(RequestRef ref, String label, java.time.Instant submittedAt, ZoneId zone) {
        return new Notice("NEW:" + ref.kind() + ":" + ref.id(), Notice.Type.NEW_REQUEST, ref, label, null,
                submittedAt == null ? null : LocalDateTime.ofInstant(submittedAt, zone));
    }

    /** 申请编号 (or 案号) and the applicant, as the queues name a request. */
    static String label(String applicationNo, String caseNumber, String applicant) {
        String no = applicationNo != null && !applicationNo.isBlank() ? applicationNo
                : caseNumber == null ? "" : caseNumber;
        return applicant == null || applicant.isBlank() ? no : no + " · " + applicant;
    }
}

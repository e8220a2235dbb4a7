package org.courtdesk.app.ui.filing;

import org.courtdesk.app.ui.FakeWorkspace;

/** The filing samples for tests of other packages (the 今日到期 view). */
public final class FilingTestAccess {

    private FilingTestAccess() {}

    /** A judge's workspace with fifteen filings of every status (FilingSamples.workspace). */
    public static FakeWorkspace workspaceOfJudge() {
        return FilingSamples.workspace(FilingSamples.judge());
    }

    /** A filing of the samples (received {@code daysAgo} days ago, in {@code status}) with the given 留言 thread. */
    public static org.courtdesk.model.filing.FilingView filing(long id, org.courtdesk.model.request.RequestStatus status,
            int daysAgo, java.util.List<org.courtdesk.model.filing.FilingMessage> thread) {
        org.courtdesk.model.filing.FilingView v = FilingSamples.filing(id, status, daysAgo);
        return new org.courtdesk.model.filing.FilingView(v.id(), v.applicationNo(), v.caseNumber(), v.courtCode(),
                v.courtName(), v.applicantId(), v.applicantName(), v.applicantRole(), v.submittedAt(),
                v.lastSupplementAt(), v.parties(), v.causeOfAction(), v.claims(), v.factsAndReasons(),
                v.amountInDispute(), v.status(), v.version(), v.judgeName(), v.review(), v.filedAt(), v.materials(),
                thread, v.audit());
    }
}

package org.courtdesk.app.ui.transcript;

import org.courtdesk.app.ui.reading.QueueQuery;
import org.courtdesk.model.request.RequestStatus;

/**
 * The query conditions of the 庭审笔录 queue: 状态 (全部 / 待答复 / 同意补正 / 不予补正) and one free text (案号, 申请编号,
 * 申请人, the transcript's title and hearing date), matched like the 阅卷 queue's ({@link QueueQuery#normalize}).
 */
public record TranscriptQuery(StatusFilter status, String text) {

    /** The 状态 query condition. */
    public enum StatusFilter {
        ALL(null), AWAITING_REPLY(RequestStatus.AWAITING_REPLY), CORRECTION_AGREED(RequestStatus.CORRECTION_AGREED),
        CORRECTION_REFUSED(RequestStatus.CORRECTION_REFUSED);

        private final RequestStatus status;

        StatusFilter(RequestStatus status) {
            this.status = status;
        }

        public RequestStatus status() {
            return status;
        }

        boolean matches(RequestStatus s) {
            return status == null || status == s;
        }
    }

    public static final TranscriptQuery DEFAULT = new TranscriptQuery(StatusFilter.ALL, "");

    public TranscriptQuery {
        status = status == null ? StatusFilter.ALL : status;
        text = QueueQuery.normalize(text);
    }

    public TranscriptQuery withStatus(StatusFilter s) {
        return new TranscriptQuery(s, text);
    }

    public TranscriptQuery withText(String t) {
        return new TranscriptQuery(status, t);
    }

    public boolean matches(TranscriptRow r) {
        if (!status.matches(r.shownStatus())) {
            return false;
        }
        return text.isEmpty() || has(r.view().caseNumber()) || has(r.view().applicationNo())
                || has(r.view().applicantName()) || has(TranscriptQueueView.transcriptText(r.view()));
    }

    private boolean has(String value) {
        return QueueQuery.normalize(value).contains(text);
    }
}

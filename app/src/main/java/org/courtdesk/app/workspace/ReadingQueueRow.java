package org.courtdesk.app.workspace;

import java.time.Instant;
import java.time.LocalDate;

import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.request.RequestStatus;

/**
 * One row of the 阅卷申请 queue. {@code status} is what the judge should see: the pending decision's outcome
 * while one waits for upload, else the server's effective status. {@code validUntil}/{@code onSiteEnd} give
 * the time left; {@code submittedAt} gives days waiting. {@code grantedMode} is the 阅卷方式 of the review (the judge
 * may change the requested one), null until approved; {@code attended} says the on-site visit was recorded as
 * attended (是否到场 = 是).
 */
public record ReadingQueueRow(
        long id,
        String applicationNo,
        String caseNumber,
        String courtName,
        String applicantName,
        LocalDate applicationDate,
        Instant submittedAt,
        String content,
        ReadingMode requestedMode,
        ReadingMode grantedMode,
        RequestStatus status,
        LocalDate validUntil,
        LocalDate onSiteEnd,
        boolean attended,
        boolean opened,
        SyncState syncState) {

    /** Where this row's local decision stands. */
    public enum SyncState {
        /** Nothing local: the server's state. */
        SYNCED,
        /** 待同步: decided here, waiting for upload. */
        PENDING,
        /** The server refused the decision with 409: the judge must look. */
        CONFLICT
    }
}

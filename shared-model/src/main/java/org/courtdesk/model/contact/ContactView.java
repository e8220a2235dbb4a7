package org.courtdesk.model.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A 约见请求 as both sides see it. {@code replyDue} is the last day of the court's reply period
 * ({@code court.contact_reply_days} after the submission day); the reply fields ({@code result} …
 * {@code repliedAt}) are null while 待答复; {@code audit} only in detail responses. In JSON it carries
 * {@code "kind": "CONTACT_JUDGE"}.
 */
@JsonTypeName("CONTACT_JUDGE")
public record ContactView(
        long id,
        String applicationNo,
        String courtCode,
        String courtName,
        String caseNumber,
        String caseTitle,
        long applicantId,
        String applicantName,
        String applicantRole,
        String applicantPhone,
        Instant submittedAt,
        String purpose,
        List<LocalDateTime> proposedTimes,
        ContactWay way,
        RequestStatus status,
        long version,
        String judgeName,
        int replyDays,
        LocalDate replyDue,
        ContactResult result,
        LocalDateTime meetingAt,
        String place,
        ContactWay meetingWay,
        String content,
        String repliedBy,
        Instant repliedAt,
        List<AuditEntry> audit) implements RequestView {

    @Override
    public RequestKind kind() {
        return RequestKind.CONTACT_JUDGE;
    }
}

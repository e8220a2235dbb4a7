package org.courtdesk.model.suggestion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * An 意见建议 as both sides see it (spec-004 §12 查看意见建议提交信息). {@code caseNumber}, {@code caseTitle} and
 * {@code judgeName} are null for one without a case (it is in the court's pool, {@code pooled}); {@code replyDue} is the
 * last day of the court's reply period ({@code court.suggestion_reply_days}); the reply fields are null while 待答复;
 * {@code audit} only in detail responses. In JSON it carries {@code "kind": "SUGGESTION"}.
 */
@JsonTypeName("SUGGESTION")
public record SuggestionView(
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
        SuggestionCategory category,
        String title,
        String content,
        RequestStatus status,
        long version,
        String judgeName,
        boolean pooled,
        int replyDays,
        LocalDate replyDue,
        String reply,
        String repliedBy,
        Instant repliedAt,
        List<AuditEntry> audit) implements RequestView {

    @Override
    public RequestKind kind() {
        return RequestKind.SUGGESTION;
    }
}

package org.courtdesk.model.transcript;

import java.time.Instant;
import java.util.List;

import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A 申请补正 of a hearing transcript (kind {@code HEARING_TRANSCRIPT}) as both sides see it: the transcript it is about
 * (with its reading deadline), what the applicant asks to correct, and the judge's answer once given. {@code audit}
 * only in detail responses.
 */
@JsonTypeName("HEARING_TRANSCRIPT")
public record TranscriptCorrectionView(
        long id,
        String applicationNo,
        String caseNumber,
        String courtCode,
        String courtName,
        long applicantId,
        String applicantName,
        Instant submittedAt,
        RequestStatus status,
        long version,
        String judgeName,
        TranscriptInfo transcript,
        String content,
        TranscriptAnswer answer,
        List<AuditEntry> audit) implements RequestView {

    @Override
    public RequestKind kind() {
        return RequestKind.HEARING_TRANSCRIPT;
    }
}

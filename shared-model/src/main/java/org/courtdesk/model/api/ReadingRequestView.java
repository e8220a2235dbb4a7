package org.courtdesk.model.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A 阅卷申请 as both sides see it. {@code status} is the effective status (已过期 once the date passed);
 * {@code version} grows with every change and is the base a decision must name.
 * {@code review}, {@code visit} are null until there is something to show; {@code audit} is filled only in
 * detail responses. {@code agreementVersion}: the 阅卷须知 version the applicant ticked; {@code proposedTime}: the
 * 预约时间 they proposed; both null on requests from before they were recorded. In JSON it also carries {@code "kind": "CASE_FILE_READING"} ({@link RequestView}).
 */
@JsonTypeName("CASE_FILE_READING") // the type id of RequestView: readable as itself even by a mapper without the registry
// Read as itself, a view without "kind" is still a 阅卷 view: JSON stored before views had a kind (the workstation's
// cache and outbox, the server's stored answers for idempotent replays) must keep reading after an upgrade.
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "kind",
        visible = false, defaultImpl = ReadingRequestView.class)
public record ReadingRequestView(
        long id,
        String applicationNo,
        String caseNumber,
        String caseTitle,
        String courtCode,
        String courtName,
        long applicantId,
        String applicantName,
        Role applicantRole,
        LocalDate applicationDate,
        Instant submittedAt,
        String content,
        String reason,
        ReadingMode requestedMode,
        boolean caseDigitised,
        RequestStatus status,
        long version,
        String judgeName,
        ReviewInfo review,
        OnSiteVisit visit,
        List<MaterialRef> materials,
        List<AuditEntry> audit,
        Integer agreementVersion,
        LocalDateTime proposedTime) implements RequestView {

    /** A view without the 阅卷须知 version and 预约时间 (requests stored before they were recorded). */
    public ReadingRequestView(long id, String applicationNo, String caseNumber, String caseTitle, String courtCode,
                              String courtName, long applicantId, String applicantName, Role applicantRole,
                              LocalDate applicationDate, Instant submittedAt, String content, String reason,
                              ReadingMode requestedMode, boolean caseDigitised, RequestStatus status, long version,
                              String judgeName, ReviewInfo review, OnSiteVisit visit, List<MaterialRef> materials,
                              List<AuditEntry> audit) {
        this(id, applicationNo, caseNumber, caseTitle, courtCode, courtName, applicantId, applicantName, applicantRole,
                applicationDate, submittedAt, content, reason, requestedMode, caseDigitised, status, version, judgeName,
                review, visit, materials, audit, null, null);
    }

    @Override
    public RequestKind kind() {
        return RequestKind.CASE_FILE_READING;
    }
}

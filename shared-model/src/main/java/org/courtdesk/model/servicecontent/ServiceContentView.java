package org.courtdesk.model.servicecontent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A 服务内容 item (spec-004 §9) as both sides see it: 类别, 标题, 发布法院, 登记时间 and the body, which is HTML as the
 * server sanitised it ({@link ServiceContentHtml#sanitize}), never what the client sent. Its author is the judge who
 * wrote it ({@code applicantName} of the request header); status 未发布 ({@link RequestStatus#DRAFT}) or 已发布.
 * {@code audit} only in the author's detail; applicants see published items only, without it.
 */
@JsonTypeName("SERVICE_CONTENT")
public record ServiceContentView(
        long id,
        String applicationNo,
        String courtCode,
        String courtName,
        ServiceContentCategory category,
        String title,
        LocalDate registeredOn,
        String bodyHtml,
        RequestStatus status,
        long version,
        String authorName,
        Instant submittedAt,
        Instant updatedAt,
        Instant publishedAt,
        List<AuditEntry> audit) implements RequestView {

    @Override
    public RequestKind kind() {
        return RequestKind.SERVICE_CONTENT;
    }

    /** No case: an item is public information of a court. */
    @Override
    public String caseNumber() {
        return null;
    }

    /** The judge who wrote it. */
    @Override
    public String applicantName() {
        return authorName;
    }

    public boolean published() {
        return status == RequestStatus.PUBLISHED;
    }

    /** The same item without its history (what applicants get). */
    /** For a list: no body and no history (the body is read for the item opened). */
    @Override
    public ServiceContentView listView() {
        return new ServiceContentView(id, applicationNo, courtCode, courtName, category, title, registeredOn, null,
                status, version, authorName, submittedAt, updatedAt, publishedAt, null);
    }

    public ServiceContentView withoutAudit() {
        return new ServiceContentView(id, applicationNo, courtCode, courtName, category, title, registeredOn, bodyHtml,
                status, version, authorName, submittedAt, updatedAt, publishedAt, null);
    }
}

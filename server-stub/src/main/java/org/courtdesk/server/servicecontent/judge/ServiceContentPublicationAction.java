package org.courtdesk.server.servicecontent.judge;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.servicecontent.ServiceContentPublication;
import org.courtdesk.model.servicecontent.ServiceContentView;
import org.courtdesk.server.request.RequestHeader;
import org.courtdesk.server.request.StaffAction;
import org.courtdesk.server.request.StaffCall;
import org.courtdesk.server.servicecontent.ServiceContentAudit;
import org.courtdesk.server.servicecontent.ServiceContentRefusals;
import org.courtdesk.server.servicecontent.ServiceContentRepository;
import org.jdbi.v3.core.Handle;

/**
 * 设置发布 on the list (spec-004 §9, fig. 150): publish an item as it is saved, or withdraw a published one (the
 * transition table's 未发布 ⇄ 已发布; publishing a published item is refused as an illegal transition). Only its author.
 */
final class ServiceContentPublicationAction
        implements StaffAction<ServiceContentPublication, RequestHeader, ServiceContentView> {

    @Override
    public RequestKind kind() {
        return RequestKind.SERVICE_CONTENT;
    }

    @Override
    public String name() {
        return "SERVICE_CONTENT_PUBLICATION";
    }

    @Override
    public Class<ServiceContentPublication> bodyType() {
        return ServiceContentPublication.class;
    }

    @Override
    public Class<ServiceContentView> viewType() {
        return ServiceContentView.class;
    }

    @Override
    public UUID idempotencyKey(ServiceContentPublication b) {
        return b.idempotencyKey();
    }

    @Override
    public long baseVersion(ServiceContentPublication b) {
        return b.baseVersion();
    }

    @Override
    public RequestHeader detail(Handle h, RequestHeader header) {
        return header;
    }

    @Override
    public Optional<RequestStatus> target(ServiceContentPublication b, RequestHeader header) {
        return Optional.of(b.published() ? RequestStatus.PUBLISHED : RequestStatus.DRAFT);
    }

    @Override
    public String illegalTransitionDetail(RequestStatus from) {
        return "该服务内容已是" + from.label() + "状态";
    }

    @Override
    public void validate(Handle h, ServiceContentPublication b, RequestHeader header, StaffCall call) {
        ServiceContentRefusals.requireAuthor(call.user(), header.judgeId());
    }

    @Override
    public Effect apply(Handle h, ServiceContentPublication b, RequestHeader header, StaffCall call) {
        ServiceContentRepository.publication(h, header.id(), b.published(), call.instant());
        return new Effect(List.of(b.published()
                ? new AuditLine(ServiceContentAudit.PUBLISH, "设置发布")
                : new AuditLine(ServiceContentAudit.WITHDRAW, "撤回，律师平台不再显示")), List.of());
    }

    @Override
    public ServiceContentView view(Handle h, long id, StaffCall call) {
        return ServiceContentRepository.find(h, id, true).orElseThrow();
    }
}

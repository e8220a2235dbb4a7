package org.courtdesk.server.servicecontent.judge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.servicecontent.ServiceContentForm;
import org.courtdesk.model.servicecontent.ServiceContentRules;
import org.courtdesk.model.servicecontent.ServiceContentSave;
import org.courtdesk.model.servicecontent.ServiceContentView;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.request.RequestHeader;
import org.courtdesk.server.request.StaffAction;
import org.courtdesk.server.request.StaffCall;
import org.courtdesk.server.servicecontent.ServiceContentAudit;
import org.courtdesk.server.servicecontent.ServiceContentRefusals;
import org.courtdesk.server.servicecontent.ServiceContentRepository;
import org.jdbi.v3.core.Handle;

/**
 * The editor's 保存 or 发布 of an existing item (spec-004 §9), on the version the judge edited: the fields are replaced
 * (body sanitised first); 保存 leaves it 未发布 (taking a published item back), 发布 leaves it 已发布. Only its author.
 */
final class ServiceContentSaveAction implements StaffAction<ServiceContentSave, RequestHeader, ServiceContentView> {

    @Override
    public RequestKind kind() {
        return RequestKind.SERVICE_CONTENT;
    }

    @Override
    public String name() {
        return "SERVICE_CONTENT_SAVE";
    }

    @Override
    public Class<ServiceContentSave> bodyType() {
        return ServiceContentSave.class;
    }

    @Override
    public Class<ServiceContentView> viewType() {
        return ServiceContentView.class;
    }

    /** A body of up to 1 MB sanitised ({@link ServiceContentRules#MAX_REQUEST_BYTES} of JSON), not a short form. */
    @Override
    public int maxBodyBytes() {
        return ServiceContentRules.MAX_REQUEST_BYTES;
    }

    @Override
    public ApiException bodyTooLarge(int bytes) {
        return ServiceContentRefusals.requestTooLarge(bytes);
    }

    @Override
    public UUID idempotencyKey(ServiceContentSave b) {
        return b.idempotencyKey();
    }

    @Override
    public long baseVersion(ServiceContentSave b) {
        return b.baseVersion();
    }

    @Override
    public RequestHeader detail(Handle h, RequestHeader header) {
        return header;
    }

    @Override
    public Optional<RequestStatus> target(ServiceContentSave b, RequestHeader header) {
        RequestStatus to = b.publish() ? RequestStatus.PUBLISHED : RequestStatus.DRAFT;
        return to == header.status() ? Optional.empty() : Optional.of(to);
    }

    @Override
    public void validate(Handle h, ServiceContentSave b, RequestHeader header, StaffCall call) {
        ServiceContentRefusals.requireAuthor(call.user(), header.judgeId());
        if (b.form() == null) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "缺少服务内容（form）");
        }
        ServiceContentForm form = ServiceContentRules.normalised(b.form());
        ServiceContentRefusals.refuseIfBroken(ServiceContentRules.check(form, c -> ServiceContentRepository.courtExists(h, c)));
    }

    @Override
    public Effect apply(Handle h, ServiceContentSave b, RequestHeader header, StaffCall call) {
        ServiceContentForm form = ServiceContentRules.normalised(b.form());
        boolean publishedNow = b.publish() && header.status() != RequestStatus.PUBLISHED;
        ServiceContentRepository.update(h, header.id(), form, b.publish(), call.instant());
        List<AuditLine> audit = new ArrayList<>();
        audit.add(new AuditLine(ServiceContentAudit.SAVE, form.category().label() + "：" + form.title()));
        if (publishedNow) {
            audit.add(new AuditLine(ServiceContentAudit.PUBLISH, "发布后律师可在律师平台上看到"));
        } else if (!b.publish() && header.status() == RequestStatus.PUBLISHED) {
            audit.add(new AuditLine(ServiceContentAudit.WITHDRAW, "保存修改，暂不发布"));
        } else if (b.publish()) {
            audit.add(new AuditLine(ServiceContentAudit.PUBLISH, "更新已发布的内容"));
        }
        return new Effect(audit, List.of());
    }

    @Override
    public ServiceContentView view(Handle h, long id, StaffCall call) {
        return ServiceContentRepository.find(h, id, true).orElseThrow();
    }
}

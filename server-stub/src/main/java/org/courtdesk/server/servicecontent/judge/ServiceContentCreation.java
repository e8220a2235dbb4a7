package org.courtdesk.server.servicecontent.judge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.servicecontent.ServiceContentCreate;
import org.courtdesk.model.servicecontent.ServiceContentForm;
import org.courtdesk.model.servicecontent.ServiceContentRules;
import org.courtdesk.model.servicecontent.ServiceContentView;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.request.StaffAction;
import org.courtdesk.server.request.StaffCall;
import org.courtdesk.server.request.StaffCreation;
import org.courtdesk.server.servicecontent.ServiceContentAudit;
import org.courtdesk.server.servicecontent.ServiceContentRefusals;
import org.courtdesk.server.servicecontent.ServiceContentRepository;
import org.jdbi.v3.core.Handle;

/**
 * 新增服务内容 (spec-004 §9): a judge's new item, 保存 (未发布) or 发布 at once, through the core's
 * {@link org.courtdesk.server.request.StaffCreations}: the body is sanitised, then checked (every field, a body left),
 * then stored with the judge as its author and audience. Clerks and reviewers are refused; nothing is stored then.
 */
final class ServiceContentCreation implements StaffCreation<ServiceContentCreate, ServiceContentView> {

    @Override
    public RequestKind kind() {
        return RequestKind.SERVICE_CONTENT;
    }

    @Override
    public String name() {
        return "SERVICE_CONTENT_CREATE";
    }

    @Override
    public Class<ServiceContentCreate> bodyType() {
        return ServiceContentCreate.class;
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
    public UUID idempotencyKey(ServiceContentCreate body) {
        return body.idempotencyKey();
    }

    @Override
    public Created create(Handle h, ServiceContentCreate body, StaffCall call) {
        ServiceContentRefusals.requireJudge(call);
        if (body.form() == null) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "缺少服务内容（form）");
        }
        ServiceContentForm form = ServiceContentRules.normalised(body.form());
        ServiceContentRefusals.refuseIfBroken(ServiceContentRules.check(form, c -> ServiceContentRepository.courtExists(h, c)));
        long author = call.user().id();
        RequestStatus status = body.publish() ? RequestStatus.PUBLISHED : RequestStatus.DRAFT;
        LocalDate day = call.today();
        long id = ServiceContentRepository.insert(h, author, call.user().account().courtCode(), form, status,
                call.instant(), day).id();
        List<StaffAction.AuditLine> audit = new ArrayList<>();
        audit.add(new StaffAction.AuditLine(ServiceContentAudit.CREATE, form.category().label() + "：" + form.title()));
        if (body.publish()) {
            audit.add(new StaffAction.AuditLine(ServiceContentAudit.PUBLISH, "发布后律师可在律师平台上看到"));
        }
        return new Created(id, author, null, author, new StaffAction.Effect(audit, List.of()));
    }

    @Override
    public ServiceContentView view(Handle h, long id, StaffCall call) {
        return ServiceContentRepository.find(h, id, true).orElseThrow();
    }
}

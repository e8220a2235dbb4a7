package org.courtdesk.server.appeal.judge;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.courtdesk.model.appeal.AppealConclusion;
import org.courtdesk.model.appeal.AppealDecision;
import org.courtdesk.model.appeal.AppealRules;
import org.courtdesk.model.appeal.AppealView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.appeal.AppealAudit;
import org.courtdesk.server.appeal.AppealNotices;
import org.courtdesk.server.appeal.AppealRefusals;
import org.courtdesk.server.appeal.AppealRepository;
import org.courtdesk.server.request.RequestHeader;
import org.courtdesk.server.request.StaffAction;
import org.courtdesk.server.request.StaffCall;
import org.jdbi.v3.core.Handle;

/**
 * 填写审查意见 of an appeal (spec-004 §3): 提交/待处理 → 已接受, or → 退回 with the reason. The first-instance judge and
 * the clerks serving that judge (the pipeline lets in nobody else); the applicant gets the SMS either way.
 */
final class AppealDecisionAction implements StaffAction<AppealDecision, AppealRepository.Stored, AppealView> {

    @Override
    public RequestKind kind() {
        return RequestKind.APPEAL;
    }

    @Override
    public String name() {
        return "APPEAL_DECISION";
    }

    @Override
    public Class<AppealDecision> bodyType() {
        return AppealDecision.class;
    }

    @Override
    public Class<AppealView> viewType() {
        return AppealView.class;
    }

    @Override
    public UUID idempotencyKey(AppealDecision b) {
        return b.idempotencyKey();
    }

    @Override
    public long baseVersion(AppealDecision b) {
        return b.baseVersion();
    }

    @Override
    public AppealRepository.Stored detail(Handle h, RequestHeader header) {
        return AppealRepository.stored(h, header.id());
    }

    @Override
    public Optional<RequestStatus> target(AppealDecision b, AppealRepository.Stored s) {
        return Optional.ofNullable(b.conclusion()).map(AppealConclusion::status);
    }

    @Override
    public String illegalTransitionDetail(RequestStatus from) {
        return "该上诉已" + from.label() + "，不能再审查";
    }

    @Override
    public void validate(Handle h, AppealDecision b, AppealRepository.Stored s, StaffCall call) {
        AppealRefusals.refuseIfBroken(AppealRules.checkDecision(b, s.status()));
    }

    @Override
    public Effect apply(Handle h, AppealDecision b, AppealRepository.Stored s, StaffCall call) {
        AppealRepository.decide(h, s.id(), call.user().id(), b.conclusion(), b.opinion(), call.instant());
        if (b.conclusion() == AppealConclusion.ACCEPT) {
            String detail = "接受上诉" + (b.opinion() == null || b.opinion().isBlank() ? "" : "；审查意见：" + b.opinion().strip());
            return new Effect(List.of(new AuditLine(AppealAudit.ACCEPT, detail)), List.of(new Notice(s.applicantId(),
                    AppealNotices.accepted(s.applicationNo(), s.caseNumber(), s.courtName()))));
        }
        return new Effect(List.of(new AuditLine(AppealAudit.RETURN, "退回理由：" + b.opinion().strip())),
                List.of(new Notice(s.applicantId(), AppealNotices.returned(s.applicationNo(), s.caseNumber(),
                        s.courtName(), b.opinion()))));
    }

    @Override
    public AppealView view(Handle h, long id, StaffCall call) {
        return AppealRepository.find(h, id, true).orElseThrow();
    }
}

package org.courtdesk.server.adjournment.judge;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.courtdesk.model.adjournment.AdjournmentConclusion;
import org.courtdesk.model.adjournment.AdjournmentDecision;
import org.courtdesk.model.adjournment.AdjournmentHearing;
import org.courtdesk.model.adjournment.AdjournmentRules;
import org.courtdesk.model.adjournment.AdjournmentView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.adjournment.AdjournmentAudit;
import org.courtdesk.server.adjournment.AdjournmentNotices;
import org.courtdesk.server.adjournment.AdjournmentRefusals;
import org.courtdesk.server.adjournment.AdjournmentRepository;
import org.courtdesk.server.notify.Sms;
import org.courtdesk.server.request.RequestHeader;
import org.courtdesk.server.request.StaffAction;
import org.courtdesk.server.request.StaffCall;
import org.jdbi.v3.core.Handle;

/**
 * 填写审查意见 of a 延期开庭申请 (spec-004 §4): 待审查 → 审查通过 (the hearing moves to the new time and counts one
 * adjournment more) or 审查不通过 (with the reason). The rules are {@link AdjournmentRules#checkDecision}, run against
 * the server's court-local now. The judge of the case and the clerks serving that judge decide (the pipeline lets in
 * nobody else); the applicant gets the SMS either way.
 */
final class AdjournmentDecisionAction
        implements StaffAction<AdjournmentDecision, AdjournmentRepository.Stored, AdjournmentView> {

    @Override
    public RequestKind kind() {
        return RequestKind.ADJOURNMENT;
    }

    @Override
    public String name() {
        return "ADJOURNMENT_DECISION";
    }

    @Override
    public Class<AdjournmentDecision> bodyType() {
        return AdjournmentDecision.class;
    }

    @Override
    public Class<AdjournmentView> viewType() {
        return AdjournmentView.class;
    }

    @Override
    public UUID idempotencyKey(AdjournmentDecision b) {
        return b.idempotencyKey();
    }

    @Override
    public long baseVersion(AdjournmentDecision b) {
        return b.baseVersion();
    }

    @Override
    public AdjournmentRepository.Stored detail(Handle h, RequestHeader header) {
        return AdjournmentRepository.stored(h, header.id());
    }

    @Override
    public Optional<RequestStatus> target(AdjournmentDecision b, AdjournmentRepository.Stored s) {
        return Optional.ofNullable(b.conclusion()).map(AdjournmentConclusion::status);
    }

    @Override
    public String illegalTransitionDetail(RequestStatus from) {
        return "该延期开庭申请已" + from.label() + "，不能再审查";
    }

    @Override
    public void validate(Handle h, AdjournmentDecision b, AdjournmentRepository.Stored s, StaffCall call) {
        AdjournmentRefusals.refuseIfBroken(AdjournmentRules.checkDecision(b, s.status(), s.hearing().hearing(), call.now()));
    }

    @Override
    public Effect apply(Handle h, AdjournmentDecision b, AdjournmentRepository.Stored s, StaffCall call) {
        AdjournmentHearing hearing = s.hearing().hearing();
        AdjournmentRepository.decide(h, s.id(), hearing.id(), call.user().id(), b.conclusion(), b.opinion(),
                b.newHearingAt(), call.instant());
        String opinion = b.opinion() == null || b.opinion().isBlank() ? "" : "；审查意见：" + b.opinion().trim();
        if (b.conclusion() == AdjournmentConclusion.APPROVE) {
            Sms sms = AdjournmentNotices.approved(s.applicationNo(), hearing.caseNumber(), s.courtName(), b.newHearingAt(),
                    hearing.place());
            return new Effect(List.of(new AuditLine(AdjournmentAudit.APPROVE, "原开庭时间" + AdjournmentNotices.show(
                    hearing.startsAt()) + "，改于" + AdjournmentNotices.show(b.newHearingAt()) + "开庭（第"
                    + (hearing.adjournments() + 1) + "次延期）" + opinion)), List.of(new Notice(s.applicantId(), sms)));
        }
        Sms sms = AdjournmentNotices.rejected(s.applicationNo(), hearing.caseNumber(), s.courtName(), hearing.startsAt(),
                b.opinion());
        return new Effect(List.of(new AuditLine(AdjournmentAudit.REJECT, "不予延期" + opinion)),
                List.of(new Notice(s.applicantId(), sms)));
    }

    @Override
    public AdjournmentView view(Handle h, long id, StaffCall call) {
        return AdjournmentRepository.find(h, id, true).orElseThrow();
    }
}

package org.courtdesk.server.filing.judge;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.courtdesk.model.filing.FilingAction;
import org.courtdesk.model.filing.FilingConclusion;
import org.courtdesk.model.filing.FilingConclusionDecision;
import org.courtdesk.model.filing.FilingRules;
import org.courtdesk.model.filing.ReturnKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.filing.FilingAudit;
import org.courtdesk.server.filing.FilingNotices;
import org.courtdesk.server.filing.FilingRefusals;
import org.courtdesk.server.filing.FilingRepository;
import org.courtdesk.server.notify.Sms;
import org.courtdesk.server.request.StaffCall;
import org.jdbi.v3.core.Handle;

/**
 * 审查 step 2: press the conclusion after the opinion was saved; 收→符, or 收→退 as 退回补正 (items + deadline) or
 * 不予受理 (reasons). The applicant gets the matching SMS ({@link FilingNotices}).
 */
final class FilingConclusionAction extends FilingStaffAction<FilingConclusionDecision> {

    @Override
    public String name() {
        return "FILING_CONCLUSION";
    }

    @Override
    public Class<FilingConclusionDecision> bodyType() {
        return FilingConclusionDecision.class;
    }

    @Override
    public UUID idempotencyKey(FilingConclusionDecision b) {
        return b.idempotencyKey();
    }

    @Override
    public long baseVersion(FilingConclusionDecision b) {
        return b.baseVersion();
    }

    /** No conclusion moves nothing; the rules then refuse it. */
    @Override
    public Optional<RequestStatus> target(FilingConclusionDecision b, FilingRepository.Stored s) {
        return Optional.ofNullable(b.conclusion()).map(FilingConclusion::status);
    }

    @Override
    public String illegalTransitionDetail(RequestStatus from) {
        return FilingRules.checkAction(FilingAction.REVIEW, from).stream().findFirst()
                .map(FilingRules.Violation::message).orElse(null);
    }

    @Override
    public void validate(Handle h, FilingConclusionDecision b, FilingRepository.Stored s, StaffCall call) {
        requireReviewer(s, call);
        FilingRefusals.refuseIfBroken(FilingRules.checkConclusion(b, s.status(), s.opinion(), call.today()));
    }

    @Override
    public Effect apply(Handle h, FilingConclusionDecision b, FilingRepository.Stored s, StaffCall call) {
        boolean conforms = b.conclusion() == FilingConclusion.CONFORMS;
        ReturnKind kind = conforms ? null : b.returnKind();
        boolean supplement = kind == ReturnKind.SUPPLEMENT;
        List<String> items = supplement ? b.supplementItems().stream().map(String::trim).toList() : null;
        FilingRepository.conclude(h, s.id(), call.user().id(), b.conclusion(), kind, items,
                supplement ? b.supplementDeadline() : null, kind == ReturnKind.NOT_ACCEPTED ? b.refusalReasons() : null,
                call.instant());
        String action;
        String detail;
        Sms sms;
        if (conforms) {
            action = FilingAudit.CONFORMS;
            detail = "符合立案条件";
            sms = FilingNotices.conforms(s.applicationNo(), s.courtName());
        } else if (supplement) {
            action = FilingAudit.RETURN_FOR_SUPPLEMENT;
            detail = "补正内容：" + String.join("；", items) + "；补正期限：" + b.supplementDeadline();
            sms = FilingNotices.supplement(s.applicationNo(), s.courtName(), items, b.supplementDeadline());
        } else {
            action = FilingAudit.NOT_ACCEPTED;
            detail = "不予受理理由：" + b.refusalReasons().trim();
            sms = FilingNotices.notAccepted(s.applicationNo(), s.courtName(), b.refusalReasons());
        }
        return new Effect(List.of(new AuditLine(action, detail)), List.of(new Notice(s.applicantId(), sms)));
    }
}

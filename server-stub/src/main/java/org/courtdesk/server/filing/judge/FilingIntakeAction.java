package org.courtdesk.server.filing.judge;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.courtdesk.model.casenumber.CaseNumber;
import org.courtdesk.model.filing.FilingAction;
import org.courtdesk.model.filing.FilingIntake;
import org.courtdesk.model.filing.FilingRules;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.filing.FilingAudit;
import org.courtdesk.server.filing.FilingNotices;
import org.courtdesk.server.filing.FilingRefusals;
import org.courtdesk.server.filing.FilingRepository;
import org.courtdesk.server.filing.trial.TrialSystem;
import org.courtdesk.server.request.Requests;
import org.courtdesk.server.filing.trial.TrialSystemUnavailable;
import org.courtdesk.server.http.Problems;
import org.courtdesk.server.request.StaffCall;
import org.jdbi.v3.core.Handle;

/**
 * 收案 of a 符 filing: hands it to the {@link TrialSystem}, which answers the 案号; the filing becomes 立 with it and
 * the applicant gets the 案号 by SMS. When the trial system fails, the pipeline's transaction rolls back: nothing is
 * stored and the caller gets 503 SERVICE_BUSY with Retry-After.
 */
final class FilingIntakeAction extends FilingStaffAction<FilingIntake> {

    private final TrialSystem trialSystem;

    FilingIntakeAction(TrialSystem trialSystem) {
        this.trialSystem = trialSystem;
    }

    @Override
    public String name() {
        return "FILING_INTAKE";
    }

    @Override
    public Class<FilingIntake> bodyType() {
        return FilingIntake.class;
    }

    @Override
    public UUID idempotencyKey(FilingIntake b) {
        return b.idempotencyKey();
    }

    @Override
    public long baseVersion(FilingIntake b) {
        return b.baseVersion();
    }

    @Override
    public Optional<RequestStatus> target(FilingIntake b, FilingRepository.Stored s) {
        return Optional.of(RequestStatus.FILING_FILED);
    }

    @Override
    public String illegalTransitionDetail(RequestStatus from) {
        return FilingRules.checkAction(FilingAction.TAKE_IN, from).stream().findFirst()
                .map(FilingRules.Violation::message).orElse(null);
    }

    @Override
    public void validate(Handle h, FilingIntake b, FilingRepository.Stored s, StaffCall call) {
        requireReviewer(s, call);
        FilingRefusals.refuseIfBroken(FilingRules.checkIntake(s.status()));
    }

    @Override
    public Effect apply(Handle h, FilingIntake b, FilingRepository.Stored s, StaffCall call) {
        String title = s.plaintiffs() + "诉" + s.defendants() + s.causeOfAction();
        TrialSystem.Registration registration = new TrialSystem.Registration(s.id(), s.applicationNo(), s.courtCode(),
                call.today(), title, s.causeOfAction(), s.judgeId(), call.user().id());
        CaseNumber number;
        try {
            number = trialSystem.register(h, registration);
        } catch (TrialSystemUnavailable e) {
            throw e;
        } catch (RuntimeException e) {
            if (Problems.isBusy(e)) {
                throw e; // our own database was busy: the core answers SERVICE_BUSY itself
            }
            throw new TrialSystemUnavailable(e.getClass().getSimpleName());
        }
        String caseNumber = CaseNumber.parse(number.toString()).toString(); // a trial system's answer is checked too
        FilingRepository.filed(h, s.id(), caseNumber, call.instant());
        // The case the trial system registered here (the default one does; another may keep its cases elsewhere).
        h.createQuery("SELECT id FROM court_case WHERE court_code = :c AND case_number = :n")
                .bind("c", s.courtCode()).bind("n", caseNumber).mapTo(Long.class).findOne()
                .ifPresent(caseId -> Requests.linkCase(h, s.id(), caseId));
        return new Effect(List.of(new AuditLine(FilingAudit.INTAKE, "已提交审判系统立案，案号：" + caseNumber)),
                List.of(new Notice(s.applicantId(), FilingNotices.filed(s.applicationNo(), s.courtName(), caseNumber))));
    }
}

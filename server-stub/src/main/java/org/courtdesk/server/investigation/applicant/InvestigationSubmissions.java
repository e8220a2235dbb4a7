package org.courtdesk.server.investigation.applicant;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.casenumber.CaseNumber;
import org.courtdesk.model.casenumber.CaseNumberException;
import org.courtdesk.model.investigation.InvestigationForm;
import org.courtdesk.model.investigation.InvestigationReceipt;
import org.courtdesk.model.investigation.InvestigationRules;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.idempotency.IdempotencyKeys;
import org.courtdesk.server.investigation.InvestigationAudit;
import org.courtdesk.server.investigation.InvestigationRefusals;
import org.courtdesk.server.investigation.InvestigationRepository;
import org.courtdesk.server.request.ApplicantSubmissions;
import org.courtdesk.server.request.Requests;
import org.jdbi.v3.core.Handle;

/**
 * A new 调查令 application in ONE transaction with its idempotency key: the case (in trial, the lawyer bound to a party
 * of it, its 举证期限 not passed), header due at the end of the court's decision period, detail, materials, audit,
 * feed. A refusal anywhere rolls all of it back.
 */
final class InvestigationSubmissions {

    static final String SUBMIT = "SUBMIT";

    private final ServerContext context;
    private final ApplicantSubmissions pipeline;

    InvestigationSubmissions(ServerContext context) {
        this.context = context;
        this.pipeline = new ApplicantSubmissions(context);
    }

    private record FileFingerprint(String type, String fileName, String sha256) {}

    private record Fingerprint(Object form, List<FileFingerprint> materials) {}

    static IdempotencyKeys.Scope scope(UUID key, CurrentUser user, InvestigationUploads.Parsed<?> parsed) {
        Fingerprint print = new Fingerprint(parsed.form(), parsed.materials().stream()
                .map(m -> new FileFingerprint(m.type().name(), m.fileName(), m.content().sha256())).toList());
        return IdempotencyKeys.Scope.of(key, user.id(), InvestigationRepository.KIND, 0, SUBMIT, print);
    }

    ApplicantSubmissions.Outcome<InvestigationReceipt> submit(CurrentUser user,
                                                              InvestigationUploads.Parsed<InvestigationForm> parsed,
                                                              IdempotencyKeys.Scope scope, Runnable rules) {
        return pipeline.submit(scope, InvestigationReceipt.class, rules, h -> {
            InvestigationForm form = parsed.form();
            InvestigationRepository.CaseRow kase = ownCaseInTrial(h, user, form.caseNumber());
            InvestigationRefusals.refuseIfBroken(InvestigationRules.checkEvidenceDeadline(kase.evidenceDeadline(),
                    context.today()));
            for (InvestigationUploads.Upload m : parsed.materials()) {
                BlobStore.put(h, m.content(), m.contentType());
            }
            return now -> {
                int days = h.createQuery("SELECT investigation_decision_days FROM court WHERE code = :c")
                        .bind("c", kase.courtCode()).mapTo(Integer.class).one();
                Instant due = InvestigationRules.dueDate(now, days, context.config().zone()).plusDays(1)
                        .atStartOfDay(context.config().zone()).toInstant();
                Requests.Created created = InvestigationRepository.insert(h, form, kase, user.id(), now, context.today(),
                        due, null);
                long id = created.id();
                for (InvestigationUploads.Upload m : parsed.materials()) {
                    InvestigationRepository.attachMaterial(h, id, m.type(), m.fileName(), m.contentType(), m.content(),
                            now);
                }
                AuditLog.recordAt(h, InvestigationRepository.KIND, id, user.id(), user.account().displayName(),
                        InvestigationAudit.SUBMIT, "申请调查令：被调查人" + form.subject().trim() + "，调查内容："
                                + form.evidence().trim() + "，材料" + parsed.materials().size() + "份", now);
                return new ApplicantSubmissions.Stored<>(id, kase.judgeId(), null, user.id(),
                        () -> new InvestigationReceipt(id, created.applicationNo(),
                                InvestigationRepository.find(h, id, true).orElseThrow()));
            };
        });
    }

    /** The case of the 案号, in trial, on which the lawyer is bound to a party (代理人). */
    private static InvestigationRepository.CaseRow ownCaseInTrial(Handle h, CurrentUser user, String caseNumber) {
        String number;
        try {
            number = CaseNumber.parse(caseNumber).toString();
        } catch (CaseNumberException e) {
            throw new ApiException(ErrorCode.CASE_NUMBER_INVALID, e.getMessage());
        }
        InvestigationRepository.CaseRow kase = InvestigationRepository.caseOf(h, number).orElseThrow(() ->
                new ApiException(ErrorCode.CASE_NOT_FOUND, "没有案号为" + number + "的案件，请核对案号"));
        boolean agent = h.createQuery("SELECT COUNT(*) FROM case_agent WHERE case_id = :c AND lawyer_id = :a")
                .bind("c", kase.id()).bind("a", user.id()).mapTo(Integer.class).one() > 0;
        if (!agent) {
            throw new ApiException(ErrorCode.NOT_CASE_LAWYER, "调查令只签发给案件当事人的代理律师：您不是该案件当事人的代理律师，请先申请案件绑定");
        }
        if (!"IN_TRIAL".equals(kase.status())) {
            throw new ApiException(ErrorCode.INVESTIGATION_CASE_NOT_IN_TRIAL);
        }
        return kase;
    }
}

package org.courtdesk.server.preservation.applicant;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.casenumber.CaseNumber;
import org.courtdesk.model.casenumber.CaseNumberException;
import org.courtdesk.model.preservation.PreservationForm;
import org.courtdesk.model.preservation.PreservationPartyRole;
import org.courtdesk.model.preservation.PreservationReceipt;
import org.courtdesk.model.preservation.PreservationRules;
import org.courtdesk.model.preservation.PreservationStage;
import org.courtdesk.model.preservation.PreservationView;
import org.courtdesk.model.reading.CaseStatus;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.idempotency.IdempotencyKeys;
import org.courtdesk.server.preservation.PreservationAudit;
import org.courtdesk.server.preservation.PreservationRepository;
import org.courtdesk.server.request.ApplicantSubmissions;
import org.courtdesk.server.request.Requests;
import org.jdbi.v3.core.Handle;

/**
 * A new preservation application in ONE transaction with its idempotency key: where it goes (诉讼中: the case, which
 * must be in trial and the applicant's own — a party of it, or a lawyer bound to a party; 诉前: the court's judge on
 * duty, {@link PreservationRepository#dutyJudge}), header with its ruling limit as due time, detail, materials, audit,
 * feed. A refusal anywhere rolls all of it back.
 */
final class PreservationSubmissions {

    static final String SUBMIT = "SUBMIT";

    private final ServerContext context;
    private final ApplicantSubmissions pipeline;

    PreservationSubmissions(ServerContext context) {
        this.context = context;
        this.pipeline = new ApplicantSubmissions(context);
    }

    private record FileFingerprint(String type, String fileName, String sha256) {}

    private record Fingerprint(Object form, List<FileFingerprint> materials) {}

    private record CaseRow(long id, String courtCode, CaseStatus status, long judgeId) {}

    static IdempotencyKeys.Scope scope(UUID key, CurrentUser user, PreservationUploads.Parsed<?> parsed) {
        Fingerprint print = new Fingerprint(parsed.form(), parsed.materials().stream()
                .map(m -> new FileFingerprint(m.type().name(), m.fileName(), m.content().sha256())).toList());
        return IdempotencyKeys.Scope.of(key, user.id(), PreservationRepository.KIND, 0, SUBMIT, print);
    }

    ApplicantSubmissions.Outcome<PreservationReceipt> submit(CurrentUser user,
                                                             PreservationUploads.Parsed<PreservationForm> parsed,
                                                             IdempotencyKeys.Scope scope, Runnable rules) {
        return pipeline.submit(scope, PreservationReceipt.class, rules, h -> {
            PreservationForm form = parsed.form();
            PreservationRepository.Target target = form.stage() == PreservationStage.IN_LITIGATION
                    ? ofCase(h, user, form.caseNumber()) : onDuty(h, form.courtCode().trim());
            for (PreservationUploads.Upload m : parsed.materials()) {
                BlobStore.put(h, m.content(), m.contentType());
            }
            return now -> {
                Instant due = PreservationRules.timeLimit(now, form.stage(), form.urgent(), now,
                        context.config().zone()).dueAt();
                Requests.Created created = PreservationRepository.insert(h, form, target, user.id(), now,
                        context.today(), due, null);
                long id = created.id();
                for (PreservationUploads.Upload m : parsed.materials()) {
                    PreservationRepository.attachMaterial(h, id, m.type(), m.fileName(), m.contentType(), m.content(),
                            now);
                }
                PreservationView view = PreservationRepository.find(h, id, false).orElseThrow();
                AuditLog.recordAt(h, PreservationRepository.KIND, id, user.id(), user.account().displayName(),
                        PreservationAudit.SUBMIT, form.stage().label() + (form.urgent() ? "（情况紧急）" : "") + "：申请人"
                                + view.names(PreservationPartyRole.APPLICANT) + "，被申请人"
                                + view.names(PreservationPartyRole.RESPONDENT) + "，请求保全金额 "
                                + form.amount().toPlainString() + " 元，担保：" + form.guaranteeKind().label()
                                + "，材料" + parsed.materials().size() + "份", now);
                return new ApplicantSubmissions.Stored<>(id, target.judgeId(), null, user.id(),
                        () -> new PreservationReceipt(id, created.applicationNo(),
                                PreservationRepository.find(h, id, true).orElseThrow()));
            };
        });
    }

    /** 诉讼中: the case named by its 案号, in trial, and the applicant's own; its judge decides. */
    private static PreservationRepository.Target ofCase(Handle h, CurrentUser user, String caseNumber) {
        String number;
        try {
            number = CaseNumber.parse(caseNumber).toString();
        } catch (CaseNumberException e) {
            throw new ApiException(ErrorCode.CASE_NUMBER_INVALID, e.getMessage());
        }
        CaseRow kase = h.createQuery("SELECT id, court_code, status, judge_id FROM court_case WHERE case_number = :n")
                .bind("n", number)
                .map((rs, c) -> new CaseRow(rs.getLong(1), rs.getString(2), CaseStatus.valueOf(rs.getString(3)),
                        rs.getLong(4)))
                .findFirst()
                .orElseThrow(() -> new ApiException(ErrorCode.CASE_NOT_FOUND, "没有案号为" + number + "的案件，请核对案号"));
        Role role = user.account().role();
        boolean own = role == Role.LAWYER
                ? count(h, "SELECT COUNT(*) FROM case_agent WHERE case_id = :c AND lawyer_id = :a", kase.id(), user.id())
                : count(h, "SELECT COUNT(*) FROM case_party WHERE case_id = :c AND account_id = :a", kase.id(), user.id());
        if (!own) {
            throw new ApiException(role == Role.LAWYER ? ErrorCode.NOT_CASE_LAWYER : ErrorCode.NOT_OWN_CASE);
        }
        if (kase.status() != CaseStatus.IN_TRIAL) {
            throw new ApiException(ErrorCode.PRESERVATION_CASE_NOT_IN_TRIAL, "案件" + number + "目前为“"
                    + kase.status().label() + "”状态，不能申请诉讼中保全");
        }
        return new PreservationRepository.Target(kase.courtCode(), kase.id(), kase.judgeId());
    }

    /** 诉前: a known court with a judge on duty. */
    private static PreservationRepository.Target onDuty(Handle h, String court) {
        boolean known = h.createQuery("SELECT COUNT(*) FROM court WHERE code = :c").bind("c", court)
                .mapTo(Integer.class).one() > 0;
        if (!known) {
            throw new ApiException(ErrorCode.COURT_UNKNOWN, "没有代字为“" + court + "”的法院，请从法院列表中选择受理法院");
        }
        long judge = PreservationRepository.dutyJudge(h, court).orElseThrow(() -> new ApiException(
                ErrorCode.COURT_UNKNOWN, "该法院暂不受理网上诉前保全申请，请到法院诉讼服务中心提交"));
        return new PreservationRepository.Target(court, null, judge);
    }

    private static boolean count(Handle h, String sql, long caseId, long accountId) {
        return h.createQuery(sql).bind("c", caseId).bind("a", accountId).mapTo(Integer.class).one() > 0;
    }
}

package org.courtdesk.server.reading.applicant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.ReadingApplicationForm;
import org.courtdesk.model.reading.ReadingAgreement;
import org.courtdesk.model.api.SubmissionReceipt;
import org.courtdesk.model.casenumber.CaseNumber;
import org.courtdesk.model.reading.CaseStatus;
import org.courtdesk.model.reading.ReadingRules;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.Transitions;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.feed.ChangeLog;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.idempotency.IdempotencyKeys;
import org.courtdesk.server.reading.ReadingMaterials;
import org.courtdesk.server.reading.ReadingRequestRepository;
import org.courtdesk.server.request.ApplicantSubmissions;
import org.courtdesk.server.request.Requests;
import org.jdbi.v3.core.Handle;

/**
 * Stores a checked submission in ONE transaction: the court and the case are looked up and the case rules of
 * {@link ReadingRules#checkCase} applied with what the database knows (own case, lawyer on record, the court's setting
 * for cases in trial), then the request
 * row, the materials (blobs by SHA-256 and their rows), the SUBMIT audit line and the change-feed entry, whose
 * sequence becomes the request's version. A refusal anywhere rolls all of it back: no row, no blob, no feed entry.
 *
 * <p>The applicants' pipeline ({@link ApplicantSubmissions}) runs it: the uploads are stored before the feed lock is
 * taken (they are the slow part); the 申请编号 is taken after it ({@link ChangeLog#lock}), so two submissions never
 * race for a number. The client's idempotency key is stored with the receipt in the same transaction; a twin that
 * committed first is answered from its receipt. Two submissions storing the same new file at the same moment can
 * still collide on the blob's key; the database refuses the second and the whole transaction is tried again, finding
 * the blob stored.
 */
final class Submissions {

    private static final RequestKind KIND = RequestKind.CASE_FILE_READING;
    static final String ACTION = "SUBMIT";

    private final ServerContext context;
    private final ApplicantSubmissions pipeline;

    Submissions(ServerContext context) {
        this.context = context;
        this.pipeline = new ApplicantSubmissions(context);
    }

    /** What a submission's key stands for: this account submitting this form with these files. */
    private record Fingerprint(ReadingApplicationForm form, List<FileFingerprint> materials) {}

    private record FileFingerprint(String type, String fileName, String sha256) {}

    static IdempotencyKeys.Scope scope(UUID key, CurrentUser user, MaterialUploads.Parsed parsed) {
        Fingerprint print = new Fingerprint(parsed.form(), parsed.materials().stream()
                .map(m -> new FileFingerprint(m.type().name(), m.fileName(), m.content().sha256())).toList());
        // A new request has no id yet: the scope's request is 0, the receipt stored with the key names the id.
        return IdempotencyKeys.Scope.of(key, user.id(), KIND, 0, ACTION, print);
    }

    ApplicantSubmissions.Outcome<SubmissionReceipt> submit(CurrentUser user, ReadingApplicationForm form,
                                                           List<MaterialUploads.Upload> materials,
                                                           IdempotencyKeys.Scope scope, Runnable rules) {
        return pipeline.submit(scope, SubmissionReceipt.class, rules, h -> check(h, user, form, materials));
    }

    /** The chosen court and its setting: may a lawyer on record read a case still in trial. */
    private record CourtRow(String name, boolean agentsMayReadInTrial) {}

    private record CaseRow(long id, String title, CaseStatus status, boolean digitised, long judgeId) {}

    private ApplicantSubmissions.Locked<SubmissionReceipt> check(Handle h, CurrentUser user, ReadingApplicationForm form,
                                                                  List<MaterialUploads.Upload> materials) {
        Role role = user.account().role();
        String courtCode = form.courtCode().trim();
        CourtRow court = h.createQuery("SELECT name, agents_read_in_trial FROM court WHERE code = :c").bind("c", courtCode)
                .map((rs, c) -> new CourtRow(rs.getString(1), rs.getBoolean(2))).findOne()
                .orElseThrow(() -> new ApiException(ErrorCode.COURT_UNKNOWN,
                        "没有代字为“" + courtCode + "”的法院，请从法院列表中选择承办法院"));
        String courtName = court.name();
        // Ticked on the 阅卷须知 in force now, and a 预约时间 that can be kept (ReadingRules).
        ReadingAgreement agreement = ReadingAgreements.current(h, courtCode);
        List<ReadingRules.Violation> formBroken = ReadingRules.checkAgreementAndProposal(form, agreement.version(),
                context.now());
        if (!formBroken.isEmpty()) {
            throw ApplicantRoutes.refusal(formBroken);
        }
        String number = CaseNumber.parse(form.caseNumber()).toString();
        CaseRow kase = h.createQuery("SELECT id, title, status, digitised, judge_id FROM court_case "
                        + "WHERE court_code = :c AND case_number = :n")
                .bind("c", courtCode).bind("n", number)
                .map((rs, c) -> new CaseRow(rs.getLong(1), rs.getString(2), CaseStatus.valueOf(rs.getString(3)),
                        rs.getBoolean(4), rs.getLong(5)))
                .findOne()
                .orElseThrow(() -> new ApiException(ErrorCode.CASE_NOT_FOUND,
                        courtName + "没有案号为" + number + "的案件，请核对案号"));
        boolean partyInOwnName = exists(h, "SELECT COUNT(*) FROM case_party WHERE case_id = :c AND account_id = :a",
                kase.id(), user.id());
        boolean agentOnRecord = exists(h, "SELECT COUNT(*) FROM case_agent WHERE case_id = :c AND lawyer_id = :a",
                kase.id(), user.id());
        List<ReadingRules.Violation> broken = ReadingRules.checkCase(role, kase.status(), kase.digitised(),
                form.requestedMode(), partyInOwnName, agentOnRecord, court.agentsMayReadInTrial());
        if (!broken.isEmpty()) {
            throw ApplicantRoutes.refusal(broken);
        }

        LocalDate today = context.today();
        // The slow part first, without the feed lock: the files, once per content.
        for (MaterialUploads.Upload m : materials) {
            BlobStore.put(h, m.content(), m.contentType());
        }
        return now -> {
            // The header (id and 申请编号 of the core's one counter and format), then the 阅卷 detail under the same id.
            Requests.Created created = Requests.create(h, new Requests.New(KIND,
                    ReadingRequestRepository.APPLICATION_NO_PREFIX, today, kase.id(), courtCode, kase.judgeId(), null,
                    user.id(), now, Transitions.initial(KIND), null));
            long id = created.id();
            String applicationNo = created.applicationNo();
            String content = form.content().trim();
            h.createUpdate("INSERT INTO reading_request (id, application_date, content, reason, requested_mode, "
                            + "agreement_court, agreement_version, proposed_time) "
                            + "VALUES (:id, :date, :content, :reason, :mode, :agreementCourt, :agreementVersion, :proposed)")
                    .bind("id", id).bind("date", today).bind("content", content).bind("reason", form.reason().trim())
                    .bind("mode", form.requestedMode().name())
                    .bind("agreementCourt", agreement.courtCode() == null ? ReadingAgreements.DEFAULT : agreement.courtCode())
                    .bind("agreementVersion", agreement.version())
                    .bind("proposed", form.proposedTime())
                    .execute();
            for (MaterialUploads.Upload m : materials) {
                ReadingMaterials.attach(h, id, m.type(), m.fileName(), m.contentType(), m.content());
            }
            AuditLog.recordAt(h, KIND, id, user.id(), user.account().displayName(), AuditLog.ACTION_SUBMIT,
                    "提交阅卷申请：" + number + "，申请内容：" + content + "，查阅方式：" + form.requestedMode().label()
                            + (form.proposedTime() == null ? "" : "，预约时间：" + form.proposedTime().toString().replace('T', ' '))
                            + "，同意阅卷须知第" + agreement.version() + "版，申请材料" + materials.size() + "份", now);
            return new ApplicantSubmissions.Stored<>(id, kase.judgeId(), null, user.id(), () -> new SubmissionReceipt(id,
                    applicationNo, ReadingRequestRepository.find(h, id, today, true).orElseThrow()));
        };
    }

    private static boolean exists(Handle h, String sql, long caseId, long accountId) {
        return h.createQuery(sql).bind("c", caseId).bind("a", accountId).mapTo(Integer.class).one() > 0;
    }
}

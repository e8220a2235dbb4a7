package org.courtdesk.server.transfer.applicant;

import java.time.Instant;
import java.util.List;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.casenumber.CaseNumber;
import org.courtdesk.model.casenumber.CaseNumberException;
import org.courtdesk.model.reading.CaseStatus;
import org.courtdesk.model.transfer.MaterialTransferView;
import org.courtdesk.model.transfer.TransferFileType;
import org.courtdesk.model.transfer.TransferForm;
import org.courtdesk.model.transfer.TransferReceipt;
import org.courtdesk.model.transfer.TransferRules;
import org.courtdesk.model.transfer.TransferSubmitter;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.http.IdempotencyKey;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.KindUploads;
import org.courtdesk.server.http.RouteModule;
import org.courtdesk.server.idempotency.IdempotencyKeys;
import org.courtdesk.server.request.ApplicantSubmissions;
import org.courtdesk.server.request.Requests;
import org.courtdesk.server.transfer.TransferNotices;
import org.courtdesk.server.transfer.TransferRefusals;
import org.courtdesk.server.transfer.TransferRepository;
import org.jdbi.v3.core.Handle;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The applicant's side of 材料转接 (spec-004 §10): a party or its lawyer sends papers to the judge in charge of the case
 * (multipart through the core's {@link KindUploads}: the JSON part {@code transfer}, file parts {@code FILE}, with an
 * Idempotency-Key; 201 with the 申请编号), lists and opens their own. Checks, cheapest first, nothing stored before the
 * last passed: the caller (an applicant with 实名认证); the body and each file; the key's earlier answer; the form; then,
 * in the storing transaction, the case (the caller's own, in trial). Another applicant's material answers 404.
 */
public final class TransferApplicantRoutes implements RouteModule {

    static final String PATH = "/api/v1/material-transfers";
    static final String KEY_HEADER = IdempotencyKey.HEADER;
    static final String REPLAYED_HEADER = ApplicantSubmissions.REPLAYED_HEADER;
    static final String SUBMIT = "SUBMIT";
    static final KindUploads.Types<TransferFileType> TYPES = new KindUploads.Types<>(TransferFileType.class,
            TransferFileType::label, TransferRules.MAX_FILES);

    private final ServerContext context;
    private final ApplicantSubmissions submissions;

    private record FileFingerprint(String fileName, String sha256) {}

    private record Fingerprint(Object form, List<FileFingerprint> files) {}

    private record CaseRow(long id, String courtCode, CaseStatus status, long judgeId) {}

    public TransferApplicantRoutes(ServerContext context) {
        this.context = context;
        this.submissions = new ApplicantSubmissions(context);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(PATH, this::submit);
        routes.get(PATH, this::list);
        routes.get(PATH + "/{id}", this::detail);
    }

    private void submit(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, TransferRepository.KIND);
        if (!user.account().identityVerified()) {
            throw new ApiException(ErrorCode.IDENTITY_NOT_VERIFIED, "转交材料前须完成人脸识别实名认证");
        }
        KindUploads.Parsed<TransferForm, TransferFileType> parsed = KindUploads.read(ctx, "transfer", TransferForm.class,
                "材料转接表", TYPES, context.config().maxMaterialBytes(), context.config().maxUploadBytes());
        IdempotencyKeys.Scope scope = IdempotencyKeys.Scope.of(IdempotencyKey.read(ctx), user.id(), TransferRepository.KIND, 0,
                SUBMIT, new Fingerprint(parsed.form(), parsed.materials().stream()
                        .map(m -> new FileFingerprint(m.fileName(), m.content().sha256())).toList()));
        ApplicantSubmissions.Outcome<TransferReceipt> outcome = submissions.submit(scope, TransferReceipt.class,
                () -> TransferRefusals.refuseIfBroken(TransferRules.checkForm(parsed.form(), parsed.materials().size())),
                h -> {
                    TransferRepository.Target target = ofCase(h, user, parsed.form().caseNumber());
                    for (KindUploads.Upload<TransferFileType> m : parsed.materials()) {
                        BlobStore.put(h, m.content(), m.contentType());
                    }
                    return now -> store(h, user, parsed, target, now);
                });
        ApplicantSubmissions.created(ctx, PATH + "/" + outcome.receipt().id(), outcome);
    }

    private ApplicantSubmissions.Stored<TransferReceipt> store(Handle h, CurrentUser user,
                                                               KindUploads.Parsed<TransferForm, TransferFileType> parsed,
                                                               TransferRepository.Target target, Instant now) {
        TransferForm form = parsed.form();
        TransferSubmitter submitter = user.account().role() == Role.LAWYER ? TransferSubmitter.LAWYER
                : TransferSubmitter.PARTY;
        Requests.Created created = TransferRepository.insert(h, form, submitter, target, user.id(), now, context.today(),
                null);
        long id = created.id();
        for (KindUploads.Upload<TransferFileType> m : parsed.materials()) {
            TransferRepository.attachFile(h, id, m.fileName(), m.contentType(), m.content(), now);
        }
        AuditLog.recordAt(h, TransferRepository.KIND, id, user.id(), user.account().displayName(), TransferNotices.SUBMIT,
                submitter.label() + "转交" + form.materialType().label() + "“" + form.title().trim() + "”，"
                        + form.copies() + " 份，文件 " + parsed.materials().size() + " 个", now);
        return new ApplicantSubmissions.Stored<>(id, target.judgeId(), null, user.id(), () -> new TransferReceipt(id,
                created.applicationNo(), TransferRepository.find(h, id, true).orElseThrow()));
    }

    /** The case named by its 案号, the caller's own (a party of it, or a lawyer bound to a party), in trial. */
    private static TransferRepository.Target ofCase(Handle h, CurrentUser user, String caseNumber) {
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
        String sql = role == Role.LAWYER ? "SELECT COUNT(*) FROM case_agent WHERE case_id = :c AND lawyer_id = :a"
                : "SELECT COUNT(*) FROM case_party WHERE case_id = :c AND account_id = :a";
        boolean own = h.createQuery(sql).bind("c", kase.id()).bind("a", user.id()).mapTo(Integer.class).one() > 0;
        if (!own) {
            throw new ApiException(role == Role.LAWYER ? ErrorCode.NOT_CASE_LAWYER : ErrorCode.NOT_OWN_CASE);
        }
        if (kase.status() != CaseStatus.IN_TRIAL) {
            throw new ApiException(ErrorCode.TRANSFER_CASE_NOT_IN_TRIAL, "案件" + number + "目前为“"
                    + kase.status().label() + "”状态，不能向承办法官转交材料");
        }
        return new TransferRepository.Target(kase.courtCode(), kase.id(), kase.judgeId());
    }

    private void list(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, TransferRepository.KIND);
        if (!ctx.queryParamMap().isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "我的材料转接不接受查询条件");
        }
        ctx.json(context.jdbi().withHandle(h -> TransferRepository.forApplicant(h, user.id())));
    }

    private void detail(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, TransferRepository.KIND);
        long id = pathId(ctx);
        MaterialTransferView view = context.jdbi().withHandle(h -> TransferRepository.find(h, id, true))
                .filter(v -> v.applicantId() == user.id())
                .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND));
        ctx.json(view);
    }

    private static long pathId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.NOT_FOUND);
        }
    }
}

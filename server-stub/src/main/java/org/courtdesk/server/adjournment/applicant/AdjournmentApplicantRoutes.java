package org.courtdesk.server.adjournment.applicant;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.adjournment.AdjournmentHearing;
import org.courtdesk.model.adjournment.AdjournmentReceipt;
import org.courtdesk.model.adjournment.AdjournmentRules;
import org.courtdesk.model.adjournment.AdjournmentView;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.adjournment.AdjournmentAudit;
import org.courtdesk.server.adjournment.AdjournmentNotices;
import org.courtdesk.server.adjournment.AdjournmentRefusals;
import org.courtdesk.server.adjournment.AdjournmentRepository;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.http.IdempotencyKey;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.RouteModule;
import org.courtdesk.server.idempotency.IdempotencyKeys;
import org.courtdesk.server.request.ApplicantSubmissions;
import org.courtdesk.server.request.Requests;
import org.jdbi.v3.core.Handle;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The applicant's side of 延期开庭 (spec-004 §4): the hearings they may ask to adjourn (cases they are a party of in
 * their own name, or a lawyer on record for), a new request (multipart, Idempotency-Key, 201 with the 申请编号), and
 * their own requests. Another's request, or a hearing of a case they are not on record for, answers 404 like a missing
 * one. Checks cheapest first, nothing stored before the last passed; the hearing's rules run in the storing transaction.
 */
public final class AdjournmentApplicantRoutes implements RouteModule {

    static final String PATH = "/api/v1/adjournments";
    static final String KEY_HEADER = IdempotencyKey.HEADER;
    static final String REPLAYED_HEADER = ApplicantSubmissions.REPLAYED_HEADER;
    static final String SUBMIT = "SUBMIT";

    private final ServerContext context;
    private final ApplicantSubmissions submissions;

    public AdjournmentApplicantRoutes(ServerContext context) {
        this.context = context;
        this.submissions = new ApplicantSubmissions(context);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH + "/hearings", this::hearings);
        routes.post(PATH, this::submit);
        routes.get(PATH, this::list);
        routes.get(PATH + "/{id}", this::detail);
    }

    private void hearings(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, AdjournmentRepository.KIND);
        List<AdjournmentHearing> list = context.jdbi().withHandle(h ->
                AdjournmentRepository.hearingsOf(h, user.id(), context.now()));
        ctx.json(list);
    }

    private record FileFingerprint(String fileName, String sha256) {}

    private record Fingerprint(Object form, List<FileFingerprint> materials) {}

    private void submit(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, AdjournmentRepository.KIND);
        if (!user.account().identityVerified()) {
            throw new ApiException(ErrorCode.IDENTITY_NOT_VERIFIED, "申请延期开庭前须完成人脸识别实名认证");
        }
        UUID key = IdempotencyKey.read(ctx);
        AdjournmentUploads.Parsed parsed = AdjournmentUploads.read(ctx, context.config().maxMaterialBytes(),
                context.config().maxUploadBytes());
        IdempotencyKeys.Scope scope = IdempotencyKeys.Scope.of(key, user.id(), AdjournmentRepository.KIND, 0, SUBMIT,
                new Fingerprint(parsed.form(), parsed.materials().stream()
                        .map(m -> new FileFingerprint(m.fileName(), m.content().sha256())).toList()));
        Long hearingId = parsed.form().hearingId();
        ApplicantSubmissions.Outcome<AdjournmentReceipt> outcome = submissions.submit(scope, AdjournmentReceipt.class,
                () -> {
                    if (hearingId == null) {
                        throw new ApiException(ErrorCode.VALIDATION_FAILED, "请选择要延期的开庭");
                    }
                }, h -> {
                    AdjournmentRepository.HearingOfCase hc = AdjournmentRepository.hearing(h, hearingId)
                            .filter(x -> AdjournmentRepository.onRecord(h, hearingId, user.id()))
                            .orElseThrow(() -> new ApiException(ErrorCode.ADJOURNMENT_HEARING_NOT_FOUND));
                    AdjournmentRefusals.refuseIfBroken(AdjournmentRules.checkApplication(parsed.form(), hc.hearing(),
                            context.now()));
                    for (AdjournmentUploads.Upload m : parsed.materials()) {
                        BlobStore.put(h, m.content(), m.contentType());
                    }
                    return now -> store(h, user, parsed, hc, now);
                });
        ApplicantSubmissions.created(ctx, PATH + "/" + outcome.receipt().id(), outcome);
    }

    private ApplicantSubmissions.Stored<AdjournmentReceipt> store(Handle h, CurrentUser user,
                                                                  AdjournmentUploads.Parsed parsed,
                                                                  AdjournmentRepository.HearingOfCase hc, Instant now) {
        Requests.Created created = AdjournmentRepository.insert(h, hc, parsed.form().reason(), user.id(), now,
                context.today(), null);
        long id = created.id();
        for (AdjournmentUploads.Upload m : parsed.materials()) {
            AdjournmentRepository.attachMaterial(h, id, m.fileName(), m.contentType(), m.content(), now);
        }
        AuditLog.recordAt(h, AdjournmentRepository.KIND, id, user.id(), user.account().displayName(),
                AdjournmentAudit.SUBMIT, "申请延期" + hc.hearing().caseNumber() + "于"
                        + AdjournmentNotices.show(hc.hearing().startsAt()) + "的开庭，延期原因："
                        + parsed.form().reason().trim() + "，证明材料" + parsed.materials().size() + "份", now);
        return new ApplicantSubmissions.Stored<>(id, hc.judgeId(), null, user.id(), () -> new AdjournmentReceipt(id,
                created.applicationNo(), AdjournmentRepository.find(h, id, true).orElseThrow()));
    }

    private void list(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, AdjournmentRepository.KIND);
        ctx.json(context.jdbi().withHandle(h -> AdjournmentRepository.forApplicant(h, user.id())));
    }

    private void detail(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, AdjournmentRepository.KIND);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.NOT_FOUND);
        }
        AdjournmentView view = context.jdbi().withHandle(h -> AdjournmentRepository.find(h, id, true))
                .filter(v -> v.applicantId() == user.id())
                .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND));
        ctx.json(view);
    }
}

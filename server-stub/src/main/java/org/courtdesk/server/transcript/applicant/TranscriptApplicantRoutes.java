package org.courtdesk.server.transcript.applicant;


import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.transcript.TranscriptCorrectionForm;
import org.courtdesk.model.transcript.TranscriptCorrectionReceipt;
import org.courtdesk.model.transcript.TranscriptCorrectionView;
import org.courtdesk.model.transcript.TranscriptRules;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.http.RouteModule;
import org.courtdesk.server.idempotency.IdempotencyKeys;
import org.courtdesk.server.request.ApplicantSubmissions;
import org.courtdesk.server.request.Requests;
import org.courtdesk.server.http.IdempotencyKey;
import org.courtdesk.server.transcript.TranscriptNotices;
import org.courtdesk.server.transcript.TranscriptRepository;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The parties' and lawyers' side of 庭审笔录 (spec-004 §13): the transcripts of their own cases with the reading deadline
 * (the PDF through the documents route while readable), and the 申请补正 (JSON with an Idempotency-Key, 201 with the
 * 申请编号) while the transcript is readable. Checks, cheapest first, nothing stored before the last passed: the caller
 * (an applicant with 实名认证), the key's earlier answer, the content, then in the storing transaction the transcript
 * (of the caller's own case — else 404 like a missing one — and still readable).
 */
public final class TranscriptApplicantRoutes implements RouteModule {

    static final String TRANSCRIPTS = "/api/v1/transcripts";
    static final String CORRECTIONS = "/api/v1/transcript-corrections";
    static final String SUBMIT = "SUBMIT";

    private final ServerContext context;
    private final ApplicantSubmissions submissions;

    public TranscriptApplicantRoutes(ServerContext context) {
        this.context = context;
        this.submissions = new ApplicantSubmissions(context);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(TRANSCRIPTS, this::transcripts);
        routes.post(CORRECTIONS, this::submit);
        routes.get(CORRECTIONS, this::list);
        routes.get(CORRECTIONS + "/{id}", this::detail);
    }

    private void transcripts(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, TranscriptRepository.KIND);
        ctx.json(context.jdbi().withHandle(h -> TranscriptRepository.forApplicant(h, user.id())));
    }

    private void submit(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, TranscriptRepository.KIND);
        if (!user.account().identityVerified()) {
            throw new ApiException(ErrorCode.IDENTITY_NOT_VERIFIED, "申请补正庭审笔录前须完成人脸识别实名认证");
        }
        TranscriptCorrectionForm form = Json.body(Json.bodyBytes(ctx), TranscriptCorrectionForm.class);
        IdempotencyKeys.Scope scope = IdempotencyKeys.Scope.of(IdempotencyKey.read(ctx), user.id(),
                TranscriptRepository.KIND, 0, SUBMIT, form);
        ApplicantSubmissions.Outcome<TranscriptCorrectionReceipt> outcome = submissions.submit(scope,
                TranscriptCorrectionReceipt.class, () -> {
                    var broken = TranscriptRules.checkCorrection(form.content());
                    if (!broken.isEmpty()) {
                        throw new ApiException(broken.get(0).code(), broken.get(0).message());
                    }
                }, h -> {
                    TranscriptRepository.Owner owner = TranscriptRepository.owner(h, form.transcriptId())
                            .filter(o -> TranscriptRepository.ofCase(h, o.caseId(), user.id()))
                            .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND));
                    if (!TranscriptRules.readable(owner.readableUntil(), context.today())) {
                        throw new ApiException(ErrorCode.TRANSCRIPT_READING_CLOSED, "该庭审笔录的阅读期限已于 "
                                + owner.readableUntil() + " 届满，不能再申请补正");
                    }
                    return now -> {
                        Requests.Created created = TranscriptRepository.insertCorrection(h, owner, user.id(),
                                form.content(), now, context.today(), null);
                        AuditLog.recordAt(h, TranscriptRepository.KIND, created.id(), user.id(),
                                user.account().displayName(), TranscriptNotices.SUBMIT, "申请补正：" + form.content().trim(),
                                now);
                        return new ApplicantSubmissions.Stored<>(created.id(), owner.judgeId(), null, user.id(),
                                () -> new TranscriptCorrectionReceipt(created.id(), created.applicationNo(),
                                        TranscriptRepository.find(h, created.id(), true).orElseThrow()));
                    };
                });
        ApplicantSubmissions.created(ctx, CORRECTIONS + "/" + outcome.receipt().id(), outcome);
    }

    private void list(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, TranscriptRepository.KIND);
        ctx.json(context.jdbi().withHandle(h -> TranscriptRepository.forApplicantCorrections(h, user.id())));
    }

    private void detail(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, TranscriptRepository.KIND);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.NOT_FOUND);
        }
        TranscriptCorrectionView view = context.jdbi().withHandle(h -> TranscriptRepository.find(h, id, true))
                .filter(v -> v.applicantId() == user.id())
                .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND));
        ctx.json(view);
    }
}

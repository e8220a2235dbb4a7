package org.courtdesk.server.investigation.applicant;

import java.util.ArrayList;
import java.util.List;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.investigation.InvestigationForm;
import org.courtdesk.model.investigation.InvestigationReceipt;
import org.courtdesk.model.investigation.InvestigationRules;
import org.courtdesk.model.investigation.InvestigationView;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.http.IdempotencyKey;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.RouteModule;
import org.courtdesk.server.idempotency.IdempotencyKeys;
import org.courtdesk.server.request.ApplicantSubmissions;
import org.courtdesk.server.investigation.InvestigationRefusals;
import org.courtdesk.server.investigation.InvestigationRepository;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The lawyer's side of 调查令 (spec-004 §6; only lawyers: the order is issued to a party's lawyer): apply (multipart,
 * Idempotency-Key, 201 with the 申请编号), list and open own applications, and download the issued order as a PDF.
 * Another lawyer's application (or its order) answers 404 exactly like one that does not exist.
 */
public final class InvestigationApplicantRoutes implements RouteModule {

    static final String PATH = "/api/v1/investigation-orders";
    static final String KEY_HEADER = IdempotencyKey.HEADER;

    private final ServerContext context;
    private final InvestigationSubmissions submissions;

    public InvestigationApplicantRoutes(ServerContext context) {
        this.context = context;
        this.submissions = new InvestigationSubmissions(context);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(PATH, this::submit);
        routes.get(PATH, this::list);
        routes.get(PATH + "/{id}", this::detail);
        routes.get(PATH + "/{id}/order.pdf", this::orderPdf);
    }

    private void submit(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, InvestigationRepository.KIND);
        if (!user.account().identityVerified()) {
            throw new ApiException(ErrorCode.IDENTITY_NOT_VERIFIED, "申请调查令前须完成人脸识别实名认证");
        }
        InvestigationUploads.Parsed<InvestigationForm> parsed = InvestigationUploads.read(ctx, "investigation",
                InvestigationForm.class, "调查令申请表", context.config().maxMaterialBytes(), context.config().maxUploadBytes());
        IdempotencyKeys.Scope scope = InvestigationSubmissions.scope(IdempotencyKey.read(ctx), user, parsed);
        ApplicantSubmissions.Outcome<InvestigationReceipt> outcome = submissions.submit(user, parsed, scope, () -> {
            List<InvestigationRules.Violation> broken = new ArrayList<>(InvestigationRules.checkForm(parsed.form()));
            broken.addAll(InvestigationRules.checkMaterials(parsed.types()));
            InvestigationRefusals.refuseIfBroken(broken);
        });
        ApplicantSubmissions.created(ctx, PATH + "/" + outcome.receipt().id(), outcome);
    }

    private void list(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, InvestigationRepository.KIND);
        if (!ctx.queryParamMap().isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "我的调查令申请不接受查询条件");
        }
        ctx.json(context.jdbi().withHandle(h -> InvestigationRepository.forApplicant(h, user.id())));
    }

    private InvestigationView own(CurrentUser user, long id) {
        return context.jdbi().withHandle(h -> InvestigationRepository.find(h, id, true))
                .filter(v -> v.applicantId() == user.id())
                .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND));
    }

    private void detail(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, InvestigationRepository.KIND);
        ctx.json(own(user, pathId(ctx)));
    }

    /** The issued order as a PDF, to the lawyer who holds it; 409 INVESTIGATION_ORDER_NOT_ISSUED before 接收. */
    private void orderPdf(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, InvestigationRepository.KIND);
        InvestigationView v = own(user, pathId(ctx));
        if (v.decision() == null || v.decision().order() == null) {
            throw new ApiException(ErrorCode.INVESTIGATION_ORDER_NOT_ISSUED);
        }
        byte[] pdf = context.jdbi().withHandle(h -> BlobStore.get(h, v.decision().order().pdfSha256()))
                .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND)).content();
        ctx.header("Content-Disposition", "attachment; filename=\"investigation-order-" + v.id() + ".pdf\"");
        ctx.contentType("application/pdf").result(pdf);
    }

    private static long pathId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.NOT_FOUND);
        }
    }
}

package org.courtdesk.server.preservation.applicant;

import java.util.ArrayList;
import java.util.List;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.preservation.PreservationForm;
import org.courtdesk.model.preservation.PreservationReceipt;
import org.courtdesk.model.preservation.PreservationRules;
import org.courtdesk.model.preservation.PreservationView;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.http.IdempotencyKey;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.RouteModule;
import org.courtdesk.server.idempotency.IdempotencyKeys;
import org.courtdesk.server.request.ApplicantSubmissions;
import org.courtdesk.server.preservation.PreservationRefusals;
import org.courtdesk.server.preservation.PreservationRepository;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The applicant's side of 诉讼保全 (spec-004 §5): apply (multipart with an Idempotency-Key, 201 with the 申请编号), list
 * and open own applications. Another applicant's application answers 404 exactly like one that does not exist.
 * Checks, cheapest first, nothing stored before the last passed: the caller (an applicant with 实名认证); the body and each file; the key's earlier
 * answer; the form and the materials (all broken rules together); then, in the storing transaction, the case or court.
 */
public final class PreservationApplicantRoutes implements RouteModule {

    static final String PATH = "/api/v1/preservations";
    static final String KEY_HEADER = IdempotencyKey.HEADER;
    static final String REPLAYED_HEADER = ApplicantSubmissions.REPLAYED_HEADER;

    private final ServerContext context;
    private final PreservationSubmissions submissions;

    public PreservationApplicantRoutes(ServerContext context) {
        this.context = context;
        this.submissions = new PreservationSubmissions(context);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(PATH, this::submit);
        routes.get(PATH, this::list);
        routes.get(PATH + "/{id}", this::detail);
    }

    private void submit(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, PreservationRepository.KIND);
        if (!user.account().identityVerified()) {
            throw new ApiException(ErrorCode.IDENTITY_NOT_VERIFIED, "申请诉讼保全前须完成人脸识别实名认证");
        }
        PreservationUploads.Parsed<PreservationForm> parsed = PreservationUploads.read(ctx, "preservation",
                PreservationForm.class, "保全申请表", context.config().maxMaterialBytes(), context.config().maxUploadBytes());
        IdempotencyKeys.Scope scope = PreservationSubmissions.scope(IdempotencyKey.read(ctx), user, parsed);
        ApplicantSubmissions.Outcome<PreservationReceipt> outcome = submissions.submit(user, parsed, scope, () -> {
            List<PreservationRules.Violation> broken = new ArrayList<>(PreservationRules.checkForm(parsed.form()));
            broken.addAll(PreservationRules.checkMaterials(parsed.form().guaranteeKind(), parsed.types()));
            PreservationRefusals.refuseIfBroken(broken);
        });
        ApplicantSubmissions.created(ctx, PATH + "/" + outcome.receipt().id(), outcome);
    }

    private void list(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, PreservationRepository.KIND);
        if (!ctx.queryParamMap().isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "我的诉讼保全申请不接受查询条件");
        }
        ctx.json(context.jdbi().withHandle(h -> PreservationRepository.forApplicant(h, user.id())));
    }

    private void detail(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, PreservationRepository.KIND);
        long id = pathId(ctx);
        PreservationView view = context.jdbi().withHandle(h -> PreservationRepository.find(h, id, true))
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

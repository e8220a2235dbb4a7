package org.courtdesk.server.filing.applicant;

import java.util.ArrayList;
import java.util.List;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.filing.FilingForm;
import org.courtdesk.model.filing.FilingMessagePost;
import org.courtdesk.model.filing.FilingReceipt;
import org.courtdesk.model.filing.FilingRules;
import org.courtdesk.model.filing.FilingSupplementForm;
import org.courtdesk.model.filing.FilingView;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.account.Account;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.filing.FilingRefusals;
import org.courtdesk.server.filing.FilingRepository;
import org.courtdesk.server.http.IdempotencyKey;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.http.RouteModule;
import org.courtdesk.server.idempotency.IdempotencyKeys;
import org.courtdesk.server.request.ApplicantSubmissions;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The applicant's side of 网上立案 (spec-004 §2): file (multipart, 201 with the 流水号), list and open own filings,
 * answer a 退回补正 with a supplement, and write in the 留言 thread. Only a 当事人 or 代理律师 who passed 实名认证 and
 * completed the profile may file ({@link FilingRules#checkApplicant}). Another applicant's filing answers 404 exactly
 * like one that does not exist.
 *
 * <p>A submission's checks, cheapest first, nothing stored before the last passed: the caller; the body's shape and
 * each file ({@link FilingUploads}); the idempotency key's earlier answer; the form and the set of materials (all
 * broken rules reported together); then, in the storing transaction, the court ({@link FilingSubmissions}).
 */
public final class FilingApplicantRoutes implements RouteModule {

    static final String PATH = "/api/v1/filings";
    static final String KEY_HEADER = IdempotencyKey.HEADER;
    static final String REPLAYED_HEADER = ApplicantSubmissions.REPLAYED_HEADER;

    private final ServerContext context;
    private final FilingSubmissions submissions;

    public FilingApplicantRoutes(ServerContext context) {
        this.context = context;
        this.submissions = new FilingSubmissions(context);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(PATH, this::submit);
        routes.get(PATH, this::list);
        routes.get(PATH + "/{id}", this::detail);
        routes.post(PATH + "/{id}/supplement", this::supplement);
        routes.post(PATH + "/{id}/messages", this::message);
    }

    private void submit(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, FilingRepository.KIND);
        Account me = user.account();
        FilingRefusals.refuseIfBroken(FilingRules.checkApplicant(me.role(), me.identityVerified(),
                new FilingRules.Profile(me.displayName(), me.phone(), me.idNumber(), me.lawFirm())));
        FilingUploads.Parsed<FilingForm> parsed = FilingUploads.read(ctx, "filing", FilingForm.class, "立案申请表",
                context.config().maxMaterialBytes(), context.config().maxUploadBytes());
        IdempotencyKeys.Scope scope = FilingSubmissions.scope(IdempotencyKey.read(ctx), user, 0, FilingSubmissions.SUBMIT, parsed);
        ApplicantSubmissions.Outcome<FilingReceipt> outcome = submissions.submit(user, parsed, scope, () -> {
            List<FilingRules.Violation> broken = new ArrayList<>(FilingRules.checkForm(parsed.form()));
            broken.addAll(FilingRules.checkMaterials(me.role(), parsed.types()));
            FilingRefusals.refuseIfBroken(broken);
        });
        ApplicantSubmissions.created(ctx, PATH + "/" + outcome.receipt().id(), outcome);
    }

    private void list(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, FilingRepository.KIND);
        if (!ctx.queryParamMap().isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "我的网上立案不接受查询条件");
        }
        ctx.json(context.jdbi().withHandle(h -> FilingRepository.forApplicant(h, user.id())));
    }

    private void detail(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, FilingRepository.KIND);
        long id = pathId(ctx);
        FilingView view = context.jdbi().withHandle(h -> FilingRepository.find(h, id, true))
                .filter(v -> v.applicantId() == user.id())
                .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND));
        ctx.json(view);
    }

    private void supplement(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, FilingRepository.KIND);
        long id = pathId(ctx);
        FilingUploads.Parsed<FilingSupplementForm> parsed = FilingUploads.read(ctx, "supplement",
                FilingSupplementForm.class, "补正说明", context.config().maxMaterialBytes(),
                context.config().maxUploadBytes());
        IdempotencyKeys.Scope scope = FilingSubmissions.scope(IdempotencyKey.read(ctx), user, id, FilingSubmissions.SUPPLEMENT,
                parsed);
        FilingSubmissions.Outcome<FilingView> outcome = submissions.supplement(user, id, parsed, scope);
        if (outcome.replayed()) {
            ctx.header(REPLAYED_HEADER, "true");
        }
        ctx.json(outcome.answer());
    }

    private void message(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, FilingRepository.KIND);
        long id = pathId(ctx);
        byte[] body = Json.bodyBytes(ctx);
        // Whose filing it is is decided before the body is judged: another's answers 404 whatever was sent.
        boolean own = context.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM request WHERE id = :id "
                        + "AND kind = :k AND applicant_id = :a")
                .bind("id", id).bind("k", FilingRepository.KIND.name()).bind("a", user.id()).mapTo(Integer.class).one() > 0);
        if (!own) {
            throw new ApiException(ErrorCode.NOT_FOUND);
        }
        FilingMessagePost post = Json.body(body, FilingMessagePost.class);
        FilingSubmissions.Outcome<FilingView> outcome = submissions.message(user, id, post);
        if (outcome.replayed()) {
            ctx.header(REPLAYED_HEADER, "true");
        }
        ctx.json(outcome.answer());
    }

    private static long pathId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.NOT_FOUND);
        }
    }
}

package org.courtdesk.server.binding.applicant;

import java.util.ArrayList;
import java.util.List;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.binding.BindingForm;
import org.courtdesk.model.binding.BindingReceipt;
import org.courtdesk.model.binding.BindingRules;
import org.courtdesk.model.binding.BindingView;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.account.Account;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.binding.BindingRefusals;
import org.courtdesk.server.binding.BindingRepository;
import org.courtdesk.server.http.IdempotencyKey;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.RouteModule;
import org.courtdesk.server.idempotency.IdempotencyKeys;
import org.courtdesk.server.request.ApplicantSubmissions;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The lawyer's side of 案件绑定 (spec-004 §8; 12309's 【案件绑定申请】 [S 003:95–105]): apply (multipart, 201 with the
 * 申请编号), list and open own bindings. Only a lawyer (the registry's applicants) who passed identity verification
 * may apply. Another lawyer's binding answers 404 exactly like one that does not exist.
 *
 * <p>A submission's checks, cheapest first, nothing stored before the last passed: the caller; the body's shape and
 * each file; the idempotency key's earlier answer; the form and both papers (all broken rules reported together);
 * then, in the storing transaction, court, case, party and whether the lawyer is on record or waiting already
 * ({@link BindingSubmissions}).
 */
public final class BindingApplicantRoutes implements RouteModule {

    static final String PATH = "/api/v1/bindings";
    static final String KEY_HEADER = IdempotencyKey.HEADER;
    static final String REPLAYED_HEADER = ApplicantSubmissions.REPLAYED_HEADER;

    private final ServerContext context;
    private final BindingSubmissions submissions;

    public BindingApplicantRoutes(ServerContext context) {
        this.context = context;
        this.submissions = new BindingSubmissions(context);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(PATH, this::submit);
        routes.get(PATH, this::list);
        routes.get(PATH + "/{id}", this::detail);
    }

    private void submit(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, BindingRepository.KIND);
        Account me = user.account();
        BindingRefusals.refuseIfBroken(BindingRules.checkApplicant(me.role(), me.identityVerified()));
        BindingUploads.Parsed<BindingForm> parsed = BindingUploads.read(ctx, "binding", BindingForm.class, "案件绑定申请表",
                context.config().maxMaterialBytes(), context.config().maxUploadBytes());
        IdempotencyKeys.Scope scope = BindingSubmissions.scope(IdempotencyKey.read(ctx), user, parsed);
        ApplicantSubmissions.Outcome<BindingReceipt> outcome = submissions.submit(user, parsed, scope, () -> {
            List<BindingRules.Violation> broken = new ArrayList<>(BindingRules.checkForm(parsed.form()));
            broken.addAll(BindingRules.checkMaterials(parsed.types()));
            BindingRefusals.refuseIfBroken(broken);
        });
        ApplicantSubmissions.created(ctx, PATH + "/" + outcome.receipt().id(), outcome);
    }

    private void list(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, BindingRepository.KIND);
        if (!ctx.queryParamMap().isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "我的案件绑定申请不接受查询条件");
        }
        ctx.json(context.jdbi().withHandle(h -> BindingRepository.forApplicant(h, user.id())));
    }

    private void detail(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, BindingRepository.KIND);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.NOT_FOUND);
        }
        BindingView view = context.jdbi().withHandle(h -> BindingRepository.find(h, id, true))
                .filter(v -> v.applicantId() == user.id())
                .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND));
        ctx.json(view);
    }
}

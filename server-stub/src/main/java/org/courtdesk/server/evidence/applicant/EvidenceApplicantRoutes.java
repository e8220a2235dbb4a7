package org.courtdesk.server.evidence.applicant;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.evidence.EvidenceExchangeView;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.evidence.EvidenceCataloguePdf;
import org.courtdesk.server.evidence.EvidenceRepository;
import org.courtdesk.server.evidence.EvidenceSubmissions;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.RouteModule;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The lawyers' side of 证据交换 (spec-004 §7: evidence materials submitted by lawyers): the exchanges of the cases they
 * act in, one with both catalogues, 上传证据 (multipart: the JSON part {@code entry}, the file part {@code EVIDENCE};
 * Idempotency-Key), 质证 of an item of another side (JSON; Idempotency-Key), and 目录下载 — the catalogue PDF, which
 * the case's judge and their clerks download here too. An exchange of a case the caller does not act in answers 404
 * exactly like a missing one.
 */
public final class EvidenceApplicantRoutes implements RouteModule {

    static final String PATH = "/api/v1/evidence-exchanges";

    private final ServerContext context;
    private final EvidenceSubmissions submissions;

    public EvidenceApplicantRoutes(ServerContext context) {
        this.context = context;
        this.submissions = new EvidenceSubmissions(context);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH, this::list);
        routes.get(PATH + "/{id}", this::detail);
        routes.post(PATH + "/{id}/evidence", this::upload);
        routes.post(PATH + "/{id}/cross-examinations", this::crossExamine);
        routes.get(PATH + "/{id}/catalogue.pdf", this::catalogue);
    }

    private void list(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, EvidenceRepository.KIND);
        if (!ctx.queryParamMap().isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "证据交换列表不接受查询条件");
        }
        ctx.json(context.jdbi().withHandle(h -> EvidenceRepository.forLawyer(h, user.id(), context.today())));
    }

    private EvidenceExchangeView visible(CurrentUser user, long id) {
        return context.jdbi().withHandle(h -> {
            if (!EvidenceSubmissions.maySee(h, user, id)) {
                throw new ApiException(ErrorCode.NOT_FOUND);
            }
            return EvidenceRepository.find(h, id, context.today(), true).orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND));
        });
    }

    private void detail(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, EvidenceRepository.KIND);
        ctx.json(visible(user, EvidenceSubmissions.pathId(ctx)));
    }

    private void upload(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, EvidenceRepository.KIND);
        EvidenceSubmissions.Outcome outcome = submissions.upload(ctx, user, EvidenceSubmissions.pathId(ctx), false);
        answer(ctx, outcome, 201);
    }

    private void crossExamine(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, EvidenceRepository.KIND);
        answer(ctx, submissions.crossExamine(ctx, user, EvidenceSubmissions.pathId(ctx)), 200);
    }

    private static void answer(Context ctx, EvidenceSubmissions.Outcome outcome, int status) {
        if (outcome.replayed()) {
            ctx.header("Idempotent-Replayed", "true");
        }
        ctx.status(status).json(outcome.view());
    }

    /** 目录下载: to the case's lawyers and to its judge and their clerks. */
    private void catalogue(Context ctx) {
        CurrentUser user = Auth.user(ctx);
        if (!user.account().role().isCourtStaff() && !user.account().role().isApplicant()) {
            throw new ApiException(ErrorCode.FORBIDDEN);
        }
        EvidenceExchangeView v = visible(user, EvidenceSubmissions.pathId(ctx));
        byte[] pdf = EvidenceCataloguePdf.write(v, context.config().zone());
        ctx.header("Content-Disposition", "attachment; filename=\"evidence-catalogue-" + v.id() + ".pdf\"");
        ctx.contentType("application/pdf").result(pdf);
    }
}

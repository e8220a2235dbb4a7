package org.courtdesk.server.filing.judge;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.filing.FilingView;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.filing.FilingRepository;
import org.courtdesk.server.filing.trial.LocalCaseRegister;
import org.courtdesk.server.filing.trial.TrialSystem;
import org.courtdesk.server.filing.trial.TrialSystemUnavailable;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.http.RouteModule;
import org.courtdesk.server.request.StaffAction;
import org.courtdesk.server.request.StaffActions;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The court's side of 网上立案 (spec-004 §2): detail with audit, 审查 in two steps (opinion, then conclusion), 收案 and
 * 留言, every write through the core's {@link StaffActions} pipeline. Audience: the filing's 承办法官 (and the clerks
 * serving them) and the centre reviewers of its court; anyone else gets the 404 of a missing id. Acting needs
 * {@link org.courtdesk.model.filing.FilingRules#mayReview}: a clerk gets 403.
 */
public final class FilingJudgeRoutes implements RouteModule {

    static final String PATH = "/api/v1/judge/filings/{id}";

    private final ServerContext context;
    private final StaffActions actions;
    private final FilingOpinionAction opinion = new FilingOpinionAction();
    private final FilingConclusionAction conclusion = new FilingConclusionAction();
    private final FilingIntakeAction intake;
    private final FilingMessageAction message = new FilingMessageAction();

    public FilingJudgeRoutes(ServerContext context) {
        this(context, new LocalCaseRegister());
    }

    public FilingJudgeRoutes(ServerContext context, TrialSystem trialSystem) {
        this.context = context;
        this.actions = new StaffActions(context);
        this.intake = new FilingIntakeAction(trialSystem);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH, this::detail);
        routes.post(PATH + "/opinion", ctx -> act(ctx, opinion));
        routes.post(PATH + "/conclusion", ctx -> act(ctx, conclusion));
        routes.post(PATH + "/intake", ctx -> act(ctx, intake));
        routes.post(PATH + "/messages", ctx -> act(ctx, message));
    }

    private void detail(Context ctx) {
        CurrentUser user = Auth.requireStaff(ctx);
        long id = pathId(ctx);
        FilingView view = context.jdbi().withHandle(h -> {
            boolean audience = h.createQuery("SELECT judge_id, pool FROM request WHERE id = :id AND kind = :k")
                    .bind("id", id).bind("k", FilingRepository.KIND.name())
                    .map((rs, c) -> user.maySee((Long) rs.getObject(1, Long.class), rs.getString(2)))
                    .findOne().orElse(false);
            if (!audience) {
                throw notFound();
            }
            return FilingRepository.find(h, id, true).orElseThrow(FilingJudgeRoutes::notFound);
        });
        ctx.json(view);
    }

    private void act(Context ctx, StaffAction<?, ?, ?> action) {
        CurrentUser user = Auth.requireStaff(ctx);
        long id = pathId(ctx);
        try {
            ctx.json(actions.run(user, id, Json.bodyBytes(ctx), action).answer());
        } catch (TrialSystemUnavailable e) {
            ctx.header("Retry-After", String.valueOf(TrialSystemUnavailable.RETRY_AFTER_SECONDS));
            throw e;
        }
    }

    private static ApiException notFound() {
        return new ApiException(ErrorCode.NOT_FOUND);
    }

    static long pathId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw notFound();
        }
    }
}

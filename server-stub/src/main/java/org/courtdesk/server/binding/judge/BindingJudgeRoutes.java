package org.courtdesk.server.binding.judge;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.binding.BindingView;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.binding.BindingRepository;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.http.RouteModule;
import org.courtdesk.server.request.StaffActions;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The court's side of 案件绑定 (spec-004 §8): detail with audit, and the decision through the core's
 * {@link StaffActions} pipeline. Audience: the case's 承办法官 and the clerks serving that judge; anyone else (another
 * judge, a centre reviewer) gets the 404 of a missing id.
 */
public final class BindingJudgeRoutes implements RouteModule {

    static final String PATH = "/api/v1/judge/bindings/{id}";

    private final ServerContext context;
    private final StaffActions actions;
    private final BindingDecisionAction decision = new BindingDecisionAction();

    public BindingJudgeRoutes(ServerContext context) {
        this.context = context;
        this.actions = new StaffActions(context);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH, this::detail);
        routes.post(PATH + "/decision", this::decide);
    }

    private void detail(Context ctx) {
        CurrentUser user = Auth.requireStaff(ctx);
        long id = pathId(ctx);
        BindingView view = context.jdbi().withHandle(h -> {
            boolean audience = h.createQuery("SELECT judge_id FROM request WHERE id = :id AND kind = :k")
                    .bind("id", id).bind("k", BindingRepository.KIND.name())
                    .map((rs, c) -> user.maySee((Long) rs.getObject(1, Long.class), null))
                    .findOne().orElse(false);
            if (!audience) {
                throw notFound();
            }
            return BindingRepository.find(h, id, true).orElseThrow(BindingJudgeRoutes::notFound);
        });
        ctx.json(view);
    }

    private void decide(Context ctx) {
        CurrentUser user = Auth.requireStaff(ctx);
        long id = pathId(ctx);
        ctx.json(actions.run(user, id, Json.bodyBytes(ctx), decision).answer());
    }

    private static ApiException notFound() {
        return new ApiException(ErrorCode.NOT_FOUND);
    }

    private static long pathId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw notFound();
        }
    }
}

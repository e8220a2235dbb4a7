package org.courtdesk.server.appeal.judge;

import org.courtdesk.model.appeal.AppealView;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.appeal.AppealRepository;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.http.RouteModule;
import org.courtdesk.server.request.StaffActions;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The court's side of 提起上诉 (spec-004 §3): the detail with audit, and the decision through the core's
 * {@link StaffActions} pipeline. Audience: the first-instance judge and the clerks serving them; anyone else gets the 404 of a
 * missing id.
 */
public final class AppealJudgeRoutes implements RouteModule {

    static final String PATH = "/api/v1/judge/appeals/{id}";

    private final ServerContext context;
    private final StaffActions actions;
    private final AppealDecisionAction decision = new AppealDecisionAction();

    public AppealJudgeRoutes(ServerContext context) {
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
        AppealView view = context.jdbi().withHandle(h -> {
            boolean audience = h.createQuery("SELECT judge_id FROM request WHERE id = :id AND kind = :k")
                    .bind("id", id).bind("k", AppealRepository.KIND.name())
                    .map((rs, c) -> user.maySee((Long) rs.getObject(1, Long.class), null))
                    .findOne().orElse(false);
            if (!audience) {
                throw new ApiException(ErrorCode.NOT_FOUND);
            }
            return AppealRepository.find(h, id, true).orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND));
        });
        ctx.json(view);
    }

    private void decide(Context ctx) {
        CurrentUser user = Auth.requireStaff(ctx);
        long id = pathId(ctx);
        ctx.json(actions.run(user, id, Json.bodyBytes(ctx), decision).answer());
    }

    private static long pathId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.NOT_FOUND);
        }
    }
}

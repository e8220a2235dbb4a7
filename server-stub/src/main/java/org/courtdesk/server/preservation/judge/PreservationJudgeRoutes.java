package org.courtdesk.server.preservation.judge;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.preservation.PreservationView;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.http.RouteModule;
import org.courtdesk.server.preservation.PreservationRepository;
import org.courtdesk.server.request.StaffAction;
import org.courtdesk.server.request.StaffActions;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The court's side of 诉讼保全 (spec-004 §5): detail with audit, 退回 and 接收, every write through the core's
 * {@link StaffActions} pipeline. Audience: the application's judge and the clerks serving them; anyone else gets the
 * 404 of a missing id. The workstation's batch 接收 is one call per application, each with its own key.
 */
public final class PreservationJudgeRoutes implements RouteModule {

    static final String PATH = "/api/v1/judge/preservations/{id}";

    private final ServerContext context;
    private final StaffActions actions;
    private final PreservationReturnAction returnAction = new PreservationReturnAction();
    private final PreservationAcceptAction acceptAction = new PreservationAcceptAction();

    public PreservationJudgeRoutes(ServerContext context) {
        this.context = context;
        this.actions = new StaffActions(context);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH, this::detail);
        routes.post(PATH + "/return", ctx -> act(ctx, returnAction));
        routes.post(PATH + "/accept", ctx -> act(ctx, acceptAction));
    }

    private void detail(Context ctx) {
        CurrentUser user = Auth.requireStaff(ctx);
        long id = pathId(ctx);
        PreservationView view = context.jdbi().withHandle(h -> {
            boolean audience = h.createQuery("SELECT judge_id FROM request WHERE id = :id AND kind = :k")
                    .bind("id", id).bind("k", PreservationRepository.KIND.name())
                    .map((rs, c) -> user.maySee((Long) rs.getObject(1, Long.class), null))
                    .findOne().orElse(false);
            if (!audience) {
                throw new ApiException(ErrorCode.NOT_FOUND);
            }
            return PreservationRepository.find(h, id, true).orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND));
        });
        ctx.json(view);
    }

    private void act(Context ctx, StaffAction<?, ?, ?> action) {
        CurrentUser user = Auth.requireStaff(ctx);
        ctx.json(actions.run(user, pathId(ctx), Json.bodyBytes(ctx), action).answer());
    }

    private static long pathId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.NOT_FOUND);
        }
    }
}

package org.courtdesk.server.investigation.judge;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.investigation.InvestigationView;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.http.RouteModule;
import org.courtdesk.server.investigation.InvestigationRepository;
import org.courtdesk.server.request.StaffAction;
import org.courtdesk.server.request.StaffActions;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The court's side of 调查令 (spec-004 §6): detail with audit, 退回 and 接收 (which issues the order), every write through
 * the core's {@link StaffActions} pipeline. The issued order's PDF is a document of the request: the judge opens it by
 * its hash ({@code GET /api/v1/documents/{sha256}}). Audience: the case's judge and the clerks serving them.
 */
public final class InvestigationJudgeRoutes implements RouteModule {

    static final String PATH = "/api/v1/judge/investigation-orders/{id}";

    private final ServerContext context;
    private final StaffActions actions;
    private final InvestigationReturnAction returnAction = new InvestigationReturnAction();
    private final InvestigationIssueAction issueAction = new InvestigationIssueAction();

    public InvestigationJudgeRoutes(ServerContext context) {
        this.context = context;
        this.actions = new StaffActions(context);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH, this::detail);
        routes.post(PATH + "/return", ctx -> act(ctx, returnAction));
        routes.post(PATH + "/accept", ctx -> act(ctx, issueAction));
    }

    private void detail(Context ctx) {
        CurrentUser user = Auth.requireStaff(ctx);
        long id = pathId(ctx);
        InvestigationView view = context.jdbi().withHandle(h -> {
            boolean audience = h.createQuery("SELECT judge_id FROM request WHERE id = :id AND kind = :k")
                    .bind("id", id).bind("k", InvestigationRepository.KIND.name())
                    .map((rs, c) -> user.maySee((Long) rs.getObject(1, Long.class), null))
                    .findOne().orElse(false);
            if (!audience) {
                throw new ApiException(ErrorCode.NOT_FOUND);
            }
            return InvestigationRepository.find(h, id, true).orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND));
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

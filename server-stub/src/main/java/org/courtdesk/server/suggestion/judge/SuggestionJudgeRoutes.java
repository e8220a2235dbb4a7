package org.courtdesk.server.suggestion.judge;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.suggestion.SuggestionView;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.suggestion.SuggestionRepository;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.http.RouteModule;
import org.courtdesk.server.request.StaffActions;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The court's side of 意见建议 (spec-004 §12 意见建议查看处理页面): detail with audit, and the reply through the core's
 * {@link StaffActions} pipeline. Audience: the case's 承办法官 and the clerks serving them, or for a suggestion without a
 * case the court's 中心审核员 (its pool); anyone else gets the 404 of a missing id.
 */
public final class SuggestionJudgeRoutes implements RouteModule {

    static final String PATH = "/api/v1/judge/suggestions/{id}";

    private final ServerContext context;
    private final StaffActions actions;
    private final SuggestionReplyAction reply = new SuggestionReplyAction();

    public SuggestionJudgeRoutes(ServerContext context) {
        this.context = context;
        this.actions = new StaffActions(context);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH, this::detail);
        routes.post(PATH + "/reply", this::reply);
    }

    private void detail(Context ctx) {
        CurrentUser user = Auth.requireStaff(ctx);
        long id = pathId(ctx);
        SuggestionView view = context.jdbi().withHandle(h -> {
            boolean audience = h.createQuery("SELECT judge_id, pool FROM request WHERE id = :id AND kind = :k")
                    .bind("id", id).bind("k", SuggestionRepository.KIND.name())
                    .map((rs, c) -> user.maySee((Long) rs.getObject(1, Long.class), rs.getString(2)))
                    .findOne().orElse(false);
            if (!audience) {
                throw notFound();
            }
            return SuggestionRepository.find(h, id, true).orElseThrow(SuggestionJudgeRoutes::notFound);
        });
        ctx.json(view);
    }

    private void reply(Context ctx) {
        CurrentUser user = Auth.requireStaff(ctx);
        long id = pathId(ctx);
        ctx.json(actions.run(user, id, Json.bodyBytes(ctx), reply).answer());
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

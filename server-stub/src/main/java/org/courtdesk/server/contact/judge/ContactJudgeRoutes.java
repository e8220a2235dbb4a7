package org.courtdesk.server.contact.judge;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.contact.ContactView;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.contact.ContactRepository;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.http.RouteModule;
import org.courtdesk.server.request.StaffActions;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The court's side of 联系法官 (spec-004 §11 预约法官): detail with audit, and the reply through the core's
 * {@link StaffActions} pipeline. Audience: the case's 承办法官 and the clerks serving that judge; anyone else (another
 * judge, a centre reviewer) gets the 404 of a missing id.
 */
public final class ContactJudgeRoutes implements RouteModule {

    static final String PATH = "/api/v1/judge/contact-requests/{id}";

    private final ServerContext context;
    private final StaffActions actions;
    private final ContactReplyAction reply = new ContactReplyAction();

    public ContactJudgeRoutes(ServerContext context) {
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
        ContactView view = context.jdbi().withHandle(h -> {
            boolean audience = h.createQuery("SELECT judge_id, pool FROM request WHERE id = :id AND kind = :k")
                    .bind("id", id).bind("k", ContactRepository.KIND.name())
                    .map((rs, c) -> user.maySee((Long) rs.getObject(1, Long.class), rs.getString(2)))
                    .findOne().orElse(false);
            if (!audience) {
                throw notFound();
            }
            return ContactRepository.find(h, id, true).orElseThrow(ContactJudgeRoutes::notFound);
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

package org.courtdesk.server.servicecontent.judge;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.servicecontent.ServiceContentView;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.http.RouteModule;
import org.courtdesk.server.request.StaffActions;
import org.courtdesk.server.request.StaffCreations;
import org.courtdesk.server.servicecontent.ServiceContentRefusals;
import org.courtdesk.server.servicecontent.ServiceContentRepository;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The judge's side of 服务内容管理 (spec-004 §9): 新增 (保存 or 发布 at once) through the core's {@link StaffCreations},
 * the editor's 保存/发布 of an item and 设置发布 on the list through {@link StaffActions}, and an item's detail. A judge
 * reads and changes only the items they wrote: another judge gets the 404 of a missing id, a clerk serving the author
 * a 403.
 */
public final class ServiceContentJudgeRoutes implements RouteModule {

    static final String PATH = "/api/v1/judge/service-contents";

    private final ServerContext context;
    private final StaffActions actions;
    private final StaffCreations creations;
    private final ServiceContentCreation creation = new ServiceContentCreation();
    private final ServiceContentSaveAction save = new ServiceContentSaveAction();
    private final ServiceContentPublicationAction publication = new ServiceContentPublicationAction();

    public ServiceContentJudgeRoutes(ServerContext context) {
        this.context = context;
        this.actions = new StaffActions(context);
        this.creations = new StaffCreations(context);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(PATH, this::create);
        routes.get(PATH + "/{id}", this::detail);
        routes.post(PATH + "/{id}/content", this::save);
        routes.post(PATH + "/{id}/publication", this::publication);
    }

    private void create(Context ctx) {
        CurrentUser user = Auth.requireStaff(ctx);
        ctx.json(creations.run(user, Json.bodyBytes(ctx, creation.maxBodyBytes()), creation).answer());
    }

    private void detail(Context ctx) {
        CurrentUser user = Auth.requireStaff(ctx);
        long id = pathId(ctx);
        ServiceContentView view = context.jdbi().withHandle(h -> {
            long author = ServiceContentRepository.author(h, id)
                    .filter(a -> user.maySee(a, null))
                    .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND));
            ServiceContentRefusals.requireAuthor(user, author);
            return ServiceContentRepository.find(h, id, true).orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND));
        });
        ctx.json(view);
    }

    private void save(Context ctx) {
        CurrentUser user = Auth.requireStaff(ctx);
        ctx.json(actions.run(user, pathId(ctx), Json.bodyBytes(ctx, save.maxBodyBytes()), save).answer());
    }

    private void publication(Context ctx) {
        CurrentUser user = Auth.requireStaff(ctx);
        ctx.json(actions.run(user, pathId(ctx), Json.bodyBytes(ctx), publication).answer());
    }

    private static long pathId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.NOT_FOUND);
        }
    }
}

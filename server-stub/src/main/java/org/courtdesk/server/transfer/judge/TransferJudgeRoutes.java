package org.courtdesk.server.transfer.judge;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.transfer.MaterialTransferView;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.http.RouteModule;
import org.courtdesk.server.request.StaffActions;
import org.courtdesk.server.transfer.TransferRepository;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The court's side of 材料转接 (spec-004 §10): detail with audit, and 接收 through the core's {@link StaffActions}
 * pipeline. Audience: the case's judge and the clerks serving them; anyone else gets the 404 of a missing id. The
 * workstation's 批量接收 is one call per material, each with its own key.
 */
public final class TransferJudgeRoutes implements RouteModule {

    static final String PATH = "/api/v1/judge/material-transfers/{id}";

    private final ServerContext context;
    private final StaffActions actions;
    private final TransferReceiveAction receive = new TransferReceiveAction();

    public TransferJudgeRoutes(ServerContext context) {
        this.context = context;
        this.actions = new StaffActions(context);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH, this::detail);
        routes.post(PATH + "/receive", this::receive);
    }

    private void detail(Context ctx) {
        CurrentUser user = Auth.requireStaff(ctx);
        long id = pathId(ctx);
        MaterialTransferView view = context.jdbi().withHandle(h -> {
            boolean audience = h.createQuery("SELECT judge_id FROM request WHERE id = :id AND kind = :k")
                    .bind("id", id).bind("k", TransferRepository.KIND.name())
                    .map((rs, c) -> user.maySee((Long) rs.getObject(1, Long.class), null))
                    .findOne().orElse(false);
            if (!audience) {
                throw new ApiException(ErrorCode.NOT_FOUND);
            }
            return TransferRepository.find(h, id, true).orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND));
        });
        ctx.json(view);
    }

    private void receive(Context ctx) {
        CurrentUser user = Auth.requireStaff(ctx);
        ctx.json(actions.run(user, pathId(ctx), Json.bodyBytes(ctx), receive).answer());
    }

    private static long pathId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.NOT_FOUND);
        }
    }
}

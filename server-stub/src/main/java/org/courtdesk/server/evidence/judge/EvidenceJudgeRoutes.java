package org.courtdesk.server.evidence.judge;

import org.courtdesk.server.ServerContext;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.evidence.EvidenceSubmissions;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.http.RouteModule;
import org.courtdesk.server.request.StaffAction;
import org.courtdesk.server.request.StaffActions;
import org.courtdesk.server.request.StaffCreations;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The court's side of 证据交换 (spec-004 §7): 新增 (through the core's {@link StaffCreations}), 修改 of the deadlines and
 * 审查 (through {@link StaffActions}), and 上传证据 of paper evidence for a party (multipart like a lawyer's, with the
 * side named). Audience: the case's judge and the clerks serving them.
 */
public final class EvidenceJudgeRoutes implements RouteModule {

    static final String PATH = "/api/v1/judge/evidence-exchanges";

    private final StaffActions actions;
    private final StaffCreations creations;
    private final EvidenceSubmissions submissions;
    private final EvidenceCreation creation = new EvidenceCreation();
    private final EvidenceDeadlineAction deadlineAction = new EvidenceDeadlineAction();
    private final EvidenceReviewAction reviewAction = new EvidenceReviewAction();

    public EvidenceJudgeRoutes(ServerContext context) {
        this.actions = new StaffActions(context);
        this.creations = new StaffCreations(context);
        this.submissions = new EvidenceSubmissions(context);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(PATH, this::create);
        routes.post(PATH + "/{id}/deadlines", ctx -> act(ctx, deadlineAction));
        routes.post(PATH + "/{id}/review", ctx -> act(ctx, reviewAction));
        routes.post(PATH + "/{id}/evidence", this::paper);
    }

    private void create(Context ctx) {
        CurrentUser user = Auth.requireStaff(ctx);
        var result = creations.run(user, Json.bodyBytes(ctx), creation);
        ctx.status(result.replayed() ? 200 : 201).json(result.answer());
    }

    private void act(Context ctx, StaffAction<?, ?, ?> action) {
        CurrentUser user = Auth.requireStaff(ctx);
        ctx.json(actions.run(user, EvidenceSubmissions.pathId(ctx), Json.bodyBytes(ctx), action).answer());
    }

    private void paper(Context ctx) {
        CurrentUser user = Auth.requireStaff(ctx);
        EvidenceSubmissions.Outcome outcome = submissions.upload(ctx, user, EvidenceSubmissions.pathId(ctx), true);
        if (outcome.replayed()) {
            ctx.header("Idempotent-Replayed", "true");
        }
        ctx.status(201).json(outcome.view());
    }
}

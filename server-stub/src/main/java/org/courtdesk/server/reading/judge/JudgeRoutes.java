package org.courtdesk.server.reading.judge;

import java.util.Optional;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.http.RouteModule;
import org.courtdesk.server.reading.ReadingRequestRepository;
import org.courtdesk.server.request.StaffAction;
import org.courtdesk.server.request.StaffActions;
import org.jdbi.v3.core.Handle;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The judge's side of 阅卷申请: detail with audit, the decision (审查, {@link ReadingDecisionAction}), and the on-site
 * attendance record ({@link ReadingAttendanceAction}). The writes go through the core's {@link StaffActions}
 * pipeline (idempotency, lock, visibility, version, transition table, audit, SMS, change feed).
 *
 * <p>Who: judges and clerks (applicants get 403). A request whose judge is not among the caller's visible judges
 * answers 404, exactly like a request that does not exist, so ids cannot be probed.
 */
public final class JudgeRoutes implements RouteModule {

    private final ServerContext context;
    private final StaffActions actions;
    private final ReadingDecisionAction decision = new ReadingDecisionAction();
    private final ReadingAttendanceAction attendance = new ReadingAttendanceAction();

    public JudgeRoutes(ServerContext context) {
        this.context = context;
        this.actions = new StaffActions(context);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/judge/reading-requests/{id}", this::detail);
        routes.post("/api/v1/judge/reading-requests/{id}/decision", ctx -> act(ctx, decision));
        routes.post("/api/v1/judge/reading-requests/{id}/attendance", ctx -> act(ctx, attendance));
    }

    private void detail(Context ctx) {
        CurrentUser user = Auth.requireStaff(ctx);
        long id = pathId(ctx);
        ReadingRequestView view = context.jdbi().withHandle(h -> {
            judgeOf(h, id).filter(user::maySeeJudge).orElseThrow(JudgeRoutes::notFound);
            return ReadingRequestRepository.find(h, id, context.today(), true).orElseThrow(JudgeRoutes::notFound);
        });
        ctx.json(view);
    }

    private void act(Context ctx, StaffAction<?, ?, ?> action) {
        CurrentUser user = Auth.requireStaff(ctx);
        long id = pathId(ctx);
        // The body is read here but judged only once the pipeline knows the caller may see the request.
        ctx.json(actions.run(user, id, Json.bodyBytes(ctx), action).answer());
    }

    private static Optional<Long> judgeOf(Handle h, long id) {
        return h.createQuery("SELECT judge_id FROM request WHERE id = :id AND kind = 'CASE_FILE_READING'").bind("id", id)
                .mapTo(Long.class).findOne();
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

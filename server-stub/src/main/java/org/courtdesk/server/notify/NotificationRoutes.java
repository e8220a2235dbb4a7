package org.courtdesk.server.notify;

import org.courtdesk.model.api.NotificationView;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.http.RouteModule;
import org.jdbi.v3.core.Jdbi;

import io.javalin.config.RoutesConfig;

/**
 * {@code GET /api/v1/me/notifications}: the notices (SMS) {@link RecordingNotifier} recorded for the caller, newest
 * first. The text is the masked one: download codes and open passwords reach the applicant only by SMS.
 */
public final class NotificationRoutes implements RouteModule {

    private final Jdbi jdbi;

    public NotificationRoutes(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/me/notifications", ctx -> {
            CurrentUser user = Auth.user(ctx);
            ctx.json(jdbi.withHandle(h -> h.createQuery("SELECT id, sent_at, phone, text, request_id FROM notification "
                            + "WHERE account_id = :me ORDER BY sent_at DESC, id DESC")
                    .bind("me", user.id())
                    .map((rs, c) -> new NotificationView(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                            rs.getString(4), (Long) rs.getObject(5, Long.class)))
                    .list()));
        });
    }
}

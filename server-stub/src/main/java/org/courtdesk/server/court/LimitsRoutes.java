package org.courtdesk.server.court;

import org.courtdesk.model.api.ServerLimits;
import org.courtdesk.server.ServerConfig;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.http.RouteModule;

import io.javalin.config.RoutesConfig;

/**
 * {@code GET /api/v1/limits}: the upload limits of this server run ({@code --max-material-mb} and the request limit it
 * implies) for any signed-in user, so the workstation checks a file against the limit it will meet, before it queues
 * the file, rather than a constant that equals only the default.
 */
public final class LimitsRoutes implements RouteModule {

    private final ServerConfig config;

    public LimitsRoutes(ServerConfig config) {
        this.config = config;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/limits", ctx -> {
            Auth.user(ctx);
            ctx.json(new ServerLimits(config.maxMaterialBytes(), config.maxUploadBytes()));
        });
    }
}

package org.courtdesk.server.health;

import java.util.Map;

import org.courtdesk.server.db.Database;
import org.courtdesk.server.http.RouteModule;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Liveness for the court's IT and for the run script: 200 when the database answers, else 503. */
public final class HealthRoutes implements RouteModule {

    private final Database database;

    public HealthRoutes(Database database) {
        this.database = database;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/health", this::health);
        routes.get("/api/v1/health", this::health);
    }

    private void health(Context ctx) {
        boolean db = database.healthy();
        ctx.status(db ? 200 : 503).json(Map.of("status", db ? "UP" : "DOWN", "database", db ? "UP" : "DOWN"));
    }
}

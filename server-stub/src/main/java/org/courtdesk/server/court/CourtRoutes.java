package org.courtdesk.server.court;

import org.courtdesk.model.api.CourtInfo;
import org.courtdesk.model.casenumber.CourtLevel;
import org.courtdesk.server.http.RouteModule;
import org.jdbi.v3.core.Jdbi;

import io.javalin.config.RoutesConfig;

/**
 * The courts applicants choose from (city, then court), with what differs between courts for 阅卷申请: the reading-room
 * notice and whether a lawyer on record may read a case still in trial (V5, {@code agents_read_in_trial}).
 */
public final class CourtRoutes implements RouteModule {

    private final Jdbi jdbi;

    public CourtRoutes(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/courts", ctx -> ctx.json(jdbi.withHandle(h -> h.createQuery(
                        "SELECT code, name, city, court_level, reading_room_notice, agents_read_in_trial FROM court "
                                + "ORDER BY city, LENGTH(code), code")
                .map((rs, c) -> new CourtInfo(rs.getString(1), rs.getString(2), rs.getString(3),
                        CourtLevel.valueOf(rs.getString(4)), rs.getString(5), rs.getBoolean(6)))
                .list())));
    }
}

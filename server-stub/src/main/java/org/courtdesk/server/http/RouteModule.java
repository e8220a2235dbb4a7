package org.courtdesk.server.http;

import io.javalin.config.RoutesConfig;

/** A capability's HTTP routes (auth, reading requests, feed ...). Each registers its own paths. */
public interface RouteModule {

    void register(RoutesConfig routes);
}

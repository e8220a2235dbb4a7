package org.courtdesk.server.documents;

import org.courtdesk.server.auth.CurrentUser;
import org.jdbi.v3.core.Handle;

/**
 * One request kind's answer to "may this caller read this material?". Each kind registers one at startup
 * ({@code CourtDeskServer}), so {@link DocumentRoutes} names no kind.
 */
@FunctionalInterface
public interface MaterialAccess {

    /**
     * Whether {@code sha256} is a material of a request of this kind that {@code user} applied for, or of a request
     * of a judge {@code user} serves.
     */
    boolean mayRead(Handle h, CurrentUser user, String sha256);
}

package org.courtdesk.app.workspace;

import org.courtdesk.model.request.RequestRef;

/**
 * One staff action of a kind, as the workstation sends it: its name in the outbox, its route with {@code {id}} for the
 * request's id (relative to the server's base URL, e.g. {@code api/v1/judge/filings/{id}/opinion}), and whether its
 * body's {@code baseVersion} must be the server's (see {@code StaffAction.versioned} on the server). Each kind's
 * screens declare theirs as constants; the core sends any of them without knowing the kind.
 */
public record StaffOp(String name, String route, boolean versioned) {

    public StaffOp {
        if (name == null || name.isBlank() || route == null || !route.contains("{id}") || route.startsWith("/")) {
            throw new IllegalArgumentException("a staff op needs a name and a relative route with {id}: " + route);
        }
    }

    /** The route of this action on {@code request}. */
    public String path(RequestRef request) {
        return route.replace("{id}", Long.toString(request.id()));
    }
}

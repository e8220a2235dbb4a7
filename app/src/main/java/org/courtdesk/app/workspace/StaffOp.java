package org.courtdesk.app.workspace;

import org.courtdesk.model.request.RequestRef;

/**
 * One staff action of a kind, as the workstation sends it: its name in the outbox, its route with {@code {id}} for the
 * request's id (relative to the server's base URL, e.g. {@code api/v1/judge/filings/{id}/opinion}), and whether its
 * body's {@code baseVersion} must be the server's (see {@code StaffAction.versioned} on the server). Each kind's
 * screens declare theirs as constants; the core sends any of them without knowing the kind.
 * <p>
 * A {@linkplain #creation creation} (a judge's new 证据交换, a 服务内容 item) has a route without {@code {id}}: the
 * request does not exist yet (see {@link Workspace#saveCreation}).
 */
public record StaffOp(String name, String route, boolean versioned, boolean creates, String formPart) {

    public StaffOp {
        if (formPart != null && !formPart.matches("[A-Za-z0-9_-]{1,60}")) {
            throw new IllegalArgumentException("a multipart form part is a plain name: " + formPart);
        }
        if (name == null || name.isBlank() || route == null || route.startsWith("/") || route.contains("..")) {
            throw new IllegalArgumentException("a staff op needs a name and a relative route: " + route);
        }
        if (creates == route.contains("{id}") || (creates && versioned)) {
            throw new IllegalArgumentException(creates
                    ? "a creation names no request ({id}) and has no base version: " + route
                    : "an action on a request needs {id} in its route: " + route);
        }
    }

    /** A JSON action (no files). */
    public StaffOp(String name, String route, boolean versioned, boolean creates) {
        this(name, route, versioned, creates, null);
    }

    /** An action on an existing request. */
    public StaffOp(String name, String route, boolean versioned) {
        this(name, route, versioned, false);
    }

    /**
     * An unversioned action on a request that carries files ({@link Workspace#saveUpload}): sent as multipart, the body
     * as the JSON part {@code formPart}, each file as its own part, the idempotency key in the {@code Idempotency-Key}
     * header.
     */
    public static StaffOp upload(String name, String route, String formPart) {
        return new StaffOp(name, route, false, false, java.util.Objects.requireNonNull(formPart));
    }

    /** Staff creating something with files (a hearing transcript's PDF): like {@link #upload}, naming no request. */
    public static StaffOp uploadCreation(String name, String route, String formPart) {
        return new StaffOp(name, route, false, true, java.util.Objects.requireNonNull(formPart));
    }

    /** Sent as multipart with files. */
    public boolean carriesFiles() {
        return formPart != null;
    }

    /** Staff creating a request of a kind: POSTed to {@code route} with the body's idempotency key. */
    public static StaffOp creation(String name, String route) {
        return new StaffOp(name, route, false, true);
    }

    /** The route of this action on {@code request} (a creation's route names none). */
    public String path(RequestRef request) {
        return creates ? route : route.replace("{id}", Long.toString(request.id()));
    }
}

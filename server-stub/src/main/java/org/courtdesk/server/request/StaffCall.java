package org.courtdesk.server.request;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.courtdesk.server.ServerContext;
import org.courtdesk.server.auth.CurrentUser;

/** Who is acting, and the server's clock as the action sees it (read when asked, like the context's). */
public record StaffCall(CurrentUser user, ServerContext context) {

    public Instant instant() {
        return context.clock().instant();
    }

    /** Today in the court's time zone. */
    public LocalDate today() {
        return context.today();
    }

    /** The court's local time now. */
    public LocalDateTime now() {
        return context.now();
    }
}

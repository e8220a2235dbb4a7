package org.courtdesk.model.filing;

import java.time.Instant;

import org.courtdesk.model.account.Role;

/**
 * One entry of a filing's 留言 thread (spec-004 §2: 留言 in every status; the thread runs both ways, issue 9).
 * {@code authorRole} tells the court's side (JUDGE, CENTRE_REVIEWER) from the applicant's (LAWYER, PARTY).
 */
public record FilingMessage(long id, Instant at, String authorName, Role authorRole, String text) {

    /** Written by court staff, not by the applicant. */
    public boolean fromCourt() {
        return authorRole != null && authorRole.isCourtStaff();
    }
}

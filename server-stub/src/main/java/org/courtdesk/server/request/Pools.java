package org.courtdesk.server.request;

import java.util.Set;

import org.courtdesk.model.account.Role;
import org.courtdesk.server.account.Account;

/**
 * Role pools: a queue shared by every account of one role at one court (column {@code pool} of tables request and
 * change_log), e.g. {@code CENTRE_REVIEWER@粤0106} for the 中心审核员 of 天河区人民法院, who all review that court's
 * 网上立案 (spec-004 §2 "Who"). A request's audience is its judge, its pool, or both.
 */
public final class Pools {

    private Pools() {}

    /** The pool of {@code role} at {@code courtCode}. */
    public static String of(Role role, String courtCode) {
        if (courtCode == null || courtCode.isBlank()) {
            throw new IllegalArgumentException("a pool needs a court");
        }
        return role.name() + "@" + courtCode;
    }

    /** The 中心审核员 of a court. */
    public static String centreReviewers(String courtCode) {
        return of(Role.CENTRE_REVIEWER, courtCode);
    }

    /** The pools an account belongs to: a centre reviewer to their court's; judges, clerks and applicants to none. */
    public static Set<String> of(Account account) {
        if (account.role() == Role.CENTRE_REVIEWER && account.courtCode() != null) {
            return Set.of(centreReviewers(account.courtCode()));
        }
        return Set.of();
    }
}

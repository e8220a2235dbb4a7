package org.courtdesk.server.auth;

import java.util.List;
import java.util.Set;

import org.courtdesk.server.account.Account;

/**
 * The authenticated caller of a request and what they may see. A request's audience is a judge, a role pool, or both
 * (tables request and change_log): {@code visibleJudgeIds} are the judges whose requests this user sees (a judge their
 * own, a clerk those of the judges they serve, nobody else any), {@code pools} the role pools they belong to (a centre
 * reviewer their court's, see {@link org.courtdesk.server.request.Pools}).
 */
public record CurrentUser(Account account, List<Long> visibleJudgeIds, Set<String> pools) {

    public CurrentUser {
        visibleJudgeIds = List.copyOf(visibleJudgeIds);
        pools = Set.copyOf(pools);
    }

    /** A caller in no pool (judges, clerks, applicants). */
    public CurrentUser(Account account, List<Long> visibleJudgeIds) {
        this(account, visibleJudgeIds, Set.of());
    }

    public long id() {
        return account.id();
    }

    public boolean maySeeJudge(long judgeId) {
        return visibleJudgeIds.contains(judgeId);
    }

    /** Whether a request whose audience is {@code judgeId} and/or {@code pool} (either may be null) is this user's. */
    public boolean maySee(Long judgeId, String pool) {
        return (judgeId != null && maySeeJudge(judgeId)) || (pool != null && pools.contains(pool));
    }
}

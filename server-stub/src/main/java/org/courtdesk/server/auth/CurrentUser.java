package org.courtdesk.server.auth;

import java.util.List;

import org.courtdesk.server.account.Account;

/**
 * The authenticated caller of a request. {@code visibleJudgeIds} are the judges whose requests this user sees:
 * a judge sees their own, a clerk those of the judges they serve, applicants none.
 */
public record CurrentUser(Account account, List<Long> visibleJudgeIds) {

    public long id() {
        return account.id();
    }

    public boolean maySeeJudge(long judgeId) {
        return visibleJudgeIds.contains(judgeId);
    }
}

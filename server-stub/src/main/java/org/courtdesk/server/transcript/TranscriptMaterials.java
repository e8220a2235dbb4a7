package org.courtdesk.server.transcript;

import java.time.LocalDate;
import java.util.ArrayList;

import org.courtdesk.server.auth.CurrentUser;
import org.jdbi.v3.core.Handle;

/**
 * Who may read a transcript's PDF ({@code documents.MaterialAccess}): the case's judge and the clerks serving them at
 * any time; the parties of the case and their bound lawyers until its {@code readable_until} (court-local today).
 */
public final class TranscriptMaterials {

    private final java.time.Clock clock;

    /** @param clock the server's clock in the court's zone (the reading period ends on a court-local date) */
    public TranscriptMaterials(java.time.Clock clock) {
        this.clock = clock;
    }

    public boolean mayRead(Handle h, CurrentUser user, String sha) {
        if (!user.visibleJudgeIds().isEmpty() && h.createQuery("SELECT COUNT(*) FROM hearing_transcript t "
                        + "JOIN court_case cc ON cc.id = t.case_id WHERE t.sha256 = :s AND cc.judge_id IN (<j>)")
                .bind("s", sha).bindList("j", new ArrayList<>(user.visibleJudgeIds())).mapTo(Integer.class).one() > 0) {
            return true;
        }
        LocalDate today = LocalDate.now(clock);
        return h.createQuery("SELECT COUNT(*) FROM hearing_transcript t WHERE t.sha256 = :s AND t.readable_until >= :d "
                        + "AND t.case_id IN (SELECT case_id FROM case_party WHERE account_id = :a "
                        + "UNION SELECT case_id FROM case_agent WHERE lawyer_id = :a)")
                .bind("s", sha).bind("d", today).bind("a", user.id()).mapTo(Integer.class).one() > 0;
    }
}

package org.courtdesk.server.evidence;

import java.util.ArrayList;

import org.courtdesk.server.auth.CurrentUser;
import org.jdbi.v3.core.Handle;

/**
 * Who may read an item of evidence ({@code documents.MaterialAccess}): the exchange's judge (and the clerks serving
 * that judge), and the lawyers on record of the case (both sides see each other's evidence: that is the exchange).
 */
public final class EvidenceMaterials {

    private EvidenceMaterials() {}

    public static boolean mayRead(Handle h, CurrentUser user, String sha) {
        String audience = "EXISTS (SELECT 1 FROM case_agent a WHERE a.case_id = r.case_id AND a.lawyer_id = :me)"
                + (user.visibleJudgeIds().isEmpty() ? "" : " OR r.judge_id IN (<judges>)");
        var q = h.createQuery("SELECT COUNT(*) FROM request r JOIN evidence_item i ON i.exchange_id = r.id "
                        + "WHERE r.kind = :k AND i.sha256 = :sha AND (" + audience + ")")
                .bind("sha", sha).bind("me", user.id()).bind("k", EvidenceRepository.KIND.name());
        if (!user.visibleJudgeIds().isEmpty()) {
            q.bindList("judges", new ArrayList<>(user.visibleJudgeIds()));
        }
        return q.mapTo(Integer.class).one() > 0;
    }
}

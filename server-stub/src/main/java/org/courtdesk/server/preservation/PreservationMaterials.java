package org.courtdesk.server.preservation;

import java.util.ArrayList;

import org.courtdesk.server.auth.CurrentUser;
import org.jdbi.v3.core.Handle;

/**
 * Who may read a 诉讼保全 material ({@code documents.MaterialAccess}): the applicant, and the application's judge (and
 * the clerks serving that judge).
 */
public final class PreservationMaterials {

    private PreservationMaterials() {}

    public static boolean mayRead(Handle h, CurrentUser user, String sha) {
        String audience = "r.applicant_id = :me" + (user.visibleJudgeIds().isEmpty() ? "" : " OR r.judge_id IN (<judges>)");
        var q = h.createQuery("SELECT COUNT(*) FROM preservation_material m JOIN request r ON r.id = m.request_id "
                        + "WHERE m.sha256 = :sha AND r.kind = :k AND (" + audience + ")")
                .bind("sha", sha).bind("me", user.id()).bind("k", PreservationRepository.KIND.name());
        if (!user.visibleJudgeIds().isEmpty()) {
            q.bindList("judges", new ArrayList<>(user.visibleJudgeIds()));
        }
        return q.mapTo(Integer.class).one() > 0;
    }
}

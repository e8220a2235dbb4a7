package org.courtdesk.server.investigation;

import java.util.ArrayList;

import org.courtdesk.server.auth.CurrentUser;
import org.jdbi.v3.core.Handle;

/**
 * Who may read a 调查令 material or the order's PDF ({@code documents.MaterialAccess}): the applying lawyer, and the
 * application's judge (and the clerks serving that judge).
 */
public final class InvestigationMaterials {

    private InvestigationMaterials() {}

    public static boolean mayRead(Handle h, CurrentUser user, String sha) {
        String audience = "r.applicant_id = :me" + (user.visibleJudgeIds().isEmpty() ? "" : " OR r.judge_id IN (<judges>)");
        var q = h.createQuery("SELECT COUNT(*) FROM request r JOIN investigation_request i ON i.id = r.id "
                        + "WHERE r.kind = :k AND (i.order_sha256 = :sha OR EXISTS (SELECT 1 FROM investigation_material m "
                        + "WHERE m.request_id = r.id AND m.sha256 = :sha)) AND (" + audience + ")")
                .bind("sha", sha).bind("me", user.id()).bind("k", InvestigationRepository.KIND.name());
        if (!user.visibleJudgeIds().isEmpty()) {
            q.bindList("judges", new ArrayList<>(user.visibleJudgeIds()));
        }
        return q.mapTo(Integer.class).one() > 0;
    }
}

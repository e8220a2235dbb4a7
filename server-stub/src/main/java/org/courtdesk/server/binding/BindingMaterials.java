package org.courtdesk.server.binding;

import java.util.ArrayList;

import org.courtdesk.server.auth.CurrentUser;
import org.jdbi.v3.core.Handle;

/**
 * Who may read a 案件绑定 material ({@code documents.MaterialAccess}): the lawyer who applied, and the binding's
 * audience — the case's 承办法官 and the clerks serving that judge.
 */
public final class BindingMaterials {

    private BindingMaterials() {}

    public static boolean mayRead(Handle h, CurrentUser user, String sha) {
        String audience = user.visibleJudgeIds().isEmpty() ? "r.applicant_id = :me"
                : "r.applicant_id = :me OR r.judge_id IN (<judges>)";
        var q = h.createQuery("SELECT COUNT(*) FROM binding_material m JOIN request r ON r.id = m.request_id "
                        + "WHERE m.sha256 = :sha AND r.kind = :k AND (" + audience + ")")
                .bind("sha", sha).bind("me", user.id()).bind("k", BindingRepository.KIND.name());
        if (!user.visibleJudgeIds().isEmpty()) {
            q.bindList("judges", new ArrayList<>(user.visibleJudgeIds()));
        }
        return q.mapTo(Integer.class).one() > 0;
    }
}

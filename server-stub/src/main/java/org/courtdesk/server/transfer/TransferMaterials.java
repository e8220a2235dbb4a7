package org.courtdesk.server.transfer;

import java.util.ArrayList;

import org.courtdesk.server.auth.CurrentUser;
import org.jdbi.v3.core.Handle;

/**
 * Who may read a 材料转接 file ({@code documents.MaterialAccess}): the submitter, and the case's judge (and the clerks
 * serving that judge).
 */
public final class TransferMaterials {

    private TransferMaterials() {}

    public static boolean mayRead(Handle h, CurrentUser user, String sha) {
        String audience = "r.applicant_id = :me" + (user.visibleJudgeIds().isEmpty() ? "" : " OR r.judge_id IN (<judges>)");
        var q = h.createQuery("SELECT COUNT(*) FROM material_transfer_file m JOIN request r ON r.id = m.request_id "
                        + "WHERE m.sha256 = :sha AND r.kind = :k AND (" + audience + ")")
                .bind("sha", sha).bind("me", user.id()).bind("k", TransferRepository.KIND.name());
        if (!user.visibleJudgeIds().isEmpty()) {
            q.bindList("judges", new ArrayList<>(user.visibleJudgeIds()));
        }
        return q.mapTo(Integer.class).one() > 0;
    }
}

package org.courtdesk.server.filing;

import java.util.ArrayList;

import org.courtdesk.server.auth.CurrentUser;
import org.jdbi.v3.core.Handle;

/**
 * Who may read a 网上立案 material ({@code documents.MaterialAccess}): the applicant who filed it, and the filing's
 * audience — its 承办法官 (and the clerks serving that judge) or a centre reviewer of its court.
 */
public final class FilingMaterials {

    private FilingMaterials() {}

    public static boolean mayRead(Handle h, CurrentUser user, String sha) {
        StringBuilder audience = new StringBuilder("r.applicant_id = :me");
        if (!user.visibleJudgeIds().isEmpty()) {
            audience.append(" OR r.judge_id IN (<judges>)");
        }
        if (!user.pools().isEmpty()) {
            audience.append(" OR r.pool IN (<pools>)");
        }
        var q = h.createQuery("SELECT COUNT(*) FROM filing_material m JOIN request r ON r.id = m.request_id "
                        + "WHERE m.sha256 = :sha AND r.kind = :k AND (" + audience + ")")
                .bind("sha", sha).bind("me", user.id()).bind("k", FilingRepository.KIND.name());
        if (!user.visibleJudgeIds().isEmpty()) {
            q.bindList("judges", new ArrayList<>(user.visibleJudgeIds()));
        }
        if (!user.pools().isEmpty()) {
            q.bindList("pools", new ArrayList<>(user.pools()));
        }
        return q.mapTo(Integer.class).one() > 0;
    }
}

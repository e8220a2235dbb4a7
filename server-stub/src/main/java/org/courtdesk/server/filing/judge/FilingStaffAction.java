package org.courtdesk.server.filing.judge;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.filing.FilingRules;
import org.courtdesk.model.filing.FilingView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.server.account.Account;
import org.courtdesk.server.filing.FilingRepository;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.request.RequestHeader;
import org.courtdesk.server.request.StaffAction;
import org.courtdesk.server.request.StaffCall;
import org.jdbi.v3.core.Handle;

/**
 * What every staff action on a 网上立案 shares: its detail row, its view, and who may act. The pipeline has already
 * let in the filing's audience (its 承办法官 and that judge's clerks, the court's centre reviewers); of those only the
 * ones {@link FilingRules#mayReview} names may act — a clerk sees the filing but gets 403.
 */
abstract class FilingStaffAction<B> implements StaffAction<B, FilingRepository.Stored, FilingView> {

    @Override
    public RequestKind kind() {
        return RequestKind.ONLINE_FILING;
    }

    @Override
    public Class<FilingView> viewType() {
        return FilingView.class;
    }

    @Override
    public FilingRepository.Stored detail(Handle h, RequestHeader header) {
        return FilingRepository.stored(h, header.id());
    }

    @Override
    public FilingView view(Handle h, long id, StaffCall call) {
        return FilingRepository.find(h, id, true).orElseThrow();
    }

    /** FORBIDDEN unless the caller is the filing's 承办法官 or a centre reviewer of its court. */
    static void requireReviewer(FilingRepository.Stored s, StaffCall call) {
        Account me = call.user().account();
        boolean inCharge = s.judgeId() != null && s.judgeId() == me.id();
        if (!FilingRules.mayReview(me.role(), me.courtCode(), s.courtCode(), inCharge)) {
            throw new ApiException(ErrorCode.FORBIDDEN, me.role() == Role.CLERK
                    ? "书记员可以查看网上立案申请，但审查、收案和留言须由承办法官或中心审核员办理"
                    : "仅该立案申请的承办法官或本院中心审核员可以办理");
        }
    }
}

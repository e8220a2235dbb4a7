package org.courtdesk.app.ui.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.UserInfo;
import org.courtdesk.model.appeal.AppealConclusion;
import org.courtdesk.model.appeal.AppealMaterialRef;
import org.courtdesk.model.appeal.AppealParty;
import org.courtdesk.model.appeal.AppealReview;
import org.courtdesk.model.appeal.AppealView;
import org.courtdesk.model.appeal.DecisionType;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;

/** Six appeals around the samples' today (2022-05-18): received 0, 2 and 6 days ago, accepted 3 and 19 days ago, returned. */
final class AppealSamples {

    static final LocalDate TODAY = Samples.TODAY;
    static final String JUDGE = "张法官";

    private AppealSamples() {}

    static RequestRef ref(long id) {
        return RequestRef.of(RequestKind.APPEAL, id);
    }

    static AppealView view(long id, RequestStatus status, int receivedDaysAgo, Integer decidedDaysAgo, boolean flagged) {
        Instant received = Samples.CLOCK.instant().minusSeconds(86_400L * receivedDaysAgo + 3600);
        AppealReview review = decidedDaysAgo == null ? null : new AppealReview(JUDGE,
                status == RequestStatus.RETURNED ? AppealConclusion.RETURN : AppealConclusion.ACCEPT,
                status == RequestStatus.RETURNED ? "上诉状未列明被上诉人住所" : null,
                Samples.CLOCK.instant().minusSeconds(86_400L * decidedDaysAgo));
        return new AppealView(id, "SS20220510" + String.format("%05d", id), "（2021）粤0106民初" + (500 + id) + "号",
                "原告" + id + "诉被告买卖合同纠纷", "粤0106", "广州市天河区人民法院", 50 + id, flagged ? "李律师" : "王当事人",
                flagged ? Role.LAWYER : Role.PARTY, received, new AppealParty(10 * id, "上诉人" + id, "DEFENDANT"),
                List.of(new AppealParty(10 * id + 1, "被上诉人" + id, "PLAINTIFF")), DecisionType.JUDGMENT,
                TODAY.minusDays(receivedDaysAgo + 8), "撤销一审判决", "事实认定错误", flagged, status, 4, JUDGE, review,
                List.of(new AppealMaterialRef(100 + id, "PETITION", "上诉状.pdf", "application/pdf", 1024, "b".repeat(64),
                        received)), List.of());
    }

    static FakeWorkspace workspace() {
        FakeWorkspace ws = new FakeWorkspace(Samples.CLOCK) {
            @Override
            public UserInfo user() {
                return new UserInfo(7, "zhangfg", JUDGE, Role.JUDGE, "粤0106", true);
            }
        };
        put(ws, view(1, RequestStatus.SUBMITTED, 0, null, true));
        put(ws, view(2, RequestStatus.SUBMITTED, 4, null, false));
        put(ws, view(3, RequestStatus.SUBMITTED, 6, null, true));
        put(ws, view(4, RequestStatus.APPEAL_ACCEPTED, 5, 3, false));
        put(ws, view(5, RequestStatus.APPEAL_ACCEPTED, 21, 19, false));
        put(ws, view(6, RequestStatus.RETURNED, 3, 2, false));
        return ws;
    }

    static void put(FakeWorkspace ws, AppealView v) {
        ws.kindViews.put(ref(v.id()), v);
    }
}

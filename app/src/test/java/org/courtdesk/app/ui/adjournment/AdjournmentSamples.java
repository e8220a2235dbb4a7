package org.courtdesk.app.ui.adjournment;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.model.account.Role;
import org.courtdesk.model.adjournment.AdjournmentConclusion;
import org.courtdesk.model.adjournment.AdjournmentHearing;
import org.courtdesk.model.adjournment.AdjournmentMaterialRef;
import org.courtdesk.model.adjournment.AdjournmentReview;
import org.courtdesk.model.adjournment.AdjournmentView;
import org.courtdesk.model.adjournment.HearingProcedure;
import org.courtdesk.model.api.UserInfo;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;

/** Seven 延期开庭申请 around the samples' now (2022-05-18 09:30): due soon, later, overdue, at the limit, decided. */
final class AdjournmentSamples {

    static final LocalDateTime NOW = LocalDateTime.now(Samples.CLOCK);
    static final String JUDGE = "张法官";

    private AdjournmentSamples() {}

    static RequestRef ref(long id) {
        return RequestRef.of(RequestKind.ADJOURNMENT, id);
    }

    static AdjournmentView view(long id, RequestStatus status, LocalDateTime hearingAt, HearingProcedure p, int adjourned,
                                AdjournmentReview review) {
        Instant submitted = Samples.CLOCK.instant().minusSeconds(3600L * (10 + id));
        AdjournmentHearing h = new AdjournmentHearing(100 + id, "（2022）粤0106民初" + (300 + id) + "号",
                "原告" + id + "诉被告民间借贷纠纷", hearingAt, "第三法庭", p, adjourned);
        List<AdjournmentMaterialRef> materials = id == 1 ? List.of(new AdjournmentMaterialRef(11, "住院病历.pdf",
                "application/pdf", 2048, "a".repeat(64), submitted)) : List.of();
        return new AdjournmentView(id, "YQ20220517" + String.format("%05d", id), h.caseNumber(), h.caseTitle(), "粤0106",
                "广州市天河区人民法院", 40 + id, id % 2 == 0 ? "李律师" : "王当事人", id % 2 == 0 ? Role.LAWYER : Role.PARTY,
                submitted, h, review == null ? hearingAt : hearingAt.minusDays(20), "代理人另案开庭冲突，申请延期（" + id + "）",
                status, 5, JUDGE, review, materials, List.of());
    }

    static FakeWorkspace workspace() {
        FakeWorkspace ws = new FakeWorkspace(Samples.CLOCK) {
            @Override
            public UserInfo user() {
                return new UserInfo(7, "zhangfg", JUDGE, Role.JUDGE, "粤0106", true);
            }
        };
        put(ws, view(1, RequestStatus.PENDING_REVIEW, NOW.plusHours(3), HearingProcedure.ORDINARY, 0, null));
        put(ws, view(2, RequestStatus.PENDING_REVIEW, NOW.plusHours(30), HearingProcedure.SIMPLIFIED, 0, null));
        put(ws, view(3, RequestStatus.PENDING_REVIEW, NOW.plusDays(5), HearingProcedure.ORDINARY, 1, null));
        put(ws, view(4, RequestStatus.PENDING_REVIEW, NOW.minusHours(2), HearingProcedure.ORDINARY, 0, null));
        put(ws, view(5, RequestStatus.PENDING_REVIEW, NOW.plusDays(10), HearingProcedure.ORDINARY, 2, null));
        put(ws, view(6, RequestStatus.APPROVED, NOW.plusDays(20), HearingProcedure.ORDINARY, 1,
                new AdjournmentReview(JUDGE, AdjournmentConclusion.APPROVE, "准许", NOW.plusDays(20), Samples.CLOCK.instant())));
        put(ws, view(7, RequestStatus.REJECTED, NOW.plusDays(7), HearingProcedure.ORDINARY, 0,
                new AdjournmentReview(JUDGE, AdjournmentConclusion.REJECT, "理由不成立", null, Samples.CLOCK.instant())));
        return ws;
    }

    static void put(FakeWorkspace ws, AdjournmentView v) {
        ws.kindViews.put(ref(v.id()), v);
    }
}

package org.courtdesk.app.ui.contact;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.api.UserInfo;
import org.courtdesk.model.contact.ContactResult;
import org.courtdesk.model.contact.ContactView;
import org.courtdesk.model.contact.ContactWay;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;

/** 联系法官 test data at 粤0106; today is {@link Samples#TODAY} (2022-05-18), the court answers within 3 days. */
final class ContactSamples {

    static final String JUDGE = "陈法官";
    private static final String[] APPLICANTS = {"张建国", "李文博", "王丽娟", "赵志强"};
    private static final String[] PURPOSES = {"希望当面说明被告新提交证据的真实性问题", "双方有调解意向，希望法官主持调解",
            "当事人年事已高，希望沟通能否以视频方式参加庭审", "了解鉴定程序进展及鉴定费用的缴纳安排"};

    private ContactSamples() {}

    static RequestRef ref(long id) {
        return RequestRef.of(RequestKind.CONTACT_JUDGE, id);
    }

    static ContactView view(long id, int daysAgo, ContactResult result) {
        Instant at = Samples.at(daysAgo, 10);
        LocalDateTime proposed = Samples.TODAY.plusDays(2 + id % 3).atTime(10, 0);
        boolean replied = result != null;
        return new ContactView(id, "LX2022051" + String.format("%06d", id), "粤0106", "广州市天河区人民法院",
                "（2022）粤0106民初" + (300 + id) + "号", "张建国诉广州某某贸易有限公司买卖合同纠纷", 500 + id,
                APPLICANTS[(int) (id % APPLICANTS.length)], id % 2 == 0 ? "LAWYER" : "PARTY", "13800000000", at,
                PURPOSES[(int) (id % PURPOSES.length)], List.of(proposed, proposed.plusDays(1)),
                ContactWay.values()[(int) (id % 3)], replied ? RequestStatus.REPLIED : RequestStatus.AWAITING_REPLY, 3,
                JUDGE, 3, Samples.TODAY.minusDays(daysAgo).plusDays(3), result,
                result == ContactResult.AGREE ? proposed : null, result == ContactResult.AGREE ? "第三调解室" : null,
                result == ContactResult.AGREE ? ContactWay.IN_PERSON : null,
                replied ? "同意约见，请携带身份证件按时到达。" : null, replied ? JUDGE : null,
                replied ? at.plusSeconds(7200) : null,
                List.of(new AuditEntry(at, APPLICANTS[(int) (id % APPLICANTS.length)], "提交申请", "申请约见法官")));
    }

    /** Waiting: 4 days ago (overdue 1), 3 (due today), 2 (due tomorrow), 0 (3 left); one agreed, one declined. */
    static FakeWorkspace workspace() {
        UserInfo user = new UserInfo(7, "chenfg", JUDGE, Role.JUDGE, "粤0106", true);
        FakeWorkspace ws = new FakeWorkspace(Samples.CLOCK) {
            @Override
            public UserInfo user() {
                return user;
            }
        };
        put(ws, view(1, 2, null));
        put(ws, view(2, 4, null));
        put(ws, view(3, 3, null));
        put(ws, view(4, 0, null));
        put(ws, view(5, 6, ContactResult.AGREE));
        put(ws, view(6, 5, ContactResult.DECLINE));
        return ws;
    }

    static void put(FakeWorkspace ws, ContactView v) {
        ws.kindViews.put(ref(v.id()), v);
    }
}

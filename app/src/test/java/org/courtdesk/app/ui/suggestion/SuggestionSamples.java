package org.courtdesk.app.ui.suggestion;

import java.time.Instant;
import java.util.List;

import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.api.UserInfo;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.suggestion.SuggestionCategory;
import org.courtdesk.model.suggestion.SuggestionView;

/** 意见建议 test data; today is {@link Samples#TODAY} (2022-05-18), the courts answer within 7 days. */
final class SuggestionSamples {

    static final String JUDGE = "陈法官";

    private SuggestionSamples() {}

    static RequestRef ref(long id) {
        return RequestRef.of(RequestKind.SUGGESTION, id);
    }

    static SuggestionView view(long id, String court, String courtName, boolean onCase, int daysAgo,
                               SuggestionCategory category, String title, String reply) {
        Instant at = Samples.at(daysAgo, 10);
        return new SuggestionView(id, "JY2022051" + String.format("%06d", id), court, courtName,
                onCase ? "（2022）" + court + "民初" + (200 + id) + "号" : null, onCase ? "张建国诉广州某某公司买卖合同纠纷" : null,
                600 + id, id % 2 == 0 ? "李文博" : "张建国", id % 2 == 0 ? "LAWYER" : "PARTY", "13800000000", at, category,
                title, title + "，具体情况如下：……", reply == null ? RequestStatus.AWAITING_REPLY : RequestStatus.REPLIED, 4,
                onCase ? JUDGE : null, !onCase, 7, Samples.TODAY.minusDays(daysAgo).plusDays(7), reply,
                reply == null ? null : JUDGE, reply == null ? null : at.plusSeconds(86_400),
                List.of(new AuditEntry(at, "张建国", "提交申请", "提出意见建议")));
    }

    /**
     * Waiting: 9 days ago (overdue 2), 7 (due today), 3, 1; answered: 5. Two courts; 类别 审判执行 ×3, 诉讼服务 ×2,
     * 司法公开 ×1.
     */
    static FakeWorkspace workspace() {
        UserInfo user = new UserInfo(7, "chenfg", JUDGE, Role.JUDGE, "粤0106", true);
        FakeWorkspace ws = new FakeWorkspace(Samples.CLOCK) {
            @Override
            public UserInfo user() {
                return user;
            }
        };
        String th = "粤0106";
        String thName = "广州市天河区人民法院";
        put(ws, view(1, th, thName, true, 3, SuggestionCategory.TRIAL, "建议合并审理关联案件", null));
        put(ws, view(2, th, thName, true, 9, SuggestionCategory.TRIAL, "建议尽快组织证据交换", null));
        put(ws, view(3, th, thName, false, 7, SuggestionCategory.SERVICE, "诉讼服务中心停车位不足", null));
        put(ws, view(4, "粤01", "广州市中级人民法院", true, 1, SuggestionCategory.OPENNESS, "希望公开宣判日期", null));
        put(ws, view(5, th, thName, false, 5, SuggestionCategory.SERVICE, "自助立案机打印故障", "已报修，感谢您的反馈。"));
        put(ws, view(6, th, thName, true, 2, SuggestionCategory.TRIAL, "建议委托司法鉴定", "将在庭审中听取双方意见。"));
        return ws;
    }

    static void put(FakeWorkspace ws, SuggestionView v) {
        ws.kindViews.put(ref(v.id()), v);
    }
}

package org.courtdesk.app.ui.binding;

import java.util.List;

import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.binding.BindingAuthority;
import org.courtdesk.model.binding.BindingMaterialRef;
import org.courtdesk.model.binding.BindingMaterialType;
import org.courtdesk.model.binding.BindingPartyRole;
import org.courtdesk.model.binding.BindingView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;

/** 案件绑定 test data at 广州中院; today is {@link Samples#TODAY} (2022-05-18). 张法官 is the judge of the cases. */
final class BindingSamples {

    static final String COURT = "粤01";
    static final String COURT_NAME = "广东省广州市中级人民法院";
    static final String JUDGE = "张法官";

    private static final String[][] PEOPLE = {
            {"何丽萍", "广东正平律师事务所", "广州恒发贸易有限公司"}, {"林志军", "广东华商律师事务所", "张伟"},
            {"周慧敏", "北京大成（广州）律师事务所", "广州白云物业管理有限公司"}, {"梁振华", "广东广信君达律师事务所", "王芳"}};

    private BindingSamples() {}

    static RequestRef ref(long id) {
        return RequestRef.of(RequestKind.CASE_BINDING, id);
    }

    /** A binding applied for {@code daysAgo} days ago at 10:00, in {@code status}. */
    static BindingView binding(long id, RequestStatus status, int daysAgo) {
        String[] p = PEOPLE[(int) (id % PEOPLE.length)];
        boolean decided = status != RequestStatus.BINDING_PENDING;
        return new BindingView(id, "BD20220" + String.format("%08d", id), COURT, COURT_NAME,
                "（2022）粤01民终" + (1000 + id) + "号", "上诉人" + p[2] + "与被上诉人某某合同纠纷", 500 + id, p[0],
                "1390000" + String.format("%04d", id), Samples.at(daysAgo, 10),
                id % 2 == 0 ? BindingPartyRole.DEFENDANT : BindingPartyRole.PLAINTIFF, p[2],
                "144012019101" + String.format("%05d", id), p[1], id % 3 == 0 ? BindingAuthority.SPECIAL : BindingAuthority.GENERAL,
                status, 3, JUDGE, decided ? JUDGE : null, decided ? Samples.at(Math.max(0, daysAgo - 1), 15) : null,
                status == RequestStatus.BINDING_REJECTED ? "授权委托书未载明代理事项和权限" : null,
                List.of(new BindingMaterialRef(id * 10 + 1, BindingMaterialType.POWER_OF_ATTORNEY, "授权委托书.pdf",
                                "application/pdf", 20_000, "a".repeat(63) + (id % 10), Samples.at(daysAgo, 10)),
                        new BindingMaterialRef(id * 10 + 2, BindingMaterialType.LAW_FIRM_LETTER, "律所函.pdf",
                                "application/pdf", 18_000, "b".repeat(63) + (id % 10), Samples.at(daysAgo, 10))),
                List.of(new AuditEntry(Samples.at(daysAgo, 10), p[0], "提交申请", "申请绑定")));
    }

    /** Nine bindings: six pending (waiting 0–12 days), two approved, one rejected. */
    static FakeWorkspace workspace() {
        FakeWorkspace ws = new FakeWorkspace(Samples.CLOCK);
        int[] pendingDays = {3, 12, 0, 7, 1, 5};
        long id = 1;
        for (int d : pendingDays) {
            put(ws, binding(id++, RequestStatus.BINDING_PENDING, d));
        }
        put(ws, binding(id++, RequestStatus.BINDING_APPROVED, 4));
        put(ws, binding(id++, RequestStatus.BINDING_APPROVED, 9));
        put(ws, binding(id, RequestStatus.BINDING_REJECTED, 6));
        return ws;
    }

    static void put(FakeWorkspace ws, BindingView v) {
        ws.kindViews.put(ref(v.id()), v);
    }
}

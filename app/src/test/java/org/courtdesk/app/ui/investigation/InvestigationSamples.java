package org.courtdesk.app.ui.investigation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.UserInfo;
import org.courtdesk.model.investigation.InvestigationDecision;
import org.courtdesk.model.investigation.InvestigationMaterialRef;
import org.courtdesk.model.investigation.InvestigationMaterialType;
import org.courtdesk.model.investigation.InvestigationOrder;
import org.courtdesk.model.investigation.InvestigationView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;

/** 调查令 test data at 粤01; today is {@link Samples#TODAY} (2022-05-18). Six applications over every status. */
final class InvestigationSamples {

    static final String JUDGE = "张法官";
    private static final String[] SUBJECTS = {"中国工商银行股份有限公司广州天河支行", "广州市不动产登记中心",
            "广州市公安局交通警察支队", "中国移动通信集团广东有限公司广州分公司"};

    private InvestigationSamples() {}

    static RequestRef ref(long id) {
        return RequestRef.of(RequestKind.INVESTIGATION_ORDER, id);
    }

    static InvestigationView view(long id, int daysAgo, RequestStatus status) {
        Instant received = Samples.at(daysAgo, 10);
        InvestigationDecision decision = switch (status) {
            case ACCEPTED -> new InvestigationDecision(JUDGE, received.plus(Duration.ofHours(26)), null,
                    new InvestigationOrder("（2022）粤01调令" + id + "号", Samples.TODAY.minusDays(daysAgo - 1),
                            Samples.TODAY.minusDays(daysAgo - 1).plusDays(14), "sha-order-" + id));
            case RETURNED -> new InvestigationDecision(JUDGE, received.plus(Duration.ofHours(26)), "调查内容与待证事实无关联", null);
            default -> null;
        };
        return new InvestigationView(id, "DC2022051" + String.format("%06d", id), "（2022）粤01民初" + (400 + id) + "号",
                "粤01", "广东省广州市中级人民法院", 600 + id, "何丽萍", "广东正平律师事务所", received,
                SUBJECTS[(int) (id % SUBJECTS.length)], "广州市天河区天河路 " + id + " 号",
                "被告名下账户 2021 年的交易明细", "被告收到原告转账 20 万元", "银行只向持调查令的律师提供客户流水",
                LocalDate.of(2022, 6, 30), 5, status, 2, JUDGE, decision,
                List.of(new InvestigationMaterialRef(id * 10 + 1, InvestigationMaterialType.APPLICATION, "调查令申请书.pdf",
                                "application/pdf", 90_000, "sha-inv-app-" + id, received),
                        new InvestigationMaterialRef(id * 10 + 2, InvestigationMaterialType.LAWYER_LICENCE, "执业证.png",
                                "image/png", 200_000, "sha-inv-lic-" + id, received)),
                List.of());
    }

    /** Waiting: 7 days ago (overdue 2), 5 (last day), 2 (3 left), 0 (5 left); one accepted, one returned. */
    static FakeWorkspace workspace() {
        UserInfo user = new UserInfo(7, "zhangfg", JUDGE, Role.JUDGE, "粤01", true);
        FakeWorkspace ws = new FakeWorkspace(Samples.CLOCK) {
            @Override
            public UserInfo user() {
                return user;
            }
        };
        put(ws, view(1, 2, RequestStatus.SUBMITTED));
        put(ws, view(2, 7, RequestStatus.SUBMITTED));
        put(ws, view(3, 5, RequestStatus.SUBMITTED));
        put(ws, view(4, 0, RequestStatus.SUBMITTED));
        put(ws, view(5, 6, RequestStatus.ACCEPTED));
        put(ws, view(6, 4, RequestStatus.RETURNED));
        return ws;
    }

    static void put(FakeWorkspace ws, InvestigationView v) {
        ws.kindViews.put(ref(v.id()), v);
    }
}

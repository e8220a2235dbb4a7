package org.courtdesk.app.ui.preservation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.UserInfo;
import org.courtdesk.model.preservation.GuaranteeKind;
import org.courtdesk.model.preservation.PreservationDecision;
import org.courtdesk.model.preservation.PreservationMaterialRef;
import org.courtdesk.model.preservation.PreservationMaterialType;
import org.courtdesk.model.preservation.PreservationParty;
import org.courtdesk.model.preservation.PreservationPartyRole;
import org.courtdesk.model.preservation.PreservationStage;
import org.courtdesk.model.preservation.PreservationView;
import org.courtdesk.model.preservation.PropertyClue;
import org.courtdesk.model.preservation.PropertyKind;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;

/**
 * 诉讼保全 test data at 粤01; now is {@link Samples#CLOCK} (2022-05-18 09:30, Asia/Shanghai). 张法官 is the judge. Eight
 * applications: six waiting over both clocks (overdue, due soon, fresh), one accepted, one returned.
 */
final class PreservationSamples {

    static final String JUDGE = "张法官";
    static final Instant NOW = Samples.CLOCK.instant();

    private static final String[][] PARTIES = {{"广州恒发贸易有限公司", "李娜"}, {"张伟", "广州白云物业管理有限公司"},
            {"陈志强", "刘洋"}, {"王芳", "广州南方建材有限公司"}, {"黄晓明", "周婷"}};

    private PreservationSamples() {}

    static RequestRef ref(long id) {
        return RequestRef.of(RequestKind.PRESERVATION, id);
    }

    /** An application received {@code hoursAgo} hours before now. */
    static PreservationView view(long id, PreservationStage stage, boolean urgent, long hoursAgo, RequestStatus status) {
        String[] p = PARTIES[(int) (id % PARTIES.length)];
        Instant received = NOW.minus(Duration.ofHours(hoursAgo));
        PreservationDecision decision = switch (status) {
            case ACCEPTED -> new PreservationDecision(JUDGE, received.plus(Duration.ofHours(20)), null,
                    "（2022）粤01民初" + (300 + id) + "号之一");
            case RETURNED -> new PreservationDecision(JUDGE, received.plus(Duration.ofHours(20)), "财产线索不具体", null);
            default -> null;
        };
        return new PreservationView(id, "BQ2022051" + String.format("%06d", id),
                stage == PreservationStage.PRE_SUIT ? null : "（2022）粤01民初" + (300 + id) + "号", "粤01",
                "广东省广州市中级人民法院", 500 + id, "何丽萍", received, stage, urgent,
                urgent ? "被申请人正在转移银行存款" : null,
                List.of(new PreservationParty(PreservationPartyRole.APPLICANT, p[0], null, "广州市天河区体育西路" + id + "号"),
                        new PreservationParty(PreservationPartyRole.RESPONDENT, p[1], null, null)),
                List.of(new PropertyClue(PropertyKind.BANK_DEPOSIT, p[1] + "名下银行存款",
                        "中国工商银行广州天河支行 6222 0200 " + String.format("%04d", id))),
                new BigDecimal(100_000 + id * 10_000), GuaranteeKind.INSURANCE, new BigDecimal(100_000 + id * 10_000),
                status, 3, JUDGE, decision,
                List.of(new PreservationMaterialRef(id * 10 + 1, PreservationMaterialType.APPLICATION, "保全申请书.pdf",
                                "application/pdf", 120_000, "sha-app-" + id, received),
                        new PreservationMaterialRef(id * 10 + 2, PreservationMaterialType.GUARANTEE, "保函.pdf",
                                "application/pdf", 80_000, "sha-guarantee-" + id, received)),
                List.of());
    }

    static FakeWorkspace workspace() {
        UserInfo user = judge();
        FakeWorkspace ws = new FakeWorkspace(Samples.CLOCK) {
            @Override
            public UserInfo user() {
                return user;
            }
        };
        put(ws, view(1, PreservationStage.IN_LITIGATION, true, 53, RequestStatus.SUBMITTED));   // 超时 5 小时
        put(ws, view(2, PreservationStage.PRE_SUIT, false, 40, RequestStatus.SUBMITTED));       // 剩 8 小时
        put(ws, view(3, PreservationStage.IN_LITIGATION, true, 20, RequestStatus.SUBMITTED));   // 剩 28 小时
        put(ws, view(4, PreservationStage.IN_LITIGATION, false, 7 * 24, RequestStatus.SUBMITTED)); // overdue by days
        put(ws, view(5, PreservationStage.IN_LITIGATION, false, 5 * 24, RequestStatus.SUBMITTED)); // last day
        put(ws, view(6, PreservationStage.IN_LITIGATION, false, 24, RequestStatus.SUBMITTED));
        put(ws, view(7, PreservationStage.IN_LITIGATION, false, 10 * 24, RequestStatus.ACCEPTED));
        put(ws, view(8, PreservationStage.PRE_SUIT, false, 3 * 24, RequestStatus.RETURNED));
        return ws;
    }

    static void put(FakeWorkspace ws, PreservationView v) {
        ws.kindViews.put(ref(v.id()), v);
    }

    static UserInfo judge() {
        return new UserInfo(7, "zhangfg", JUDGE, Role.JUDGE, "粤01", true);
    }
}

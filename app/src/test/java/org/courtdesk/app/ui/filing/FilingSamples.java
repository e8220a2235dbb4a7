package org.courtdesk.app.ui.filing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.UserInfo;
import org.courtdesk.model.filing.FilingConclusion;
import org.courtdesk.model.filing.FilingMaterialRef;
import org.courtdesk.model.filing.FilingMaterialType;
import org.courtdesk.model.filing.FilingMessage;
import org.courtdesk.model.filing.FilingParty;
import org.courtdesk.model.filing.FilingReview;
import org.courtdesk.model.filing.FilingView;
import org.courtdesk.model.filing.PartyRole;
import org.courtdesk.model.filing.PartyType;
import org.courtdesk.model.filing.ReturnKind;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;

/** 网上立案 test data in the 广州 courts; today is {@link Samples#TODAY} (2022-05-18). 张法官 is the judge in charge. */
final class FilingSamples {

    static final String COURT = "粤01";
    static final String COURT_NAME = "广东省广州市中级人民法院";
    static final String JUDGE = "张法官";

    private static final String[][] PARTIES = {
            {"金家慧", "广州市天河区华夏路8号", "广州恒发贸易有限公司"}, {"张伟", "广州市越秀区中山五路30号", "李娜"},
            {"陈志强", "广州市海珠区江南大道中99号", "广州白云物业管理有限公司"}, {"王芳", "广州市白云区机场路1号", "刘洋"},
            {"黄晓明", "广州市番禺区市桥街12号", "广州南方建材有限公司"}};
    private static final String[] CAUSES = {"买卖合同纠纷", "民间借贷纠纷", "物业服务合同纠纷", "机动车交通事故责任纠纷",
            "劳务合同纠纷", "房屋租赁合同纠纷"};

    private FilingSamples() {}

    static RequestRef ref(long id) {
        return RequestRef.of(RequestKind.ONLINE_FILING, id);
    }

    /** A filing received {@code daysAgo} days ago at 10:15, in {@code status}. */
    static FilingView filing(long id, RequestStatus status, int daysAgo) {
        String[] p = PARTIES[(int) (id % PARTIES.length)];
        List<FilingParty> parties = List.of(
                new FilingParty(PartyRole.PLAINTIFF, PartyType.PERSON, p[0], "44010619850312" + String.format("%04d", id),
                        p[1], "1380000" + String.format("%04d", id), null),
                new FilingParty(PartyRole.DEFENDANT, p[2].endsWith("公司") ? PartyType.ORGANISATION : PartyType.PERSON, p[2],
                        p[2].endsWith("公司") ? "91440101MA5C" + String.format("%06d", id) : null, "广州市天河区体育西路" + id + "号",
                        null, p[2].endsWith("公司") ? "周婷" : null));
        FilingReview review = null;
        String caseNumber = null;
        Instant filedAt = null;
        if (status == RequestStatus.FILING_CONFORMS || status == RequestStatus.FILING_FILED) {
            review = new FilingReview(JUDGE, "起诉符合民事诉讼法第一百二十二条规定的条件，材料齐全。", Samples.at(daysAgo - 1, 9),
                    FilingConclusion.CONFORMS, Samples.at(daysAgo - 1, 10), null, null, null, null);
        } else if (status == RequestStatus.FILING_RETURNED) {
            review = new FilingReview(JUDGE, "被告身份信息不明确，证据未编号。", Samples.at(daysAgo - 1, 9),
                    FilingConclusion.RETURNED, Samples.at(daysAgo - 1, 10), ReturnKind.SUPPLEMENT,
                    List.of("补充被告的身份证明或统一社会信用代码", "证据材料逐项编号并附证据目录"),
                    Samples.TODAY.plusDays(10), null);
        }
        if (status == RequestStatus.FILING_FILED) {
            caseNumber = "（2022）粤01民初" + (1000 + id) + "号";
            filedAt = Samples.at(Math.max(0, daysAgo - 2), 11);
        }
        List<FilingMaterialRef> materials = List.of(
                new FilingMaterialRef(id * 10 + 1, FilingMaterialType.COMPLAINT, "民事起诉状.pdf", "application/pdf", 238_411,
                        "sha-complaint-" + id, Samples.at(daysAgo, 10)),
                new FilingMaterialRef(id * 10 + 2, FilingMaterialType.PARTY_IDENTITY, "原告身份证.jpg", "image/jpeg", 412_300,
                        "sha-identity-" + id, Samples.at(daysAgo, 10)),
                new FilingMaterialRef(id * 10 + 3, FilingMaterialType.EVIDENCE, "证据一：借款合同.pdf", "application/pdf",
                        1_804_220, "sha-evidence-" + id, Samples.at(daysAgo, 10)));
        List<FilingMessage> messages = id % 3 == 0 ? List.of(
                new FilingMessage(id * 100 + 1, Samples.at(daysAgo, 15), p[0], Role.PARTY, "请问立案审查大概需要多长时间？"),
                new FilingMessage(id * 100 + 2, Samples.at(Math.max(0, daysAgo - 1), 9), JUDGE, Role.JUDGE,
                        "法院将在收到起诉状之日起七日内审查并答复。")) : List.of();
        return new FilingView(id, "WSLA2022" + String.format("%06d", id), caseNumber, COURT, COURT_NAME, 500 + id,
                id % 2 == 0 ? "何丽萍" : p[0], id % 2 == 0 ? Role.LAWYER : Role.PARTY, Samples.at(daysAgo, 10), null,
                parties, CAUSES[(int) (id % CAUSES.length)], "1. 判令被告偿还借款本金人民币 " + (50_000 + id * 1000)
                + " 元及利息；\n2. 本案诉讼费用由被告承担。", "原告与被告于2021年签订合同，被告至今未履行付款义务，故诉至法院。",
                new BigDecimal(50_000 + id * 1000).add(new BigDecimal("0.5")), status, 3, JUDGE, review, filedAt,
                materials, messages, List.of());
    }

    /** Fifteen filings of every status: 收 on days 1–9 (warn from 5, overdue after 7), 符, 退, 立. */
    static FakeWorkspace workspace(UserInfo user) {
        FakeWorkspace ws = new FakeWorkspace(Samples.CLOCK) {
            @Override
            public UserInfo user() {
                return user;
            }
        };
        int[] receivedDays = {2, 9, 6, 1, 5, 3, 8, 4};
        long id = 1;
        for (int d : receivedDays) {
            put(ws, filing(id++, RequestStatus.FILING_RECEIVED, d));
        }
        put(ws, filing(id++, RequestStatus.FILING_CONFORMS, 3));
        put(ws, filing(id++, RequestStatus.FILING_CONFORMS, 6));
        put(ws, filing(id++, RequestStatus.FILING_RETURNED, 4));
        put(ws, filing(id++, RequestStatus.FILING_RETURNED, 12));
        put(ws, filing(id++, RequestStatus.FILING_FILED, 10));
        put(ws, filing(id++, RequestStatus.FILING_FILED, 15));
        put(ws, filing(id, RequestStatus.FILING_RECEIVED, 0));
        return ws;
    }

    static void put(FakeWorkspace ws, FilingView v) {
        ws.kindViews.put(ref(v.id()), v);
    }

    static UserInfo judge() {
        return new UserInfo(7, "zhangfg", JUDGE, Role.JUDGE, COURT, true);
    }

    static UserInfo otherJudge() {
        return new UserInfo(8, "lifg", "李法官", Role.JUDGE, COURT, true);
    }

    static UserInfo centreReviewer() {
        return new UserInfo(9, "reviewer.zhao", "赵审核", Role.CENTRE_REVIEWER, COURT, true);
    }

    static UserInfo reviewerOfAnotherCourt() {
        return new UserInfo(10, "reviewer.qian", "钱审核", Role.CENTRE_REVIEWER, "粤0106", true);
    }

    static LocalDate today() {
        return Samples.TODAY;
    }
}

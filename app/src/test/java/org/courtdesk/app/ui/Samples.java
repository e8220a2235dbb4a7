package org.courtdesk.app.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.courtdesk.app.workspace.ReadingQueueRow;
import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.api.MaterialRef;
import org.courtdesk.model.api.OnSiteVisit;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.ReviewInfo;
import org.courtdesk.model.reading.MaterialType;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.model.request.RequestStatus;

/** Realistic test data: Guangzhou courts, seed-002 style requests. Today is 2022-05-18 in the tests. */
public final class Samples {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2022, 5, 18, 9, 30, 0, 0, ZONE).toInstant(), ZONE);
    public static final LocalDate TODAY = LocalDate.now(CLOCK);

    private static final String[][] COURTS = {
            {"粤01", "广东省广州市中级人民法院"}, {"粤0106", "广州市天河区人民法院"}, {"粤0104", "广州市越秀区人民法院"},
            {"粤0105", "广州市海珠区人民法院"}, {"粤0111", "广州市白云区人民法院"}};
    private static final String[] TYPES = {"民初", "民终", "民申", "执", "行初", "刑初"};
    private static final String[] NAMES = {"金家慧", "张伟", "李娜", "王芳", "陈志强", "刘洋", "黄晓明", "周婷", "吴敏", "郑国华",
            "林少东", "何丽萍"};
    private static final String[] CONTENTS = {"全案卷宗", "第一、二册卷宗", "庭审笔录", "证据材料卷", "判决书及送达回证"};

    private Samples() {}

    public static Instant at(int daysAgo, int hour) {
        return LocalDateTime.of(TODAY.minusDays(daysAgo), java.time.LocalTime.of(hour, 15)).atZone(ZONE).toInstant();
    }

    public static List<MaterialRef> lawyerMaterials(long id) {
        return List.of(
                new MaterialRef(id * 10 + 1, MaterialType.LAWYER_LICENCE, "执业证.pdf", "application/pdf", 183_245, "sha-licence-" + id),
                new MaterialRef(id * 10 + 2, MaterialType.LAW_FIRM_LETTER, "律师事务所证明.pdf", "application/pdf", 96_113, "sha-letter-" + id),
                new MaterialRef(id * 10 + 3, MaterialType.POWER_OF_ATTORNEY, "当事人授权委托书.jpg", "image/jpeg", 421_007, "sha-poa-" + id),
                new MaterialRef(id * 10 + 4, MaterialType.PARTY_IDENTITY, "当事人身份证明.png", "image/png", 245_880, "sha-pid-" + id));
    }

    /** A pending online request like seed 002 fig. 13, before review. */
    public static ReadingRequestView pending(long id, String caseNumber, String applicant, int daysAgo, boolean digitised) {
        return new ReadingRequestView(id, "YJ2022" + String.format("%06d", id), caseNumber, "原告诉被告买卖合同纠纷",
                "粤01", "广东省广州市中级人民法院", 100 + id, applicant, Role.LAWYER, TODAY.minusDays(daysAgo),
                at(daysAgo, 10), "全案卷宗", "代理上诉，需查阅一审全部卷宗材料", ReadingMode.ONLINE, digitised,
                RequestStatus.PENDING_REVIEW, 3, "张法官", null, null, lawyerMaterials(id), List.of());
    }

    public static ReadingRequestView approvedOnSite(long id) {
        return new ReadingRequestView(id, "YJ2022" + String.format("%06d", id), "(2021)粤01民初1号", "原告诉被告借款合同纠纷",
                "粤01", "广东省广州市中级人民法院", 100 + id, "金家慧", Role.LAWYER, TODAY.minusDays(1), at(1, 11),
                "全案卷宗", "测试", ReadingMode.ON_SITE, false, RequestStatus.APPROVED, 5, "张法官",
                new ReviewInfo("中欣", TODAY, ReviewOpinion.AGREE,
                        "因未扫描电子卷，需到库申请纸质卷。请于【2022-05-18】-【2022-05-19】前到院现场阅卷。", ReadingMode.ON_SITE,
                        null, TODAY, TODAY.plusDays(1), "现场阅卷地址：广州市白云区应潭路66号广州市中级人民法院2楼221房档案阅卷室"),
                new OnSiteVisit(true, TODAY.atTime(9, 7), TODAY.atTime(11, 40)), lawyerMaterials(id),
                List.of(new AuditEntry(at(1, 11), "金家慧", "提交申请", "申请内容：全案卷宗"),
                        new AuditEntry(at(0, 8), "中欣", "审查通过", "审查意见：同意；阅卷方式：现场阅卷"),
                        new AuditEntry(at(0, 12), "中欣", "记录到场情况", "是否到场：是")));
    }

    /** A handful of requests for the screens: mixed statuses, opened/unopened. */
    public static FakeWorkspace workspace() {
        FakeWorkspace ws = new FakeWorkspace(CLOCK);
        ws.add(pending(1, "(2021)粤01民初1号", "金家慧", 6, true));
        ws.add(pending(2, "（2022）粤0106民初12345号", "张伟", 4, true));
        ws.add(pending(3, "(2020)粤01民终2088号", "李娜", 3, false));
        ws.add(pending(4, "(2022)粤0104执456号", "王芳", 2, true));
        ws.add(pending(5, "(2021)粤0111民初7712号", "陈志强", 1, true));
        ws.add(pending(6, "(2022)粤0105行初88号", "刘洋", 0, true));
        ws.add(approvedOnSite(7));
        ws.opened.add(1L);
        ws.opened.add(7L);
        return ws;
    }

    /** {@code n} queue rows across statuses, courts and dates (deterministic). */
    public static List<ReadingQueueRow> manyRows(int n, long firstId) {
        Random r = new Random(42);
        List<ReadingQueueRow> rows = new ArrayList<>(n);
        RequestStatus[] statuses = {RequestStatus.PENDING_REVIEW, RequestStatus.PENDING_REVIEW, RequestStatus.APPROVED,
                RequestStatus.REJECTED, RequestStatus.EXPIRED};
        for (int i = 0; i < n; i++) {
            String[] court = COURTS[r.nextInt(COURTS.length)];
            int year = 2018 + r.nextInt(5);
            String type = TYPES[r.nextInt(TYPES.length)];
            boolean fullWidth = r.nextBoolean();
            String caseNo = (fullWidth ? "（" : "(") + year + (fullWidth ? "）" : ")") + court[0] + type + (1 + r.nextInt(20000)) + "号";
            int daysAgo = r.nextInt(120);
            RequestStatus st = statuses[r.nextInt(statuses.length)];
            ReadingMode mode = r.nextInt(3) == 0 ? ReadingMode.ON_SITE : ReadingMode.ONLINE;
            LocalDate valid = st == RequestStatus.APPROVED && mode == ReadingMode.ONLINE ? TODAY.plusDays(r.nextInt(15))
                    : st == RequestStatus.EXPIRED ? TODAY.minusDays(1 + r.nextInt(30)) : null;
            LocalDate end = st == RequestStatus.APPROVED && mode == ReadingMode.ON_SITE ? TODAY.plusDays(r.nextInt(5)) : null;
            rows.add(new ReadingQueueRow(firstId + i, "YJ" + (firstId + i), caseNo, court[1], NAMES[r.nextInt(NAMES.length)],
                    TODAY.minusDays(daysAgo), at(daysAgo, 8 + r.nextInt(9)), CONTENTS[r.nextInt(CONTENTS.length)], mode,
                    st == RequestStatus.APPROVED || st == RequestStatus.EXPIRED ? mode : null, st,
                    valid, end, false, r.nextInt(4) != 0, ReadingQueueRow.SyncState.SYNCED));
        }
        return rows;
    }
}

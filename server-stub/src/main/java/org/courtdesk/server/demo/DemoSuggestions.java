package org.courtdesk.server.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.suggestion.SuggestionCategory;
import org.courtdesk.model.suggestion.SuggestionRules;
import org.courtdesk.server.ServerConfig;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.feed.ChangeLog;
import org.courtdesk.server.notify.RecordingNotifier;
import org.courtdesk.server.notify.Sms;
import org.courtdesk.server.request.Pools;
import org.courtdesk.server.request.Requests;
import org.courtdesk.server.suggestion.SuggestionAudit;
import org.courtdesk.server.suggestion.SuggestionNotices;
import org.courtdesk.server.suggestion.SuggestionRepository;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The demo court's 意见建议, written through the kind's own storage ({@link SuggestionRepository}) and SMS texts
 * ({@link SuggestionNotices}): lawyers' and parties' suggestions on judge.chen's and judge.lin's cases in trial (the
 * case's judge answers), and the public's to 天河区人民法院 without a case (its 中心审核员 reviewer.zhao answers),
 * in every category, waiting from fresh to overdue, and answered.
 */
final class DemoSuggestions {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DemoSuggestions.class);
    private static final ZoneId ZONE = ServerConfig.CHINA;

    private record Planned(double daysAgo, SuggestionCategory category, String title, String content, String reply) {}

    private static final List<Planned> CHEN = List.of(
            new Planned(0.2, SuggestionCategory.TRIAL, "建议合并审理关联案件", "本案与贵院正在审理的另一买卖合同纠纷系同一交易，建议合并审理以免裁判冲突。", null),
            new Planned(2.5, SuggestionCategory.TRIAL, "建议尽快组织证据交换", "被告逾期未提交证据，建议尽快组织证据交换并确定举证期限。", null),
            new Planned(8.3, SuggestionCategory.SERVICE, "希望提供庭审录像查阅", "希望能在线查阅上次庭审的录音录像，以便核对笔录。", null),
            new Planned(5.1, SuggestionCategory.TRIAL, "建议委托司法鉴定", "对工程量存在争议，建议依职权委托鉴定。",
                    "您的建议已收悉。是否委托鉴定将在下次庭审中听取双方意见后依法决定。"));
    private static final List<Planned> LIN = List.of(
            new Planned(1.4, SuggestionCategory.TRIAL, "二审期间申请调解", "双方均有调解意向，建议二审期间组织调解。", null),
            new Planned(6.2, SuggestionCategory.OPENNESS, "希望公开宣判日期", "希望能提前告知宣判日期以便安排出庭。",
                    "宣判日期确定后将通过诉讼服务平台和短信通知各方当事人。"));
    private static final List<Planned> PUBLIC = List.of(
            new Planned(0.6, SuggestionCategory.SERVICE, "诉讼服务中心停车位不足", "工作日上午停车位紧张，建议开放附近临时停车场或提示公共交通路线。", null),
            new Planned(3.2, SuggestionCategory.SERVICE, "自助立案机打印故障", "诉讼服务中心二号自助立案机无法打印回执，建议尽快维修。", null),
            new Planned(9.4, SuggestionCategory.CONDUCT, "窗口工作人员答复及时", "立案窗口工作人员耐心细致，特此表扬。", null),
            new Planned(4.5, SuggestionCategory.OPENNESS, "建议公开庭审直播预告", "建议在官网提前公布庭审直播预告。",
                    "感谢您的建议，我院将在官网“庭审公开”栏目提前三日发布直播预告。"),
            new Planned(7.1, SuggestionCategory.OTHER, "诉讼服务网页面加载慢", "晚间使用诉讼服务网查询案件进度时页面加载很慢。",
                    "已转信息技术部门核查，感谢您的反馈。"));

    private record Target(Long caseId, String caseNumber, Long judgeId, String court, long applicantId, String applicantName) {}

    private final Handle h;
    private final Instant now;

    private DemoSuggestions(Handle h, Clock clock) {
        this.h = h;
        this.now = clock.instant();
    }

    /** Whether this is a demo database (judge.chen exists) with no 意见建议 yet. */
    static boolean missing(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM account WHERE username = :u")
                .bind("u", DemoAccounts.JUDGE_CHEN).mapTo(Integer.class).one() > 0
                && h.createQuery("SELECT COUNT(*) FROM request WHERE kind = :k")
                .bind("k", SuggestionRepository.KIND.name()).mapTo(Integer.class).one() == 0);
    }

    static int seed(Jdbi jdbi, Clock clock) {
        int n = jdbi.inTransaction(h -> new DemoSuggestions(h, clock).writeAll());
        LOG.info("demo 意见建议 seeded: {} suggestions", n);
        return n;
    }

    private int writeAll() {
        int n = onCases(DemoAccounts.JUDGE_CHEN, CHEN) + onCases(DemoAccounts.JUDGE_LIN, LIN);
        List<Long> applicants = h.createQuery("SELECT id FROM account WHERE role IN ('LAWYER', 'PARTY') "
                + "AND identity_verified ORDER BY id").mapTo(Long.class).list();
        for (int i = 0; i < PUBLIC.size() && !applicants.isEmpty(); i++) {
            long a = applicants.get(i % applicants.size());
            write(PUBLIC.get(i), new Target(null, null, null, DemoAccounts.COURT_TIANHE, a, name(a)), i);
            n++;
        }
        return n;
    }

    private String name(long account) {
        return h.createQuery("SELECT display_name FROM account WHERE id = :a").bind("a", account).mapTo(String.class).one();
    }

    private int onCases(String judgeUsername, List<Planned> plan) {
        long judge = h.createQuery("SELECT id FROM account WHERE username = :u").bind("u", judgeUsername)
                .mapTo(Long.class).one();
        List<Target> all = h.createQuery("SELECT c.id, c.case_number, c.court_code, a.id, a.display_name FROM court_case c "
                        + "JOIN case_agent g ON g.case_id = c.id JOIN account a ON a.id = g.lawyer_id "
                        + "WHERE c.judge_id = :j AND c.status = 'IN_TRIAL' "
                        + "UNION SELECT c.id, c.case_number, c.court_code, a.id, a.display_name FROM court_case c "
                        + "JOIN case_party p ON p.case_id = c.id JOIN account a ON a.id = p.account_id "
                        + "WHERE c.judge_id = :j AND c.status = 'IN_TRIAL' ORDER BY 1 DESC, 4")
                .bind("j", judge)
                .map((rs, c) -> new Target(rs.getLong(1), rs.getString(2), judge, rs.getString(3), rs.getLong(4),
                        rs.getString(5))).list();
        List<Target> onePerCase = new ArrayList<>();
        Set<Long> cases = new HashSet<>();
        for (Target t : all) {
            if (cases.add(t.caseId())) {
                onePerCase.add(t);
            }
        }
        int n = 0;
        for (int i = 0; i < plan.size() && i < onePerCase.size(); i++) {
            write(plan.get(i), onePerCase.get(i), i);
            n++;
        }
        return n;
    }

    private void write(Planned p, Target t, int index) {
        Instant submitted = now.minusSeconds((long) (p.daysAgo() * 86_400));
        LocalDate day = LocalDate.ofInstant(submitted, ZONE);
        String courtName = SuggestionRepository.courtName(h, t.court()).orElseThrow();
        int days = SuggestionRepository.replyDays(h, t.court());
        LocalDate due = SuggestionRules.replyDue(day, days);
        String pool = t.caseId() == null ? Pools.centreReviewers(t.court()) : null;
        SuggestionRepository.CaseRow kase = t.caseId() == null ? null
                : new SuggestionRepository.CaseRow(t.caseId(), t.caseNumber(), t.judgeId());
        ChangeLog.lock(h);
        long id = SuggestionRepository.insert(h, new SuggestionRepository.New(kase, pool, t.court(), t.applicantId(),
                p.category(), p.title(), p.content(), days, submitted, day,
                due.plusDays(1).atStartOfDay(ZONE).toInstant()), null).id();
        AuditLog.recordAt(h, SuggestionRepository.KIND, id, t.applicantId(), t.applicantName(), SuggestionAudit.SUBMIT,
                "提出意见建议（" + p.category().label() + "）：" + p.title()
                        + (t.caseNumber() == null ? "" : "；案号" + t.caseNumber()), submitted);
        if (kase != null) {
            notice(t.judgeId(), SuggestionNotices.newOnCase(t.caseNumber(), courtName, t.applicantName(), due), id,
                    submitted);
        }
        if (p.reply() != null) {
            Instant replied = submitted.plusSeconds(20 * 3600 + index * 600L);
            long by = t.judgeId() != null ? t.judgeId() : h.createQuery("SELECT id FROM account WHERE username = :u")
                    .bind("u", DemoAccounts.REVIEWER_ZHAO).mapTo(Long.class).one();
            Requests.moveTo(h, id, RequestStatus.REPLIED);
            SuggestionRepository.reply(h, id, by, replied, p.reply());
            AuditLog.recordAt(h, SuggestionRepository.KIND, id, by, name(by), SuggestionAudit.REPLY, p.reply(), replied);
            notice(t.applicantId(), SuggestionNotices.replied(p.title(), courtName, p.reply()), id, replied);
        }
        long seq = ChangeLog.record(h, SuggestionRepository.KIND, id, t.judgeId(), pool, t.applicantId(), ChangeOp.UPSERT);
        Requests.stampVersion(h, id, seq);
    }

    private void notice(long accountId, Sms sms, long requestId, Instant at) {
        new RecordingNotifier(Clock.fixed(at, ZoneOffset.UTC), message -> { }).send(h, accountId, sms, requestId);
    }
}

package org.courtdesk.server.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.investigation.InvestigationForm;
import org.courtdesk.model.investigation.InvestigationMaterialType;
import org.courtdesk.model.investigation.InvestigationRules;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.ServerConfig;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.feed.ChangeLog;
import org.courtdesk.server.investigation.InvestigationAudit;
import org.courtdesk.server.investigation.InvestigationNotices;
import org.courtdesk.server.investigation.InvestigationOrderPdf;
import org.courtdesk.server.investigation.InvestigationRepository;
import org.courtdesk.server.notify.RecordingNotifier;
import org.courtdesk.server.pdf.PlainPdf;
import org.courtdesk.server.request.Requests;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The demo court's 调查令: the 举证期限 of the cases in trial (most still running, some passed), then applications by
 * the lawyers bound to judge.chen's (粤0106, clerk.wang) and judge.lin's (粤01) cases over all three statuses — waiting
 * ones overdue, on their last day and fresh; returned ones with reasons; accepted ones with their issued PDF orders.
 */
final class DemoInvestigations {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DemoInvestigations.class);
    private static final ZoneId ZONE = ServerConfig.CHINA;

    private record Plan(int daysAgo, RequestStatus outcome) {}

    private record Person(long id, String name) {}

    private record CaseAgent(InvestigationRepository.CaseRow kase, Person lawyer) {}

    private static final List<Plan> CHEN = List.of(new Plan(7, RequestStatus.SUBMITTED), new Plan(5, RequestStatus.SUBMITTED),
            new Plan(2, RequestStatus.SUBMITTED), new Plan(0, RequestStatus.SUBMITTED), new Plan(9, RequestStatus.RETURNED),
            new Plan(12, RequestStatus.ACCEPTED), new Plan(4, RequestStatus.ACCEPTED));
    private static final List<Plan> LIN = List.of(new Plan(8, RequestStatus.SUBMITTED), new Plan(1, RequestStatus.SUBMITTED),
            new Plan(6, RequestStatus.ACCEPTED));
    private static final String[][] SUBJECTS = {
            {"中国工商银行股份有限公司广州天河支行", "广州市天河区天河路 123 号", "被告名下尾号 %s 账户 2025 年 1 月至 6 月的交易明细",
                    "被告收到原告支付的款项后转移至案外人账户", "银行仅向司法机关或持调查令的律师提供客户交易流水"},
            {"广州市不动产登记中心", "广州市越秀区小北路 1 号", "被告名下不动产的登记信息及抵押登记材料",
                    "被告有能力履行还款义务", "不动产登记信息仅向权利人、利害关系人或持调查令的律师提供"},
            {"广州市公安局交通警察支队", "广州市天河区黄埔大道 600 号", "案涉事故车辆 粤A%s 的登记信息及事故认定材料",
                    "被告为事故车辆的所有人及实际使用人", "车辆登记及事故档案不对个人开放查询"},
            {"中国移动通信集团广东有限公司广州分公司", "广州市天河区珠江新城 8 号", "被告手机号码 2025 年 3 月的通话记录",
                    "双方曾就借款事宜多次通话协商", "通信记录属于用户隐私，运营商不向个人提供"}};
    private static final String[] RETURNS = {"申请调查的证据与待证事实无关联，请明确证据名称及证明目的后重新申请。",
            "申请书未写明被调查人的具体地址，请补正后重新提交。"};

    private final Handle h;
    private final Instant now;
    private final LocalDate today;
    private final Random random = new Random(20261209L);

    private DemoInvestigations(Handle h, Clock clock) {
        this.h = h;
        this.now = clock.instant();
        this.today = LocalDate.ofInstant(now, ZONE);
    }

    /** Whether this is a demo database (judge.chen exists) with no 调查令 yet. */
    static boolean missing(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM account WHERE username = :u")
                .bind("u", DemoAccounts.JUDGE_CHEN).mapTo(Integer.class).one() > 0
                && h.createQuery("SELECT COUNT(*) FROM request WHERE kind = 'INVESTIGATION_ORDER'").mapTo(Integer.class)
                .one() == 0);
    }

    static int seed(Jdbi jdbi, Clock clock) {
        int n = jdbi.inTransaction(h -> new DemoInvestigations(h, clock).writeAll());
        LOG.info("demo 调查令 seeded: {} applications", n);
        return n;
    }

    private int writeAll() {
        // 举证期限 of the cases in trial without one: most end in the coming weeks, one in seven has ended [demo]
        List<Long> inTrial = h.createQuery("SELECT id FROM court_case WHERE status = 'IN_TRIAL' AND evidence_deadline IS NULL "
                + "ORDER BY id").mapTo(Long.class).list();
        for (long id : inTrial) {
            int offset = id % 7 == 0 ? -3 - (int) (id % 10) : 5 + (int) (id % 40);
            h.createUpdate("UPDATE court_case SET evidence_deadline = :d WHERE id = :id")
                    .bind("d", today.plusDays(offset)).bind("id", id).execute();
        }
        return write(person(DemoAccounts.JUDGE_CHEN), CHEN, person(DemoAccounts.CLERK_WANG))
                + write(person(DemoAccounts.JUDGE_LIN), LIN, null);
    }

    private int write(Person judge, List<Plan> plans, Person clerk) {
        List<CaseAgent> cases = cases(judge.id());
        if (cases.isEmpty()) {
            return 0;
        }
        for (int i = 0; i < plans.size(); i++) {
            Plan plan = plans.get(i);
            CaseAgent ca = cases.get(i % cases.size());
            Person decider = clerk != null && i % 2 == 1 ? clerk : judge;
            writeOne(plan, ca, judge, decider, i);
        }
        return plans.size();
    }

    private void writeOne(Plan plan, CaseAgent ca, Person judge, Person decider, int index) {
        Instant received = now.minus(Duration.ofDays(plan.daysAgo())).minus(Duration.ofMinutes(30 + random.nextInt(300)));
        String[] s = SUBJECTS[index % SUBJECTS.length];
        String digits = String.format("%04d", random.nextInt(10_000));
        InvestigationForm form = new InvestigationForm(ca.kase().number(), s[0], s[1], String.format(s[2], digits), s[3], s[4]);
        int days = h.createQuery("SELECT investigation_decision_days FROM court WHERE code = :c")
                .bind("c", ca.kase().courtCode()).mapTo(Integer.class).one();
        Instant due = InvestigationRules.dueDate(received, days, ZONE).plusDays(1).atStartOfDay(ZONE).toInstant();
        ChangeLog.lock(h);
        Requests.Created created = InvestigationRepository.insert(h, form, ca.kase(), ca.lawyer().id(), received,
                LocalDate.ofInstant(received, ZONE), due, null);
        long id = created.id();
        InvestigationRepository.attachMaterial(h, id, InvestigationMaterialType.APPLICATION, "调查令申请书.pdf",
                "application/pdf", DemoFileCache.pdf(new PlainPdf().title("律 师 调 查 令 申 请 书", 18f).gap(8f)
                        .line("案号：" + form.caseNumber(), 12f).line("被调查人：" + form.subject(), 12f)
                        .line("调查内容：" + form.evidence(), 12f).line("待证事实：" + form.factToProve(), 12f)
                        .line("申请理由：" + form.reasonUnobtainable(), 12f)), received);
        InvestigationRepository.attachMaterial(h, id, InvestigationMaterialType.LAWYER_LICENCE, "律师执业证.png",
                "image/png", DemoMaterials.lawyerLicencePng(ca.lawyer().name(), lawFirm(ca.lawyer().id()),
                        "1440120" + (ca.lawyer().id() % 100_000_000L)), received);
        AuditLog.recordAt(h, InvestigationRepository.KIND, id, ca.lawyer().id(), ca.lawyer().name(), InvestigationAudit.SUBMIT,
                "申请调查令：被调查人" + form.subject() + "，调查内容：" + form.evidence() + "，材料2份", received);
        if (plan.outcome() != RequestStatus.SUBMITTED) {
            Instant decided = received.plus(Duration.ofHours(20 + random.nextInt(50)));
            InvestigationRepository.Stored st = InvestigationRepository.stored(h, id);
            String courtName = st.courtName();
            if (plan.outcome() == RequestStatus.RETURNED) {
                String reason = RETURNS[index % RETURNS.length];
                InvestigationRepository.returned(h, id, decider.id(), decided, reason);
                AuditLog.recordAt(h, InvestigationRepository.KIND, id, decider.id(), decider.name(), InvestigationAudit.RETURN,
                        "退回理由：" + reason, decided);
                sms(ca.lawyer(), InvestigationNotices.returned(created.applicationNo(), st.caseNumber(), courtName, reason),
                        id, decided);
            } else {
                LocalDate on = LocalDate.ofInstant(decided, ZONE);
                int serial = InvestigationRepository.nextOrderSerial(h, st.courtCode(), on.getYear());
                String orderNo = InvestigationRules.orderNo(on.getYear(), st.courtCode(), serial);
                LocalDate until = InvestigationRules.validUntil(on, st.validityDays());
                InvestigationRepository.issued(h, id, decider.id(), decided, on.getYear(), serial, orderNo, on, until,
                        InvestigationOrderPdf.write(st, orderNo, on, until, judge.name()));
                AuditLog.recordAt(h, InvestigationRepository.KIND, id, decider.id(), decider.name(), InvestigationAudit.ISSUE,
                        "调查令" + orderNo + "，有效期至" + until, decided);
                sms(ca.lawyer(), InvestigationNotices.issued(created.applicationNo(), st.caseNumber(), courtName, orderNo,
                        until), id, decided);
            }
            Requests.moveTo(h, id, plan.outcome());
        }
        long seq = ChangeLog.record(h, InvestigationRepository.KIND, id, judge.id(), null, ca.lawyer().id(), ChangeOp.UPSERT);
        Requests.stampVersion(h, id, seq);
    }

    private String lawFirm(long accountId) {
        return h.createQuery("SELECT law_firm FROM account WHERE id = :id").bind("id", accountId).mapTo(String.class).one();
    }

    /** The judge's cases in trial, 举证期限 not passed, each with one lawyer bound to a party. */
    private List<CaseAgent> cases(long judgeId) {
        List<CaseAgent> out = new ArrayList<>();
        h.createQuery("SELECT c.id, c.case_number, c.court_code, c.judge_id, c.status, c.evidence_deadline, a.lawyer_id, "
                        + "l.display_name FROM court_case c JOIN case_agent a ON a.case_id = c.id "
                        + "JOIN account l ON l.id = a.lawyer_id WHERE c.judge_id = :j AND c.status = 'IN_TRIAL' "
                        + "AND c.evidence_deadline >= :today AND l.identity_verified AND l.law_firm IS NOT NULL "
                        + "ORDER BY c.id, a.lawyer_id")
                .bind("j", judgeId).bind("today", today)
                .map((rs, c) -> new CaseAgent(new InvestigationRepository.CaseRow(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getLong(4), rs.getString(5), rs.getObject(6, LocalDate.class)),
                        new Person(rs.getLong(7), rs.getString(8))))
                .forEach(ca -> {
                    if (out.stream().noneMatch(x -> x.kase().id() == ca.kase().id())) {
                        out.add(ca);
                    }
                });
        return out;
    }

    private Person person(String username) {
        return h.createQuery("SELECT id, display_name FROM account WHERE username = :u").bind("u", username)
                .map((rs, c) -> new Person(rs.getLong(1), rs.getString(2))).one();
    }

    private void sms(Person to, org.courtdesk.server.notify.Sms sms, long id, Instant at) {
        new RecordingNotifier(Clock.fixed(at, ZoneOffset.UTC), message -> { }).send(h, to.id(), sms, id);
    }
}

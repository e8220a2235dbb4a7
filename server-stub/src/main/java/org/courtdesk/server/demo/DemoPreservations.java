package org.courtdesk.server.demo;

import java.math.BigDecimal;
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
import org.courtdesk.model.preservation.GuaranteeKind;
import org.courtdesk.model.preservation.PreservationForm;
import org.courtdesk.model.preservation.PreservationMaterialType;
import org.courtdesk.model.preservation.PreservationParty;
import org.courtdesk.model.preservation.PreservationPartyRole;
import org.courtdesk.model.preservation.PreservationRules;
import org.courtdesk.model.preservation.PreservationStage;
import org.courtdesk.model.preservation.PropertyClue;
import org.courtdesk.model.preservation.PropertyKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.ServerConfig;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.feed.ChangeLog;
import org.courtdesk.server.notify.RecordingNotifier;
import org.courtdesk.server.notify.Sms;
import org.courtdesk.server.pdf.PlainPdf;
import org.courtdesk.server.preservation.PreservationAudit;
import org.courtdesk.server.preservation.PreservationNotices;
import org.courtdesk.server.preservation.PreservationRepository;
import org.courtdesk.server.request.Requests;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The demo court's 诉讼保全: applications to judge.chen (粤0106, whose clerk is clerk.wang) and judge.lin (粤01) over all
 * three statuses, written through the kind's own storage and SMS texts. The waiting ones spread over both clocks: urgent
 * and 诉前 ones overdue, in their last 12 hours and fresh; ordinary ones overdue, on their last day and fresh. In
 * litigation the applicant is a lawyer bound to a party of one of the judge's cases in trial; 诉前 ones come from
 * parties and lawyers of the demo with no case.
 */
final class DemoPreservations {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DemoPreservations.class);
    private static final ZoneId ZONE = ServerConfig.CHINA;
    private static final long RANDOM_SEED = 20261208L;

    /** One planned application: its stage, urgency, hours since receipt, and what became of it. */
    private record Plan(PreservationStage stage, boolean urgent, int hoursAgo, RequestStatus outcome) {}

    private record Person(long id, String name) {}

    private record CaseAgent(long caseId, String caseNumber, String court, Person lawyer, String plaintiff,
                             String defendant) {}

    private static final List<Plan> CHEN = List.of(
            new Plan(PreservationStage.IN_LITIGATION, true, 53, RequestStatus.SUBMITTED),   // 超时 5 小时
            new Plan(PreservationStage.PRE_SUIT, false, 40, RequestStatus.SUBMITTED),       // 剩 8 小时
            new Plan(PreservationStage.IN_LITIGATION, true, 20, RequestStatus.SUBMITTED),   // 剩 28 小时
            new Plan(PreservationStage.PRE_SUIT, true, 2, RequestStatus.SUBMITTED),
            new Plan(PreservationStage.IN_LITIGATION, false, 7 * 24 + 3, RequestStatus.SUBMITTED), // overdue
            new Plan(PreservationStage.IN_LITIGATION, false, 5 * 24, RequestStatus.SUBMITTED),     // last day
            new Plan(PreservationStage.IN_LITIGATION, false, 2 * 24 + 5, RequestStatus.SUBMITTED),
            new Plan(PreservationStage.IN_LITIGATION, false, 20, RequestStatus.SUBMITTED),
            new Plan(PreservationStage.IN_LITIGATION, false, 9 * 24, RequestStatus.RETURNED),
            new Plan(PreservationStage.PRE_SUIT, false, 6 * 24, RequestStatus.RETURNED),
            new Plan(PreservationStage.IN_LITIGATION, true, 12 * 24, RequestStatus.ACCEPTED),
            new Plan(PreservationStage.IN_LITIGATION, false, 15 * 24, RequestStatus.ACCEPTED),
            new Plan(PreservationStage.PRE_SUIT, false, 4 * 24, RequestStatus.ACCEPTED));
    private static final List<Plan> LIN = List.of(
            new Plan(PreservationStage.IN_LITIGATION, true, 50, RequestStatus.SUBMITTED),   // 超时 2 小时
            new Plan(PreservationStage.PRE_SUIT, false, 10, RequestStatus.SUBMITTED),
            new Plan(PreservationStage.IN_LITIGATION, false, 3 * 24, RequestStatus.SUBMITTED),
            new Plan(PreservationStage.IN_LITIGATION, false, 10 * 24, RequestStatus.ACCEPTED),
            new Plan(PreservationStage.IN_LITIGATION, false, 8 * 24, RequestStatus.RETURNED));

    private static final String[] RETURN_REASONS = {
            "财产线索不具体：请写明被申请人开户银行名称及账号，或不动产的具体坐落及权证号。",
            "担保材料不符合要求：保函载明的担保金额低于请求保全金额，请补充提交足额担保。",
            "申请书未载明请求保全的具体金额及事实理由，请补正后重新提交。"};
    private static final String[] URGENT_REASONS = {
            "被申请人正在转让名下房产，已在中介挂牌出售，如不及时保全将使判决难以执行。",
            "被申请人近日大额转出银行存款，存在转移财产的紧急情况。",
            "被申请人公司已停止经营，法定代表人下落不明，车辆有被变卖的风险。"};

    private final Handle h;
    private final Instant now;
    private final Random random = new Random(RANDOM_SEED);
    private final Person clerkWang;
    private final List<Person> applicants;

    private DemoPreservations(Handle h, Clock clock) {
        this.h = h;
        this.now = clock.instant();
        this.clerkWang = person(DemoAccounts.CLERK_WANG);
        this.applicants = h.createQuery("SELECT id, display_name FROM account WHERE role IN ('LAWYER', 'PARTY') "
                        + "AND identity_verified ORDER BY id")
                .map((rs, c) -> new Person(rs.getLong(1), rs.getString(2))).list();
    }

    /** Whether this is a demo database (judge.chen exists) with no 诉讼保全 yet. */
    static boolean missing(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM account WHERE username = :u")
                .bind("u", DemoAccounts.JUDGE_CHEN).mapTo(Integer.class).one() > 0
                && h.createQuery("SELECT COUNT(*) FROM request WHERE kind = 'PRESERVATION'").mapTo(Integer.class).one() == 0);
    }

    /** Seeds the applications into a demo database that has its courts, accounts and cases; returns how many. */
    static int seed(Jdbi jdbi, Clock clock) {
        int n = jdbi.inTransaction(h -> new DemoPreservations(h, clock).writeAll());
        LOG.info("demo 诉讼保全 seeded: {} applications", n);
        return n;
    }

    private int writeAll() {
        int n = write(person(DemoAccounts.JUDGE_CHEN), CHEN, clerkWang);
        return n + write(person(DemoAccounts.JUDGE_LIN), LIN, null);
    }

    private int write(Person judge, List<Plan> plans, Person clerk) {
        List<CaseAgent> cases = cases(judge.id());
        String court = h.createQuery("SELECT court_code FROM account WHERE id = :id").bind("id", judge.id())
                .mapTo(String.class).one();
        int n = 0;
        for (int i = 0; i < plans.size(); i++) {
            Plan plan = plans.get(i);
            CaseAgent kase = plan.stage() == PreservationStage.IN_LITIGATION && !cases.isEmpty()
                    ? cases.get(i % cases.size()) : null;
            PreservationStage stage = kase == null ? PreservationStage.PRE_SUIT : plan.stage();
            Person applicant = kase != null ? kase.lawyer() : applicants.get(random.nextInt(applicants.size()));
            // the clerk decides every other one of judge.chen's
            Person decider = clerk != null && i % 2 == 0 ? clerk : judge;
            writeOne(plan, stage, kase, court, judge, applicant, decider, i);
            n++;
        }
        return n;
    }

    private void writeOne(Plan plan, PreservationStage stage, CaseAgent kase, String court, Person judge,
                          Person applicant, Person decider, int index) {
        Instant received = now.minus(Duration.ofHours(plan.hoursAgo())).minus(Duration.ofMinutes(random.nextInt(50)));
        PreservationForm form = form(stage, kase, court, plan.urgent());
        Instant due = PreservationRules.timeLimit(received, stage, plan.urgent(), received, ZONE).dueAt();
        ChangeLog.lock(h);
        Requests.Created created = PreservationRepository.insert(h, form,
                new PreservationRepository.Target(court, kase == null ? null : kase.caseId(), judge.id()), applicant.id(),
                received, LocalDate.ofInstant(received, ZONE), due, null);
        long id = created.id();
        PreservationParty respondent = form.parties().get(1);
        PreservationRepository.attachMaterial(h, id, PreservationMaterialType.APPLICATION, "保全申请书.pdf",
                "application/pdf", DemoFileCache.pdf(new PlainPdf().title((stage == PreservationStage.PRE_SUIT ? "诉 前 " : "")
                        + "财 产 保 全 申 请 书", 18f).gap(10f)
                        .line("申请人：" + form.parties().get(0).name(), 12f).line("被申请人：" + respondent.name(), 12f)
                        .gap(8f).line("请求事项：请求依法冻结被申请人名下价值 " + form.amount().toPlainString()
                                + " 元的财产。", 12f)
                        .line("财产线索：" + form.propertyClues().get(0).description() + "（"
                                + form.propertyClues().get(0).location() + "）", 12f)), received);
        PreservationRepository.attachMaterial(h, id, PreservationMaterialType.GUARANTEE, "担保材料.pdf", "application/pdf",
                DemoFileCache.pdf(new PlainPdf().title("诉 讼 财 产 保 全 责 任 保 险 保 函", 16f).gap(8f)
                        .line("担保金额：人民币 " + form.guaranteeAmount().toPlainString() + " 元", 12f)
                        .line("被担保人：" + form.parties().get(0).name(), 12f)), received);
        AuditLog.recordAt(h, PreservationRepository.KIND, id, applicant.id(), applicant.name(), PreservationAudit.SUBMIT,
                stage.label() + (plan.urgent() ? "（情况紧急）" : "") + "：申请人" + form.parties().get(0).name()
                        + "，被申请人" + respondent.name() + "，请求保全金额 " + form.amount().toPlainString()
                        + " 元，担保：" + form.guaranteeKind().label() + "，材料2份", received);
        String caseNumber = kase == null ? null : kase.caseNumber();
        String courtName = h.createQuery("SELECT name FROM court WHERE code = :c").bind("c", court).mapTo(String.class).one();
        if (plan.outcome() != RequestStatus.SUBMITTED) {
            Instant decided = received.plus(Duration.ofHours(plan.urgent() ? 6 + random.nextInt(20) : 30 + random.nextInt(60)));
            if (plan.outcome() == RequestStatus.RETURNED) {
                String reason = RETURN_REASONS[index % RETURN_REASONS.length];
                PreservationRepository.decide(h, id, decider.id(), decided, reason, null);
                AuditLog.recordAt(h, PreservationRepository.KIND, id, decider.id(), decider.name(), PreservationAudit.RETURN,
                        "退回理由：" + reason, decided);
                sms(applicant, PreservationNotices.returned(created.applicationNo(), caseNumber, courtName, reason), id,
                        decided);
            } else {
                String ruling = caseNumber == null ? null : caseNumber.replace("号", "号之一");
                PreservationRepository.decide(h, id, decider.id(), decided, null, ruling);
                AuditLog.recordAt(h, PreservationRepository.KIND, id, decider.id(), decider.name(), PreservationAudit.ACCEPT,
                        ruling == null ? "已接收" : "已接收，保全裁定文号：" + ruling, decided);
                sms(applicant, PreservationNotices.accepted(created.applicationNo(), caseNumber, courtName, ruling), id,
                        decided);
            }
            Requests.moveTo(h, id, plan.outcome());
        }
        long seq = ChangeLog.record(h, PreservationRepository.KIND, id, judge.id(), null, applicant.id(), ChangeOp.UPSERT);
        Requests.stampVersion(h, id, seq);
    }

    private PreservationForm form(PreservationStage stage, CaseAgent kase, String court, boolean urgent) {
        String applicantName = kase != null ? kase.plaintiff() : DemoNames.company(random);
        String respondentName = kase != null ? kase.defendant() : DemoNames.person(random);
        BigDecimal amount = BigDecimal.valueOf(50_000 + random.nextInt(200) * 5_000L);
        PropertyClue clue = switch (random.nextInt(4)) {
            case 0 -> new PropertyClue(PropertyKind.BANK_DEPOSIT, respondentName + "名下银行存款",
                    "中国工商银行广州天河支行 账号 6222 0236 " + DemoSeeder.digits(random, 4) + " " + DemoSeeder.digits(random, 4));
            case 1 -> new PropertyClue(PropertyKind.REAL_ESTATE, respondentName + "名下住宅一套",
                    DemoNames.address(random) + "，粤（2021）广州市不动产权第" + DemoSeeder.digits(random, 7) + "号");
            case 2 -> new PropertyClue(PropertyKind.VEHICLE, respondentName + "名下小型轿车",
                    "粤A" + DemoSeeder.digits(random, 5) + "，登记于广州市公安局交通警察支队车辆管理所");
            default -> new PropertyClue(PropertyKind.EQUITY, respondentName + "持有的广州某某科技有限公司 30% 股权",
                    "广州市市场监督管理局");
        };
        return new PreservationForm(stage, kase == null ? null : kase.caseNumber(), court, urgent,
                urgent ? URGENT_REASONS[random.nextInt(URGENT_REASONS.length)] : null,
                List.of(new PreservationParty(PreservationPartyRole.APPLICANT, applicantName, null, DemoNames.address(random)),
                        new PreservationParty(PreservationPartyRole.RESPONDENT, respondentName, null,
                                DemoNames.address(random))),
                List.of(clue), amount, stage == PreservationStage.PRE_SUIT || random.nextBoolean()
                        ? GuaranteeKind.INSURANCE : GuaranteeKind.CASH, amount);
    }

    /** The judge's cases in trial with a lawyer bound to a party, and the two sides' names. */
    private List<CaseAgent> cases(long judgeId) {
        List<CaseAgent> out = new ArrayList<>();
        h.createQuery("SELECT c.id, c.case_number, c.court_code, a.lawyer_id, l.display_name, "
                        + "(SELECT MIN(p.name) FROM case_party p WHERE p.case_id = c.id AND p.party_role = 'PLAINTIFF'), "
                        + "(SELECT MIN(p.name) FROM case_party p WHERE p.case_id = c.id AND p.party_role = 'DEFENDANT') "
                        + "FROM court_case c JOIN case_agent a ON a.case_id = c.id JOIN account l ON l.id = a.lawyer_id "
                        + "WHERE c.judge_id = :j AND c.status = 'IN_TRIAL' AND l.identity_verified ORDER BY c.id, a.lawyer_id")
                .bind("j", judgeId)
                .map((rs, c) -> new CaseAgent(rs.getLong(1), rs.getString(2), rs.getString(3),
                        new Person(rs.getLong(4), rs.getString(5)), rs.getString(6), rs.getString(7)))
                .forEach(ca -> {
                    if (ca.plaintiff() != null && ca.defendant() != null
                            && out.stream().noneMatch(x -> x.caseId() == ca.caseId())) {
                        out.add(ca);
                    }
                });
        return out;
    }

    private Person person(String username) {
        return h.createQuery("SELECT id, display_name FROM account WHERE username = :u").bind("u", username)
                .map((rs, c) -> new Person(rs.getLong(1), rs.getString(2))).one();
    }

    /** Recorded as the live notifier records it, dated when it was sent; nothing goes to a gateway. */
    private void sms(Person to, Sms sms, long id, Instant at) {
        new RecordingNotifier(Clock.fixed(at, ZoneOffset.UTC), message -> { }).send(h, to.id(), sms, id);
    }
}

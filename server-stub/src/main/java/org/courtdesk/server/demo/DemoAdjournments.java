package org.courtdesk.server.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.courtdesk.model.adjournment.AdjournmentConclusion;
import org.courtdesk.model.adjournment.HearingProcedure;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.ServerConfig;
import org.courtdesk.server.adjournment.AdjournmentAudit;
import org.courtdesk.server.adjournment.AdjournmentNotices;
import org.courtdesk.server.adjournment.AdjournmentRepository;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.feed.ChangeLog;
import org.courtdesk.server.notify.RecordingNotifier;
import org.courtdesk.server.notify.Sms;
import org.courtdesk.server.pdf.PlainPdf;
import org.courtdesk.server.request.Requests;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The demo court's 延期开庭: hearings of cases in trial of judge.chen (粤0106, whose clerk is clerk.wang) and judge.lin
 * (粤01), each with one 延期开庭申请 by a lawyer on record or a party of the case, written through the kind's storage
 * ({@link AdjournmentRepository}) and SMS texts ({@link AdjournmentNotices}). The spread: pending ones with the hearing
 * hours, a day, days and a week ahead; overdue ones whose hearing has passed; approved ones (the hearing moved, one at
 * the simplified procedure's limit) and a rejected one.
 */
final class DemoAdjournments {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DemoAdjournments.class);
    private static final ZoneId ZONE = ServerConfig.CHINA;

    /** One planned request: hearing offset from now (hours), procedure, adjournments before, and what became of it. */
    private record Plan(long hoursAhead, HearingProcedure procedure, int before, RequestStatus outcome, String reason) {}

    private static final String[] REASONS = {
            "代理人同日已有广州市番禺区人民法院（2026）粤0113民初2231号案件开庭，开庭通知在先，时间冲突，申请延期开庭。",
            "委托人因急性阑尾炎住院手术，医嘱需卧床休息两周，无法到庭参加诉讼，附住院病历。",
            "我方申请的证人目前在境外，预计下月回国，需出庭作证，申请延期开庭。",
            "我方已申请对借条签名进行笔迹鉴定，鉴定意见尚未作出，申请延期开庭。",
            "对方当事人昨日提交新证据，我方需要时间核实并准备质证意见，申请延期开庭。",
            "本人在外地出差，无法按时返回广州，申请延期开庭。"};

    private static final List<Plan> PLANS = List.of(
            new Plan(5, HearingProcedure.ORDINARY, 0, RequestStatus.PENDING_REVIEW, REASONS[1]),
            new Plan(26, HearingProcedure.SIMPLIFIED, 0, RequestStatus.PENDING_REVIEW, REASONS[0]),
            new Plan(75, HearingProcedure.ORDINARY, 1, RequestStatus.PENDING_REVIEW, REASONS[3]),
            new Plan(6 * 24, HearingProcedure.ORDINARY, 0, RequestStatus.PENDING_REVIEW, REASONS[2]),
            new Plan(-3, HearingProcedure.ORDINARY, 0, RequestStatus.PENDING_REVIEW, REASONS[4]),
            new Plan(-26, HearingProcedure.SIMPLIFIED, 0, RequestStatus.PENDING_REVIEW, REASONS[5]),
            new Plan(4 * 24, HearingProcedure.ORDINARY, 0, RequestStatus.APPROVED, REASONS[0]),
            new Plan(2 * 24, HearingProcedure.SIMPLIFIED, 0, RequestStatus.APPROVED, REASONS[1]),
            new Plan(9 * 24, HearingProcedure.ORDINARY, 1, RequestStatus.REJECTED, REASONS[5]));
    /** judge.lin's share: fewer, the same mix. */
    private static final List<Plan> LIN_PLANS = List.of(
            new Plan(30, HearingProcedure.ORDINARY, 0, RequestStatus.PENDING_REVIEW, REASONS[2]),
            new Plan(8 * 24, HearingProcedure.ORDINARY, 1, RequestStatus.PENDING_REVIEW, REASONS[4]),
            new Plan(-5, HearingProcedure.ORDINARY, 0, RequestStatus.PENDING_REVIEW, REASONS[1]),
            new Plan(5 * 24, HearingProcedure.ORDINARY, 0, RequestStatus.APPROVED, REASONS[3]));
    private static final String[] ROOMS = {"第三法庭", "第五法庭", "第八法庭", "第十二法庭", "第一审判庭"};

    private record Candidate(long caseId, long applicantId) {}

    private final Handle h;
    private final Instant now;
    private final LocalDateTime localNow;
    private final byte[] medical = DemoFileCache.pdf(new PlainPdf().title("住院病历（摘要）", 16f)
            .line("入院诊断：急性阑尾炎", 12f).line("医嘱：术后卧床休息两周", 12f));
    private int written;

    private DemoAdjournments(Handle h, Clock clock) {
        this.h = h;
        this.now = clock.instant();
        this.localNow = LocalDateTime.ofInstant(now, ZONE).withSecond(0).withNano(0);
    }

    /** Whether this is a demo database (judge.chen exists) with no 延期开庭 yet; a court's real database has no demo accounts. */
    static boolean missing(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM account WHERE username = :u")
                .bind("u", DemoAccounts.JUDGE_CHEN).mapTo(Integer.class).one() > 0
                && h.createQuery("SELECT COUNT(*) FROM request WHERE kind = 'ADJOURNMENT'").mapTo(Integer.class).one() == 0);
    }

    /** Seeds the requests into a demo database that has its courts, cases and accounts; returns how many. */
    static int seed(Jdbi jdbi, Clock clock) {
        int n = jdbi.inTransaction(h -> new DemoAdjournments(h, clock).writeAll());
        LOG.info("demo 延期开庭 seeded: {} requests", n);
        return n;
    }

    private int writeAll() {
        write(DemoAccounts.JUDGE_CHEN, PLANS);
        write(DemoAccounts.JUDGE_LIN, LIN_PLANS);
        return written;
    }

    private void write(String judge, List<Plan> plans) {
        List<Candidate> cases = candidates(judge);
        if (cases.isEmpty()) {
            LOG.warn("no case in trial of {} with an applicant on record: no demo 延期开庭", judge);
            return;
        }
        // More plans than cases: a case gets a second hearing (e.g. after a 庭前会议), never a plan dropped.
        for (int i = 0; i < plans.size(); i++) {
            write(plans.get(i), cases.get(i % cases.size()), i);
        }
    }

    /** The judge's cases in trial with an applicant on record (a lawyer bound, else a party with an account). */
    private List<Candidate> candidates(String judge) {
        return new ArrayList<>(h.createQuery("SELECT c.id, COALESCE((SELECT MIN(g.lawyer_id) FROM case_agent g WHERE g.case_id = c.id), "
                        + "(SELECT MIN(p.account_id) FROM case_party p WHERE p.case_id = c.id)) AS applicant "
                        + "FROM court_case c JOIN account j ON j.id = c.judge_id WHERE j.username = :u AND c.status = 'IN_TRIAL' "
                        + "ORDER BY c.id")
                .bind("u", judge)
                .map((rs, c) -> new Candidate(rs.getLong(1), rs.getLong(2)))
                .list().stream().filter(c -> c.applicantId() != 0).toList());
    }

    private void write(Plan plan, Candidate c, int i) {
        LocalDateTime original = localNow.plusHours(plan.hoursAhead()).withMinute(i % 2 == 0 ? 30 : 0);
        if (original.getHour() < 9 || original.getHour() > 16) {
            original = original.withHour(original.getHour() < 9 ? 9 : 14);
        }
        long hearingId = AdjournmentRepository.insertHearing(h, c.caseId(), original, ROOMS[i % ROOMS.length],
                plan.procedure(), plan.before());
        AdjournmentRepository.HearingOfCase hc = AdjournmentRepository.hearing(h, hearingId).orElseThrow();
        // Asked a few days before the hearing (or, for one far ahead, two days ago).
        Instant asked = now.minus(Duration.ofHours(20 + 13L * (i % 4)));
        ChangeLog.lock(h);
        Requests.Created created = AdjournmentRepository.insert(h, hc, plan.reason(), c.applicantId(), asked,
                LocalDateTime.ofInstant(asked, ZONE).toLocalDate(), null);
        long id = created.id();
        if (plan.reason().contains("病历")) {
            AdjournmentRepository.attachMaterial(h, id, "住院病历.pdf", "application/pdf", medical, asked);
        }
        String applicantName = h.createQuery("SELECT display_name FROM account WHERE id = :id").bind("id", c.applicantId())
                .mapTo(String.class).one();
        AuditLog.recordAt(h, AdjournmentRepository.KIND, id, c.applicantId(), applicantName, AdjournmentAudit.SUBMIT,
                "申请延期" + hc.hearing().caseNumber() + "于" + AdjournmentNotices.show(original) + "的开庭，延期原因："
                        + plan.reason(), asked);
        if (plan.outcome() != RequestStatus.PENDING_REVIEW) {
            decide(plan, hc, created, c, asked.plus(Duration.ofHours(3)));
        }
        long seq = ChangeLog.record(h, AdjournmentRepository.KIND, id, hc.judgeId(), null, c.applicantId(), ChangeOp.UPSERT);
        Requests.stampVersion(h, id, seq);
        written++;
    }

    private void decide(Plan plan, AdjournmentRepository.HearingOfCase hc, Requests.Created created, Candidate c, Instant at) {
        long id = created.id();
        String judgeName = h.createQuery("SELECT display_name FROM account WHERE id = :id").bind("id", hc.judgeId())
                .mapTo(String.class).one();
        LocalDateTime old = hc.hearing().startsAt();
        Sms sms;
        if (plan.outcome() == RequestStatus.APPROVED) {
            LocalDateTime next = old.plusDays(21).withHour(9).withMinute(30);
            AdjournmentRepository.decide(h, id, hc.hearing().id(), hc.judgeId(), AdjournmentConclusion.APPROVE,
                    "延期理由成立，准许延期开庭。", next, at);
            AuditLog.recordAt(h, AdjournmentRepository.KIND, id, hc.judgeId(), judgeName, AdjournmentAudit.APPROVE,
                    "原开庭时间" + AdjournmentNotices.show(old) + "，改于" + AdjournmentNotices.show(next) + "开庭（第"
                            + (hc.hearing().adjournments() + 1) + "次延期）", at);
            sms = AdjournmentNotices.approved(created.applicationNo(), hc.hearing().caseNumber(), hc.courtName(), next,
                    hc.hearing().place());
        } else {
            String why = "出差不属于民事诉讼法第一百四十九条规定的应当延期开庭的情形，可委托诉讼代理人出庭。";
            AdjournmentRepository.decide(h, id, hc.hearing().id(), hc.judgeId(), AdjournmentConclusion.REJECT, why, null, at);
            AuditLog.recordAt(h, AdjournmentRepository.KIND, id, hc.judgeId(), judgeName, AdjournmentAudit.REJECT,
                    "不予延期；审查意见：" + why, at);
            sms = AdjournmentNotices.rejected(created.applicationNo(), hc.hearing().caseNumber(), hc.courtName(), old, why);
        }
        Requests.moveTo(h, id, plan.outcome());
        new RecordingNotifier(Clock.fixed(at, java.time.ZoneOffset.UTC), message -> { }).send(h, c.applicantId(), sms, id);
    }
}

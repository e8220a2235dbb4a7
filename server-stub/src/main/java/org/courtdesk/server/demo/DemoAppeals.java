package org.courtdesk.server.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.appeal.AppealConclusion;
import org.courtdesk.model.appeal.AppealForm;
import org.courtdesk.model.appeal.AppealParty;
import org.courtdesk.model.appeal.DecisionType;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.ServerConfig;
import org.courtdesk.server.appeal.AppealAudit;
import org.courtdesk.server.appeal.AppealNotices;
import org.courtdesk.server.appeal.AppealRepository;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.feed.ChangeLog;
import org.courtdesk.server.notify.RecordingNotifier;
import org.courtdesk.server.notify.Sms;
import org.courtdesk.server.pdf.PlainPdf;
import org.courtdesk.server.request.Requests;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The demo court's 提起上诉: appeals against judgments and rulings in cases of judge.chen (粤0106; clerk.wang serves
 * him) and judge.lin (粤01), by the lawyer on record or the party: received today and days ago (the copy's 5 days
 * running or overdue), accepted ones whose file is due at the appeal court soon or late, and a returned one. Half of the
 * demo bindings get 特别授权 (case_agent.authority SPECIAL), so some lawyers' appeals carry the flag and some not.
 */
final class DemoAppeals {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DemoAppeals.class);
    private static final ZoneId ZONE = ServerConfig.CHINA;

    /** One planned appeal: days since received, the decision's type and days from service to filing, the outcome. */
    private record Plan(int receivedDaysAgo, DecisionType type, int filedOnDay, RequestStatus outcome, int decidedDaysAgo) {}

    private static final List<Plan> CHEN = List.of(
            new Plan(0, DecisionType.JUDGMENT, 12, RequestStatus.SUBMITTED, 0),
            new Plan(1, DecisionType.RULING, 9, RequestStatus.SUBMITTED, 0),
            new Plan(4, DecisionType.JUDGMENT, 15, RequestStatus.SUBMITTED, 0),
            new Plan(7, DecisionType.JUDGMENT, 6, RequestStatus.SUBMITTED, 0),
            new Plan(5, DecisionType.JUDGMENT, 14, RequestStatus.APPEAL_ACCEPTED, 3),
            new Plan(21, DecisionType.JUDGMENT, 10, RequestStatus.APPEAL_ACCEPTED, 19),
            new Plan(26, DecisionType.RULING, 8, RequestStatus.APPEAL_ACCEPTED, 23),
            new Plan(3, DecisionType.JUDGMENT, 13, RequestStatus.RETURNED, 2));
    private static final List<Plan> LIN = List.of(
            new Plan(2, DecisionType.JUDGMENT, 11, RequestStatus.SUBMITTED, 0),
            new Plan(8, DecisionType.RULING, 7, RequestStatus.SUBMITTED, 0),
            new Plan(10, DecisionType.JUDGMENT, 14, RequestStatus.APPEAL_ACCEPTED, 9));

    private static final String[] CLAIMS = {
            "1. 撤销一审判决，改判驳回被上诉人的全部诉讼请求；2. 一、二审诉讼费用由被上诉人负担。",
            "1. 撤销一审判决第二项，依法改判；2. 本案上诉费由被上诉人负担。",
            "撤销一审裁定，指令一审法院继续审理。"};
    private static final String[] REASONS = {
            "一审判决认定借款已实际交付的事实不清、证据不足：被上诉人仅提供借条，未提供转账凭证，一审未查明资金来源即认定交付，属认定事实错误。",
            "一审对违约金的计算标准明显过高，上诉人已在一审中请求调整，一审未予审查，适用法律错误。",
            "本案不属于仲裁协议约定的事项范围，一审以存在仲裁协议为由驳回起诉错误。"};

    private record Candidate(long caseId, long applicantId, long appellantParty, long appelleeParty) {}

    private final Handle h;
    private final Instant now;
    private final LocalDate today;
    private final byte[] petition = DemoFileCache.pdf(new PlainPdf().title("民事上诉状", 16f).line("上诉人不服一审判决，现提起上诉。", 12f));
    private int written;

    private DemoAppeals(Handle h, Clock clock) {
        this.h = h;
        this.now = clock.instant();
        this.today = LocalDate.ofInstant(now, ZONE);
    }

    /** Whether this is a demo database (judge.chen exists) with no appeal yet. */
    static boolean missing(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM account WHERE username = :u")
                .bind("u", DemoAccounts.JUDGE_CHEN).mapTo(Integer.class).one() > 0
                && h.createQuery("SELECT COUNT(*) FROM request WHERE kind = 'APPEAL'").mapTo(Integer.class).one() == 0);
    }

    static int seed(Jdbi jdbi, Clock clock) {
        int n = jdbi.inTransaction(h -> new DemoAppeals(h, clock).writeAll());
        LOG.info("demo 提起上诉 seeded: {} appeals", n);
        return n;
    }

    private int writeAll() {
        // 代理权限: every other agent bound by hand is 特别授权 (the column's default, V14, is 一般授权); an agent recorded
        // by a 案件绑定 keeps the authority its binding gave.
        h.execute("UPDATE case_agent SET authority = 'SPECIAL' WHERE MOD(case_id, 2) = 0 AND NOT EXISTS (SELECT 1 FROM "
                + "binding_request b JOIN request q ON q.id = b.id WHERE b.party_id = case_agent.party_id "
                + "AND q.applicant_id = case_agent.lawyer_id)");
        write(DemoAccounts.JUDGE_CHEN, CHEN);
        write(DemoAccounts.JUDGE_LIN, LIN);
        return written;
    }

    private void write(String judge, List<Plan> plans) {
        List<Candidate> cases = candidates(judge);
        if (cases.isEmpty()) {
            LOG.warn("no case of {} with an applicant on record and two parties: no demo appeals", judge);
            return;
        }
        for (int i = 0; i < plans.size(); i++) {
            write(plans.get(i), cases.get(i % cases.size()), i);
        }
    }

    /** The judge's cases with an applicant on record (the lawyer of a party, else a party with an account). */
    private List<Candidate> candidates(String judge) {
        List<Long> caseIds = h.createQuery("SELECT c.id FROM court_case c JOIN account j ON j.id = c.judge_id "
                + "WHERE j.username = :u ORDER BY c.status DESC, c.id").bind("u", judge).mapTo(Long.class).list();
        List<Candidate> out = new java.util.ArrayList<>();
        for (long c : caseIds) {
            List<AppealParty> parties = AppealRepository.parties(h, c);
            if (parties.size() < 2) {
                continue;
            }
            var agent = h.createQuery("SELECT party_id, lawyer_id FROM case_agent WHERE case_id = :c ORDER BY party_id")
                    .bind("c", c).map((rs, x) -> new long[] {rs.getLong(1), rs.getLong(2)}).findFirst();
            var own = h.createQuery("SELECT id, account_id FROM case_party WHERE case_id = :c AND account_id IS NOT NULL "
                    + "ORDER BY id").bind("c", c).map((rs, x) -> new long[] {rs.getLong(1), rs.getLong(2)}).findFirst();
            long[] who = agent.or(() -> own).orElse(null);
            if (who == null) {
                continue;
            }
            long appellee = parties.stream().filter(p -> p.id() != who[0]).findFirst().orElseThrow().id();
            out.add(new Candidate(c, who[1], who[0], appellee));
        }
        return out;
    }

    private void write(Plan plan, Candidate c, int i) {
        AppealRepository.CaseOf co = AppealRepository.caseOf(h, c.caseId()).orElseThrow();
        Instant received = now.minus(Duration.ofDays(plan.receivedDaysAgo())).minus(Duration.ofHours(1 + i % 5));
        LocalDate receivedOn = LocalDate.ofInstant(received, ZONE);
        LocalDate servedOn = receivedOn.minusDays(plan.filedOnDay());
        AppealForm form = new AppealForm(c.caseId(), c.appellantParty(), List.of(c.appelleeParty()), plan.type(), servedOn,
                CLAIMS[i % CLAIMS.length], REASONS[i % REASONS.length]);
        String authority = AppealRepository.authority(h, c.caseId(), c.appellantParty(), c.applicantId()).orElse(null);
        boolean flagged = authority != null && !"SPECIAL".equals(authority);
        ChangeLog.lock(h);
        Requests.Created created = AppealRepository.insert(h, co, form, flagged, c.applicantId(), received, receivedOn, null);
        long id = created.id();
        AppealRepository.attachMaterial(h, id, "PETITION", "民事上诉状.pdf", "application/pdf", petition, received);
        String applicantName = name(c.applicantId());
        AuditLog.recordAt(h, AppealRepository.KIND, id, c.applicantId(), applicantName, AppealAudit.SUBMIT,
                "对" + co.caseNumber() + "的" + plan.type().label() + "提起上诉（送达日期 " + servedOn + "，上诉期第"
                        + plan.filedOnDay() + "日，共" + plan.type().appealDays() + "日）" + (flagged ? "；代理律师未获特别授权" : ""),
                received);
        if (plan.outcome() != RequestStatus.SUBMITTED) {
            Instant decided = now.minus(Duration.ofDays(plan.decidedDaysAgo())).minus(Duration.ofHours(2));
            boolean accept = plan.outcome() == RequestStatus.APPEAL_ACCEPTED;
            String opinion = accept ? null : "上诉状未列明被上诉人的住所及联系方式，请补正后重新提交。";
            AppealRepository.decide(h, id, co.judgeId(), accept ? AppealConclusion.ACCEPT : AppealConclusion.RETURN, opinion,
                    decided);
            AuditLog.recordAt(h, AppealRepository.KIND, id, co.judgeId(), name(co.judgeId()),
                    accept ? AppealAudit.ACCEPT : AppealAudit.RETURN, accept ? "接受上诉" : "退回理由：" + opinion, decided);
            Requests.moveTo(h, id, plan.outcome());
            Sms sms = accept ? AppealNotices.accepted(created.applicationNo(), co.caseNumber(), co.courtName())
                    : AppealNotices.returned(created.applicationNo(), co.caseNumber(), co.courtName(), opinion);
            new RecordingNotifier(Clock.fixed(decided, java.time.ZoneOffset.UTC), message -> { })
                    .send(h, c.applicantId(), sms, id);
        }
        long seq = ChangeLog.record(h, AppealRepository.KIND, id, co.judgeId(), null, c.applicantId(), ChangeOp.UPSERT);
        Requests.stampVersion(h, id, seq);
        written++;
    }

    private String name(long accountId) {
        return h.createQuery("SELECT display_name FROM account WHERE id = :id").bind("id", accountId).mapTo(String.class).one();
    }
}

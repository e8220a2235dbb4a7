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
import org.courtdesk.model.binding.BindingAuthority;
import org.courtdesk.model.binding.BindingMaterialType;
import org.courtdesk.model.binding.BindingPartyRole;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.ServerConfig;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.binding.BindingAudit;
import org.courtdesk.server.binding.BindingNotices;
import org.courtdesk.server.binding.BindingRepository;
import org.courtdesk.server.feed.ChangeLog;
import org.courtdesk.server.notify.RecordingNotifier;
import org.courtdesk.server.notify.Sms;
import org.courtdesk.server.request.Requests;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The demo court's 案件绑定: lawyers asking to act for parties of cases in trial that have no agent yet, written
 * through the binding kind's own storage ({@link BindingRepository}) and SMS texts ({@link BindingNotices}). judge.chen
 * (粤0106; clerk.wang serves them) gets pending ones from fresh to two weeks old, approved ones (the lawyer then on
 * record in case_agent) and rejected ones with the reasons of the phrase list; judge.lin (粤01) a few of each.
 */
final class DemoBindings {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DemoBindings.class);
    private static final ZoneId ZONE = ServerConfig.CHINA;

    /** days ago and outcome of each binding of one judge, in order. */
    private record Planned(double daysAgo, RequestStatus outcome, String reason) {}

    private static final List<Planned> CHEN = List.of(
            new Planned(0.1, RequestStatus.BINDING_PENDING, null), new Planned(0.4, RequestStatus.BINDING_PENDING, null),
            new Planned(1.2, RequestStatus.BINDING_PENDING, null), new Planned(2.3, RequestStatus.BINDING_PENDING, null),
            new Planned(5.2, RequestStatus.BINDING_PENDING, null), new Planned(9.3, RequestStatus.BINDING_PENDING, null),
            new Planned(14.2, RequestStatus.BINDING_PENDING, null),
            new Planned(6.1, RequestStatus.BINDING_APPROVED, null), new Planned(11.4, RequestStatus.BINDING_APPROVED, null),
            new Planned(20.2, RequestStatus.BINDING_APPROVED, null),
            new Planned(4.3, RequestStatus.BINDING_REJECTED, "授权委托书未经委托人签名（盖章），请补正后重新申请"),
            new Planned(8.2, RequestStatus.BINDING_REJECTED, "律所函载明的律师与申请律师不一致"));
    private static final List<Planned> LIN = List.of(
            new Planned(0.3, RequestStatus.BINDING_PENDING, null), new Planned(3.1, RequestStatus.BINDING_PENDING, null),
            new Planned(7.4, RequestStatus.BINDING_APPROVED, null),
            new Planned(5.2, RequestStatus.BINDING_REJECTED, "该当事人已委托两名诉讼代理人（民事诉讼法第六十一条）"));

    private record Lawyer(long id, String name, String firm, String phone) {}

    private record Target(long caseId, String caseNumber, String cause, long partyId, BindingPartyRole role, String party) {}

    private final Handle h;
    private final Instant now;
    private final List<Lawyer> lawyers;
    private final Set<String> used = new HashSet<>();

    private DemoBindings(Handle h, Clock clock) {
        this.h = h;
        this.now = clock.instant();
        this.lawyers = h.createQuery("SELECT id, display_name, law_firm, phone FROM account WHERE role = 'LAWYER' "
                        + "AND identity_verified AND law_firm IS NOT NULL ORDER BY id")
                .map((rs, c) -> new Lawyer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    /** Whether this is a demo database (judge.chen exists) with no 案件绑定 yet. */
    static boolean missing(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM account WHERE username = :u")
                .bind("u", DemoAccounts.JUDGE_CHEN).mapTo(Integer.class).one() > 0
                && h.createQuery("SELECT COUNT(*) FROM request WHERE kind = 'CASE_BINDING'").mapTo(Integer.class).one() == 0);
    }

    static int seed(Jdbi jdbi, Clock clock) {
        int n = jdbi.inTransaction(h -> new DemoBindings(h, clock).writeAll());
        LOG.info("demo 案件绑定 seeded: {} bindings", n);
        return n;
    }

    private int writeAll() {
        return write(DemoAccounts.JUDGE_CHEN, CHEN) + write(DemoAccounts.JUDGE_LIN, LIN);
    }

    private int write(String judgeUsername, List<Planned> plan) {
        long judge = h.createQuery("SELECT id FROM account WHERE username = :u").bind("u", judgeUsername)
                .mapTo(Long.class).one();
        List<Target> targets = targets(judge);
        int n = 0;
        for (int i = 0; i < plan.size() && i < targets.size() && !lawyers.isEmpty(); i++) {
            Target t = targets.get(i);
            Lawyer lawyer = lawyerFor(t, i);
            if (lawyer == null) {
                continue;
            }
            write(plan.get(i), t, lawyer, judge, i);
            n++;
        }
        return n;
    }

    /** Parties of the judge's cases in trial with no agent yet, one per case, in a stable order. */
    private List<Target> targets(long judge) {
        List<Target> all = h.createQuery("SELECT c.id, c.case_number, c.cause, p.id, p.party_role, p.name FROM court_case c "
                        + "JOIN case_party p ON p.case_id = c.id WHERE c.judge_id = :j AND c.status = 'IN_TRIAL' "
                        + "AND p.party_role IN ('PLAINTIFF', 'DEFENDANT', 'THIRD_PARTY') "
                        + "AND NOT EXISTS (SELECT 1 FROM case_agent a WHERE a.party_id = p.id) ORDER BY c.id, p.id")
                .bind("j", judge)
                .map((rs, c) -> new Target(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        BindingPartyRole.valueOf(rs.getString(5)), rs.getString(6)))
                .list();
        List<Target> onePerCase = new ArrayList<>();
        Set<Long> cases = new HashSet<>();
        for (Target t : all) {
            if (cases.add(t.caseId())) {
                onePerCase.add(t);
            }
        }
        return onePerCase;
    }

    private Lawyer lawyerFor(Target t, int i) {
        for (int k = 0; k < lawyers.size(); k++) {
            Lawyer l = lawyers.get((i * 5 + k) % lawyers.size());
            if (used.add(l.id() + "@" + t.partyId())) {
                return l;
            }
        }
        return null;
    }

    private void write(Planned p, Target t, Lawyer lawyer, long judge, int index) {
        Instant submitted = now.minusSeconds((long) (p.daysAgo() * 86_400));
        LocalDate day = LocalDate.ofInstant(submitted, ZONE);
        String courtCode = h.createQuery("SELECT court_code FROM court_case WHERE id = :c").bind("c", t.caseId())
                .mapTo(String.class).one();
        String courtName = BindingRepository.courtName(h, courtCode).orElseThrow();
        BindingAuthority authority = index % 3 == 0 ? BindingAuthority.SPECIAL : BindingAuthority.GENERAL;
        String licence = "1440120" + String.format("%03d", lawyer.id() % 1000) + "10" + String.format("%05d", 10000 + index);
        ChangeLog.lock(h);
        long id = BindingRepository.insert(h, new BindingRepository.New(
                new BindingRepository.CaseRow(t.caseId(), t.caseNumber(), judge), courtCode, t.partyId(), lawyer.id(),
                licence, lawyer.firm(), authority, submitted, day), null).id();
        List<byte[]> papers = DemoMaterials.lawyerPapersPdf(lawyer.firm(), lawyer.name(), licence, courtName,
                t.caseNumber(), t.party(), t.cause(), day.minusDays(1), day.minusDays(2));
        BindingRepository.attachMaterial(h, id, BindingMaterialType.POWER_OF_ATTORNEY, "授权委托书.pdf", "application/pdf",
                papers.get(1), submitted);
        BindingRepository.attachMaterial(h, id, BindingMaterialType.LAW_FIRM_LETTER, "律所函.pdf", "application/pdf",
                papers.get(0), submitted);
        AuditLog.recordAt(h, BindingRepository.KIND, id, lawyer.id(), lawyer.name(), BindingAudit.SUBMIT, "申请绑定"
                + t.caseNumber() + "案件，代理" + t.role().label() + t.party() + "，" + authority.label() + "；执业证号："
                + licence + "，" + lawyer.firm() + "；材料2份", submitted);
        notice(judge, BindingNotices.newRequest(t.caseNumber(), courtName, lawyer.name(), t.role(), t.party()), id,
                submitted);
        if (p.outcome() != RequestStatus.BINDING_PENDING) {
            Instant decided = submitted.plusSeconds(3 * 3600 + index * 600L);
            String judgeName = h.createQuery("SELECT display_name FROM account WHERE id = :j").bind("j", judge)
                    .mapTo(String.class).one();
            Requests.moveTo(h, id, p.outcome());
            BindingRepository.decide(h, id, judge, decided, p.reason());
            if (p.outcome() == RequestStatus.BINDING_APPROVED) {
                BindingRepository.recordAgent(h, t.caseId(), t.partyId(), lawyer.id(), authority, decided);
                AuditLog.recordAt(h, BindingRepository.KIND, id, judge, judgeName, BindingAudit.APPROVE, "已登记为"
                        + t.role().label() + t.party() + "的代理律师（" + authority.label() + "）", decided);
                notice(lawyer.id(), BindingNotices.approved(t.caseNumber(), courtName, t.role(), t.party(), authority), id,
                        decided);
            } else {
                AuditLog.recordAt(h, BindingRepository.KIND, id, judge, judgeName, BindingAudit.REJECT, "理由：" + p.reason(),
                        decided);
                notice(lawyer.id(), BindingNotices.rejected(t.caseNumber(), courtName, p.reason()), id, decided);
            }
        }
        long seq = ChangeLog.record(h, BindingRepository.KIND, id, judge, null, lawyer.id(), ChangeOp.UPSERT);
        Requests.stampVersion(h, id, seq);
    }

    private void notice(long accountId, Sms sms, long requestId, Instant at) {
        new RecordingNotifier(Clock.fixed(at, ZoneOffset.UTC), message -> { }).send(h, accountId, sms, requestId);
    }
}

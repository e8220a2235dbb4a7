package org.courtdesk.server.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.contact.ContactResult;
import org.courtdesk.model.contact.ContactRules;
import org.courtdesk.model.contact.ContactWay;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.ServerConfig;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.contact.ContactAudit;
import org.courtdesk.server.contact.ContactNotices;
import org.courtdesk.server.contact.ContactRepository;
import org.courtdesk.server.feed.ChangeLog;
import org.courtdesk.server.notify.RecordingNotifier;
import org.courtdesk.server.notify.Sms;
import org.courtdesk.server.request.Requests;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The demo court's 联系法官: parties and lawyers on record of cases in trial asking to meet the judge, written through
 * the kind's own storage ({@link ContactRepository}) and SMS texts ({@link ContactNotices}). judge.chen (粤0106;
 * clerk.wang serves them) gets 待答复 ones from fresh to overdue and 已答复 ones with each 预约答复结果; judge.lin (粤01)
 * a few.
 */
final class DemoContacts {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DemoContacts.class);
    private static final ZoneId ZONE = ServerConfig.CHINA;

    private record Planned(double daysAgo, ContactResult result, String purpose, String content) {}

    private static final List<Planned> CHEN = List.of(
            new Planned(0.1, null, "希望当面说明被告新提交证据的真实性问题，并了解下次开庭安排", null),
            new Planned(0.9, null, "当事人年事已高，希望与法官沟通能否通过视频方式参加庭审", null),
            new Planned(1.6, null, "双方有调解意向，希望法官主持调解，商定调解方案", null),
            new Planned(2.4, null, "就财产保全的执行情况向法官说明有关情况", null),
            new Planned(4.2, null, "了解鉴定程序进展及鉴定费用的缴纳安排", null),
            new Planned(6.3, null, "申请调取银行流水的调查令进展，希望当面沟通", null),
            new Planned(3.1, ContactResult.AGREE, "希望与法官面谈调解事宜",
                    "同意约见，请携带身份证件及相关材料按时到达，如需改期请提前联系书记员。"),
            new Planned(5.3, ContactResult.DECLINE, "希望单独向法官说明对方当事人的情况",
                    "法官不宜单方会见一方当事人，相关意见请以书面形式提交，将在庭审中一并听取双方意见。"),
            new Planned(8.1, ContactResult.WRITTEN, "询问本案审理期限及何时宣判",
                    "本案正在依法审理中，审限届满前将依法作出裁判，宣判日期将另行通知。"));
    private static final List<Planned> LIN = List.of(
            new Planned(0.4, null, "希望向法官当面提交补充证据原件并说明情况", null),
            new Planned(2.8, null, "了解二审开庭时间安排", null),
            new Planned(4.6, ContactResult.AGREE, "希望与法官沟通调解方案", "同意约见，请按时到达。"));

    private record Target(long caseId, String caseNumber, long applicantId, String applicantName) {}

    private final Handle h;
    private final Instant now;

    private DemoContacts(Handle h, Clock clock) {
        this.h = h;
        this.now = clock.instant();
    }

    /** Whether this is a demo database (judge.chen exists) with no 联系法官 yet. */
    static boolean missing(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM account WHERE username = :u")
                .bind("u", DemoAccounts.JUDGE_CHEN).mapTo(Integer.class).one() > 0
                && h.createQuery("SELECT COUNT(*) FROM request WHERE kind = :k")
                .bind("k", ContactRepository.KIND.name()).mapTo(Integer.class).one() == 0);
    }

    static int seed(Jdbi jdbi, Clock clock) {
        int n = jdbi.inTransaction(h -> new DemoContacts(h, clock).writeAll());
        LOG.info("demo 联系法官 seeded: {} requests", n);
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
        for (int i = 0; i < plan.size() && i < targets.size(); i++) {
            write(plan.get(i), targets.get(i), judge, i);
            n++;
        }
        return n;
    }

    /** Who is on record of the judge's cases in trial (lawyers bound, parties with an account), one per case. */
    private List<Target> targets(long judge) {
        List<Target> all = h.createQuery("SELECT c.id, c.case_number, a.id, a.display_name FROM court_case c "
                        + "JOIN case_agent g ON g.case_id = c.id JOIN account a ON a.id = g.lawyer_id "
                        + "WHERE c.judge_id = :j AND c.status = 'IN_TRIAL' "
                        + "UNION SELECT c.id, c.case_number, a.id, a.display_name FROM court_case c "
                        + "JOIN case_party p ON p.case_id = c.id JOIN account a ON a.id = p.account_id "
                        + "WHERE c.judge_id = :j AND c.status = 'IN_TRIAL' ORDER BY 1, 3")
                .bind("j", judge)
                .map((rs, c) -> new Target(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4))).list();
        List<Target> onePerCase = new ArrayList<>();
        Set<Long> cases = new HashSet<>();
        for (Target t : all) {
            if (cases.add(t.caseId())) {
                onePerCase.add(t);
            }
        }
        return onePerCase;
    }

    private void write(Planned p, Target t, long judge, int index) {
        Instant submitted = now.minusSeconds((long) (p.daysAgo() * 86_400));
        LocalDate day = LocalDate.ofInstant(submitted, ZONE);
        String courtCode = h.createQuery("SELECT court_code FROM court_case WHERE id = :c").bind("c", t.caseId())
                .mapTo(String.class).one();
        String courtName = ContactRepository.courtName(h, courtCode).orElseThrow();
        int days = ContactRepository.replyDays(h, courtCode);
        LocalDate due = ContactRules.replyDue(day, days);
        LocalDateTime firstTime = day.plusDays(3 + index % 3).atTime(9 + index % 6, index % 2 == 0 ? 0 : 30);
        List<LocalDateTime> times = index % 2 == 0 ? List.of(firstTime, firstTime.plusDays(1))
                : List.of(firstTime);
        ContactWay way = ContactWay.values()[index % ContactWay.values().length];
        ChangeLog.lock(h);
        long id = ContactRepository.insert(h, new ContactRepository.New(
                new ContactRepository.CaseRow(t.caseId(), t.caseNumber(), judge), courtCode, t.applicantId(),
                p.purpose(), times, way, days, submitted, day, due.plusDays(1).atStartOfDay(ZONE).toInstant()), null).id();
        AuditLog.recordAt(h, ContactRepository.KIND, id, t.applicantId(), t.applicantName(), ContactAudit.SUBMIT,
                "就" + t.caseNumber() + "案件申请约见法官（" + way.label() + "），建议时间" + times.size() + "个", submitted);
        notice(judge, ContactNotices.newRequest(t.caseNumber(), courtName, t.applicantName(), due), id, submitted);
        if (p.result() != null) {
            Instant replied = submitted.plusSeconds(5 * 3600 + index * 600L);
            String judgeName = h.createQuery("SELECT display_name FROM account WHERE id = :j").bind("j", judge)
                    .mapTo(String.class).one();
            LocalDateTime meeting = p.result() == ContactResult.AGREE ? times.get(0) : null;
            String place = p.result() == ContactResult.AGREE ? courtName + "诉讼服务中心第二调解室" : null;
            ContactWay meetingWay = p.result() == ContactResult.AGREE ? ContactWay.IN_PERSON : null;
            Requests.moveTo(h, id, RequestStatus.REPLIED);
            ContactRepository.reply(h, id, judge, replied, p.result(), meeting, place, meetingWay, p.content());
            AuditLog.recordAt(h, ContactRepository.KIND, id, judge, judgeName, ContactAudit.REPLY, p.result().label()
                    + "；答复内容：" + p.content(), replied);
            notice(t.applicantId(), ContactNotices.replied(t.caseNumber(), courtName, p.result(), meeting, place,
                    meetingWay, p.content()), id, replied);
        }
        long seq = ChangeLog.record(h, ContactRepository.KIND, id, judge, null, t.applicantId(), ChangeOp.UPSERT);
        Requests.stampVersion(h, id, seq);
    }

    private void notice(long accountId, Sms sms, long requestId, Instant at) {
        new RecordingNotifier(Clock.fixed(at, ZoneOffset.UTC), message -> { }).send(h, accountId, sms, requestId);
    }
}

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
import org.courtdesk.model.transfer.TransferForm;
import org.courtdesk.model.transfer.TransferMaterialType;
import org.courtdesk.model.transfer.TransferSubmitter;
import org.courtdesk.server.ServerConfig;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.feed.ChangeLog;
import org.courtdesk.server.notify.RecordingNotifier;
import org.courtdesk.server.pdf.PlainPdf;
import org.courtdesk.server.request.Requests;
import org.courtdesk.server.transfer.TransferNotices;
import org.courtdesk.server.transfer.TransferRepository;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The demo court's 材料转接: papers sent by the parties and lawyers of judge.chen's (粤0106, clerk clerk.wang) and
 * judge.lin's (粤01) cases in trial, most 未接收 (for a 批量接收), some already 已接收 by the judge or the clerk.
 */
final class DemoTransfers {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DemoTransfers.class);
    private static final ZoneId ZONE = ServerConfig.CHINA;
    private static final long RANDOM_SEED = 20261217L;

    private record Person(long id, String name) {}

    private record Sender(long caseId, String caseNumber, String court, Person person, TransferSubmitter role) {}

    private record Paper(String title, TransferMaterialType type, int copies) {}

    private static final Paper[] PAPERS = {
            new Paper("补充证据：银行转账凭证及聊天记录截图", TransferMaterialType.EVIDENCE, 3),
            new Paper("答辩状", TransferMaterialType.PLEADING, 2),
            new Paper("代理词", TransferMaterialType.OPINION, 1),
            new Paper("质证意见", TransferMaterialType.OPINION, 1),
            new Paper("调取证据申请书", TransferMaterialType.APPLICATION, 1),
            new Paper("授权委托书及律师事务所函", TransferMaterialType.IDENTITY, 1),
            new Paper("补充证据：借款合同原件扫描件", TransferMaterialType.EVIDENCE, 2),
            new Paper("鉴定申请书", TransferMaterialType.APPLICATION, 1),
            new Paper("证人出庭作证申请", TransferMaterialType.APPLICATION, 1),
            new Paper("和解情况说明", TransferMaterialType.OTHER, 1)};

    private final Handle h;
    private final Instant now;
    private final Random random = new Random(RANDOM_SEED);

    private DemoTransfers(Handle h, Clock clock) {
        this.h = h;
        this.now = clock.instant();
    }

    /** Whether this is a demo database (judge.chen exists) with no 材料转接 yet. */
    static boolean missing(Jdbi jdbi) {
        return jdbi.withHandle(x -> x.createQuery("SELECT COUNT(*) FROM account WHERE username = :u")
                .bind("u", DemoAccounts.JUDGE_CHEN).mapTo(Integer.class).one() > 0
                && x.createQuery("SELECT COUNT(*) FROM request WHERE kind = 'MATERIAL_TRANSFER'").mapTo(Integer.class)
                .one() == 0);
    }

    static int seed(Jdbi jdbi, Clock clock) {
        int n = jdbi.inTransaction(h -> new DemoTransfers(h, clock).writeAll());
        LOG.info("demo 材料转接 seeded: {} materials", n);
        return n;
    }

    private int writeAll() {
        Person clerk = person(DemoAccounts.CLERK_WANG);
        return write(person(DemoAccounts.JUDGE_CHEN), 16, 5, clerk) + write(person(DemoAccounts.JUDGE_LIN), 5, 2, null);
    }

    private int write(Person judge, int count, int received, Person clerk) {
        List<Sender> senders = senders(judge.id());
        if (senders.isEmpty()) {
            return 0;
        }
        for (int i = 0; i < count; i++) {
            Sender s = senders.get(i % senders.size());
            Paper p = PAPERS[(i * 3 + (int) judge.id()) % PAPERS.length];
            Instant at = now.minus(Duration.ofHours(2 + i * 7L + random.nextInt(5))).minus(Duration.ofMinutes(random.nextInt(50)));
            TransferForm form = new TransferForm(s.caseNumber(), p.title(), p.type(), p.copies(),
                    2 + random.nextInt(20), i % 3 == 0 ? "原件庭审时携带核对" : null);
            ChangeLog.lock(h);
            Requests.Created created = TransferRepository.insert(h, form, s.role(),
                    new TransferRepository.Target(s.court(), s.caseId(), judge.id()), s.person().id(), at,
                    LocalDate.ofInstant(at, ZONE), null);
            long id = created.id();
            TransferRepository.attachFile(h, id, p.title().replace("：", "-") + ".pdf", "application/pdf",
                    DemoFileCache.pdf(new PlainPdf().title(p.title(), 16f).gap(8f).line("案号：" + s.caseNumber(), 12f)
                            .line("提交人：" + s.person().name() + "（" + s.role().label() + "）", 12f)
                            .line("份数：" + p.copies(), 12f)), at);
            AuditLog.recordAt(h, TransferRepository.KIND, id, s.person().id(), s.person().name(), TransferNotices.SUBMIT,
                    s.role().label() + "转交" + p.type().label() + "“" + p.title() + "”，" + p.copies() + " 份，文件 1 个", at);
            // the oldest ones are received, alternately by the clerk and the judge
            if (i >= count - received) {
                Person by = clerk != null && i % 2 == 0 ? clerk : judge;
                Instant when = at.plus(Duration.ofHours(3 + random.nextInt(20)));
                TransferRepository.receive(h, id, by.id(), when);
                AuditLog.recordAt(h, TransferRepository.KIND, id, by.id(), by.name(), TransferNotices.RECEIVE,
                        "已接收，归入电子卷宗", when);
                String courtName = h.createQuery("SELECT name FROM court WHERE code = :c").bind("c", s.court())
                        .mapTo(String.class).one();
                new RecordingNotifier(Clock.fixed(when, ZoneOffset.UTC), m -> { }).send(h, s.person().id(),
                        TransferNotices.received(created.applicationNo(), s.caseNumber(), p.title(), courtName), id);
                Requests.moveTo(h, id, org.courtdesk.model.request.RequestStatus.RECEIVED);
            }
            long seq = ChangeLog.record(h, TransferRepository.KIND, id, judge.id(), null, s.person().id(), ChangeOp.UPSERT);
            Requests.stampVersion(h, id, seq);
        }
        return count;
    }

    /** The judge's cases in trial: each bound, verified lawyer, and each party with a verified account. */
    private List<Sender> senders(long judgeId) {
        List<Sender> out = new ArrayList<>();
        h.createQuery("SELECT c.id, c.case_number, c.court_code, a.id, a.display_name, 'LAWYER' FROM court_case c "
                        + "JOIN case_agent g ON g.case_id = c.id JOIN account a ON a.id = g.lawyer_id "
                        + "WHERE c.judge_id = :j AND c.status = 'IN_TRIAL' AND a.identity_verified "
                        + "UNION SELECT c.id, c.case_number, c.court_code, a.id, a.display_name, 'PARTY' FROM court_case c "
                        + "JOIN case_party p ON p.case_id = c.id JOIN account a ON a.id = p.account_id "
                        + "WHERE c.judge_id = :j AND c.status = 'IN_TRIAL' AND a.identity_verified ORDER BY 1, 4")
                .bind("j", judgeId)
                .map((rs, c) -> new Sender(rs.getLong(1), rs.getString(2), rs.getString(3),
                        new Person(rs.getLong(4), rs.getString(5)), TransferSubmitter.valueOf(rs.getString(6))))
                .forEach(out::add);
        return out;
    }

    private Person person(String username) {
        return h.createQuery("SELECT id, display_name FROM account WHERE username = :u").bind("u", username)
                .map((rs, c) -> new Person(rs.getLong(1), rs.getString(2))).one();
    }
}

package org.courtdesk.server.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.transcript.TranscriptRules;
import org.courtdesk.server.ServerConfig;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.feed.ChangeLog;
import org.courtdesk.server.notify.RecordingNotifier;
import org.courtdesk.server.pdf.PlainPdf;
import org.courtdesk.server.request.Requests;
import org.courtdesk.server.transcript.TranscriptNotices;
import org.courtdesk.server.transcript.TranscriptRepository;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The demo court's 庭审笔录: transcripts of hearings in judge.chen's and judge.lin's cases in trial, attached by the
 * clerk or the judge — most still readable, one past its reading days — and 申请补正 from the cases' lawyers and
 * parties: waiting, agreed and refused.
 */
final class DemoTranscripts {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DemoTranscripts.class);
    private static final ZoneId ZONE = ServerConfig.CHINA;

    private record Person(long id, String name) {}

    private record Reader(long caseId, String caseNumber, Person person) {}

    private static final String[] CORRECTIONS = {
            "第3页第12行原告代理人陈述的借款金额应为“伍万元”，笔录误记为“五千元”，请予更正。",
            "第5页被告当庭提交的证据目录漏记第4项“微信聊天记录截图”，请补充记录。",
            "第2页记载的开庭时间应为上午9时30分，笔录记为下午，请核对更正。"};

    private final Handle h;
    private final Instant now;
    private final LocalDate today;

    private DemoTranscripts(Handle h, Clock clock) {
        this.h = h;
        this.now = clock.instant();
        this.today = LocalDate.ofInstant(now, ZONE);
    }

    static boolean missing(Jdbi jdbi) {
        return jdbi.withHandle(x -> x.createQuery("SELECT COUNT(*) FROM account WHERE username = :u")
                .bind("u", DemoAccounts.JUDGE_CHEN).mapTo(Integer.class).one() > 0
                && x.createQuery("SELECT COUNT(*) FROM hearing_transcript").mapTo(Integer.class).one() == 0);
    }

    static int seed(Jdbi jdbi, Clock clock) {
        int n = jdbi.inTransaction(h -> new DemoTranscripts(h, clock).writeAll());
        LOG.info("demo 庭审笔录 seeded: {} 申请补正", n);
        return n;
    }

    private int writeAll() {
        Person chen = person(DemoAccounts.JUDGE_CHEN);
        Person clerk = person(DemoAccounts.CLERK_WANG);
        return write(chen, clerk, 5) + write(person(DemoAccounts.JUDGE_LIN), null, 2);
    }

    /** {@code cases} transcripts on distinct cases; a 申请补正 on most of them. */
    private int write(Person judge, Person clerk, int cases) {
        List<Reader> readers = readers(judge.id());
        int corrections = 0;
        List<Long> seen = new ArrayList<>();
        int i = 0;
        for (Reader r : readers) {
            if (seen.contains(r.caseId()) || seen.size() >= cases) {
                continue;
            }
            seen.add(r.caseId());
            // hearings 1..8 days ago; the oldest one closed for reading
            int daysAgo = 1 + (i * 2) % 9;
            LocalDate hearing = today.minusDays(daysAgo);
            Instant attached = hearing.atTime(17, 30).atZone(ZONE).toInstant();
            Person by = clerk != null && i % 2 == 0 ? clerk : judge;
            String title = (i % 3 == 1 ? "第二次" : "第一次") + "庭审笔录";
            byte[] pdf = DemoFileCache.pdf(new PlainPdf().title("庭 审 笔 录", 18f).gap(8f).line("案号：" + r.caseNumber(), 12f)
                    .line("开庭时间：" + hearing + " 上午9时30分", 12f).line("审判人员：" + judge.name(), 12f)
                    .line("书记员：" + (clerk == null ? "—" : clerk.name()), 12f).gap(6f)
                    .line("审：现在开庭。核对当事人身份……", 12f));
            long transcript = TranscriptRepository.attach(h, r.caseId(), hearing, title, title + ".pdf", pdf, by.id(),
                    attached, TranscriptRules.readableUntil(LocalDate.ofInstant(attached, ZONE),
                            TranscriptRules.STATUTORY_READING_DAYS));
            if (i % 5 != 4) {
                corrections += correction(transcript, r, judge, i);
            }
            i++;
        }
        return corrections;
    }

    private int correction(long transcript, Reader r, Person judge, int i) {
        TranscriptRepository.Owner owner = TranscriptRepository.owner(h, transcript).orElseThrow();
        Instant at = now.minus(Duration.ofHours(3 + i * 5L));
        ChangeLog.lock(h);
        String content = CORRECTIONS[i % CORRECTIONS.length];
        Requests.Created c = TranscriptRepository.insertCorrection(h, owner, r.person().id(), content, at,
                LocalDate.ofInstant(at, ZONE), null);
        AuditLog.recordAt(h, TranscriptRepository.KIND, c.id(), r.person().id(), r.person().name(), TranscriptNotices.SUBMIT,
                "申请补正：" + content, at);
        RequestStatus outcome = i % 4 == 2 ? RequestStatus.CORRECTION_AGREED
                : i % 4 == 3 ? RequestStatus.CORRECTION_REFUSED : RequestStatus.AWAITING_REPLY;
        if (outcome != RequestStatus.AWAITING_REPLY) {
            boolean agreed = outcome == RequestStatus.CORRECTION_AGREED;
            String reason = agreed ? "已核对录音录像，笔录予以更正。" : "经核对庭审录音录像，笔录记载与当庭陈述一致。";
            Instant when = at.plus(Duration.ofHours(2));
            TranscriptRepository.decide(h, c.id(), judge.id(), when, reason);
            AuditLog.recordAt(h, TranscriptRepository.KIND, c.id(), judge.id(), judge.name(),
                    agreed ? TranscriptNotices.AGREE : TranscriptNotices.REFUSE, (agreed ? "说明：" : "理由：") + reason, when);
            TranscriptRepository.Stored s = TranscriptRepository.stored(h, c.id());
            new RecordingNotifier(Clock.fixed(when, ZoneOffset.UTC), m -> { }).send(h, r.person().id(),
                    TranscriptNotices.answered(s.applicationNo(), s.caseNumber(), s.title(), agreed, reason, s.courtName()),
                    c.id());
            Requests.moveTo(h, c.id(), outcome);
        }
        long seq = ChangeLog.record(h, TranscriptRepository.KIND, c.id(), judge.id(), null, r.person().id(), ChangeOp.UPSERT);
        Requests.stampVersion(h, c.id(), seq);
        return 1;
    }

    /** The judge's cases in trial with a verified bound lawyer or party account. */
    private List<Reader> readers(long judgeId) {
        return h.createQuery("SELECT c.id, c.case_number, a.id, a.display_name FROM court_case c "
                        + "JOIN case_agent g ON g.case_id = c.id JOIN account a ON a.id = g.lawyer_id "
                        + "WHERE c.judge_id = :j AND c.status = 'IN_TRIAL' AND a.identity_verified "
                        + "UNION SELECT c.id, c.case_number, a.id, a.display_name FROM court_case c "
                        + "JOIN case_party p ON p.case_id = c.id JOIN account a ON a.id = p.account_id "
                        + "WHERE c.judge_id = :j AND c.status = 'IN_TRIAL' AND a.identity_verified ORDER BY 1, 3")
                .bind("j", judgeId)
                .map((rs, c) -> new Reader(rs.getLong(1), rs.getString(2), new Person(rs.getLong(3), rs.getString(4))))
                .list();
    }

    private Person person(String username) {
        return h.createQuery("SELECT id, display_name FROM account WHERE username = :u").bind("u", username)
                .map((rs, c) -> new Person(rs.getLong(1), rs.getString(2))).one();
    }
}

package org.courtdesk.server.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.evidence.CrossExamForm;
import org.courtdesk.model.evidence.EvidenceDeadlines;
import org.courtdesk.model.evidence.EvidenceEntry;
import org.courtdesk.model.evidence.EvidenceProcedure;
import org.courtdesk.model.evidence.EvidenceRules;
import org.courtdesk.model.evidence.EvidenceSide;
import org.courtdesk.server.ServerConfig;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.evidence.EvidenceAudit;
import org.courtdesk.server.evidence.EvidenceRepository;
import org.courtdesk.server.feed.ChangeLog;
import org.courtdesk.server.pdf.CjkPdfWriter;
import org.courtdesk.server.request.Requests;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The demo court's 证据交换: two exchanges of judge.chen's cases in trial, each with a lawyer for the plaintiff
 * (lawyer.li where he acts) and one for the defendant — one still 举证中 with the plaintiff's 举证期限 passed (so its
 * latest item is marked late) and 质证 with and without objections, one in 质证中 — and one of judge.lin's.
 */
final class DemoEvidenceExchanges {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DemoEvidenceExchanges.class);
    private static final ZoneId ZONE = ServerConfig.CHINA;

    private record Person(long id, String name) {}

    private record Item(EvidenceSide side, String name, String source, String proves, int pages, int daysAgo) {}

    private record Cross(EvidenceSide examiner, int item, String a, String l, String r, String objection) {}

    private static final List<Item> LOAN = List.of(
            new Item(EvidenceSide.PLAINTIFF, "借款合同", "原告持有原件", "双方于 2025 年 3 月订立借款合同，借款 20 万元", 3, 8),
            new Item(EvidenceSide.PLAINTIFF, "银行转账凭证", "中国工商银行出具", "原告已向被告交付借款 20 万元", 2, 8),
            new Item(EvidenceSide.PLAINTIFF, "催款短信截图", "原告手机", "原告多次催讨，诉讼时效中断", 4, 1),
            new Item(EvidenceSide.DEFENDANT, "还款收据", "被告持有原件", "被告已归还借款 5 万元", 1, 6),
            new Item(EvidenceSide.DEFENDANT, "微信聊天记录", "被告手机", "双方约定利息为年利率 6%", 5, 3));
    private static final List<Cross> LOAN_CROSS = List.of(
            new Cross(EvidenceSide.DEFENDANT, 0, "认可", "认可", "认可借款事实，但不认可利息约定", "合同第五条约定的利息超过法定上限"),
            new Cross(EvidenceSide.DEFENDANT, 1, "认可", "认可", "认可", null),
            new Cross(EvidenceSide.PLAINTIFF, 3, "不认可，收据非原告出具", "不认可", "不认可", "收据上的签名不是原告本人所签，申请笔迹鉴定"));
    private static final List<Item> SALE = List.of(
            new Item(EvidenceSide.PLAINTIFF, "买卖合同", "原告持有原件", "双方买卖钢材的合同关系", 6, 20),
            new Item(EvidenceSide.PLAINTIFF, "送货单", "原告持有", "原告已交付货物 120 吨", 12, 19),
            new Item(EvidenceSide.DEFENDANT, "质量检验报告", "广州市产品质量监督检验所", "货物质量不合格", 8, 16));
    private static final List<Cross> SALE_CROSS = List.of(
            new Cross(EvidenceSide.DEFENDANT, 0, "认可", "认可", "认可", null),
            new Cross(EvidenceSide.DEFENDANT, 1, "认可", "认可", "送货数量有异议", "送货单上无被告签收，实际收货 100 吨"),
            new Cross(EvidenceSide.PLAINTIFF, 2, "认可", "不认可，系被告单方委托", "不认可", "检验样品来源不明，检验系被告单方委托"));

    private final Handle h;
    private final Instant now;
    private final LocalDate today;

    private DemoEvidenceExchanges(Handle h, Clock clock) {
        this.h = h;
        this.now = clock.instant();
        this.today = LocalDate.ofInstant(now, ZONE);
    }

    static boolean missing(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM account WHERE username = :u")
                .bind("u", DemoAccounts.JUDGE_CHEN).mapTo(Integer.class).one() > 0
                && h.createQuery("SELECT COUNT(*) FROM request WHERE kind = 'EVIDENCE_EXCHANGE'").mapTo(Integer.class).one() == 0);
    }

    static int seed(Jdbi jdbi, Clock clock) {
        int n = jdbi.inTransaction(h -> new DemoEvidenceExchanges(h, clock).writeAll());
        LOG.info("demo 证据交换 seeded: {} exchanges", n);
        return n;
    }

    private int writeAll() {
        Person chen = person(DemoAccounts.JUDGE_CHEN);
        Person lin = person(DemoAccounts.JUDGE_LIN);
        List<Long> chenCases = cases(chen.id());
        List<Long> linCases = cases(lin.id());
        int n = 0;
        if (!chenCases.isEmpty()) {
            // 举证中: the plaintiff's 举证期限 passed two days ago, the defendant's runs five more days
            write(chen, chenCases.get(0), 10, new EvidenceDeadlines(today.minusDays(2), today.plusDays(5), null,
                    today.plusDays(15)), LOAN, LOAN_CROSS, true);
            n++;
        }
        if (chenCases.size() > 1) {
            // 质证中: every 举证期限 has passed
            write(chen, chenCases.get(1), 25, new EvidenceDeadlines(today.minusDays(4), today.minusDays(4), null,
                    today.plusDays(6)), SALE, SALE_CROSS, false);
            n++;
        }
        if (!linCases.isEmpty()) {
            write(lin, linCases.get(0), 6, new EvidenceDeadlines(today.plusDays(9), today.plusDays(9), null,
                    today.plusDays(19)), SALE.subList(0, 1), List.of(), false);
            n++;
        }
        return n;
    }

    private void write(Person judge, long caseId, int daysAgo, EvidenceDeadlines d, List<Item> items, List<Cross> crosses,
                       boolean changed) {
        Instant created = now.minus(Duration.ofDays(daysAgo)).minus(Duration.ofHours(3));
        EvidenceRepository.CaseRow kase = h.createQuery("SELECT id, case_number, title, court_code, judge_id, status "
                        + "FROM court_case WHERE id = :id").bind("id", caseId)
                .map((rs, c) -> new EvidenceRepository.CaseRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getString(6))).one();
        Person plaintiffLawyer = lawyer(caseId, "PLAINTIFF").orElseThrow();
        Person defendantLawyer = lawyer(caseId, "DEFENDANT").orElseThrow();
        EvidenceDeadlines original = changed ? new EvidenceDeadlines(d.plaintiff().plusDays(3), d.defendant(), null,
                d.crossExamination()) : d;
        ChangeLog.lock(h);
        Requests.Created c = EvidenceRepository.insert(h, kase, judge.id(), created, LocalDate.ofInstant(created, ZONE),
                EvidenceProcedure.ORDINARY, original, null, null);
        long id = c.id();
        AuditLog.recordAt(h, EvidenceRepository.KIND, id, judge.id(), judge.name(), EvidenceAudit.CREATE,
                "普通程序；举证期限：原告 " + original.plaintiff() + "，被告 " + original.defendant() + "；质证期限 "
                        + original.crossExamination(), created);
        if (changed) {
            Instant at = created.plus(Duration.ofDays(2));
            List<String> lines = EvidenceRepository.changeDeadlines(h, id, original, d, judge.id(), at,
                    "原告申请提前组织证据交换，被告同意");
            AuditLog.recordAt(h, EvidenceRepository.KIND, id, judge.id(), judge.name(), EvidenceAudit.CHANGE,
                    String.join("；", lines) + "。理由：原告申请提前组织证据交换，被告同意", at);
        }
        List<Long> itemIds = new ArrayList<>();
        List<Instant> itemTimes = new ArrayList<>();
        int[] seq = new int[EvidenceSide.values().length];
        for (Item it : items) {
            Person by = it.side() == EvidenceSide.PLAINTIFF ? plaintiffLawyer : defendantLawyer;
            // 10:00 on the court's day N days ago: a court day, not "now minus N days", decides lateness, so the demo is
            // the same at any hour (now minus hours fell on the day before between 00:00 and 02:00 Beijing time)
            Instant at = today.minusDays(it.daysAgo()).atTime(10, 0).atZone(ZONE).toInstant();
            itemTimes.add(at);
            boolean late = EvidenceRules.isLate(d, it.side(), LocalDate.ofInstant(at, ZONE));
            int s = ++seq[it.side().ordinal()];
            EvidenceEntry entry = new EvidenceEntry(it.side(), s, it.name(), it.source(), it.proves(), it.pages());
            itemIds.add(EvidenceRepository.addItem(h, id, it.side(), entry, by.id(), at, late, false, it.name() + ".pdf",
                    "application/pdf", pdf(kase.number(), it)));
            AuditLog.recordAt(h, EvidenceRepository.KIND, id, by.id(), by.name(), EvidenceAudit.UPLOAD, it.side().label()
                    + "证据 " + s + ". " + it.name() + "（" + it.pages() + " 页）" + (late ? "，逾期举证" : ""), at);
        }
        for (Cross x : crosses) {
            Person by = x.examiner() == EvidenceSide.PLAINTIFF ? plaintiffLawyer : defendantLawyer;
            Instant at = now.minus(Duration.ofHours(20 + 5L * x.item()));
            if (at.isBefore(itemTimes.get(x.item()))) { // never examined before it was uploaded
                at = itemTimes.get(x.item()).plus(Duration.ofHours(1));
            }
            EvidenceRepository.crossExamine(h, itemIds.get(x.item()), x.examiner(), by.id(),
                    new CrossExamForm(itemIds.get(x.item()), x.a(), x.l(), x.r(), x.objection() != null, x.objection()), at);
            AuditLog.recordAt(h, EvidenceRepository.KIND, id, by.id(), by.name(), EvidenceAudit.CROSS,
                    x.examiner().label() + "质证：" + items.get(x.item()).name() + (x.objection() != null ? "，有异议" : "，无异议"),
                    at);
        }
        long seqNo = ChangeLog.record(h, EvidenceRepository.KIND, id, judge.id(), null, judge.id(), ChangeOp.UPSERT);
        Requests.stampVersion(h, id, seqNo);
    }

    /** A few pages of the item, as a scan would have them. */
    private static byte[] pdf(String caseNumber, Item it) {
        return DemoFileCache.get("evidencePdf\u0000" + caseNumber + "\u0000" + it, () -> drawPdf(caseNumber, it));
    }

    private static byte[] drawPdf(String caseNumber, Item it) {
        try (CjkPdfWriter w = new CjkPdfWriter(caseNumber + "  " + it.side().label() + "证据")) {
            for (int p = 1; p <= it.pages(); p++) {
                if (p > 1) {
                    w.pageBreak();
                }
                w.title(it.name(), 20f).gap(6f);
                w.labelled("案号：", caseNumber);
                w.labelled("证据来源：", it.source());
                w.labelled("证明对象：", it.proves());
                w.gap(8f).paragraph("（第 " + p + " 页，共 " + it.pages() + " 页）本页为演示用的证据材料。" + it.proves()
                        + "。以上内容与原件核对无误。");
            }
            return w.toBytes();
        }
    }

    /** The judge's cases in trial, with a lawyer on record for a plaintiff and one for a defendant (bound here when missing). */
    private List<Long> cases(long judgeId) {
        List<Long> ids = h.createQuery("SELECT c.id FROM court_case c WHERE c.judge_id = :j AND c.status = 'IN_TRIAL' "
                        + "AND EXISTS (SELECT 1 FROM case_agent a JOIN case_party p ON p.id = a.party_id "
                        + "WHERE a.case_id = c.id AND p.party_role = 'PLAINTIFF') "
                        + "AND EXISTS (SELECT 1 FROM case_party p WHERE p.case_id = c.id AND p.party_role = 'DEFENDANT') "
                        + "ORDER BY (SELECT COUNT(*) FROM case_agent a JOIN account l ON l.id = a.lawyer_id "
                        + "WHERE a.case_id = c.id AND l.username = :li) DESC, c.id")
                .bind("j", judgeId).bind("li", DemoAccounts.LAWYER_LI).mapTo(Long.class).list();
        List<Long> out = new ArrayList<>();
        for (long id : ids) {
            if (out.size() == 2) {
                break;
            }
            if (lawyer(id, "DEFENDANT").isEmpty()) {
                bindDefendant(id);
            }
            if (lawyer(id, "DEFENDANT").isPresent()) {
                out.add(id);
            }
        }
        return out;
    }

    private void bindDefendant(long caseId) {
        Optional<Long> party = h.createQuery("SELECT id FROM case_party WHERE case_id = :c AND party_role = 'DEFENDANT' "
                + "ORDER BY id").bind("c", caseId).mapTo(Long.class).findFirst();
        Optional<Long> lawyer = h.createQuery("SELECT a.id FROM account a WHERE a.role = 'LAWYER' AND a.identity_verified "
                        + "AND a.username <> :li AND NOT EXISTS (SELECT 1 FROM case_agent g WHERE g.case_id = :c AND g.lawyer_id = a.id) "
                        + "ORDER BY a.id").bind("li", DemoAccounts.LAWYER_LI).bind("c", caseId).mapTo(Long.class).findFirst();
        if (party.isPresent() && lawyer.isPresent()) {
            h.createUpdate("INSERT INTO case_agent (case_id, party_id, lawyer_id, bound_at) VALUES (:c, :p, :l, :at)")
                    .bind("c", caseId).bind("p", party.get()).bind("l", lawyer.get())
                    .bind("at", OffsetDateTime.ofInstant(now.minus(Duration.ofDays(30)), ZoneOffset.UTC)).execute();
        }
    }

    private Optional<Person> lawyer(long caseId, String role) {
        return h.createQuery("SELECT l.id, l.display_name FROM case_agent a JOIN case_party p ON p.id = a.party_id "
                        + "JOIN account l ON l.id = a.lawyer_id WHERE a.case_id = :c AND p.party_role = :r "
                        + "ORDER BY CASE WHEN l.username = :li THEN 0 ELSE 1 END, l.id")
                .bind("c", caseId).bind("r", role).bind("li", DemoAccounts.LAWYER_LI)
                .map((rs, c) -> new Person(rs.getLong(1), rs.getString(2))).findFirst();
    }

    private Person person(String username) {
        return h.createQuery("SELECT id, display_name FROM account WHERE username = :u").bind("u", username)
                .map((rs, c) -> new Person(rs.getLong(1), rs.getString(2))).one();
    }
}

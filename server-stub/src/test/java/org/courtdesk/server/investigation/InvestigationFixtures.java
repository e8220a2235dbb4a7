package org.courtdesk.server.investigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.investigation.InvestigationForm;
import org.courtdesk.model.investigation.InvestigationMaterialType;
import org.courtdesk.model.reading.CaseStatus;
import org.courtdesk.server.pdf.PlainPdf;
import org.courtdesk.server.reading.judge.ReadingFixtures;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Part;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;

/**
 * People and cases for 调查令 tests on one server (today 2026-11-23): court 粤0106 with a judge (and their clerk) trying
 * a case whose 举证期限 is 2026-12-10, with a lawyer bound to the plaintiff; a case whose 举证期限 ended 2026-11-20; an
 * archived case; a second judge; a party with an account on the case.
 */
public final class InvestigationFixtures {

    public static final String COURT = ReadingFixtures.COURT;
    public static final byte[] PDF = new PlainPdf().title("调查令申请书", 16f).toBytes();

    public final TestServer server;
    public final TestData data;
    public final long judge;
    public final long clerk;
    public final long otherJudge;
    public final long lawyer;
    public final long party;
    public final String caseNumber = "（2026）粤0106民初610号";
    public final String lateCase = "（2026）粤0106民初611号";
    public final String archivedCase = "（2024）粤0106民初612号";

    public InvestigationFixtures(TestServer server) {
        this.server = server;
        this.data = new ReadingFixtures(server).data;
        judge = data.judge(ReadingFixtures.unique("inv.judge"), COURT);
        clerk = data.clerk(ReadingFixtures.unique("inv.clerk"), COURT, judge);
        otherJudge = data.judge(ReadingFixtures.unique("inv.judge2"), COURT);
        lawyer = data.account(ReadingFixtures.unique("inv.lawyer"), Role.LAWYER, null, true);
        party = data.account(ReadingFixtures.unique("inv.party"), Role.PARTY, null, true);
        long kase = caseWith(caseNumber, CaseStatus.IN_TRIAL, LocalDate.of(2026, 12, 10));
        caseWith(lateCase, CaseStatus.IN_TRIAL, LocalDate.of(2026, 11, 20));
        caseWith(archivedCase, CaseStatus.ARCHIVED, null);
        data.party(kase, "DEFENDANT", "李四", party);
    }

    private long caseWith(String number, CaseStatus status, LocalDate evidenceDeadline) {
        long kase = data.caseOf(COURT, number, judge, status, false);
        data.bind(kase, data.party(kase, "PLAINTIFF", "广州某某贸易有限公司", null), lawyer);
        server.jdbi().useHandle(h -> h.createUpdate("UPDATE court_case SET evidence_deadline = :d WHERE id = :id")
                .bind("d", evidenceDeadline).bind("id", kase).execute());
        return kase;
    }

    public HttpTestClient login(long accountId) {
        String username = server.jdbi().withHandle(h -> h.createQuery("SELECT username FROM account WHERE id = :id")
                .bind("id", accountId).mapTo(String.class).one());
        return server.client().login(username, TestData.PASSWORD);
    }

    public static InvestigationForm form(String caseNumber) {
        return new InvestigationForm(caseNumber, "中国工商银行股份有限公司广州天河支行", "广州市天河区天河路 1 号",
                "被告李四名下尾号 5678 账户 2025 年 1 月至 6 月的交易明细", "被告收到原告转账 20 万元",
                "银行仅向司法机关或持调查令的律师提供客户交易流水");
    }

    public static List<Part> parts(InvestigationForm form) {
        List<Part> parts = new ArrayList<>();
        parts.add(Part.json("investigation", form));
        parts.add(Part.file(InvestigationMaterialType.APPLICATION.name(), "调查令申请书.pdf", "application/pdf", PDF));
        parts.add(Part.file(InvestigationMaterialType.LAWYER_LICENCE.name(), "执业证.pdf", "application/pdf", PDF));
        return parts;
    }

    public static Response submit(HttpTestClient client, List<Part> parts) {
        return client.multipart("/api/v1/investigation-orders", parts, "Idempotency-Key", UUID.randomUUID().toString());
    }

    public long version(long id) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT version FROM request WHERE id = :id").bind("id", id)
                .mapTo(Long.class).one());
    }

    public long count(String sql) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    public List<Long> footprint() {
        return List.of(count("SELECT COUNT(*) FROM request WHERE kind = 'INVESTIGATION_ORDER'"),
                count("SELECT COUNT(*) FROM investigation_request"), count("SELECT COUNT(*) FROM investigation_material"),
                count("SELECT COUNT(*) FROM change_log"), count("SELECT COUNT(*) FROM notification"),
                count("SELECT COUNT(*) FROM audit_log"), count("SELECT COUNT(*) FROM blob"),
                count("SELECT COUNT(*) FROM investigation_request WHERE decided_at IS NOT NULL"));
    }
}

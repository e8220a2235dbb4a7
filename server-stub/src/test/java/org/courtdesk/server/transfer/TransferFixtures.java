package org.courtdesk.server.transfer;

import java.util.List;
import java.util.UUID;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.reading.CaseStatus;
import org.courtdesk.model.transfer.TransferFileType;
import org.courtdesk.model.transfer.TransferForm;
import org.courtdesk.model.transfer.TransferMaterialType;
import org.courtdesk.server.pdf.PlainPdf;
import org.courtdesk.server.reading.judge.ReadingFixtures;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Part;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;

/**
 * People and cases for 材料转接 tests on one server: court 粤0106 with a judge (and their clerk) who tries a case in
 * which a lawyer is bound to the plaintiff and a party has an account, a second judge of the same court, and an
 * archived case of the same people.
 */
public final class TransferFixtures {

    public static final String COURT = ReadingFixtures.COURT;
    public static final byte[] PDF = new PlainPdf().title("补充证据", 16f).toBytes();

    public final TestServer server;
    public final TestData data;
    public final long judge;
    public final long clerk;
    public final long otherJudge;
    public final long lawyer;
    public final long party;
    public final String caseNumber;
    public final String archivedCase;

    public TransferFixtures(TestServer server, String tag) {
        this.server = server;
        this.data = new ReadingFixtures(server).data;
        judge = data.judge(ReadingFixtures.unique(tag + ".judge"), COURT);
        clerk = data.clerk(ReadingFixtures.unique(tag + ".clerk"), COURT, judge);
        otherJudge = data.judge(ReadingFixtures.unique(tag + ".judge2"), COURT);
        lawyer = data.account(ReadingFixtures.unique(tag + ".lawyer"), Role.LAWYER, null, true);
        party = data.account(ReadingFixtures.unique(tag + ".party"), Role.PARTY, null, true);
        int serial = 1500 + Math.abs(tag.hashCode() % 400);
        caseNumber = "（2026）粤0106民初" + serial + "号";
        long kase = data.caseOf(COURT, caseNumber, judge, CaseStatus.IN_TRIAL, false);
        long plaintiff = data.party(kase, "PLAINTIFF", "广州某某贸易有限公司", party);
        data.party(kase, "DEFENDANT", "李四", null);
        data.bind(kase, plaintiff, lawyer);
        archivedCase = "（2024）粤0106民初" + serial + "号";
        long archived = data.caseOf(COURT, archivedCase, judge, CaseStatus.ARCHIVED, false);
        data.bind(archived, data.party(archived, "PLAINTIFF", "广州某某贸易有限公司", party), lawyer);
    }

    public HttpTestClient login(long accountId) {
        String username = server.jdbi().withHandle(h -> h.createQuery("SELECT username FROM account WHERE id = :id")
                .bind("id", accountId).mapTo(String.class).one());
        return server.client().login(username, TestData.PASSWORD);
    }

    public TransferForm form() {
        return new TransferForm(caseNumber, "补充证据：银行转账凭证", TransferMaterialType.EVIDENCE, 2, 6, "原件庭审时携带");
    }

    public static List<Part> parts(TransferForm form) {
        return List.of(Part.json("transfer", form),
                Part.file(TransferFileType.FILE.name(), "转账凭证.pdf", "application/pdf", PDF));
    }

    public static Response submit(HttpTestClient client, List<Part> parts, UUID key) {
        return client.multipart("/api/v1/material-transfers", parts, "Idempotency-Key", key.toString());
    }

    public static Response submit(HttpTestClient client, TransferForm form) {
        return submit(client, parts(form), UUID.randomUUID());
    }

    public long version(long id) {
        return count("SELECT version FROM request WHERE id = " + id);
    }

    public String status(long id) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT status FROM request WHERE id = :id").bind("id", id)
                .mapTo(String.class).one());
    }

    public long count(String sql) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    /** Rows of every table a submission or 接收 writes: equal before and after a refusal. */
    public List<Long> footprint() {
        return List.of(count("SELECT COUNT(*) FROM request WHERE kind = 'MATERIAL_TRANSFER'"),
                count("SELECT COUNT(*) FROM material_transfer"), count("SELECT COUNT(*) FROM material_transfer_file"),
                count("SELECT COUNT(*) FROM change_log"), count("SELECT COUNT(*) FROM notification"),
                count("SELECT COUNT(*) FROM audit_log"), count("SELECT COUNT(*) FROM idempotency_key"),
                count("SELECT COUNT(*) FROM material_transfer WHERE received_at IS NOT NULL"));
    }
}

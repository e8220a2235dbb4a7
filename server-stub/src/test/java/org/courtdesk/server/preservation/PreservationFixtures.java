package org.courtdesk.server.preservation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.preservation.GuaranteeKind;
import org.courtdesk.model.preservation.PreservationForm;
import org.courtdesk.model.preservation.PreservationMaterialType;
import org.courtdesk.model.preservation.PreservationParty;
import org.courtdesk.model.preservation.PreservationPartyRole;
import org.courtdesk.model.preservation.PreservationStage;
import org.courtdesk.model.preservation.PropertyClue;
import org.courtdesk.model.preservation.PropertyKind;
import org.courtdesk.model.reading.CaseStatus;
import org.courtdesk.server.pdf.PlainPdf;
import org.courtdesk.server.reading.judge.ReadingFixtures;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Part;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;

/**
 * People, cases and forms for 诉讼保全 tests on one server: court 粤0106 with a judge (and their clerk) who tries a case in
 * which a lawyer is bound to the plaintiff and a party has an account, and a second judge of the same court.
 */
public final class PreservationFixtures {

    public static final String COURT = ReadingFixtures.COURT;
    public static final byte[] PDF = new PlainPdf().title("财产保全申请书", 16f).toBytes();

    public final TestServer server;
    public final TestData data;
    public final long judge;
    public final long clerk;
    public final long otherJudge;
    public final long lawyer;
    public final long party;
    public final String caseNumber;
    public final String archivedCase;

    public PreservationFixtures(TestServer server, String tag) {
        this.server = server;
        this.data = new ReadingFixtures(server).data;
        judge = data.judge(ReadingFixtures.unique(tag + ".judge"), COURT);
        clerk = data.clerk(ReadingFixtures.unique(tag + ".clerk"), COURT, judge);
        otherJudge = data.judge(ReadingFixtures.unique(tag + ".judge2"), COURT);
        lawyer = data.account(ReadingFixtures.unique(tag + ".lawyer"), Role.LAWYER, null, true);
        party = data.account(ReadingFixtures.unique(tag + ".party"), Role.PARTY, null, true);
        int serial = 500 + Math.abs(tag.hashCode() % 400);
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

    public static List<PreservationParty> parties() {
        return List.of(new PreservationParty(PreservationPartyRole.APPLICANT, "广州某某贸易有限公司", "91440101MA5XXXXX1X",
                        "广州市越秀区中山五路2号"),
                new PreservationParty(PreservationPartyRole.RESPONDENT, "李四", "440106198001011234", "广州市天河区体育西路1号"));
    }

    public static List<PropertyClue> clues() {
        return List.of(new PropertyClue(PropertyKind.BANK_DEPOSIT, "李四名下银行存款",
                "中国工商银行广州天河支行 6222 0200 1234 5678"));
    }

    public PreservationForm inLitigation(boolean urgent) {
        return new PreservationForm(PreservationStage.IN_LITIGATION, caseNumber, null, urgent,
                urgent ? "被申请人正在转移银行存款" : null, parties(), clues(), new BigDecimal("300000"),
                GuaranteeKind.INSURANCE, new BigDecimal("300000"));
    }

    public static PreservationForm preSuit(String court) {
        return new PreservationForm(PreservationStage.PRE_SUIT, null, court, false, null, parties(), clues(),
                new BigDecimal("80000"), GuaranteeKind.CASH, new BigDecimal("80000"));
    }

    /** The multipart body: the form, the 申请书, and the 担保材料 when a guarantee is offered. */
    public static List<Part> parts(PreservationForm form) {
        List<Part> parts = new ArrayList<>();
        parts.add(Part.json("preservation", form));
        parts.add(Part.file(PreservationMaterialType.APPLICATION.name(), "保全申请书.pdf", "application/pdf", PDF));
        if (form.guaranteeKind() != GuaranteeKind.NONE) {
            parts.add(Part.file(PreservationMaterialType.GUARANTEE.name(), "保函.pdf", "application/pdf", PDF));
        }
        return parts;
    }

    public static Response submit(HttpTestClient client, List<Part> parts, UUID key) {
        return client.multipart("/api/v1/preservations", parts, "Idempotency-Key", key.toString());
    }

    public static Response submit(HttpTestClient client, PreservationForm form) {
        return submit(client, parts(form), UUID.randomUUID());
    }

    public long version(long id) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT version FROM request WHERE id = :id").bind("id", id)
                .mapTo(Long.class).one());
    }

    public String status(long id) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT status FROM request WHERE id = :id").bind("id", id)
                .mapTo(String.class).one());
    }

    public long count(String sql) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    /** Rows of every table a submission or decision writes: equal before and after a refusal. */
    public List<Long> footprint() {
        return List.of(count("SELECT COUNT(*) FROM request WHERE kind = 'PRESERVATION'"),
                count("SELECT COUNT(*) FROM preservation_request"), count("SELECT COUNT(*) FROM preservation_party"),
                count("SELECT COUNT(*) FROM preservation_material"), count("SELECT COUNT(*) FROM change_log"),
                count("SELECT COUNT(*) FROM notification"), count("SELECT COUNT(*) FROM audit_log"),
                count("SELECT COUNT(*) FROM preservation_request WHERE decided_at IS NOT NULL"));
    }
}

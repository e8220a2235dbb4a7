package org.courtdesk.server.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.reading.CaseStatus;
import org.courtdesk.model.evidence.CrossExamForm;
import org.courtdesk.model.evidence.EvidenceEntry;
import org.courtdesk.model.evidence.EvidenceExchangeCreate;
import org.courtdesk.model.evidence.EvidenceMaterialType;
import org.courtdesk.model.evidence.EvidenceProcedure;
import org.courtdesk.model.evidence.EvidenceSide;
import org.courtdesk.server.pdf.PlainPdf;
import org.courtdesk.server.reading.judge.ReadingFixtures;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Part;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;

/**
 * People and cases for 证据交换 tests on one server (today 2026-11-23): court 粤0106 with a judge (and their clerk)
 * trying a case with a plaintiff's lawyer and a defendant's lawyer on record; a second judge; a lawyer of another case.
 */
public final class EvidenceFixtures {

    public static final String COURT = ReadingFixtures.COURT;
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    public final TestServer server;
    public final TestData data;
    public final long judge;
    public final long clerk;
    public final long otherJudge;
    public final long plaintiffLawyer;
    public final long defendantLawyer;
    public final long strangerLawyer;
    public final String caseNumber;

    public EvidenceFixtures(TestServer server, int caseSerial) {
        this.server = server;
        this.data = new ReadingFixtures(server).data;
        caseNumber = "（2026）粤0106民初" + caseSerial + "号";
        judge = data.judge(ReadingFixtures.unique("ev.judge"), COURT);
        clerk = data.clerk(ReadingFixtures.unique("ev.clerk"), COURT, judge);
        otherJudge = data.judge(ReadingFixtures.unique("ev.judge2"), COURT);
        plaintiffLawyer = data.account(ReadingFixtures.unique("ev.lawyerP"), Role.LAWYER, null, true);
        defendantLawyer = data.account(ReadingFixtures.unique("ev.lawyerD"), Role.LAWYER, null, true);
        strangerLawyer = data.account(ReadingFixtures.unique("ev.lawyerX"), Role.LAWYER, null, true);
        long kase = data.caseOf(COURT, caseNumber, judge, CaseStatus.IN_TRIAL, false);
        data.bind(kase, data.party(kase, "PLAINTIFF", "广州某某贸易有限公司", null), plaintiffLawyer);
        data.bind(kase, data.party(kase, "DEFENDANT", "李四", null), defendantLawyer);
        long other = data.caseOf(COURT, "（2026）粤0106民初" + (caseSerial + 1) + "号", otherJudge, CaseStatus.IN_TRIAL, false);
        data.bind(other, data.party(other, "PLAINTIFF", "王五", null), strangerLawyer);
    }

    public HttpTestClient login(long accountId) {
        String username = server.jdbi().withHandle(h -> h.createQuery("SELECT username FROM account WHERE id = :id")
                .bind("id", accountId).mapTo(String.class).one());
        return server.client().login(username, TestData.PASSWORD);
    }

    public EvidenceExchangeCreate create() {
        return new EvidenceExchangeCreate(UUID.randomUUID(), caseNumber, EvidenceProcedure.ORDINARY, TODAY.plusDays(15),
                TODAY.plusDays(20), null, null, null);
    }

    private static final java.util.Map<String, byte[]> PDFS = new java.util.concurrent.ConcurrentHashMap<>();

    /** One PDF per title (the same bytes every time, as a retried upload sends them). */
    public static byte[] pdf(String title) {
        return PDFS.computeIfAbsent(title, t -> new PlainPdf().title(t, 16f).toBytes());
    }

    public static List<Part> parts(EvidenceEntry entry, String fileName) {
        List<Part> parts = new ArrayList<>();
        parts.add(Part.json("entry", entry));
        parts.add(Part.file(EvidenceMaterialType.EVIDENCE.name(), fileName, "application/pdf", pdf(entry.name())));
        return parts;
    }

    public static EvidenceEntry entry(int seq, String name) {
        return new EvidenceEntry(null, seq, name, "原告持有", "双方存在借款合同关系", 2);
    }

    public static Response upload(HttpTestClient client, long id, EvidenceEntry entry) {
        return upload(client, "/api/v1/evidence-exchanges/" + id + "/evidence", entry, UUID.randomUUID());
    }

    public static Response upload(HttpTestClient client, String path, EvidenceEntry entry, UUID key) {
        return client.multipart(path, parts(entry, entry.name() + ".pdf"), "Idempotency-Key", key.toString());
    }

    public static Response cross(HttpTestClient client, long id, CrossExamForm form) {
        return client.post("/api/v1/evidence-exchanges/" + id + "/cross-examinations", form,
                "Idempotency-Key", UUID.randomUUID().toString());
    }

    public static EvidenceEntry paper(EvidenceSide side, int seq, String name) {
        return new EvidenceEntry(side, seq, name, "当事人当庭提交", "被告已部分还款", 3);
    }

    public long version(long id) {
        return count("SELECT version FROM request WHERE id = " + id);
    }

    public long count(String sql) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    /** What any write would leave behind. */
    public List<Long> footprint() {
        return List.of(count("SELECT COUNT(*) FROM request WHERE kind = 'EVIDENCE_EXCHANGE'"),
                count("SELECT COUNT(*) FROM evidence_exchange"), count("SELECT COUNT(*) FROM evidence_item"),
                count("SELECT COUNT(*) FROM evidence_cross_exam"), count("SELECT COUNT(*) FROM evidence_deadline_change"),
                count("SELECT COUNT(*) FROM change_log"), count("SELECT COUNT(*) FROM notification"),
                count("SELECT COUNT(*) FROM audit_log"), count("SELECT COUNT(*) FROM blob"),
                count("SELECT COUNT(*) FROM idempotency_key"),
                count("SELECT COUNT(*) FROM evidence_exchange WHERE reviewed_at IS NOT NULL"));
    }
}

package org.courtdesk.server.adjournment;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.adjournment.AdjournmentForm;
import org.courtdesk.model.adjournment.HearingProcedure;
import org.courtdesk.model.reading.CaseStatus;
import org.courtdesk.server.ServerConfig;
import org.courtdesk.server.pdf.PlainPdf;
import org.courtdesk.server.reading.judge.ReadingFixtures;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Part;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;

/** A court with a judge, a case in trial with a lawyer on record and a party in their own name, and its hearings. */
final class AdjournmentFixtures {

    static final String COURT = ReadingFixtures.COURT;
    static final byte[] PDF = new PlainPdf().title("病历", 16f).toBytes();
    private static final AtomicInteger CASES = new AtomicInteger(500);

    final TestServer server;
    final TestData data;

    AdjournmentFixtures(TestServer server) {
        this.server = server;
        this.data = new ReadingFixtures(server).data;
    }

    long account(String prefix, Role role, String court, boolean verified) {
        return data.account(ReadingFixtures.unique(prefix), role, court, verified);
    }

    HttpTestClient login(long accountId) {
        String username = server.jdbi().withHandle(h -> h.createQuery("SELECT username FROM account WHERE id = :id")
                .bind("id", accountId).mapTo(String.class).one());
        return server.client().login(username, TestData.PASSWORD);
    }

    /** A case of {@code judge} in trial: {@code lawyer} is the plaintiff's agent, {@code party} (if any) the defendant. */
    long caseWith(long judge, long lawyer, Long party) {
        long c = data.caseOf(COURT, "（2026）粤0106民初" + CASES.incrementAndGet() + "号", judge, CaseStatus.IN_TRIAL, false);
        long plaintiff = data.party(c, "PLAINTIFF", "张某", null);
        data.bind(c, plaintiff, lawyer);
        data.party(c, "DEFENDANT", "李某", party);
        return c;
    }

    long hearing(long caseId, LocalDateTime at, HearingProcedure procedure, int adjourned) {
        return server.jdbi().withHandle(h -> AdjournmentRepository.insertHearing(h, caseId, at, "第三法庭", procedure, adjourned));
    }

    /** The court-local now of the test server's clock. */
    LocalDateTime now() {
        return LocalDateTime.ofInstant(server.clock().instant(), ServerConfig.CHINA);
    }

    static Response submit(HttpTestClient client, long hearingId, String reason, UUID key, byte[]... materials) {
        List<Part> parts = new ArrayList<>();
        parts.add(Part.json("adjournment", new AdjournmentForm(hearingId, reason)));
        for (byte[] m : materials) {
            parts.add(Part.file("material", "病历.pdf", "application/pdf", m));
        }
        return client.multipart("/api/v1/adjournments", parts, "Idempotency-Key", key.toString());
    }

    long version(long id) {
        return count("SELECT version FROM request WHERE id = " + id);
    }

    String status(long id) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT status FROM request WHERE id = :id").bind("id", id)
                .mapTo(String.class).one());
    }

    long count(String sql) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}

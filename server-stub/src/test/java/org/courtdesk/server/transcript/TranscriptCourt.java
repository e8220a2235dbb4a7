package org.courtdesk.server.transcript;

import java.util.List;
import java.util.UUID;

import org.courtdesk.model.transcript.TranscriptAttachForm;
import org.courtdesk.server.pdf.PlainPdf;
import org.courtdesk.server.reading.judge.ReadingFixtures;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Part;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;

/**
 * What the 庭审笔录 HTTP tests share: a test server with a judge, the clerk serving them and another judge of the
 * fixtures' court (their usernames made unique from the test's prefix), signing in as one of them by account id, and
 * the clerk's or judge's attach of a hearing's PDF to a case.
 */
final class TranscriptCourt implements AutoCloseable {

    /** A valid one-page transcript PDF. */
    static final byte[] PDF = new PlainPdf().title("庭审笔录", 16f).toBytes();

    final TestServer server;
    final TestData data;
    final long judge;
    final long clerk;
    final long otherJudge;

    private TranscriptCourt(TestServer server, String prefix) {
        this.server = server;
        this.data = new ReadingFixtures(server).data;
        this.judge = data.judge(ReadingFixtures.unique(prefix + ".judge"), ReadingFixtures.COURT);
        this.clerk = data.clerk(ReadingFixtures.unique(prefix + ".clerk"), ReadingFixtures.COURT, judge);
        this.otherJudge = data.judge(ReadingFixtures.unique(prefix + ".judge2"), ReadingFixtures.COURT);
    }

    static TranscriptCourt start(String prefix) {
        TestServer server = TestServer.start();
        try {
            return new TranscriptCourt(server, prefix);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    HttpTestClient login(long accountId) {
        String username = server.jdbi().withHandle(h -> h.createQuery("SELECT username FROM account WHERE id = :id")
                .bind("id", accountId).mapTo(String.class).one());
        return server.client().login(username, TestData.PASSWORD);
    }

    /** POST /api/v1/judge/transcripts: the form and {@code pdf} as multipart, under {@code key}. */
    static Response attach(HttpTestClient who, TranscriptAttachForm form, byte[] pdf, UUID key) {
        return who.multipart("/api/v1/judge/transcripts", List.of(Part.json("transcript", form),
                Part.file("PDF", "庭审笔录.pdf", "application/pdf", pdf)), "Idempotency-Key", key.toString());
    }

    /** {@link #attach(HttpTestClient, TranscriptAttachForm, byte[], UUID)} of {@link #PDF}. */
    static Response attach(HttpTestClient who, TranscriptAttachForm form, UUID key) {
        return attach(who, form, PDF, key);
    }

    @Override
    public void close() {
        server.close();
    }
}

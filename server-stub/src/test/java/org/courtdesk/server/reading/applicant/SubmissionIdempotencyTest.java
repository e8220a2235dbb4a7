package org.courtdesk.server.reading.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.server.reading.applicant.ApplicantFixtures.PATH;
import static org.courtdesk.server.reading.applicant.ApplicantFixtures.body;
import static org.courtdesk.server.reading.applicant.ApplicantFixtures.form;
import static org.courtdesk.server.reading.applicant.ApplicantFixtures.lawyerMaterials;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.courtdesk.model.api.ReadingApplicationForm;
import org.courtdesk.model.api.SubmissionReceipt;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Part;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A submission carries the client's Idempotency-Key: a retry after a lost answer stores nothing new and returns the
 * first answer; the same key for something else is refused; no key is refused. Nothing is stored by a refusal.
 */
class SubmissionIdempotencyTest {

    static TestServer server;
    static ApplicantFixtures af;

    long judgeId;
    HttpTestClient lawyer;
    ApplicantFixtures.Case kase;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        af = new ApplicantFixtures(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void people() {
        judgeId = af.judge();
        lawyer = af.login(af.lawyer());
        kase = af.archived(judgeId, true);
    }

    private static String[] key(UUID key) {
        return new String[] {ApplicantRoutes.KEY_HEADER, key.toString()};
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstAnswerAndStoresNothingNew() {
        UUID key = UUID.randomUUID();
        List<Part> parts = body(form(kase.number(), ReadingMode.ONLINE), lawyerMaterials());

        Response first = lawyer.multipart(PATH, parts, key(key));
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(first.header(ApplicantRoutes.REPLAYED_HEADER)).isNull();
        ApplicantFixtures.Counts afterFirst = af.counts();

        Response retry = lawyer.multipart(PATH, parts, key(key));
        assertThat(retry.status()).as(retry.text()).isEqualTo(201);
        assertThat(retry.header(ApplicantRoutes.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        SubmissionReceipt a = first.as(SubmissionReceipt.class);
        SubmissionReceipt b = retry.as(SubmissionReceipt.class);
        assertThat(b.id()).isEqualTo(a.id());
        assertThat(b.applicationNo()).isEqualTo(a.applicationNo());
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(af.counts()).as("the retry stored nothing").isEqualTo(afterFirst);
    }

    @Test
    void theSameKeyForAnotherBodyOrByAnotherAccountIsRefused() {
        UUID key = UUID.randomUUID();
        ReadingApplicationForm f = form(kase.number(), ReadingMode.ONLINE);
        assertThat(lawyer.multipart(PATH, body(f, lawyerMaterials()), key(key)).status()).isEqualTo(201);
        ApplicantFixtures.Counts before = af.counts();

        ReadingApplicationForm other = new ReadingApplicationForm(f.courtCode(), f.caseNumber(), f.content(),
                f.reason() + "（另一份）", f.requestedMode(), true, 1);
        Response changed = lawyer.multipart(PATH, body(other, lawyerMaterials()), key(key));
        assertThat(changed.status()).as(changed.text()).isEqualTo(422);
        assertThat(changed.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");

        HttpTestClient otherLawyer = af.login(af.lawyer());
        Response stranger = otherLawyer.multipart(PATH, body(f, lawyerMaterials()), key(key));
        assertThat(stranger.status()).as(stranger.text()).isEqualTo(422);
        assertThat(stranger.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(af.counts()).as("refusals store nothing").isEqualTo(before);
    }

    @Test
    void aSubmissionWithoutAKeyOrWithAMalformedOneIsRefused() {
        ApplicantFixtures.Counts before = af.counts();
        List<Part> parts = body(form(kase.number(), ReadingMode.ONLINE), lawyerMaterials());

        Response none = lawyer.multipart(PATH, parts, ApplicantRoutes.KEY_HEADER, "");
        assertThat(none.status()).as(none.text()).isEqualTo(400);
        assertThat(none.code()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
        assertThat(none.json().path("detail").asText()).contains("Idempotency-Key");

        Response bad = lawyer.multipart(PATH, parts, ApplicantRoutes.KEY_HEADER, "12345");
        assertThat(bad.status()).as(bad.text()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
        assertThat(af.counts()).isEqualTo(before);
    }

    @Test
    void concurrentTwinsWithOneKeyStoreOneRequest() throws Exception {
        UUID key = UUID.randomUUID();
        List<Part> parts = body(form(kase.number(), ReadingMode.ONLINE), lawyerMaterials());
        ApplicantFixtures.Counts before = af.counts();
        int n = 5;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return lawyer.multipart(PATH, parts, key(key));
                }));
            }
            go.countDown();
            Set<Long> ids = new HashSet<>();
            int replays = 0;
            for (Future<Response> f : futures) {
                Response r = f.get();
                assertThat(r.status()).as(r.text()).isEqualTo(201);
                ids.add(r.as(SubmissionReceipt.class).id());
                replays += "true".equals(r.header(ApplicantRoutes.REPLAYED_HEADER)) ? 1 : 0;
            }
            assertThat(ids).hasSize(1);
            assertThat(replays).isEqualTo(n - 1);
        } finally {
            pool.shutdownNow();
        }
        ApplicantFixtures.Counts after = af.counts();
        assertThat(after.requests()).isEqualTo(before.requests() + 1);
        assertThat(after.changes()).isEqualTo(before.changes() + 1);
    }
}

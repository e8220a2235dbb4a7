package org.courtdesk.server.reading.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.server.reading.applicant.ApplicantFixtures.body;
import static org.courtdesk.server.reading.applicant.ApplicantFixtures.lawyerMaterials;

import java.time.LocalDateTime;

import org.courtdesk.model.api.ReadingApplicationForm;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.SubmissionReceipt;
import org.courtdesk.model.reading.ReadingAgreement;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The 阅卷须知 is served per court and versioned, and the version an application was ticked on is stored with it; the
 * applicant may propose a 预约时间 for an on-site reading (seeds 000 §2 and §3.5, 001 §2.4).
 */
class ReadingAgreementApiTest {

    static final String PATH = "/api/v1/reading-requests";
    static TestServer server;
    static ApplicantFixtures af;

    HttpTestClient lawyer;
    long judgeId;

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
    }

    private static ReadingApplicationForm form(String number, ReadingMode mode, Integer version, LocalDateTime proposed) {
        return new ReadingApplicationForm(ApplicantFixtures.COURT, number, "全案卷宗", "代理需要", mode, true, version,
                proposed);
    }

    private ReadingAgreement served(String court) {
        Response r = lawyer.get("/api/v1/courts/" + court + "/reading-agreement");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.as(ReadingAgreement.class);
    }

    @Test
    void aCourtWithoutItsOwnTextServesTheDefaultAndANewTextIsTheNextVersion() {
        ReadingAgreement dflt = served(ApplicantFixtures.COURT);
        assertThat(dflt.courtCode()).isNull();
        assertThat(dflt.version()).isEqualTo(1);
        assertThat(dflt.text()).contains("审核法官在审核过程中可根据实际情况修改查阅方式及预约时间");
        assertThat(lawyer.get("/api/v1/courts/粤9999/reading-agreement").status()).isEqualTo(404);

        ApplicantFixtures.Case c = af.archived(judgeId, true);
        server.jdbi().useHandle(h -> ReadingAgreements.publish(h, ApplicantFixtures.COURT, "天河法院网上阅卷告知书",
                "本院新版告知书", server.clock().instant()));
        try {
            ReadingAgreement own = served(ApplicantFixtures.COURT);
            assertThat(own.courtCode()).isEqualTo(ApplicantFixtures.COURT);
            assertThat(own.version()).isEqualTo(1); // the court's own first version
            assertThat(own.text()).isEqualTo("本院新版告知书");
            server.jdbi().useHandle(h -> ReadingAgreements.publish(h, ApplicantFixtures.COURT, "告知书", "第二版",
                    server.clock().instant()));
            assertThat(served(ApplicantFixtures.COURT).version()).isEqualTo(2);

            // Ticked on the version before: refused, nothing stored.
            ApplicantFixtures.Counts before = af.counts();
            Response old = lawyer.multipart(PATH, body(form(c.number(), ReadingMode.ONLINE, 1, null), lawyerMaterials()));
            assertThat(old.status()).as(old.text()).isEqualTo(409);
            assertThat(old.code()).isEqualTo("AGREEMENT_OUTDATED");
            assertThat(old.json().path("detail").asText()).contains("第1版", "第2版");
            assertThat(af.counts()).isEqualTo(before);
            // No version at all: the applicant did not say what they ticked.
            Response none = lawyer.multipart(PATH, body(form(c.number(), ReadingMode.ONLINE, null, null), lawyerMaterials()));
            assertThat(none.code()).isEqualTo("AGREEMENT_NOT_ACCEPTED");
            assertThat(af.counts()).isEqualTo(before);

            Response ok = lawyer.multipart(PATH, body(form(c.number(), ReadingMode.ONLINE, 2, null), lawyerMaterials()));
            assertThat(ok.status()).as(ok.text()).isEqualTo(201);
            ReadingRequestView stored = ok.as(SubmissionReceipt.class).request();
            assertThat(stored.agreementVersion()).isEqualTo(2);
            String agreementCourt = server.jdbi().withHandle(h -> h.createQuery(
                    "SELECT agreement_court FROM reading_request WHERE id = :id").bind("id", stored.id())
                    .mapTo(String.class).one());
            assertThat(agreementCourt).isEqualTo(ApplicantFixtures.COURT);
        } finally {
            server.jdbi().useHandle(h -> h.execute("DELETE FROM reading_agreement WHERE court_code = ?",
                    ApplicantFixtures.COURT));
        }
    }

    @Test
    void aProposedTimeIsForAnOnSiteReadingInTheNextNinetyDays() {
        ApplicantFixtures.Case c = af.archived(judgeId, false);
        LocalDateTime now = LocalDateTime.of(2026, 11, 23, 10, 0); // TestServer.START in Guangzhou
        ApplicantFixtures.Counts before = af.counts();
        for (Object[] bad : new Object[][] {
                {ReadingMode.ONLINE, now.plusDays(2), "只有现场查阅"},
                {ReadingMode.ON_SITE, now.minusHours(1), "不能早于当前时间"},
                {ReadingMode.ON_SITE, now.plusDays(91), "90天之内"}}) {
            Response r = lawyer.multipart(PATH, body(form(c.number(), (ReadingMode) bad[0], 1, (LocalDateTime) bad[1]),
                    lawyerMaterials()));
            assertThat(r.status()).as("%s %s", bad[0], bad[1]).isEqualTo(400);
            assertThat(r.json().path("detail").asText()).contains((String) bad[2]);
            assertThat(af.counts()).isEqualTo(before);
        }

        LocalDateTime proposed = LocalDateTime.of(2026, 11, 26, 9, 30);
        Response ok = lawyer.multipart(PATH, body(form(c.number(), ReadingMode.ON_SITE, 1, proposed), lawyerMaterials()));
        assertThat(ok.status()).as(ok.text()).isEqualTo(201);
        ReadingRequestView view = ok.as(SubmissionReceipt.class).request();
        assertThat(view.proposedTime()).isEqualTo(proposed);
        // The judge sees it too, and the history names it.
        HttpTestClient judge = af.login(judgeId);
        ReadingRequestView seen = judge.get("/api/v1/judge/reading-requests/" + view.id()).as(ReadingRequestView.class);
        assertThat(seen.proposedTime()).isEqualTo(proposed);
        assertThat(seen.audit()).anySatisfy(a -> assertThat(a.detail()).contains("预约时间：2026-11-26 09:30"));
    }
}

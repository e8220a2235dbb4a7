package org.courtdesk.server.filing.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.filing.FilingConclusion;
import org.courtdesk.model.filing.FilingConclusionDecision;
import org.courtdesk.model.filing.FilingIntake;
import org.courtdesk.model.filing.FilingOpinionSave;
import org.courtdesk.server.account.AccountRepository;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.filing.FilingFixtures;
import org.courtdesk.server.filing.trial.TrialSystemUnavailable;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.request.StaffActions;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 收案 when the trial system fails: nothing stored, the filing stays 符, the caller is told to try again. */
class IntakeTrialSystemTest {

    /** A court whose code no 案号 can carry: the default register cannot number its cases. */
    static final String ODD_COURT = "测试法院";

    static TestServer server;
    static FilingFixtures fx;
    static long judge;
    static long oddJudge;
    static long party;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fx = new FilingFixtures(server);
        fx.data.court(ODD_COURT, "测试用法院");
        judge = fx.data.judge("trial.judge", FilingFixtures.COURT);
        oddJudge = fx.data.judge("trial.judge.odd", ODD_COURT);
        party = fx.data.account("trial.party", Role.PARTY, null, true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A filing at {@code court}, reviewed to 符 by {@code judgeId}. */
    private static long conforming(String court, long judgeId) {
        Response filed = FilingFixtures.submit(fx.login(party), FilingFixtures.parts(FilingFixtures.form(court), Role.PARTY),
                UUID.randomUUID());
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        long id = filed.json().path("id").asLong();
        HttpTestClient byJudge = fx.login(judgeId);
        assertThat(byJudge.post("/api/v1/judge/filings/" + id + "/opinion",
                new FilingOpinionSave(UUID.randomUUID(), fx.version(id), "符合立案条件")).status()).isEqualTo(200);
        assertThat(byJudge.post("/api/v1/judge/filings/" + id + "/conclusion", new FilingConclusionDecision(
                UUID.randomUUID(), fx.version(id), FilingConclusion.CONFORMS, null, null, null, null)).status()).isEqualTo(200);
        return id;
    }

    @Test
    void aThrowingTrialSystemLeavesNothingStored() {
        long id = conforming(FilingFixtures.COURT, judge);
        long version = fx.version(id);
        long cases = fx.count("SELECT COUNT(*) FROM court_case");
        long notices = fx.count("SELECT COUNT(*) FROM notification");
        long audit = fx.count("SELECT COUNT(*) FROM audit_log");
        CurrentUser user = server.jdbi().withHandle(h -> new CurrentUser(AccountRepository.byId(h, judge).orElseThrow(),
                List.of(judge)));
        FilingIntakeAction failing = new FilingIntakeAction((h, registration) -> {
            throw new IllegalStateException("审判系统连接超时");
        });
        byte[] body = Json.write(new FilingIntake(UUID.randomUUID(), version)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new StaffActions(server.server().context()).run(user, id, body, failing))
                .isInstanceOf(TrialSystemUnavailable.class)
                .hasMessageContaining("收案未完成");
        assertThat(fx.status(id)).isEqualTo("FILING_CONFORMS");
        assertThat(fx.version(id)).isEqualTo(version);
        assertThat(fx.count("SELECT COUNT(*) FROM court_case")).isEqualTo(cases);
        assertThat(fx.count("SELECT COUNT(*) FROM notification")).isEqualTo(notices);
        assertThat(fx.count("SELECT COUNT(*) FROM audit_log")).isEqualTo(audit);
        assertThat(fx.count("SELECT COUNT(*) FROM filing_request WHERE case_number IS NOT NULL AND id = " + id)).isZero();

        // the same 收案 against the working register then files it
        Response intake = fx.login(judge).post("/api/v1/judge/filings/" + id + "/intake", new FilingIntake(UUID.randomUUID(), version));
        assertThat(intake.status()).as(intake.text()).isEqualTo(200);
        assertThat(intake.json().path("request").path("caseNumber").asText()).matches("（2026）粤0106民初\\d+号");
    }

    @Test
    void overHttpTheFailureIsServiceBusyWithRetryAfter() {
        long id = conforming(ODD_COURT, oddJudge);
        long version = fx.version(id);
        long cases = fx.count("SELECT COUNT(*) FROM court_case");
        Response r = fx.login(oddJudge).post("/api/v1/judge/filings/" + id + "/intake", new FilingIntake(UUID.randomUUID(), version));
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.code()).isEqualTo("SERVICE_BUSY");
        assertThat(r.header("Retry-After")).isEqualTo(String.valueOf(TrialSystemUnavailable.RETRY_AFTER_SECONDS));
        assertThat(r.json().path("detail").asText()).contains("审判系统暂时无法接收立案");
        assertThat(fx.status(id)).isEqualTo("FILING_CONFORMS");
        assertThat(fx.version(id)).isEqualTo(version);
        assertThat(fx.count("SELECT COUNT(*) FROM court_case")).isEqualTo(cases);
        assertThat(server.sms().fullTexts(id)).singleElement().asString().contains("符合立案条件");
    }
}

package org.courtdesk.server.binding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.api.ReadingApplicationForm;
import org.courtdesk.model.binding.BindingDecision;
import org.courtdesk.model.binding.BindingVerdict;
import org.courtdesk.model.reading.MaterialType;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.server.pdf.PlainPdf;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Part;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one test across two kinds (seed 002: 若律师名下的案件是审理状态，且系统中没有律师信息，需要先申请案件绑定): at a court
 * whose setting lets agents read a case in trial, a lawyer's 阅卷申请 is refused with BINDING_REQUIRED until an approved
 * 案件绑定 put them in case_agent — and a rejected one does not. Both kinds only over HTTP; the link is the table.
 */
class BindingThenReadingTest {

    static final String IN_TRIAL_COURT = "粤01";
    static TestServer server;
    static BindingFixtures fx;
    static long judge;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fx = new BindingFixtures(server);
        fx.data.courtWithInTrialReading(IN_TRIAL_COURT, "广州市中级人民法院");
        judge = fx.data.judge(BindingFixtures.unique("judge"), IN_TRIAL_COURT);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anApprovedBindingLetsTheLawyerApplyToReadTheCaseInTrial() {
        long lawyerId = fx.lawyer(true);
        HttpTestClient lawyer = fx.login(lawyerId);
        BindingFixtures.Case c = fx.inTrial(IN_TRIAL_COURT, judge);

        Response before = applyToRead(lawyer, c.number());
        assertThat(before.status()).as(before.text()).isEqualTo(409);
        assertThat(before.code()).isEqualTo("BINDING_REQUIRED");

        long id = BindingFixtures.submit(lawyer, BindingFixtures.parts(BindingFixtures.form(IN_TRIAL_COURT, c.number())))
                .json().path("id").asLong();
        // still waiting: still refused
        assertThat(applyToRead(lawyer, c.number()).code()).isEqualTo("BINDING_REQUIRED");
        Response approved = fx.login(judge).post("/api/v1/judge/bindings/" + id + "/decision",
                new BindingDecision(UUID.randomUUID(), fx.version(id), BindingVerdict.APPROVE, null));
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);

        Response after = applyToRead(lawyer, c.number());
        assertThat(after.status()).as(after.text()).isEqualTo(201);
        assertThat(after.json().path("request").path("caseNumber").asText()).isEqualTo(c.number());
    }

    @Test
    void aRejectedBindingLeavesTheLawyerRefused() {
        HttpTestClient lawyer = fx.login(fx.lawyer(true));
        BindingFixtures.Case c = fx.inTrial(IN_TRIAL_COURT, judge);
        long id = BindingFixtures.submit(lawyer, BindingFixtures.parts(BindingFixtures.form(IN_TRIAL_COURT, c.number())))
                .json().path("id").asLong();
        Response rejected = fx.login(judge).post("/api/v1/judge/bindings/" + id + "/decision",
                new BindingDecision(UUID.randomUUID(), fx.version(id), BindingVerdict.REJECT, "律所函与申请律师不一致"));
        assertThat(rejected.status()).as(rejected.text()).isEqualTo(200);

        Response r = applyToRead(lawyer, c.number());
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("BINDING_REQUIRED");
    }

    /** A lawyer's 阅卷申请 (online) with the four papers seed 002 asks of a lawyer. */
    private static Response applyToRead(HttpTestClient lawyer, String caseNumber) {
        List<Part> parts = new ArrayList<>();
        parts.add(Part.json("application", new ReadingApplicationForm(IN_TRIAL_COURT, caseNumber, "全案卷宗",
                "代理被告参加诉讼，需要查阅卷宗", ReadingMode.ONLINE, true, 1)));
        for (MaterialType t : List.of(MaterialType.LAWYER_LICENCE, MaterialType.LAW_FIRM_LETTER,
                MaterialType.POWER_OF_ATTORNEY, MaterialType.PARTY_IDENTITY)) {
            parts.add(Part.file(t.name(), t.name() + ".pdf", "application/pdf", new PlainPdf().title(t.name(), 16f).toBytes()));
        }
        return lawyer.multipart("/api/v1/reading-requests", parts, "Idempotency-Key", UUID.randomUUID().toString());
    }
}

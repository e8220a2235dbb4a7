package org.courtdesk.server.binding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.binding.BindingAuthority;
import org.courtdesk.model.binding.BindingForm;
import org.courtdesk.model.binding.BindingMaterialType;
import org.courtdesk.model.binding.BindingPartyRole;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every refusal of a binding application (spec-004 §8, the brief's list) stores nothing: no row, SMS or change. */
class BindingRefusalsTest {

    static TestServer server;
    static BindingFixtures fx;
    static long judge;
    static BindingFixtures.Case c;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fx = new BindingFixtures(server);
        judge = fx.data.judge(BindingFixtures.unique("judge"), BindingFixtures.COURT);
        c = fx.inTrial(BindingFixtures.COURT, judge);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertRefused(Response r, BindingFixtures.Counts before, int status, String code) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.code()).isEqualTo(code);
        assertThat(fx.counts()).as("nothing stored").isEqualTo(before);
    }

    private static Response apply(HttpTestClient client, BindingForm form, BindingMaterialType... types) {
        return BindingFixtures.submit(client, BindingFixtures.parts(form, types));
    }

    @Test
    void aLawyerWithoutIdentityVerificationIsRefused() {
        var before = fx.counts();
        assertRefused(apply(fx.login(fx.lawyer(false)), BindingFixtures.form(BindingFixtures.COURT, c.number())), before,
                403, "IDENTITY_NOT_VERIFIED");
    }

    @Test
    void aPartyMayNotApply() {
        long party = fx.data.account(BindingFixtures.unique("party"), Role.PARTY, null, true);
        var before = fx.counts();
        assertRefused(apply(fx.login(party), BindingFixtures.form(BindingFixtures.COURT, c.number())), before, 403,
                "FORBIDDEN");
    }

    @Test
    void aCaseThatDoesNotExistIsRefused() {
        var before = fx.counts();
        Response r = apply(fx.login(fx.lawyer(true)), BindingFixtures.form(BindingFixtures.COURT, "（2026）粤0106民初99999号"));
        assertRefused(r, before, 404, "CASE_NOT_FOUND");
        assertThat(r.json().path("detail").asText()).contains("（2026）粤0106民初99999号");
    }

    @Test
    void aPartyNotOfTheCaseIsRefused() {
        var before = fx.counts();
        BindingForm stranger = new BindingForm(BindingFixtures.COURT, c.number(), BindingPartyRole.DEFENDANT, "王五",
                "14401201810123456", "广东正义律师事务所", BindingAuthority.GENERAL);
        assertRefused(apply(fx.login(fx.lawyer(true)), stranger), before, 422, "BINDING_PARTY_NOT_OF_CASE");
        // the right name on the wrong side is not that party either
        BindingForm wrongSide = new BindingForm(BindingFixtures.COURT, c.number(), BindingPartyRole.PLAINTIFF,
                "广州某某贸易有限公司", "14401201810123456", "广东正义律师事务所", BindingAuthority.GENERAL);
        assertRefused(apply(fx.login(fx.lawyer(true)), wrongSide), before, 422, "BINDING_PARTY_NOT_OF_CASE");
    }

    @Test
    void aLawyerAlreadyBoundToThatPartyIsRefused() {
        long lawyer = fx.lawyer(true);
        fx.data.bind(c.id(), c.defendantId(), lawyer);
        var before = fx.counts();
        assertRefused(apply(fx.login(lawyer), BindingFixtures.form(BindingFixtures.COURT, c.number())), before, 409,
                "BINDING_ALREADY_BOUND");
    }

    @Test
    void aSecondApplicationWhileTheFirstWaitsIsRefused() {
        HttpTestClient lawyer = fx.login(fx.lawyer(true));
        assertThat(apply(lawyer, BindingFixtures.form(BindingFixtures.COURT, c.number())).status()).isEqualTo(201);
        var before = fx.counts();
        assertRefused(apply(lawyer, BindingFixtures.form(BindingFixtures.COURT, c.number())), before, 409,
                "BINDING_ALREADY_PENDING");
    }

    @Test
    void missingMaterialsAreRefused() {
        var before = fx.counts();
        Response r = apply(fx.login(fx.lawyer(true)), BindingFixtures.form(BindingFixtures.COURT, c.number()),
                BindingMaterialType.POWER_OF_ATTORNEY);
        assertRefused(r, before, 400, "MATERIAL_MISSING");
        assertThat(r.json().path("detail").asText()).contains("律所函");
    }

    @Test
    void anIncompleteFormIsRefusedWithEveryProblem() {
        var before = fx.counts();
        BindingForm form = new BindingForm(BindingFixtures.COURT, c.number(), null, null, "123", "", null);
        Response r = apply(fx.login(fx.lawyer(true)), form);
        assertRefused(r, before, 400, "BINDING_PARTY_REQUIRED");
        assertThat(r.text()).contains("BINDING_LICENCE_INVALID", "BINDING_LAW_FIRM_REQUIRED", "BINDING_AUTHORITY_REQUIRED");
    }

    @Test
    void anUnknownCourtIsRefused() {
        var before = fx.counts();
        assertRefused(apply(fx.login(fx.lawyer(true)), BindingFixtures.form("粤9999", "（2026）粤9999民初1号")), before, 400,
                "COURT_UNKNOWN");
    }

    @Test
    void aSubmissionWithoutAUuidIdempotencyKeyIsRefused() {
        var before = fx.counts();
        Response r = fx.login(fx.lawyer(true)).multipart("/api/v1/bindings",
                BindingFixtures.parts(BindingFixtures.form(BindingFixtures.COURT, c.number())), "Idempotency-Key", "once");
        assertRefused(r, before, 400, "IDEMPOTENCY_KEY_REQUIRED");
    }

    @Test
    void theSameKeyTwiceStoresOnce() {
        HttpTestClient lawyer = fx.login(fx.lawyer(true));
        BindingFixtures.Case other = fx.inTrial(BindingFixtures.COURT, judge);
        String key = UUID.randomUUID().toString();
        var parts = BindingFixtures.parts(BindingFixtures.form(BindingFixtures.COURT, other.number()));
        Response first = lawyer.multipart("/api/v1/bindings", parts, "Idempotency-Key", key);
        var after = fx.counts();
        Response second = lawyer.multipart("/api/v1/bindings", parts, "Idempotency-Key", key);
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.json().path("id").asLong()).isEqualTo(first.json().path("id").asLong());
        assertThat(fx.counts()).isEqualTo(after);
    }
}

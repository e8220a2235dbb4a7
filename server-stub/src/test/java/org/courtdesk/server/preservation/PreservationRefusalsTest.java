package org.courtdesk.server.preservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.courtdesk.model.preservation.GuaranteeKind;
import org.courtdesk.model.preservation.PreservationAccept;
import org.courtdesk.model.preservation.PreservationForm;
import org.courtdesk.model.preservation.PreservationMaterialType;
import org.courtdesk.model.preservation.PreservationReturn;
import org.courtdesk.model.preservation.PreservationStage;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Part;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every refusal of 诉讼保全 over HTTP, each with its stable code, and nothing stored by any of them. */
class PreservationRefusalsTest {

    static TestServer server;
    static PreservationFixtures fx;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fx = new PreservationFixtures(server, "refuse");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void refused(Supplier<Response> call, int status, String code) {
        List<Long> before = fx.footprint();
        Response r = call.get();
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.code()).as(r.text()).isEqualTo(code);
        assertThat(fx.footprint()).as("nothing stored on " + code).isEqualTo(before);
    }

    private static PreservationForm with(PreservationForm f, PreservationStage stage, String caseNumber, String court,
                                         boolean urgent, String reason, GuaranteeKind g, String guarantee) {
        return new PreservationForm(stage, caseNumber, court, urgent, reason, f.parties(), f.propertyClues(), f.amount(),
                g, guarantee == null ? null : new BigDecimal(guarantee));
    }

    @Test
    void theApplicationsRules() {
        HttpTestClient lawyer = fx.login(fx.lawyer);
        PreservationForm ok = fx.inLitigation(false);
        refused(() -> lawyer.multipart("/api/v1/preservations", PreservationFixtures.parts(ok), "Idempotency-Key",
                "not-a-uuid"), 400, "IDEMPOTENCY_KEY_REQUIRED");
        refused(() -> PreservationFixtures.submit(fx.login(fx.judge), ok), 403, "FORBIDDEN");
        long unverified = fx.data.account("refuse.unverified", org.courtdesk.model.account.Role.LAWYER, null, false);
        refused(() -> PreservationFixtures.submit(fx.login(unverified), ok), 403, "IDENTITY_NOT_VERIFIED");
        refused(() -> PreservationFixtures.submit(lawyer, with(ok, PreservationStage.PRE_SUIT, null,
                PreservationFixtures.COURT, false, null, GuaranteeKind.NONE, null)), 400, "PRESERVATION_GUARANTEE_REQUIRED");
        refused(() -> PreservationFixtures.submit(lawyer, with(ok, PreservationStage.PRE_SUIT, null,
                PreservationFixtures.COURT, false, null, GuaranteeKind.CASH, "1000")), 400,
                "PRESERVATION_GUARANTEE_INSUFFICIENT");
        refused(() -> PreservationFixtures.submit(lawyer, with(ok, PreservationStage.IN_LITIGATION, fx.caseNumber, null,
                true, "", GuaranteeKind.NONE, null)), 400, "PRESERVATION_URGENT_REASON_REQUIRED");
        refused(() -> PreservationFixtures.submit(lawyer, new PreservationForm(PreservationStage.IN_LITIGATION,
                fx.caseNumber, null, false, null, ok.parties(), List.of(), ok.amount(), GuaranteeKind.NONE, null)), 400,
                "PRESERVATION_PROPERTY_REQUIRED");
        refused(() -> PreservationFixtures.submit(lawyer, new PreservationForm(PreservationStage.IN_LITIGATION,
                fx.caseNumber, null, false, null, ok.parties().subList(0, 1), ok.propertyClues(), ok.amount(),
                GuaranteeKind.NONE, null)), 400, "PRESERVATION_RESPONDENT_REQUIRED");
        refused(() -> PreservationFixtures.submit(lawyer, new PreservationForm(PreservationStage.IN_LITIGATION,
                fx.caseNumber, null, false, null, ok.parties(), ok.propertyClues(), new BigDecimal("0.001"),
                GuaranteeKind.NONE, null)), 400, "PRESERVATION_AMOUNT_INVALID");
        // the guarantee offered but its papers missing
        refused(() -> PreservationFixtures.submit(lawyer, List.of(Part.json("preservation", ok),
                Part.file(PreservationMaterialType.APPLICATION.name(), "申请书.pdf", "application/pdf",
                        PreservationFixtures.PDF)), UUID.randomUUID()), 400, "MATERIAL_MISSING");
        refused(() -> PreservationFixtures.submit(lawyer, List.of(Part.json("preservation", ok),
                Part.file(PreservationMaterialType.APPLICATION.name(), "申请书.txt", "application/pdf",
                        "plain text".getBytes()), Part.file(PreservationMaterialType.GUARANTEE.name(), "保函.pdf",
                        "application/pdf", PreservationFixtures.PDF)), UUID.randomUUID()), 415, "MATERIAL_CONTENT_REFUSED");
    }

    @Test
    void theCaseAndTheCourt() {
        HttpTestClient lawyer = fx.login(fx.lawyer);
        PreservationForm ok = fx.inLitigation(false);
        refused(() -> PreservationFixtures.submit(lawyer, with(ok, PreservationStage.IN_LITIGATION, "（2026）粤0106民初9号",
                null, false, null, GuaranteeKind.NONE, null)), 404, "CASE_NOT_FOUND");
        refused(() -> PreservationFixtures.submit(lawyer, with(ok, PreservationStage.IN_LITIGATION, fx.archivedCase,
                null, false, null, GuaranteeKind.NONE, null)), 409, "PRESERVATION_CASE_NOT_IN_TRIAL");
        long stranger = fx.data.account("refuse.stranger", org.courtdesk.model.account.Role.LAWYER, null, true);
        refused(() -> PreservationFixtures.submit(fx.login(stranger), ok), 403, "NOT_CASE_LAWYER");
        long otherParty = fx.data.account("refuse.party2", org.courtdesk.model.account.Role.PARTY, null, true);
        refused(() -> PreservationFixtures.submit(fx.login(otherParty), ok), 403, "NOT_OWN_CASE");
        refused(() -> PreservationFixtures.submit(lawyer, PreservationFixtures.preSuit("粤9999")), 400, "COURT_UNKNOWN");
    }

    @Test
    void theCourtsDecisions() {
        Response applied = PreservationFixtures.submit(fx.login(fx.lawyer), fx.inLitigation(true));
        assertThat(applied.status()).as(applied.text()).isEqualTo(201);
        long id = applied.json().path("id").asLong();
        HttpTestClient judge = fx.login(fx.judge);
        String path = "/api/v1/judge/preservations/" + id;
        refused(() -> judge.post(path + "/return", new PreservationReturn(UUID.randomUUID(), fx.version(id), "  ")),
                400, "PRESERVATION_RETURN_REASON_REQUIRED");
        refused(() -> judge.post(path + "/accept", new PreservationAccept(UUID.randomUUID(), fx.version(id) - 1, null)),
                409, "VERSION_CONFLICT");
        refused(() -> judge.post(path + "/accept", new PreservationAccept(UUID.randomUUID(), fx.version(id),
                "文".repeat(61))), 400, "TEXT_TOO_LONG");
        refused(() -> fx.login(fx.otherJudge).post(path + "/accept", new PreservationAccept(UUID.randomUUID(),
                fx.version(id), null)), 404, "NOT_FOUND");
        refused(() -> fx.login(fx.lawyer).post(path + "/accept", new PreservationAccept(UUID.randomUUID(),
                fx.version(id), null)), 403, "FORBIDDEN");
        assertThat(fx.status(id)).isEqualTo("SUBMITTED");

        // the same key replays the answer instead of deciding twice
        UUID key = UUID.randomUUID();
        PreservationAccept accept = new PreservationAccept(key, fx.version(id), null);
        assertThat(judge.post(path + "/accept", accept).status()).isEqualTo(200);
        Response replay = judge.post(path + "/accept", accept);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().path("replayed").asBoolean()).isTrue();
        refused(() -> judge.post(path + "/return", new PreservationReturn(UUID.randomUUID(), fx.version(id), "重复")),
                409, "ILLEGAL_TRANSITION");
        assertThat(server.sms().fullTexts(id)).hasSize(1);
    }
}

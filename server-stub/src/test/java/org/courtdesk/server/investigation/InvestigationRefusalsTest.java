package org.courtdesk.server.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.investigation.InvestigationForm;
import org.courtdesk.model.investigation.InvestigationIssue;
import org.courtdesk.model.investigation.InvestigationMaterialType;
import org.courtdesk.model.investigation.InvestigationReturn;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Part;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every refusal of 调查令 over HTTP, each with its stable code, and nothing stored by any of them. */
class InvestigationRefusalsTest {

    static TestServer server;
    static InvestigationFixtures fx;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fx = new InvestigationFixtures(server);
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

    @Test
    void theApplication() {
        HttpTestClient lawyer = fx.login(fx.lawyer);
        InvestigationForm ok = InvestigationFixtures.form(fx.caseNumber);
        // only lawyers: the order is issued to a party's lawyer
        refused(() -> InvestigationFixtures.submit(fx.login(fx.party), InvestigationFixtures.parts(ok)), 403, "FORBIDDEN");
        refused(() -> InvestigationFixtures.submit(fx.login(fx.judge), InvestigationFixtures.parts(ok)), 403, "FORBIDDEN");
        long unverified = fx.data.account("inv.unverified", Role.LAWYER, null, false);
        refused(() -> InvestigationFixtures.submit(fx.login(unverified), InvestigationFixtures.parts(ok)), 403,
                "IDENTITY_NOT_VERIFIED");
        // the rule of the 举证期限: after it ended, refused with its own code
        refused(() -> InvestigationFixtures.submit(lawyer, InvestigationFixtures.parts(InvestigationFixtures.form(fx.lateCase))),
                409, "INVESTIGATION_AFTER_EVIDENCE_DEADLINE");
        refused(() -> InvestigationFixtures.submit(lawyer, InvestigationFixtures.parts(InvestigationFixtures.form(fx.archivedCase))),
                409, "INVESTIGATION_CASE_NOT_IN_TRIAL");
        refused(() -> InvestigationFixtures.submit(lawyer, InvestigationFixtures.parts(
                InvestigationFixtures.form("（2026）粤0106民初9号"))), 404, "CASE_NOT_FOUND");
        long stranger = fx.data.account("inv.stranger", Role.LAWYER, null, true);
        refused(() -> InvestigationFixtures.submit(fx.login(stranger), InvestigationFixtures.parts(ok)), 403, "NOT_CASE_LAWYER");
        refused(() -> InvestigationFixtures.submit(lawyer, InvestigationFixtures.parts(new InvestigationForm(fx.caseNumber,
                " ", null, "流水", "转账", "银行不提供"))), 400, "INVESTIGATION_SUBJECT_REQUIRED");
        refused(() -> InvestigationFixtures.submit(lawyer, InvestigationFixtures.parts(new InvestigationForm(fx.caseNumber,
                "某银行", null, "流水", "转账", ""))), 400, "INVESTIGATION_REASON_REQUIRED");
        refused(() -> InvestigationFixtures.submit(lawyer, List.of(Part.json("investigation", ok),
                Part.file(InvestigationMaterialType.APPLICATION.name(), "申请书.pdf", "application/pdf",
                        InvestigationFixtures.PDF))), 400, "MATERIAL_MISSING");
    }

    @Test
    void theDecisionsAndTheOrder() {
        Response applied = InvestigationFixtures.submit(fx.login(fx.lawyer),
                InvestigationFixtures.parts(InvestigationFixtures.form(fx.caseNumber)));
        assertThat(applied.status()).as(applied.text()).isEqualTo(201);
        long id = applied.json().path("id").asLong();
        String path = "/api/v1/judge/investigation-orders/" + id;
        HttpTestClient judge = fx.login(fx.judge);
        refused(() -> judge.post(path + "/return", new InvestigationReturn(UUID.randomUUID(), fx.version(id), "")), 400,
                "INVESTIGATION_RETURN_REASON_REQUIRED");
        refused(() -> judge.post(path + "/accept", new InvestigationIssue(UUID.randomUUID(), 0)), 409, "VERSION_CONFLICT");
        refused(() -> fx.login(fx.otherJudge).post(path + "/accept", new InvestigationIssue(UUID.randomUUID(),
                fx.version(id))), 404, "NOT_FOUND");
        refused(() -> fx.login(fx.lawyer).get("/api/v1/investigation-orders/" + id + "/order.pdf"), 409,
                "INVESTIGATION_ORDER_NOT_ISSUED");
        assertThat(judge.post(path + "/accept", new InvestigationIssue(UUID.randomUUID(), fx.version(id))).status())
                .isEqualTo(200);
        refused(() -> judge.post(path + "/return", new InvestigationReturn(UUID.randomUUID(), fx.version(id), "迟了")),
                409, "ILLEGAL_TRANSITION");
        long otherLawyer = fx.data.account("inv.other", Role.LAWYER, null, true);
        refused(() -> fx.login(otherLawyer).get("/api/v1/investigation-orders/" + id + "/order.pdf"), 404, "NOT_FOUND");
        assertThat(fx.login(fx.lawyer).get("/api/v1/investigation-orders/" + id + "/order.pdf").status()).isEqualTo(200);
    }
}

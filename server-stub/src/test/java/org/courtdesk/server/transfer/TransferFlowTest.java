package org.courtdesk.server.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.courtdesk.model.transfer.MaterialTransferView;
import org.courtdesk.model.transfer.TransferFileType;
import org.courtdesk.model.transfer.TransferForm;
import org.courtdesk.model.transfer.TransferMaterialType;
import org.courtdesk.model.transfer.TransferReceive;
import org.courtdesk.model.transfer.TransferSubmitter;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Part;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 材料转接 over HTTP: a party and a lawyer send papers to the judge of their case, the judge and the clerk receive them
 * (each 接收 once, replayed by its key), the submitter gets one SMS; and every refusal stores nothing.
 */
class TransferFlowTest {

    static TestServer server;
    static TransferFixtures fx;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fx = new TransferFixtures(server, "transfer");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static long submitted(HttpTestClient who, TransferForm form) {
        Response r = TransferFixtures.submit(who, form);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json().path("id").asLong();
    }

    @Test
    void aPartySendsTheJudgeReceivesOnceAndTheSubmitterIsTold() {
        HttpTestClient party = fx.login(fx.party);
        UUID key = UUID.randomUUID();
        Response r = TransferFixtures.submit(party, TransferFixtures.parts(fx.form()), key);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        assertThat(r.json().path("applicationNo").asText()).startsWith("CL");
        long id = r.json().path("id").asLong();
        // the same key again: the same answer, nothing stored twice
        List<Long> before = fx.footprint();
        Response again = TransferFixtures.submit(party, TransferFixtures.parts(fx.form()), key);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().path("id").asLong()).isEqualTo(id);
        assertThat(fx.footprint()).isEqualTo(before);

        MaterialTransferView mine = party.get("/api/v1/material-transfers/" + id).as(MaterialTransferView.class);
        assertThat(mine.status().label()).isEqualTo("未接收");
        assertThat(mine.submitter()).isEqualTo(TransferSubmitter.PARTY);
        assertThat(mine.files()).hasSize(1);
        assertThat(mine.copies()).isEqualTo(2);

        HttpTestClient judge = fx.login(fx.judge);
        MaterialTransferView seen = judge.get("/api/v1/judge/material-transfers/" + id).as(MaterialTransferView.class);
        assertThat(seen.title()).isEqualTo("补充证据：银行转账凭证");
        // the judge opens the file (查看)
        Response file = judge.get("/api/v1/documents/" + seen.files().get(0).sha256());
        assertThat(file.status()).as(file.text()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(TransferFixtures.PDF);

        TransferReceive receive = new TransferReceive(UUID.randomUUID(), seen.version());
        Response received = judge.post("/api/v1/judge/material-transfers/" + id + "/receive", receive);
        assertThat(received.status()).as(received.text()).isEqualTo(200);
        assertThat(received.json().path("request").path("status").asText()).isEqualTo("RECEIVED");
        assertThat(received.json().path("request").path("receiverName").asText()).isNotBlank();
        Response replay = judge.post("/api/v1/judge/material-transfers/" + id + "/receive", receive);
        assertThat(replay.json().path("replayed").asBoolean()).isTrue();
        assertThat(fx.count("SELECT COUNT(*) FROM audit_log WHERE request_id = " + id + " AND action = '接收'"))
                .isEqualTo(1);
        assertThat(server.sms().fullTexts(id)).hasSize(1).first().asString().contains("已接收").contains(fx.caseNumber);
        assertThat(party.get("/api/v1/material-transfers/" + id).json().path("status").asText()).isEqualTo("RECEIVED");
    }

    @Test
    void theClerkOfTheJudgeReceivesALawyersMaterial() {
        long id = submitted(fx.login(fx.lawyer), new TransferForm(fx.caseNumber, "代理词", TransferMaterialType.OPINION, 1,
                null, null));
        HttpTestClient clerk = fx.login(fx.clerk);
        Response r = clerk.post("/api/v1/judge/material-transfers/" + id + "/receive",
                new TransferReceive(UUID.randomUUID(), fx.version(id)));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.json().path("request").path("submitter").asText()).isEqualTo("LAWYER");
    }

    private static void refused(Supplier<Response> call, int status, String code) {
        List<Long> before = fx.footprint();
        Response r = call.get();
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.code()).as(r.text()).isEqualTo(code);
        assertThat(fx.footprint()).as("nothing stored on " + code).isEqualTo(before);
    }

    @Test
    void theSubmissionsRefusals() {
        HttpTestClient party = fx.login(fx.party);
        TransferForm ok = fx.form();
        refused(() -> party.multipart("/api/v1/material-transfers", TransferFixtures.parts(ok), "Idempotency-Key",
                "not-a-uuid"), 400, "IDEMPOTENCY_KEY_REQUIRED");
        refused(() -> TransferFixtures.submit(fx.login(fx.judge), ok), 403, "FORBIDDEN");
        long unverified = fx.data.account("transfer.unverified", org.courtdesk.model.account.Role.PARTY, null, false);
        refused(() -> TransferFixtures.submit(fx.login(unverified), ok), 403, "IDENTITY_NOT_VERIFIED");
        refused(() -> TransferFixtures.submit(party, new TransferForm(fx.caseNumber, " ", TransferMaterialType.EVIDENCE,
                1, null, null)), 400, "TRANSFER_TITLE_REQUIRED");
        refused(() -> TransferFixtures.submit(party, new TransferForm(fx.caseNumber, "证据", null, 1, null, null)), 400,
                "TRANSFER_TYPE_REQUIRED");
        refused(() -> TransferFixtures.submit(party, new TransferForm(fx.caseNumber, "证据", TransferMaterialType.EVIDENCE,
                0, null, null)), 400, "TRANSFER_COPIES_INVALID");
        refused(() -> TransferFixtures.submit(party, List.of(Part.json("transfer", ok)), UUID.randomUUID()), 400,
                "TRANSFER_FILE_REQUIRED");
        refused(() -> TransferFixtures.submit(party, List.of(Part.json("transfer", ok), Part.file(
                TransferFileType.FILE.name(), "x.pdf", "application/pdf", "plain text".getBytes())), UUID.randomUUID()),
                415, "MATERIAL_CONTENT_REFUSED");
        refused(() -> TransferFixtures.submit(party, new TransferForm("（2026）粤0106民初9号", "证据",
                TransferMaterialType.EVIDENCE, 1, null, null)), 404, "CASE_NOT_FOUND");
        refused(() -> TransferFixtures.submit(party, new TransferForm(fx.archivedCase, "证据",
                TransferMaterialType.EVIDENCE, 1, null, null)), 409, "TRANSFER_CASE_NOT_IN_TRIAL");
        // an applicant only for their own case
        long stranger = fx.data.account("transfer.stranger", org.courtdesk.model.account.Role.LAWYER, null, true);
        refused(() -> TransferFixtures.submit(fx.login(stranger), ok), 403, "NOT_CASE_LAWYER");
        long otherParty = fx.data.account("transfer.party2", org.courtdesk.model.account.Role.PARTY, null, true);
        refused(() -> TransferFixtures.submit(fx.login(otherParty), ok), 403, "NOT_OWN_CASE");
    }

    @Test
    void theReceivesRefusalsAndOnlyOwnMaterials() {
        long id = submitted(fx.login(fx.party), fx.form());
        String path = "/api/v1/judge/material-transfers/" + id;
        HttpTestClient judge = fx.login(fx.judge);
        refused(() -> judge.post(path + "/receive", new TransferReceive(UUID.randomUUID(), fx.version(id) - 1)), 409,
                "VERSION_CONFLICT");
        // a judge cannot touch another judge's case: the 404 of a missing id, for reading and for receiving
        HttpTestClient other = fx.login(fx.otherJudge);
        assertThat(other.get(path).status()).isEqualTo(404);
        refused(() -> other.post(path + "/receive", new TransferReceive(UUID.randomUUID(), fx.version(id))), 404,
                "NOT_FOUND");
        MaterialTransferView v = judge.get(path).as(MaterialTransferView.class);
        assertThat(other.get("/api/v1/documents/" + v.files().get(0).sha256()).status()).isEqualTo(404);
        // applicants: not the judge's route, and not another applicant's material
        refused(() -> fx.login(fx.party).post(path + "/receive", new TransferReceive(UUID.randomUUID(), fx.version(id))),
                403, "FORBIDDEN");
        assertThat(fx.login(fx.lawyer).get("/api/v1/material-transfers/" + id).status()).isEqualTo(404);
        assertThat(fx.login(fx.lawyer).get("/api/v1/material-transfers").json().findValues("id").stream()
                .map(n -> n.asLong())).doesNotContain(id);
        // received once; a second 接收 with another key is an illegal transition
        assertThat(judge.post(path + "/receive", new TransferReceive(UUID.randomUUID(), fx.version(id))).status())
                .isEqualTo(200);
        refused(() -> judge.post(path + "/receive", new TransferReceive(UUID.randomUUID(), fx.version(id))), 409,
                "ILLEGAL_TRANSITION");
        assertThat(fx.status(id)).isEqualTo("RECEIVED");
    }
}

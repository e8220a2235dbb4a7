package org.courtdesk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.courtdesk.app.api.ApiClient;
import org.courtdesk.app.api.Json;
import org.courtdesk.app.cache.KdfParams;
import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.settings.Settings;
import org.courtdesk.app.sync.SyncConfig;
import org.courtdesk.app.sync.SyncService.Outcome;
import org.courtdesk.app.ui.binding.BindingOps;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.local.DefaultLoginService;
import org.courtdesk.app.workspace.local.LocalWorkspace;
import org.courtdesk.model.api.NotificationView;
import org.courtdesk.model.binding.BindingAuthority;
import org.courtdesk.model.binding.BindingDecision;
import org.courtdesk.model.binding.BindingForm;
import org.courtdesk.model.binding.BindingMaterialType;
import org.courtdesk.model.binding.BindingPartyRole;
import org.courtdesk.model.binding.BindingReceipt;
import org.courtdesk.model.binding.BindingVerdict;
import org.courtdesk.model.binding.BindingView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.demo.DemoAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * 案件绑定 end to end against the real companion server with the demo court: lawyer.li applies over HTTP for a party
 * of one of judge.chen's cases in trial; clerk.wang (who serves judge.chen) has it after one sync, approves it offline
 * — the decision waits in the outbox while the court is down and goes exactly once when it is back; the lawyer then
 * sees 审核通过, gets the SMS naming case and party, and is on record as the party's agent.
 */
class BindingE2eTest {

    static DemoCourt court;

    @TempDir
    Path home;
    final List<LocalWorkspace> open = new ArrayList<>();

    @BeforeAll
    static void startCourt() {
        court = DemoCourt.start();
    }

    @AfterAll
    static void stopCourt() {
        if (court != null) {
            court.close();
        }
    }

    @AfterEach
    void closeWorkstations() {
        open.forEach(LocalWorkspace::close);
    }

    static final OkHttpClient HTTP = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build();
    static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    static final MediaType PDF = MediaType.get("application/pdf");

    static String lawyerToken() throws Exception {
        try (ApiClient api = new ApiClient(court.baseUrl())) {
            return api.login(DemoAccounts.LAWYER_LI, DemoAccounts.PASSWORD.toCharArray()).token();
        }
    }

    static JsonNode call(String token, Request.Builder request, int expected) throws Exception {
        try (Response r = HTTP.newCall(request.header("Authorization", "Bearer " + token).build()).execute()) {
            String body = r.body() == null ? "" : r.body().string();
            assertThat(r.code()).as("%s %s", r.request().url(), body).isEqualTo(expected);
            return body.isEmpty() ? null : Json.read(body, JsonNode.class);
        }
    }

    /** A party of one of judge.chen's cases in trial that has no agent, and no binding of lawyer.li waiting. */
    record Target(String caseNumber, BindingPartyRole role, String name, long partyId) {}

    static Target target() {
        return court.jdbi().withHandle(h -> h.createQuery("SELECT c.case_number, p.party_role, p.name, p.id "
                        + "FROM court_case c JOIN case_party p ON p.case_id = c.id JOIN account j ON j.id = c.judge_id "
                        + "WHERE j.username = :j AND c.status = 'IN_TRIAL' AND p.party_role IN ('PLAINTIFF', 'DEFENDANT') "
                        + "AND NOT EXISTS (SELECT 1 FROM case_agent a WHERE a.party_id = p.id) "
                        + "AND NOT EXISTS (SELECT 1 FROM binding_request b WHERE b.party_id = p.id) ORDER BY c.id, p.id")
                .bind("j", DemoAccounts.JUDGE_CHEN)
                .map((rs, c) -> new Target(rs.getString(1), BindingPartyRole.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getLong(4)))
                .first());
    }

    static BindingReceipt apply(String token, Target t) throws Exception {
        BindingForm form = new BindingForm(DemoAccounts.COURT_TIANHE, t.caseNumber(), t.role(), t.name(),
                "14401201610234567", "广东正平律师事务所", BindingAuthority.SPECIAL);
        MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("binding", null, RequestBody.create(Json.write(form), JSON));
        for (BindingMaterialType m : BindingMaterialType.values()) {
            body.addFormDataPart(m.name(), m.label() + ".pdf", RequestBody.create(
                    new org.courtdesk.server.pdf.PlainPdf().title(m.label(), 16f).toBytes(), PDF));
        }
        JsonNode answer = call(token, new Request.Builder().url(court.baseUrl() + "/api/v1/bindings")
                .header("Idempotency-Key", UUID.randomUUID().toString()).post(body.build()), 201);
        return Json.MAPPER.treeToValue(answer, BindingReceipt.class);
    }

    LocalWorkspace workstation(String username) throws Exception {
        DefaultLoginService login = new DefaultLoginService(Settings.load(home.resolve(username), null),
                Clock.systemUTC(), new KdfParams(1024, 1, 1), SyncConfig.DEFAULT.withPrefetch(false),
                new ApiClient.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(20), Duration.ofSeconds(20)), false);
        LocalWorkspace ws = login.loginLocal(court.baseUrl(), username, DemoAccounts.PASSWORD.toCharArray());
        open.add(ws);
        return ws;
    }

    static Outcome sync(LocalWorkspace ws) {
        return ws.syncService().runCycle(true).outcome();
    }

    static KindRow<BindingView> row(LocalWorkspace ws, long id) {
        return ws.request(RequestRef.of(RequestKind.CASE_BINDING, id), BindingView.class).orElseThrow();
    }

    @Test
    void aClerkApprovesOfflineAndTheLawyerIsOnRecord() throws Exception {
        String lawyer = lawyerToken();
        Target t = target();
        BindingReceipt receipt = apply(lawyer, t);
        long id = receipt.id();
        RequestRef ref = RequestRef.of(RequestKind.CASE_BINDING, id);
        assertThat(receipt.applicationNo()).matches("BD\\d{13}");
        assertThat(receipt.binding().status()).isEqualTo(RequestStatus.BINDING_PENDING);

        LocalWorkspace clerk = workstation(DemoAccounts.CLERK_WANG);
        assertThat(sync(clerk)).isEqualTo(Outcome.OK);
        assertThat(row(clerk, id).view().partyName()).isEqualTo(t.name());
        // The demo queue is there too: judge.chen's pending, approved and rejected bindings.
        assertThat(clerk.requests(RequestKind.CASE_BINDING, BindingView.class)).extracting(r -> r.view().status())
                .contains(RequestStatus.BINDING_PENDING, RequestStatus.BINDING_APPROVED, RequestStatus.BINDING_REJECTED);

        court.stop();
        clerk.saveAction(ref, BindingOps.DECISION, new BindingDecision(null, 0, BindingVerdict.APPROVE, null));
        assertThat(sync(clerk)).isEqualTo(Outcome.OFFLINE);
        assertThat(row(clerk, id).pending()).hasSize(1).allMatch(p -> p.state() == OutboxState.PENDING);
        court.startAgain();
        assertThat(sync(clerk)).isEqualTo(Outcome.OK);
        assertThat(row(clerk, id).pending()).isEmpty();
        assertThat(row(clerk, id).view().status()).isEqualTo(RequestStatus.BINDING_APPROVED);

        BindingView seen = Json.MAPPER.treeToValue(call(lawyer, new Request.Builder()
                .url(court.baseUrl() + "/api/v1/bindings/" + id).get(), 200), BindingView.class);
        assertThat(seen.status()).isEqualTo(RequestStatus.BINDING_APPROVED);
        assertThat(seen.reviewerName()).isEqualTo(DemoAccounts.CLERK_WANG_NAME);
        JsonNode notes = call(lawyer, new Request.Builder().url(court.baseUrl() + "/api/v1/me/notifications").get(), 200);
        List<String> sms = new ArrayList<>();
        for (JsonNode n : notes) {
            String text = Json.MAPPER.treeToValue(n, NotificationView.class).text();
            if (text.contains(t.caseNumber()) && text.contains("审核通过")) {
                sms.add(text);
            }
        }
        assertThat(sms).hasSize(1);
        assertThat(sms.get(0)).contains(t.name()).contains("特别授权");
        // Exactly once, and on record.
        int approvals = court.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE request_id = :id "
                + "AND action = '审核通过'").bind("id", id).mapTo(Integer.class).one());
        assertThat(approvals).isEqualTo(1);
        int agents = court.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM case_agent a JOIN account l "
                        + "ON l.id = a.lawyer_id WHERE a.party_id = :p AND l.username = :u AND a.authority = 'SPECIAL'")
                .bind("p", t.partyId()).bind("u", DemoAccounts.LAWYER_LI).mapTo(Integer.class).one());
        assertThat(agents).isEqualTo(1);
    }
}

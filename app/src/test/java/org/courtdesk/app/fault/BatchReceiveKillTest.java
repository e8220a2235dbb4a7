package org.courtdesk.app.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.courtdesk.app.api.ApiClient;
import org.courtdesk.app.api.Json;
import org.courtdesk.app.cache.KdfParams;
import org.courtdesk.app.e2e.DemoCourt;
import org.courtdesk.app.outbox.Outbox;
import org.courtdesk.app.settings.Settings;
import org.courtdesk.app.sync.SyncConfig;
import org.courtdesk.app.ui.batch.BatchRun;
import org.courtdesk.app.ui.transfer.TransferActions;
import org.courtdesk.app.ui.transfer.TransferRow;
import org.courtdesk.app.workspace.local.DefaultLoginService;
import org.courtdesk.app.workspace.local.LocalWorkspace;
import org.courtdesk.model.api.LoginRequest;
import org.courtdesk.model.api.LoginResponse;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.transfer.MaterialTransferView;
import org.courtdesk.model.transfer.TransferForm;
import org.courtdesk.model.transfer.TransferMaterialType;
import org.courtdesk.model.transfer.TransferReceipt;
import org.courtdesk.server.demo.DemoAccounts;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 批量接收 of 50 材料转接 survives a SIGKILL of the server half way: lawyer.li sends 50 materials to judge.chen (demo
 * court, server as its own process); the judge's workstation (real encrypted cache and outbox) saves one 接收 per row
 * and pushes them; when about half are uploaded the server is killed with SIGKILL, then started again on the same data.
 * The workstation resumes by itself (same keys), and on the server's own database every material is 已接收 exactly
 * once: one 接收 in its history, one SMS, one stored idempotency key — none lost, none doubled.
 */
class BatchReceiveKillTest {

    static final int ROWS = 50;
    static final String MARK = "批量接收测试-";

    @TempDir
    Path tmp;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void batchReceiveResumesAfterSigkillWithoutADuplicate() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("server"));
        DemoCourt.seededCopyInto(data);
        String caseNumber;
        try (Handle db = open(data)) {
            caseNumber = db.createQuery("SELECT c.case_number FROM court_case c JOIN case_agent a ON a.case_id = c.id "
                            + "JOIN account l ON l.id = a.lawyer_id JOIN account j ON j.id = c.judge_id "
                            + "WHERE l.username = :l AND j.username = :j AND c.status = 'IN_TRIAL' ORDER BY c.id")
                    .bind("l", DemoAccounts.LAWYER_LI).bind("j", DemoAccounts.JUDGE_CHEN).mapTo(String.class).first();
        }
        Path log = Files.createDirectories(Path.of("target", "fault-test")).resolve("batch-receive-server.log");
        Files.deleteIfExists(log);
        try (ServerProcess server = new ServerProcess(data, DemoCourt.freePort(), log)) {
            server.start();
            String lawyer = token(server, DemoAccounts.LAWYER_LI);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                ids.add(send(server, lawyer, caseNumber, MARK + i).id());
            }

            LocalWorkspace ws = workstation(server.baseUrl(), tmp.resolve("workstation"));
            ws.syncService().runCycle(true);
            List<TransferRow> rows = ws.requests(RequestKind.MATERIAL_TRANSFER, MaterialTransferView.class).stream()
                    .filter(k -> ids.contains(k.view().id())).map(TransferRow::of).toList();
            assertThat(rows).hasSize(ROWS).allMatch(TransferRow::receivable);

            // 批量接收: 50 outbox actions, each with its own key
            List<BatchRun.Outcome<TransferRow>> outcomes = new TransferActions(ws).receiveAll(rows, n -> { });
            assertThat(outcomes).allMatch(BatchRun.Outcome::saved);
            assertThat(outbox(ws)).isEqualTo(ROWS);

            // push in the background; SIGKILL the server once about half are through
            AtomicBoolean pushing = new AtomicBoolean(true);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread pusher = new Thread(() -> {
                try {
                    while (pushing.get() && outbox(ws) > 0) {
                        ws.syncService().runCycle(true);
                    }
                } catch (Throwable t) {
                    failure.set(t);
                }
            }, "pusher");
            pusher.start();
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            int left;
            while ((left = outbox(ws)) > ROWS / 2 && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            server.kill();
            System.out.printf("batch receive: server killed with %d of %d actions still in the outbox%n", left, ROWS);
            assertThat(left).as("killed half way, not before or after the batch").isBetween(1, ROWS - 1);
            int leftAfterKill = outbox(ws);
            Thread.sleep(300);
            server.start();
            long t = System.nanoTime();
            // the workstation resumes: the pusher keeps cycling until the outbox is empty
            while (outbox(ws) > 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            pushing.set(false);
            pusher.join(60_000);
            if (failure.get() != null) {
                throw new AssertionError("the sync failed", failure.get());
            }
            assertThat(outbox(ws)).as("outbox empty after the restart").isZero();
            assertThat(ws.conflicts()).isEmpty();
            System.out.printf("batch receive: %d left after the kill, outbox empty %d ms after the restart%n",
                    leftAfterKill, (System.nanoTime() - t) / 1_000_000);
            ws.syncService().runCycle(true);
            assertThat(ws.requests(RequestKind.MATERIAL_TRANSFER, MaterialTransferView.class).stream()
                    .filter(k -> ids.contains(k.view().id())).map(k -> k.view().status()))
                    .hasSize(ROWS).allMatch(s -> s == RequestStatus.RECEIVED);
            ws.close();
            server.stop();

            try (Handle db = open(data)) {
                for (long id : ids) {
                    assertThat(db.createQuery("SELECT status FROM request WHERE id = :id").bind("id", id)
                            .mapTo(String.class).one()).as("material %d", id).isEqualTo("RECEIVED");
                    assertThat(count(db, "SELECT COUNT(*) FROM audit_log WHERE request_id = :id AND action = '接收'", id))
                            .as("one 接收 in the history of %d", id).isEqualTo(1);
                    assertThat(count(db, "SELECT COUNT(*) FROM notification WHERE request_id = :id", id))
                            .as("one SMS about %d", id).isEqualTo(1);
                    assertThat(count(db, "SELECT COUNT(*) FROM idempotency_key WHERE request_id = :id", id))
                            .as("one applied key for %d", id).isEqualTo(1);
                    assertThat(count(db, "SELECT COUNT(*) FROM material_transfer WHERE id = :id AND received_at IS NOT NULL",
                            id)).isEqualTo(1);
                }
                assertThat(db.createQuery("SELECT COUNT(*) FROM request r JOIN material_transfer m ON m.id = r.id "
                        + "WHERE m.title LIKE :m").bind("m", MARK + "%").mapTo(Integer.class).one()).isEqualTo(ROWS);
            }
        }
    }

    private static int outbox(LocalWorkspace ws) {
        return ws.cache().read(h -> Outbox.all(h).size());
    }

    private static long count(Handle db, String sql, long id) {
        return db.createQuery(sql).bind("id", id).mapTo(Long.class).one();
    }

    private static LocalWorkspace workstation(String baseUrl, Path home) throws Exception {
        Files.createDirectories(home);
        DefaultLoginService login = new DefaultLoginService(Settings.load(home, null), Clock.systemUTC(),
                new KdfParams(1024, 1, 1), SyncConfig.DEFAULT.withPrefetch(false),
                new ApiClient.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(10)), false);
        return login.loginLocal(baseUrl, DemoAccounts.JUDGE_CHEN, DemoAccounts.PASSWORD.toCharArray());
    }

    private String token(ServerProcess server, String user) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(new LoginRequest(user, DemoAccounts.PASSWORD))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.read(r.body(), LoginResponse.class).token();
    }

    private TransferReceipt send(ServerProcess server, String token, String caseNumber, String title) throws Exception {
        String boundary = "----courtdesk" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String form = Json.write(new TransferForm(caseNumber, title, TransferMaterialType.EVIDENCE, 1, null, null));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"transfer\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + form + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"FILE\"; filename=\"e.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(new org.courtdesk.server.pdf.PlainPdf().title(title, 14f).toBytes());
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/material-transfers"))
                .header("Authorization", "Bearer " + token).header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Json.read(r.body(), TransferReceipt.class);
    }

    private static Handle open(Path data) {
        return Jdbi.create("jdbc:h2:file:" + data.toAbsolutePath().resolve("courtdesk").toString().replace('\\', '/'),
                "sa", "").open();
    }
}

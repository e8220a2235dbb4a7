package org.courtdesk.app.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.courtdesk.app.api.ApiClient;
import org.courtdesk.app.api.Json;
import org.courtdesk.app.cache.KdfParams;
import org.courtdesk.app.e2e.DemoCourt;
import org.courtdesk.app.outbox.Outbox;
import org.courtdesk.app.settings.Settings;
import org.courtdesk.app.sync.SyncConfig;
import org.courtdesk.app.workspace.PendingDecision;
import org.courtdesk.app.workspace.ReadingQueueRow;
import org.courtdesk.app.workspace.local.DefaultLoginService;
import org.courtdesk.app.workspace.local.LocalWorkspace;
import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.api.ChangesPage;
import org.courtdesk.model.api.DecisionResult;
import org.courtdesk.model.api.LoginRequest;
import org.courtdesk.model.api.LoginResponse;
import org.courtdesk.model.api.ReadingApplicationForm;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.api.SubmissionReceipt;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.demo.DemoAccounts;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the server answered 2xx survives SIGKILL, exactly once. The companion server runs as its own process on the
 * demo court's database; it is first stopped and started gracefully once (as an upgrade or reboot would), then killed
 * with SIGKILL at random moments {@value #KILLS} times and started again on the same data, while
 * <ul>
 *   <li>applicants submit 阅卷申请 (each with its Idempotency-Key, retried with the same key until answered),</li>
 *   <li>the judge and the clerk decide over HTTP (same: a key per decision, retried until answered),</li>
 *   <li>a feed reader keeps a replica of the judge's requests from the changes feed,</li>
 *   <li>the workstation (its real encrypted cache, outbox and background sync) saves decisions and pushes them.</li>
 * </ul>
 * Afterwards, on the server's own database: every answered submission exists once with its id and 申请编号, every
 * answered decision exists once, no id, 申请编号 or feed sequence was issued twice, the replica equals the server,
 * every workstation decision arrived once, and replaying every key changes nothing.
 *
 * <p>Bounded: {@value #KILLS} kills, a few seconds apart, loopback only; about a minute on a 2-core machine.
 */
class KillNineFaultTest {

    static final int KILLS = 6;
    static final ZoneId COURT_ZONE = ZoneId.of("Asia/Shanghai");
    static final String KEY_HEADER = "Idempotency-Key";
    /** How long a client keeps retrying one request: a restart on a loaded 2-core machine can take a minute. */
    static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    Path tmp;

    volatile String baseUrl;
    volatile boolean running = true;
    final AtomicReference<Throwable> failure = new AtomicReference<>();

    // what the clients were answered
    record Submitted(UUID key, String marker, byte[] body, String contentType, long id, String applicationNo) {}

    record Decided(UUID key, String who, long requestId, ReviewDecision decision, RequestStatus status) {}

    final List<Submitted> submissions = new CopyOnWriteArrayList<>();
    final List<Decided> decisions = new CopyOnWriteArrayList<>();
    final AtomicInteger decisionConflicts = new AtomicInteger();
    final AtomicInteger retries = new AtomicInteger();
    /** Requests the HTTP deciders leave to the workstation (id % 3 == 0), so it decides them without a 409. */
    static boolean workstations(long id) {
        return id % 3 == 0;
    }

    // the feed reader's replica: request id → version, and every feed sequence it was ever shown → request id
    final Map<Long, Long> replica = new ConcurrentHashMap<>();
    final Map<Long, Long> seqSeen = new ConcurrentHashMap<>();
    final AtomicReference<String> reissued = new AtomicReference<>();

    @Test
    void everyAnsweredWriteSurvivesSigkillExactlyOnce() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("server"));
        DemoCourt.seededCopyInto(data);
        List<String> partyCases = archivedCasesOf(data, DemoAccounts.PARTY_ZHANG);
        assertThat(partyCases).as("party.zhang's archived, digitised cases in the demo court").isNotEmpty();

        int port = DemoCourt.freePort();
        // The server's log stays in target/ for a look after a failure.
        Path log = Files.createDirectories(Path.of("target", "fault-test")).resolve("server.log");
        Files.deleteIfExists(log);
        try (ServerProcess server = new ServerProcess(data, port, log)) {
            baseUrl = server.baseUrl();
            server.start();
            // A court's server that was restarted once (an upgrade, a reboot): the case in which H2 2.5 lost writes.
            server.stop();
            server.start();

            LocalWorkspace ws = workstation();
            List<Thread> workers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                workers.add(worker("submitter-" + i, () -> submitLoop(partyCases)));
            }
            workers.add(worker("decider-judge", () -> decideLoop(DemoAccounts.JUDGE_CHEN)));
            workers.add(worker("decider-clerk", () -> decideLoop(DemoAccounts.CLERK_WANG)));
            workers.add(worker("feed-reader", this::readLoop));
            List<PendingDecision> saved = new CopyOnWriteArrayList<>();
            workers.add(worker("workstation", () -> workstationLoop(ws, saved)));
            workers.forEach(Thread::start);

            Random random = new Random();
            for (int k = 0; k < KILLS && failure.get() == null; k++) {
                // Kill while work goes on: once the clients got some answers from this run, at a random moment.
                awaitAnswers(submissions.size() + decisions.size() + 2);
                Thread.sleep(random.nextInt(2500));
                server.kill();
                Thread.sleep(random.nextInt(500));
                long t = System.nanoTime();
                server.start();
                System.out.printf("fault test: kill %d, restarted in %d ms; %d submissions, %d decisions answered%n",
                        k + 1, (System.nanoTime() - t) / 1_000_000, submissions.size(), decisions.size());
            }
            awaitAnswers(submissions.size() + decisions.size() + 2);
            Thread.sleep(2000);
            running = false;
            for (Thread t : workers) {
                t.join(120_000);
                assertThat(t.isAlive()).as(t.getName() + " finished").isFalse();
            }
            if (failure.get() != null) {
                throw new AssertionError("a client failed", failure.get());
            }
            // The workstation pushes what it saved; the reader catches up with the end of the feed.
            awaitOutboxEmpty(ws);
            catchUp();
            ws.close();

            server.stop();
            Totals before;
            try (Handle db = open(data)) {
                verify(db, saved);
                before = totals(db);
            }

            // Replaying every answered key changes nothing.
            server.start();
            replayAll();
            server.stop();
            Totals after;
            try (Handle db = open(data)) {
                after = totals(db);
            }
            assertThat(after).as("replaying every key stored nothing").isEqualTo(before);

            System.out.printf("fault test: %d kills (+1 graceful restart), %d submissions and %d decisions answered "
                            + "over HTTP (%d refused by a concurrent decision), %d workstation decisions, %d client "
                            + "retries; lost 0, duplicated 0, feed sequences reissued 0%n", KILLS, submissions.size(),
                    decisions.size(), decisionConflicts.get(), saved.size(), retries.get());
        }
    }

    private void awaitAnswers(int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + ANSWER_TIMEOUT.toNanos();
        while (submissions.size() + decisions.size() < atLeast && failure.get() == null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the clients got no answers within " + ANSWER_TIMEOUT);
            }
            Thread.sleep(50);
        }
    }

    // ------------------------------------------------------------------ the checks

    private static Handle open(Path data) {
        return Jdbi.create(jdbcUrl(data), "sa", "").open();
    }

    private void verify(Handle db, List<PendingDecision> saved) {
        // 1. every answered submission exists exactly once, with the id and 申请编号 it was answered with
        assertThat(submissions).as("submissions answered").isNotEmpty();
        Set<Long> ids = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        for (Submitted s : submissions) {
            List<Map<String, Object>> rows = db.createQuery(
                            "SELECT r.id, h.application_no FROM reading_request r JOIN request h ON h.id = r.id WHERE r.reason LIKE :m")
                    .bind("m", "%" + s.marker() + "%").mapToMap().list();
            assertThat(rows).as("submission %s stored once", s.marker()).hasSize(1);
            assertThat(((Number) rows.get(0).get("id")).longValue()).isEqualTo(s.id());
            assertThat(rows.get(0).get("application_no")).isEqualTo(s.applicationNo());
            assertThat(ids.add(s.id())).as("id %d answered once", s.id()).isTrue();
            assertThat(numbers.add(s.applicationNo())).as("申请编号 %s answered once", s.applicationNo()).isTrue();
        }
        // 2. every answered decision exists exactly once: its key is stored, the request has its status and one decision
        assertThat(decisions).as("decisions answered").isNotEmpty();
        for (Decided d : decisions) {
            assertThat(keyStored(db, d.key())).as("key of %s's decision on %d", d.who(), d.requestId()).isTrue();
            assertThat(status(db, d.requestId())).isEqualTo(d.status());
            assertThat(decisionCount(db, d.requestId())).as("decisions on %d", d.requestId()).isEqualTo(1);
        }
        // 3. the workstation's saved decisions each arrived once
        for (PendingDecision p : saved) {
            assertThat(keyStored(db, p.decision().idempotencyKey())).as("workstation decision on %d", p.requestId())
                    .isTrue();
            assertThat(decisionCount(db, p.requestId())).isEqualTo(1);
        }
        // 4. no feed sequence was issued twice: every seq the reader was shown still names the same request
        assertThat(reissued.get()).as("a sequence the reader saw twice for different requests").isNull();
        Map<Long, Long> log = new HashMap<>();
        db.createQuery("SELECT seq, request_id FROM change_log")
                .map((rs, c) -> Map.entry(rs.getLong(1), rs.getLong(2))).forEach(e -> log.put(e.getKey(), e.getValue()));
        seqSeen.forEach((seq, requestId) -> assertThat(log.get(seq)).as("feed seq %d", seq).isEqualTo(requestId));
        // 5. the reader's replica equals the server's state of the judge's requests
        long judge = db.createQuery("SELECT id FROM account WHERE username = :u")
                .bind("u", DemoAccounts.JUDGE_CHEN).mapTo(Long.class).one();
        Map<Long, Long> server = new HashMap<>();
        db.createQuery("SELECT id, version FROM request WHERE kind = 'CASE_FILE_READING' AND judge_id = :j").bind("j", judge)
                .map((rs, c) -> Map.entry(rs.getLong(1), rs.getLong(2))).forEach(e -> server.put(e.getKey(), e.getValue()));
        assertThat(replica).as("the feed reader's replica").isEqualTo(server);
    }

    record Totals(long requests, long changes, long lastSeq, long keys, long audit, long notifications) {}

    private static Totals totals(Handle h) {
        return new Totals(
                count(h, "SELECT COUNT(*) FROM reading_request"), count(h, "SELECT COUNT(*) FROM change_log"),
                count(h, "SELECT COALESCE(MAX(seq), 0) FROM change_log"), count(h, "SELECT COUNT(*) FROM idempotency_key"),
                count(h, "SELECT COUNT(*) FROM audit_log"), count(h, "SELECT COUNT(*) FROM notification"));
    }

    private static long count(Handle h, String sql) {
        return h.createQuery(sql).mapTo(Long.class).one();
    }

    private static boolean keyStored(Handle db, UUID key) {
        return db.createQuery("SELECT COUNT(*) FROM idempotency_key WHERE idem_key = :k")
                .bind("k", key.toString()).mapTo(Integer.class).one() == 1;
    }

    private static RequestStatus status(Handle db, long id) {
        return RequestStatus.valueOf(db.createQuery("SELECT status FROM request WHERE id = :id")
                .bind("id", id).mapTo(String.class).one());
    }

    /** 审查通过 / 审查不通过 lines in the request's audit trail: one per applied decision. */
    private static int decisionCount(Handle db, long id) {
        return db.createQuery("SELECT COUNT(*) FROM audit_log WHERE request_id = :id "
                + "AND action IN ('审查通过', '审查不通过')").bind("id", id).mapTo(Integer.class).one();
    }

    private void replayAll() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Map<String, String> tokens = new HashMap<>();
        for (Submitted s : submissions) {
            String token = tokens.computeIfAbsent(DemoAccounts.PARTY_ZHANG, this::loginOnce);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/reading-requests"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", s.contentType())
                    .header(KEY_HEADER, s.key().toString())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(s.body())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            assertThat(r.headers().firstValue("Idempotent-Replayed")).hasValue("true");
            assertThat(Json.read(r.body(), SubmissionReceipt.class).id()).isEqualTo(s.id());
        }
        for (Decided d : decisions) {
            String token = tokens.computeIfAbsent(d.who(), this::loginOnce);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/judge/reading-requests/"
                            + d.requestId() + "/decision")).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.write(d.decision()))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(Json.read(r.body(), DecisionResult.class).replayed()).isTrue();
        }
    }

    // ------------------------------------------------------------------ the clients

    private Thread worker(String name, ThrowingRunnable body) {
        Thread t = new Thread(() -> {
            try {
                body.run();
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
                running = false;
            }
        }, name);
        t.setDaemon(true);
        return t;
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** One HTTP answer. */
    record Answer(int status, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    /**
     * Sends until the server answers with something other than "not now": connection refused or reset (the server is
     * down or was killed mid-request), 503 SERVICE_BUSY / not ready. The same request — the same key — every time.
     */
    private Answer untilAnswered(HttpClient http, HttpRequest request) throws InterruptedException {
        long deadline = System.nanoTime() + ANSWER_TIMEOUT.toNanos();
        while (true) {
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 503 && r.statusCode() != 502) {
                    return new Answer(r.statusCode(), r.body(), r);
                }
            } catch (IOException down) {
                // killed while we asked: the write may or may not be stored; the key makes the retry safe
            }
            retries.incrementAndGet();
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no answer within " + ANSWER_TIMEOUT + ": " + request.uri());
            }
            Thread.sleep(100);
        }
    }

    private String loginOnce(String username) {
        HttpClient http = HttpClient.newHttpClient();
        try {
            Answer a = untilAnswered(http, HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.write(new LoginRequest(username, DemoAccounts.PASSWORD))))
                    .build());
            assertThat(a.status()).as(a.body()).isEqualTo(200);
            return Json.read(a.body(), LoginResponse.class).token();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void submitLoop(List<String> cases) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String token = loginOnce(DemoAccounts.PARTY_ZHANG);
        Random random = new Random();
        while (running) {
            UUID key = UUID.randomUUID();
            String marker = "FT-" + UUID.randomUUID();
            String number = cases.get(random.nextInt(cases.size()));
            ReadingApplicationForm form = new ReadingApplicationForm("粤0106", number, "全案卷宗",
                    "故障测试 " + marker, ReadingMode.ON_SITE, true, 1);
            String boundary = "----ft" + UUID.randomUUID();
            byte[] body = multipart(boundary, form, randomPdf(random, 16 * 1024 + random.nextInt(96 * 1024)));
            String contentType = "multipart/form-data; boundary=" + boundary;
            while (true) {
                Answer a = untilAnswered(http, HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/reading-requests"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                        .header(KEY_HEADER, key.toString()).timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
                if (a.status() == 401) {
                    token = loginOnce(DemoAccounts.PARTY_ZHANG);
                    continue;
                }
                assertThat(a.status()).as(a.body()).isEqualTo(201);
                SubmissionReceipt receipt = Json.read(a.body(), SubmissionReceipt.class);
                submissions.add(new Submitted(key, marker, body, contentType, receipt.id(), receipt.applicationNo()));
                break;
            }
            Thread.sleep(50 + random.nextInt(250));
        }
    }

    private void decideLoop(String who) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String token = loginOnce(who);
        Map<Long, ReadingRequestView> seen = new HashMap<>();
        long since = 0;
        Random random = new Random();
        while (running) {
            // what changed since the last look
            while (true) {
                Answer a = untilAnswered(http, get("/api/v1/changes?since=" + since + "&limit=500", token));
                if (a.status() == 401) {
                    token = loginOnce(who);
                    continue;
                }
                assertThat(a.status()).as(a.body()).isEqualTo(200);
                ChangesPage page = Json.read(a.body(), ChangesPage.class);
                for (Change c : page.changes()) {
                    if (c.op() == ChangeOp.UPSERT && c.viewAs(ReadingRequestView.class) != null) {
                        seen.put(c.requestId(), c.viewAs(ReadingRequestView.class));
                    } else {
                        seen.remove(c.requestId());
                    }
                }
                since = page.nextCursor();
                if (!page.hasMore()) {
                    break;
                }
            }
            List<ReadingRequestView> pending = seen.values().stream()
                    .filter(v -> v.status() == RequestStatus.PENDING_REVIEW && !workstations(v.id())).toList();
            if (pending.isEmpty()) {
                Thread.sleep(200);
                continue;
            }
            ReadingRequestView v = pending.get(random.nextInt(pending.size()));
            ReviewDecision d = decisionFor(v, random);
            while (true) {
                Answer a = untilAnswered(http, HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/judge/reading-requests/"
                                + v.id() + "/decision")).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(Json.write(d))).build());
                if (a.status() == 401) {
                    token = loginOnce(who);
                    continue;
                }
                if (a.status() == 409) {
                    decisionConflicts.incrementAndGet(); // the other decider was first: ours was not applied
                    seen.put(v.id(), Json.MAPPER.treeToValue(a.json().path("current"), ReadingRequestView.class));
                    break;
                }
                assertThat(a.status()).as(a.body()).isEqualTo(200);
                DecisionResult result = Json.read(a.body(), DecisionResult.class);
                decisions.add(new Decided(d.idempotencyKey(), who, v.id(), d, result.request().status()));
                seen.put(v.id(), result.requestAs(ReadingRequestView.class));
                break;
            }
            Thread.sleep(100 + random.nextInt(300));
        }
    }

    private static ReviewDecision decisionFor(ReadingRequestView v, Random random) {
        LocalDate today = LocalDate.now(COURT_ZONE);
        if (random.nextInt(3) == 0) {
            return new ReviewDecision(UUID.randomUUID(), v.version(), ReviewOpinion.AGREE, "同意现场阅卷",
                    ReadingMode.ON_SITE, null, today.plusDays(1), today.plusDays(3), null);
        }
        return new ReviewDecision(UUID.randomUUID(), v.version(), ReviewOpinion.DISAGREE, "材料不全，请补充后重新申请",
                null, null, null, null, null);
    }

    private void readLoop() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String token = loginOnce(DemoAccounts.JUDGE_CHEN);
        long since = 0;
        while (running) {
            since = readPage(http, token, since);
            Thread.sleep(100);
        }
        readerCursor = since;
        readerToken = token;
    }

    private volatile long readerCursor;
    private volatile String readerToken;

    private long readPage(HttpClient http, String token, long since) throws Exception {
        Answer a = untilAnswered(http, get("/api/v1/changes?since=" + since + "&limit=200", token));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        ChangesPage page = Json.read(a.body(), ChangesPage.class);
        for (Change c : page.changes()) {
            Long before = seqSeen.putIfAbsent(c.seq(), c.requestId());
            if (before != null && before != c.requestId()) {
                reissued.compareAndSet(null, "seq " + c.seq() + " named request " + before + " then " + c.requestId());
            }
            if (c.op() == ChangeOp.UPSERT && c.viewAs(ReadingRequestView.class) != null) {
                replica.put(c.requestId(), c.viewAs(ReadingRequestView.class).version());
            } else {
                replica.remove(c.requestId());
            }
        }
        return page.nextCursor();
    }

    private void catchUp() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long since = readerCursor;
        while (true) {
            long next = readPage(http, readerToken, since);
            if (next == since) {
                return;
            }
            since = next;
        }
    }

    private HttpRequest get(String path, String token) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).GET().build();
    }

    // ------------------------------------------------------------------ the workstation

    private LocalWorkspace workstation() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("workstation"));
        SyncConfig sync = SyncConfig.DEFAULT.withPrefetch(false)
                .withPeriod(Duration.ofMillis(300), Duration.ofMillis(200), Duration.ofSeconds(1));
        ApiClient.Timeouts timeouts = new ApiClient.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(30),
                Duration.ofSeconds(30));
        DefaultLoginService login = new DefaultLoginService(Settings.load(home, null), java.time.Clock.systemUTC(),
                new KdfParams(1024, 1, 1), sync, timeouts, true);
        return login.loginLocal(baseUrl, DemoAccounts.JUDGE_CHEN, DemoAccounts.PASSWORD.toCharArray());
    }

    /** Saves a decision on each of the workstation's pending requests as they arrive; the background sync pushes. */
    private void workstationLoop(LocalWorkspace ws, List<PendingDecision> saved) throws Exception {
        Random random = new Random();
        Set<Long> decided = new HashSet<>();
        while (running) {
            for (ReadingQueueRow row : ws.readingQueue()) {
                if (workstations(row.id()) && row.status() == RequestStatus.PENDING_REVIEW
                        && row.syncState() == ReadingQueueRow.SyncState.SYNCED && decided.add(row.id())) {
                    ReviewDecision d = random.nextBoolean()
                            ? new ReviewDecision(null, 0, ReviewOpinion.DISAGREE, "申请材料不符合要求", null, null, null,
                                    null, null)
                            : new ReviewDecision(null, 0, ReviewOpinion.AGREE, "同意现场阅卷", ReadingMode.ON_SITE, null,
                                    LocalDate.now(COURT_ZONE).plusDays(2), LocalDate.now(COURT_ZONE).plusDays(4), null);
                    saved.add(ws.saveDecision(row.id(), d));
                    if (saved.size() % 3 == 0) {
                        break; // a few at a time, between kills
                    }
                }
            }
            Thread.sleep(300);
        }
    }

    private void awaitOutboxEmpty(LocalWorkspace ws) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            ws.syncNow();
            int left = ws.cache().read(h -> Outbox.all(h).size());
            if (left == 0) {
                assertThat(ws.conflicts()).isEmpty();
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the workstation's outbox did not empty: " + ws.cache().read(Outbox::all));
    }

    // ------------------------------------------------------------------ data

    private static String jdbcUrl(Path data) {
        return "jdbc:h2:file:" + data.toAbsolutePath().resolve("courtdesk").toString().replace('\\', '/');
    }

    private static List<String> archivedCasesOf(Path data, String username) {
        return Jdbi.create(jdbcUrl(data), "sa", "").withHandle(h -> h.createQuery("SELECT c.case_number FROM case_party p JOIN court_case c "
                        + "ON c.id = p.case_id JOIN account a ON a.id = p.account_id WHERE a.username = :u "
                        + "AND c.status = 'ARCHIVED' AND c.court_code = '粤0106'")
                .bind("u", username).mapTo(String.class).list());
    }

    private static byte[] randomPdf(Random random, int padding) {
        byte[] noise = new byte[padding];
        random.nextBytes(noise);
        String text = "%PDF-1.4\n%" + Base64.getMimeEncoder().encodeToString(noise).replace("\r\n", "\n%") + "\n%%EOF\n";
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] multipart(String boundary, ReadingApplicationForm form, byte[] idCard) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"application\"\r\n"
                + "Content-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(Json.write(form).getBytes(StandardCharsets.UTF_8));
        out.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"ID_CARD\"; filename=\"身份证.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(idCard);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}

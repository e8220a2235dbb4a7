package org.courtdesk.app.testing;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.courtdesk.app.api.Json;
import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.api.ChangesPage;
import org.courtdesk.model.api.AttendanceRecord;
import org.courtdesk.model.api.DecisionResult;
import org.courtdesk.model.api.OnSiteVisit;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.LoginRequest;
import org.courtdesk.model.api.LoginResponse;
import org.courtdesk.model.api.Problem;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.api.ReviewInfo;
import org.courtdesk.model.api.UserInfo;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReadingRules;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;

import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * A small in-memory stand-in for the companion server behind a {@link MockWebServer}, following API.md:
 * login, the changes feed with a sequence, idempotent decisions with version checks (409 with current),
 * documents. Switches let tests take it "down", expire tokens, fail pages, lose answers.
 */
public final class FakeCourtServer extends Dispatcher implements AutoCloseable {

    private volatile MockWebServer web = new MockWebServer();
    private int port;

    private record Account(String password, UserInfo user) {}

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final Map<Long, ReadingRequestView> requests = new LinkedHashMap<>();
    private final List<Change> log = new ArrayList<>();
    private final Map<UUID, DecisionResult> applied = new HashMap<>();
    private final Map<String, byte[]> documents = new ConcurrentHashMap<>();
    private long seq;
    private Clock clock = Clock.systemUTC();
    private final ZoneId zone = ZoneId.of("Asia/Shanghai");

    /** Every request as it arrived (method + path with query). */
    public final List<String> calls = new CopyOnWriteArrayList<>();
    public final List<ReviewDecision> decisionPosts = new CopyOnWriteArrayList<>();
    /** Attendance records as posted, retries included; {@link #attendanceApplied} counts the ones applied. */
    public final List<AttendanceRecord> attendancePosts = new CopyOnWriteArrayList<>();
    public final AtomicInteger attendanceApplied = new AtomicInteger();
    public final AtomicInteger decisionsApplied = new AtomicInteger();

    private volatile boolean down;
    /** Accounts answered with 423 ACCOUNT_LOCKED. */
    public final Set<String> locked = ConcurrentHashMap.newKeySet();
    /** Every login answered with 429 TOO_MANY_ATTEMPTS and this Retry-After (seconds), as a throttled address; 0 = off. */
    public volatile int loginThrottledSeconds;
    public volatile boolean expireTokens;
    /** Apply decisions, but drop the connection instead of answering, this many times (answers lost). */
    public final AtomicInteger loseDecisionAnswers = new AtomicInteger();
    /** Answer decisions with 503 (server trouble). */
    public volatile boolean decisionsUnavailable;
    /** Answer decisions with 503 SERVICE_BUSY and this Retry-After (seconds); 0 = off. */
    public volatile int busyRetryAfterSeconds;
    /** Feed requests with this {@code since} answer 500. */
    public final Set<Long> failingSince = ConcurrentHashMap.newKeySet();
    /** Serve documents with these hashes with other bytes. */
    public final Set<String> corruptDocuments = ConcurrentHashMap.newKeySet();
    /** While set, document downloads wait for it before they are answered (two downloads made to overlap). */
    public volatile java.util.concurrent.CountDownLatch documentsHeld;

    public FakeCourtServer() throws IOException {
        web.setDispatcher(this);
        web.start();
        port = web.getPort();
    }

    public String url() {
        return "http://" + web.getHostName() + ":" + port + "/";
    }

    /** Down: the port is closed (connection refused), as when the server is stopped; up: listening again. */
    public synchronized void down(boolean goDown) throws IOException {
        if (goDown == down) {
            return;
        }
        down = goDown;
        if (goDown) {
            web.shutdown();
        } else {
            // The old socket may take a moment to be released.
            for (int attempt = 0; ; attempt++) {
                MockWebServer again = new MockWebServer();
                again.setDispatcher(this);
                try {
                    again.start(port);
                    web = again;
                    break;
                } catch (java.net.BindException e) {
                    if (attempt > 100) {
                        throw e;
                    }
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        throw e;
                    }
                }
            }
        }
    }

    public FakeCourtServer clock(Clock c) {
        this.clock = c;
        return this;
    }

    public void account(String username, String password, UserInfo user) {
        accounts.put(username, new Account(password, user));
    }

    public void changePassword(String username, String password) {
        accounts.computeIfPresent(username, (k, a) -> new Account(password, a.user()));
    }

    public synchronized void put(ReadingRequestView v) {
        requests.put(v.id(), v);
        log.add(new Change(++seq, RequestKind.CASE_FILE_READING, v.id(), ChangeOp.UPSERT, v));
    }

    /** A change made on the server (by the applicant, a clerk): next version, a new feed entry. */
    public synchronized ReadingRequestView update(long id, UnaryOperator<ReadingRequestView> change) {
        ReadingRequestView before = requests.get(id);
        ReadingRequestView changed = change.apply(before);
        ReadingRequestView after = Fixtures.withVersion(changed, before.version() + 1, changed.reason());
        put(after);
        return after;
    }

    public synchronized void remove(long id) {
        requests.remove(id);
        log.add(new Change(++seq, RequestKind.CASE_FILE_READING, id, ChangeOp.REMOVED, null));
    }

    // ---------------------------------------------------------------- a kind stored as views (网上立案's routes)

    private final Map<Long, org.courtdesk.model.filing.FilingView> filings = new LinkedHashMap<>();
    private final Map<UUID, String> appliedKeys = new HashMap<>();
    /** Every routed action as it arrived: "op baseVersion" (or "op -" for an unversioned one). */
    public final List<String> routedPosts = new CopyOnWriteArrayList<>();
    public final AtomicInteger routedApplied = new AtomicInteger();

    public synchronized void putFiling(org.courtdesk.model.filing.FilingView v) {
        filings.put(v.id(), v);
        log.add(new Change(++seq, RequestKind.ONLINE_FILING, v.id(), ChangeOp.UPSERT, v));
    }

    public synchronized org.courtdesk.model.filing.FilingView filing(long id) {
        return filings.get(id);
    }

    /** Someone else changes the filing on the server: next version, a new feed entry. */
    public synchronized org.courtdesk.model.filing.FilingView changeFiling(long id, RequestStatus status) {
        org.courtdesk.model.filing.FilingView after = Fixtures.filing(filings.get(id), filings.get(id).version() + 1,
                status);
        putFiling(after);
        return after;
    }

    /**
     * POST /api/v1/judge/filings/{id}/{op}: idempotent by key; every op but {@code messages} is versioned; opinion
     * keeps the status, conclusion moves to 符, intake to 立 (the real rules are the server's; this checks the route).
     */
    private synchronized MockResponse filingAction(long id, String op, String body) {
        com.fasterxml.jackson.databind.JsonNode json = Json.read(body, com.fasterxml.jackson.databind.JsonNode.class);
        boolean versioned = !op.equals("messages");
        routedPosts.add(op + " " + (versioned ? json.path("baseVersion").asText() : "-"));
        UUID key = UUID.fromString(json.path("idempotencyKey").asText());
        String previous = appliedKeys.get(key);
        if (previous != null) {
            return json(200, new DecisionResult(Json.read(previous, org.courtdesk.model.filing.FilingView.class), true));
        }
        org.courtdesk.model.filing.FilingView current = filings.get(id);
        if (current == null) {
            return problem(ErrorCode.NOT_FOUND, null);
        }
        if (versioned && json.path("baseVersion").asLong() != current.version()) {
            return json(409, Problem.of(ErrorCode.VERSION_CONFLICT, null).withCurrent(current), true);
        }
        RequestStatus status = switch (op) {
            case "conclusion" -> RequestStatus.FILING_CONFORMS;
            case "intake" -> RequestStatus.FILING_FILED;
            default -> current.status();
        };
        org.courtdesk.model.filing.FilingView after = Fixtures.filing(current, current.version() + 1, status);
        putFiling(after);
        appliedKeys.put(key, Json.write(after));
        routedApplied.incrementAndGet();
        if (loseDecisionAnswers.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
        }
        return json(200, new DecisionResult(after, false));
    }

    /** Every creation applied (POST /api/v1/judge/filings, a route the fake has only to test staff creations). */
    public final AtomicInteger creationsApplied = new AtomicInteger();
    /** The answers to creations to lose, replays included (the client never hears back while this is positive). */
    public final AtomicInteger loseCreationAnswers = new AtomicInteger();
    /** The body of every creation POSTed (as sent: its idempotency key and fields), in order. */
    public final List<String> creationBodies = new CopyOnWriteArrayList<>();

    /**
     * POST /api/v1/judge/filings: a staff creation as the core sends one — idempotent by key (the same key answers the
     * same request, replayed), a blank {@code claims} refused with VALIDATION_FAILED, the new request in the feed.
     */
    private synchronized MockResponse createFiling(String body) {
        com.fasterxml.jackson.databind.JsonNode json = Json.read(body, com.fasterxml.jackson.databind.JsonNode.class);
        routedPosts.add("create -");
        creationBodies.add(body);
        UUID key = UUID.fromString(json.path("idempotencyKey").asText());
        String previous = appliedKeys.get(key);
        if (previous != null) {
            if (loseCreationAnswers.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
            }
            return json(200, new DecisionResult(Json.read(previous, org.courtdesk.model.filing.FilingView.class), true));
        }
        if (json.path("claims").asText("").isBlank()) {
            return problem(ErrorCode.VALIDATION_FAILED, null);
        }
        long id = filings.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
        org.courtdesk.model.filing.FilingView made = Fixtures.filing(id, seq + 1);
        putFiling(made);
        appliedKeys.put(key, Json.write(made));
        creationsApplied.incrementAndGet();
        if (loseDecisionAnswers.getAndUpdate(n -> Math.max(0, n - 1)) > 0
                | loseCreationAnswers.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
        }
        return json(201, new DecisionResult(made, false));
    }

    /** A raw feed entry (for broken data). */
    public synchronized void rawChange(Change c) {
        seq = Math.max(seq, c.seq());
        log.add(c);
    }

    /** Tokens handed out and not revoked. */
    public Set<String> tokens() {
        return Set.copyOf(tokens);
    }

    public synchronized ReadingRequestView get(long id) {
        return requests.get(id);
    }

    public synchronized long seq() {
        return seq;
    }

    public void document(byte[] bytes) {
        documents.put(org.courtdesk.app.cache.DocumentStore.sha256Hex(bytes), bytes);
    }

    public long callsTo(String prefix) {
        return calls.stream().filter(c -> c.startsWith(prefix)).count();
    }

    @Override
    public MockResponse dispatch(RecordedRequest r) {
        String path = r.getPath();
        calls.add(r.getMethod() + " " + path);
        try {
            if (path.equals("/api/v1/auth/login") && r.getMethod().equals("POST")) {
                return login(Json.read(r.getBody().readUtf8(), LoginRequest.class));
            }
            if (path.equals("/api/v1/auth/logout")) {
                tokens.remove(bearer(r));
                return new MockResponse().setResponseCode(204);
            }
            String token = bearer(r);
            if (token == null || !tokens.contains(token)) {
                return problem(ErrorCode.UNAUTHENTICATED, null);
            }
            if (expireTokens) {
                return problem(ErrorCode.TOKEN_EXPIRED, null);
            }
            if (path.startsWith("/api/v1/changes")) {
                return changes(Long.parseLong(r.getRequestUrl().queryParameter("since")),
                        Integer.parseInt(r.getRequestUrl().queryParameter("limit")),
                        "true".equals(r.getRequestUrl().queryParameter("remaining")));
            }
            if (path.matches("/api/v1/judge/reading-requests/\\d+/decision")) {
                long id = Long.parseLong(path.split("/")[5]);
                return decide(id, Json.read(r.getBody().readUtf8(), ReviewDecision.class));
            }
            if (path.matches("/api/v1/judge/reading-requests/\\d+/attendance") && r.getMethod().equals("POST")) {
                long id = Long.parseLong(path.split("/")[5]);
                return attend(id, Json.read(r.getBody().readUtf8(), AttendanceRecord.class));
            }
            if (path.matches("/api/v1/judge/filings/\\d+/(opinion|conclusion|intake|messages)")
                    && r.getMethod().equals("POST")) {
                String[] parts = path.split("/");
                return filingAction(Long.parseLong(parts[5]), parts[6], r.getBody().readUtf8());
            }
            if (path.equals("/api/v1/judge/filings") && r.getMethod().equals("POST")) {
                return createFiling(r.getBody().readUtf8());
            }
            if (path.startsWith("/api/v1/documents/")) {
                String sha = path.substring("/api/v1/documents/".length());
                byte[] bytes = documents.get(sha);
                if (bytes == null) {
                    return problem(ErrorCode.NOT_FOUND, null);
                }
                java.util.concurrent.CountDownLatch held = documentsHeld;
                if (held != null) {
                    try {
                        held.await(60, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                if (corruptDocuments.contains(sha)) {
                    bytes = "tampered".getBytes();
                }
                return new MockResponse().setHeader("Content-Type", "application/pdf").setBody(new okio.Buffer().write(bytes));
            }
            return problem(ErrorCode.NOT_FOUND, null);
        } catch (RuntimeException e) {
            return problem(ErrorCode.SERVER_ERROR, e.toString());
        }
    }

    private MockResponse login(LoginRequest req) {
        if (loginThrottledSeconds > 0) {
            return problem(ErrorCode.TOO_MANY_ATTEMPTS, null)
                    .setHeader("Retry-After", String.valueOf(loginThrottledSeconds));
        }
        if (locked.contains(req.username())) {
            return problem(ErrorCode.ACCOUNT_LOCKED, null);
        }
        Account a = accounts.get(req.username());
        if (a == null || !a.password().equals(req.password())) {
            return problem(ErrorCode.BAD_CREDENTIALS, null);
        }
        String token = UUID.randomUUID().toString();
        tokens.add(token);
        return json(200, new LoginResponse(token, clock.instant().plusSeconds(12 * 3600), a.user()));
    }

    private synchronized MockResponse changes(long since, int limit, boolean countRemaining) {
        if (failingSince.contains(since)) {
            return problem(ErrorCode.SERVER_ERROR, null);
        }
        List<Change> page = new ArrayList<>();
        for (Change c : log) {
            if (c.seq() > since && page.size() < limit) {
                page.add(c);
            }
        }
        long next = page.isEmpty() ? since : page.get(page.size() - 1).seq();
        boolean more = log.stream().anyMatch(c -> c.seq() > next);
        // Asked for, the page counts the changes after it, as the real server does.
        Long remaining = countRemaining ? log.stream().filter(c -> c.seq() > next).count() : null;
        return json(200, new ChangesPage(page, next, more, remaining));
    }

    private synchronized MockResponse decide(long id, ReviewDecision d) {
        decisionPosts.add(d);
        if (decisionsUnavailable) {
            return problem(ErrorCode.SERVER_ERROR, "维护中").setResponseCode(503);
        }
        if (busyRetryAfterSeconds > 0) {
            return problem(ErrorCode.SERVICE_BUSY, "服务器繁忙").setResponseCode(503)
                    .setHeader("Retry-After", String.valueOf(busyRetryAfterSeconds));
        }
        DecisionResult previous = applied.get(d.idempotencyKey());
        if (previous != null) {
            if (loseDecisionAnswers.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
            }
            return json(200, new DecisionResult(previous.request(), true));
        }
        ReadingRequestView current = requests.get(id);
        if (current == null) {
            return problem(ErrorCode.NOT_FOUND, null);
        }
        if (current.version() != d.baseVersion()) {
            return json(409, Problem.of(ErrorCode.VERSION_CONFLICT, null).withCurrent(current), true);
        }
        if (current.status() != RequestStatus.PENDING_REVIEW) {
            return json(409, Problem.of(ErrorCode.ILLEGAL_TRANSITION, null).withCurrent(current), true);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        List<ErrorCode> problems = ReadingRules.validateDecision(d, current.caseDigitised(), today);
        if (!problems.isEmpty()) {
            return problem(problems.get(0), null);
        }
        ReviewInfo review = new ReviewInfo(current.judgeName(), today, d.opinion(), d.explanation(), d.mode(),
                d.validUntil(), d.onSiteStart(), d.onSiteEnd(), d.replyNote());
        ReadingRequestView after = new ReadingRequestView(current.id(), current.applicationNo(), current.caseNumber(),
                current.caseTitle(), current.courtCode(), current.courtName(), current.applicantId(),
                current.applicantName(), current.applicantRole(), current.applicationDate(), current.submittedAt(),
                current.content(), current.reason(), current.requestedMode(), current.caseDigitised(),
                d.opinion() == ReviewOpinion.AGREE ? RequestStatus.APPROVED : RequestStatus.REJECTED,
                current.version() + 1, current.judgeName(), review, null, current.materials(), current.audit());
        put(after);
        DecisionResult result = new DecisionResult(after, false);
        applied.put(d.idempotencyKey(), result);
        decisionsApplied.incrementAndGet();
        if (loseDecisionAnswers.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
        }
        return json(200, result);
    }

    /** The attendance route as the server has it (API.md): idempotent by key, on-site approvals only, rules checked. */
    private synchronized MockResponse attend(long id, AttendanceRecord a) {
        attendancePosts.add(a);
        if (decisionsUnavailable) {
            return problem(ErrorCode.SERVER_ERROR, "维护中").setResponseCode(503);
        }
        DecisionResult previous = applied.get(a.idempotencyKey());
        if (previous != null) {
            if (loseDecisionAnswers.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
            }
            return json(200, new DecisionResult(previous.request(), true));
        }
        ReadingRequestView current = requests.get(id);
        if (current == null) {
            return problem(ErrorCode.NOT_FOUND, null);
        }
        if (current.version() != a.baseVersion()) {
            return json(409, Problem.of(ErrorCode.VERSION_CONFLICT, null).withCurrent(current), true);
        }
        ReviewInfo review = current.review();
        if (current.status() != RequestStatus.APPROVED || review == null || review.mode() != ReadingMode.ON_SITE) {
            return json(409, Problem.of(ErrorCode.NOT_ON_SITE, null).withCurrent(current), true);
        }
        List<ReadingRules.Violation> broken = ReadingRules.checkAttendance(a, review.onSiteStart(), review.onSiteEnd(),
                LocalDateTime.ofInstant(clock.instant(), zone));
        if (!broken.isEmpty()) {
            return problem(broken.get(0).code(), broken.get(0).message());
        }
        ReadingRequestView after = new ReadingRequestView(current.id(), current.applicationNo(), current.caseNumber(),
                current.caseTitle(), current.courtCode(), current.courtName(), current.applicantId(),
                current.applicantName(), current.applicantRole(), current.applicationDate(), current.submittedAt(),
                current.content(), current.reason(), current.requestedMode(), current.caseDigitised(), current.status(),
                current.version() + 1, current.judgeName(), review,
                new OnSiteVisit(a.attended(), a.borrowedAt(), a.returnedAt()), current.materials(), current.audit());
        put(after);
        DecisionResult result = new DecisionResult(after, false);
        applied.put(a.idempotencyKey(), result);
        attendanceApplied.incrementAndGet();
        if (loseDecisionAnswers.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
        }
        return json(200, result);
    }

    private static String bearer(RecordedRequest r) {
        String h = r.getHeader("Authorization");
        return h != null && h.startsWith("Bearer ") ? h.substring(7) : null;
    }

    private static MockResponse problem(ErrorCode code, String detail) {
        return json(code.httpStatus(), Problem.of(code, detail), true);
    }

    private static MockResponse json(int status, Object body) {
        return json(status, body, false);
    }

    private static MockResponse json(int status, Object body, boolean problem) {
        return new MockResponse().setResponseCode(status)
                .setHeader("Content-Type", problem ? "application/problem+json" : "application/json")
                .setBody(Json.write(body));
    }

    public List<Change> log() {
        synchronized (this) {
            return Collections.unmodifiableList(new ArrayList<>(log));
        }
    }

    @Override
    public void close() throws IOException {
        if (!down) {
            web.shutdown();
        }
    }

}

package org.courtdesk.server.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.IdempotencyKey;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.http.Problems;
import org.courtdesk.server.idempotency.IdempotencyKeys;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;

/**
 * The applicants' one submission pipeline itself, with a submission that lives only here (header only, 申请编号 FA, no
 * kind's rules): stored once per key and replayed with the same receipt, nothing stored on a refusal at any step, and a
 * twin that commits while this one checks (or between the look outside and the transaction) answered as a replay, not
 * refused by a rule that depends on state. The kinds' own tests show each kind on it.
 */
class ApplicantSubmissionsTest {

    static final RequestKind KIND = RequestKind.SUGGESTION;
    static final String ACTION = "FAKE_SUBMIT";

    static TestServer server;
    static ServerContext context;
    static ApplicantSubmissions submissions;
    static long judge;
    static long applicant;

    /** What the fake kind answers: its receipt, with the header's version (the feed seq that announced it). */
    record Receipt(long id, String applicationNo, long version) {}

    record Form(String title) {}

    @BeforeAll
    static void start() {
        server = TestServer.start();
        TestData data = new TestData(server.jdbi()).court("粤0106", "广州市天河区人民法院");
        judge = data.judge("judge.applicant.pipeline", "粤0106");
        applicant = data.account("party.applicant.pipeline", Role.PARTY, "粤0106", true);
        context = server.server().context();
        submissions = new ApplicantSubmissions(context);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static IdempotencyKeys.Scope scope(UUID key, Form form) {
        return IdempotencyKeys.Scope.of(key, applicant, KIND, 0, ACTION, form);
    }

    /**
     * The fake kind: refuses a title "已有" names (a rule that depends on state, as one pending 绑定 per party), and
     * {@code duringCheck} runs while it checks, before the feed lock.
     */
    static ApplicantSubmissions.Submission<Receipt> fake(Form form, Runnable duringCheck, boolean refuseWhenStoring) {
        return h -> {
            if (form.title().isBlank()) {
                throw new ApiException(ErrorCode.VALIDATION_FAILED, "标题不能为空");
            }
            if (countOf(h, form.title()) > 0) {
                throw new ApiException(ErrorCode.VERSION_CONFLICT, "已有同名的申请");
            }
            duringCheck.run();
            return now -> {
                Requests.Created created = Requests.create(h, new Requests.New(KIND, "FA", LocalDate.ofInstant(now,
                        ZoneOffset.UTC), null, "粤0106", judge, null, applicant, now, RequestStatus.SUBMITTED, null));
                AuditLog.recordAt(h, KIND, created.id(), applicant, "当事人", "FAKE", form.title(), now);
                if (refuseWhenStoring) {
                    // A refusal after the header, the audit line and the feed lock: all of it must roll back.
                    throw new ApiException(ErrorCode.VALIDATION_FAILED, "存储时拒绝");
                }
                long id = created.id();
                return new ApplicantSubmissions.Stored<>(id, judge, null, applicant, () -> new Receipt(id,
                        created.applicationNo(), h.createQuery("SELECT version FROM request WHERE id = :id")
                        .bind("id", id).mapTo(Long.class).one()));
            };
        };
    }

    static int countOf(Handle h, String title) {
        return h.createQuery("SELECT COUNT(*) FROM audit_log WHERE action = 'FAKE' AND detail = :t").bind("t", title)
                .mapTo(Integer.class).one();
    }

    static int titled(String title) {
        return server.jdbi().withHandle(h -> countOf(h, title));
    }

    static int count(String sql) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    static int headers() {
        return count("SELECT COUNT(*) FROM request WHERE application_no LIKE 'FA%'");
    }

    static int keys(UUID key) {
        return count("SELECT COUNT(*) FROM idempotency_key WHERE idem_key = '" + key + "'");
    }

    static int changes() {
        return count("SELECT COUNT(*) FROM change_log");
    }

    ApplicantSubmissions.Outcome<Receipt> submit(UUID key, Form form) {
        return submissions.submit(scope(key, form), Receipt.class, () -> {}, fake(form, () -> {}, false));
    }

    @Test
    void storesOnceAndReplaysTheSameReceiptWithoutCheckingAgain() {
        UUID key = UUID.randomUUID();
        Form form = new Form("申请一");
        ApplicantSubmissions.Outcome<Receipt> first = submit(key, form);
        assertThat(first.replayed()).isFalse();
        Receipt receipt = first.receipt();
        assertThat(receipt.applicationNo()).startsWith("FA");
        // The receipt was made after the version was stamped: the seq of the change that announced it to the judge.
        assertThat(count("SELECT COUNT(*) FROM change_log WHERE request_id = " + receipt.id() + " AND judge_id = " + judge
                + " AND applicant_id = " + applicant + " AND seq = " + receipt.version())).isEqualTo(1);
        assertThat(keys(key)).isEqualTo(1);

        int before = headers();
        int feed = changes();
        // The retry answers the stored receipt before the body's rules and the kind's checks (which would now refuse:
        // a request with this title exists).
        ApplicantSubmissions.Outcome<Receipt> again = submissions.submit(scope(key, form), Receipt.class,
                () -> { throw new AssertionError("the rules ran on a replay"); }, fake(form, () -> {}, false));
        assertThat(again.replayed()).isTrue();
        assertThat(again.receipt()).isEqualTo(receipt);
        assertThat(headers()).isEqualTo(before);
        assertThat(changes()).isEqualTo(feed);
    }

    @Test
    void theKeyWithAnotherBodyIsRefusedAndStoresNothing() {
        UUID key = UUID.randomUUID();
        submit(key, new Form("申请二"));
        int before = headers();
        assertThatThrownBy(() -> submit(key, new Form("申请二（改）")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED));
        assertThat(headers()).isEqualTo(before);
    }

    @Test
    void aRefusalAtAnyStepStoresNothingAndLeavesTheKeyUnused() {
        UUID key = UUID.randomUUID();
        Form form = new Form("申请三");
        int before = headers();
        int feed = changes();
        // The body's rules.
        assertThatThrownBy(() -> submissions.submit(scope(key, form), Receipt.class,
                () -> { throw new ApiException(ErrorCode.VALIDATION_FAILED, "规则"); }, fake(form, () -> {}, false)))
                .isInstanceOf(ApiException.class);
        // The kind's checks against stored state.
        Form blank = new Form(" ");
        assertThatThrownBy(() -> submit(key, blank)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
        // The kind's rows, under the feed lock, after the header and an audit line were written.
        assertThatThrownBy(() -> submissions.submit(scope(key, form), Receipt.class, () -> {}, fake(form, () -> {}, true)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage()).contains("存储时拒绝"));
        assertThat(headers()).isEqualTo(before);
        assertThat(changes()).isEqualTo(feed);
        assertThat(titled("申请三")).isZero();
        assertThat(keys(key)).isZero();
        // The key was not used up: the same submission then goes through.
        assertThat(submit(key, form).replayed()).isFalse();
        assertThat(headers()).isEqualTo(before + 1);
    }

    @Test
    void aTwinThatCommitsWhileThisOneChecksIsReplayedUnderTheLock() {
        UUID key = UUID.randomUUID();
        Form form = new Form("申请四");
        List<Receipt> twin = new ArrayList<>();
        AtomicInteger checks = new AtomicInteger();
        AtomicInteger stores = new AtomicInteger();
        // The twin (as on another server instance) stores the same submission after this one's checks passed and
        // before it takes the feed lock; this one must answer the twin's receipt, not store a second request.
        ApplicantSubmissions.Submission<Receipt> withTwin = fake(form, () -> {
            if (checks.incrementAndGet() == 1) {
                ApplicantSubmissions.Outcome<Receipt> t = submit(key, form);
                assertThat(t.replayed()).isFalse();
                twin.add(t.receipt());
            }
        }, false);
        ApplicantSubmissions.Outcome<Receipt> outcome = submissions.submit(scope(key, form), Receipt.class, () -> {},
                h -> {
                    ApplicantSubmissions.Locked<Receipt> locked = withTwin.check(h);
                    return now -> {
                        stores.incrementAndGet();
                        return locked.store(now);
                    };
                });
        assertThat(outcome.replayed()).isTrue();
        assertThat(outcome.receipt()).isEqualTo(twin.get(0));
        assertThat(titled("申请四")).isEqualTo(1);
        // Seen under the lock, before this one wrote anything (not only when its key clashed and it was tried again).
        assertThat(stores.get()).isZero();
    }

    @Test
    void aTwinThatCommitsBeforeTheTransactionIsReplayedNotRefusedByTheKindsRule() {
        UUID key = UUID.randomUUID();
        Form form = new Form("申请五");
        List<Receipt> twin = new ArrayList<>();
        // The twin stores between the look outside the transaction and this one's transaction (the body's rules run
        // in that gap); the kind's check would refuse ("已有同名的申请"), the pipeline answers the twin's receipt first.
        ApplicantSubmissions.Outcome<Receipt> outcome = submissions.submit(scope(key, form), Receipt.class,
                () -> twin.add(submit(key, form).receipt()), fake(form, () -> {}, false));
        assertThat(outcome.replayed()).isTrue();
        assertThat(outcome.receipt()).isEqualTo(twin.get(0));
        assertThat(titled("申请五")).isEqualTo(1);
    }

    @Test
    void theAnswerIs201WithItsLocationAndReplayedOnARetry() throws Exception {
        Javalin app = Javalin.create(cfg -> {
            cfg.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.port = 0;
            Problems.register(cfg.routes);
            cfg.routes.post("/fakes", ctx -> {
                Form form = Json.body(ctx, Form.class);
                ApplicantSubmissions.Outcome<Receipt> outcome = submissions.submit(
                        scope(IdempotencyKey.read(ctx), form), Receipt.class, () -> {}, fake(form, () -> {}, false));
                ApplicantSubmissions.created(ctx, "/fakes/" + outcome.receipt().id(), outcome);
            });
        }).start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            UUID key = UUID.randomUUID();
            HttpRequest post = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/fakes"))
                    .header(IdempotencyKey.HEADER, key.toString()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"申请六\"}")).build();
            HttpResponse<String> first = http.send(post, HttpResponse.BodyHandlers.ofString());
            assertThat(first.statusCode()).isEqualTo(201);
            assertThat(first.headers().firstValue(ApplicantSubmissions.REPLAYED_HEADER)).isEmpty();
            Receipt receipt = Json.read(first.body(), Receipt.class);
            assertThat(first.headers().firstValue("Location")).contains("/fakes/" + receipt.id());

            HttpResponse<String> retry = http.send(post, HttpResponse.BodyHandlers.ofString());
            assertThat(retry.statusCode()).isEqualTo(201);
            assertThat(retry.headers().firstValue(ApplicantSubmissions.REPLAYED_HEADER)).contains("true");
            assertThat(retry.headers().firstValue("Location")).contains("/fakes/" + receipt.id());
            assertThat(Json.read(retry.body(), Receipt.class)).isEqualTo(receipt);
        } finally {
            app.stop();
        }
    }
}

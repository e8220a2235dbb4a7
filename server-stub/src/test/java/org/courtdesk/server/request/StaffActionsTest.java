package org.courtdesk.server.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.account.Account;
import org.courtdesk.server.account.AccountRepository;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.request.fakekind.FakeSuggestionAction;
import org.courtdesk.server.request.fakekind.FakeSuggestionAction.Body;
import org.courtdesk.server.request.fakekind.FakeSuggestionAction.View;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The core pipeline's order, shown with a kind that lives only in the tests ({@link FakeSuggestionAction}): a second
 * kind needs no edit of the core, neither of its code nor of its header table {@code request}. Each test reads the steps the pipeline asked of the kind, and what was stored.
 */
class StaffActionsTest {

    static TestServer server;
    static StaffActions actions;
    static CurrentUser judge;
    static CurrentUser otherJudge;
    static long applicantId;

    FakeSuggestionAction kind;
    long id;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        TestData data = new TestData(server.jdbi()).court("粤0106", "广州市天河区人民法院");
        long j = data.judge("judge.pipeline", "粤0106");
        long o = data.judge("judge.pipeline.other", "粤0106");
        applicantId = data.account("party.pipeline", org.courtdesk.model.account.Role.PARTY, "粤0106", true);
        judge = new CurrentUser(account(j), List.of(j));
        otherJudge = new CurrentUser(account(o), List.of(o));
        server.jdbi().useHandle(h -> h.execute(FakeSuggestionAction.TABLE));
        actions = new StaffActions(server.server().context());
    }

    private static Account account(long id) {
        return server.jdbi().withHandle(h -> AccountRepository.byId(h, id).orElseThrow());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void aPendingRequest() {
        kind = new FakeSuggestionAction();
        id = server.jdbi().withHandle(h -> {
            long created = FakeSuggestionAction.create(h, "粤0106", judge.visibleJudgeIds().get(0), applicantId,
                    server.server().context().clock().instant());
            h.execute("UPDATE request SET version = 1 WHERE id = ?", created);
            return created;
        });
    }

    private ActionResult<View> run(CurrentUser user, Body body) {
        return run(user, Json.write(body).getBytes(StandardCharsets.UTF_8));
    }

    private ActionResult<View> run(CurrentUser user, byte[] body) {
        kind.trace.clear();
        return actions.run(user, id, body, kind);
    }

    private static Body approve(long version, String note) {
        return new Body(UUID.randomUUID(), version, "APPROVE", note);
    }

    private int rows(String table) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE request_id = :id")
                .bind("id", id).mapTo(Integer.class).one());
    }

    /** A column expression of this request's header row. */
    private String header(String columns) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT " + columns + " FROM request WHERE id = :id")
                .bind("id", id).mapTo(String.class).one());
    }

    private ApiException refused(CurrentUser user, Object body) {
        byte[] bytes = body instanceof byte[] b ? b : Json.write(body).getBytes(StandardCharsets.UTF_8);
        kind.trace.clear();
        return (ApiException) org.assertj.core.api.Assertions.catchThrowable(() -> actions.run(user, id, bytes, kind));
    }

    private void assertNothingStored() {
        assertThat(rows("audit_log")).isZero();
        assertThat(rows("notification")).isZero();
        assertThat(rows("change_log")).isZero();
        assertThat(rows("idempotency_key")).isZero();
    }

    @Test
    void anActionRunsEveryStepInTheFixedOrder() {
        ActionResult<View> result = run(judge, approve(1, "证人出国"));

        // The core moved the header before the kind's effect; audit + notice + feed entry after it; then the answer.
        assertThat(kind.trace).containsExactly("detail", "key", "version", "transition", "validate",
                "effect(status=REPLIED,audit=0,sms=0,feed=0)", "view");
        assertThat(result.replayed()).isFalse();
        assertThat(result.request().status()).isEqualTo(RequestStatus.REPLIED);
        long seq = server.jdbi().withHandle(h -> h.createQuery(
                "SELECT seq FROM change_log WHERE kind = 'SUGGESTION' AND request_id = :id").bind("id", id)
                .mapTo(Long.class).one());
        assertThat(result.request().version()).isEqualTo(seq);
        // The core stamped the feed seq on the header row, in the kind-neutral table.
        assertThat(header("kind || '|' || status || '|' || version")).isEqualTo("SUGGESTION|REPLIED|" + seq);
        assertThat(rows("idempotency_key")).isEqualTo(1);
        String actor = server.jdbi().withHandle(h -> h.createQuery(
                "SELECT actor_name || '|' || action || '|' || detail FROM audit_log WHERE kind = 'SUGGESTION' AND request_id = :id")
                .bind("id", id).mapTo(String.class).one());
        assertThat(actor).isEqualTo(judge.account().displayName() + "|意见建议答复|APPROVE：证人出国");
        // The notice is stored masked and sent in full, after the commit.
        assertThat(server.sms().fullTexts(id)).containsExactly("意见建议已答复，查询码：4711");
    }

    @Test
    void theSameKeyAgainReplaysWithoutTouchingTheKind() {
        Body body = approve(1, "证人出国");
        ActionResult<View> first = run(judge, body);

        ActionResult<View> again = run(judge, body);

        assertThat(kind.trace).containsExactly("detail", "key");
        assertThat(again.replayed()).isTrue();
        assertThat(again.request()).isEqualTo(first.request());
        assertThat(rows("change_log")).isEqualTo(1);
        assertThat(rows("audit_log")).isEqualTo(1);
    }

    @Test
    void visibilityComesBeforeTheBodyAndTheReplay() {
        Body body = approve(1, "证人出国");
        run(judge, body);

        // The request goes to the other judge: the first judge's old key no longer answers.
        server.jdbi().useHandle(h -> h.execute("UPDATE request SET judge_id = ? WHERE id = ?",
                otherJudge.visibleJudgeIds().get(0), id));
        ApiException replay = refused(judge, body);
        assertThat(replay.code().name()).isEqualTo("NOT_FOUND");
        assertThat(kind.trace).isEmpty();

        // Whatever the body: a request the caller may not see is not found before the body is read.
        for (byte[] garbage : List.of("not json".getBytes(StandardCharsets.UTF_8), new byte[Json.MAX_BODY_BYTES + 1])) {
            ApiException e = refused(judge, garbage);
            assertThat(e.code().name()).isEqualTo("NOT_FOUND");
            assertThat(kind.trace).isEmpty();
        }
        // A missing id: the same answer, and the kind is not asked at all.
        kind.trace.clear();
        assertThatThrownBy(() -> actions.run(judge, id + 1_000, "not json".getBytes(StandardCharsets.UTF_8), kind))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code().name()).isEqualTo("NOT_FOUND"));
        assertThat(kind.trace).isEmpty();
    }

    /**
     * A request whose audience is a role pool: every member of the pool (a centre reviewer of that court) may act,
     * a reviewer of another court's pool gets the 404 of a missing id, and the feed entry carries the pool.
     */
    @Test
    void aPoolRequestIsActedOnByAMemberOfThePoolOnly() {
        String pool = Pools.centreReviewers("粤0106");
        server.jdbi().useHandle(h -> h.execute("UPDATE request SET judge_id = NULL, pool = ? WHERE id = ?", pool, id));
        CurrentUser reviewer = new CurrentUser(judge.account(), List.of(), java.util.Set.of(pool));
        CurrentUser elsewhere = new CurrentUser(judge.account(), List.of(),
                java.util.Set.of(Pools.centreReviewers("粤01")));

        assertThat(refused(judge, approve(1, "x")).code()).isEqualTo(org.courtdesk.model.api.ErrorCode.NOT_FOUND);
        assertThat(refused(elsewhere, approve(1, "x")).code()).isEqualTo(org.courtdesk.model.api.ErrorCode.NOT_FOUND);
        assertNothingStored();

        ActionResult<View> result = run(reviewer, approve(1, "证人出国"));
        assertThat(result.request().status()).isEqualTo(RequestStatus.REPLIED);
        assertThat(header("COALESCE(CAST(judge_id AS VARCHAR), '-') || ' ' || pool")).isEqualTo("- " + pool);
        String fed = server.jdbi().withHandle(h -> h.createQuery(
                "SELECT COALESCE(CAST(judge_id AS VARCHAR), '-') || ' ' || pool FROM change_log WHERE request_id = :id")
                .bind("id", id).mapTo(String.class).one());
        assertThat(fed).isEqualTo("- " + pool);
    }

    @Test
    void aStaleVersionIsAConflictWithTheCurrentStateAndStoresNothing() {
        ApiException e = refused(judge, approve(7, "证人出国"));

        assertThat(e.code().name()).isEqualTo("VERSION_CONFLICT");
        assertThat(e.current()).isEqualTo(new View(id, RequestStatus.AWAITING_REPLY, 1, null));
        assertThat(kind.trace).containsExactly("detail", "key", "version", "view");
        assertNothingStored();
    }

    @Test
    void theTransitionTableIsCheckedBeforeTheKindsRules() {
        ActionResult<View> decided = run(judge, approve(1, "证人出国"));

        // Already replied: another verdict, even without the note the rules want, is refused by the table.
        ApiException e = refused(judge, new Body(UUID.randomUUID(), decided.request().version(), "REJECT", ""));

        assertThat(e.code().name()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(e.getMessage()).isEqualTo("已经" + RequestStatus.REPLIED.label());
        assertThat(e.current().status()).isEqualTo(RequestStatus.REPLIED);
        assertThat(kind.trace).containsExactly("detail", "key", "version", "transition", "view");
        assertThat(rows("change_log")).isEqualTo(1);
    }

    @Test
    void aRuleRefusalStopsBeforeTheEffectAndStoresNothing() {
        ApiException e = refused(judge, approve(1, " "));

        assertThat(e.code().name()).isEqualTo("VALIDATION_FAILED");
        assertThat(kind.trace).containsExactly("detail", "key", "version", "transition", "validate");
        assertNothingStored();
        assertThat(header("status")).isEqualTo("AWAITING_REPLY");
        assertThat(server.sms().fullTexts(id)).isEmpty();
    }

    @Test
    void aMissingKeyIsRefusedAfterVisibilityAndStoresNothing() {
        ApiException e = refused(judge, new Body(null, 1, "APPROVE", "证人出国"));

        assertThat(e.code().name()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
        assertThat(kind.trace).containsExactly("detail", "key");
        assertNothingStored();
    }

    @Test
    void idsAndNumbersComeFromTheCoreAcrossKindsAndAnotherKindsIdIsNotFound() {
        long next = server.jdbi().withHandle(h -> FakeSuggestionAction.create(h, "粤0106",
                judge.visibleJudgeIds().get(0), applicantId, server.server().context().clock().instant()));
        assertThat(next).isGreaterThan(id);
        String no = server.jdbi().withHandle(h -> h.createQuery("SELECT application_no FROM request WHERE id = :id")
                .bind("id", next).mapTo(String.class).one());
        assertThat(no).startsWith(FakeSuggestionAction.PREFIX).hasSize(FakeSuggestionAction.PREFIX.length() + 13);

        // The header says which kind a request is: another kind's action does not see it.
        server.jdbi().useHandle(h -> h.execute("UPDATE request SET kind = 'CASE_BINDING' WHERE id = ?", next));
        kind.trace.clear();
        assertThatThrownBy(() -> actions.run(judge, next, Json.write(approve(0, "证人出国")).getBytes(StandardCharsets.UTF_8), kind))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code().name()).isEqualTo("NOT_FOUND"));
        assertThat(kind.trace).isEmpty();
    }
}

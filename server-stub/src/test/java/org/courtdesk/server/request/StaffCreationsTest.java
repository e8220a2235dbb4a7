package org.courtdesk.server.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.server.account.AccountRepository;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.request.fakecreation.FakeNoticeCreation;
import org.courtdesk.server.request.fakecreation.FakeNoticeCreation.Body;
import org.courtdesk.server.request.fakecreation.FakeNoticeCreation.View;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests staff create, through the core's one pipeline: created once per key, nothing stored on a refusal. */
class StaffCreationsTest {

    static TestServer server;
    static StaffCreations creations;
    static CurrentUser judge;
    final FakeNoticeCreation creation = new FakeNoticeCreation();

    @BeforeAll
    static void start() {
        server = TestServer.start();
        TestData data = new TestData(server.jdbi()).court("粤0106", "广州市天河区人民法院");
        long j = data.judge("judge.creator", "粤0106");
        judge = new CurrentUser(server.jdbi().withHandle(h -> AccountRepository.byId(h, j).orElseThrow()), List.of(j));
        creations = new StaffCreations(server.server().context());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private ActionResult<View> run(Body body) {
        return creations.run(judge, Json.write(body).getBytes(StandardCharsets.UTF_8), creation);
    }

    private int count(String sql, long id) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).bind("id", id).mapTo(Integer.class).one());
    }

    private int headers() {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM request WHERE kind = 'SERVICE_CONTENT' AND application_no LIKE 'FK%'")
                .mapTo(Integer.class).one());
    }

    @Test
    void createsOnceAndReplaysTheSameAnswer() {
        UUID key = UUID.randomUUID();
        ActionResult<View> first = run(new Body(key, "春节期间立案安排"));
        View made = first.request();
        assertThat(first.replayed()).isFalse();
        assertThat(made.applicationNo()).startsWith("FK");
        // Its version is the feed seq that announced it to the creator's queue, with the creator as its audience.
        assertThat(count("SELECT COUNT(*) FROM change_log WHERE request_id = :id AND judge_id = "
                + judge.visibleJudgeIds().get(0) + " AND seq = " + made.version(), made.id())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE request_id = :id AND action = '新增'", made.id())).isEqualTo(1);

        int before = headers();
        ActionResult<View> again = run(new Body(key, "春节期间立案安排"));
        assertThat(again.replayed()).isTrue();
        assertThat(again.request()).isEqualTo(made);
        assertThat(headers()).isEqualTo(before);
    }

    @Test
    void aKeyUsedForAnotherBodyIsRefusedAndCreatesNothing() {
        UUID key = UUID.randomUUID();
        run(new Body(key, "第一项"));
        int before = headers();
        assertThatThrownBy(() -> run(new Body(key, "第二项")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED));
        assertThat(headers()).isEqualTo(before);
    }

    @Test
    void aRefusalOfTheKindStoresNothingNotEvenTheKey() {
        UUID key = UUID.randomUUID();
        int before = headers();
        assertThatThrownBy(() -> run(new Body(key, " ")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
        assertThat(headers()).isEqualTo(before);
        int keys = server.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM idempotency_key WHERE idem_key = :k")
                .bind("k", key.toString()).mapTo(Integer.class).one());
        assertThat(keys).isZero();
        // The same key then works for a good body: the refusal did not use it up.
        assertThat(run(new Body(key, "补上标题")).replayed()).isFalse();
        assertThat(headers()).isEqualTo(before + 1);
    }

    @Test
    void aCreationWithoutKeyIsRefused() {
        int before = headers();
        assertThatThrownBy(() -> run(new Body(null, "无键")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REQUIRED));
        assertThat(headers()).isEqualTo(before);
    }
}

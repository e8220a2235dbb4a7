package org.courtdesk.server.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.courtdesk.model.request.RequestKind;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

    static TestServer server;
    static long alice;
    static long bob;

    record Body(String what, int n) {}

    @BeforeAll
    static void start() {
        server = TestServer.start();
        TestData data = new TestData(server.jdbi()).court("粤0106", "广州市天河区人民法院");
        alice = data.judge("judge.alice", "粤0106");
        bob = data.judge("judge.bob", "粤0106");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static IdempotencyKeys.Scope scope(UUID key, long account, long request, String action, Body body) {
        return IdempotencyKeys.Scope.of(key, account, RequestKind.CASE_FILE_READING, request, action, body);
    }

    @Test
    void aRememberedResponseIsReplayedForTheSameScopeOnly() {
        Jdbi jdbi = server.jdbi();
        UUID key = UUID.randomUUID();
        IdempotencyKeys.Scope s = scope(key, alice, 7, "DECISION", new Body("agree", 1));
        java.util.Optional<String> none = jdbi.withHandle(h -> IdempotencyKeys.replay(h, s));
        assertThat(none).isEmpty();

        jdbi.useTransaction(h -> IdempotencyKeys.remember(h, s, "{\"request\":{\"id\":7},\"replayed\":false}", Instant.now()));

        java.util.Optional<String> stored = jdbi.withHandle(h -> IdempotencyKeys.replay(h, s));
        assertThat(stored).hasValue("{\"request\":{\"id\":7},\"replayed\":false}");
        for (IdempotencyKeys.Scope other : new IdempotencyKeys.Scope[] {
                scope(key, bob, 7, "DECISION", new Body("agree", 1)),
                scope(key, alice, 8, "DECISION", new Body("agree", 1)),
                scope(key, alice, 7, "ATTENDANCE", new Body("agree", 1)),
                scope(key, alice, 7, "DECISION", new Body("agree", 2))}) {
            assertThatThrownBy(() -> jdbi.withHandle(h -> IdempotencyKeys.replay(h, other)))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code().name()).isEqualTo("IDEMPOTENCY_KEY_REUSED"));
        }
    }

    @Test
    void aMissingKeyIsRefused() {
        assertThatThrownBy(() -> scope(null, alice, 7, "DECISION", new Body("x", 1)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code().name()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED"));
    }

    @Test
    void theSecondOfTwoTwinsFailsAsADuplicateKey() {
        Jdbi jdbi = server.jdbi();
        IdempotencyKeys.Scope s = scope(UUID.randomUUID(), alice, 9, "DECISION", new Body("x", 1));
        jdbi.useTransaction(h -> IdempotencyKeys.remember(h, s, "{}", Instant.now()));

        assertThatThrownBy(() -> jdbi.useTransaction(h -> IdempotencyKeys.remember(h, s, "{}", Instant.now())))
                .satisfies(e -> assertThat(IdempotencyKeys.isDuplicateKey(e)).isTrue());
        assertThat(IdempotencyKeys.isDuplicateKey(new IllegalStateException("x"))).isFalse();
    }
}

package org.courtdesk.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.courtdesk.model.account.Role;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.LoginFrom;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Failed logins lock a (user name, client address) pair and, when spread over many names, the address; never the
 * account for everyone. Each test uses its own loopback addresses (127.0.0.x) and names, so they do not meet.
 */
class LoginThrottleTest {

    static final int PAIR = LoginThrottle.MAX_PER_NAME_AND_ADDRESS;
    static final int ADDRESS = LoginThrottle.MAX_PER_ADDRESS;
    static final String WINDOW_SECONDS = String.valueOf(LoginThrottle.WINDOW.toSeconds());
    static TestServer server;
    static TestData data;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        data = new TestData(server.jdbi()).court("粤0106", "广州市天河区人民法院");
        data.judge("judge.chen", "粤0106");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void clockBack() {
        server.clock().set(TestServer.START);
    }

    private static LoginFrom from(String address) {
        return new LoginFrom(server.baseUrl(), address);
    }

    private static long failuresFrom(String address) {
        return count("SELECT COUNT(*) FROM login_failure WHERE client_address = :n", address);
    }

    private static long count(String sql, String n) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).bind("n", n).mapTo(Long.class).one());
    }

    private static void fail(LoginFrom client, String username, int times) {
        for (int i = 0; i < times; i++) {
            HttpTestClient.Response r = client.login(username, "wrong-" + i);
            assertThat(r.status()).as("attempt %d: %s", i + 1, r.text()).isEqualTo(401);
            assertThat(r.code()).isEqualTo("BAD_CREDENTIALS");
        }
    }

    @Test
    void aStrangerFailingOnTheJudgesAccountDoesNotLockTheJudgeOutOfHisOwnAddress() {
        LoginFrom stranger = from("127.0.0.2");
        LoginFrom judgesDesk = from("127.0.0.3");

        fail(stranger, "judge.chen", PAIR - 1);
        HttpTestClient.Response fifth = stranger.login("judge.chen", "wrong-last");
        assertThat(fifth.status()).isEqualTo(423);
        assertThat(fifth.code()).isEqualTo("ACCOUNT_LOCKED");
        assertThat(fifth.header("Retry-After")).isEqualTo(WINDOW_SECONDS);

        // The stranger stays locked, even with the right password, and the refusals store nothing.
        HttpTestClient.Response right = stranger.login("judge.chen", TestData.PASSWORD);
        assertThat(right.status()).isEqualTo(423);
        assertThat(right.header("Retry-After")).isEqualTo(WINDOW_SECONDS);
        assertThat(failuresFrom("127.0.0.2")).isEqualTo(PAIR);

        // The judge, from his own desk, logs in at once.
        HttpTestClient.Response judge = judgesDesk.login("judge.chen", TestData.PASSWORD);
        assertThat(judge.status()).as(judge.text()).isEqualTo(200);
        assertThat(failuresFrom("127.0.0.3")).isZero();
        // ... and his own wrong password there is an ordinary 401, not a lock.
        fail(judgesDesk, "judge.chen", 1);
    }

    @Test
    void sprayingManyAccountsFromOneAddressGets429UntilTheWindowPasses() {
        data.account("lawyer.spray.1", Role.LAWYER, null, true);
        data.account("lawyer.spray.2", Role.LAWYER, null, true);
        LoginFrom sprayer = from("127.0.0.4");

        // One guess per name, known and unknown names alike: no pair is locked, the address is.
        for (int i = 0; i < ADDRESS - 1; i++) {
            fail(sprayer, i < 2 ? "lawyer.spray." + (i + 1) : "someone." + i, 1);
        }
        HttpTestClient.Response last = sprayer.login("someone.last", "guess");
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.code()).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(last.contentType()).startsWith("application/problem+json");
        assertThat(last.header("Retry-After")).isEqualTo(WINDOW_SECONDS);

        // Refused before the password is checked: a right one does not get through and nothing is stored.
        server.clock().advance(Duration.ofMinutes(10));
        HttpTestClient.Response right = sprayer.login("lawyer.spray.1", TestData.PASSWORD);
        assertThat(right.status()).isEqualTo(429);
        assertThat(right.header("Retry-After")).isEqualTo("300");
        assertThat(failuresFrom("127.0.0.4")).isEqualTo(ADDRESS);

        // Another address is not affected.
        assertThat(from("127.0.0.5").login("lawyer.spray.1", TestData.PASSWORD).status()).isEqualTo(200);

        // The counters expire with the clock: after the window the address may try again.
        server.clock().advance(Duration.ofMinutes(5));
        assertThat(sprayer.login("lawyer.spray.2", TestData.PASSWORD).status()).isEqualTo(200);
        fail(sprayer, "someone.again", 1);
    }

    @Test
    void aLockedPairOpensWhenItsOldestCountedFailureLeavesTheWindow() {
        data.account("lawyer.window", Role.LAWYER, null, true);
        LoginFrom client = from("127.0.0.6");
        fail(client, "lawyer.window", 2);
        server.clock().advance(Duration.ofMinutes(5));
        fail(client, "lawyer.window", PAIR - 3);
        assertThat(client.login("lawyer.window", "wrong").status()).isEqualTo(423); // 5 within 15 minutes

        server.clock().advance(Duration.ofMinutes(9)); // 14 minutes after the first failure
        HttpTestClient.Response still = client.login("lawyer.window", TestData.PASSWORD);
        assertThat(still.status()).isEqualTo(423);
        assertThat(still.header("Retry-After")).isEqualTo("60");

        server.clock().advance(Duration.ofMinutes(1)); // the first failure is 15 minutes old: four count
        assertThat(client.login("lawyer.window", TestData.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aSuccessfulLoginStartsItsPairAgainFromZero() {
        data.account("lawyer.forgetful", Role.LAWYER, null, true);
        LoginFrom client = from("127.0.0.7");
        fail(client, "lawyer.forgetful", PAIR - 1);
        assertThat(client.login("lawyer.forgetful", TestData.PASSWORD).status()).isEqualTo(200);
        assertThat(failuresFrom("127.0.0.7")).isZero();
        fail(client, "lawyer.forgetful", PAIR - 1);
        assertThat(client.login("lawyer.forgetful", TestData.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void xForwardedForFromAPeerThatIsNoTrustedProxyIsIgnored() {
        data.account("lawyer.forwarded", Role.LAWYER, null, true);
        LoginFrom client = from("127.0.0.8");
        for (int i = 0; i < PAIR - 1; i++) {
            HttpTestClient.Response r = client.login("lawyer.forwarded", "wrong", "X-Forwarded-For", "198.51.100." + i);
            assertThat(r.status()).isEqualTo(401);
        }
        HttpTestClient.Response r = client.login("lawyer.forwarded", "wrong", "X-Forwarded-For", "198.51.100.99");
        assertThat(r.status()).as("counted under its socket address, not the claimed ones").isEqualTo(423);
        assertThat(failuresFrom("127.0.0.8")).isEqualTo(PAIR);
        assertThat(count("SELECT COUNT(*) FROM login_failure WHERE client_address LIKE '198.51.100.%'", null)).isZero();
    }

    @Test
    void behindATrustedProxyTheForwardedClientIsCountedNotTheProxy() {
        // A server started with --trusted-proxy=127.0.0.20: its X-Forwarded-For names the client.
        try (TestServer proxied = TestServer.start(c -> c.withTrustedProxies(java.util.List.of("127.0.0.20")))) {
            new TestData(proxied.jdbi()).court("粤0106", "广州市天河区人民法院").judge("judge.chen", "粤0106");
            LoginFrom proxy = new LoginFrom(proxied.baseUrl(), "127.0.0.20");
            for (int i = 0; i < PAIR - 1; i++) {
                assertThat(proxy.login("judge.chen", "wrong", "X-Forwarded-For", "198.51.100.7").status())
                        .isEqualTo(401);
            }
            assertThat(proxy.login("judge.chen", "wrong", "X-Forwarded-For", "198.51.100.7").status())
                    .isEqualTo(423);
            assertThat(proxy.login("judge.chen", TestData.PASSWORD, "X-Forwarded-For", "198.51.100.7").status())
                    .as("the stranger behind the proxy is locked out").isEqualTo(423);
            assertThat(proxy.login("judge.chen", TestData.PASSWORD, "X-Forwarded-For", "203.0.113.5").status())
                    .as("the judge behind the same proxy is not").isEqualTo(200);
        }
    }

    @Test
    void unknownNamesLockLikeKnownOnesSoTheLockRevealsNoName() {
        data.account("lawyer.known", Role.LAWYER, null, true);
        LoginFrom client = from("127.0.0.9");
        fail(client, "lawyer.known", PAIR - 1);
        fail(client, "lawyer.unknown", PAIR - 1);
        HttpTestClient.Response known = client.login("lawyer.known", "wrong");
        HttpTestClient.Response unknown = client.login("lawyer.unknown", "wrong");
        assertThat(known.status()).isEqualTo(423);
        assertThat(unknown.status()).isEqualTo(423);
        assertThat(unknown.text()).isEqualTo(known.text());
        // Neither the names nor the passwords are stored in the clear; the account is noted when there is one.
        assertThat(count("SELECT COUNT(*) FROM login_failure WHERE client_address = '127.0.0.9' "
                + "AND username_sha256 = :n AND account_id IS NOT NULL", TokenService.sha256("lawyer.known"))).isEqualTo(PAIR);
        assertThat(count("SELECT COUNT(*) FROM login_failure WHERE client_address = '127.0.0.9' AND account_id IS NULL",
                null)).isEqualTo(PAIR);
    }

    @Test
    void theThrottleSurvivesARestart() {
        data.account("lawyer.restart", Role.LAWYER, null, true);
        fail(from("127.0.0.10"), "lawyer.restart", PAIR - 1);
        assertThat(from("127.0.0.10").login("lawyer.restart", "wrong").status()).isEqualTo(423);
        server.restart();
        HttpTestClient.Response r = from("127.0.0.10").login("lawyer.restart", TestData.PASSWORD);
        assertThat(r.status()).isEqualTo(423);
        assertThat(from("127.0.0.11").login("lawyer.restart", TestData.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void emptyCredentialsAreRefusedWithoutCounting() {
        LoginFrom client = from("127.0.0.12");
        for (int i = 0; i < ADDRESS + 1; i++) {
            assertThat(client.login("", "").status()).isEqualTo(400);
        }
        assertThat(failuresFrom("127.0.0.12")).isZero();
        assertThat(client.login("judge.chen", TestData.PASSWORD).status()).isEqualTo(200);
    }
}

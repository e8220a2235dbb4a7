package org.courtdesk.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.courtdesk.model.api.ErrorCode;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Slows password guessing without letting a stranger lock anyone out. Each failed login is stored (table
 * {@code login_failure}, so the throttle survives a restart) with the client address ({@link ClientAddresses}) and
 * the SHA-256 of the user name as typed (a password typed into the name field is not kept in the clear), and
 * counted over a sliding {@link #WINDOW} of the server clock:
 * <ul>
 *   <li>{@link #MAX_PER_NAME_AND_ADDRESS} failures for one user name from one address lock that pair: 423
 *       ACCOUNT_LOCKED, even for the right password. The same account from any other address is not affected, so
 *       a stranger cannot keep a judge out. Unknown names lock the same way, so the lock reveals no names.</li>
 *   <li>{@link #MAX_PER_ADDRESS} failures from one address over all user names (password spraying) stop that
 *       address: 429 TOO_MANY_ATTEMPTS.</li>
 * </ul>
 * Both carry {@code Retry-After}: the seconds until the oldest failure that counts leaves the window. A refused
 * attempt checks no password and stores nothing; a successful login clears its own pair's failures. Two attempts
 * racing past the check may both be counted: the limits can be overshot by the number of concurrent requests.
 */
public final class LoginThrottle {

    public static final int MAX_PER_NAME_AND_ADDRESS = 5;
    public static final int MAX_PER_ADDRESS = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** Older failures are deleted when a new one is recorded; a day is kept for whoever looks into an attack. */
    static final Duration RETENTION = Duration.ofDays(1);

    /** Why an attempt is not even checked, and for how long. */
    public record Refusal(ErrorCode code, long retryAfterSeconds) {}

    private final Jdbi jdbi;
    private final Clock clock;

    public LoginThrottle(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Whether an attempt for {@code username} from {@code address} is refused before its password is checked. */
    public Optional<Refusal> refusal(String username, String address) {
        return jdbi.withHandle(h -> refusal(h, TokenService.sha256(username), address, clock.instant()));
    }

    /** Stores one failure; answers the refusal it brought about (the fifth failure of a pair is already 423). */
    public Optional<Refusal> recordFailure(String username, Long accountId, String address) {
        Instant now = clock.instant();
        String name = TokenService.sha256(username);
        return jdbi.inTransaction(h -> {
            h.createUpdate("DELETE FROM login_failure WHERE failed_at < :old").bind("old", utc(now.minus(RETENTION)))
                    .execute();
            h.createUpdate("INSERT INTO login_failure (username_sha256, account_id, client_address, failed_at) "
                            + "VALUES (:n, :a, :ip, :at)")
                    .bind("n", name).bind("a", accountId).bind("ip", address).bind("at", utc(now)).execute();
            return refusal(h, name, address, now);
        });
    }

    /** A successful login: this pair starts again from zero (the address's count over other names stays). */
    public void succeeded(String username, String address) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM login_failure WHERE username_sha256 = :n AND client_address = :ip")
                .bind("n", TokenService.sha256(username)).bind("ip", address).execute());
    }

    private static Optional<Refusal> refusal(Handle h, String name, String address, Instant now) {
        Optional<Instant> address429 = lockedUntil(h, "client_address = :ip", name, address, MAX_PER_ADDRESS, now);
        Optional<Instant> pair423 = lockedUntil(h, "username_sha256 = :n AND client_address = :ip", name, address,
                MAX_PER_NAME_AND_ADDRESS, now);
        if (address429.isPresent()) {
            // Spraying decides the answer; wait until both would let the attempt through.
            Instant until = pair423.filter(p -> p.isAfter(address429.get())).orElse(address429.get());
            return Optional.of(new Refusal(ErrorCode.TOO_MANY_ATTEMPTS, seconds(now, until)));
        }
        return pair423.map(until -> new Refusal(ErrorCode.ACCOUNT_LOCKED, seconds(now, until)));
    }

    /**
     * When the failures matching {@code where} drop below {@code max} in the window: the max-th newest failure
     * plus the window; empty when there are fewer than {@code max} now.
     */
    private static Optional<Instant> lockedUntil(Handle h, String where, String name, String address, int max,
                                                 Instant now) {
        List<OffsetDateTime> newest = h.createQuery("SELECT failed_at FROM login_failure WHERE " + where
                        + " AND failed_at > :since ORDER BY failed_at DESC, id DESC FETCH FIRST " + max + " ROWS ONLY")
                .bind("n", name).bind("ip", address).bind("since", utc(now.minus(WINDOW)))
                .mapTo(OffsetDateTime.class).list();
        return newest.size() < max ? Optional.empty() : Optional.of(newest.get(max - 1).toInstant().plus(WINDOW));
    }

    private static long seconds(Instant now, Instant until) {
        long millis = Duration.between(now, until).toMillis();
        return Math.max(1, Math.min(WINDOW.toSeconds(), (millis + 999) / 1000));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

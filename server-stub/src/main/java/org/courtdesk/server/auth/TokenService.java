package org.courtdesk.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.server.http.ApiException;
import org.jdbi.v3.core.Jdbi;

/** Random bearer tokens; only their SHA-256 is stored, each with an expiry. */
public final class TokenService {

    public record Issued(String token, Instant expiresAt) {}

    private final Jdbi jdbi;
    private final Clock clock;
    private final Duration ttl;
    private final SecureRandom random = new SecureRandom();

    public TokenService(Jdbi jdbi, Clock clock, Duration ttl) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.ttl = ttl;
    }

    public Issued issue(long accountId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(ttl);
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO auth_token (token_hash, account_id, created_at, expires_at) "
                        + "VALUES (:h, :a, :c, :e)")
                .bind("h", sha256(token)).bind("a", accountId)
                .bind("c", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .bind("e", OffsetDateTime.ofInstant(expires, ZoneOffset.UTC)).execute());
        return new Issued(token, expires);
    }

    /**
     * The account id behind a token.
     *
     * @throws ApiException UNAUTHENTICATED (unknown or revoked) or TOKEN_EXPIRED
     */
    public long accountFor(String token) {
        record Row(long accountId, OffsetDateTime expiresAt, boolean revoked) {}
        Optional<Row> row = jdbi.withHandle(h -> h.createQuery(
                        "SELECT account_id, expires_at, revoked FROM auth_token WHERE token_hash = :h")
                .bind("h", sha256(token))
                .map((rs, ctx) -> new Row(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getBoolean(3)))
                .findOne());
        if (row.isEmpty() || row.get().revoked()) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED, "登录凭证无效，请重新登录");
        }
        if (!clock.instant().isBefore(row.get().expiresAt().toInstant())) {
            throw new ApiException(ErrorCode.TOKEN_EXPIRED);
        }
        return row.get().accountId();
    }

    public void revoke(String token) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE auth_token SET revoked = TRUE WHERE token_hash = :h")
                .bind("h", sha256(token)).execute());
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

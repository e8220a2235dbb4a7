package org.courtdesk.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.LoginRequest;
import org.courtdesk.model.api.LoginResponse;
import org.courtdesk.server.account.Account;
import org.courtdesk.server.account.AccountRepository;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.http.RouteModule;
import org.jdbi.v3.core.Jdbi;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Login (with a lockout after repeated failures), logout, and who-am-I. */
public final class AuthRoutes implements RouteModule {

    static final int MAX_FAILURES = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final Jdbi jdbi;
    private final TokenService tokens;
    private final Clock clock;

    public AuthRoutes(Jdbi jdbi, TokenService tokens, Clock clock) {
        this.jdbi = jdbi;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/auth/login", this::login);
        routes.post("/api/v1/auth/logout", ctx -> {
            tokens.revoke(Auth.bearer(ctx));
            ctx.status(204);
        });
        routes.get("/api/v1/me", ctx -> ctx.json(Auth.user(ctx).account().toUserInfo()));
    }

    private void login(Context ctx) {
        LoginRequest request = Json.body(ctx, LoginRequest.class);
        if (request.username() == null || request.username().isBlank() || request.password() == null
                || request.password().isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "请输入用户名和密码");
        }
        Instant now = clock.instant();
        Account account = jdbi.withHandle(h -> AccountRepository.byUsername(h, request.username().trim()))
                .orElse(null);
        if (account == null) {
            // Same answer as a wrong password, and the same work, so user names cannot be probed.
            PasswordHasher.matches(request.password(), DUMMY_HASH);
            throw new ApiException(ErrorCode.BAD_CREDENTIALS);
        }
        if (account.lockedUntil() != null && now.isBefore(account.lockedUntil())) {
            throw new ApiException(ErrorCode.ACCOUNT_LOCKED);
        }
        String hash = jdbi.withHandle(h -> AccountRepository.passwordHash(h, account.id())).orElseThrow();
        if (!PasswordHasher.matches(request.password(), hash)) {
            int failures = account.failedLogins() + 1;
            Instant lockedUntil = failures >= MAX_FAILURES ? now.plus(LOCKOUT) : null;
            jdbi.useHandle(h -> AccountRepository.recordFailedLogin(h, account.id(),
                    lockedUntil == null ? failures : 0, lockedUntil));
            throw new ApiException(lockedUntil == null ? ErrorCode.BAD_CREDENTIALS : ErrorCode.ACCOUNT_LOCKED);
        }
        if (account.failedLogins() > 0 || account.lockedUntil() != null) {
            jdbi.useHandle(h -> AccountRepository.clearFailedLogins(h, account.id()));
        }
        TokenService.Issued issued = tokens.issue(account.id());
        ctx.json(new LoginResponse(issued.token(), issued.expiresAt(), account.toUserInfo()));
    }

    private static final String DUMMY_HASH = PasswordHasher.hash("courtdesk-dummy-password");
}

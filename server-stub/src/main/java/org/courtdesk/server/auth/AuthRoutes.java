package org.courtdesk.server.auth;

import java.time.Clock;

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

/**
 * Login (throttled per user name and client address, and per address: {@link LoginThrottle}), logout, and
 * who-am-I.
 */
public final class AuthRoutes implements RouteModule {

    private final Jdbi jdbi;
    private final TokenService tokens;
    private final LoginThrottle throttle;
    private final ClientAddresses clientAddresses;

    public AuthRoutes(Jdbi jdbi, TokenService tokens, Clock clock, ClientAddresses clientAddresses) {
        this.jdbi = jdbi;
        this.tokens = tokens;
        this.throttle = new LoginThrottle(jdbi, clock);
        this.clientAddresses = clientAddresses;
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
        String username = request.username().trim();
        String address = clientAddresses.of(ctx);
        // Refused before any password is checked: a locked pair or a spraying address learns nothing more.
        throttle.refusal(username, address).ifPresent(r -> refuse(ctx, r));
        Account account = jdbi.withHandle(h -> AccountRepository.byUsername(h, username)).orElse(null);
        // An unknown name costs the same work as a wrong password and is counted the same, so names cannot be probed.
        String hash = account == null ? DUMMY_HASH
                : jdbi.withHandle(h -> AccountRepository.passwordHash(h, account.id())).orElseThrow();
        boolean correct = PasswordHasher.matches(request.password(), hash) && account != null;
        if (!correct) {
            throttle.recordFailure(username, account == null ? null : account.id(), address)
                    .ifPresent(r -> refuse(ctx, r));
            throw new ApiException(ErrorCode.BAD_CREDENTIALS);
        }
        throttle.succeeded(username, address);
        TokenService.Issued issued = tokens.issue(account.id());
        ctx.json(new LoginResponse(issued.token(), issued.expiresAt(), account.toUserInfo()));
    }

    private static void refuse(Context ctx, LoginThrottle.Refusal refusal) {
        ctx.header("Retry-After", String.valueOf(refusal.retryAfterSeconds()));
        throw new ApiException(refusal.code());
    }

    private static final String DUMMY_HASH = PasswordHasher.hash("courtdesk-dummy-password");
}

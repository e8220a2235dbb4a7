package org.courtdesk.server.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.IdentityVerification;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.http.RouteModule;
import org.courtdesk.server.account.AccountRepository;
import org.jdbi.v3.core.Jdbi;

import io.javalin.config.RoutesConfig;

/**
 * The seam for face verification (实名认证): the court's trusted identity provider calls this endpoint, with
 * the shared key configured on the server, once it has verified a person. Without a configured key the
 * endpoint refuses everything, so a server is never open to self-verification by accident.
 */
public final class IdentityRoutes implements RouteModule {

    public static final String KEY_HEADER = "X-Identity-Provider-Key";

    private final Jdbi jdbi;
    private final String providerKey;
    private final Clock clock;

    public IdentityRoutes(Jdbi jdbi, String providerKey, Clock clock) {
        this.jdbi = jdbi;
        this.providerKey = providerKey;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/identity/verifications", ctx -> {
            String key = ctx.header(KEY_HEADER);
            if (providerKey == null || key == null || !MessageDigest.isEqual(
                    providerKey.getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8))) {
                throw new ApiException(ErrorCode.UNAUTHENTICATED, "身份核验服务密钥无效");
            }
            IdentityVerification v = Json.body(ctx, IdentityVerification.class);
            if (v.username() == null || v.username().isBlank() || !v.verified()) {
                throw new ApiException(ErrorCode.VALIDATION_FAILED, "缺少用户名或核验结果");
            }
            int updated = jdbi.withHandle(h -> AccountRepository.markVerified(h, v.username().trim(), clock.instant()));
            if (updated == 0) {
                throw new ApiException(ErrorCode.NOT_FOUND, "没有这个用户");
            }
            ctx.status(204);
        });
    }
}

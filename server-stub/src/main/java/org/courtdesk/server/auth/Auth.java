package org.courtdesk.server.auth;

import java.util.List;
import java.util.Set;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.request.KindRegistry;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.server.account.Account;
import org.courtdesk.server.account.AccountRepository;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.request.Pools;
import org.jdbi.v3.core.Jdbi;

import io.javalin.http.Context;

/**
 * Resolves the bearer token of every /api/v1 request except the public ones, and the guards handlers use.
 * Handlers call {@link #user}, {@link #requireStaff} or {@link #requireApplicant}.
 */
public final class Auth {

    private static final String ATTRIBUTE = "courtdesk.user";

    /** Paths anyone may call (exact match after the context path). */
    private static final Set<String> PUBLIC = Set.of("/api/v1/auth/login", "/api/v1/health", "/api/v1/openapi.json",
            "/api/v1/courts", "/api/v1/identity/verifications");

    private final Jdbi jdbi;
    private final TokenService tokens;

    public Auth(Jdbi jdbi, TokenService tokens) {
        this.jdbi = jdbi;
        this.tokens = tokens;
    }

    /** The before-handler for /api/v1/*: public paths pass, everything else needs a valid token. */
    public void authenticate(Context ctx) {
        if (PUBLIC.contains(ctx.path()) || "OPTIONS".equals(ctx.method().name())) {
            return;
        }
        String token = bearer(ctx);
        long accountId = tokens.accountFor(token);
        CurrentUser user = jdbi.withHandle(h -> {
            Account account = AccountRepository.byId(h, accountId)
                    .orElseThrow(() -> new ApiException(ErrorCode.UNAUTHENTICATED));
            List<Long> judges = switch (account.role()) {
                case JUDGE -> List.of(account.id());
                case CLERK -> AccountRepository.judgesServedBy(h, account.id());
                default -> List.of();
            };
            return new CurrentUser(account, judges, Pools.of(account));
        });
        ctx.attribute(ATTRIBUTE, user);
    }

    public static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED);
        }
        return header.substring(7).trim();
    }

    public static CurrentUser user(Context ctx) {
        CurrentUser user = ctx.attribute(ATTRIBUTE);
        if (user == null) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED);
        }
        return user;
    }

    /**
     * Court staff: judges, clerks and centre reviewers. What each of them sees is narrowed by {@link CurrentUser}'s
     * judges and pools (a centre reviewer sees only their court's pool, so no 阅卷申请), and what each may do by the
     * kind's rules.
     */
    public static CurrentUser requireStaff(Context ctx) {
        CurrentUser user = user(ctx);
        if (!user.account().role().isCourtStaff()) {
            throw new ApiException(ErrorCode.FORBIDDEN, "仅法院工作人员可以使用此功能");
        }
        return user;
    }

    /**
     * An applicant of {@code kind}: a role its descriptor lets apply ({@link KindRegistry}, e.g. 律师 and 当事人 for
     * 阅卷申请), so who may submit a kind is stated once, in shared-model.
     */
    public static CurrentUser requireApplicantOf(Context ctx, RequestKind kind) {
        CurrentUser user = user(ctx);
        if (!KindRegistry.descriptor(kind).applicantRoles().contains(user.account().role())) {
            throw new ApiException(ErrorCode.FORBIDDEN, "该账号不能提交" + kind.label());
        }
        return user;
    }

    public static CurrentUser requireApplicant(Context ctx) {
        CurrentUser user = user(ctx);
        if (!user.account().role().isApplicant()) {
            throw new ApiException(ErrorCode.FORBIDDEN, "仅律师和当事人可以提交申请");
        }
        return user;
    }
}

package org.courtdesk.server.documents;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.RouteModule;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code GET /api/v1/documents/{sha256}}: the bytes of an uploaded material (申请材料), by its SHA-256, to those who may
 * see it: the applicant of a request carrying it, and the judge of that request's case with the clerks serving that
 * judge. Anyone else, and a hash nobody stored, get the same 404, so hashes cannot be probed. Only materials are
 * served here: case-file volumes and encrypted case files go through their own routes.
 *
 * <p>The Content-Type is the one detected from the bytes at upload; {@code nosniff} keeps a browser from guessing
 * another, and {@code no-store} keeps identity papers out of shared caches (the workstation caches them itself).
 */
public final class DocumentRoutes implements RouteModule {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private final Jdbi jdbi;
    private final List<MaterialAccess> access;

    /** @param access each kind's check; a material is served when any kind's check allows it */
    public DocumentRoutes(Jdbi jdbi, List<MaterialAccess> access) {
        this.jdbi = jdbi;
        this.access = List.copyOf(access);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/documents/{sha256}", this::document);
    }

    private void document(Context ctx) {
        CurrentUser user = Auth.user(ctx);
        String sha = ctx.pathParam("sha256");
        if (!SHA256.matcher(sha).matches()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "文档编号须为 64 位十六进制的 SHA-256");
        }
        String key = sha.toLowerCase();
        BlobStore.Blob blob = jdbi.withHandle(h -> mayRead(h, user, key) ? BlobStore.get(h, key) : Optional.<BlobStore.Blob>empty())
                .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND));
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "private, no-store");
        ctx.header("ETag", "\"" + key + "\"");
        ctx.header("Content-Disposition", "inline; filename=\"" + key + extension(blob.contentType()) + "\"");
        ctx.contentType(blob.contentType());
        ctx.result(blob.content());
    }

    /** A material of a request the caller applied for, or of a request on a case of a judge the caller sees. */
    private boolean mayRead(Handle h, CurrentUser user, String sha) {
        return access.stream().anyMatch(a -> a.mayRead(h, user, sha));
    }

    private static String extension(String contentType) {
        return switch (contentType) {
            case "application/pdf" -> ".pdf";
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            default -> "";
        };
    }
}

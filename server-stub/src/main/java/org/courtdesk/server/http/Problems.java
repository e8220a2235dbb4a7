package org.courtdesk.server.http;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

/** Every error leaves the server as RFC 9457 problem+json with a stable code. */
public final class Problems {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    public static final String CONTENT_TYPE = "application/problem+json";
    /** What a SERVICE_BUSY answer asks the client to wait before sending the same request again. */
    public static final int RETRY_AFTER_SECONDS = 1;
    /**
     * SQLSTATEs of a write the database could not take now but would take later: lock wait timed out (H2 HYT00),
     * deadlock or serialisation failure (40001, PostgreSQL 40P01), lock not available (PostgreSQL 55P03). The pool's
     * "no connection within the timeout" is an SQLTransientConnectionException.
     */
    private static final java.util.Set<String> BUSY_STATES = java.util.Set.of("HYT00", "40001", "40P01", "55P03");

    private static final java.util.regex.Pattern STATUS_413 = java.util.regex.Pattern.compile("(^|[^0-9a-z])413([^0-9a-z]|$)");

    private Problems() {}

    public static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> write(ctx, Problem.of(e.code(), e.getMessage())
                .withCurrent(e.current()).withErrors(e.errors())));
        routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, fromStatus(e.getStatus(), e.getMessage())));
        routes.exception(Exception.class, (e, ctx) -> {
            org.courtdesk.server.files.StoredFileCorruptException corrupt = corrupt(e);
            if (corrupt != null) {
                // Never served: the operator restores the file (from a backup, or another copy) by its address.
                LOG.error("refused a corrupt stored file on {} {}: {}", ctx.method(), ctx.path(), corrupt.getMessage());
                write(ctx, Problem.of(ErrorCode.STORED_FILE_CORRUPT, null));
                return;
            }
            if (isTooLarge(e)) {
                write(ctx, Problem.of(ErrorCode.PAYLOAD_TOO_LARGE, null));
                return;
            }
            if (isBusy(e)) {
                // Nothing was stored (the transaction rolled back); the same request with the same key may come again.
                LOG.warn("database busy on {} {}: {}", ctx.method(), ctx.path(), e.toString());
                ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
                write(ctx, Problem.of(ErrorCode.SERVICE_BUSY, null));
                return;
            }
            LOG.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
            write(ctx, Problem.of(ErrorCode.SERVER_ERROR, null));
        });
        routes.error(404, ctx -> {
            if (!CONTENT_TYPE.equals(ctx.res().getContentType())) {
                write(ctx, Problem.of(ErrorCode.NOT_FOUND, "没有这个接口：" + ctx.method() + " " + ctx.path()));
            }
        });
        routes.error(405, ctx -> {
            if (!CONTENT_TYPE.equals(ctx.res().getContentType())) {
                write(ctx, new Problem("about:blank", "METHOD_NOT_ALLOWED", 405, "该接口不支持此请求方法",
                        ErrorCode.VALIDATION_FAILED.name(), null, null));
            }
        });
    }

    public static void write(Context ctx, Problem problem) {
        // problem+json is UTF-8 by definition (RFC 9457 / RFC 8259): write bytes, not a String Jetty would re-encode.
        ctx.status(problem.status()).contentType(CONTENT_TYPE)
                .result(Json.write(problem).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Problem fromStatus(int status, String message) {
        return switch (status) {
            case 413 -> Problem.of(ErrorCode.PAYLOAD_TOO_LARGE, null);
            case 415 -> Problem.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, null);
            case 401 -> Problem.of(ErrorCode.UNAUTHENTICATED, null);
            case 403 -> Problem.of(ErrorCode.FORBIDDEN, null);
            case 404 -> Problem.of(ErrorCode.NOT_FOUND, null);
            default -> status >= 500 ? Problem.of(ErrorCode.SERVER_ERROR, null)
                    : new Problem("about:blank", "BAD_REQUEST", status, "请求无效：" + message,
                    ErrorCode.VALIDATION_FAILED.name(), null, null);
        };
    }

    private static org.courtdesk.server.files.StoredFileCorruptException corrupt(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.courtdesk.server.files.StoredFileCorruptException c) {
                return c;
            }
        }
        return null;
    }

    /** Whether {@code e} says the database was busy (a transient refusal), not that the request was wrong. */
    public static boolean isBusy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException) {
                return true; // the pool had no connection within its timeout
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && BUSY_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Jetty reports an oversized multipart body through a chain of exceptions whose messages say so ("... exceeds
     * max filesize", "max length exceeded: n" for the whole body).
     */
    public static boolean isTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase();
            // "413" only as a number of its own: a SHA-256 in a message (a stored file's address) may hold those digits
            if (m.contains("exceeds") || m.contains("exceeded") || m.contains("too large") || m.contains("max file size")
                    || m.contains("maxfilesize") || STATUS_413.matcher(m).find()) {
                return true;
            }
        }
        return false;
    }
}

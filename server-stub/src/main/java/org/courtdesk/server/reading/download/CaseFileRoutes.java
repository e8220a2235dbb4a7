package org.courtdesk.server.reading.download;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReadingRules;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.auth.PasswordHasher;
import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.RouteModule;
import org.jdbi.v3.core.Handle;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code GET /api/v1/reading-requests/{id}/case-file} with header {@code X-Download-Code}: the applicant of an
 * online approval downloads the encrypted case file until the validity date (court-local; the last day counts).
 *
 * <p>Order of checks: not the applicant's request → 404 (nobody can probe which ids exist); not an online approval
 * → 409 DOWNLOAD_NOT_APPROVED; past the date → 410 DOWNLOAD_EXPIRED; too many wrong codes → 403; wrong or missing
 * code → 403 DOWNLOAD_CODE_WRONG. Every wrong code and every download is written to the audit trail (who, when);
 * {@value #MAX_WRONG_CODES} wrong codes within {@link #LOCK_WINDOW} since the last download lock the download of
 * that request until the oldest of them is older than the window. The check runs with the request row locked, so
 * parallel guesses cannot overrun the limit.
 */
public final class CaseFileRoutes implements RouteModule {

    public static final int MAX_WRONG_CODES = 5;
    public static final Duration LOCK_WINDOW = Duration.ofHours(24);
    public static final String HEADER = "X-Download-Code";
    static final String ACTION_DOWNLOAD = AuditLog.ACTION_DOWNLOAD;
    static final String ACTION_WRONG_CODE = AuditLog.ACTION_WRONG_CODE;

    private final ServerContext context;

    public CaseFileRoutes(ServerContext context) {
        this.context = context;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/reading-requests/{id}/case-file", this::download);
    }

    private record Row(long applicantId, RequestStatus status, ReadingMode mode, LocalDate validUntil, String sha256,
                       String codeHash, String applicationNo, String applicantName) {}

    private sealed interface Outcome permits Ok, Wrong {}

    private record Ok(byte[] pdf, String fileName) implements Outcome {}

    private record Wrong(ErrorCode code, String detail) implements Outcome {}

    private void download(Context ctx) {
        CurrentUser user = Auth.user(ctx);
        long id = pathId(ctx);
        String code = ctx.header(HEADER);
        Outcome outcome = context.jdbi().inTransaction(h -> attempt(h, user, id, code == null ? null : code.trim()));
        if (outcome instanceof Wrong w) {
            throw new ApiException(w.code(), w.detail());
        }
        Ok ok = (Ok) outcome;
        ctx.header("Content-Disposition", "attachment; filename=\"" + ok.fileName() + "\"");
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType("application/pdf");
        ctx.result(ok.pdf());
    }

    private Outcome attempt(Handle h, CurrentUser user, long id, String code) {
        // Lock first: parallel guesses are counted one after the other.
        h.createQuery("SELECT id FROM request WHERE id = :id AND kind = 'CASE_FILE_READING' FOR UPDATE").bind("id", id).mapTo(Long.class)
                .findOne().orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND));
        Row row = h.createQuery("SELECT q.applicant_id, q.status, r.mode, r.valid_until, r.case_file_sha256, "
                        + "r.download_code_hash, q.application_no, a.display_name FROM request q "
                        + "JOIN reading_request r ON r.id = q.id JOIN account a ON a.id = q.applicant_id WHERE q.id = :id")
                .bind("id", id)
                .map((rs, c) -> new Row(rs.getLong(1), RequestStatus.valueOf(rs.getString(2)),
                        rs.getString(3) == null ? null : ReadingMode.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8)))
                .one();
        if (row.applicantId() != user.id()) {
            throw new ApiException(ErrorCode.NOT_FOUND);
        }
        if (row.status() != RequestStatus.APPROVED || row.mode() != ReadingMode.ONLINE || row.sha256() == null
                || row.codeHash() == null) {
            throw new ApiException(ErrorCode.DOWNLOAD_NOT_APPROVED);
        }
        if (!ReadingRules.onlineReadable(row.status(), row.mode(), row.validUntil(), context.today())) {
            throw new ApiException(ErrorCode.DOWNLOAD_EXPIRED);
        }
        Instant now = context.clock().instant();
        int recentWrong = recentWrongCodes(h, id, now);
        if (recentWrong >= MAX_WRONG_CODES) {
            return new Wrong(ErrorCode.DOWNLOAD_CODE_WRONG, "卷宗下载密码错误次数过多，已暂停下载，请24小时后再试或联系承办法院");
        }
        if (code == null || code.isEmpty()) {
            return new Wrong(ErrorCode.DOWNLOAD_CODE_WRONG, "请输入短信中的卷宗下载密码");
        }
        if (code.length() > 64 || !PasswordHasher.matches(code, row.codeHash())) {
            AuditLog.recordAt(h, RequestKind.CASE_FILE_READING, id, user.id(), user.account().displayName(),
                    ACTION_WRONG_CODE, "第 " + (recentWrong + 1) + " 次输入错误的卷宗下载密码", now);
            int left = MAX_WRONG_CODES - recentWrong - 1;
            return new Wrong(ErrorCode.DOWNLOAD_CODE_WRONG, left > 0
                    ? "卷宗下载密码错误，还可尝试 " + left + " 次"
                    : "卷宗下载密码错误次数过多，已暂停下载，请24小时后再试或联系承办法院");
        }
        BlobStore.Blob blob = BlobStore.get(h, row.sha256())
                .orElseThrow(() -> new IllegalStateException("case file blob missing for request " + id));
        String fileName = fileName(row.applicationNo(), id);
        AuditLog.recordAt(h, RequestKind.CASE_FILE_READING, id, user.id(), user.account().displayName(),
                ACTION_DOWNLOAD, "下载人：" + user.account().displayName() + "（" + user.account().username() + "）；文件："
                        + fileName + "；" + blob.content().length + " 字节", now);
        return new Ok(blob.content(), fileName);
    }

    /** Wrong codes within the window and after the last successful download. */
    private static int recentWrongCodes(Handle h, long id, Instant now) {
        return h.createQuery("SELECT COUNT(*) FROM audit_log WHERE kind = :k AND request_id = :r AND action = :wrong "
                        + "AND at > :since AND id > COALESCE((SELECT MAX(id) FROM audit_log WHERE kind = :k "
                        + "AND request_id = :r AND action = :ok), 0)")
                .bind("k", RequestKind.CASE_FILE_READING.name()).bind("r", id).bind("wrong", ACTION_WRONG_CODE)
                .bind("ok", ACTION_DOWNLOAD).bind("since", OffsetDateTime.ofInstant(now.minus(LOCK_WINDOW), ZoneOffset.UTC))
                .mapTo(Integer.class).one();
    }

    /** An ASCII-only name: the application number's safe characters, else the id. */
    static String fileName(String applicationNo, long id) {
        String safe = applicationNo == null ? "" : applicationNo.replaceAll("[^A-Za-z0-9_-]", "");
        return "case-file-" + (safe.isEmpty() ? String.valueOf(id) : safe) + ".pdf";
    }

    private static long pathId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.NOT_FOUND);
        }
    }
}

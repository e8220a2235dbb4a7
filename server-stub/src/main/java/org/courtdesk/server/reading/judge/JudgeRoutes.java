package org.courtdesk.server.reading.judge;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.courtdesk.model.api.AttendanceRecord;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.api.DecisionResult;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.Problem;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReadingRules;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.model.request.IllegalTransitionException;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.request.Transitions;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.feed.ChangeLog;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.http.Problems;
import org.courtdesk.server.http.RouteModule;
import org.courtdesk.server.idempotency.IdempotencyKeys;
import org.courtdesk.server.notify.Sms;
import org.courtdesk.server.reading.ReadingRequestRepository;
import org.courtdesk.server.reading.download.CaseFilePdf;
import org.courtdesk.server.reading.download.CaseFiles;
import org.jdbi.v3.core.Handle;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The judge's side of 阅卷申请: detail with audit, the decision (审查), and the on-site attendance record.
 *
 * <p>Who: judges and clerks (applicants get 403). A request whose judge is not among the caller's visible judges
 * answers 404, exactly like a request that does not exist, so ids cannot be probed.
 *
 * <p>A write runs in ONE transaction: (1) the idempotency key is looked up: a key this account already applied to
 * this request with this body answers the stored result with {@code replayed=true}, changing nothing; (2) the
 * request row is locked FOR UPDATE and the key looked up again, so a twin sent concurrently waits for the first
 * and then replays it; (3) visibility, base version (409 VERSION_CONFLICT with the current state), transition
 * table, rules; (4) the write, the audit entries and the SMS, then {@link ChangeLog#record} (its seq is the new
 * version) as late as possible, so the feed counter is held only briefly; (5) the key with the response.
 */
public final class JudgeRoutes implements RouteModule {

    static final String DECISION = "DECISION";
    static final String ATTENDANCE = "ATTENDANCE";
    private static final RequestKind KIND = RequestKind.CASE_FILE_READING;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ServerContext context;

    public JudgeRoutes(ServerContext context) {
        this.context = context;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/judge/reading-requests/{id}", this::detail);
        routes.post("/api/v1/judge/reading-requests/{id}/decision", ctx -> respond(ctx, this::decide));
        routes.post("/api/v1/judge/reading-requests/{id}/attendance", ctx -> respond(ctx, this::attend));
    }

    // ------------------------------------------------------------------ detail

    private void detail(Context ctx) {
        CurrentUser user = Auth.requireStaff(ctx);
        long id = pathId(ctx);
        ReadingRequestView view = context.jdbi().withHandle(h -> {
            judgeOf(h, id).filter(user::maySeeJudge).orElseThrow(JudgeRoutes::notFound);
            return ReadingRequestRepository.find(h, id, context.today(), true).orElseThrow(JudgeRoutes::notFound);
        });
        ctx.json(view);
    }

    // ------------------------------------------------------------------ writes

    /** A refusal by the rules: all codes go into {@code errors}, the first decides status and detail. */
    static final class RulesBroken extends ApiException {
        final List<ErrorCode> all;

        RulesBroken(List<ErrorCode> all) {
            super(all.get(0));
            this.all = all;
        }
    }

    private interface Write {
        DecisionResult apply(Context ctx, CurrentUser user, long id);
    }

    private void respond(Context ctx, Write write) {
        CurrentUser user = Auth.requireStaff(ctx);
        long id = pathId(ctx);
        try {
            DecisionResult result;
            try {
                result = write.apply(ctx, user, id);
            } catch (RuntimeException e) {
                if (!IdempotencyKeys.isDuplicateKey(e)) {
                    throw e;
                }
                // A twin with the same key committed first (both passed the look-ups): now it replays.
                result = write.apply(ctx, user, id);
            }
            ctx.json(result);
        } catch (RulesBroken e) {
            Problems.write(ctx, Problem.of(e.code(), null).withErrors(e.all.stream().map(Enum::name).toList()));
        }
    }

    private DecisionResult decide(Context ctx, CurrentUser user, long id) {
        ReviewDecision d = Json.body(ctx, ReviewDecision.class);
        IdempotencyKeys.Scope scope = IdempotencyKeys.Scope.of(d.idempotencyKey(), user.id(), KIND, id, DECISION, d);
        return context.database().write(h -> {
            Checked checked = lockAndCheck(h, user, id, scope);
            if (checked.replay() != null) {
                return checked.replay();
            }
            ReadingRequestRepository.Stored s = checked.row();
            LocalDate today = context.today();
            if (d.baseVersion() != s.version()) {
                throw conflict(h, id, today);
            }
            if (d.opinion() != null) {
                RequestStatus target = d.opinion() == ReviewOpinion.AGREE ? RequestStatus.APPROVED : RequestStatus.REJECTED;
                try {
                    Transitions.check(KIND, s.status(), target);
                } catch (IllegalTransitionException e) {
                    throw new ApiException(ErrorCode.ILLEGAL_TRANSITION, "该申请当前状态为“" + s.status().label()
                            + "”，不能再作审查决定", current(h, id, today));
                }
            }
            List<ErrorCode> problems = ReadingRules.validateDecision(d, s.digitised(), today);
            if (!problems.isEmpty()) {
                throw new RulesBroken(problems);
            }
            return applyDecision(h, user, s, d, scope, today);
        });
    }

    private DecisionResult applyDecision(Handle h, CurrentUser user, ReadingRequestRepository.Stored s, ReviewDecision d,
                                         IdempotencyKeys.Scope scope, LocalDate today) {
        Facts f = facts(h, s.id());
        boolean agree = d.opinion() == ReviewOpinion.AGREE;
        ReadingMode mode = agree ? d.mode() : null;
        LocalDate validUntil = agree && mode == ReadingMode.ONLINE ? d.validUntil() : null;
        LocalDate start = agree && mode == ReadingMode.ON_SITE ? d.onSiteStart() : null;
        LocalDate end = agree && mode == ReadingMode.ON_SITE ? d.onSiteEnd() : null;
        CaseFiles.Produced file = agree && mode == ReadingMode.ONLINE
                ? CaseFiles.produce(h, s.caseId(), new CaseFilePdf.Cover(f.caseNumber(), f.caseTitle(), f.courtName(),
                        f.applicationNo(), f.applicantName(), validUntil))
                : null;
        RequestStatus status = agree ? RequestStatus.APPROVED : RequestStatus.REJECTED;
        h.createUpdate("UPDATE reading_request SET status = :st, reviewer_id = :rv, review_date = :rd, opinion = :op, "
                        + "explanation = :ex, mode = :mode, valid_until = :vu, on_site_start = :ss, on_site_end = :se, "
                        + "reply_note = :note, case_file_sha256 = :sha, download_code_hash = :dch WHERE id = :id")
                .bind("st", status.name()).bind("rv", user.id()).bind("rd", today).bind("op", d.opinion().name())
                .bind("ex", d.explanation().trim()).bind("mode", mode == null ? null : mode.name()).bind("vu", validUntil)
                .bind("ss", start).bind("se", end).bind("note", blankToNull(d.replyNote()))
                .bind("sha", file == null ? null : file.sha256()).bind("dch", file == null ? null : file.downloadCodeHash())
                .bind("id", s.id()).execute();

        Instant now = context.clock().instant();
        if (agree && mode != f.requestedMode()) {
            audit(h, s.id(), user, AuditLog.ACTION_CHANGE_MODE, "申请人申请" + f.requestedMode().label() + "，审查改为" + mode.label(), now);
        }
        if (agree && mode == ReadingMode.ON_SITE) {
            // The application form names no time; the window the judge fixes is the appointment (预约时间).
            audit(h, s.id(), user, AuditLog.ACTION_CHANGE_WINDOW, "现场阅卷时间定为 " + start + " 至 " + end, now);
        }
        StringBuilder detail = new StringBuilder("审查意见：").append(d.opinion().label());
        if (agree) {
            detail.append("；阅卷方式：").append(mode.label());
            if (mode == ReadingMode.ONLINE) {
                detail.append("；有效截止日期：").append(validUntil).append("；卷宗：").append(file.volumes())
                        .append(" 卷，已加密");
            } else {
                detail.append("；起始时间：").append(start).append("；截止时间：").append(end);
            }
        }
        detail.append("；审查意见说明：").append(d.explanation().trim());
        audit(h, s.id(), user, agree ? AuditLog.ACTION_APPROVE : AuditLog.ACTION_REJECT, detail.toString(), now);

        Sms sms;
        if (!agree) {
            sms = ReviewNotices.refused(f.caseNumber(), f.courtName(), d.explanation().trim());
        } else if (mode == ReadingMode.ONLINE) {
            sms = ReviewNotices.online(f.caseNumber(), f.courtName(), validUntil, file.downloadCode(), file.openPassword());
        } else {
            sms = ReviewNotices.onSite(f.caseNumber(), f.courtName(), start, end, f.readingRoomNotice(), d.explanation());
        }
        context.notifier().send(h, s.applicantId(), sms, s.id());
        return finish(h, s, scope, today, now);
    }

    private DecisionResult attend(Context ctx, CurrentUser user, long id) {
        AttendanceRecord a = Json.body(ctx, AttendanceRecord.class);
        IdempotencyKeys.Scope scope = IdempotencyKeys.Scope.of(a.idempotencyKey(), user.id(), KIND, id, ATTENDANCE, a);
        return context.database().write(h -> {
            Checked checked = lockAndCheck(h, user, id, scope);
            if (checked.replay() != null) {
                return checked.replay();
            }
            ReadingRequestRepository.Stored s = checked.row();
            LocalDate today = context.today();
            if (a.baseVersion() != s.version()) {
                throw conflict(h, id, today);
            }
            Window w = h.createQuery("SELECT mode, on_site_start, on_site_end FROM reading_request WHERE id = :id")
                    .bind("id", id)
                    .map((rs, c) -> new Window(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
                    .one();
            if (s.status() != RequestStatus.APPROVED || !ReadingMode.ON_SITE.name().equals(w.mode())) {
                throw new ApiException(ErrorCode.NOT_ON_SITE, null, current(h, id, today));
            }
            // Borrowed on a day of the approved window, nothing after the server's clock (court-local time).
            List<ReadingRules.Violation> broken = ReadingRules.checkAttendance(a, w.start(), w.end(), context.now());
            if (!broken.isEmpty()) {
                throw ApiException.ofAll(broken.get(0).code(), broken.get(0).message(),
                        broken.stream().map(ReadingRules.Violation::code).toList());
            }
            h.createUpdate("UPDATE reading_request SET attended = :at, borrowed_at = :b, returned_at = :r WHERE id = :id")
                    .bind("at", a.attended()).bind("b", a.borrowedAt()).bind("r", a.returnedAt()).bind("id", id).execute();
            Instant now = context.clock().instant();
            audit(h, id, user, AuditLog.ACTION_ATTENDANCE, "是否到场：" + (a.attended() ? "是" : "否")
                    + "；借阅时间：" + time(a.borrowedAt()) + "；还卷时间：" + time(a.returnedAt()), now);
            return finish(h, s, scope, today, now);
        });
    }

    /** The approved reading mode and on-site window of a request. */
    private record Window(String mode, LocalDate start, LocalDate end) {}

    // ------------------------------------------------------------------ shared steps

    /** Either the stored answer of a replay, or the locked row to work on. */
    private record Checked(DecisionResult replay, ReadingRequestRepository.Stored row) {}

    /**
     * The idempotency look-up, the row lock, the look-up again (a twin that committed while we waited for the lock is
     * now visible), and visibility.
     */
    private Checked lockAndCheck(Handle h, CurrentUser user, long id, IdempotencyKeys.Scope scope) {
        Optional<String> stored = IdempotencyKeys.replay(h, scope);
        ReadingRequestRepository.Stored row = null;
        if (stored.isEmpty()) {
            row = ReadingRequestRepository.lockForUpdate(h, id).orElseThrow(JudgeRoutes::notFound);
            if (!user.maySeeJudge(row.judgeId())) {
                throw notFound();
            }
            stored = IdempotencyKeys.replay(h, scope);
        }
        return stored.map(json -> new Checked(new DecisionResult(Json.read(json, DecisionResult.class).request(), true), null))
                .orElse(new Checked(null, row));
    }

    /** Stamps the change (its seq is the new version), then stores the key with the answer. */
    private DecisionResult finish(Handle h, ReadingRequestRepository.Stored s, IdempotencyKeys.Scope scope,
                                  LocalDate today, Instant now) {
        long seq = ChangeLog.record(h, KIND, s.id(), s.judgeId(), s.applicantId(), ChangeOp.UPSERT);
        h.createUpdate("UPDATE reading_request SET version = :v WHERE id = :id").bind("v", seq).bind("id", s.id()).execute();
        DecisionResult result = new DecisionResult(ReadingRequestRepository.find(h, s.id(), today, true).orElseThrow(), false);
        IdempotencyKeys.remember(h, scope, Json.write(result), now);
        return result;
    }

    private void audit(Handle h, long id, CurrentUser user, String action, String detail, Instant at) {
        AuditLog.recordAt(h, KIND, id, user.id(), user.account().displayName(), action, detail, at);
    }

    private ApiException conflict(Handle h, long id, LocalDate today) {
        return new ApiException(ErrorCode.VERSION_CONFLICT, null, current(h, id, today));
    }

    private static ReadingRequestView current(Handle h, long id, LocalDate today) {
        return ReadingRequestRepository.find(h, id, today, true).orElseThrow();
    }

    private record Facts(String applicationNo, String caseNumber, String caseTitle, String courtName,
                         String readingRoomNotice, String applicantName, ReadingMode requestedMode) {}

    private static Facts facts(Handle h, long id) {
        return h.createQuery("SELECT r.application_no, c.case_number, c.title, ct.name, ct.reading_room_notice, "
                        + "a.display_name, r.requested_mode FROM reading_request r JOIN court_case c ON c.id = r.case_id "
                        + "JOIN court ct ON ct.code = r.court_code JOIN account a ON a.id = r.applicant_id WHERE r.id = :id")
                .bind("id", id)
                .map((rs, c) -> new Facts(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), ReadingMode.valueOf(rs.getString(7))))
                .one();
    }

    private static Optional<Long> judgeOf(Handle h, long id) {
        return h.createQuery("SELECT judge_id FROM reading_request WHERE id = :id").bind("id", id)
                .mapTo(Long.class).findOne();
    }

    private static String time(LocalDateTime t) {
        return t == null ? "—" : t.format(MINUTES);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static ApiException notFound() {
        return new ApiException(ErrorCode.NOT_FOUND);
    }

    private static long pathId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw notFound();
        }
    }
}

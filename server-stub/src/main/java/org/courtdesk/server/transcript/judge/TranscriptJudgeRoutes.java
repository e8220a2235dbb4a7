package org.courtdesk.server.transcript.judge;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.casenumber.CaseNumber;
import org.courtdesk.model.casenumber.CaseNumberException;
import org.courtdesk.model.transcript.TranscriptAttachForm;
import org.courtdesk.model.transcript.TranscriptCorrectionView;
import org.courtdesk.model.transcript.TranscriptFileType;
import org.courtdesk.model.transcript.TranscriptInfo;
import org.courtdesk.model.transcript.TranscriptRules;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.http.KindUploads;
import org.courtdesk.server.http.RouteModule;
import org.courtdesk.server.idempotency.IdempotencyKeys;
import org.courtdesk.server.request.StaffActions;
import org.courtdesk.server.transcript.TranscriptRepository;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The court's side of 庭审笔录 (spec-004 §13): the case's judge or a clerk serving them attaches a transcript (multipart:
 * part {@code transcript} = {@link TranscriptAttachForm}, part {@code PDF}; Idempotency-Key; PDF by content only); lists
 * the transcripts of their cases with the reading deadline; reads and answers a 申请补正 through the core's
 * {@link StaffActions}. A case of another judge answers 404 like a missing one.
 */
public final class TranscriptJudgeRoutes implements RouteModule {

    static final String TRANSCRIPTS = "/api/v1/judge/transcripts";
    static final String CORRECTION = "/api/v1/judge/transcript-corrections/{id}";
    static final String ATTACH = "ATTACH";
    static final KindUploads.Types<TranscriptFileType> TYPES = new KindUploads.Types<>(TranscriptFileType.class,
            TranscriptFileType::label, 1);

    private final ServerContext context;
    private final StaffActions actions;
    private final TranscriptDecisionAction decision = new TranscriptDecisionAction();

    private record Fingerprint(Object form, String fileName, String sha256) {}

    private record CaseRow(long id, long judgeId) {}

    public TranscriptJudgeRoutes(ServerContext context) {
        this.context = context;
        this.actions = new StaffActions(context);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(TRANSCRIPTS, this::attach);
        routes.get(TRANSCRIPTS, this::list);
        routes.get(CORRECTION, this::detail);
        routes.post(CORRECTION + "/decision", this::decide);
    }

    private void attach(Context ctx) {
        CurrentUser user = Auth.requireStaff(ctx);
        KindUploads.Parsed<TranscriptAttachForm, TranscriptFileType> parsed = KindUploads.read(ctx, "transcript",
                TranscriptAttachForm.class, "庭审笔录", TYPES, context.config().maxMaterialBytes(),
                context.config().maxUploadBytes());
        UUID key = org.courtdesk.server.http.IdempotencyKey.read(ctx);
        KindUploads.Upload<TranscriptFileType> pdf = parsed.materials().isEmpty() ? null : parsed.materials().get(0);
        IdempotencyKeys.Scope scope = IdempotencyKeys.Scope.of(key, user.id(), TranscriptRepository.KIND, 0, ATTACH,
                new Fingerprint(parsed.form(), pdf == null ? null : pdf.fileName(),
                        pdf == null ? null : pdf.content().sha256()));
        Optional<String> stored = context.jdbi().withHandle(h -> IdempotencyKeys.replay(h, scope));
        if (stored.isPresent()) {
            ctx.header("Idempotent-Replayed", "true").status(201).json(Json.read(stored.get(), TranscriptInfo.class));
            return;
        }
        List<TranscriptRules.Violation> broken = TranscriptRules.checkAttach(parsed.form(), context.today());
        if (!broken.isEmpty()) {
            throw ApiException.ofAll(broken.get(0).code(), broken.get(0).message(),
                    broken.stream().map(TranscriptRules.Violation::code).toList());
        }
        if (pdf == null || !"application/pdf".equals(pdf.contentType())) {
            throw new ApiException(ErrorCode.TRANSCRIPT_PDF_REQUIRED);
        }
        TranscriptInfo info = context.database().write(h -> {
            CaseRow kase = caseOf(h, parsed.form().caseNumber());
            if (!user.maySeeJudge(kase.judgeId())) {
                throw new ApiException(ErrorCode.NOT_FOUND, "没有该案号的案件，或不是您承办的案件");
            }
            Optional<String> twin = IdempotencyKeys.replay(h, scope);
            if (twin.isPresent()) {
                return Json.read(twin.get(), TranscriptInfo.class);
            }
            int days = h.createQuery("SELECT c.transcript_reading_days FROM court c JOIN court_case cc "
                    + "ON cc.court_code = c.code WHERE cc.id = :id").bind("id", kase.id()).mapTo(Integer.class).one();
            java.time.Instant now = context.clock().instant();
            long id = TranscriptRepository.attach(h, kase.id(), parsed.form().hearingDate(), parsed.form().title(),
                    pdf.fileName(), pdf.content(), user.id(), now, TranscriptRules.readableUntil(context.today(), days));
            TranscriptInfo v = TranscriptRepository.info(h, id).orElseThrow();
            IdempotencyKeys.remember(h, scope, Json.write(v), now);
            return v;
        });
        ctx.status(201).header("Location", TRANSCRIPTS + "?caseNumber=" + info.caseNumber()).json(info);
    }

    private static CaseRow caseOf(org.jdbi.v3.core.Handle h, String caseNumber) {
        String number;
        try {
            number = CaseNumber.parse(caseNumber).toString();
        } catch (CaseNumberException e) {
            throw new ApiException(ErrorCode.CASE_NUMBER_INVALID, e.getMessage());
        }
        return h.createQuery("SELECT id, judge_id FROM court_case WHERE case_number = :n").bind("n", number)
                .map((rs, c) -> new CaseRow(rs.getLong(1), rs.getLong(2))).findFirst()
                .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND, "没有该案号的案件，或不是您承办的案件"));
    }

    private void list(Context ctx) {
        CurrentUser user = Auth.requireStaff(ctx);
        String number = ctx.queryParam("caseNumber");
        if (number != null) {
            try {
                number = CaseNumber.parse(number).toString();
            } catch (CaseNumberException e) {
                throw new ApiException(ErrorCode.CASE_NUMBER_INVALID, e.getMessage());
            }
        }
        String n = number;
        ctx.json(context.jdbi().withHandle(h -> TranscriptRepository.forJudges(h, user.visibleJudgeIds(), n)));
    }

    private void detail(Context ctx) {
        CurrentUser user = Auth.requireStaff(ctx);
        long id = pathId(ctx);
        TranscriptCorrectionView view = context.jdbi().withHandle(h -> {
            boolean audience = h.createQuery("SELECT judge_id FROM request WHERE id = :id AND kind = :k")
                    .bind("id", id).bind("k", TranscriptRepository.KIND.name())
                    .map((rs, c) -> user.maySee((Long) rs.getObject(1, Long.class), null)).findOne().orElse(false);
            if (!audience) {
                throw new ApiException(ErrorCode.NOT_FOUND);
            }
            return TranscriptRepository.find(h, id, true).orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND));
        });
        ctx.json(view);
    }

    private void decide(Context ctx) {
        CurrentUser user = Auth.requireStaff(ctx);
        ctx.json(actions.run(user, pathId(ctx), Json.bodyBytes(ctx), decision).answer());
    }

    private static long pathId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.NOT_FOUND);
        }
    }
}

package org.courtdesk.server.reading.applicant;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.SubmissionReceipt;
import org.courtdesk.model.reading.ReadingRules;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.request.Transitions;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.http.IdempotencyKey;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.CleanText;
import org.courtdesk.server.idempotency.IdempotencyKeys;
import org.courtdesk.server.request.ApplicantSubmissions;
import org.courtdesk.server.http.RouteModule;
import org.courtdesk.server.reading.ReadingRequestRepository;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The applicant's side of 阅卷申请 (domain.md §1): submit (multipart, 201 with the 申请编号), list own requests with
 * the seeds' query conditions (状态, 案号, 申请编号, 申请日期), open one with the judge's reply, materials and audit trail.
 *
 * <p>Order of a submission's checks, cheapest first, nothing stored before the last one passed: the caller's role and
 * 实名认证 ({@link ReadingRules#checkApplicant}, before the body is read); the body's shape and every file
 * ({@link MaterialUploads}); the form and the set of materials ({@link ReadingRules#checkForm},
 * {@link ReadingRules#checkMaterials}, all broken rules reported together); then, in the storing transaction, court,
 * case and the case rules ({@link Submissions}).
 *
 * <p>Another applicant's request answers 404 exactly like one that does not exist.
 */
public final class ApplicantRoutes implements RouteModule {

    static final String PATH = "/api/v1/reading-requests";
    public static final String KEY_HEADER = IdempotencyKey.HEADER;
    /** Set on the answer to a retry: the submission was stored by an earlier attempt with the same key. */
    public static final String REPLAYED_HEADER = ApplicantSubmissions.REPLAYED_HEADER;
    private static final Set<String> LIST_PARAMETERS = Set.of("status", "caseNumber", "applicationNo", "from", "to");
    private static final int MAX_CASE_NUMBER_FILTER = 40;
    /** A 申请编号 is 15 characters (YJ + date + serial); a little room for spaces typed around it. */
    private static final int MAX_APPLICATION_NO_FILTER = 32;

    private final ServerContext context;
    private final Submissions submissions;

    public ApplicantRoutes(ServerContext context) {
        this.context = context;
        this.submissions = new Submissions(context);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(PATH, this::submit);
        routes.get(PATH, this::list);
        routes.get(PATH + "/{id}", this::detail);
        routes.get(AGREEMENT_PATH, this::agreement);
    }

    /** The 阅卷须知 in force at a court: read and ticked before applying; the form names its version. */
    static final String AGREEMENT_PATH = "/api/v1/courts/{code}/reading-agreement";

    private void agreement(Context ctx) {
        Auth.user(ctx);
        String code = ctx.pathParam("code").trim();
        ctx.json(context.database().jdbi().withHandle(h -> {
            boolean known = h.createQuery("SELECT COUNT(*) FROM court WHERE code = :c").bind("c", code)
                    .mapTo(Integer.class).one() > 0;
            if (!known) {
                throw new ApiException(ErrorCode.NOT_FOUND, "没有代字为“" + code + "”的法院");
            }
            return ReadingAgreements.current(h, code);
        }));
    }

    // ------------------------------------------------------------------ submit

    private void submit(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, RequestKind.CASE_FILE_READING);
        refuseIfBroken(ReadingRules.checkApplicant(user.account().role(), user.account().identityVerified()));
        MaterialUploads.Parsed parsed = MaterialUploads.read(ctx, context.config().maxMaterialBytes(),
                context.config().maxUploadBytes());
        IdempotencyKeys.Scope scope = Submissions.scope(IdempotencyKey.read(ctx), user, parsed);
        // A retry of a submission already stored answers its first answer, before the rules are applied again.
        ApplicantSubmissions.Outcome<SubmissionReceipt> outcome = submissions.submit(user, parsed.form(),
                parsed.materials(), scope, () -> {
                    List<ReadingRules.Violation> broken = new ArrayList<>(ReadingRules.checkForm(parsed.form(),
                            context.today().getYear()));
                    broken.addAll(ReadingRules.checkMaterials(user.account().role(),
                            parsed.materials().stream().map(MaterialUploads.Upload::type).toList()));
                    refuseIfBroken(broken);
                });
        ApplicantSubmissions.created(ctx, PATH + "/" + outcome.receipt().id(), outcome);
    }

    private static void refuseIfBroken(List<ReadingRules.Violation> broken) {
        if (!broken.isEmpty()) {
            throw refusal(broken);
        }
    }

    /** The first broken rule decides status and detail; every code goes into the problem's {@code errors}. */
    static ApiException refusal(List<ReadingRules.Violation> broken) {
        ReadingRules.Violation first = broken.get(0);
        return ApiException.ofAll(first.code(), first.message(),
                broken.stream().map(ReadingRules.Violation::code).toList());
    }

    // ------------------------------------------------------------------ own requests

    private void list(Context ctx) {
        CurrentUser user = requireApplicant(ctx);
        Map<String, List<String>> params = ctx.queryParamMap();
        for (String name : params.keySet()) {
            if (!LIST_PARAMETERS.contains(name)) {
                throw new ApiException(ErrorCode.VALIDATION_FAILED, "不认识的查询条件：" + CleanText.printable(name)
                        + "（可用的有 status、caseNumber、applicationNo、from、to）");
            }
        }
        RequestStatus status = status(single(params, "status"));
        String caseNumber = single(params, "caseNumber");
        if (caseNumber != null && caseNumber.length() > MAX_CASE_NUMBER_FILTER) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "查询条件 caseNumber 过长（至多 " + MAX_CASE_NUMBER_FILTER + " 个字符）");
        }
        String applicationNo = single(params, "applicationNo");
        if (applicationNo != null && applicationNo.length() > MAX_APPLICATION_NO_FILTER) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "查询条件 applicationNo 过长（至多 " + MAX_APPLICATION_NO_FILTER + " 个字符）");
        }
        LocalDate from = date(single(params, "from"), "from");
        LocalDate to = date(single(params, "to"), "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "申请日期的起始日期（" + from + "）不能晚于截止日期（" + to + "）");
        }
        ReadingRequestRepository.Filter filter = ReadingRequestRepository.Filter.applicant(user.id())
                .with(status, caseNumber, applicationNo, from, to);
        List<ReadingRequestView> views = context.jdbi().withHandle(h ->
                ReadingRequestRepository.query(h, filter, context.today()));
        ctx.json(views);
    }

    private void detail(Context ctx) {
        CurrentUser user = requireApplicant(ctx);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.NOT_FOUND);
        }
        ReadingRequestView view = context.jdbi().withHandle(h -> ReadingRequestRepository.find(h, id, context.today(), true))
                .filter(v -> v.applicantId() == user.id())
                .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND));
        ctx.json(view);
    }

    private static CurrentUser requireApplicant(Context ctx) {
        CurrentUser user = Auth.user(ctx);
        if (!ReadingRules.mayApply(user.account().role())) {
            throw new ApiException(ErrorCode.FORBIDDEN, "仅律师和当事人可以查看自己的阅卷申请");
        }
        return user;
    }

    /** A status by its code (PENDING_REVIEW) or the seeds' term (待审查); only 阅卷申请's statuses. */
    private static RequestStatus status(String value) {
        if (value == null) {
            return null;
        }
        Set<RequestStatus> allowed = Transitions.statuses(RequestKind.CASE_FILE_READING);
        for (RequestStatus s : allowed) {
            if (s.name().equals(value) || s.label().equals(value)) {
                return s;
            }
        }
        throw new ApiException(ErrorCode.VALIDATION_FAILED, "查询条件 status 须为 " + allowed.stream()
                .map(s -> s.name() + "（" + s.label() + "）").collect(Collectors.joining("、")) + " 之一");
    }

    private static LocalDate date(String value, String name) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "查询条件 " + name + " 须为日期，格式 yyyy-MM-dd，例如 2026-11-23");
        }
    }

    /** One value or none (blank = none); the same condition twice is refused rather than guessed. */
    private static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "查询条件 " + name + " 只能给一次");
        }
        String v = values.get(0).trim();
        return v.isEmpty() ? null : v;
    }
}

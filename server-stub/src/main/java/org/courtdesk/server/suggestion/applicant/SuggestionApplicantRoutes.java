package org.courtdesk.server.suggestion.applicant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.casenumber.CaseNumber;
import org.courtdesk.model.suggestion.SuggestionForm;
import org.courtdesk.model.suggestion.SuggestionReceipt;
import org.courtdesk.model.suggestion.SuggestionRules;
import org.courtdesk.model.suggestion.SuggestionView;
import org.courtdesk.server.ServerContext;
import org.courtdesk.model.account.Role;
import org.courtdesk.server.account.Account;
import org.courtdesk.server.account.AccountRepository;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.http.IdempotencyKey;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.http.RouteModule;
import org.courtdesk.server.idempotency.IdempotencyKeys;
import org.courtdesk.server.request.ApplicantSubmissions;
import org.courtdesk.server.request.Pools;
import org.courtdesk.server.request.Requests;
import org.courtdesk.server.suggestion.SuggestionAudit;
import org.courtdesk.server.suggestion.SuggestionNotices;
import org.courtdesk.server.suggestion.SuggestionRefusals;
import org.courtdesk.server.suggestion.SuggestionRepository;
import org.jdbi.v3.core.Handle;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The applicant's side of 意见建议 (spec-004 §12): a suggestion (JSON, Idempotency-Key, 201 with the 申请编号), the list
 * of their own and one with its answer. Lawyers and parties (the public) after 实名认证. With a 案号 the applicant must
 * be on record for that case (else the answer of a case that does not exist) and it goes to the case's judge [S 004:98];
 * without one it goes to the court's pool of 中心审核员 [I]. Another applicant's suggestion answers 404 like a missing one.
 */
public final class SuggestionApplicantRoutes implements RouteModule {

    static final String PATH = "/api/v1/suggestions";
    static final String KEY_HEADER = IdempotencyKey.HEADER;
    static final String REPLAYED_HEADER = ApplicantSubmissions.REPLAYED_HEADER;
    static final String SUBMIT = "SUBMIT";

    private final ServerContext context;
    private final ApplicantSubmissions submissions;

    public SuggestionApplicantRoutes(ServerContext context) {
        this.context = context;
        this.submissions = new ApplicantSubmissions(context);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(PATH, this::submit);
        routes.get(PATH, this::list);
        routes.get(PATH + "/{id}", this::detail);
    }

    private void submit(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, SuggestionRepository.KIND);
        Account me = user.account();
        SuggestionRefusals.refuseIfBroken(SuggestionRules.checkApplicant(me.role(), me.identityVerified()));
        UUID key = IdempotencyKey.read(ctx);
        SuggestionForm form = Json.body(ctx, SuggestionForm.class);
        IdempotencyKeys.Scope scope = IdempotencyKeys.Scope.of(key, user.id(), SuggestionRepository.KIND, 0, SUBMIT, form);
        ApplicantSubmissions.Outcome<SuggestionReceipt> outcome = submissions.submit(scope, SuggestionReceipt.class,
                () -> SuggestionRefusals.refuseIfBroken(SuggestionRules.checkForm(form)), h -> write(h, user, form));
        ApplicantSubmissions.created(ctx, PATH + "/" + outcome.receipt().id(), outcome);
    }

    private ApplicantSubmissions.Locked<SuggestionReceipt> write(Handle h, CurrentUser user, SuggestionForm form) {
        String court = form.courtCode().trim();
        String courtName = SuggestionRepository.courtName(h, court).orElseThrow(() -> new ApiException(
                ErrorCode.COURT_UNKNOWN, "没有代字为“" + court + "”的法院，请从法院列表中选择"));
        SuggestionRepository.CaseRow kase = null;
        String number = null;
        if (form.caseNumber() != null && !form.caseNumber().isBlank()) {
            number = CaseNumber.parse(form.caseNumber().trim()).toString();
            kase = SuggestionRepository.caseOnRecord(h, court, number, user.id())
                    .orElseThrow(() -> new ApiException(ErrorCode.SUGGESTION_CASE_NOT_FOUND));
        }
        String pool = kase == null ? Pools.centreReviewers(court) : null;
        SuggestionRepository.CaseRow onCase = kase;
        String caseNumber = number;
        return now -> {
            LocalDate today = context.today();
            int days = SuggestionRepository.replyDays(h, court);
            LocalDate due = SuggestionRules.replyDue(today, days);
            Instant dueAt = due.plusDays(1).atStartOfDay(context.config().zone()).toInstant();
            Requests.Created created = SuggestionRepository.insert(h, new SuggestionRepository.New(onCase, pool, court,
                    user.id(), form.category(), form.title(), form.content(), days, now, today, dueAt), null);
            long id = created.id();
            String name = user.account().displayName();
            AuditLog.recordAt(h, SuggestionRepository.KIND, id, user.id(), name, SuggestionAudit.SUBMIT, "提出意见建议（"
                    + form.category().label() + "）：" + form.title().trim() + (caseNumber == null ? "" : "；案号" + caseNumber),
                    now);
            if (onCase != null) {
                context.notifier().send(h, onCase.judgeId(), SuggestionNotices.newOnCase(caseNumber, courtName, name, due),
                        id);
            } else { // the pool's members: every 中心审核员 of the court
                var sms = SuggestionNotices.newToCourt(courtName, name, form.category().label(), form.title().trim(), due);
                for (long reviewer : AccountRepository.inCourt(h, Role.CENTRE_REVIEWER, court)) {
                    context.notifier().send(h, reviewer, sms, id);
                }
            }
            return new ApplicantSubmissions.Stored<>(id, onCase == null ? null : onCase.judgeId(), pool, user.id(),
                    () -> new SuggestionReceipt(id, created.applicationNo(),
                            SuggestionRepository.find(h, id, true).orElseThrow()));
        };
    }

    private void list(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, SuggestionRepository.KIND);
        if (!ctx.queryParamMap().isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "我的意见建议不接受查询条件");
        }
        ctx.json(context.jdbi().withHandle(h -> SuggestionRepository.forApplicant(h, user.id())));
    }

    private void detail(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, SuggestionRepository.KIND);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.NOT_FOUND);
        }
        SuggestionView view = context.jdbi().withHandle(h -> SuggestionRepository.find(h, id, true))
                .filter(v -> v.applicantId() == user.id())
                .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND));
        ctx.json(view);
    }
}

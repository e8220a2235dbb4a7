package org.courtdesk.server.contact.applicant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.casenumber.CaseNumber;
import org.courtdesk.model.contact.ContactForm;
import org.courtdesk.model.contact.ContactReceipt;
import org.courtdesk.model.contact.ContactRules;
import org.courtdesk.model.contact.ContactView;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.account.Account;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.contact.ContactAudit;
import org.courtdesk.server.contact.ContactNotices;
import org.courtdesk.server.contact.ContactRefusals;
import org.courtdesk.server.contact.ContactRepository;
import org.courtdesk.server.http.IdempotencyKey;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.http.RouteModule;
import org.courtdesk.server.idempotency.IdempotencyKeys;
import org.courtdesk.server.request.ApplicantSubmissions;
import org.courtdesk.server.request.Requests;
import org.jdbi.v3.core.Handle;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The applicant's side of 联系法官 (spec-004 §11: a party applies online to contact the judge [S 004:92]): a 约见请求
 * (JSON, Idempotency-Key, 201 with the 申请编号), the list of their own and one with its answer. A party in their own
 * name or a lawyer on record for the case may ask, after 实名认证; a case they are not on record for answers like one
 * that does not exist. Another applicant's request answers 404 exactly like a missing one.
 *
 * <p>Checks cheapest first, nothing stored before the last passed: the caller, the key, the body, its earlier answer,
 * the form's rules (all reported together), then in the storing transaction court and case.
 */
public final class ContactApplicantRoutes implements RouteModule {

    static final String PATH = "/api/v1/contact-requests";
    static final String KEY_HEADER = IdempotencyKey.HEADER;
    static final String REPLAYED_HEADER = ApplicantSubmissions.REPLAYED_HEADER;
    static final String SUBMIT = "SUBMIT";

    private final ServerContext context;
    private final ApplicantSubmissions submissions;

    public ContactApplicantRoutes(ServerContext context) {
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
        CurrentUser user = Auth.requireApplicantOf(ctx, ContactRepository.KIND);
        Account me = user.account();
        ContactRefusals.refuseIfBroken(ContactRules.checkApplicant(me.role(), me.identityVerified()));
        UUID key = IdempotencyKey.read(ctx);
        ContactForm form = Json.body(ctx, ContactForm.class);
        IdempotencyKeys.Scope scope = IdempotencyKeys.Scope.of(key, user.id(), ContactRepository.KIND, 0, SUBMIT, form);
        ApplicantSubmissions.Outcome<ContactReceipt> outcome = submissions.submit(scope, ContactReceipt.class,
                () -> ContactRefusals.refuseIfBroken(ContactRules.checkForm(form, context.now())),
                h -> write(h, user, form));
        ApplicantSubmissions.created(ctx, PATH + "/" + outcome.receipt().id(), outcome);
    }

    private ApplicantSubmissions.Locked<ContactReceipt> write(Handle h, CurrentUser user, ContactForm form) {
        String court = form.courtCode().trim();
        String courtName = ContactRepository.courtName(h, court).orElseThrow(() -> new ApiException(
                ErrorCode.COURT_UNKNOWN, "没有代字为“" + court + "”的法院，请从法院列表中选择案件的承办法院"));
        String number = CaseNumber.parse(form.caseNumber().trim()).toString();
        ContactRepository.CaseRow kase = ContactRepository.caseOnRecord(h, court, number, user.id())
                .orElseThrow(() -> new ApiException(ErrorCode.CONTACT_CASE_NOT_FOUND));
        return now -> {
            LocalDate today = context.today();
            int days = ContactRepository.replyDays(h, court);
            LocalDate due = ContactRules.replyDue(today, days);
            Instant dueAt = due.plusDays(1).atStartOfDay(context.config().zone()).toInstant();
            Requests.Created created = ContactRepository.insert(h, new ContactRepository.New(kase, court, user.id(),
                    form.purpose(), form.proposedTimes().stream().sorted().toList(), form.way(), days, now, today, dueAt),
                    null);
            long id = created.id();
            String name = user.account().displayName();
            AuditLog.recordAt(h, ContactRepository.KIND, id, user.id(), name, ContactAudit.SUBMIT, "就" + number
                    + "案件申请约见法官（" + form.way().label() + "），建议时间" + form.proposedTimes().size() + "个", now);
            context.notifier().send(h, kase.judgeId(), ContactNotices.newRequest(number, courtName, name, due), id);
            return new ApplicantSubmissions.Stored<>(id, kase.judgeId(), null, user.id(), () -> new ContactReceipt(id,
                    created.applicationNo(), ContactRepository.find(h, id, true).orElseThrow()));
        };
    }

    private void list(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, ContactRepository.KIND);
        if (!ctx.queryParamMap().isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "我的约见请求不接受查询条件");
        }
        ctx.json(context.jdbi().withHandle(h -> ContactRepository.forApplicant(h, user.id())));
    }

    private void detail(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, ContactRepository.KIND);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.NOT_FOUND);
        }
        ContactView view = context.jdbi().withHandle(h -> ContactRepository.find(h, id, true))
                .filter(v -> v.applicantId() == user.id())
                .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND));
        ctx.json(view);
    }
}

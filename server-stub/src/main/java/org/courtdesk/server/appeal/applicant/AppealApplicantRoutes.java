package org.courtdesk.server.appeal.applicant;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.appeal.AppealForm;
import org.courtdesk.model.appeal.AppealParty;
import org.courtdesk.model.appeal.AppealReceipt;
import org.courtdesk.model.appeal.AppealRules;
import org.courtdesk.model.appeal.AppealView;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.appeal.AppealAudit;
import org.courtdesk.server.appeal.AppealRefusals;
import org.courtdesk.server.appeal.AppealRepository;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.http.IdempotencyKey;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.RouteModule;
import org.courtdesk.server.idempotency.IdempotencyKeys;
import org.courtdesk.server.request.ApplicantSubmissions;
import org.courtdesk.server.request.Requests;
import org.jdbi.v3.core.Handle;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The applicant's side of 提起上诉 (spec-004 §3): the cases they may appeal in (party in their own name, or lawyer on
 * record), a new appeal (multipart, Idempotency-Key, 201 with the 申请编号), their own appeals. A party appeals as
 * themself; a lawyer for a party they represent — without 特别授权 (case_agent.authority) the appeal is stored and
 * flagged to the judge, not refused. Another's case or appeal answers 404 like a missing one; nothing is stored on a
 * refusal.
 */
public final class AppealApplicantRoutes implements RouteModule {

    static final String PATH = "/api/v1/appeals";
    static final String KEY_HEADER = IdempotencyKey.HEADER;
    static final String SUBMIT = "SUBMIT";

    private final ServerContext context;
    private final ApplicantSubmissions submissions;

    public AppealApplicantRoutes(ServerContext context) {
        this.context = context;
        this.submissions = new ApplicantSubmissions(context);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH + "/cases", this::cases);
        routes.post(PATH, this::submit);
        routes.get(PATH, this::list);
        routes.get(PATH + "/{id}", this::detail);
    }

    private void cases(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, AppealRepository.KIND);
        ctx.json(context.jdbi().withHandle(h -> AppealRepository.casesOf(h, user.id())));
    }

    private record FileFingerprint(String type, String fileName, String sha256) {}

    private record Fingerprint(Object form, List<FileFingerprint> materials) {}

    private void submit(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, AppealRepository.KIND);
        if (!user.account().identityVerified()) {
            throw new ApiException(ErrorCode.IDENTITY_NOT_VERIFIED, "提起上诉前须完成人脸识别实名认证");
        }
        UUID key = IdempotencyKey.read(ctx);
        AppealUploads.Parsed parsed = AppealUploads.read(ctx, context.config().maxMaterialBytes(),
                context.config().maxUploadBytes());
        IdempotencyKeys.Scope scope = IdempotencyKeys.Scope.of(key, user.id(), AppealRepository.KIND, 0, SUBMIT,
                new Fingerprint(parsed.form(), parsed.materials().stream()
                        .map(m -> new FileFingerprint(m.type(), m.fileName(), m.content().sha256())).toList()));
        AppealForm f = parsed.form();
        boolean petition = parsed.materials().stream().anyMatch(m -> m.type().equals("PETITION"));
        ApplicantSubmissions.Outcome<AppealReceipt> outcome = submissions.submit(scope, AppealReceipt.class,
                () -> AppealRefusals.refuseIfBroken(AppealRules.checkForm(f, petition, context.today())), h -> {
                    AppealRepository.CaseOf c = AppealRepository.caseOf(h, f.caseId())
                            .filter(x -> AppealRepository.casesOf(h, user.id()).stream().anyMatch(y -> y.id() == x.id()))
                            .orElseThrow(() -> new ApiException(ErrorCode.APPEAL_CASE_NOT_FOUND));
                    List<Long> parties = AppealRepository.parties(h, c.id()).stream().map(AppealParty::id).toList();
                    if (!parties.containsAll(f.appelleePartyIds())) {
                        throw new ApiException(ErrorCode.APPEAL_APPELLEE_REQUIRED, "被上诉人须为本案的当事人");
                    }
                    boolean authorityMissing = false;
                    if (user.account().role() == Role.PARTY) {
                        if (!AppealRepository.isParty(h, c.id(), f.appellantPartyId(), user.id())) {
                            throw new ApiException(ErrorCode.APPEAL_APPELLANT_INVALID, "当事人只能以本人名义提起上诉");
                        }
                    } else {
                        String authority = AppealRepository.authority(h, c.id(), f.appellantPartyId(), user.id())
                                .orElseThrow(() -> new ApiException(ErrorCode.APPEAL_APPELLANT_INVALID, "您不是该上诉人的代理律师"));
                        authorityMissing = !"SPECIAL".equals(authority);
                    }
                    for (AppealUploads.Upload m : parsed.materials()) {
                        BlobStore.put(h, m.content(), m.contentType());
                    }
                    boolean withoutAuthority = authorityMissing;
                    return now -> store(h, user, parsed, c, withoutAuthority, now);
                });
        ApplicantSubmissions.created(ctx, PATH + "/" + outcome.receipt().id(), outcome);
    }

    private ApplicantSubmissions.Stored<AppealReceipt> store(Handle h, CurrentUser user, AppealUploads.Parsed parsed,
                                                             AppealRepository.CaseOf c, boolean authorityMissing,
                                                             Instant now) {
        AppealForm f = parsed.form();
        Requests.Created created = AppealRepository.insert(h, c, f, authorityMissing, user.id(), now, context.today(), null);
        long id = created.id();
        for (AppealUploads.Upload m : parsed.materials()) {
            AppealRepository.attachMaterial(h, id, m.type(), m.fileName(), m.contentType(), m.content(), now);
        }
        AppealRules.Period period = AppealRules.period(f.decisionType(), f.servedOn(), context.today());
        AuditLog.recordAt(h, AppealRepository.KIND, id, user.id(), user.account().displayName(), AppealAudit.SUBMIT,
                "对" + c.caseNumber() + "的" + f.decisionType().label() + "提起上诉（送达日期 " + f.servedOn() + "，上诉期第"
                        + period.dayFiled() + "日，共" + period.days() + "日）"
                        + (authorityMissing ? "；代理律师未获特别授权" : "") + "，材料" + parsed.materials().size() + "份", now);
        return new ApplicantSubmissions.Stored<>(id, c.judgeId(), null, user.id(), () -> new AppealReceipt(id,
                created.applicationNo(), AppealRepository.find(h, id, true).orElseThrow()));
    }

    private void list(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, AppealRepository.KIND);
        ctx.json(context.jdbi().withHandle(h -> AppealRepository.forApplicant(h, user.id())));
    }

    private void detail(Context ctx) {
        CurrentUser user = Auth.requireApplicantOf(ctx, AppealRepository.KIND);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.NOT_FOUND);
        }
        AppealView view = context.jdbi().withHandle(h -> AppealRepository.find(h, id, true))
                .filter(v -> v.applicantId() == user.id())
                .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND));
        ctx.json(view);
    }
}

package org.courtdesk.server.binding.applicant;

import java.util.List;
import java.util.UUID;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.binding.BindingForm;
import org.courtdesk.model.binding.BindingReceipt;
import org.courtdesk.model.casenumber.CaseNumber;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.binding.BindingAudit;
import org.courtdesk.server.binding.BindingNotices;
import org.courtdesk.server.binding.BindingRepository;
import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.idempotency.IdempotencyKeys;
import org.courtdesk.server.request.ApplicantSubmissions;
import org.courtdesk.server.request.Requests;
import org.jdbi.v3.core.Handle;

/**
 * A new binding in ONE transaction with its idempotency key: the court, the case (法院 + 案号), the party of that case,
 * the lawyer not yet on record for it nor waiting for it; then header (待审核, in the case judge's queue), detail,
 * materials, audit, the 12368 SMS to the judge [S 004:7] and the feed. A refusal anywhere rolls all of it back.
 */
final class BindingSubmissions {

    static final String SUBMIT = "SUBMIT";

    private final ServerContext context;
    private final ApplicantSubmissions pipeline;

    BindingSubmissions(ServerContext context) {
        this.context = context;
        this.pipeline = new ApplicantSubmissions(context);
    }

    private record FileFingerprint(String type, String fileName, String sha256) {}

    private record Fingerprint(Object form, List<FileFingerprint> materials) {}

    static IdempotencyKeys.Scope scope(UUID key, CurrentUser user, BindingUploads.Parsed<?> parsed) {
        Fingerprint print = new Fingerprint(parsed.form(), parsed.materials().stream()
                .map(m -> new FileFingerprint(m.type().name(), m.fileName(), m.content().sha256())).toList());
        return IdempotencyKeys.Scope.of(key, user.id(), BindingRepository.KIND, 0, SUBMIT, print);
    }

    ApplicantSubmissions.Outcome<BindingReceipt> submit(CurrentUser user, BindingUploads.Parsed<BindingForm> parsed,
                                                        IdempotencyKeys.Scope scope, Runnable rules) {
        return pipeline.submit(scope, BindingReceipt.class, rules, h -> check(h, user, parsed));
    }

    private ApplicantSubmissions.Locked<BindingReceipt> check(Handle h, CurrentUser user,
                                                               BindingUploads.Parsed<BindingForm> parsed) {
        BindingForm form = parsed.form();
        String court = form.courtCode().trim();
        String courtName = BindingRepository.courtName(h, court).orElseThrow(() -> new ApiException(
                ErrorCode.COURT_UNKNOWN, "没有代字为“" + court + "”的法院，请从法院列表中选择案件的承办法院"));
        String number = CaseNumber.parse(form.caseNumber().trim()).toString();
        BindingRepository.CaseRow kase = BindingRepository.caseOf(h, court, number).orElseThrow(() -> new ApiException(
                ErrorCode.CASE_NOT_FOUND, courtName + "没有案号为" + number + "的案件，请核对案号"));
        long lawyer = user.id();
        long party = BindingRepository.partyOf(h, kase.id(), form.partyRole(), form.partyName())
                .orElseThrow(() -> new ApiException(ErrorCode.BINDING_PARTY_NOT_OF_CASE, number + "案件没有"
                        + form.partyRole().label() + "“" + form.partyName().trim() + "”，请核对诉讼地位和姓名（名称）"));
        if (BindingRepository.isAgent(h, party, lawyer)) {
            throw new ApiException(ErrorCode.BINDING_ALREADY_BOUND, "您已是" + number + "案件" + form.partyRole().label()
                    + form.partyName().trim() + "的代理律师，无需再次绑定");
        }
        if (BindingRepository.hasPending(h, party, lawyer)) {
            throw new ApiException(ErrorCode.BINDING_ALREADY_PENDING);
        }
        for (BindingUploads.Upload m : parsed.materials()) {
            BlobStore.put(h, m.content(), m.contentType());
        }
        return now -> {
            Requests.Created created = BindingRepository.insert(h, new BindingRepository.New(kase, court, party, lawyer,
                    form.licenceNo(), form.lawFirm(), form.authority(), now, context.today()), null);
            long id = created.id();
            for (BindingUploads.Upload m : parsed.materials()) {
                BindingRepository.attachMaterial(h, id, m.type(), m.fileName(), m.contentType(), m.content(), now);
            }
            String name = user.account().displayName();
            AuditLog.recordAt(h, BindingRepository.KIND, id, lawyer, name, BindingAudit.SUBMIT, "申请绑定" + number + "案件，代理"
                    + form.partyRole().label() + form.partyName().trim() + "，" + form.authority().label() + "；执业证号："
                    + form.licenceNo().trim() + "，" + form.lawFirm().trim() + "；材料" + parsed.materials().size() + "份", now);
            context.notifier().send(h, kase.judgeId(), BindingNotices.newRequest(number, courtName, name, form.partyRole(),
                    form.partyName().trim()), id);
            return new ApplicantSubmissions.Stored<>(id, kase.judgeId(), null, lawyer, () -> new BindingReceipt(id,
                    created.applicationNo(), BindingRepository.find(h, id, true).orElseThrow()));
        };
    }
}

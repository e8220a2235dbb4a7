package org.courtdesk.server.evidence.judge;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.casenumber.CaseNumber;
import org.courtdesk.model.casenumber.CaseNumberException;
import org.courtdesk.model.evidence.EvidenceDeadlines;
import org.courtdesk.model.evidence.EvidenceExchangeCreate;
import org.courtdesk.model.evidence.EvidenceExchangeView;
import org.courtdesk.model.evidence.EvidenceRules;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.server.evidence.EvidenceAudit;
import org.courtdesk.server.evidence.EvidenceNotices;
import org.courtdesk.server.evidence.EvidenceRefusals;
import org.courtdesk.server.evidence.EvidenceRepository;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.request.Requests;
import org.courtdesk.server.request.StaffAction;
import org.courtdesk.server.request.StaffCall;
import org.courtdesk.server.request.StaffCreation;
import org.jdbi.v3.core.Handle;

/**
 * 新增 of an evidence exchange (spec-004 §7 新增或修改证据交换页面) through the core's {@code StaffCreations}: the case must
 * be one of the caller's judge's cases (another judge's case answers CASE_NOT_FOUND exactly like a missing one), in
 * trial, without an exchange still open; the deadlines as the procedure allows (defaults filled). The parties' lawyers
 * get the deadlines by SMS.
 */
final class EvidenceCreation implements StaffCreation<EvidenceExchangeCreate, EvidenceExchangeView> {

    @Override
    public RequestKind kind() {
        return EvidenceRepository.KIND;
    }

    @Override
    public String name() {
        return "EVIDENCE_CREATE";
    }

    @Override
    public Class<EvidenceExchangeCreate> bodyType() {
        return EvidenceExchangeCreate.class;
    }

    @Override
    public Class<EvidenceExchangeView> viewType() {
        return EvidenceExchangeView.class;
    }

    @Override
    public UUID idempotencyKey(EvidenceExchangeCreate body) {
        return body.idempotencyKey();
    }

    @Override
    public Created create(Handle h, EvidenceExchangeCreate body, StaffCall call) {
        EvidenceRefusals.refuseIfBroken(EvidenceRules.checkCreate(body, call.today()));
        String number;
        try {
            number = CaseNumber.parse(body.caseNumber()).toString();
        } catch (CaseNumberException e) {
            throw new ApiException(ErrorCode.CASE_NUMBER_INVALID, e.getMessage());
        }
        EvidenceRepository.CaseRow kase = EvidenceRepository.caseOf(h, number)
                .filter(c -> call.user().maySeeJudge(c.judgeId()))
                .orElseThrow(() -> new ApiException(ErrorCode.CASE_NOT_FOUND, "您承办的案件中没有案号为" + number + "的案件"));
        if (!"IN_TRIAL".equals(kase.status())) {
            throw new ApiException(ErrorCode.EVIDENCE_CASE_NOT_IN_TRIAL);
        }
        if (EvidenceRepository.hasOpenExchange(h, kase.id())) {
            throw new ApiException(ErrorCode.EVIDENCE_EXCHANGE_EXISTS);
        }
        EvidenceDeadlines d = EvidenceRules.withDefaults(body, call.today());
        Requests.Created created = EvidenceRepository.insert(h, kase, call.user().id(), call.instant(), call.today(),
                body.procedure(), d, body.exchangeDay(), null);
        String courtName = h.createQuery("SELECT name FROM court WHERE code = :c").bind("c", kase.courtCode())
                .mapTo(String.class).one();
        List<StaffAction.Notice> notices = new ArrayList<>();
        for (long lawyer : EvidenceRepository.lawyersOf(h, kase.id())) {
            notices.add(new StaffAction.Notice(lawyer, EvidenceNotices.created(kase.number(), courtName, d)));
        }
        String detail = body.procedure().label() + "；举证期限：原告 " + d.plaintiff() + "，被告 " + d.defendant()
                + (d.thirdParty() != null ? "，第三人 " + d.thirdParty() : "") + "；质证期限 " + d.crossExamination()
                + (body.exchangeDay() != null ? "；证据交换日 " + body.exchangeDay() : "");
        return new Created(created.id(), kase.judgeId(), null, call.user().id(),
                new StaffAction.Effect(List.of(new StaffAction.AuditLine(EvidenceAudit.CREATE, detail)), notices));
    }

    @Override
    public EvidenceExchangeView view(Handle h, long id, StaffCall call) {
        return EvidenceRepository.find(h, id, call.today(), true).orElseThrow();
    }
}

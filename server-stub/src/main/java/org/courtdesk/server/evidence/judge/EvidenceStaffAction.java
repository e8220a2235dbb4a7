package org.courtdesk.server.evidence.judge;

import org.courtdesk.model.evidence.EvidenceExchangeView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.evidence.EvidenceRepository;
import org.courtdesk.server.request.RequestHeader;
import org.courtdesk.server.request.StaffAction;
import org.courtdesk.server.request.StaffCall;
import org.jdbi.v3.core.Handle;

/** What the judge's actions on an exchange share; the audience is the pipeline's (the case's judge and their clerks). */
abstract class EvidenceStaffAction<B> implements StaffAction<B, EvidenceRepository.Stored, EvidenceExchangeView> {

    @Override
    public RequestKind kind() {
        return EvidenceRepository.KIND;
    }

    @Override
    public Class<EvidenceExchangeView> viewType() {
        return EvidenceExchangeView.class;
    }

    @Override
    public EvidenceRepository.Stored detail(Handle h, RequestHeader header) {
        return EvidenceRepository.stored(h, header.id());
    }

    @Override
    public EvidenceExchangeView view(Handle h, long id, StaffCall call) {
        return EvidenceRepository.find(h, id, call.today(), true).orElseThrow();
    }

    @Override
    public String illegalTransitionDetail(RequestStatus from) {
        return "该证据交换已" + from.label() + "，不能再次处理";
    }
}

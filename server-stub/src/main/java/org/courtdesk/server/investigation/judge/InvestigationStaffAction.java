package org.courtdesk.server.investigation.judge;

import org.courtdesk.model.investigation.InvestigationView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.investigation.InvestigationRepository;
import org.courtdesk.server.request.RequestHeader;
import org.courtdesk.server.request.StaffAction;
import org.courtdesk.server.request.StaffCall;
import org.jdbi.v3.core.Handle;

/**
 * What both staff actions on a 调查令 share. Who may act is the pipeline's audience: the case's judge and the clerks
 * serving that judge (spec-004 §1: the clerk working the judge's queue is a product decision [I]).
 */
abstract class InvestigationStaffAction<B> implements StaffAction<B, InvestigationRepository.Stored, InvestigationView> {

    @Override
    public RequestKind kind() {
        return RequestKind.INVESTIGATION_ORDER;
    }

    @Override
    public Class<InvestigationView> viewType() {
        return InvestigationView.class;
    }

    @Override
    public InvestigationRepository.Stored detail(Handle h, RequestHeader header) {
        return InvestigationRepository.stored(h, header.id());
    }

    @Override
    public InvestigationView view(Handle h, long id, StaffCall call) {
        return InvestigationRepository.find(h, id, true).orElseThrow();
    }

    @Override
    public String illegalTransitionDetail(RequestStatus from) {
        return "该调查令申请已" + from.label() + "，不能再次处理";
    }
}

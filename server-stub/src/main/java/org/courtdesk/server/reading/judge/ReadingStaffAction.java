package org.courtdesk.server.reading.judge;

import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.server.reading.ReadingRequestRepository;
import org.courtdesk.server.request.RequestHeader;
import org.courtdesk.server.request.StaffAction;
import org.courtdesk.server.request.StaffCall;
import org.jdbi.v3.core.Handle;

/** What every staff action on a 阅卷申请 shares: its detail row (header in table request, core-owned), its view. */
abstract class ReadingStaffAction<B> implements StaffAction<B, ReadingRequestRepository.Stored, ReadingRequestView> {

    @Override
    public RequestKind kind() {
        return RequestKind.CASE_FILE_READING;
    }

    @Override
    public Class<ReadingRequestView> viewType() {
        return ReadingRequestView.class;
    }

    @Override
    public ReadingRequestRepository.Stored detail(Handle h, RequestHeader header) {
        return ReadingRequestRepository.stored(h, header.id());
    }

    @Override
    public ReadingRequestView view(Handle h, long id, StaffCall call) {
        return ReadingRequestRepository.find(h, id, call.today(), true).orElseThrow();
    }
}

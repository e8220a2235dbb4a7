package org.courtdesk.server.reading.judge;

import java.util.Optional;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.reading.ReadingRequestRepository;
import org.courtdesk.server.request.RequestHeader;
import org.courtdesk.server.request.StaffAction;
import org.courtdesk.server.request.StaffCall;
import org.jdbi.v3.core.Handle;

/** What every staff action on a 阅卷申请 shares: its row, its header, its view. */
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
    public Optional<ReadingRequestRepository.Stored> lock(Handle h, long id) {
        return ReadingRequestRepository.lockForUpdate(h, id);
    }

    @Override
    public RequestHeader header(ReadingRequestRepository.Stored s) {
        return new RequestHeader(s.id(), s.judgeId(), s.applicantId(), s.status(), s.version());
    }

    @Override
    public void stampVersion(Handle h, long id, long version) {
        h.createUpdate("UPDATE reading_request SET version = :v WHERE id = :id").bind("v", version).bind("id", id).execute();
    }

    @Override
    public ReadingRequestView view(Handle h, long id, StaffCall call) {
        return ReadingRequestRepository.find(h, id, call.today(), true).orElseThrow();
    }

    @Override
    public ApiException refusal(ErrorCode code, String detail, ReadingRequestView current) {
        return new ApiException(code, detail, current);
    }
}

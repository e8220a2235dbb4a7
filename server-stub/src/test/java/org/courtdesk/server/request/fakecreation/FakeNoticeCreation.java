package org.courtdesk.server.request.fakecreation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.request.Requests;
import org.courtdesk.server.request.StaffAction;
import org.courtdesk.server.request.StaffCall;
import org.courtdesk.server.request.StaffCreation;
import org.jdbi.v3.core.Handle;

import com.fasterxml.jackson.annotation.JsonTypeName;


/**
 * A creation that lives only in the tests: a judge's draft notice, header only (no detail table), so the pipeline's
 * steps are seen without any real kind's rules. It borrows the kind SERVICE_CONTENT's header rows but not its view or
 * names: its 申请编号 start FK (the real kind's FW), its idempotency name is FAKE_CREATE, and it writes no service_content row,
 * so the real kind's feed, queue and applicant list never show it (the feed sends its rows as removals).
 */
public final class FakeNoticeCreation implements StaffCreation<FakeNoticeCreation.Body, FakeNoticeCreation.View> {

    public record Body(UUID idempotencyKey, String title) {}

    // Read back only as this concrete type (the replay), so sharing the type id with ServiceContentView is harmless.
    @JsonTypeName("SERVICE_CONTENT")
    public record View(long id, RequestStatus status, long version, String applicationNo) implements RequestView {
        @Override
        public RequestKind kind() {
            return RequestKind.SERVICE_CONTENT;
        }

        @Override
        public String caseNumber() {
            return null;
        }

        @Override
        public String courtCode() {
            return null;
        }

        @Override
        public String applicantName() {
            return null;
        }

        @Override
        public Instant submittedAt() {
            return null;
        }
    }

    @Override
    public RequestKind kind() {
        return RequestKind.SERVICE_CONTENT;
    }

    @Override
    public String name() {
        return "FAKE_CREATE";
    }

    @Override
    public Class<Body> bodyType() {
        return Body.class;
    }

    @Override
    public Class<View> viewType() {
        return View.class;
    }

    @Override
    public UUID idempotencyKey(Body body) {
        return body.idempotencyKey();
    }

    @Override
    public Created create(Handle h, Body body, StaffCall call) {
        if (body.title() == null || body.title().isBlank()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "title");
        }
        long judge = call.user().visibleJudgeIds().get(0);
        Instant at = call.instant();
        long id = Requests.create(h, new Requests.New(RequestKind.SERVICE_CONTENT, "FK", LocalDate.ofInstant(at, ZoneOffset.UTC),
                null, call.user().account().courtCode(), judge, null, call.user().id(), at, RequestStatus.DRAFT, null)).id();
        return new Created(id, judge, null, call.user().id(),
                new StaffAction.Effect(List.of(new StaffAction.AuditLine("新增", body.title())), List.of()));
    }

    @Override
    public View view(Handle h, long id, StaffCall call) {
        return h.createQuery("SELECT id, status, version, application_no FROM request WHERE id = :id").bind("id", id)
                .map((rs, c) -> new View(rs.getLong(1), RequestStatus.valueOf(rs.getString(2)), rs.getLong(3), rs.getString(4)))
                .one();
    }
}

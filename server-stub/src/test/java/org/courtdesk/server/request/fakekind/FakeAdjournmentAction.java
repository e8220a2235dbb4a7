package org.courtdesk.server.request.fakekind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.notify.Sms;
import org.courtdesk.server.request.RequestHeader;
import org.courtdesk.server.request.StaffAction;
import org.courtdesk.server.request.StaffCall;
import org.jdbi.v3.core.Handle;

/**
 * A second kind (延期开庭, reduced to a verdict and a note) plugged into the core pipeline with nothing but the core's
 * public types and its own table: what the next kinds do. It writes down each step the pipeline asks of it, with what
 * was already stored at that moment, so a test can read the pipeline's order.
 */
public final class FakeAdjournmentAction implements StaffAction<FakeAdjournmentAction.Body, FakeAdjournmentAction.Row,
        FakeAdjournmentAction.View> {

    public static final String TABLE = "CREATE TABLE IF NOT EXISTS fake_adjournment (id BIGINT PRIMARY KEY, "
            + "judge_id BIGINT NOT NULL, applicant_id BIGINT NOT NULL, status VARCHAR(32) NOT NULL, "
            + "version BIGINT NOT NULL, note VARCHAR(200))";

    /** The client's body: the verdict is APPROVE or REJECT (null: none given). */
    public record Body(UUID idempotencyKey, long baseVersion, String verdict, String note) {}

    public record Row(long id, long judgeId, long applicantId, RequestStatus status, long version) {}

    public record View(long id, RequestStatus status, long version, String note) {}

    /** A refusal that carries this kind's view. */
    public static final class Refused extends ApiException {
        public final View current;

        Refused(ErrorCode code, String detail, View current) {
            super(code, detail);
            this.current = current;
        }
    }

    public final List<String> trace = Collections.synchronizedList(new ArrayList<>());

    @Override
    public RequestKind kind() {
        return RequestKind.ADJOURNMENT;
    }

    @Override
    public String name() {
        return "ADJOURNMENT_DECISION";
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
    public UUID idempotencyKey(Body b) {
        trace.add("key");
        return b.idempotencyKey();
    }

    @Override
    public long baseVersion(Body b) {
        trace.add("version");
        return b.baseVersion();
    }

    @Override
    public Optional<Row> lock(Handle h, long id) {
        trace.add("lock");
        return h.createQuery("SELECT id, judge_id, applicant_id, status, version FROM fake_adjournment WHERE id = :id FOR UPDATE")
                .bind("id", id)
                .map((rs, c) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), RequestStatus.valueOf(rs.getString(4)),
                        rs.getLong(5)))
                .findOne();
    }

    @Override
    public RequestHeader header(Row r) {
        trace.add("header");
        return new RequestHeader(r.id(), r.judgeId(), r.applicantId(), r.status(), r.version());
    }

    @Override
    public Optional<RequestStatus> target(Body b, Row r) {
        trace.add("transition");
        if (b.verdict() == null) {
            return Optional.empty();
        }
        return Optional.of("APPROVE".equals(b.verdict()) ? RequestStatus.APPROVED : RequestStatus.REJECTED);
    }

    @Override
    public String illegalTransitionDetail(RequestStatus from) {
        return "已经" + from.label();
    }

    @Override
    public void validate(Handle h, Body b, Row r, StaffCall call) {
        trace.add("validate");
        if (b.verdict() == null || b.note() == null || b.note().isBlank()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "请写明理由");
        }
    }

    @Override
    public Effect apply(Handle h, Body b, Row r, StaffCall call) {
        trace.add("effect" + stored(h, r.id()));
        RequestStatus status = "APPROVE".equals(b.verdict()) ? RequestStatus.APPROVED : RequestStatus.REJECTED;
        h.createUpdate("UPDATE fake_adjournment SET status = :s, note = :n WHERE id = :id")
                .bind("s", status.name()).bind("n", b.note()).bind("id", r.id()).execute();
        return new Effect(List.of(new AuditLine("延期开庭审查", b.verdict() + "：" + b.note())),
                List.of(new Notice(r.applicantId(), Sms.builder().text("延期开庭申请已审查，查询码：").secret("4711").build())));
    }

    @Override
    public void stampVersion(Handle h, long id, long version) {
        trace.add("stamp" + stored(h, id));
        h.createUpdate("UPDATE fake_adjournment SET version = :v WHERE id = :id").bind("v", version).bind("id", id).execute();
    }

    @Override
    public View view(Handle h, long id, StaffCall call) {
        trace.add("view");
        return h.createQuery("SELECT id, status, version, note FROM fake_adjournment WHERE id = :id").bind("id", id)
                .map((rs, c) -> new View(rs.getLong(1), RequestStatus.valueOf(rs.getString(2)), rs.getLong(3), rs.getString(4)))
                .one();
    }

    @Override
    public ApiException refusal(ErrorCode code, String detail, View current) {
        return new Refused(code, detail, current);
    }

    /** What the shared tables hold for this request right now: audit lines, notices, feed entries. */
    private String stored(Handle h, long id) {
        int audit = count(h, "SELECT COUNT(*) FROM audit_log WHERE kind = 'ADJOURNMENT' AND request_id = :id", id);
        int sms = count(h, "SELECT COUNT(*) FROM notification WHERE request_id = :id", id);
        int feed = count(h, "SELECT COUNT(*) FROM change_log WHERE kind = 'ADJOURNMENT' AND request_id = :id", id);
        return "(audit=" + audit + ",sms=" + sms + ",feed=" + feed + ")";
    }

    private static int count(Handle h, String sql, long id) {
        return h.createQuery(sql).bind("id", id).mapTo(Integer.class).one();
    }
}

package org.courtdesk.server.request.fakekind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.notify.Sms;
import org.courtdesk.server.request.RequestHeader;
import org.courtdesk.server.request.Requests;
import org.courtdesk.server.request.StaffAction;
import org.courtdesk.server.request.StaffCall;
import org.jdbi.v3.core.Handle;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A kind that stays unbuilt (意见建议, reduced to a reply and a note) plugged into the core pipeline with nothing but the core's
 * public types, a header in the core's table {@code request} ({@link Requests#create}) and its own detail table: what
 * the next kinds do. It writes down each step the pipeline asks of it, with what
 * was already stored at that moment, so a test can read the pipeline's order.
 */
public final class FakeSuggestionAction implements StaffAction<FakeSuggestionAction.Body, FakeSuggestionAction.Row,
        FakeSuggestionAction.View> {

    public static final String TABLE = "CREATE TABLE IF NOT EXISTS fake_suggestion (id BIGINT PRIMARY KEY "
            + "REFERENCES request(id), note VARCHAR(200))";

    /** 申请编号 prefix of the kind: JY2026112300001. */
    public static final String PREFIX = "JY";

    /** Files a pending request in {@code court} for {@code judgeId}'s queue: the core's header, then the detail. */
    public static long create(Handle h, String court, long judgeId, long applicantId, Instant at) {
        long id = Requests.create(h, new Requests.New(RequestKind.SUGGESTION, PREFIX,
                LocalDate.ofInstant(at, ZoneOffset.UTC), null, court, judgeId, null, applicantId, at,
                RequestStatus.AWAITING_REPLY, null)).id();
        h.createUpdate("INSERT INTO fake_suggestion (id) VALUES (:id)").bind("id", id).execute();
        return id;
    }

    /** The client's body: any verdict replies (null: none given). */
    public record Body(UUID idempotencyKey, long baseVersion, String verdict, String note) {}

    /** The detail, with the header the pipeline handed over. */
    public record Row(RequestHeader header, String note) {}

    /** The kind's view: the header fields it keeps, and its note. Its own type id, as a real kind's view has. */
    @JsonTypeName("SUGGESTION")
    public record View(long id, RequestStatus status, long version, String note) implements RequestView {
        @Override
        public RequestKind kind() {
            return RequestKind.SUGGESTION;
        }

        @Override
        public String applicationNo() {
            return null;
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

    public final List<String> trace = Collections.synchronizedList(new ArrayList<>());

    @Override
    public RequestKind kind() {
        return RequestKind.SUGGESTION;
    }

    @Override
    public String name() {
        return "FAKE_SUGGESTION_NOTE";
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
    public Row detail(Handle h, RequestHeader header) {
        trace.add("detail");
        return new Row(header, h.createQuery("SELECT note FROM fake_suggestion WHERE id = :id").bind("id", header.id())
                .mapTo(String.class).one());
    }

    @Override
    public Optional<RequestStatus> target(Body b, Row r) {
        trace.add("transition");
        if (b.verdict() == null) {
            return Optional.empty();
        }
        return Optional.of(RequestStatus.REPLIED);
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
        trace.add("effect" + stored(h, r.header().id()));
        h.createUpdate("UPDATE fake_suggestion SET note = :n WHERE id = :id")
                .bind("n", b.note()).bind("id", r.header().id()).execute();
        return new Effect(List.of(new AuditLine("意见建议答复", b.verdict() + "：" + b.note())),
                List.of(new Notice(r.header().applicantId(), Sms.builder().text("意见建议已答复，查询码：").secret("4711").build())));
    }

    @Override
    public View view(Handle h, long id, StaffCall call) {
        trace.add("view");
        return h.createQuery("SELECT q.id, q.status, q.version, f.note FROM request q JOIN fake_suggestion f ON f.id = q.id "
                        + "WHERE q.id = :id").bind("id", id)
                .map((rs, c) -> new View(rs.getLong(1), RequestStatus.valueOf(rs.getString(2)), rs.getLong(3), rs.getString(4)))
                .one();
    }

    /** What the shared tables hold for this request right now: header status, audit lines, notices, feed entries. */
    private String stored(Handle h, long id) {
        String status = h.createQuery("SELECT status FROM request WHERE id = :id").bind("id", id).mapTo(String.class).one();
        int audit = count(h, "SELECT COUNT(*) FROM audit_log WHERE kind = 'SUGGESTION' AND request_id = :id", id);
        int sms = count(h, "SELECT COUNT(*) FROM notification WHERE request_id = :id", id);
        int feed = count(h, "SELECT COUNT(*) FROM change_log WHERE kind = 'SUGGESTION' AND request_id = :id", id);
        return "(status=" + status + ",audit=" + audit + ",sms=" + sms + ",feed=" + feed + ")";
    }

    private static int count(Handle h, String sql, long id) {
        return h.createQuery(sql).bind("id", id).mapTo(Integer.class).one();
    }
}

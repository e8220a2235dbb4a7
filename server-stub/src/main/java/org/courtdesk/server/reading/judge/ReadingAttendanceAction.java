package org.courtdesk.server.reading.judge;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.courtdesk.model.api.AttendanceRecord;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReadingRules;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.reading.ReadingRequestRepository;
import org.courtdesk.server.request.StaffCall;
import org.jdbi.v3.core.Handle;

/** 记录到场情况: whether the applicant came to an approved on-site reading, and when the file went out and back. */
final class ReadingAttendanceAction extends ReadingStaffAction<AttendanceRecord> {

    static final String NAME = "ATTENDANCE";
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The approved reading mode and on-site window of a request. */
    private record Window(String mode, LocalDate start, LocalDate end) {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<AttendanceRecord> bodyType() {
        return AttendanceRecord.class;
    }

    @Override
    public UUID idempotencyKey(AttendanceRecord a) {
        return a.idempotencyKey();
    }

    @Override
    public long baseVersion(AttendanceRecord a) {
        return a.baseVersion();
    }

    /** Recording a visit moves no status. */
    @Override
    public Optional<RequestStatus> target(AttendanceRecord a, ReadingRequestRepository.Stored s) {
        return Optional.empty();
    }

    @Override
    public void validate(Handle h, AttendanceRecord a, ReadingRequestRepository.Stored s, StaffCall call) {
        Window w = h.createQuery("SELECT mode, on_site_start, on_site_end FROM reading_request WHERE id = :id")
                .bind("id", s.id())
                .map((rs, c) -> new Window(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
                .one();
        if (s.status() != RequestStatus.APPROVED || !ReadingMode.ON_SITE.name().equals(w.mode())) {
            throw new ApiException(ErrorCode.NOT_ON_SITE, null, view(h, s.id(), call));
        }
        // Borrowed on a day of the approved window, nothing after the server's clock (court-local time).
        List<ReadingRules.Violation> broken = ReadingRules.checkAttendance(a, w.start(), w.end(), call.now());
        if (!broken.isEmpty()) {
            throw ApiException.ofAll(broken.get(0).code(), broken.get(0).message(),
                    broken.stream().map(ReadingRules.Violation::code).toList());
        }
    }

    @Override
    public Effect apply(Handle h, AttendanceRecord a, ReadingRequestRepository.Stored s, StaffCall call) {
        h.createUpdate("UPDATE reading_request SET attended = :at, borrowed_at = :b, returned_at = :r WHERE id = :id")
                .bind("at", a.attended()).bind("b", a.borrowedAt()).bind("r", a.returnedAt()).bind("id", s.id()).execute();
        return new Effect(List.of(new AuditLine(AuditLog.ACTION_ATTENDANCE, "是否到场：" + (a.attended() ? "是" : "否")
                + "；借阅时间：" + time(a.borrowedAt()) + "；还卷时间：" + time(a.returnedAt()))), List.of());
    }

    private static String time(LocalDateTime t) {
        return t == null ? "—" : t.format(SECONDS);
    }
}

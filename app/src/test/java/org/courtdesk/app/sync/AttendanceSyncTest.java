package org.courtdesk.app.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.courtdesk.app.outbox.OutboxEntry;
import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.sync.SyncService.Outcome;
import org.courtdesk.app.testing.Fixtures;
import org.courtdesk.app.testing.Harness;
import org.courtdesk.app.workspace.AttendanceRejectedException;
import org.courtdesk.app.workspace.Conflict;
import org.courtdesk.app.workspace.PendingAttendance;
import org.courtdesk.app.workspace.ReadingQueueRow;
import org.courtdesk.app.workspace.local.LocalWorkspace;
import org.courtdesk.model.api.AttendanceRecord;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.reading.ReadingRules;
import org.courtdesk.model.request.RequestStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The on-site attendance record through the outbox: its own route, its own key, once, and its refusals. */
class AttendanceSyncTest {

    @TempDir
    Path home;
    Harness h;
    LocalWorkspace ws;

    @BeforeEach
    void setUp() throws Exception {
        h = new Harness(home);
        h.server.put(Fixtures.approvedOnSite(1, 3));
        h.server.put(Fixtures.request(2, 1)); // 待审查: no visit to record
        ws = h.login();
        assertThat(ws.syncService().runCycle(false).outcome()).isEqualTo(Outcome.OK);
    }

    @AfterEach
    void tearDown() throws Exception {
        h.close();
    }

    private long calls(String suffix) {
        return h.server.calls.stream().filter(c -> c.startsWith("POST ") && c.endsWith(suffix)).count();
    }

    @Test
    void anAttendanceRecordIsUploadedOnceToItsRouteWithTheKeyItWasSavedWith() throws Exception {
        PendingAttendance saved = ws.saveAttendance(1, Fixtures.attendedThisMorning());
        assertThat(saved.state()).isEqualTo(OutboxState.PENDING);
        List<OutboxEntry> outbox = h.outbox();
        assertThat(outbox).singleElement().satisfies(e -> {
            assertThat(e.op()).isEqualTo(OutboxEntry.OP_ATTENDANCE);
            assertThat(e.isDecision()).isFalse();
            assertThat(e.decision()).isNull();
            assertThat(e.attendance().baseVersion()).isEqualTo(3);
        });
        UUID key = outbox.get(0).idempotencyKey();
        assertThat(ws.pendingDecision(1)).as("an attendance record is no decision").isEmpty();

        // Shown before the upload: the visit overlaid on the cached request, 已到场 in the queue, 待同步.
        ReadingRequestView shown = ws.readingRequest(1).orElseThrow();
        assertThat(shown.visit().attended()).isTrue();
        assertThat(shown.visit().borrowedAt()).isEqualTo(Fixtures.TODAY.atTime(9, 0));
        ReadingQueueRow row = ws.readingQueue().stream().filter(r -> r.id() == 1).findFirst().orElseThrow();
        assertThat(row.attended()).isTrue();
        assertThat(row.syncState()).isEqualTo(ReadingQueueRow.SyncState.PENDING);

        // The server applies it but the answer is lost; then the workstation restarts before trying again.
        h.server.loseDecisionAnswers.set(100);
        assertThat(ws.syncService().runCycle(false).outcome()).isEqualTo(Outcome.OFFLINE);
        int lost = h.server.attendancePosts.size(); // OkHttp may have retried once on a fresh connection
        h.server.loseDecisionAnswers.set(0);
        assertThat(h.server.attendanceApplied).hasValue(1);
        assertThat(h.outbox()).singleElement().extracting(OutboxEntry::idempotencyKey).isEqualTo(key);
        ws.close();
        ws = h.login();
        h.clock.advance(Duration.ofMinutes(5));
        assertThat(ws.syncService().runCycle(true).outcome()).isEqualTo(Outcome.OK);

        assertThat(h.server.attendanceApplied).as("applied once however often sent").hasValue(1);
        assertThat(h.server.attendancePosts).hasSize(lost + 1)
                .allSatisfy(p -> assertThat(p.idempotencyKey()).isEqualTo(key));
        assertThat(calls("/api/v1/judge/reading-requests/1/attendance")).isEqualTo(lost + 1);
        assertThat(calls("/decision")).as("never sent as a decision").isZero();
        assertThat(h.server.decisionPosts).isEmpty();
        assertThat(h.outbox()).isEmpty();
        assertThat(h.cached(1).orElseThrow().view().visit().attended()).isTrue();
        assertThat(h.cached(1).orElseThrow().version()).isEqualTo(4);
        assertThat(ws.readingQueue().stream().filter(r -> r.id() == 1).findFirst().orElseThrow().syncState())
                .isEqualTo(ReadingQueueRow.SyncState.SYNCED);
    }

    @Test
    void aRecordBreakingTheRulesOnThisWorkstationsClockIsNotQueued() {
        AttendanceRecord future = new AttendanceRecord(null, 0, true, Fixtures.TODAY.atTime(9, 0),
                Fixtures.TODAY.atTime(11, 0)); // the workstation's clock says 10:00
        assertThatThrownBy(() -> ws.saveAttendance(1, future)).isInstanceOfSatisfying(AttendanceRejectedException.class,
                e -> assertThat(e.problems()).extracting(ReadingRules.Violation::code)
                        .containsExactly(ErrorCode.ATTENDANCE_TIME_IN_FUTURE));
        AttendanceRecord backwards = new AttendanceRecord(null, 0, true, Fixtures.TODAY.atTime(9, 0),
                Fixtures.TODAY.atTime(8, 0));
        assertThatThrownBy(() -> ws.saveAttendance(1, backwards)).isInstanceOf(AttendanceRejectedException.class);
        AttendanceRecord outside = new AttendanceRecord(null, 0, true, Fixtures.TODAY.minusDays(5).atTime(9, 0), null);
        assertThatThrownBy(() -> ws.saveAttendance(1, outside)).isInstanceOfSatisfying(AttendanceRejectedException.class,
                e -> assertThat(e.problems()).extracting(ReadingRules.Violation::code)
                        .containsExactly(ErrorCode.ATTENDANCE_TIME_OUTSIDE_WINDOW));
        assertThatThrownBy(() -> ws.saveAttendance(2, Fixtures.attendedThisMorning()))
                .isInstanceOfSatisfying(AttendanceRejectedException.class,
                        e -> assertThat(e.problems()).extracting(ReadingRules.Violation::code)
                                .containsExactly(ErrorCode.NOT_ON_SITE));
        assertThat(h.outbox()).isEmpty();
    }

    @Test
    void aChangedRequestIsAConflictTheJudgeSeesAndMayDrop() throws Exception {
        ws.saveAttendance(1, Fixtures.attendedThisMorning());
        h.server.update(1, v -> v); // a clerk changed it meanwhile: version 4
        assertThat(ws.syncService().runCycle(false).refused()).isEqualTo(1);

        List<Conflict> conflicts = ws.conflicts();
        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.isAttendance()).isTrue();
            assertThat(c.mine()).isNull();
            assertThat(c.attendance().record().attended()).isTrue();
            assertThat(c.current().version()).isEqualTo(4);
        });
        assertThat(ws.readingQueue().stream().filter(r -> r.id() == 1).findFirst().orElseThrow().syncState())
                .isEqualTo(ReadingQueueRow.SyncState.CONFLICT);
        assertThat(ws.readingRequest(1).orElseThrow().visit()).as("the server's state, not my draft").isNull();

        // Recorded again on the current version: sent with a new key and applied.
        ws.saveAttendance(1, Fixtures.attendedThisMorning());
        assertThat(h.outbox()).singleElement().satisfies(e -> {
            assertThat(e.state()).isEqualTo(OutboxState.PENDING);
            assertThat(e.baseVersion()).isEqualTo(4);
        });
        assertThat(ws.syncService().runCycle(false).pushed()).isEqualTo(1);
        assertThat(h.server.attendanceApplied).hasValue(1);
        assertThat(ws.conflicts()).isEmpty();
    }

    @Test
    void aRefusalIsKeptOnTheRequestWithTheServersReason() throws Exception {
        ws.saveAttendance(1, Fixtures.attendedThisMorning());
        // The server's clock is behind this workstation's by an hour: 09:40 is still in its future.
        h.server.clock(Clock.fixed(h.clock.instant().minus(Duration.ofHours(1)), ZoneOffset.UTC));
        assertThat(ws.syncService().runCycle(false).refused()).isEqualTo(1);

        PendingAttendance refused = ws.pendingAttendance(1).orElseThrow();
        assertThat(refused.state()).isEqualTo(OutboxState.REFUSED);
        assertThat(refused.errorCode()).isEqualTo(ErrorCode.ATTENDANCE_TIME_IN_FUTURE);
        assertThat(refused.lastError()).contains("不能晚于当前时间");
        assertThat(ws.conflicts()).as("a refusal is shown on the request, not as a conflict").isEmpty();
        assertThat(h.server.attendanceApplied).hasValue(0);
        assertThat(ws.readingRequest(1).orElseThrow().status()).isEqualTo(RequestStatus.APPROVED);

        ws.discardAttendance(1);
        assertThat(h.outbox()).isEmpty();
        assertThat(ws.pendingAttendance(1)).isEmpty();
    }
}

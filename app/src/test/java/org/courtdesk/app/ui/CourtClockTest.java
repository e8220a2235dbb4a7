package org.courtdesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.courtdesk.app.settings.Settings;
import org.courtdesk.app.ui.reading.RowFormat;
import org.courtdesk.app.workspace.ReadingQueueRow;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.request.RequestStatus;

/**
 * Every date the workstation computes follows the court's calendar (issue 13), tested with the machine in UTC: a request
 * filed at 07:00 in Guangzhou waits "today" at 07:21 and still at 08:20 (after midnight UTC, where the machine's own
 * calendar said 1 天), and one day once Guangzhou's midnight has passed.
 */
class CourtClockTest {

    private static final ZoneId GUANGZHOU = ZoneId.of("Asia/Shanghai");
    private TimeZone machine;

    @BeforeEach
    void machineInUtc() {
        machine = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(machine);
    }

    private static Instant gz(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 12, day, hour, minute, 0, 0, GUANGZHOU).toInstant();
    }

    private static ReadingQueueRow filed(Instant at, LocalDate validUntil, RequestStatus status) {
        return new ReadingQueueRow(1, "YJ2026000001", "（2026）粤0106民初1号", "广州市天河区人民法院", "何丽萍",
                LocalDate.ofInstant(at, GUANGZHOU), at, "全案卷宗", ReadingMode.ONLINE, null, status,
                validUntil, null, false, false, ReadingQueueRow.SyncState.SYNCED);
    }

    /** What a screen computes: today and the waiting days from the workstation's clock over the machine's clock. */
    private static Integer waitingAt(Instant now, ReadingQueueRow row) {
        Clock court = CourtClock.of(Clock.fixed(now, ZoneOffset.UTC), CourtClock.zone(null));
        return RowFormat.daysWaiting(row, LocalDate.now(court), court.getZone());
    }

    @Test
    void waitingDaysCountInTheCourtsCalendarAroundUtcMidnight() {
        ReadingQueueRow row = filed(gz(7, 7, 0), null, RequestStatus.PENDING_REVIEW); // 23:00 UTC on the 6th
        assertThat(waitingAt(gz(7, 7, 21), row)).isZero();
        assertThat(waitingAt(gz(7, 8, 20), row)).isZero(); // 00:20 UTC on the 7th: still today in Guangzhou
        // the machine's own calendar, as the workstation had it: 1 day at 08:20
        assertThat(RowFormat.daysWaiting(row, LocalDate.now(Clock.fixed(gz(7, 8, 20), ZoneOffset.UTC)), ZoneOffset.UTC))
                .isEqualTo(1);
    }

    @Test
    void waitingDaysAndValidityLeftTurnAtGuangzhousMidnight() {
        ReadingQueueRow row = filed(gz(7, 7, 0), null, RequestStatus.PENDING_REVIEW);
        assertThat(waitingAt(gz(7, 23, 59), row)).isZero();
        assertThat(waitingAt(gz(8, 0, 1), row)).isEqualTo(1); // 16:01 UTC on the 7th: the machine still says 0

        ReadingQueueRow approved = filed(gz(1, 9, 0), LocalDate.of(2026, 12, 8), RequestStatus.APPROVED);
        Clock before = CourtClock.of(Clock.fixed(gz(7, 23, 59), ZoneOffset.UTC), GUANGZHOU);
        Clock after = CourtClock.of(Clock.fixed(gz(8, 0, 1), ZoneOffset.UTC), GUANGZHOU);
        assertThat(RowFormat.daysLeft(approved, LocalDate.now(before))).isEqualTo(1);
        assertThat(RowFormat.daysLeft(approved, LocalDate.now(after))).isZero();
        // deadlines (今日到期) read the clock the same way
        assertThat(LocalDateTime.now(after)).isEqualTo(LocalDateTime.of(2026, 12, 8, 0, 1));
    }

    @Test
    void theWorkstationsClockIsTheCourtsZoneWhateverTheMachinesAndItCanBeConfigured(@TempDir java.nio.file.Path home) {
        assertThat(CourtClock.system(null).getZone()).isEqualTo(GUANGZHOU);
        Settings settings = Settings.load(home, null);
        assertThat(CourtClock.system(settings).getZone()).isEqualTo(GUANGZHOU);
        settings.put(CourtClock.KEY_ZONE, "Asia/Urumqi");
        assertThat(CourtClock.system(settings).getZone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
        settings.put(CourtClock.KEY_ZONE, "not a zone");
        assertThat(CourtClock.system(settings).getZone()).isEqualTo(GUANGZHOU); // refused: the court's default
    }
}

package org.courtdesk.app.ui.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.workspace.PendingAttendance;
import org.courtdesk.model.api.AttendanceRecord;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.ReadingRequestView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 现场阅卷登记 checked with the shared rules on the workstation's clock (2022-05-18 09:30) before anything is queued. */
class AttendanceFormModelTest {

    static final LocalDate DAY = Samples.TODAY; // the approved window is this day and the next
    FakeWorkspace ws;
    AttendanceFormModel m;
    ReadingRequestView approved;

    /** The sample approval without a visit recorded yet. */
    static ReadingRequestView unrecorded(long id) {
        ReadingRequestView v = Samples.approvedOnSite(id);
        return new ReadingRequestView(v.id(), v.applicationNo(), v.caseNumber(), v.caseTitle(), v.courtCode(),
                v.courtName(), v.applicantId(), v.applicantName(), v.applicantRole(), v.applicationDate(),
                v.submittedAt(), v.content(), v.reason(), v.requestedMode(), v.caseDigitised(), v.status(), v.version(),
                v.judgeName(), v.review(), null, v.materials(), v.audit());
    }

    @BeforeEach
    void setUp() {
        Messages.use(Messages.CHINESE);
        ws = new FakeWorkspace(Samples.CLOCK);
        approved = unrecorded(8);
        ws.add(approved);
        m = new AttendanceFormModel(ws, Runnable::run, Runnable::run, () -> LocalDateTime.now(Samples.CLOCK));
        m.load(approved, null);
    }

    private void fill(Boolean attended, String borrowed, String returned) {
        m.attendedProperty().set(attended);
        if (borrowed != null) {
            m.borrowedDateProperty().set(LocalDate.parse(borrowed.substring(0, 10)));
            m.borrowedTimeProperty().set(borrowed.substring(11));
        }
        if (returned != null) {
            m.returnedDateProperty().set(LocalDate.parse(returned.substring(0, 10)));
            m.returnedTimeProperty().set(returned.substring(11));
        }
    }

    @Test
    void aVisitInTheWindowIsQueuedAsTyped() {
        fill(true, "2022-05-18 09:00", "2022-05-18 09:25");
        assertThat(m.validate()).isEmpty();
        assertThat(m.save(null)).isTrue();
        assertThat(ws.savedAttendance).singleElement().satisfies(r -> {
            assertThat(r.attended()).isTrue();
            assertThat(r.borrowedAt()).isEqualTo(DAY.atTime(9, 0));
            assertThat(r.returnedAt()).isEqualTo(DAY.atTime(9, 25));
            assertThat(r.baseVersion()).isEqualTo(approved.version());
        });
        assertThat(m.errors()).isEmpty();
        assertThat(m.noticeProperty().get()).isEqualTo("已保存，待同步");
    }

    @Test
    void aTimeInTheFutureIsRefusedAndNothingIsQueued() {
        fill(true, "2022-05-18 09:00", "2022-05-18 10:30");
        assertThat(m.save(null)).isFalse();
        assertThat(m.errors()).containsExactly("还卷时间（2022-05-18 10:30）不能晚于当前时间（2022-05-18 09:30）");
        assertThat(ws.savedAttendance).isEmpty();

        // A workstation a few minutes ahead is not refused (ReadingRules.CLOCK_SKEW).
        m.returnedTimeProperty().set("09:34");
        assertThat(m.save(null)).isTrue();
        assertThat(ws.savedAttendance).singleElement().extracting(AttendanceRecord::returnedAt)
                .isEqualTo(DAY.atTime(9, 34));
    }

    @Test
    void aReturnBeforeTheBorrowingIsRefused() {
        fill(true, "2022-05-18 09:00", "2022-05-18 08:30");
        assertThat(m.save(null)).isFalse();
        assertThat(m.errors()).containsExactly("还卷时间不能早于借阅时间");
        assertThat(ws.savedAttendance).isEmpty();
    }

    @Test
    void aBorrowingOutsideTheApprovedWindowIsRefused() {
        fill(true, "2022-05-17 09:00", null);
        assertThat(m.save(null)).isFalse();
        assertThat(m.errors()).singleElement().asString().contains("须在批准的现场阅卷时间段 2022-05-18 至 2022-05-19 之内");
        assertThat(ws.savedAttendance).isEmpty();
    }

    @Test
    void unreadableOrHalfFilledTimesAndAMissingChoiceAreRefused() {
        assertThat(m.save(null)).isFalse();
        assertThat(m.errors()).containsExactly("请选择是否到场");

        fill(true, "2022-05-18 9点", null);
        assertThat(m.save(null)).isFalse();
        assertThat(m.errors()).containsExactly("借阅时间的时间格式应为 时:分（如 09:30）");

        m.borrowedTimeProperty().set("09:00");
        m.returnedDateProperty().set(DAY);
        assertThat(m.save(null)).isFalse();
        assertThat(m.errors()).containsExactly("还卷时间须同时填写日期和时间");
        assertThat(ws.savedAttendance).isEmpty();
    }

    @Test
    void notAttendedClearsTheTimesAndIsQueuedWithoutThem() {
        fill(true, "2022-05-18 09:00", null);
        m.attendedProperty().set(false);
        assertThat(m.borrowedDateProperty().get()).isNull();
        assertThat(m.borrowedTimeProperty().get()).isEmpty();
        assertThat(m.save(null)).isTrue();
        assertThat(ws.savedAttendance).singleElement().satisfies(r -> {
            assertThat(r.attended()).isFalse();
            assertThat(r.borrowedAt()).isNull();
        });
    }

    @Test
    void onlyAnApprovedOnSiteRequestHasTheSection() {
        assertThat(m.applicableProperty().get()).isTrue();
        ReadingRequestView pending = Samples.pending(1, "(2021)粤01民初1号", "金家慧", 6, true);
        m.load(pending, null);
        assertThat(m.applicableProperty().get()).isFalse();
        m.attendedProperty().set(true);
        assertThat(m.save(null)).isFalse();
        assertThat(ws.savedAttendance).isEmpty();
    }

    @Test
    void aQueuedRecordShowsWhereItStands() {
        AttendanceRecord r = new AttendanceRecord(null, 5, true, DAY.atTime(9, 0), null);
        m.load(approved, new PendingAttendance(8, r, Samples.CLOCK.instant(), OutboxState.PENDING, null, null));
        assertThat(m.noticeProperty().get()).isEqualTo("已保存，待同步");
        assertThat(m.attendedProperty().get()).isTrue();
        assertThat(m.borrowedTimeProperty().get()).isEqualTo("09:00");

        m.load(approved, new PendingAttendance(8, r, Samples.CLOCK.instant(), OutboxState.REFUSED,
                ErrorCode.ATTENDANCE_TIME_IN_FUTURE, null));
        assertThat(m.noticeProperty().get()).isEmpty();
        assertThat(m.errors()).containsExactly("服务器未接受该登记：借阅时间和还卷时间不能晚于当前时间");
    }

    @Test
    void aBackgroundReloadKeepsWhatTheClerkIsTyping() {
        m.attendedProperty().set(true);
        m.borrowedTimeProperty().set("09:0");
        m.load(approved, null);
        assertThat(m.borrowedTimeProperty().get()).isEqualTo("09:0");
        assertThat(m.attendedProperty().get()).isTrue();
    }
}

package org.courtdesk.model.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.courtdesk.model.api.ErrorCode.*;
import static org.courtdesk.model.reading.MaterialType.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.AttendanceRecord;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.request.RequestStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The rules of 阅卷申请 (domain.md §1): each one's success and its refusal. */
class ReadingRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final String LONG = "长".repeat(1001);

    // ------------------------------------------------------------------ materials by applicant type

    @Nested
    class Materials {

        @Test
        void aLawyerUploadsLicenceFirmLetterPowerOfAttorneyAndThePartysIdentity() {
            assertThat(ReadingRules.requiredMaterials(Role.LAWYER))
                    .containsExactlyInAnyOrder(LAWYER_LICENCE, LAW_FIRM_LETTER, POWER_OF_ATTORNEY, PARTY_IDENTITY);
            assertThat(ReadingRules.missingMaterials(Role.LAWYER,
                    List.of(LAWYER_LICENCE, LAW_FIRM_LETTER, POWER_OF_ATTORNEY, PARTY_IDENTITY))).isEmpty();
            assertThat(ReadingRules.missingMaterials(Role.LAWYER, List.of(LAWYER_LICENCE, ID_CARD)))
                    .containsExactlyInAnyOrder(LAW_FIRM_LETTER, POWER_OF_ATTORNEY, PARTY_IDENTITY);
            assertThat(ReadingRules.missingMaterials(Role.LAWYER, List.of()))
                    .isEqualTo(ReadingRules.requiredMaterials(Role.LAWYER));
        }

        @Test
        void aPartyUploadsAnIdCard() {
            assertThat(ReadingRules.requiredMaterials(Role.PARTY)).containsExactly(ID_CARD);
            assertThat(ReadingRules.missingMaterials(Role.PARTY, List.of(ID_CARD, WORK_CARD))).isEmpty();
            assertThat(ReadingRules.missingMaterials(Role.PARTY, List.of(WORK_CARD))).containsExactly(ID_CARD);
        }

        @Test
        void allowedIsRequiredPlusIdAndWorkCard() {
            assertThat(ReadingRules.allowedMaterials(Role.LAWYER)).containsExactlyInAnyOrder(
                    LAWYER_LICENCE, LAW_FIRM_LETTER, POWER_OF_ATTORNEY, PARTY_IDENTITY, ID_CARD, WORK_CARD);
            assertThat(ReadingRules.allowedMaterials(Role.PARTY)).containsExactlyInAnyOrder(ID_CARD, WORK_CARD);
            // A party has no lawyer's licence to send.
            assertThat(ReadingRules.allowedMaterials(Role.PARTY)).doesNotContain(LAWYER_LICENCE, LAW_FIRM_LETTER);
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"JUDGE", "CLERK", "CENTRE_REVIEWER"})
        void courtStaffDoNotApply(Role staff) {
            assertThatThrownBy(() -> ReadingRules.requiredMaterials(staff)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ReadingRules.allowedMaterials(staff)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ReadingRules.missingMaterials(staff, List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void theSetsReturnedAreCopies() {
            ReadingRules.requiredMaterials(Role.PARTY).add(WORK_CARD);
            assertThat(ReadingRules.requiredMaterials(Role.PARTY)).containsExactly(ID_CARD);
        }

        @Test
        void materialLabelsAreTheSeedsTerms() {
            assertThat(LAWYER_LICENCE.label()).isEqualTo("律师证/执业证");
            assertThat(POWER_OF_ATTORNEY.label()).isEqualTo("当事人授权委托书或法律援助公函");
            assertThat(ReadingMode.ONLINE.label()).isEqualTo("在线阅卷");
            assertThat(ReadingMode.ON_SITE.label()).isEqualTo("现场阅卷");
            assertThat(CaseStatus.ARCHIVED.label()).isEqualTo("已归档");
            assertThat(ReviewOpinion.AGREE.label()).isEqualTo("同意");
            assertThat(ReviewOpinion.DISAGREE.label()).isEqualTo("不同意");
        }
    }

    @Property
    void missingIsRequiredLessUploaded(@ForAll("applicants") Role applicant, @ForAll Set<MaterialType> uploaded) {
        Set<MaterialType> missing = ReadingRules.missingMaterials(applicant, uploaded);
        assertThat(ReadingRules.requiredMaterials(applicant)).containsAll(missing);
        assertThat(missing).noneMatch(uploaded::contains);
        assertThat(ReadingRules.allowedMaterials(applicant)).containsAll(ReadingRules.requiredMaterials(applicant));
        if (uploaded.containsAll(ReadingRules.requiredMaterials(applicant))) {
            assertThat(missing).isEmpty();
        }
    }

    @Provide
    Arbitrary<Role> applicants() {
        return Arbitraries.of(Role.LAWYER, Role.PARTY);
    }

    // ------------------------------------------------------------------ expiry: validity date and on-site window

    @Nested
    class Expiry {

        @Test
        void anOnlineApprovalIsReadableUpToAndIncludingItsValidityDate() {
            LocalDate until = TODAY.plusDays(15);
            assertThat(ReadingRules.onlineReadable(RequestStatus.APPROVED, ReadingMode.ONLINE, until, TODAY)).isTrue();
            assertThat(ReadingRules.onlineReadable(RequestStatus.APPROVED, ReadingMode.ONLINE, until, until)).isTrue();
            assertThat(ReadingRules.effectiveStatus(RequestStatus.APPROVED, ReadingMode.ONLINE, until, null, false, until))
                    .isEqualTo(RequestStatus.APPROVED);
        }

        @Test
        void theDayAfterTheValidityDateNothingCanBeRead() {
            LocalDate until = TODAY.plusDays(15);
            assertThat(ReadingRules.onlineReadable(RequestStatus.APPROVED, ReadingMode.ONLINE, until, until.plusDays(1)))
                    .isFalse();
            assertThat(ReadingRules.effectiveStatus(RequestStatus.APPROVED, ReadingMode.ONLINE, until, null, false,
                    until.plusDays(1))).isEqualTo(RequestStatus.EXPIRED);
        }

        @Test
        void onlyAnOnlineApprovalWithADateIsReadable() {
            LocalDate until = TODAY.plusDays(5);
            assertThat(ReadingRules.onlineReadable(RequestStatus.PENDING_REVIEW, ReadingMode.ONLINE, until, TODAY)).isFalse();
            assertThat(ReadingRules.onlineReadable(RequestStatus.REJECTED, ReadingMode.ONLINE, until, TODAY)).isFalse();
            assertThat(ReadingRules.onlineReadable(RequestStatus.EXPIRED, ReadingMode.ONLINE, until, TODAY)).isFalse();
            assertThat(ReadingRules.onlineReadable(RequestStatus.APPROVED, ReadingMode.ON_SITE, until, TODAY)).isFalse();
            assertThat(ReadingRules.onlineReadable(RequestStatus.APPROVED, null, until, TODAY)).isFalse();
            assertThat(ReadingRules.onlineReadable(RequestStatus.APPROVED, ReadingMode.ONLINE, null, TODAY)).isFalse();
        }

        @Test
        void aMissedOnSiteWindowExpires() {
            LocalDate start = TODAY.plusDays(1);
            LocalDate end = TODAY.plusDays(2);
            assertThat(ReadingRules.effectiveStatus(RequestStatus.APPROVED, ReadingMode.ON_SITE, null, end, false, end))
                    .isEqualTo(RequestStatus.APPROVED);
            assertThat(ReadingRules.effectiveStatus(RequestStatus.APPROVED, ReadingMode.ON_SITE, null, end, false, end.plusDays(1)))
                    .isEqualTo(RequestStatus.EXPIRED);
            // The on-site window's end decides, not a stray validity date.
            assertThat(ReadingRules.effectiveStatus(RequestStatus.APPROVED, ReadingMode.ON_SITE, start.minusDays(30), end, false, end))
                    .isEqualTo(RequestStatus.APPROVED);
        }

        @Test
        void anAttendedVisitIsNotExpiredAfterItsWindow() {
            // seed 002 fig. 14: 是否到场 是, 状态 通过 — the visit was used, nothing to apply for again
            LocalDate end = TODAY.minusDays(3);
            assertThat(ReadingRules.effectiveStatus(RequestStatus.APPROVED, ReadingMode.ON_SITE, null, end, true, TODAY))
                    .isEqualTo(RequestStatus.APPROVED);
            assertThat(ReadingRules.effectiveStatus(RequestStatus.APPROVED, ReadingMode.ON_SITE, null, end, true, end))
                    .isEqualTo(RequestStatus.APPROVED);
            // not attended (否, or nothing recorded): the missed window expires as before
            assertThat(ReadingRules.effectiveStatus(RequestStatus.APPROVED, ReadingMode.ON_SITE, null, end, false, TODAY))
                    .isEqualTo(RequestStatus.EXPIRED);
            // attendance is an on-site matter: an online approval still ends at its validity date
            assertThat(ReadingRules.effectiveStatus(RequestStatus.APPROVED, ReadingMode.ONLINE, end, null, true, TODAY))
                    .isEqualTo(RequestStatus.EXPIRED);
            // and it does not turn a refusal into anything else
            assertThat(ReadingRules.effectiveStatus(RequestStatus.REJECTED, ReadingMode.ON_SITE, null, end, true, TODAY))
                    .isEqualTo(RequestStatus.REJECTED);
        }

        @Test
        void onlyApprovalsExpire() {
            LocalDate past = TODAY.minusDays(10);
            for (RequestStatus s : List.of(RequestStatus.PENDING_REVIEW, RequestStatus.REJECTED, RequestStatus.EXPIRED)) {
                assertThat(ReadingRules.effectiveStatus(s, ReadingMode.ONLINE, past, past, false, TODAY)).isEqualTo(s);
            }
            assertThat(ReadingRules.effectiveStatus(RequestStatus.APPROVED, null, past, past, false, TODAY))
                    .isEqualTo(RequestStatus.APPROVED);
            assertThat(ReadingRules.effectiveStatus(RequestStatus.APPROVED, ReadingMode.ONLINE, null, past, false, TODAY))
                    .isEqualTo(RequestStatus.APPROVED);
        }
    }

    @Property
    void effectiveStatusIsExpiredExactlyAfterTheLastDay(@ForAll("modes") ReadingMode mode,
                                                        @ForAll @IntRange(min = -400, max = 400) int lastDayOffset) {
        LocalDate last = TODAY.plusDays(lastDayOffset);
        RequestStatus effective = mode == ReadingMode.ONLINE
                ? ReadingRules.effectiveStatus(RequestStatus.APPROVED, mode, last, null, false, TODAY)
                : ReadingRules.effectiveStatus(RequestStatus.APPROVED, mode, null, last, false, TODAY);
        assertThat(effective).isEqualTo(TODAY.isAfter(last) ? RequestStatus.EXPIRED : RequestStatus.APPROVED);
        if (mode == ReadingMode.ONLINE) {
            assertThat(ReadingRules.onlineReadable(RequestStatus.APPROVED, mode, last, TODAY))
                    .isEqualTo(effective == RequestStatus.APPROVED);
        }
    }

    @Provide
    Arbitrary<ReadingMode> modes() {
        return Arbitraries.of(ReadingMode.class);
    }

    // ------------------------------------------------------------------ the judge's decision (审查)

    @Nested
    class Decision {

        @Test
        void anOnlineApprovalWithinNinetyDaysOfADigitisedFileIsValid() {
            assertThat(validate(online(TODAY.plusDays(ReadingRules.DEFAULT_ONLINE_VALIDITY_DAYS)), true)).isEmpty();
            assertThat(validate(online(TODAY), true)).as("today is the earliest").isEmpty();
            assertThat(validate(online(TODAY.plusDays(ReadingRules.MAX_ONLINE_VALIDITY_DAYS)), true)).isEmpty();
        }

        @Test
        void aNeverDigitisedFileCanOnlyBeReadOnSite() {
            assertThat(validate(online(TODAY.plusDays(15)), false)).containsExactly(CASE_NOT_DIGITISED);
            assertThat(validate(onSite(TODAY.plusDays(1), TODAY.plusDays(2)), false)).isEmpty();
        }

        @Test
        void anOnlineApprovalNeedsAValidityDateInRange() {
            assertThat(validate(online(null), true)).containsExactly(DECISION_VALID_UNTIL_REQUIRED);
            assertThat(validate(online(TODAY.minusDays(1)), true)).containsExactly(DECISION_VALID_UNTIL_OUT_OF_RANGE);
            assertThat(validate(online(TODAY.plusDays(ReadingRules.MAX_ONLINE_VALIDITY_DAYS + 1)), true))
                    .containsExactly(DECISION_VALID_UNTIL_OUT_OF_RANGE);
            assertThat(validate(online(null), false)).containsExactly(CASE_NOT_DIGITISED, DECISION_VALID_UNTIL_REQUIRED);
        }

        @Test
        void anOnSiteApprovalNeedsAWindowFromTodayOfAtMostThirtyDays() {
            // The seeds' example: "not scanned, come on site between 2022-05-18 and 2022-05-19".
            assertThat(validate(onSite(TODAY, TODAY), true)).isEmpty();
            assertThat(validate(onSite(TODAY.plusDays(1), TODAY.plusDays(2)), true)).isEmpty();
            assertThat(validate(onSite(TODAY, TODAY.plusDays(ReadingRules.MAX_ON_SITE_WINDOW_DAYS)), true)).isEmpty();

            assertThat(validate(onSite(null, TODAY), true)).containsExactly(DECISION_WINDOW_REQUIRED);
            assertThat(validate(onSite(TODAY, null), true)).containsExactly(DECISION_WINDOW_REQUIRED);
            assertThat(validate(onSite(TODAY.minusDays(1), TODAY), true)).containsExactly(DECISION_WINDOW_INVALID);
            assertThat(validate(onSite(TODAY.plusDays(3), TODAY.plusDays(2)), true)).containsExactly(DECISION_WINDOW_INVALID);
            assertThat(validate(onSite(TODAY, TODAY.plusDays(ReadingRules.MAX_ON_SITE_WINDOW_DAYS + 1)), true))
                    .containsExactly(DECISION_WINDOW_INVALID);
        }

        @Test
        void anOpinionIsRequiredFirst() {
            ReviewDecision none = new ReviewDecision(UUID.randomUUID(), 1, null, null, null, null, null, null, null);
            assertThat(validate(none, true)).containsExactly(DECISION_OPINION_REQUIRED);
        }

        @Test
        void anExplanationIsRequiredAndBounded() {
            assertThat(validate(refusal(null), true)).containsExactly(DECISION_EXPLANATION_REQUIRED);
            assertThat(validate(refusal(" \t "), true)).containsExactly(DECISION_EXPLANATION_REQUIRED);
            assertThat(validate(refusal(LONG), true)).containsExactly(TEXT_TOO_LONG);
            assertThat(validate(refusal("长".repeat(1000)), true)).isEmpty();
        }

        @Test
        void aRefusalNeedsNoModeOrDates() {
            assertThat(validate(refusal("材料不全"), true)).isEmpty();
            assertThat(validate(refusal("材料不全"), false)).isEmpty();
        }

        @Test
        void anApprovalNeedsAMode() {
            ReviewDecision d = new ReviewDecision(UUID.randomUUID(), 1, ReviewOpinion.AGREE, "同意", null, null, null,
                    null, null);
            assertThat(validate(d, true)).containsExactly(DECISION_MODE_REQUIRED);
        }

        @Test
        void theReplyNoteIsBounded() {
            ReviewDecision d = new ReviewDecision(UUID.randomUUID(), 1, ReviewOpinion.DISAGREE, "不同意", null, null,
                    null, null, LONG);
            assertThat(validate(d, true)).containsExactly(TEXT_TOO_LONG);
        }

        @Test
        void everyProblemIsNamedOnce() {
            ReviewDecision d = new ReviewDecision(UUID.randomUUID(), 1, ReviewOpinion.DISAGREE, LONG, null, null,
                    null, null, LONG);
            assertThat(validate(d, true)).containsExactly(TEXT_TOO_LONG);
        }
    }

    // ------------------------------------------------------------------ the on-site visit (是否到场, 借阅时间, 还卷时间)

    @Nested
    class Attendance {
        /** An approved window of two days; "now" is in the afternoon of its second day. */
        final LocalDate start = TODAY.plusDays(2);
        final LocalDate end = TODAY.plusDays(3);
        final LocalDateTime now = end.atTime(15, 0);

        List<ErrorCode> check(boolean attended, LocalDateTime borrowed, LocalDateTime returned) {
            return ReadingRules.checkAttendance(new AttendanceRecord(UUID.randomUUID(), 1, attended, borrowed, returned),
                    start, end, now).stream().map(ReadingRules.Violation::code).toList();
        }

        @Test
        void aVisitWithinTheWindowUpToNowIsValid() {
            assertThat(check(true, start.atStartOfDay(), start.atTime(11, 0))).isEmpty();
            assertThat(check(true, end.atTime(9, 30), now)).as("returned just now").isEmpty();
            assertThat(check(true, now, null)).as("borrowed just now, not yet returned").isEmpty();
            assertThat(check(true, null, null)).as("came, times not recorded").isEmpty();
            assertThat(check(false, null, null)).as("did not come").isEmpty();
        }

        @Test
        void theFileIsBorrowedOnADayOfTheWindow() {
            assertThat(check(true, start.minusDays(1).atTime(23, 59), null)).containsExactly(ATTENDANCE_TIME_OUTSIDE_WINDOW);
            LocalDateTime late = end.plusDays(1).atStartOfDay();
            assertThat(ReadingRules.checkAttendance(new AttendanceRecord(UUID.randomUUID(), 1, true, late, null),
                    start, end, late.plusHours(1))).extracting(ReadingRules.Violation::code)
                    .containsExactly(ATTENDANCE_TIME_OUTSIDE_WINDOW);
        }

        @Test
        void nothingIsRecordedAheadOfTheClock() {
            // The report: borrowed a year ahead, never returned.
            assertThat(check(true, end.atTime(9, 0).plusYears(1), null))
                    .containsExactly(ATTENDANCE_TIME_OUTSIDE_WINDOW, ATTENDANCE_TIME_IN_FUTURE);
            assertThat(check(true, now.plusMinutes(6), null)).containsExactly(ATTENDANCE_TIME_IN_FUTURE);
            assertThat(check(true, end.atTime(9, 0), now.plusMinutes(6))).containsExactly(ATTENDANCE_TIME_IN_FUTURE);
            // A reading-room PC a few minutes ahead of the server is not refused.
            assertThat(check(true, now.plusMinutes(5), now.plusMinutes(5))).isEmpty();
            List<ReadingRules.Violation> v = ReadingRules.checkAttendance(
                    new AttendanceRecord(UUID.randomUUID(), 1, true, now.plusHours(2), null), start, end, now);
            assertThat(v.get(0).message()).contains("借阅时间").contains(now.plusHours(2).toLocalDate().toString())
                    .contains("当前时间");
        }

        @Test
        void timesOnlyForAVisitAndTheReturnNotBeforeTheBorrowing() {
            assertThat(check(false, start.atTime(9, 0), null)).containsExactly(VALIDATION_FAILED);
            assertThat(check(false, null, start.atTime(9, 0))).containsExactly(VALIDATION_FAILED);
            assertThat(check(true, null, start.atTime(9, 0))).containsExactly(VALIDATION_FAILED);
            assertThat(check(true, start.atTime(9, 0), start.atTime(8, 59))).containsExactly(VALIDATION_FAILED);
        }

        @Test
        void withoutAWindowOnlyTheClockBounds() {
            List<ReadingRules.Violation> v = ReadingRules.checkAttendance(
                    new AttendanceRecord(UUID.randomUUID(), 1, true, TODAY.minusYears(1).atStartOfDay(), null), null, null, now);
            assertThat(v).isEmpty();
        }
    }

    /** Whatever the form holds, validation never throws, and names each problem once with a 400 code. */
    @Property(tries = 2000)
    void validationNeverThrowsAndNamesEachProblemOnce(@ForAll("decisions") ReviewDecision d, @ForAll boolean digitised) {
        List<ErrorCode> problems = ReadingRules.validateDecision(d, digitised, TODAY);
        assertThat(problems).doesNotHaveDuplicates();
        assertThat(problems).allSatisfy(code -> assertThat(code.httpStatus()).isIn(400, 409));
        if (d.opinion() == ReviewOpinion.AGREE && d.mode() == ReadingMode.ONLINE && !digitised) {
            assertThat(problems).contains(CASE_NOT_DIGITISED);
        }
        if (d.opinion() == ReviewOpinion.DISAGREE) {
            assertThat(problems).doesNotContain(DECISION_MODE_REQUIRED, CASE_NOT_DIGITISED,
                    DECISION_VALID_UNTIL_REQUIRED, DECISION_WINDOW_REQUIRED);
        }
    }

    @Provide
    Arbitrary<ReviewDecision> decisions() {
        Arbitrary<ReviewOpinion> opinion = Arbitraries.of(ReviewOpinion.class).injectNull(0.1);
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.just(" "), Arbitraries.just(LONG),
                Arbitraries.strings().ofMaxLength(20)).injectNull(0.2);
        Arbitrary<ReadingMode> mode = Arbitraries.of(ReadingMode.class).injectNull(0.2);
        Arbitrary<LocalDate> date = Arbitraries.integers().between(-40, 120).map(TODAY::plusDays).injectNull(0.2);
        return Combinators.combine(opinion, text, mode, date, date, date, text)
                .as((o, e, m, u, s, en, r) -> new ReviewDecision(UUID.randomUUID(), 1, o, e, m, u, s, en, r));
    }

    static List<ErrorCode> validate(ReviewDecision d, boolean digitised) {
        return ReadingRules.validateDecision(d, digitised, TODAY);
    }

    static ReviewDecision online(LocalDate validUntil) {
        return new ReviewDecision(UUID.randomUUID(), 1, ReviewOpinion.AGREE, "同意在线阅卷", ReadingMode.ONLINE,
                validUntil, null, null, null);
    }

    static ReviewDecision onSite(LocalDate start, LocalDate end) {
        return new ReviewDecision(UUID.randomUUID(), 1, ReviewOpinion.AGREE, "未扫描，请到现场阅卷", ReadingMode.ON_SITE,
                null, start, end, null);
    }

    static ReviewDecision refusal(String explanation) {
        return new ReviewDecision(UUID.randomUUID(), 1, ReviewOpinion.DISAGREE, explanation, null, null, null, null, null);
    }
}

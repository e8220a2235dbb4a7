package org.courtdesk.model.adjournment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.request.RequestStatus;
import org.junit.jupiter.api.Test;

class AdjournmentRulesTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 10, 0);

    static AdjournmentHearing hearing(LocalDateTime at, HearingProcedure p, int adjourned) {
        return new AdjournmentHearing(1, "（2026）粤0106民初1234号", "张三诉李四民间借贷纠纷", at, "第三法庭", p, adjourned);
    }

    static AdjournmentDecision approve(LocalDateTime next) {
        return new AdjournmentDecision(UUID.randomUUID(), 1, AdjournmentConclusion.APPROVE, "准许", next);
    }

    static List<ErrorCode> codes(List<AdjournmentRules.Violation> v) {
        return v.stream().map(AdjournmentRules.Violation::code).toList();
    }

    @Test
    void onlyPartiesAndLawyersApply() {
        assertThat(AdjournmentRules.mayApply(Role.PARTY)).isTrue();
        assertThat(AdjournmentRules.mayApply(Role.LAWYER)).isTrue();
        assertThat(AdjournmentRules.mayApply(Role.JUDGE)).isFalse();
    }

    @Test
    void anApplicationNeedsAReasonAndAHearingStillAhead() {
        AdjournmentHearing ahead = hearing(NOW.plusDays(5), HearingProcedure.ORDINARY, 0);
        assertThat(AdjournmentRules.checkApplication(new AdjournmentForm(1L, "代理人另案开庭冲突"), ahead, NOW)).isEmpty();
        assertThat(codes(AdjournmentRules.checkApplication(new AdjournmentForm(1L, "  "), ahead, NOW)))
                .containsExactly(ErrorCode.ADJOURNMENT_REASON_REQUIRED);
        assertThat(codes(AdjournmentRules.checkApplication(new AdjournmentForm(1L, "x".repeat(1001)), ahead, NOW)))
                .containsExactly(ErrorCode.TEXT_TOO_LONG);
        AdjournmentHearing begun = hearing(NOW, HearingProcedure.ORDINARY, 0);
        assertThat(codes(AdjournmentRules.checkApplication(new AdjournmentForm(1L, "病"), begun, NOW)))
                .containsExactly(ErrorCode.ADJOURNMENT_HEARING_BEGUN);
    }

    @Test
    void ordinaryProcedureAllowsTwoAdjournmentsSimplifiedOne() {
        assertThat(AdjournmentRules.maxAdjournments(HearingProcedure.ORDINARY)).isEqualTo(2);
        assertThat(AdjournmentRules.maxAdjournments(HearingProcedure.SIMPLIFIED)).isEqualTo(1);
        LocalDateTime at = NOW.plusDays(5);
        LocalDateTime next = NOW.plusDays(20);
        assertThat(AdjournmentRules.checkDecision(approve(next), RequestStatus.PENDING_REVIEW,
                hearing(at, HearingProcedure.ORDINARY, 1), NOW)).isEmpty();
        List<AdjournmentRules.Violation> third = AdjournmentRules.checkDecision(approve(next),
                RequestStatus.PENDING_REVIEW, hearing(at, HearingProcedure.ORDINARY, 2), NOW);
        assertThat(codes(third)).containsExactly(ErrorCode.ADJOURNMENT_LIMIT_REACHED);
        assertThat(third.get(0).message()).contains("普通程序").contains("已延期开庭2次").contains(AdjournmentRules.LIMIT_RULE)
                .contains("延期开庭审理次数不超过两次").contains("第三条");
        assertThat(AdjournmentRules.checkDecision(approve(next), RequestStatus.PENDING_REVIEW,
                hearing(at, HearingProcedure.SIMPLIFIED, 0), NOW)).isEmpty();
        assertThat(codes(AdjournmentRules.checkDecision(approve(next), RequestStatus.PENDING_REVIEW,
                hearing(at, HearingProcedure.SIMPLIFIED, 1), NOW))).containsExactly(ErrorCode.ADJOURNMENT_LIMIT_REACHED);
        // and an application that could never be approved is refused at once
        assertThat(codes(AdjournmentRules.checkApplication(new AdjournmentForm(1L, "病"),
                hearing(at, HearingProcedure.SIMPLIFIED, 1), NOW))).containsExactly(ErrorCode.ADJOURNMENT_LIMIT_REACHED);
    }

    @Test
    void theNewHearingLeavesThreeDaysNotice() {
        AdjournmentHearing h = hearing(NOW.plusHours(2), HearingProcedure.ORDINARY, 0);
        assertThat(AdjournmentRules.earliestNewHearingDay(NOW.toLocalDate())).isEqualTo(NOW.toLocalDate().plusDays(3));
        assertThat(AdjournmentRules.checkDecision(approve(NOW.plusDays(3).withHour(9)), RequestStatus.PENDING_REVIEW, h, NOW))
                .isEmpty();
        List<AdjournmentRules.Violation> tooSoon = AdjournmentRules.checkDecision(approve(NOW.plusDays(2).withHour(15)),
                RequestStatus.PENDING_REVIEW, h, NOW);
        assertThat(codes(tooSoon)).containsExactly(ErrorCode.ADJOURNMENT_NOTICE_TOO_SHORT);
        assertThat(tooSoon.get(0).message()).contains("2026-12-10").contains("第一百三十九条");
        assertThat(codes(AdjournmentRules.checkDecision(approve(null), RequestStatus.PENDING_REVIEW, h, NOW)))
                .containsExactly(ErrorCode.ADJOURNMENT_NEW_HEARING_REQUIRED);
        // not a postponement: earlier than the hearing it replaces
        AdjournmentHearing later = hearing(NOW.plusDays(10), HearingProcedure.ORDINARY, 0);
        assertThat(codes(AdjournmentRules.checkDecision(approve(NOW.plusDays(5)), RequestStatus.PENDING_REVIEW, later, NOW)))
                .containsExactly(ErrorCode.ADJOURNMENT_NEW_HEARING_REQUIRED);
    }

    @Test
    void notApprovableOnceTheHearingBegunButRejectable() {
        AdjournmentHearing begun = hearing(NOW.minusMinutes(1), HearingProcedure.ORDINARY, 0);
        assertThat(codes(AdjournmentRules.checkDecision(approve(NOW.plusDays(10)), RequestStatus.PENDING_REVIEW, begun, NOW)))
                .containsExactly(ErrorCode.ADJOURNMENT_HEARING_BEGUN);
        AdjournmentDecision reject = new AdjournmentDecision(UUID.randomUUID(), 1, AdjournmentConclusion.REJECT,
                "开庭时间已过", null);
        assertThat(AdjournmentRules.checkDecision(reject, RequestStatus.PENDING_REVIEW, begun, NOW)).isEmpty();
    }

    @Test
    void rejectingNeedsAnOpinionAndAConclusionIsRequired() {
        AdjournmentHearing h = hearing(NOW.plusDays(5), HearingProcedure.ORDINARY, 0);
        assertThat(codes(AdjournmentRules.checkDecision(new AdjournmentDecision(UUID.randomUUID(), 1,
                AdjournmentConclusion.REJECT, " ", null), RequestStatus.PENDING_REVIEW, h, NOW)))
                .containsExactly(ErrorCode.ADJOURNMENT_OPINION_REQUIRED);
        assertThat(codes(AdjournmentRules.checkDecision(new AdjournmentDecision(UUID.randomUUID(), 1, null, "x", null),
                RequestStatus.PENDING_REVIEW, h, NOW))).containsExactly(ErrorCode.ADJOURNMENT_CONCLUSION_REQUIRED);
        assertThat(codes(AdjournmentRules.checkDecision(approve(NOW.plusDays(9)), RequestStatus.APPROVED, h, NOW)))
                .containsExactly(ErrorCode.ILLEGAL_TRANSITION);
    }

    @Test
    void dueAtTheHearingDueSoonWithinTwoDaysOverdueFromItsStart() {
        AdjournmentHearing far = hearing(NOW.plusDays(2).plusMinutes(1), HearingProcedure.ORDINARY, 0);
        assertThat(AdjournmentRules.timeLimit(RequestStatus.PENDING_REVIEW, far, NOW).urgency())
                .isEqualTo(AdjournmentRules.Urgency.LATER);
        AdjournmentHearing soon = hearing(NOW.plusDays(2), HearingProcedure.ORDINARY, 0);
        AdjournmentRules.TimeLimit limit = AdjournmentRules.timeLimit(RequestStatus.PENDING_REVIEW, soon, NOW);
        assertThat(limit.urgency()).isEqualTo(AdjournmentRules.Urgency.DUE_SOON);
        assertThat(limit.dueAt()).isEqualTo(soon.startsAt());
        AdjournmentHearing now = hearing(NOW, HearingProcedure.ORDINARY, 0);
        assertThat(AdjournmentRules.timeLimit(RequestStatus.PENDING_REVIEW, now, NOW).urgency())
                .isEqualTo(AdjournmentRules.Urgency.OVERDUE);
        assertThat(AdjournmentRules.timeLimit(RequestStatus.APPROVED, now, NOW)).isNull();
    }
}

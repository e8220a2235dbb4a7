package org.courtdesk.model.preservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.request.RequestStatus;
import org.junit.jupiter.api.Test;

class PreservationRulesTest {

    /** Asia/Shanghai has had no daylight saving time since 1991: every day has 24 hours, so 48 hours are two days. */
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static PreservationForm inLitigation() {
        return new PreservationForm(PreservationStage.IN_LITIGATION, "（2026）粤0106民初123号", null, false, null,
                List.of(new PreservationParty(PreservationPartyRole.APPLICANT, "张三", "440101199001011234", "广州市天河区"),
                        new PreservationParty(PreservationPartyRole.RESPONDENT, "李四", null, null)),
                List.of(new PropertyClue(PropertyKind.BANK_DEPOSIT, "李四名下银行存款", "中国工商银行广州天河支行 6222 0000 1234")),
                new BigDecimal("200000.00"), GuaranteeKind.INSURANCE, new BigDecimal("200000.00"));
    }

    static PreservationForm preSuit(GuaranteeKind g, String guarantee) {
        PreservationForm f = inLitigation();
        return new PreservationForm(PreservationStage.PRE_SUIT, null, "粤0106", false, null, f.parties(),
                f.propertyClues(), f.amount(), g, guarantee == null ? null : new BigDecimal(guarantee));
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    private static List<ErrorCode> codes(List<PreservationRules.Violation> v) {
        return v.stream().map(PreservationRules.Violation::code).toList();
    }

    @Test
    void aCompleteApplicationPasses() {
        assertThat(PreservationRules.checkForm(inLitigation())).isEmpty();
        assertThat(PreservationRules.checkForm(preSuit(GuaranteeKind.CASH, "200000"))).isEmpty();
    }

    @Test
    void preSuitWithoutGuaranteeIsRefused() {
        assertThat(codes(PreservationRules.checkForm(preSuit(GuaranteeKind.NONE, null))))
                .containsExactly(ErrorCode.PRESERVATION_GUARANTEE_REQUIRED);
        // in litigation the court may do without one (第103条: 可以责令提供担保)
        PreservationForm f = inLitigation();
        PreservationForm none = new PreservationForm(f.stage(), f.caseNumber(), null, false, null, f.parties(),
                f.propertyClues(), f.amount(), GuaranteeKind.NONE, null);
        assertThat(PreservationRules.checkForm(none)).isEmpty();
    }

    @Test
    void preSuitGuaranteeBelowTheAmountIsRefused() {
        assertThat(codes(PreservationRules.checkForm(preSuit(GuaranteeKind.CASH, "199999.99"))))
                .containsExactly(ErrorCode.PRESERVATION_GUARANTEE_INSUFFICIENT);
    }

    @Test
    void everyMissingPartIsReported() {
        PreservationForm empty = new PreservationForm(PreservationStage.IN_LITIGATION, "不是案号", null, true, " ",
                List.of(), List.of(), new BigDecimal("-1"), GuaranteeKind.CASH, null);
        assertThat(codes(PreservationRules.checkForm(empty))).containsExactly(ErrorCode.CASE_NUMBER_INVALID,
                ErrorCode.PRESERVATION_URGENT_REASON_REQUIRED, ErrorCode.PRESERVATION_APPLICANT_REQUIRED,
                ErrorCode.PRESERVATION_RESPONDENT_REQUIRED, ErrorCode.PRESERVATION_PROPERTY_REQUIRED,
                ErrorCode.PRESERVATION_AMOUNT_INVALID, ErrorCode.PRESERVATION_GUARANTEE_AMOUNT_INVALID);
        PreservationForm noStage = new PreservationForm(null, null, null, false, null, inLitigation().parties(),
                inLitigation().propertyClues(), BigDecimal.TEN, GuaranteeKind.NONE, null);
        assertThat(codes(PreservationRules.checkForm(noStage))).containsExactly(ErrorCode.PRESERVATION_STAGE_REQUIRED);
    }

    @Test
    void materialsNeedTheApplicationAndTheGuaranteePapers() {
        assertThat(PreservationRules.checkMaterials(GuaranteeKind.CASH,
                List.of(PreservationMaterialType.APPLICATION, PreservationMaterialType.GUARANTEE))).isEmpty();
        assertThat(PreservationRules.checkMaterials(GuaranteeKind.NONE, List.of(PreservationMaterialType.APPLICATION)))
                .isEmpty();
        List<PreservationRules.Violation> missing = PreservationRules.checkMaterials(GuaranteeKind.CASH,
                List.of(PreservationMaterialType.APPLICATION));
        assertThat(codes(missing)).containsExactly(ErrorCode.MATERIAL_MISSING);
        assertThat(missing.get(0).message()).contains("担保材料").doesNotContain("保全申请书");
    }

    @Test
    void returnNeedsAReasonAcceptTakesAnOptionalReference() {
        assertThat(codes(PreservationRules.checkReturn("  "))).containsExactly(ErrorCode.PRESERVATION_RETURN_REASON_REQUIRED);
        assertThat(PreservationRules.checkReturn("财产线索不明确")).isEmpty();
        assertThat(PreservationRules.checkAccept(null)).isEmpty();
        assertThat(codes(PreservationRules.checkAccept("号".repeat(61)))).containsExactly(ErrorCode.TEXT_TOO_LONG);
    }

    @Test
    void theFortyEightHourClockRunsThroughTheWeekend() {
        // Received Friday 2026-12-04 18:00: due Sunday 18:00, not Tuesday: hours are hours, weekends included.
        Instant friday = at("2026-12-04T18:00");
        PreservationClock saturdayNoon = PreservationRules.timeLimit(friday, PreservationStage.IN_LITIGATION, true,
                at("2026-12-05T12:00"), SHANGHAI);
        assertThat(saturdayNoon.hourly()).isTrue();
        assertThat(saturdayNoon.dueAt()).isEqualTo(at("2026-12-06T18:00"));
        assertThat(saturdayNoon.hoursLeft()).isEqualTo(30);
        assertThat(saturdayNoon.urgency()).isEqualTo(PreservationClock.Urgency.OK);

        PreservationClock sundayMorning = PreservationRules.timeLimit(friday, PreservationStage.IN_LITIGATION, true,
                at("2026-12-06T06:00"), SHANGHAI);
        assertThat(sundayMorning.hoursLeft()).isEqualTo(12);
        assertThat(sundayMorning.urgency()).isEqualTo(PreservationClock.Urgency.DUE_SOON);
        PreservationClock justBefore = PreservationRules.timeLimit(friday, PreservationStage.IN_LITIGATION, true,
                at("2026-12-06T05:59"), SHANGHAI);
        assertThat(justBefore.urgency()).isEqualTo(PreservationClock.Urgency.OK);

        PreservationClock mondayMorning = PreservationRules.timeLimit(friday, PreservationStage.PRE_SUIT, false,
                at("2026-12-07T09:30"), SHANGHAI);
        assertThat(mondayMorning.urgency()).isEqualTo(PreservationClock.Urgency.OVERDUE);
        assertThat(mondayMorning.left()).isEqualTo(Duration.ofHours(-15).minusMinutes(30));
        assertThat(mondayMorning.hoursLeft()).isEqualTo(-15);
        PreservationClock atDue = PreservationRules.timeLimit(friday, PreservationStage.PRE_SUIT, false,
                at("2026-12-06T18:00"), SHANGHAI);
        assertThat(atDue.overdue()).isTrue();
    }

    @Test
    void theFiveDayClockEndsWithTheFifthDayAfterReceipt() {
        // Received Monday 2026-11-30 15:00; the day of receipt does not count: the last day is Saturday 12-05.
        Instant monday = at("2026-11-30T15:00");
        PreservationClock thursday = PreservationRules.timeLimit(monday, PreservationStage.IN_LITIGATION, false,
                at("2026-12-03T10:00"), SHANGHAI);
        assertThat(thursday.hourly()).isFalse();
        assertThat(thursday.dueAt()).isEqualTo(at("2026-12-06T00:00"));
        assertThat(thursday.urgency()).isEqualTo(PreservationClock.Urgency.OK);
        assertThat(PreservationRules.timeLimit(monday, PreservationStage.IN_LITIGATION, false, at("2026-12-05T00:00"),
                SHANGHAI).urgency()).isEqualTo(PreservationClock.Urgency.DUE_SOON);
        assertThat(PreservationRules.timeLimit(monday, PreservationStage.IN_LITIGATION, false, at("2026-12-04T23:59"),
                SHANGHAI).urgency()).isEqualTo(PreservationClock.Urgency.OK);
        assertThat(PreservationRules.timeLimit(monday, PreservationStage.IN_LITIGATION, false, at("2026-12-06T00:00"),
                SHANGHAI).urgency()).isEqualTo(PreservationClock.Urgency.OVERDUE);
    }

    @Test
    void onlyAWaitingApplicationHasARunningClock() {
        assertThat(PreservationRules.clockRuns(RequestStatus.SUBMITTED)).isTrue();
        assertThat(PreservationRules.clockRuns(RequestStatus.ACCEPTED)).isFalse();
        assertThat(PreservationRules.clockRuns(RequestStatus.RETURNED)).isFalse();
    }
}

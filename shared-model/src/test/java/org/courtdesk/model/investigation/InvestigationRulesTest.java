package org.courtdesk.model.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.courtdesk.model.api.ErrorCode;
import org.junit.jupiter.api.Test;

class InvestigationRulesTest {

    static InvestigationForm form() {
        return new InvestigationForm("（2026）粤0106民初88号", "中国工商银行股份有限公司广州天河支行", "广州市天河区天河路 1 号",
                "被告李四名下账户 2025 年 1 月至 6 月的交易明细", "被告收到原告转账 20 万元", "银行只向司法机关或持调查令的律师提供客户流水");
    }

    private static List<ErrorCode> codes(List<InvestigationRules.Violation> v) {
        return v.stream().map(InvestigationRules.Violation::code).toList();
    }

    @Test
    void aCompleteFormPassesAndEveryGapIsNamed() {
        assertThat(InvestigationRules.checkForm(form())).isEmpty();
        assertThat(codes(InvestigationRules.checkForm(new InvestigationForm("x", " ", null, "", null, "")))).containsExactly(
                ErrorCode.CASE_NUMBER_INVALID, ErrorCode.INVESTIGATION_SUBJECT_REQUIRED,
                ErrorCode.INVESTIGATION_EVIDENCE_REQUIRED, ErrorCode.INVESTIGATION_EVIDENCE_REQUIRED,
                ErrorCode.INVESTIGATION_REASON_REQUIRED);
    }

    @Test
    void theApplicationAndTheLicenceAreRequired() {
        assertThat(InvestigationRules.checkMaterials(List.of(InvestigationMaterialType.APPLICATION,
                InvestigationMaterialType.LAWYER_LICENCE))).isEmpty();
        List<InvestigationRules.Violation> v = InvestigationRules.checkMaterials(List.of(InvestigationMaterialType.APPLICATION));
        assertThat(codes(v)).containsExactly(ErrorCode.MATERIAL_MISSING);
        assertThat(v.get(0).message()).contains("律师执业证");
    }

    @Test
    void appliedOnTheLastDayOfTheEvidencePeriodIsInTimeTheDayAfterIsNot() {
        LocalDate deadline = LocalDate.of(2026, 12, 10);
        assertThat(InvestigationRules.checkEvidenceDeadline(deadline, deadline)).isEmpty();
        List<InvestigationRules.Violation> late = InvestigationRules.checkEvidenceDeadline(deadline, deadline.plusDays(1));
        assertThat(codes(late)).containsExactly(ErrorCode.INVESTIGATION_AFTER_EVIDENCE_DEADLINE);
        assertThat(late.get(0).message()).contains("2026-12-10", "第二十条");
        assertThat(InvestigationRules.checkEvidenceDeadline(null, deadline)).isEmpty();
    }

    @Test
    void dueDateValidityAndOrderNumber() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        // received Friday 23:30 local: the day of receipt does not count, 5 days → Wednesday
        assertThat(InvestigationRules.dueDate(LocalDateTime.of(2026, 12, 4, 23, 30).atZone(shanghai).toInstant(), 5, shanghai))
                .isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(InvestigationRules.validUntil(LocalDate.of(2026, 12, 7), 15)).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(InvestigationRules.orderNo(2026, "粤0106", 12)).isEqualTo("（2026）粤0106调令12号");
        assertThat(codes(InvestigationRules.checkReturn(""))).containsExactly(ErrorCode.INVESTIGATION_RETURN_REASON_REQUIRED);
        assertThat(InvestigationRules.checkReturn("理由")).isEmpty();
    }
}

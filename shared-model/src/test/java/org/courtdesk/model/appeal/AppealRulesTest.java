package org.courtdesk.model.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.request.RequestStatus;
import org.junit.jupiter.api.Test;

class AppealRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    static AppealForm form() {
        return new AppealForm(1L, 2L, List.of(3L), DecisionType.JUDGMENT, TODAY.minusDays(6), "撤销一审判决", "事实认定错误");
    }

    static List<ErrorCode> codes(List<AppealRules.Violation> v) {
        return v.stream().map(AppealRules.Violation::code).toList();
    }

    @Test
    void fifteenDaysForAJudgmentTenForARulingCountedFromTheDayAfterService() {
        AppealRules.Period p = AppealRules.period(DecisionType.JUDGMENT, LocalDate.of(2026, 12, 1), TODAY);
        assertThat(p.dayFiled()).isEqualTo(6);
        assertThat(p.days()).isEqualTo(15);
        assertThat(p.lastDay()).isEqualTo(LocalDate.of(2026, 12, 16));
        assertThat(p.late()).isFalse();
        AppealRules.Period ruling = AppealRules.period(DecisionType.RULING, LocalDate.of(2026, 11, 26), TODAY);
        assertThat(ruling.lastDay()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(ruling.dayFiled()).isEqualTo(11);
        assertThat(ruling.late()).isTrue();
    }

    @Test
    void theJudgesNextStepServesTheCopyInFiveDaysThenSendsTheFileUp() {
        AppealRules.NextStep serve = AppealRules.nextStep(RequestStatus.SUBMITTED, TODAY, null);
        assertThat(serve.step()).isEqualTo(AppealRules.Step.SERVE_COPY);
        assertThat(serve.due()).isEqualTo(TODAY.plusDays(5));
        AppealRules.NextStep forward = AppealRules.nextStep(RequestStatus.APPEAL_ACCEPTED, TODAY.minusDays(3), TODAY);
        assertThat(forward.step()).isEqualTo(AppealRules.Step.FORWARD_FILE);
        assertThat(forward.due()).isEqualTo(TODAY.plusDays(20));
        assertThat(AppealRules.nextStep(RequestStatus.RETURNED, TODAY, null)).isNull();
        assertThat(AppealRules.urgency(TODAY.plusDays(3), TODAY)).isEqualTo(AppealRules.Urgency.LATER);
        assertThat(AppealRules.urgency(TODAY.plusDays(2), TODAY)).isEqualTo(AppealRules.Urgency.DUE_SOON);
        assertThat(AppealRules.urgency(TODAY, TODAY)).isEqualTo(AppealRules.Urgency.DUE_SOON);
        assertThat(AppealRules.urgency(TODAY.minusDays(1), TODAY)).isEqualTo(AppealRules.Urgency.OVERDUE);
    }

    @Test
    void theFormNeedsItsPartsAndThePetition() {
        assertThat(AppealRules.checkForm(form(), true, TODAY)).isEmpty();
        AppealForm empty = new AppealForm(null, null, List.of(), null, TODAY.plusDays(1), " ", null);
        assertThat(codes(AppealRules.checkForm(empty, false, TODAY))).containsExactly(ErrorCode.APPEAL_CASE_NOT_FOUND,
                ErrorCode.APPEAL_APPELLANT_INVALID, ErrorCode.APPEAL_APPELLEE_REQUIRED,
                ErrorCode.APPEAL_DECISION_TYPE_REQUIRED, ErrorCode.APPEAL_SERVED_ON_INVALID,
                ErrorCode.APPEAL_CLAIMS_REQUIRED, ErrorCode.APPEAL_REASONS_REQUIRED, ErrorCode.APPEAL_PETITION_REQUIRED);
        AppealForm selfAppellee = new AppealForm(1L, 2L, List.of(2L), DecisionType.RULING, TODAY, "x", "y");
        assertThat(codes(AppealRules.checkForm(selfAppellee, true, TODAY))).containsExactly(ErrorCode.APPEAL_APPELLEE_REQUIRED);
    }

    @Test
    void returningNeedsAReason() {
        assertThat(AppealRules.checkDecision(new AppealDecision(UUID.randomUUID(), 1, AppealConclusion.ACCEPT, null),
                RequestStatus.SUBMITTED)).isEmpty();
        assertThat(codes(AppealRules.checkDecision(new AppealDecision(UUID.randomUUID(), 1, AppealConclusion.RETURN, " "),
                RequestStatus.SUBMITTED))).containsExactly(ErrorCode.APPEAL_RETURN_REASON_REQUIRED);
        assertThat(codes(AppealRules.checkDecision(new AppealDecision(UUID.randomUUID(), 1, null, null),
                RequestStatus.SUBMITTED))).containsExactly(ErrorCode.APPEAL_CONCLUSION_REQUIRED);
        assertThat(codes(AppealRules.checkDecision(new AppealDecision(UUID.randomUUID(), 1, AppealConclusion.ACCEPT, null),
                RequestStatus.RETURNED))).containsExactly(ErrorCode.ILLEGAL_TRANSITION);
    }
}

package org.courtdesk.model.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.ErrorCode;
import org.junit.jupiter.api.Test;

class SuggestionRulesTest {

    @Test
    void aSuggestionWithOrWithoutACase() {
        assertThat(SuggestionRules.checkForm(new SuggestionForm("粤0106", SuggestionCategory.SERVICE, null, "停车难",
                "建议增加诉讼服务中心停车位"))).isEmpty();
        assertThat(SuggestionRules.checkForm(new SuggestionForm("粤0106", SuggestionCategory.TRIAL,
                "（2026）粤0106民初501号", "庭审排期", "建议尽快安排开庭"))).isEmpty();
        assertThat(SuggestionRules.checkApplicant(Role.PARTY, true)).isEmpty();
    }

    @Test
    void refusals() {
        assertThat(SuggestionRules.checkForm(new SuggestionForm(" ", null, "不是案号", " ", null))
                .stream().map(SuggestionRules.Violation::code)).containsExactly(ErrorCode.COURT_UNKNOWN,
                ErrorCode.SUGGESTION_CATEGORY_REQUIRED, ErrorCode.CASE_NUMBER_INVALID, ErrorCode.SUGGESTION_TEXT_REQUIRED);
        assertThat(SuggestionRules.checkApplicant(Role.JUDGE, true).get(0).code()).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(SuggestionRules.checkApplicant(Role.LAWYER, false).get(0).code())
                .isEqualTo(ErrorCode.IDENTITY_NOT_VERIFIED);
        assertThat(SuggestionRules.checkReply(new SuggestionReply(UUID.randomUUID(), 1, "  ")).get(0).code())
                .isEqualTo(ErrorCode.SUGGESTION_REPLY_REQUIRED);
        assertThat(SuggestionRules.checkReply(new SuggestionReply(UUID.randomUUID(), 1, "感谢您的建议"))).isEmpty();
    }

    @Test
    void theReplyPeriod() {
        LocalDate due = SuggestionRules.replyDue(LocalDate.of(2026, 11, 23), 7);
        assertThat(due).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(SuggestionRules.urgency(due, due.plusDays(1))).isEqualTo(SuggestionRules.Urgency.OVERDUE);
        assertThat(SuggestionRules.urgency(due, due)).isEqualTo(SuggestionRules.Urgency.DUE_TODAY);
    }
}

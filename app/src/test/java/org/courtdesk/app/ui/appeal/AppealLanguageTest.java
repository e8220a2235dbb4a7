package org.courtdesk.app.ui.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.model.appeal.AppealConclusion;
import org.courtdesk.model.appeal.AppealView;
import org.courtdesk.model.appeal.DecisionType;
import org.courtdesk.model.request.RequestKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** 提起上诉's status, decision type and conclusion in the workstation's language; the Chinese words unchanged. */
class AppealLanguageTest {

    @AfterEach
    void backToChinese() {
        Messages.use(Messages.CHINESE);
    }

    AppealRow row(long id) {
        return AppealQueueProcessor.rows(AppealSamples.workspace().requests(RequestKind.APPEAL, AppealView.class),
                Samples.TODAY, Samples.ZONE).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    @Test
    void englishShowsNoChinese() {
        Messages.use(Messages.ENGLISH);
        assertThat(AppealFormat.statusText(row(1))).isEqualTo("Submitted");
        assertThat(AppealFormat.statusText(row(4))).isEqualTo("Accepted");
        assertThat(AppealFormat.statusText(row(6))).isEqualTo("Returned");
        assertThat(AppealFormat.decisionType(DecisionType.JUDGMENT)).isEqualTo("Judgment");
        assertThat(AppealFormat.conclusion(AppealConclusion.RETURN)).isEqualTo("Returned");
    }

    @Test
    void chineseWordsAreUnchanged() {
        Messages.use(Messages.CHINESE);
        for (long id = 1; id <= 6; id++) {
            assertThat(AppealFormat.statusText(row(id))).isEqualTo(row(id).shownStatus().label());
        }
        for (DecisionType t : DecisionType.values()) {
            assertThat(AppealFormat.decisionType(t)).isEqualTo(t.label());
        }
        for (AppealConclusion c : AppealConclusion.values()) {
            assertThat(AppealFormat.conclusion(c)).isEqualTo(c.label());
        }
    }

    /** The refusals the shared rules build (already decided, opinion too long) and 第62条's flag (issue 13). */
    @Test
    void refusalsAndTheSpecialAuthorityRuleAreEnglishInEnglishAndTheRulesWordsInChinese() {
        java.util.List<org.courtdesk.model.appeal.AppealRules.Violation> refusals = new java.util.ArrayList<>();
        refusals.addAll(org.courtdesk.model.appeal.AppealRules.checkDecision(new org.courtdesk.model.appeal.AppealDecision(
                java.util.UUID.randomUUID(), 1, AppealConclusion.ACCEPT, "准"), org.courtdesk.model.request.RequestStatus.APPEAL_ACCEPTED));
        refusals.addAll(org.courtdesk.model.appeal.AppealRules.checkDecision(new org.courtdesk.model.appeal.AppealDecision(
                java.util.UUID.randomUUID(), 1, AppealConclusion.ACCEPT,
                "准".repeat(org.courtdesk.model.appeal.AppealRules.MAX_OPINION_LENGTH + 1)),
                org.courtdesk.model.request.RequestStatus.SUBMITTED));
        assertThat(refusals).hasSize(2).allMatch(v -> v.key() != null && v.detail() != null);
        Messages.use(Messages.ENGLISH);
        assertThat(refusals.stream().map(AppealFormat::violation)).containsExactly(
                "This appeal is already Accepted: it can no longer be reviewed",
                "The opinion may be at most 1000 characters long");
        assertThat(AppealFormat.specialAuthorityRule()).doesNotContainPattern("\\p{IsHan}").contains("art. 62");
        Messages.use(Messages.CHINESE);
        for (var v : refusals) {
            assertThat(AppealFormat.violation(v)).isEqualTo(v.detail());
        }
        assertThat(AppealFormat.specialAuthorityRule()).isEqualTo(org.courtdesk.model.appeal.AppealRules.SPECIAL_AUTHORITY_RULE);
    }
}

package org.courtdesk.app.ui.adjournment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.model.adjournment.AdjournmentConclusion;
import org.courtdesk.model.adjournment.AdjournmentRules;
import org.courtdesk.model.adjournment.AdjournmentView;
import org.courtdesk.model.adjournment.HearingProcedure;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The 延期开庭 queue and detail speak the workstation's language: in English no status, procedure, conclusion or rule
 * comes from the shared model's Chinese labels; in Chinese the words are the ones the shared model has always shown.
 */
class AdjournmentLanguageTest {

    @AfterEach
    void backToChinese() {
        Messages.use(Messages.CHINESE);
    }

    List<AdjournmentRow> rows() {
        List<KindRow<AdjournmentView>> kind = AdjournmentSamples.workspace().requests(RequestKind.ADJOURNMENT,
                AdjournmentView.class);
        return AdjournmentQueueProcessor.rows(kind, AdjournmentSamples.NOW);
    }

    AdjournmentRow row(long id) {
        return rows().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    @Test
    void englishShowsNoChinese() {
        Messages.use(Messages.ENGLISH);
        assertThat(AdjournmentFormat.statusText(row(1))).isEqualTo("Awaiting review");
        assertThat(AdjournmentFormat.statusText(row(7))).isEqualTo("Not approved");
        assertThat(AdjournmentFormat.status(RequestStatus.APPROVED)).isEqualTo("Approved");
        assertThat(AdjournmentFormat.adjournments(row(3).view().hearing()))
                .isEqualTo("Adjourned 1 of 2 times (ordinary procedure)");
        assertThat(AdjournmentFormat.procedure(HearingProcedure.SIMPLIFIED)).isEqualTo("simplified procedure");
        assertThat(AdjournmentFormat.conclusion(AdjournmentConclusion.REJECT)).isEqualTo("Not approved");
        for (AdjournmentRow r : rows()) {
            assertThat(AdjournmentFormat.statusText(r) + AdjournmentFormat.adjournments(r.view().hearing())
                    + AdjournmentFormat.limitRule()).doesNotContainPattern("\\p{IsHan}");
        }
    }

    @Test
    void chineseWordsAreUnchanged() {
        Messages.use(Messages.CHINESE);
        for (RequestStatus s : List.of(RequestStatus.PENDING_REVIEW, RequestStatus.APPROVED, RequestStatus.REJECTED)) {
            assertThat(AdjournmentFormat.status(s)).isEqualTo(s.label());
        }
        for (HearingProcedure p : HearingProcedure.values()) {
            assertThat(AdjournmentFormat.procedure(p)).isEqualTo(p.label());
        }
        for (AdjournmentConclusion c : AdjournmentConclusion.values()) {
            assertThat(AdjournmentFormat.conclusion(c)).isEqualTo(c.label());
        }
        assertThat(AdjournmentFormat.limitRule()).isEqualTo(AdjournmentRules.LIMIT_RULE);
        assertThat(AdjournmentFormat.statusText(row(1))).isEqualTo("待审查");
        assertThat(AdjournmentFormat.adjournments(row(3).view().hearing())).isEqualTo("已延期 1/2 次（普通程序）");
    }

    /** Every refusal the shared rules build from the case's facts, the judge's decision (issue 13). */
    static List<AdjournmentRules.Violation> refusals() {
        java.time.LocalDateTime now = java.time.LocalDateTime.of(2026, 12, 7, 10, 0);
        java.util.function.BiFunction<Integer, org.courtdesk.model.adjournment.HearingProcedure,
                org.courtdesk.model.adjournment.AdjournmentHearing> hearing = (days, p) -> new org.courtdesk.model.adjournment.AdjournmentHearing(
                1, "（2026）粤0106民初1234号", "张三诉李四民间借贷纠纷", now.plusDays(days), "第三法庭", p,
                p == HearingProcedure.ORDINARY ? 2 : 1);
        java.util.function.Function<java.time.LocalDateTime, org.courtdesk.model.adjournment.AdjournmentDecision> approve =
                next -> new org.courtdesk.model.adjournment.AdjournmentDecision(java.util.UUID.randomUUID(), 1,
                        AdjournmentConclusion.APPROVE, "准".repeat(AdjournmentRules.MAX_OPINION_LENGTH + 1), next);
        List<AdjournmentRules.Violation> all = new java.util.ArrayList<>();
        all.addAll(AdjournmentRules.checkDecision(approve.apply(now.minusDays(2)), RequestStatus.PENDING_REVIEW,
                hearing.apply(-1, HearingProcedure.ORDINARY), now)); // too long, begun, limit, new hearing before the old
        all.addAll(AdjournmentRules.checkDecision(approve.apply(now.plusDays(2)), RequestStatus.PENDING_REVIEW,
                hearing.apply(1, HearingProcedure.SIMPLIFIED), now)); // limit, notice too short
        all.addAll(AdjournmentRules.checkDecision(approve.apply(now.plusDays(20)), RequestStatus.APPROVED,
                hearing.apply(5, HearingProcedure.ORDINARY), now)); // already decided
        return all;
    }

    @Test
    void refusalsOfTheSharedRulesAreEnglishInEnglishAndTheRulesWordsInChinese() {
        List<AdjournmentRules.Violation> refusals = refusals();
        assertThat(refusals).extracting(AdjournmentRules.Violation::code).contains(
                org.courtdesk.model.api.ErrorCode.TEXT_TOO_LONG, org.courtdesk.model.api.ErrorCode.ADJOURNMENT_HEARING_BEGUN,
                org.courtdesk.model.api.ErrorCode.ADJOURNMENT_LIMIT_REACHED,
                org.courtdesk.model.api.ErrorCode.ADJOURNMENT_NEW_HEARING_REQUIRED,
                org.courtdesk.model.api.ErrorCode.ADJOURNMENT_NOTICE_TOO_SHORT,
                org.courtdesk.model.api.ErrorCode.ILLEGAL_TRANSITION);
        assertThat(refusals).allMatch(v -> v.key() != null, "every detail has its key");
        Messages.use(Messages.ENGLISH);
        for (AdjournmentRules.Violation v : refusals) {
            assertThat(AdjournmentFormat.violation(v)).as(v.key()).doesNotContainPattern("\\p{IsHan}")
                    .doesNotContain("!").isNotBlank();
        }
        assertThat(refusals.stream().map(AdjournmentFormat::violation))
                .contains("This case is heard under the simplified procedure and has been adjourned 1 times: no further"
                        + " adjournment. Rule: " + AdjournmentFormat.limitRule())
                .contains("This adjournment request is already Approved: it can no longer be reviewed");
        Messages.use(Messages.CHINESE);
        for (AdjournmentRules.Violation v : refusals) {
            assertThat(AdjournmentFormat.violation(v)).as(v.key()).isEqualTo(v.detail());
        }
        // a rule without a detail says its code's sentence, in both languages
        AdjournmentRules.Violation bare = new AdjournmentRules.Violation(
                org.courtdesk.model.api.ErrorCode.ADJOURNMENT_OPINION_REQUIRED, null);
        assertThat(AdjournmentFormat.violation(bare)).isEqualTo(Messages.error(bare.code()));
    }
}

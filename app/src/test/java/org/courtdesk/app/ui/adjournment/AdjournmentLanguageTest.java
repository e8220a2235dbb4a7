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
}

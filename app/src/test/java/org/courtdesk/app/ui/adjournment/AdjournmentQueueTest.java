package org.courtdesk.app.ui.adjournment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.ui.deadline.Deadline;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.model.adjournment.AdjournmentDecision;
import org.courtdesk.model.adjournment.AdjournmentConclusion;
import org.courtdesk.model.adjournment.AdjournmentView;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.junit.jupiter.api.Test;

/**
 * The 延期开庭 queue without controls, with the samples' fixed clock: order by hearing time with the undecided first,
 * the query conditions, the deadlines (due at the hearing, DUE_SOON within 2 days, overdue after), and the decision's
 * rules checked before anything is saved.
 */
class AdjournmentQueueTest {

    final FakeWorkspace ws = AdjournmentSamples.workspace();
    final LocalDateTime now = AdjournmentSamples.NOW;

    List<AdjournmentRow> rows() {
        List<KindRow<AdjournmentView>> kind = ws.requests(RequestKind.ADJOURNMENT, AdjournmentView.class);
        return AdjournmentQueueProcessor.rows(kind, now);
    }

    @Test
    void undecidedFirstThenByHearingTimeSoonestFirst() {
        List<AdjournmentRow> shown = AdjournmentQueueProcessor.apply(rows(), AdjournmentQuery.DEFAULT, Samples.ZONE);
        assertThat(shown).extracting(AdjournmentRow::id).containsExactly(4L, 1L, 2L, 3L, 5L, 7L, 6L);
        assertThat(shown.get(0).overdue()).isTrue();
        assertThat(AdjournmentFormat.leftText(shown.get(0).limit())).contains("逾期");
        assertThat(AdjournmentFormat.leftText(shown.get(1).limit())).isEqualTo("3小时 · 即将开庭");
        assertThat(AdjournmentFormat.leftText(shown.get(3).limit())).isEqualTo("5天0小时");
        assertThat(AdjournmentQueueProcessor.pending(shown)).isEqualTo(5);
    }

    @Test
    void queryByStatusHearingTimeApplicationDateAndText() {
        List<AdjournmentRow> all = rows();
        assertThat(AdjournmentQueueProcessor.apply(all, AdjournmentQuery.DEFAULT.withStatus(AdjournmentStatusFilter.APPROVED),
                Samples.ZONE)).extracting(AdjournmentRow::id).containsExactly(6L);
        assertThat(AdjournmentQueueProcessor.apply(all, AdjournmentQuery.DEFAULT.withHearing(now.toLocalDate(),
                now.toLocalDate().plusDays(1)), Samples.ZONE)).extracting(AdjournmentRow::id).containsExactly(4L, 1L, 2L);
        assertThat(AdjournmentQueueProcessor.apply(all, AdjournmentQuery.DEFAULT.withApplied(now.toLocalDate(),
                now.toLocalDate()), Samples.ZONE)).isEmpty();
        assertThat(AdjournmentQueueProcessor.apply(all, AdjournmentQuery.DEFAULT.withApplied(now.toLocalDate().minusDays(1),
                null), Samples.ZONE)).hasSize(7);
        assertThat(AdjournmentQueueProcessor.apply(all, AdjournmentQuery.DEFAULT.withText("粤0106民初303"), Samples.ZONE))
                .extracting(AdjournmentRow::id).containsExactly(3L);
    }

    @Test
    void deadlinesAreTheHearingsOfTheUndecided() {
        List<Deadline> list = new AdjournmentDeadlines().deadlines(ws, now, Samples.ZONE).stream()
                .sorted(Comparator.comparing(Deadline::dueAt)).toList();
        assertThat(list).hasSize(5);
        assertThat(list.get(0).urgency()).isEqualTo(Deadline.Urgency.OVERDUE);
        assertThat(list.get(0).dueAt()).isEqualTo(now.minusHours(2));
        assertThat(list.get(1).urgency()).isEqualTo(Deadline.Urgency.DUE_TODAY);
        assertThat(list.get(2).urgency()).isEqualTo(Deadline.Urgency.DUE_SOON);
        assertThat(list.get(3).urgency()).isEqualTo(Deadline.Urgency.LATER);
        assertThat(list.get(0).what()).contains("开庭");
        assertThat(list.get(0).label()).startsWith("（2022）粤0106民初304号");
        assertThat(new AdjournmentDeadlines().hasDeadlines()).isTrue();
    }

    @Test
    void aDecisionIsCheckedThenSavedOnce() {
        AdjournmentActionModel model = new AdjournmentActionModel(ws, Runnable::run, Runnable::run, () -> now);
        AdjournmentRow second = rows().stream().filter(r -> r.id() == 2).findFirst().orElseThrow();
        model.load(second);
        assertThat(model.decisionOfferedProperty().get()).isTrue();
        // no conclusion
        assertThat(model.decide()).isFalse();
        assertThat(model.errors()).containsExactly(org.courtdesk.app.i18n.Messages.error(ErrorCode.ADJOURNMENT_CONCLUSION_REQUIRED));
        // the new date two days ahead: refused with the notice rule
        model.conclusionProperty().set(AdjournmentConclusion.APPROVE);
        model.newDateProperty().set(now.toLocalDate().plusDays(2));
        assertThat(model.decide()).isFalse();
        assertThat(model.errors()).singleElement().asString().contains("第一百三十九条");
        model.newTimeProperty().set("9点");
        assertThat(model.decide()).isFalse();
        assertThat(ws.actions).isEmpty();
        // three days ahead at 14:00: saved
        model.newDateProperty().set(now.toLocalDate().plusDays(3));
        model.newTimeProperty().set("14:00");
        assertThat(model.decide()).isTrue();
        assertThat(ws.actions).singleElement().satisfies(a -> {
            assertThat(a.is(AdjournmentOps.DECISION)).isTrue();
            AdjournmentDecision d = a.payloadAs(AdjournmentDecision.class);
            assertThat(d.conclusion()).isEqualTo(AdjournmentConclusion.APPROVE);
            assertThat(d.newHearingAt()).isEqualTo(now.toLocalDate().plusDays(3).atTime(LocalTime.of(14, 0)));
        });
        assertThat(model.decisionOfferedProperty().get()).isFalse();
        // the row now shows the unsent decision
        AdjournmentRow after = rows().stream().filter(r -> r.id() == 2).findFirst().orElseThrow();
        assertThat(after.shownStatus()).isEqualTo(RequestStatus.APPROVED);
        assertThat(AdjournmentFormat.statusText(after)).isEqualTo("审查通过 · 待同步");
    }

    @Test
    void theLimitAndTheBegunHearingAreRefusedButAnOverdueOneCanBeRejected() {
        AdjournmentActionModel model = new AdjournmentActionModel(ws, Runnable::run, Runnable::run, () -> now);
        model.load(rows().stream().filter(r -> r.id() == 5).findFirst().orElseThrow());
        model.conclusionProperty().set(AdjournmentConclusion.APPROVE);
        assertThat(model.decide()).isFalse();
        assertThat(model.errors()).anySatisfy(e -> assertThat(e).contains("不超过两次"));
        model.load(rows().stream().filter(r -> r.id() == 4).findFirst().orElseThrow());
        model.conclusionProperty().set(AdjournmentConclusion.APPROVE);
        model.newDateProperty().set(now.toLocalDate().plusDays(10));
        assertThat(model.decide()).isFalse();
        assertThat(model.errors()).anySatisfy(e -> assertThat(e).contains("已逾期"));
        model.conclusionProperty().set(AdjournmentConclusion.REJECT);
        assertThat(model.decide()).isFalse();
        assertThat(model.errors()).containsExactly(org.courtdesk.app.i18n.Messages.error(ErrorCode.ADJOURNMENT_OPINION_REQUIRED));
        model.opinionProperty().set("开庭时间已过。");
        assertThat(model.decide()).isTrue();
        assertThat(ws.actions).hasSize(1);
    }
}

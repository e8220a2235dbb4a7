package org.courtdesk.app.ui.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.ui.deadline.Deadline;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.appeal.AppealConclusion;
import org.courtdesk.model.appeal.AppealDecision;
import org.courtdesk.model.appeal.AppealRules;
import org.courtdesk.model.appeal.AppealView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.junit.jupiter.api.Test;

/**
 * The appeal queue without controls on the samples' fixed today: the order by the judge's next step, the period as
 * filed, the deadlines (copy in 5 days, file up 20 days after acceptance), and the decision's rules before saving.
 */
class AppealQueueTest {

    final FakeWorkspace ws = AppealSamples.workspace();

    List<AppealRow> rows() {
        return AppealQueueProcessor.rows(ws.requests(RequestKind.APPEAL, AppealView.class), Samples.TODAY, Samples.ZONE);
    }

    @Test
    void orderedByTheNextStepSoonestFirst() {
        List<AppealRow> shown = AppealQueueProcessor.apply(rows(), AppealQuery.DEFAULT, Samples.ZONE);
        // 3: copy due 1 day ago; 5: file due in 1 day; 2: copy in 1 day... ordered by due date
        assertThat(shown).extracting(AppealRow::id).containsExactly(3L, 2L, 5L, 1L, 4L, 6L);
        assertThat(shown.get(0).urgency()).isEqualTo(AppealRules.Urgency.OVERDUE);
        assertThat(AppealFormat.stepText(shown.get(0), Samples.TODAY)).contains("送达副本").contains("已超期1天");
        assertThat(AppealFormat.periodText(shown.get(0).period())).isEqualTo("第8日/共15日");
        assertThat(shown.get(5).next()).isNull();
        assertThat(AppealQueueProcessor.submitted(shown)).isEqualTo(3);
        assertThat(AppealQueueProcessor.apply(rows(), AppealQuery.DEFAULT.withStatus(AppealStatusFilter.ACCEPTED),
                Samples.ZONE)).extracting(AppealRow::id).containsExactly(5L, 4L);
        assertThat(AppealQueueProcessor.apply(rows(), AppealQuery.DEFAULT.withText("被上诉人2"), Samples.ZONE))
                .extracting(AppealRow::id).containsExactly(2L);
        assertThat(AppealQueueProcessor.apply(rows(), AppealQuery.DEFAULT.withDates(Samples.TODAY, Samples.TODAY),
                Samples.ZONE)).extracting(AppealRow::id).containsExactly(1L);
    }

    @Test
    void deadlinesAreTheJudgesNextSteps() {
        List<Deadline> list = new AppealDeadlines().deadlines(ws, LocalDateTime.now(Samples.CLOCK), Samples.ZONE).stream()
                .sorted(Comparator.comparing(Deadline::dueAt)).toList();
        assertThat(list).hasSize(5);
        assertThat(list.get(0).urgency()).isEqualTo(Deadline.Urgency.OVERDUE);
        assertThat(list.get(0).dueAt().toLocalDate()).isEqualTo(Samples.TODAY.minusDays(1));
        assertThat(list).filteredOn(d -> d.urgency() == Deadline.Urgency.DUE_SOON).hasSize(2);
        assertThat(list.get(list.size() - 1).urgency()).isEqualTo(Deadline.Urgency.LATER);
        assertThat(list.get(list.size() - 1).what()).contains("报送二审");
    }

    @Test
    void aReturnNeedsAReasonThenIsSavedOnce() {
        AppealActionModel model = new AppealActionModel(ws, Runnable::run, Runnable::run);
        model.load(rows().stream().filter(r -> r.id() == 1).findFirst().orElseThrow());
        assertThat(model.decisionOfferedProperty().get()).isTrue();
        assertThat(model.decide()).isFalse();
        assertThat(model.errors()).containsExactly(Messages.error(ErrorCode.APPEAL_CONCLUSION_REQUIRED));
        model.conclusionProperty().set(AppealConclusion.RETURN);
        assertThat(model.decide()).isFalse();
        assertThat(model.errors()).containsExactly(Messages.error(ErrorCode.APPEAL_RETURN_REASON_REQUIRED));
        assertThat(ws.actions).isEmpty();
        model.opinionProperty().set("上诉状未签名。");
        assertThat(model.decide()).isTrue();
        assertThat(ws.actions).singleElement().satisfies(a -> {
            assertThat(a.is(AppealOps.DECISION)).isTrue();
            assertThat(a.payloadAs(AppealDecision.class).opinion()).isEqualTo("上诉状未签名。");
        });
        AppealRow after = rows().stream().filter(r -> r.id() == 1).findFirst().orElseThrow();
        assertThat(after.shownStatus()).isEqualTo(RequestStatus.RETURNED);
        assertThat(after.next()).isNull();
        assertThat(AppealFormat.statusText(after)).isEqualTo("退回 · 待同步");
        // a decided appeal offers nothing
        model.load(rows().stream().filter(r -> r.id() == 4).findFirst().orElseThrow());
        assertThat(model.decisionOfferedProperty().get()).isFalse();
    }
}

package org.courtdesk.app.ui.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.ui.deadline.Deadline;
import org.courtdesk.model.investigation.InvestigationIssue;
import org.courtdesk.model.investigation.InvestigationReturn;
import org.courtdesk.model.investigation.InvestigationView;
import org.courtdesk.model.request.RequestKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 调查令 queue's order and words, its deadlines, and its two decisions against a fake workspace. */
class InvestigationQueueTest {

    FakeWorkspace ws;

    @BeforeEach
    void setUp() {
        Messages.use(Messages.CHINESE);
        ws = InvestigationSamples.workspace();
    }

    private List<InvestigationRow> rows() {
        return InvestigationQueueProcessor.apply(InvestigationQueueProcessor.rows(
                ws.requests(RequestKind.INVESTIGATION_ORDER, InvestigationView.class), Samples.TODAY, Samples.ZONE),
                InvestigationQuery.DEFAULT, Samples.ZONE);
    }

    private InvestigationRow row(long id) {
        return InvestigationRow.of(ws.request(InvestigationSamples.ref(id), InvestigationView.class).orElseThrow(),
                Samples.TODAY, Samples.ZONE);
    }

    @Test
    void overdueOnTopWithDaysLeft() {
        List<InvestigationRow> rows = rows();
        assertThat(rows).extracting(InvestigationRow::id).containsExactly(2L, 3L, 1L, 4L, 6L, 5L);
        assertThat(rows.stream().map(InvestigationFormat::daysLeft).toList())
                .containsExactly("超期 2 天", "今日到期", "剩 3 天", "剩 5 天", "—", "—");
        assertThat(InvestigationQueueProcessor.apply(rows, InvestigationQuery.DEFAULT.withText("粤01民初403"), Samples.ZONE))
                .extracting(InvestigationRow::id).containsExactly(3L);
        assertThat(InvestigationQueueProcessor.apply(rows, InvestigationQuery.DEFAULT
                .withStatus(InvestigationStatusFilter.ACCEPTED), Samples.ZONE)).extracting(InvestigationRow::id)
                .containsExactly(5L);
    }

    @Test
    void deadlinesByTheCourtsDecisionDays() {
        List<Deadline> all = new InvestigationDeadlines().deadlines(ws, LocalDateTime.now(Samples.CLOCK), Samples.ZONE);
        assertThat(all).hasSize(4);
        Deadline overdue = all.stream().filter(d -> d.request().id() == 2).findFirst().orElseThrow();
        assertThat(overdue.urgency()).isEqualTo(Deadline.Urgency.OVERDUE);
        // received 2022-05-11: the 5 days end with 05-16, due at the start of 05-17
        assertThat(overdue.dueAt()).isEqualTo(LocalDateTime.of(2022, 5, 17, 0, 0));
        assertThat(overdue.what()).isEqualTo("调查令审查（5 日）");
        assertThat(all.stream().filter(d -> d.request().id() == 3).findFirst().orElseThrow().urgency())
                .isEqualTo(Deadline.Urgency.DUE_TODAY);
        assertThat(all.stream().filter(d -> d.request().id() == 4).findFirst().orElseThrow().urgency())
                .isEqualTo(Deadline.Urgency.LATER);
    }

    @Test
    void returnNeedsAReasonIssueIsOneActionAndADecidedOneIsRefused() {
        InvestigationActions actions = new InvestigationActions(ws);
        InvestigationActions.Outcome refused = actions.returnOne(row(1), " ");
        assertThat(refused.saved()).isFalse();
        assertThat(refused.problem()).isEqualTo("退回调查令申请须写明理由");
        assertThat(ws.actions).isEmpty();
        assertThat(actions.returnOne(row(1), "请明确调查内容").saved()).isTrue();
        assertThat(ws.actions.get(0).payloadAs(InvestigationReturn.class).reason()).isEqualTo("请明确调查内容");
        assertThat(actions.issue(row(2)).saved()).isTrue();
        assertThat(ws.actions.get(1).is(InvestigationOps.ISSUE)).isTrue();
        assertThat(ws.actions.get(1).payloadAs(InvestigationIssue.class).baseVersion()).isEqualTo(2);
        assertThat(actions.issue(row(5)).saved()).isFalse();
        assertThat(actions.issue(row(2)).saved()).as("already decided here").isFalse();
        assertThat(ws.actions).hasSize(2);
        assertThat(new InvestigationDeadlines().deadlines(ws, LocalDateTime.now(Samples.CLOCK), Samples.ZONE)).hasSize(2);
    }
}

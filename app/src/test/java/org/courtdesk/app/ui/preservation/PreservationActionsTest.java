package org.courtdesk.app.ui.preservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.batch.BatchRun;
import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.model.preservation.PreservationAccept;
import org.courtdesk.model.preservation.PreservationReturn;
import org.courtdesk.model.preservation.PreservationView;
import org.courtdesk.model.request.RequestKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 接收, 退回 and 批量接收 against a fake workspace: the rules first, then one outbox action per application. */
class PreservationActionsTest {

    FakeWorkspace ws;
    PreservationActions actions;

    @BeforeEach
    void setUp() {
        Messages.use(Messages.CHINESE);
        ws = PreservationSamples.workspace();
        actions = new PreservationActions(ws);
    }

    private PreservationRow row(long id) {
        return PreservationRow.of(ws.request(PreservationSamples.ref(id), PreservationView.class).orElseThrow(),
                PreservationSamples.NOW, Samples.ZONE);
    }

    @Test
    void returnNeedsAReasonAndNothingIsSavedWithout() {
        BatchRun.Outcome<PreservationRow> refused = actions.returnOne(row(1), "  ");
        assertThat(refused.saved()).isFalse();
        assertThat(refused.problem()).isEqualTo("退回保全申请须写明理由");
        assertThat(ws.actions).isEmpty();

        BatchRun.Outcome<PreservationRow> saved = actions.returnOne(row(1), " 财产线索不具体 ");
        assertThat(saved.saved()).isTrue();
        assertThat(ws.actions).hasSize(1);
        PendingAction a = ws.actions.get(0);
        assertThat(a.is(PreservationOps.RETURN)).isTrue();
        assertThat(a.payloadAs(PreservationReturn.class).reason()).isEqualTo("财产线索不具体");
        assertThat(a.payloadAs(PreservationReturn.class).baseVersion()).isEqualTo(3);
        // decided here: a second decision on it is refused before it reaches the outbox
        assertThat(actions.acceptOne(row(1), null).saved()).isFalse();
        assertThat(ws.actions).hasSize(1);
    }

    @Test
    void acceptKeepsTheRulingReference() {
        assertThat(actions.acceptOne(row(2), " （2022）粤01民初302号之一 ").saved()).isTrue();
        assertThat(ws.actions.get(0).payloadAs(PreservationAccept.class).rulingReference())
                .isEqualTo("（2022）粤01民初302号之一");
        assertThat(actions.acceptOne(row(3), "号".repeat(61)).saved()).isFalse();
        assertThat(ws.actions).hasSize(1);
    }

    @Test
    void batchAcceptSavesEachOnItsOwnKeyAndReportsEachFailure() {
        List<PreservationRow> selected = List.of(row(1), row(7), row(2), row(5));
        List<Integer> progress = new ArrayList<>();
        List<BatchRun.Outcome<PreservationRow>> out = actions.acceptAll(selected, progress::add);
        assertThat(progress).containsExactly(1, 2, 3, 4);
        assertThat(out).extracting(BatchRun.Outcome::saved).containsExactly(true, false, true, true);
        assertThat(out.get(1).problem()).contains("已接收");
        assertThat(ws.actions).hasSize(3).allSatisfy(a -> assertThat(a.is(PreservationOps.ACCEPT)).isTrue());
        assertThat(ws.actions.stream().map(a -> a.payloadAs(PreservationAccept.class).idempotencyKey()).distinct())
                .hasSize(3);
        assertThat(ws.actions).extracting(a -> a.request().id()).containsExactly(1L, 2L, 5L);
        assertThat(ws.actions).allSatisfy(a -> assertThat(a.request().kind()).isEqualTo(RequestKind.PRESERVATION));
    }
}

package org.courtdesk.app.ui.binding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.model.binding.BindingView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.junit.jupiter.api.Test;

class BindingQueueProcessorTest {

    private static List<BindingRow> all() {
        List<KindRow<BindingView>> kind = BindingSamples.workspace().requests(RequestKind.CASE_BINDING, BindingView.class);
        return BindingQueueProcessor.rows(kind, Samples.TODAY, Samples.ZONE);
    }

    @Test
    void pendingOnTopLongestWaitingFirstThenTheDecidedNewestFirst() {
        List<BindingRow> rows = BindingQueueProcessor.apply(all(), new BindingQuery(null, ""));
        assertThat(rows).extracting(BindingRow::id).containsExactly(2L, 4L, 6L, 1L, 5L, 3L, 7L, 9L, 8L);
        assertThat(rows.get(0).daysWaiting()).isEqualTo(12);
    }

    @Test
    void theDefaultShowsWhatIsStillToDecide() {
        List<BindingRow> rows = BindingQueueProcessor.apply(all(), BindingQuery.DEFAULT);
        assertThat(rows).hasSize(6).allMatch(BindingRow::open);
        assertThat(BindingQueueProcessor.open(all())).isEqualTo(6);
    }

    @Test
    void textFindsByCaseNumberPartyLawyerOrFirm() {
        assertThat(BindingQueueProcessor.apply(all(), new BindingQuery(null, "粤01民终1003号")))
                .extracting(BindingRow::id).containsExactly(3L);
        assertThat(BindingQueueProcessor.apply(all(), new BindingQuery(RequestStatus.BINDING_APPROVED, "梁振华")))
                .extracting(BindingRow::id).containsExactly(7L);
        assertThat(BindingQueueProcessor.apply(all(), new BindingQuery(null, "大成"))).extracting(BindingRow::id)
                .containsExactlyInAnyOrder(2L, 6L);
        assertThat(BindingQueueProcessor.apply(all(), new BindingQuery(null, "没有这个人"))).isEmpty();
    }
}

package org.courtdesk.app.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.filing.FilingTestAccess;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.filing.FilingView;
import org.courtdesk.model.request.RequestKind;

/** The queue model without a window: a failed read of the whole kind is said (the rows read before stay), and cleared. */
class KindQueueModelTest {

    @Test
    void aFailedReadOfTheKindIsSaidAndClearedByTheNextRead() throws Exception {
        FakeWorkspace judge = FilingTestAccess.workspaceOfJudge();
        AtomicBoolean broken = new AtomicBoolean();
        FakeWorkspace ws = new FakeWorkspace(org.courtdesk.app.ui.Samples.CLOCK) {
            @Override
            public <V extends RequestView> List<KindRow<V>> requests(RequestKind kind, Class<V> type) {
                if (broken.get()) {
                    throw new IllegalStateException("cache closed");
                }
                return judge.requests(kind, type);
            }
        };
        KindQueueModel<FilingView, KindRow<FilingView>, String> model = new KindQueueModel<>(ws,
                RequestKind.ONLINE_FILING, FilingView.class, new KindQueueModel.Rows<>() {
                    @Override public KindRow<FilingView> row(KindRow<FilingView> source) { return source; }
                    @Override public KindRow<FilingView> source(KindRow<FilingView> row) { return row; }
                    @Override public KindRow<FilingView> opened(KindRow<FilingView> row) { return row; }
                    @Override public boolean open(KindRow<FilingView> row) { return true; }
                    @Override public boolean matches(String query, KindRow<FilingView> row) { return true; }
                    @Override public Comparator<KindRow<FilingView>> order() {
                        return Comparator.comparingLong(r -> r.view().id());
                    }
                }, "", Runnable::run);
        try {
            model.reload();
            await(model);
            assertThat(model.loadErrorProperty().get()).isNull();
            int loaded = model.rows().size();
            assertThat(loaded).isGreaterThan(0);

            broken.set(true);
            model.reload();
            await(model);
            assertThat(model.loadErrorProperty().get()).isEqualTo("cache closed");
            assertThat(model.rows()).as("the rows read before stay").hasSize(loaded);

            broken.set(false);
            model.reload();
            await(model);
            assertThat(model.loadErrorProperty().get()).isNull();
        } finally {
            model.dispose();
        }
    }

    private static void await(KindQueueModel<?, ?, ?> model) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!model.settled() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(model.settled()).isTrue();
    }
}

package org.courtdesk.app.ui;

import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;

import org.courtdesk.model.request.RequestRef;

/**
 * Selecting one request in a queue's table from elsewhere (the 今日到期 view): selected and opened when shown; when
 * the filters hide it, the filters are reset and it is selected as soon as the rows come back. Any kind's queue uses
 * it from its {@link QueueTab#show}.
 */
public final class QueueSelection {

    private QueueSelection() {}

    /**
     * @param known   whether the request is among the queue's loaded rows at all (else false is returned)
     * @param reset   resets the queue's filters
     * @param open    opens the selected row
     */
    public static <R> boolean show(TableView<R> table, ToLongFunction<R> id, long wanted, boolean known, Runnable reset,
                                   Runnable open) {
        if (select(table, id, wanted, open)) {
            return true;
        }
        if (!known) {
            return false;
        }
        table.getItems().addListener(new ListChangeListener<R>() {
            @Override
            public void onChanged(Change<? extends R> c) {
                if (select(table, id, wanted, open)) {
                    table.getItems().removeListener(this);
                }
            }
        });
        reset.run();
        return true;
    }

    private static <R> boolean select(TableView<R> table, ToLongFunction<R> id, long wanted, Runnable open) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (id.applyAsLong(table.getItems().get(i)) == wanted) {
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(Math.max(0, i - 5));
                open.run();
                return true;
            }
        }
        return false;
    }

    /**
     * A request asked of a queue before its first load has landed (the 今日到期 view opens a queue that has not read
     * its rows yet): remembered — the last one asked — and shown once the first load lands. FX thread.
     */
    public static final class AfterFirstLoad {

        private final Predicate<RequestRef> show;
        private boolean landed;
        private RequestRef wanted;

        /** @param show the queue's own show, called with the remembered request once the first load has landed */
        public AfterFirstLoad(Predicate<RequestRef> show) {
            this.show = show;
        }

        /** True when the request is remembered for later (the first load has not landed yet); false: show it now. */
        public boolean remember(RequestRef request) {
            if (landed) {
                return false;
            }
            wanted = request;
            return true;
        }

        /** The queue's first load has landed (later calls do nothing): the remembered request is shown. */
        public void landed() {
            if (landed) {
                return;
            }
            landed = true;
            RequestRef r = wanted;
            wanted = null;
            if (r != null) {
                show.test(r);
            }
        }
    }
}

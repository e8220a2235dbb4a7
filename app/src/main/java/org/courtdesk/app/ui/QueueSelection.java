package org.courtdesk.app.ui;

import java.util.function.ToLongFunction;

import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;

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
}

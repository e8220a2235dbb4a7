package org.courtdesk.app.ui.binding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.courtdesk.app.ui.Fx;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.binding.BindingView;
import org.courtdesk.model.request.RequestKind;

/**
 * The 案件绑定 queue without controls: the cached bindings as rows, the query and the visible rows. Loading, filtering
 * and ordering run on one worker thread and only the finished list goes to the FX thread ({@code ui}); a newer query
 * voids older results.
 */
public final class BindingQueueModel {

    private final Workspace workspace;
    private final Clock clock;
    private final Executor ui;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Fx.daemon("courtdesk-binding-queue"));

    private final ObservableList<BindingRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<BindingQuery> query = new SimpleObjectProperty<>(BindingQuery.DEFAULT);
    private final IntegerProperty openCount = new SimpleIntegerProperty();

    private final AtomicLong requested = new AtomicLong();
    private volatile long applied;
    private final AtomicBoolean reloadQueued = new AtomicBoolean();
    private volatile List<BindingRow> all = List.of();

    public BindingQueueModel(Workspace workspace, Clock clock, Executor ui) {
        this.workspace = workspace;
        this.clock = clock;
        this.ui = ui;
        query.addListener((o, a, b) -> recompute());
    }

    public ObservableList<BindingRow> rows() { return rows; }
    public ObjectProperty<BindingQuery> queryProperty() { return query; }
    public ReadOnlyIntegerProperty openCountProperty() { return openCount; }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** Reads the bindings from the cache again (coalesced: many change events make one reload). */
    public void reload() {
        if (!reloadQueued.compareAndSet(false, true)) {
            return;
        }
        long g = requested.incrementAndGet();
        worker.execute(() -> {
            reloadQueued.set(false);
            List<BindingRow> loaded;
            try {
                loaded = List.copyOf(BindingQueueProcessor.rows(
                        workspace.requests(RequestKind.CASE_BINDING, BindingView.class), today(), zone()));
            } catch (RuntimeException e) {
                loaded = all;
            }
            all = loaded;
            int open = BindingQueueProcessor.open(loaded);
            ui.execute(() -> openCount.set(open));
            process(g);
        });
    }

    private void recompute() {
        long g = requested.incrementAndGet();
        worker.execute(() -> process(g));
    }

    private void process(long g) {
        if (g != requested.get()) {
            return; // a newer query is queued behind us
        }
        List<BindingRow> result = BindingQueueProcessor.apply(all, query.get());
        ui.execute(() -> {
            if (g == requested.get()) {
                rows.setAll(result);
                applied = g;
            }
        });
    }

    /** True when the visible rows answer the latest query and load (tests wait for this). */
    public boolean settled() {
        return applied == requested.get() && !reloadQueued.get();
    }

    /** Marks a row opened here at once and in the workspace off the FX thread. Call on the FX thread. */
    public void markOpened(BindingRow row) {
        if (row.opened()) {
            return;
        }
        KindRow<BindingView> s = row.source();
        BindingRow opened = new BindingRow(new KindRow<>(s.view(), true, s.removed(), s.pending()), row.shownStatus(),
                row.unsent(), row.refused(), row.daysWaiting());
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == row.id()) {
                rows.set(i, opened);
                break;
            }
        }
        List<BindingRow> copy = new ArrayList<>(all);
        copy.replaceAll(r -> r.id() == row.id() ? opened : r);
        all = List.copyOf(copy);
        Fx.background().execute(() -> {
            try {
                workspace.markOpened(row.ref());
            } catch (RuntimeException ignored) {
                // a local flag only; the row shows opened either way
            }
        });
    }

    public void dispose() {
        worker.shutdownNow();
    }
}

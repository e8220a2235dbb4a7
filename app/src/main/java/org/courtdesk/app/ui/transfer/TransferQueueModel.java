package org.courtdesk.app.ui.transfer;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.transfer.MaterialTransferView;
import org.courtdesk.model.request.RequestKind;

/**
 * The 材料转接 queue without controls: the cached materials as rows, the query and the visible rows. Loading, filtering
 * and ordering run on one worker thread; only the finished list goes to the FX thread ({@code ui}); a newer query voids
 * older results.
 */
public final class TransferQueueModel {

    private final Workspace workspace;
    private final Clock clock;
    private final Executor ui;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Fx.daemon("courtdesk-transfer-queue"));

    private final ObservableList<TransferRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<TransferQuery> query = new SimpleObjectProperty<>(TransferQuery.DEFAULT);
    private final IntegerProperty waitingCount = new SimpleIntegerProperty();
    private final IntegerProperty totalCount = new SimpleIntegerProperty();

    private final AtomicLong requested = new AtomicLong();
    private volatile long applied;
    private final AtomicBoolean reloadQueued = new AtomicBoolean();
    private volatile List<TransferRow> all = List.of();

    public TransferQueueModel(Workspace workspace, Clock clock, Executor ui) {
        this.workspace = workspace;
        this.clock = clock;
        this.ui = ui;
        query.addListener((o, a, b) -> recompute());
    }

    public ObservableList<TransferRow> rows() { return rows; }
    public ObjectProperty<TransferQuery> queryProperty() { return query; }
    public ReadOnlyIntegerProperty waitingCountProperty() { return waitingCount; }
    public ReadOnlyIntegerProperty totalCountProperty() { return totalCount; }

    public ZoneId zone() {
        return clock.getZone();
    }

    public Clock clock() {
        return clock;
    }

    /** Reads the applications from the cache again (coalesced: many change events make one reload). */
    public void reload() {
        if (!reloadQueued.compareAndSet(false, true)) {
            return;
        }
        long g = requested.incrementAndGet();
        worker.execute(() -> {
            reloadQueued.set(false);
            List<TransferRow> loaded;
            try {
                loaded = List.copyOf(TransferQueueProcessor.rows(
                        workspace.requests(RequestKind.MATERIAL_TRANSFER, MaterialTransferView.class)));
            } catch (RuntimeException e) {
                return; // the cache is closing; the next change reloads
            }
            all = loaded;
            int waiting = TransferQueueProcessor.waiting(loaded);
            ui.execute(() -> {
                waitingCount.set(waiting);
                totalCount.set(loaded.size());
            });
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
        List<TransferRow> result = TransferQueueProcessor.apply(all, query.get(), zone());
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

    public Optional<TransferRow> row(long id) {
        return all.stream().filter(r -> r.id() == id).findFirst();
    }

    /**
     * Marks a row opened in the workspace off the FX thread, and in the visible list at once unless
     * {@code keepVisibleRows} (replacing a row would drop it from a multiple selection being made for 批量接收; the
     * next reload shows it opened). Call on the FX thread.
     */
    public void markOpened(TransferRow row, boolean keepVisibleRows) {
        if (row.opened()) {
            return;
        }
        TransferRow opened = row.opened(true);
        for (int i = 0; i < rows.size() && !keepVisibleRows; i++) {
            if (rows.get(i).id() == row.id()) {
                rows.set(i, opened);
                break;
            }
        }
        List<TransferRow> copy = new ArrayList<>(all);
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

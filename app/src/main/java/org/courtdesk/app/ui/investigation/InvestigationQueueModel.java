package org.courtdesk.app.ui.investigation;

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
import org.courtdesk.model.investigation.InvestigationView;
import org.courtdesk.model.request.RequestKind;

/**
 * The 调查令 queue without controls: the cached applications as rows, the query and the visible rows. Loading, the
 * day arithmetic (on the clock's court-local today), filtering and ordering run on one worker thread; only
 * the finished list goes to the FX thread ({@code ui}); a newer query voids older results.
 */
public final class InvestigationQueueModel {

    private final Workspace workspace;
    private final Clock clock;
    private final Executor ui;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Fx.daemon("courtdesk-investigation-queue"));

    private final ObservableList<InvestigationRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<InvestigationQuery> query = new SimpleObjectProperty<>(InvestigationQuery.DEFAULT);
    private final IntegerProperty waitingCount = new SimpleIntegerProperty();
    private final IntegerProperty totalCount = new SimpleIntegerProperty();

    private final AtomicLong requested = new AtomicLong();
    private volatile long applied;
    private final AtomicBoolean reloadQueued = new AtomicBoolean();
    private volatile List<InvestigationRow> all = List.of();

    public InvestigationQueueModel(Workspace workspace, Clock clock, Executor ui) {
        this.workspace = workspace;
        this.clock = clock;
        this.ui = ui;
        query.addListener((o, a, b) -> recompute());
    }

    public ObservableList<InvestigationRow> rows() { return rows; }
    public ObjectProperty<InvestigationQuery> queryProperty() { return query; }
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
            List<InvestigationRow> loaded;
            try {
                loaded = List.copyOf(InvestigationQueueProcessor.rows(
                        workspace.requests(RequestKind.INVESTIGATION_ORDER, InvestigationView.class),
                        java.time.LocalDate.now(clock), zone()));
            } catch (RuntimeException e) {
                return; // the cache is closing; the next change reloads
            }
            all = loaded;
            int waiting = InvestigationQueueProcessor.waiting(loaded);
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
        List<InvestigationRow> result = InvestigationQueueProcessor.apply(all, query.get(), zone());
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

    public Optional<InvestigationRow> row(long id) {
        return all.stream().filter(r -> r.id() == id).findFirst();
    }

    /**
     * Marks a row opened in the workspace off the FX thread, and in the visible list at once unless
     * {@code keepVisibleRows} (the next reload shows it opened). Call on the FX thread.
     */
    public void markOpened(InvestigationRow row, boolean keepVisibleRows) {
        if (row.opened()) {
            return;
        }
        InvestigationRow opened = row.opened(true);
        for (int i = 0; i < rows.size() && !keepVisibleRows; i++) {
            if (rows.get(i).id() == row.id()) {
                rows.set(i, opened);
                break;
            }
        }
        List<InvestigationRow> copy = new ArrayList<>(all);
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

package org.courtdesk.app.ui.adjournment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.adjournment.AdjournmentView;
import org.courtdesk.model.request.RequestKind;

/**
 * The 延期开庭 queue without controls: the cached requests as rows, the query and the visible rows. Loading, the time
 * left before each hearing, filtering and ordering run on one worker thread; only the finished list goes to the FX
 * thread ({@code ui}); a newer query voids older results.
 */
public final class AdjournmentQueueModel {

    private final Workspace workspace;
    private final Clock clock;
    private final Executor ui;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Fx.daemon("courtdesk-adjournment-queue"));

    private final ObservableList<AdjournmentRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<AdjournmentQuery> query = new SimpleObjectProperty<>(AdjournmentQuery.DEFAULT);
    private final IntegerProperty pendingCount = new SimpleIntegerProperty();
    private final IntegerProperty totalCount = new SimpleIntegerProperty();

    private final AtomicLong requested = new AtomicLong();
    private volatile long applied;
    private final AtomicBoolean reloadQueued = new AtomicBoolean();
    private volatile List<AdjournmentRow> all = List.of();

    public AdjournmentQueueModel(Workspace workspace, Clock clock, Executor ui) {
        this.workspace = workspace;
        this.clock = clock;
        this.ui = ui;
        query.addListener((o, a, b) -> recompute());
    }

    public ObservableList<AdjournmentRow> rows() { return rows; }
    public ObjectProperty<AdjournmentQuery> queryProperty() { return query; }
    public ReadOnlyIntegerProperty pendingCountProperty() { return pendingCount; }
    public ReadOnlyIntegerProperty totalCountProperty() { return totalCount; }

    /** The court-local now (the clock's zone is the court's). */
    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** Reads the requests from the cache again (coalesced: many change events make one reload). */
    public void reload() {
        if (!reloadQueued.compareAndSet(false, true)) {
            return;
        }
        long g = requested.incrementAndGet();
        worker.execute(() -> {
            reloadQueued.set(false);
            List<AdjournmentRow> loaded;
            try {
                List<KindRow<AdjournmentView>> kind = workspace.requests(RequestKind.ADJOURNMENT, AdjournmentView.class);
                loaded = List.copyOf(AdjournmentQueueProcessor.rows(kind, now()));
            } catch (RuntimeException e) {
                loaded = all; // the cache could not be read: keep what is shown
            }
            all = loaded;
            int pending = AdjournmentQueueProcessor.pending(loaded);
            int total = loaded.size();
            ui.execute(() -> {
                pendingCount.set(pending);
                totalCount.set(total);
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
            return;
        }
        List<AdjournmentRow> result = AdjournmentQueueProcessor.apply(all, query.get(), zone());
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

    public Optional<AdjournmentRow> row(long id) {
        return all.stream().filter(r -> r.id() == id).findFirst();
    }

    /** Marks a row opened here at once and in the workspace off the FX thread. Call on the FX thread. */
    public void markOpened(AdjournmentRow row) {
        if (row.opened()) {
            return;
        }
        KindRow<AdjournmentView> s = row.source();
        AdjournmentRow opened = new AdjournmentRow(new KindRow<>(s.view(), true, s.removed(), s.pending()),
                row.shownStatus(), row.sync(), row.limit());
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == row.id()) {
                rows.set(i, opened);
                break;
            }
        }
        List<AdjournmentRow> copy = new ArrayList<>(all);
        copy.replaceAll(r -> r.id() == row.id() ? opened : r);
        all = List.copyOf(copy);
        Fx.background().execute(() -> {
            try {
                workspace.markOpened(row.ref());
            } catch (RuntimeException ignored) {
                // a local flag only
            }
        });
    }

    public void dispose() {
        worker.shutdownNow();
    }
}

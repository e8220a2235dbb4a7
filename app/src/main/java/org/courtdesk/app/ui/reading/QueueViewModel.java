package org.courtdesk.app.ui.reading;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.courtdesk.app.ui.Fx;
import org.courtdesk.app.workspace.ReadingQueueRow;
import org.courtdesk.app.workspace.Workspace;

/**
 * The 阅卷申请 queue without controls: the cached rows, the query, the sort order, and the visible rows.
 * Loading, filtering and sorting run on one worker thread; only the finished list is handed to the FX thread
 * ({@code ui} executor), and a newer query makes older results void, so typing stays instant with tens of
 * thousands of rows.
 */
public final class QueueViewModel {

    private final Workspace workspace;
    private final Clock clock;
    private final Executor ui;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Fx.daemon("courtdesk-queue"));

    private final ObservableList<ReadingQueueRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<QueueQuery> query = new SimpleObjectProperty<>(QueueQuery.DEFAULT);
    private final ObjectProperty<List<SortKey>> sort = new SimpleObjectProperty<>(List.of());
    private final IntegerProperty pendingCount = new SimpleIntegerProperty();
    private final IntegerProperty totalCount = new SimpleIntegerProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty loadError = new SimpleStringProperty();

    private final AtomicLong requested = new AtomicLong();
    private volatile long applied;
    private final AtomicBoolean reloadQueued = new AtomicBoolean();
    private volatile List<ReadingQueueRow> all = List.of();

    public QueueViewModel(Workspace workspace, Clock clock, Executor ui) {
        this.workspace = workspace;
        this.clock = clock;
        this.ui = ui;
        query.addListener((o, a, b) -> recompute());
        sort.addListener((o, a, b) -> recompute());
    }

    public ObservableList<ReadingQueueRow> rows() {
        return rows;
    }

    public ObjectProperty<QueueQuery> queryProperty() {
        return query;
    }

    public ObjectProperty<List<SortKey>> sortProperty() {
        return sort;
    }

    public ReadOnlyIntegerProperty pendingCountProperty() {
        return pendingCount;
    }

    public ReadOnlyIntegerProperty totalCountProperty() {
        return totalCount;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty loadErrorProperty() {
        return loadError;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** Reads the queue from the cache again (coalesced: many change events make one reload). */
    public void reload() {
        if (!reloadQueued.compareAndSet(false, true)) {
            return;
        }
        long g = requested.incrementAndGet();
        ui.execute(() -> busy.set(true));
        worker.execute(() -> {
            reloadQueued.set(false);
            List<ReadingQueueRow> loaded;
            try {
                loaded = List.copyOf(workspace.readingQueue());
            } catch (Throwable t) {
                ui.execute(() -> {
                    loadError.set(String.valueOf(t.getMessage()));
                    busy.set(false);
                });
                return;
            }
            all = loaded;
            int pending = QueueProcessor.pendingReview(loaded);
            ui.execute(() -> {
                loadError.set(null);
                pendingCount.set(pending);
                totalCount.set(loaded.size());
            });
            process(g);
        });
    }

    private void recompute() {
        long g = requested.incrementAndGet();
        ui.execute(() -> busy.set(true));
        worker.execute(() -> process(g));
    }

    private void process(long g) {
        if (g != requested.get()) {
            return; // a newer query is queued behind us
        }
        QueueQuery q = query.get();
        List<SortKey> s = sort.get();
        List<ReadingQueueRow> result = QueueProcessor.apply(all, q, s, today(), zone());
        ui.execute(() -> {
            if (g == requested.get()) {
                rows.setAll(result);
                applied = g;
                busy.set(false);
            }
        });
    }

    /** True when the visible rows answer the latest query (tests wait for this). */
    public boolean settled() {
        return applied == requested.get() && !reloadQueued.get();
    }

    public Optional<ReadingQueueRow> row(long id) {
        for (ReadingQueueRow r : all) {
            if (r.id() == id) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Marks a row opened here at once and in the workspace off the FX thread. Call on the FX thread. */
    public void markOpened(ReadingQueueRow row) {
        if (row.opened()) {
            return;
        }
        ReadingQueueRow opened = new ReadingQueueRow(row.id(), row.applicationNo(), row.caseNumber(), row.courtName(),
                row.applicantName(), row.applicationDate(), row.submittedAt(), row.content(), row.requestedMode(),
                row.grantedMode(), row.status(), row.validUntil(), row.onSiteEnd(), row.attended(), true, row.syncState());
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == row.id()) {
                rows.set(i, opened);
                break;
            }
        }
        List<ReadingQueueRow> copy = new ArrayList<>(all);
        copy.replaceAll(r -> r.id() == row.id() ? opened : r);
        all = List.copyOf(copy);
        Fx.background().execute(() -> {
            try {
                workspace.markOpened(row.id());
            } catch (RuntimeException ignored) {
                // a local flag only; the row shows opened either way
            }
        });
    }

    public void dispose() {
        worker.shutdownNow();
    }
}

package org.courtdesk.app.ui.reading;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * ({@code ui} executor), and a newer query makes older results void. The rows are kept with their keys and in the
 * current order ({@link QueueIndex}), so a keystroke only filters and a sort only sorts, and a change the workspace
 * reports reads and places just the changed rows ({@link #changed}); the whole queue is read on {@link #reload} only.
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
    /** The rows, their keys and their order: on the worker thread only. */
    private final QueueIndex index = new QueueIndex();
    /** Rows by id, for the FX thread ({@link #row}). */
    private volatile Map<Long, ReadingQueueRow> byId = Map.of();
    /** Requests the workspace said changed, not read yet (drained together by one task on the worker). */
    private final Set<Long> changedIds = new HashSet<>();
    private boolean changeQueued;

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

    /** Reads the whole queue from the cache again (coalesced: many calls make one reload). */
    public void reload() {
        if (!reloadQueued.compareAndSet(false, true)) {
            return;
        }
        long g = requested.incrementAndGet();
        ui.execute(() -> busy.set(true));
        worker.execute(() -> {
            reloadQueued.set(false);
            synchronized (changedIds) {
                changedIds.clear(); // the whole queue is read now
            }
            List<ReadingQueueRow> loaded;
            try {
                loaded = workspace.readingQueue();
            } catch (Throwable t) {
                failed(t);
                return;
            }
            index.replaceAll(loaded, sort.get(), today(), zone());
            published(loaded);
            process(g);
        });
    }

    /**
     * These requests changed in the cache: only their rows are read again and put in their place (coalesced: the ids
     * of many events are read together). What a screen calls when the workspace tells it so.
     */
    public void changed(Set<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        synchronized (changedIds) {
            changedIds.addAll(ids);
            if (changeQueued) {
                return;
            }
            changeQueued = true;
        }
        long g = requested.incrementAndGet();
        ui.execute(() -> busy.set(true));
        worker.execute(() -> {
            Set<Long> batch;
            synchronized (changedIds) {
                batch = new HashSet<>(changedIds);
                changedIds.clear();
                changeQueued = false;
            }
            if (!batch.isEmpty()) {
                List<ReadingQueueRow> now;
                try {
                    now = workspace.readingQueueRows(batch);
                } catch (Throwable t) {
                    failed(t);
                    return;
                }
                index.update(batch, now, sort.get(), today(), zone());
                Map<Long, ReadingQueueRow> copy = new HashMap<>(byId);
                copy.keySet().removeAll(batch);
                for (ReadingQueueRow r : now) {
                    copy.put(r.id(), r);
                }
                published(copy.values());
            }
            process(g);
        });
    }

    private void failed(Throwable t) {
        ui.execute(() -> {
            loadError.set(String.valueOf(t.getMessage()));
            busy.set(false);
        });
    }

    /** The rows now known, for {@link #row} and the counts. */
    private void published(java.util.Collection<ReadingQueueRow> rowsNow) {
        Map<Long, ReadingQueueRow> map = new HashMap<>(rowsNow.size() * 2);
        for (ReadingQueueRow r : rowsNow) {
            map.put(r.id(), r);
        }
        byId = map;
        int pending = QueueProcessor.pendingReview(List.copyOf(rowsNow));
        int total = rowsNow.size();
        ui.execute(() -> {
            loadError.set(null);
            pendingCount.set(pending);
            totalCount.set(total);
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
        List<ReadingQueueRow> result = index.query(q, s, today(), zone());
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
        return Optional.ofNullable(byId.get(id));
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
        Map<Long, ReadingQueueRow> copy = new HashMap<>(byId);
        copy.replace(row.id(), opened);
        byId = copy;
        worker.execute(() -> index.update(Set.of(row.id()), List.of(opened), sort.get(), today(), zone()));
        // The workspace tells every screen (this one too) that the row changed: only that row is read again.
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

package org.courtdesk.app.ui.filing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.courtdesk.app.ui.Fx;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.filing.FilingView;
import org.courtdesk.model.request.RequestKind;

/**
 * The 网上立案 queue without controls: the cached filings as rows, the query and the visible rows. Like the 阅卷 queue
 * ({@link org.courtdesk.app.ui.reading.QueueViewModel}) loading, the 7-day arithmetic, filtering and ordering run on
 * one worker thread and only the finished list goes to the FX thread ({@code ui}); a newer query voids older results.
 */
public final class FilingQueueModel {

    private final Workspace workspace;
    private final Clock clock;
    private final Executor ui;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Fx.daemon("courtdesk-filing-queue"));

    private final ObservableList<FilingRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<FilingQuery> query = new SimpleObjectProperty<>(FilingQuery.DEFAULT);
    private final IntegerProperty receivedCount = new SimpleIntegerProperty();
    private final IntegerProperty totalCount = new SimpleIntegerProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty loadError = new SimpleStringProperty();

    private final AtomicLong requested = new AtomicLong();
    private volatile long applied;
    private final AtomicBoolean reloadQueued = new AtomicBoolean();
    private volatile List<FilingRow> all = List.of();

    public FilingQueueModel(Workspace workspace, Clock clock, Executor ui) {
        this.workspace = workspace;
        this.clock = clock;
        this.ui = ui;
        query.addListener((o, a, b) -> recompute());
    }

    public ObservableList<FilingRow> rows() { return rows; }
    public ObjectProperty<FilingQuery> queryProperty() { return query; }
    public ReadOnlyIntegerProperty receivedCountProperty() { return receivedCount; }
    public ReadOnlyIntegerProperty totalCountProperty() { return totalCount; }
    public BooleanProperty busyProperty() { return busy; }
    public StringProperty loadErrorProperty() { return loadError; }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** Reads the filings from the cache again (coalesced: many change events make one reload). */
    public void reload() {
        if (!reloadQueued.compareAndSet(false, true)) {
            return;
        }
        long g = requested.incrementAndGet();
        ui.execute(() -> busy.set(true));
        worker.execute(() -> {
            reloadQueued.set(false);
            List<FilingRow> loaded;
            try {
                List<KindRow<FilingView>> kind = workspace.requests(RequestKind.ONLINE_FILING, FilingView.class);
                loaded = List.copyOf(FilingQueueProcessor.rows(kind, today(), zone()));
            } catch (Throwable t) {
                ui.execute(() -> {
                    loadError.set(String.valueOf(t.getMessage()));
                    busy.set(false);
                });
                return;
            }
            all = loaded;
            int received = FilingQueueProcessor.received(loaded);
            ui.execute(() -> {
                loadError.set(null);
                receivedCount.set(received);
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
        List<FilingRow> result = FilingQueueProcessor.apply(all, query.get(), zone());
        ui.execute(() -> {
            if (g == requested.get()) {
                rows.setAll(result);
                applied = g;
                busy.set(false);
            }
        });
    }

    /** True when the visible rows answer the latest query and load (tests wait for this). */
    public boolean settled() {
        return applied == requested.get() && !reloadQueued.get();
    }

    public Optional<FilingRow> row(long id) {
        for (FilingRow r : all) {
            if (r.id() == id) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Marks a row opened here at once and in the workspace off the FX thread. Call on the FX thread. */
    public void markOpened(FilingRow row) {
        if (row.opened()) {
            return;
        }
        KindRow<FilingView> s = row.source();
        FilingRow opened = new FilingRow(new KindRow<>(s.view(), true, s.removed(), s.pending()), row.shownStatus(),
                row.sync(), row.limit(), row.plaintiffs(), row.defendants());
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == row.id()) {
                rows.set(i, opened);
                break;
            }
        }
        List<FilingRow> copy = new ArrayList<>(all);
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

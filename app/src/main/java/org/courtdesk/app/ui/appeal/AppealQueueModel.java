package org.courtdesk.app.ui.appeal;

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
import org.courtdesk.model.appeal.AppealView;
import org.courtdesk.model.request.RequestKind;

/**
 * The 提起上诉 queue without controls: the cached appeals as rows, the query and the visible rows. Loading, the periods
 * and next steps, filtering and ordering run on one worker thread; only the finished list goes to the FX thread
 * ({@code ui}); a newer query voids older results.
 */
public final class AppealQueueModel {

    private final Workspace workspace;
    private final Clock clock;
    private final Executor ui;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Fx.daemon("courtdesk-appeal-queue"));

    private final ObservableList<AppealRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<AppealQuery> query = new SimpleObjectProperty<>(AppealQuery.DEFAULT);
    private final IntegerProperty pendingCount = new SimpleIntegerProperty();
    private final IntegerProperty totalCount = new SimpleIntegerProperty();

    private final AtomicLong requested = new AtomicLong();
    private volatile long applied;
    private final AtomicBoolean reloadQueued = new AtomicBoolean();
    private volatile List<AppealRow> all = List.of();

    public AppealQueueModel(Workspace workspace, Clock clock, Executor ui) {
        this.workspace = workspace;
        this.clock = clock;
        this.ui = ui;
        query.addListener((o, a, b) -> recompute());
    }

    public ObservableList<AppealRow> rows() { return rows; }
    public ObjectProperty<AppealQuery> queryProperty() { return query; }
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
            List<AppealRow> loaded;
            try {
                List<KindRow<AppealView>> kind = workspace.requests(RequestKind.APPEAL, AppealView.class);
                loaded = List.copyOf(AppealQueueProcessor.rows(kind, today(), zone()));
            } catch (RuntimeException e) {
                loaded = all; // the cache could not be read: keep what is shown
            }
            all = loaded;
            int pending = AppealQueueProcessor.submitted(loaded);
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
        List<AppealRow> result = AppealQueueProcessor.apply(all, query.get(), zone());
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

    public Optional<AppealRow> row(long id) {
        return all.stream().filter(r -> r.id() == id).findFirst();
    }

    /** Marks a row opened here at once and in the workspace off the FX thread. Call on the FX thread. */
    public void markOpened(AppealRow row) {
        if (row.opened()) {
            return;
        }
        KindRow<AppealView> s = row.source();
        AppealRow opened = new AppealRow(new KindRow<>(s.view(), true, s.removed(), s.pending()),
                row.shownStatus(), row.sync(), row.period(), row.next(), row.urgency());
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == row.id()) {
                rows.set(i, opened);
                break;
            }
        }
        List<AppealRow> copy = new ArrayList<>(all);
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

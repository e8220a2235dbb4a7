package org.courtdesk.app.ui.suggestion;

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
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.suggestion.SuggestionView;
import org.courtdesk.model.request.RequestKind;

/**
 * The 意见建议 queue without controls: the cached suggestions as rows, the query and the visible rows. Loading, filtering
 * and ordering run on one worker thread and only the finished list goes to the FX thread ({@code ui}); a newer query
 * voids older results.
 */
public final class SuggestionQueueModel {

    private final Workspace workspace;
    private final Clock clock;
    private final Executor ui;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Fx.daemon("courtdesk-suggestion-queue"));

    private final ObservableList<SuggestionRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<SuggestionQuery> query = new SimpleObjectProperty<>(SuggestionQuery.DEFAULT);
    private final IntegerProperty openCount = new SimpleIntegerProperty();
    private final IntegerProperty totalCount = new SimpleIntegerProperty();

    private final AtomicLong requested = new AtomicLong();
    private volatile long applied;
    private final AtomicBoolean reloadQueued = new AtomicBoolean();
    private volatile List<SuggestionRow> all = List.of();

    public SuggestionQueueModel(Workspace workspace, Clock clock, Executor ui) {
        this.workspace = workspace;
        this.clock = clock;
        this.ui = ui;
        query.addListener((o, a, b) -> recompute());
    }

    public ObservableList<SuggestionRow> rows() { return rows; }
    public ObjectProperty<SuggestionQuery> queryProperty() { return query; }
    public ReadOnlyIntegerProperty openCountProperty() { return openCount; }
    public ReadOnlyIntegerProperty totalCountProperty() { return totalCount; }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** The row of request {@code id}, filtered out or not. */
    public Optional<SuggestionRow> row(long id) {
        return all.stream().filter(r -> r.id() == id).findFirst();
    }

    /** The courts of the loaded suggestions, by code (the 法院 query condition's choices). */
    public List<String> courts() {
        return all.stream().map(r -> r.view().courtCode()).filter(java.util.Objects::nonNull).distinct().sorted().toList();
    }

    /** The name of a court among the loaded suggestions, else its code. */
    public String courtName(String code) {
        return all.stream().filter(r -> code.equals(r.view().courtCode())).map(r -> r.view().courtName()).findFirst()
                .orElse(code);
    }

    /** Reads the requests from the cache again (coalesced: many change events make one reload). */
    public void reload() {
        if (!reloadQueued.compareAndSet(false, true)) {
            return;
        }
        long g = requested.incrementAndGet();
        worker.execute(() -> {
            reloadQueued.set(false);
            List<SuggestionRow> loaded;
            try {
                loaded = List.copyOf(SuggestionQueueProcessor.rows(
                        workspace.requests(RequestKind.SUGGESTION, SuggestionView.class), today()));
            } catch (RuntimeException e) {
                loaded = all;
            }
            all = loaded;
            int open = SuggestionQueueProcessor.open(loaded);
            int total = loaded.size();
            ui.execute(() -> {
                openCount.set(open);
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
            return; // a newer query is queued behind us
        }
        List<SuggestionRow> result = SuggestionQueueProcessor.apply(all, query.get(), zone());
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
    public void markOpened(SuggestionRow row) {
        if (row.opened()) {
            return;
        }
        SuggestionRow opened = row.opened(true);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == row.id()) {
                rows.set(i, opened);
                break;
            }
        }
        List<SuggestionRow> copy = new ArrayList<>(all);
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

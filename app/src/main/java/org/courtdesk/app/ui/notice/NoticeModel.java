package org.courtdesk.app.ui.notice;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.request.RequestKind;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The notification centre's model (spec-004 §1, the 12368 待处理 reminders): every reminder of the user's queues in
 * {@link #ORDER}; per kind how many new requests and replies are unseen (the tabs' badges;
 * deadlines have theirs from 今日到期). What the user has seen is
 * kept in the encrypted cache ({@link Workspace#userValue}), so the centre reads the same offline and after a restart.
 * Reminders that appear after the first load are handed to {@link #onFresh} (the optional desktop notification).
 * Reads off the FX thread; never touches controls.
 */
public final class NoticeModel {

    /** The cache key of the seen reminders' keys, one per line. */
    static final String SEEN = "notices.seen";
    /** The cache key of the desktop-notification preference ("on"/"off"; off when never set). */
    static final String DESKTOP = "notices.desktop";

    /** A reminder and whether the user has seen it. */
    public record Row(Notice notice, boolean seen) {}

    /**
     * Unseen first; then deadlines, soonest due first (the overdue lead, as on 今日到期); then replies and new requests,
     * newest first.
     */
    static final Comparator<Row> ORDER = Comparator.comparing(Row::seen)
            .thenComparing(r -> r.notice().type() != Notice.Type.DEADLINE)
            .thenComparing(r -> r.notice().type() == Notice.Type.DEADLINE ? r.notice().at() : null,
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.notice().at(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(r -> r.notice().key());

    private final Workspace workspace;
    private final Clock clock;
    private final List<NoticeSource> sources;
    private final Executor worker;
    private final Executor ui;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Map<RequestKind, Integer>> unseenByKind = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyIntegerWrapper unseen = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicLong requested = new AtomicLong();
    private volatile long applied;
    /** Keys of every reminder of the last load (worker thread only); null before the first. */
    private Set<String> known;
    private volatile Consumer<List<Notice>> onFresh = n -> { };

    public NoticeModel(Workspace workspace, Clock clock, List<NoticeSource> sources, Executor worker, Executor ui) {
        this.workspace = workspace;
        this.clock = clock;
        this.sources = List.copyOf(sources);
        this.worker = worker;
        this.ui = ui;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<Map<RequestKind, Integer>> unseenByKindProperty() {
        return unseenByKind.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty unseenProperty() {
        return unseen.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }

    /** Called (on the worker thread) with the unseen reminders that appeared since the previous load. */
    public void onFresh(Consumer<List<Notice>> listener) {
        this.onFresh = listener == null ? n -> { } : listener;
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** Reads every source again (coalesced: a burst of changes makes one reload). */
    public void reload() {
        if (!queued.compareAndSet(false, true)) {
            return;
        }
        long g = requested.incrementAndGet();
        worker.execute(() -> {
            queued.set(false);
            List<Notice> all = new ArrayList<>();
            Set<String> seen;
            try {
                LocalDateTime now = now();
                for (NoticeSource s : sources) {
                    all.addAll(s.notices(workspace, now, clock.getZone()));
                }
                seen = readSeen();
            } catch (RuntimeException e) {
                ui.execute(() -> loadError.set(String.valueOf(e.getMessage())));
                return;
            }
            publish(g, all, seen);
        });
    }

    /** Marks reminders seen, in the cache first, then on screen. */
    public void markSeen(Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        worker.execute(() -> {
            Set<String> seen = readSeen();
            if (seen.addAll(keys)) {
                writeSeen(seen);
            }
            ui.execute(this::reload);
        });
    }

    /** Marks every reminder on screen seen. */
    public void markAllSeen() {
        markSeen(rows.stream().filter(r -> !r.seen()).map(r -> r.notice().key()).toList());
    }

    /** Whether the user wants a desktop notification for new reminders (read from the cache; blocking). */
    public boolean desktopWanted() {
        return workspace.userValue(DESKTOP).map("on"::equals).orElse(false);
    }

    /** Stores the desktop-notification preference (blocking). */
    public void setDesktopWanted(boolean on) {
        workspace.putUserValue(DESKTOP, on ? "on" : "off");
    }

    /** True when the rows answer the latest reload (tests wait for this). */
    public boolean settled() {
        return applied == requested.get() && !queued.get();
    }

    private synchronized void publish(long generation, List<Notice> all, Set<String> seen) {
        Set<String> keys = new HashSet<>();
        all.forEach(n -> keys.add(n.key()));
        // Forget the seen keys of reminders that are gone, so the stored list stays as small as the reminders.
        if (seen.retainAll(keys)) {
            writeSeen(seen);
        }
        List<Notice> fresh = new ArrayList<>();
        if (known != null) {
            for (Notice n : all) {
                if (!known.contains(n.key()) && !seen.contains(n.key())) {
                    fresh.add(n);
                }
            }
        }
        known = keys;
        List<Row> sorted = new ArrayList<>();
        Map<RequestKind, Integer> byKind = new EnumMap<>(RequestKind.class);
        int total = 0;
        for (Notice n : all) {
            boolean s = seen.contains(n.key());
            sorted.add(new Row(n, s));
            if (!s) {
                total++;
                if (n.type() != Notice.Type.DEADLINE) { // deadlines have their own badge (今日到期)
                    byKind.merge(n.request().kind(), 1, Integer::sum);
                }
            }
        }
        sorted.sort(ORDER);
        if (!fresh.isEmpty()) {
            onFresh.accept(List.copyOf(fresh));
        }
        int unseenTotal = total;
        ui.execute(() -> {
            rows.setAll(sorted);
            unseenByKind.set(Map.copyOf(byKind));
            unseen.set(unseenTotal);
            loadError.set(null);
            applied = generation;
        });
    }

    private Set<String> readSeen() {
        Set<String> seen = new LinkedHashSet<>();
        workspace.userValue(SEEN).ifPresent(s -> s.lines().filter(l -> !l.isBlank()).forEach(seen::add));
        return seen;
    }

    private void writeSeen(Set<String> seen) {
        workspace.putUserValue(SEEN, String.join("\n", seen));
    }
}

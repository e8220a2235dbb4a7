package org.courtdesk.app.ui.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The 今日到期 view's model (spec-004 §15: a judge's day ordered by the law): every running deadline of the kinds the
 * user works, from their kinds' {@link DeadlineSource}s, soonest first (so the overdue ones lead), and per kind how many
 * are pressing (overdue, due today, due soon) for the tabs' badges. Read off the FX thread; never touches controls.
 */
public final class TodayModel {

    /** Per kind: how many deadlines have passed, end today, or are within the kind's warning period. */
    public record Counts(int overdue, int dueToday, int dueSoon) {
        public static final Counts NONE = new Counts(0, 0, 0);

        public int pressing() {
            return overdue + dueToday + dueSoon;
        }
    }

    private final Workspace workspace;
    private final Clock clock;
    private final List<DeadlineSource> sources;
    private final Executor worker;
    private final Executor ui;
    private final ObservableList<Deadline> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Map<RequestKind, Counts>> counts = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyIntegerWrapper pressing = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper();
    private final java.util.Set<RequestKind> kinds;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicBoolean changeQueued = new AtomicBoolean();
    private final Set<RequestRef> changedQueued = ConcurrentHashMap.newKeySet();
    /** Reads and changes not yet on the FX thread. */
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger fullReads = new AtomicInteger();
    private final AtomicInteger partialReads = new AtomicInteger();
    /** The worker may run tasks side by side: reads and changes take turns. */
    private final Object lock = new Object();
    /** The deadlines held, by request (null before the first read), and the court day of the last full read. */
    private Map<RequestRef, Deadline> byRequest;
    private LocalDate readOn;
    /** When every kind was last read (court-local), or null. */
    private volatile LocalDateTime readAt;

    public TodayModel(Workspace workspace, Clock clock, List<DeadlineSource> sources, Executor worker, Executor ui) {
        this.workspace = workspace;
        this.clock = clock;
        this.sources = sources.stream().filter(DeadlineSource::hasDeadlines).toList();
        this.kinds = this.sources.stream().map(DeadlineSource::kind).collect(java.util.stream.Collectors.toSet());
        this.worker = worker;
        this.ui = ui;
    }

    public ObservableList<Deadline> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<Map<RequestKind, Counts>> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** Overdue, due today and due soon over all kinds: the 今日到期 tab's count. */
    public ReadOnlyIntegerProperty pressingProperty() {
        return pressing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }

    /**
     * Whether a change of these requests can move a deadline: only requests of a kind with deadlines do, so a 阅卷
     * decision or an opened row does not make every kind's cache be read again.
     */
    public boolean concerns(Set<RequestRef> requests) {
        return requests.stream().anyMatch(r -> kinds.contains(r.kind()));
    }

    /** Whether any kind the user works has deadlines at all (else the view is not offered). */
    public boolean hasSources() {
        return !sources.isEmpty();
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** Reads every kind's deadlines again (coalesced: a burst of changes makes one reload). */
    public void reload() {
        if (!queued.compareAndSet(false, true)) {
            return;
        }
        inFlight.incrementAndGet();
        worker.execute(() -> {
            queued.set(false);
            synchronized (lock) {
                readAll();
            }
        });
    }

    /**
     * These requests changed (a sync pulled them, an action was saved): only their deadlines are read again, through
     * their kinds' {@link DeadlineSource#deadlines(Workspace, Collection, LocalDateTime, ZoneId)}, and put in place
     * among the others (issue 14: a sync of one change does not read every kind). Requests of kinds without deadlines
     * are ignored. Before the first read, or once the court's day has moved on since the last full read (every
     * urgency moves then), every kind is read.
     */
    public void changed(Set<RequestRef> requests) {
        boolean any = false;
        for (RequestRef r : requests) {
            if (kinds.contains(r.kind())) {
                changedQueued.add(r);
                any = true;
            }
        }
        if (!any || queued.get() || !changeQueued.compareAndSet(false, true)) {
            return; // a queued full read or change task reads them too
        }
        inFlight.incrementAndGet();
        worker.execute(() -> {
            changeQueued.set(false);
            synchronized (lock) {
                LocalDateTime now = now();
                if (byRequest == null || !now.toLocalDate().equals(readOn)) {
                    readAll();
                    return;
                }
                Set<RequestRef> todo = new HashSet<>(changedQueued);
                changedQueued.removeAll(todo);
                Map<RequestRef, Deadline> next = new HashMap<>(byRequest);
                try {
                    for (DeadlineSource source : sources) {
                        List<Long> ids = new ArrayList<>();
                        for (RequestRef r : todo) {
                            if (r.kind() == source.kind()) {
                                ids.add(r.id());
                                next.remove(r);
                            }
                        }
                        if (!ids.isEmpty()) {
                            for (Deadline d : source.deadlines(workspace, ids, now, zone())) {
                                next.put(d.request(), d);
                            }
                        }
                    }
                    partialReads.incrementAndGet();
                } catch (RuntimeException e) {
                    changedQueued.addAll(todo); // read again with the next change or reload
                    fail(e);
                    return;
                }
                byRequest = next;
                publish(next.values());
            }
        });
    }

    /**
     * The minute's tick (the main window's): the time left moves on. Every kind is read again only once the court's
     * hour has moved on since the last full read (urgencies counted in hours or days change then); in between, the
     * deadlines held are shown again (their time left is worked out when shown), and one whose due time has passed is
     * overdue. Nothing is read from the cache then.
     */
    public void tick() {
        LocalDateTime now = now();
        LocalDateTime hour = now.truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        if (readAt == null || !hour.equals(readAt.truncatedTo(java.time.temporal.ChronoUnit.HOURS))) {
            reload();
            return;
        }
        inFlight.incrementAndGet();
        worker.execute(() -> {
            synchronized (lock) {
                Map<RequestRef, Deadline> next = new HashMap<>(byRequest);
                next.replaceAll((ref, d) -> d.urgency() != Deadline.Urgency.OVERDUE && d.dueAt().isBefore(now)
                        ? new Deadline(d.request(), d.label(), d.what(), d.dueAt(), Deadline.Urgency.OVERDUE) : d);
                byRequest = next;
                publish(next.values());
            }
        });
    }

    /** Every kind's deadlines read again. Worker, under the lock. */
    private void readAll() {
        changedQueued.clear(); // this read has them too
        LocalDateTime now = now();
        Map<RequestRef, Deadline> all = new HashMap<>();
        try {
            for (DeadlineSource source : sources) {
                for (Deadline d : source.deadlines(workspace, now, zone())) {
                    all.put(d.request(), d);
                }
            }
            fullReads.incrementAndGet();
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        byRequest = all;
        readOn = now.toLocalDate();
        readAt = now;
        publish(all.values());
    }

    private void fail(RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        ui.execute(() -> {
            loadError.set(message);
            inFlight.decrementAndGet();
        });
    }

    /** The deadlines in order with their counts to the FX thread. Worker, under the lock (so in the order made). */
    private void publish(Collection<Deadline> deadlines) {
        List<Deadline> all = new ArrayList<>(deadlines);
        all.sort(Comparator.comparing(Deadline::dueAt).thenComparing(d -> d.request().toString()));
        Map<RequestKind, List<Deadline>> ofKind = new EnumMap<>(RequestKind.class);
        for (DeadlineSource source : sources) {
            ofKind.put(source.kind(), new ArrayList<>());
        }
        for (Deadline d : all) {
            ofKind.computeIfAbsent(d.request().kind(), k -> new ArrayList<>()).add(d);
        }
        Map<RequestKind, Counts> byKind = new EnumMap<>(RequestKind.class);
        ofKind.forEach((k, list) -> byKind.put(k, count(list)));
        int total = byKind.values().stream().mapToInt(Counts::pressing).sum();
        ui.execute(() -> {
            rows.setAll(all);
            counts.set(Map.copyOf(byKind));
            pressing.set(total);
            loadError.set(null);
            inFlight.decrementAndGet();
        });
    }

    /** True when the rows answer the latest reload and change (tests wait for this). */
    public boolean settled() {
        return inFlight.get() == 0 && !queued.get() && !changeQueued.get() && changedQueued.isEmpty();
    }

    /** How often every kind's deadlines were read. */
    public int fullReads() {
        return fullReads.get();
    }

    /** How often only changed requests' deadlines were read. */
    public int partialReads() {
        return partialReads.get();
    }

    static Counts count(List<Deadline> list) {
        int overdue = 0;
        int today = 0;
        int soon = 0;
        for (Deadline d : list) {
            switch (d.urgency()) {
                case OVERDUE -> overdue++;
                case DUE_TODAY -> today++;
                case DUE_SOON -> soon++;
                default -> { }
            }
        }
        return new Counts(overdue, today, soon);
    }

    /**
     * How long until (or since) a deadline, in the unit that matters: hours within two days, else days; "超期" once
     * past. Returned as the bundle key and its number.
     */
    public static String[] left(LocalDateTime now, LocalDateTime due) {
        Duration d = Duration.between(now, due);
        boolean past = d.isNegative();
        Duration abs = d.abs();
        if (abs.toHours() < 48) {
            long hours = Math.max(1, (abs.toMinutes() + 59) / 60);
            return new String[] {past ? "today.left.overdueHours" : "today.left.hours", Long.toString(hours)};
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(now.toLocalDate(), due.toLocalDate());
        return new String[] {past ? "today.left.overdueDays" : "today.left.days", Long.toString(Math.abs(days))};
    }
}

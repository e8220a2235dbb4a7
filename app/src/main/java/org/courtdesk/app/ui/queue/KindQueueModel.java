package org.courtdesk.app.ui.queue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import org.courtdesk.app.ui.Fx;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;

/**
 * A queue of any kind without controls: the kind's cached requests as its rows, the query (the kind's conditions, the
 * 同步 condition and the judge's sort) and the visible rows. Reading, filtering and sorting run on one worker thread;
 * only the finished list goes to the FX thread ({@code ui}), and a newer query voids older results.
 * <p>
 * A change the sync reports for some requests reads only those again ({@link #changed}; issue 14) — the rest of the
 * kind is not read from the cache — and when the visible order stays the same only the changed rows are replaced in
 * the list, so the table keeps its selection and scroll position. {@link #reloads} counts the full reads.
 */
public final class KindQueueModel<V extends RequestView, R, Q> {

    /** What the kind tells the core about its rows. Everything here runs off the FX thread. */
    public interface Rows<V extends RequestView, R, Q> {
        /** The kind's row of a cached request (with what it computes on the clock: days left, urgency…). */
        R row(KindRow<V> source);

        KindRow<V> source(R row);

        /** Whether a cached request is listed; by default not once the server removed it. */
        default boolean listed(KindRow<V> source) {
            return !source.removed();
        }

        /** The same row, opened by the user. */
        R opened(R row);

        /** Still to do: counted in the tab's title. */
        boolean open(R row);

        boolean matches(Q query, R row);

        /** The queue's own order (the judge's sort, if any, comes first). */
        Comparator<R> order();

        /**
         * Whether the kind reads its rows itself ({@link #readAll}, {@link #read}: e.g. from its cache columns, not its
         * stored views); by default its requests stored as views ({@link Workspace#requests}) through {@link #row}.
         */
        default boolean readsOwnRows() {
            return false;
        }

        /** The kind's listed rows, when it {@link #readsOwnRows reads them itself}. */
        default List<R> readAll() {
            throw new UnsupportedOperationException("a kind that reads its rows itself reads them all too");
        }

        /** The rows of these requests now, as {@link #readAll} lists them (an id not among them left the queue). */
        default List<R> read(Collection<Long> ids) {
            throw new UnsupportedOperationException("a kind that reads its rows itself reads changed ones too");
        }

        default long id(R row) {
            return source(row).view().id();
        }

        /** The user's actions on the row: none, 待同步, 冲突 or 被拒. */
        default QueueSync sync(R row) {
            return QueueSync.of(source(row));
        }

        default boolean isOpened(R row) {
            return source(row).opened();
        }

        /** What {@link #matches(Object, Object, Object)} needs of a row, made once when it is read (e.g. its 案号 normalised). */
        default Object key(R row) {
            return null;
        }

        /** {@link #matches(Object, Object)} with the row's {@link #key}. */
        default boolean matches(Q query, R row, Object key) {
            return matches(query, row);
        }

        /**
         * Whether every row {@code query} matches is among those {@code wider} matched (a text growing as the user
         * types): the previous result is narrowed instead of every row searched. False by default.
         */
        default boolean narrows(Q query, Q wider) {
            return false;
        }
    }

    /**
     * More changed requests than this, and more than a quarter of the queue, read the whole kind again (one query
     * beats many). A page of an initial sync (200 changes) into a queue of thousands is read as a change, not as a
     * reload of every row per page (issue 14: the reloads competed with the sync for the CPU and the cache).
     */
    static final int MAX_PARTIAL = 64;

    private final Workspace workspace;
    private final RequestKind kind;
    private final Class<V> type;
    private final Rows<V, R, Q> kindRows;
    private final Executor ui;
    private final ExecutorService worker;

    private final QueueRows<R> rows = new QueueRows<>();
    /** The last result handed to the FX thread (worker only) and the last one shown (FX thread only). */
    private List<R> sent;
    private List<R> shown;
    /** The model is changing the visible rows (FX thread); see {@link #changingRows}. */
    private boolean changingRows;
    private final ObjectProperty<Q> query;
    private final Q defaultQuery;
    private final ObjectProperty<SyncFilter> syncFilter = new SimpleObjectProperty<>(SyncFilter.ALL);
    private final ObjectProperty<List<KindSort<R>>> sort = new SimpleObjectProperty<>(List.of());
    private final IntegerProperty openCount = new SimpleIntegerProperty();
    private final IntegerProperty totalCount = new SimpleIntegerProperty();
    private final StringProperty loadError = new SimpleStringProperty();
    private final javafx.beans.property.BooleanProperty loaded = new javafx.beans.property.SimpleBooleanProperty();
    /** The whole kind was read once (worker only): the rows a process applies after it are the loaded ones. */
    private boolean readOnce;

    private final AtomicLong requested = new AtomicLong();
    private volatile long applied;
    private final AtomicBoolean reloadQueued = new AtomicBoolean();
    private final Set<RequestRef> changedQueued = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean changeTaskQueued = new AtomicBoolean();
    private final AtomicInteger reloads = new AtomicInteger();
    private final AtomicInteger partialReads = new AtomicInteger();
    /**
     * Every row of the kind, by id; written only on the worker, in place for a change (issue 14: a copy of the whole map
     * per feed page was most of a partial read at 100 k rows), read from any thread.
     */
    private volatile Map<Long, R> all = new ConcurrentHashMap<>();
    /** How many rows of {@link #all} are {@link Rows#open open} (worker only), kept as rows change. */
    private int openRows;
    /** The rows kept in order with their keys (worker only; an empty one once disposed). */
    private volatile KindQueueIndex<R, Q> index;

    public KindQueueModel(Workspace workspace, RequestKind kind, Class<V> type, Rows<V, R, Q> kindRows, Q defaultQuery,
                          Executor ui) {
        this.workspace = workspace;
        this.kind = kind;
        this.type = type;
        this.kindRows = kindRows;
        this.defaultQuery = defaultQuery;
        this.ui = ui;
        this.worker = Executors.newSingleThreadExecutor(Fx.daemon("courtdesk-" + kind.name().toLowerCase() + "-queue"));
        this.query = new SimpleObjectProperty<>(defaultQuery);
        this.index = new KindQueueIndex<>(kindRows);
        query.addListener((o, a, b) -> recompute());
        syncFilter.addListener((o, a, b) -> recompute());
        sort.addListener((o, a, b) -> recompute());
    }

    public ObservableList<R> rows() { return rows; }

    /**
     * Whether the model is changing the visible rows right now (FX thread): a selection the table makes meanwhile is
     * the table's, not the user's. On the removal of its selected row the table selects a neighbour by itself (a
     * filter or a decided request told as rows removed, {@link QueueRows}); a view must not take that for a choice.
     */
    public boolean changingRows() { return changingRows; }
    public ObjectProperty<Q> queryProperty() { return query; }
    public Q defaultQuery() { return defaultQuery; }
    public ObjectProperty<SyncFilter> syncFilterProperty() { return syncFilter; }
    /** The judge's sort from the table's headers (empty: the kind's order), the kind's order after it. */
    public ObjectProperty<List<KindSort<R>>> sortProperty() { return sort; }
    public ReadOnlyIntegerProperty openCountProperty() { return openCount; }
    public ReadOnlyIntegerProperty totalCountProperty() { return totalCount; }
    /** Why the last read of the whole kind failed (the rows read before stay), or null once a read succeeded. FX thread. */
    public ReadOnlyStringProperty loadErrorProperty() { return loadError; }
    public RequestKind kind() { return kind; }
    /**
     * Whether the visible rows come from a finished read of the whole kind (false until the first load has landed,
     * then true for good; a failed first read counts as landed). FX thread.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty loadedProperty() { return loaded; }

    /** How often the whole kind was read from the cache. */
    public int reloads() { return reloads.get(); }

    /** How often only changed requests were read. */
    public int partialReads() { return partialReads.get(); }

    public long id(R row) {
        return kindRows.id(row);
    }

    public boolean isOpened(R row) {
        return kindRows.isOpened(row);
    }

    public RequestRef ref(R row) {
        return RequestRef.of(kind, id(row));
    }

    /** The row of request {@code id}, filtered out or not. */
    public Optional<R> row(long id) {
        return Optional.ofNullable(all.get(id));
    }

    /** All rows, whatever the query (a kind's filter choices are made from them). */
    public Collection<R> allRows() {
        return all.values();
    }

    public QueueSync sync(R row) {
        return kindRows.sync(row);
    }

    /** Reads the whole kind from the cache again (coalesced: many calls make one read). */
    public void reload() {
        if (!reloadQueued.compareAndSet(false, true)) {
            return;
        }
        long g = requested.incrementAndGet();
        run(() -> {
            reloadQueued.set(false);
            changedQueued.clear(); // this read has them too
            Map<Long, R> loaded = new LinkedHashMap<>();
            String error = null;
            boolean failed = false;
            try {
                if (kindRows.readsOwnRows()) {
                    for (R r : kindRows.readAll()) {
                        loaded.put(kindRows.id(r), r);
                    }
                } else {
                    for (KindRow<V> k : workspace.requests(kind, type)) {
                        if (kindRows.listed(k)) {
                            R r = kindRows.row(k);
                            loaded.put(k.view().id(), r);
                        }
                    }
                }
                reloads.incrementAndGet();
            } catch (RuntimeException e) {
                error = String.valueOf(e.getMessage());
                failed = true;
            }
            String message = error;
            ui.execute(() -> loadError.set(message));
            if (!failed) { // else the rows read before stay
                Map<Long, R> next = new ConcurrentHashMap<>(Math.max(16, loaded.size() * 4 / 3 + 1));
                next.putAll(loaded);
                all = next;
                index.replaceAll(loaded.values());
                openRows = (int) loaded.values().stream().filter(kindRows::open).count();
            }
            readOnce = true;
            counts();
            process(g);
        });
    }

    /**
     * These requests changed (the sync pulled them, an action was saved, withdrawn or refused): only they are read
     * again; a request gone from the cache leaves the queue. Refs of other kinds are ignored; null reads the whole kind.
     */
    public void changed(Collection<RequestRef> refs) {
        changed(refs, null);
    }

    /**
     * As {@link #changed(Collection)}, then {@code then} on the FX thread once the changed rows are in the visible list
     * (a save moves on to the next request only after its row says 待同步).
     */
    public void changed(Collection<RequestRef> refs, Runnable then) {
        queueChange(refs);
        if (then != null) {
            run(() -> ui.execute(then));
        }
    }

    private void queueChange(Collection<RequestRef> refs) {
        if (refs == null) {
            reload();
            return;
        }
        boolean any = false;
        for (RequestRef r : refs) {
            if (r.kind() == kind) {
                changedQueued.add(r);
                any = true;
            }
        }
        if (!any || reloadQueued.get()) {
            return;
        }
        if (changedQueued.size() > Math.max(MAX_PARTIAL, all.size() / 4)) {
            changedQueued.clear();
            reload();
            return;
        }
        if (!changeTaskQueued.compareAndSet(false, true)) {
            return;
        }
        long g = requested.incrementAndGet();
        run(() -> {
            changeTaskQueued.set(false);
            Set<RequestRef> todo = new HashSet<>(changedQueued);
            changedQueued.removeAll(todo);
            if (todo.isEmpty()) {
                process(g);
                return;
            }
            List<R> now = new ArrayList<>();
            Set<Long> gone = new HashSet<>();
            try {
                if (!kindRows.readsOwnRows()) {
                    for (RequestRef ref : todo) {
                        Optional<KindRow<V>> k = workspace.request(ref, type);
                        if (k.isPresent() && kindRows.listed(k.get())) {
                            now.add(kindRows.row(k.get()));
                        } else {
                            gone.add(ref.id());
                        }
                    }
                } else {
                    Set<Long> ids = new HashSet<>();
                    todo.forEach(r -> ids.add(r.id()));
                    now.addAll(kindRows.read(ids));
                    gone.addAll(ids);
                }
                partialReads.incrementAndGet();
            } catch (RuntimeException e) {
                return; // the cache is closing; the next change or reload reads them
            }
            Map<Long, R> rowsById = all;
            for (R r : now) {
                gone.remove(kindRows.id(r));
                put(rowsById, r);
            }
            for (long id : gone) {
                R was = rowsById.remove(id);
                if (was != null && kindRows.open(was)) {
                    openRows--;
                }
            }
            index.update(now, gone);
            counts();
            process(g);
        });
    }

    /** Puts a read row in {@code rowsById} in place of its former self, keeping {@link #openRows}. Worker only. */
    private void put(Map<Long, R> rowsById, R r) {
        R was = rowsById.put(kindRows.id(r), r);
        if (was != null && kindRows.open(was)) {
            openRows--;
        }
        if (kindRows.open(r)) {
            openRows++;
        }
    }

    private void counts() {
        int open = openRows;
        int total = all.size();
        ui.execute(() -> {
            openCount.set(open);
            totalCount.set(total);
        });
    }

    private void recompute() {
        long g = requested.incrementAndGet();
        run(() -> process(g));
    }

    private void process(long g) {
        if (g != requested.get()) {
            return; // a newer query or change is queued behind us
        }
        Q q = query.get();
        SyncFilter s = syncFilter.get();
        List<KindSort<R>> by = sort.get() == null ? List.of() : sort.get();
        List<R> result = index.query(q, s, by);
        QueueRows.Plan<R> plan = QueueRows.Plan.between(sent, result, kindRows::id);
        sent = result;
        boolean afterLoad = readOnce;
        ui.execute(() -> {
            if (g == requested.get()) {
                apply(plan);
                applied = g;
                if (afterLoad && !loaded.get()) {
                    loaded.set(true);
                }
            }
        });
    }

    /**
     * Replaces only the rows that changed when the order of ids stays; else tells the table a sort or a filter of the
     * rows shown as such ({@link QueueRows}); else replaces the whole list. FX thread.
     */
    private void apply(QueueRows.Plan<R> plan) {
        changingRows = true;
        try {
            applyRows(plan);
        } finally {
            changingRows = false;
        }
    }

    private void applyRows(QueueRows.Plan<R> plan) {
        List<R> result = plan.next();
        List<R> base = shown;
        shown = result;
        boolean sameIds = result.size() == rows.size();
        for (int i = 0; sameIds && i < result.size(); i++) {
            sameIds = id(result.get(i)) == id(rows.get(i));
        }
        if (sameIds) {
            for (int i = 0; i < result.size(); i++) {
                if (!result.get(i).equals(rows.get(i))) {
                    rows.set(i, result.get(i));
                }
            }
            return;
        }
        if (base == null || plan.base() != base || !rows.apply(plan)) {
            rows.setAll(result);
        }
    }

    /** True when the visible rows answer the latest query, change and load (tests wait for this). */
    public boolean settled() {
        return applied == requested.get() && !reloadQueued.get() && !changeTaskQueued.get() && changedQueued.isEmpty();
    }

    /** Marks a row opened here at once and in the workspace off the FX thread. Call on the FX thread. */
    public void markOpened(R row) {
        markOpened(row, false);
    }

    /**
     * As {@link #markOpened(Object)}; with {@code keepVisibleRows} the visible list is left alone (a batch selection
     * the user is making is not disturbed) and the row shows opened with the next change.
     */
    public void markOpened(R row, boolean keepVisibleRows) {
        if (kindRows.isOpened(row)) {
            return;
        }
        long id = id(row);
        R opened = kindRows.opened(row);
        for (int i = 0; i < rows.size() && !keepVisibleRows; i++) {
            if (id(rows.get(i)) == id) {
                changingRows = true;
                try {
                    rows.set(i, opened);
                } finally {
                    changingRows = false;
                }
                break;
            }
        }
        RequestRef ref = ref(row);
        run(() -> {
            R was = all.get(id);
            if (was != null) {
                R now = kindRows.opened(was);
                put(all, now);
                index.update(List.of(now), Set.of());
            }
            try {
                workspace.markOpened(ref);
            } catch (RuntimeException ignored) {
                // a local flag only; the row shows opened either way
            }
        });
    }

    /**
     * Stops the worker and lets go of the rows, their keys and sort ranks at once (issue 14: a closed window's or tab's
     * model may stay referenced a while, and at 100 k rows it holds tens of MB).
     */
    public void dispose() {
        worker.shutdownNow();
        all = new ConcurrentHashMap<>();
        index = new KindQueueIndex<>(kindRows);
        try {
            ui.execute(rows::clear);
        } catch (RuntimeException uiGone) {
            // the FX toolkit has exited: nothing shows the rows any more
        }
    }

    /** On the worker; nothing once the tab is disposed (a late change event). */
    private void run(Runnable task) {
        try {
            worker.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // disposed
        }
    }
}

package org.courtdesk.app.ui.servicecontent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import javafx.collections.ObservableMap;

import org.courtdesk.app.ui.Fx;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.servicecontent.ServiceContentView;

/**
 * The 服务内容管理主界面 without controls: the judge's items from the cache (and new ones still in the outbox) as rows,
 * built from their list fields only (类别, 标题, 发布法院, 登记时间, status; {@link Workspace#listRequests}: no body is read),
 * the query, the visible rows (newest 登记时间 first, unconfirmed new ones on top), and the courts an item may name as
 * 发布法院 (the judge's own, and those of their items; the workstation has no court directory). Loading and filtering run
 * on one worker; only the finished list goes to the FX thread ({@code ui}); a newer query voids older results.
 */
public final class ServiceContentListModel {

    static final Comparator<ServiceContentRow> ORDER = Comparator
            .comparing((ServiceContentRow r) -> !r.unconfirmed())
            .thenComparing((ServiceContentRow r) -> r.form().registeredOn(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(ServiceContentRow::id, Comparator.reverseOrder());

    private final Workspace workspace;
    private final Clock clock;
    private final Executor ui;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Fx.daemon("courtdesk-service-content"));

    private final ObservableList<ServiceContentRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ServiceContentQuery> query = new SimpleObjectProperty<>(ServiceContentQuery.DEFAULT);
    private final IntegerProperty draftCount = new SimpleIntegerProperty();
    private final IntegerProperty totalCount = new SimpleIntegerProperty();
    private final javafx.beans.property.BooleanProperty loaded = new javafx.beans.property.SimpleBooleanProperty();
    /** The items were read once (worker only): the rows a process applies after it are the loaded ones. */
    private volatile boolean readOnce;
    private final ObservableMap<String, String> courts = FXCollections.observableMap(new LinkedHashMap<>());

    private final AtomicLong requested = new AtomicLong();
    private volatile long applied;
    private final AtomicBoolean reloadQueued = new AtomicBoolean();
    private volatile List<ServiceContentRow> all = List.of();

    public ServiceContentListModel(Workspace workspace, Clock clock, Executor ui) {
        this.workspace = workspace;
        this.clock = clock;
        this.ui = ui;
        query.addListener((o, a, b) -> recompute());
    }

    public ObservableList<ServiceContentRow> rows() { return rows; }
    public ObjectProperty<ServiceContentQuery> queryProperty() { return query; }
    /** Items not published (the tab's count). */
    public ReadOnlyIntegerProperty draftCountProperty() { return draftCount; }
    public ReadOnlyIntegerProperty totalCountProperty() { return totalCount; }
    /** True (FX thread) from the moment the rows of the first read of the cache are in {@link #rows()}. */
    public javafx.beans.property.ReadOnlyBooleanProperty loadedProperty() { return loaded; }
    /** 发布法院 the editor offers: court code → name. */
    public ObservableMap<String, String> courts() { return courts; }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The signed-in judge's court code (the editor's default 发布法院). */
    public String ownCourt() {
        return workspace.user() == null ? null : workspace.user().courtCode();
    }

    /** Reads the items from the cache again (coalesced). */
    public void reload() {
        if (!reloadQueued.compareAndSet(false, true)) {
            return;
        }
        long g = requested.incrementAndGet();
        worker.execute(() -> {
            reloadQueued.set(false);
            List<ServiceContentRow> loaded;
            Map<String, String> names = new LinkedHashMap<>();
            String own = ownCourt();
            try {
                // Columns and list fields only: no item's body is read or parsed for the list (the editor reads the
                // body of the item opened).
                List<KindRow<ServiceContentView>> kind = workspace.listRequests(RequestKind.SERVICE_CONTENT,
                        ServiceContentView.class);
                for (KindRow<ServiceContentView> r : kind) {
                    names.putIfAbsent(r.view().courtCode(), r.view().courtName());
                }
                if (own != null) {
                    names.putIfAbsent(own, own);
                }
                List<ServiceContentRow> list = new ArrayList<>();
                for (PendingAction p : workspace.pendingCreations(RequestKind.SERVICE_CONTENT)) {
                    list.add(ServiceContentRow.unconfirmed(p, workspace.followUps(p.id()), names));
                }
                kind.stream().filter(r -> !r.removed()).map(ServiceContentRow::of).forEach(list::add);
                loaded = List.copyOf(list);
                readOnce = true;
            } catch (RuntimeException e) {
                loaded = all;
            }
            all = loaded;
            int drafts = (int) loaded.stream().filter(r -> r.shownStatus() == RequestStatus.DRAFT).count();
            int total = loaded.size();
            Map<String, String> courtNames = Map.copyOf(names);
            ui.execute(() -> {
                draftCount.set(drafts);
                totalCount.set(total);
                if (!courts.equals(courtNames)) {
                    courts.clear();
                    courts.putAll(courtNames);
                }
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
        List<ServiceContentRow> result = apply(all, query.get());
        boolean afterLoad = readOnce;
        ui.execute(() -> {
            if (g == requested.get()) {
                rows.setAll(result);
                applied = g;
                if (afterLoad && !loaded.get()) {
                    loaded.set(true);
                }
            }
        });
    }

    /** The query's filter and the list's order (pure; off the FX thread). */
    static List<ServiceContentRow> apply(List<ServiceContentRow> rows, ServiceContentQuery q) {
        String text = q.text() == null ? "" : q.text().strip().toLowerCase(Locale.ROOT);
        return rows.stream()
                .filter(r -> q.category() == null || r.form().category() == q.category())
                .filter(r -> q.courtCode() == null || q.courtCode().equals(r.form().courtCode()))
                .filter(r -> within(r.form().registeredOn(), q.from(), q.to()))
                .filter(r -> text.isEmpty() || (nz(r.form().title()) + "\n" + nz(r.applicationNo()) + "\n" + r.text())
                        .toLowerCase(Locale.ROOT).contains(text)) // the body only where the row has it (unsent)
                .sorted(ORDER)
                .toList();
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        if (d == null) {
            return from == null && to == null;
        }
        return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** True when the visible rows answer the latest query and load (tests wait for this). */
    public boolean settled() {
        return applied == requested.get() && !reloadQueued.get();
    }

    public Optional<ServiceContentRow> row(long id) {
        return all.stream().filter(r -> r.id() == id && !r.unconfirmed()).findFirst();
    }

    public void dispose() {
        worker.shutdownNow();
    }
}

package org.courtdesk.app.ui.evidence;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Fx;
import org.courtdesk.app.ui.QueueTab;
import org.courtdesk.app.ui.viewer.MaterialViewer;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.model.evidence.EvidenceExchangeCreate;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.api.MaterialRef;
import org.courtdesk.model.evidence.CrossExam;
import org.courtdesk.model.evidence.EvidenceExchangeView;
import org.courtdesk.model.evidence.EvidenceItem;
import org.courtdesk.model.evidence.EvidenceEntry;
import org.courtdesk.model.evidence.EvidenceRules;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;

/**
 * 证据交换 (spec-004 §7 证据交换主界面), three panes: left the 原告 catalogue, middle the material viewer, right the 被告 and
 * 第三人 catalogue; each item shows at a glance whether the other side has given its 质证 and whether it objects (and
 * whether it came late or from paper). Under the viewer the opposing side's 质证 of the item on screen. The exchanges
 * come from the local cache (so the panes work offline); when one is opened its files are fetched into the encrypted
 * document cache in the background with progress, so they open offline later.
 * <p>
 * Keys: Up/Down (or J/K) move within a side, Left/Right switch sides, Enter opens the item, Ctrl+N 新增,
 * Alt+M 修改期限, Alt+R 审查, Ctrl+D 目录下载, Ctrl+Shift+S 材料下载, Alt+E the exchange list.
 */
public final class EvidenceExchangeTab implements QueueTab {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EvidenceExchangeTab.class);

    static final RequestKind KIND = RequestKind.EVIDENCE_EXCHANGE;

    private final Workspace workspace;
    private final Clock clock;
    private final EvidenceActions actions;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(Messages.format("tab.evidence", 0));
    private final BorderPane root = new BorderPane();
    private final ComboBox<EvidenceExchangeView> exchanges = new ComboBox<>();
    private final Label summary = new Label();
    private final Label pending = new Label();
    private final ProgressBar prefetch = new ProgressBar(0);
    private final Label prefetchLabel = new Label();
    private final ListView<EvidenceItem> left = new ListView<>();
    private final ListView<EvidenceItem> right = new ListView<>();
    private final StackPane viewerHolder = new StackPane();
    private final VBox crossPane = new VBox(4);
    private final Label message = new Label();
    private final AtomicLong prefetchGeneration = new AtomicLong();
    private final AtomicLong loads = new AtomicLong();
    private volatile long loaded;
    /** A request the 今日到期 view asked for before the first load: selected when it lands. */
    private final org.courtdesk.app.ui.QueueSelection.AfterFirstLoad showAfterLoad =
            new org.courtdesk.app.ui.QueueSelection.AfterFirstLoad(this::show);

    private List<KindRow<EvidenceExchangeView>> rows = List.of();
    private List<PendingAction> creations = List.of();
    private org.courtdesk.app.ui.refused.RefusedActionBar refusedBar;
    private MaterialViewer viewer;
    private EvidenceItem shown;
    /** 纸质代传 still in the outbox, shown in their side's catalogue under a negative id (minus the action's id). */
    private java.util.Map<Long, PendingAction> queued = java.util.Map.of();
    private final Button retryPaper = new Button(Messages.get("evidence.paper.retry"));
    private final Button discardPaper = new Button(Messages.get("evidence.paper.discard"));
    private boolean active;

    public EvidenceExchangeTab(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
        this.actions = new EvidenceActions(workspace);
        build();
    }

    private void build() {
        root.setId("evidence-tab");
        exchanges.setId("evidence-exchanges");
        exchanges.setPromptText(Messages.get("evidence.choose"));
        exchanges.setPrefWidth(380);
        exchanges.setMinWidth(160); // the chooser gives way on a narrow window, the buttons never do
        exchanges.setCellFactory(l -> new ExchangeCell());
        exchanges.setButtonCell(new ExchangeCell());
        exchanges.valueProperty().addListener((o, a, b) -> showExchange(b, a == null || b == null || a.id() != b.id()));
        Button create = button("evidence-create", "evidence.create", this::openCreate);
        Button change = button("evidence-change", "evidence.change", this::openChange);
        Button review = button("evidence-review", "evidence.review", this::openReview);
        Button catalogue = button("evidence-catalogue", "evidence.catalogue", this::downloadCatalogue);
        Button material = button("evidence-material", "evidence.material", this::downloadMaterial);
        Button paper = button("evidence-paper", "evidence.paper", this::openPaper);
        retryPaper.setId("evidence-paper-retry");
        retryPaper.setOnAction(e -> queuedSelected().ifPresent(a -> paperAction(() -> actions.retry(a.id()))));
        discardPaper.setId("evidence-paper-discard");
        discardPaper.setOnAction(e -> queuedSelected().ifPresent(a -> paperAction(() -> {
            actions.discard(a.id());
            return true;
        })));
        for (Button b : List.of(retryPaper, discardPaper)) {
            b.setVisible(false);
            b.managedProperty().bind(b.visibleProperty());
        }
        summary.setId("evidence-summary");
        pending.setId("evidence-pending");
        pending.getStyleClass().add(Styles.WARNING);
        prefetch.setId("evidence-prefetch");
        prefetch.setPrefWidth(120);
        prefetch.setVisible(false);
        prefetchLabel.setId("evidence-prefetch-label");
        prefetchLabel.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, exchanges, create, change, review, paper, catalogue, material, spacer, prefetch, prefetchLabel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 2, 8));
        message.setId("evidence-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.DANGER);
        HBox info = new HBox(16, summary, pending, message, retryPaper, discardPaper);
        info.setAlignment(Pos.CENTER_LEFT);
        info.setPadding(new Insets(0, 8, 4, 8));
        // A 新增 the server refused: its reason, 修改后重发 (the dialog on what was sent) and 放弃 — the shared bar.
        refusedBar = new org.courtdesk.app.ui.refused.RefusedActionBar(new org.courtdesk.app.ui.refused.RefusedActionViewModel(
                workspace, Fx.background(), javafx.application.Platform::runLater, clock.getZone(), this::openRevise),
                "evidence");
        refusedBar.model().outcomeProperty().addListener((o, a, b) -> refresh());
        root.setTop(new VBox(bar, info, refusedBar));

        left.setId("evidence-left");
        right.setId("evidence-right");
        for (ListView<EvidenceItem> list : List.of(left, right)) {
            list.setCellFactory(l -> new ItemCell());
            list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showQueuedChoices());
            list.setPlaceholder(new Label(Messages.get("evidence.catalogue.empty")));
            list.addEventFilter(KeyEvent.KEY_PRESSED, e -> onListKey(list, e));
            list.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2) {
                    open(list.getSelectionModel().getSelectedItem());
                }
            });
        }
        VBox leftPane = side(Messages.get("evidence.left"), left, "evidence-left-title");
        VBox rightPane = side(Messages.get("evidence.right"), right, "evidence-right-title");
        viewerHolder.setId("evidence-viewer");
        viewerHolder.getChildren().add(new Label(Messages.get("evidence.viewer.placeholder")));
        crossPane.setId("evidence-cross");
        crossPane.setPadding(new Insets(6, 8, 6, 8));
        crossPane.getStyleClass().add("evidence-cross");
        crossPane.setMinHeight(90);
        BorderPane middle = new BorderPane(viewerHolder);
        middle.setBottom(crossPane);
        SplitPane split = new SplitPane(leftPane, middle, rightPane);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.24, 0.76);
        SplitPane.setResizableWithParent(leftPane, false);
        SplitPane.setResizableWithParent(rightPane, false);
        root.setCenter(split);
        showCross(null);

        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!active) {
                return;
            }
            if (new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN).match(e)) {
                openCreate();
            } else if (new KeyCodeCombination(KeyCode.M, KeyCombination.ALT_DOWN).match(e)) {
                openChange();
            } else if (new KeyCodeCombination(KeyCode.R, KeyCombination.ALT_DOWN).match(e)) {
                openReview();
            } else if (new KeyCodeCombination(KeyCode.P, KeyCombination.ALT_DOWN).match(e)) {
                openPaper();
            } else if (new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN).match(e)) {
                downloadCatalogue();
            } else if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN).match(e)) {
                downloadMaterial();
            } else if (new KeyCodeCombination(KeyCode.E, KeyCombination.ALT_DOWN).match(e)) {
                exchanges.requestFocus();
                exchanges.show();
            } else {
                return;
            }
            e.consume();
        });
    }

    private static VBox side(String caption, ListView<EvidenceItem> list, String id) {
        Label title = new Label(caption);
        title.setId(id);
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setPadding(new Insets(4, 6, 4, 6));
        VBox box = new VBox(title, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setMinWidth(220);
        return box;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setTooltip(new Tooltip(Messages.get(key + ".tip")));
        b.setOnAction(e -> action.run());
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a command's name is never cut to "…"
        return b;
    }

    private void onListKey(ListView<EvidenceItem> list, KeyEvent e) {
        switch (e.getCode()) {
            case J -> move(list, 1);
            case K -> move(list, -1);
            case LEFT -> focusSide(left);
            case RIGHT -> focusSide(right);
            case ENTER -> open(list.getSelectionModel().getSelectedItem());
            default -> {
                return;
            }
        }
        e.consume();
    }

    private static void move(ListView<EvidenceItem> list, int delta) {
        int n = list.getItems().size();
        if (n == 0) {
            return;
        }
        int i = Math.max(0, Math.min(n - 1, list.getSelectionModel().getSelectedIndex() + delta));
        list.getSelectionModel().clearAndSelect(i);
        list.scrollTo(i);
    }

    private void focusSide(ListView<EvidenceItem> list) {
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().clearAndSelect(0);
        }
        list.requestFocus();
    }

    // ------------------------------------------------------------------ QueueTab

    @Override
    public Node content() {
        return root;
    }

    @Override
    public ObservableValue<String> title() {
        return title.getReadOnlyProperty();
    }

    @Override
    public void refresh() {
        long g = loads.incrementAndGet();
        Fx.background().execute(() -> {
            List<KindRow<EvidenceExchangeView>> loadedRows;
            List<PendingAction> loadedCreations;
            try {
                loadedRows = workspace.requests(KIND, EvidenceExchangeView.class);
                loadedCreations = workspace.pendingCreations(KIND);
            } catch (RuntimeException e) {
                return; // the cache is closing; the next change reloads
            }
            Fx.onFx(() -> {
                if (g == loads.get()) {
                    apply(loadedRows, loadedCreations);
                    loaded = g;
                    showAfterLoad.landed();
                }
            });
        });
    }

    /** True when the panes show the latest load (tests wait for this). */
    public boolean settled() {
        return loaded == loads.get();
    }

    @Override
    public void changed(Set<RequestRef> requests) {
        if (requests.stream().anyMatch(r -> r.kind() == KIND)) {
            refresh();
        }
    }

    @Override
    public void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public void focusTable() {
        focusSide(left);
    }

    @Override
    public boolean show(RequestRef request) {
        if (request.kind() != KIND) {
            return false;
        }
        if (showAfterLoad.remember(request)) {
            return true;
        }
        for (EvidenceExchangeView v : exchanges.getItems()) {
            if (v.id() == request.id()) {
                exchanges.setValue(v);
                focusSide(left);
                return true;
            }
        }
        return false;
    }

    @Override
    public String keysHelp() {
        return Messages.get("evidence.keys");
    }

    @Override
    public void dispose() {
        prefetchGeneration.incrementAndGet();
        if (viewer != null) {
            viewer.dispose();
        }
    }

    // ------------------------------------------------------------------ state

    private void apply(List<KindRow<EvidenceExchangeView>> loadedRows, List<PendingAction> loadedCreations) {
        LocalDate today = LocalDate.now(clock);
        List<KindRow<EvidenceExchangeView>> sorted = new ArrayList<>(loadedRows.stream().filter(r -> !r.removed()).toList());
        sorted.sort(Comparator.comparing((KindRow<EvidenceExchangeView> r) -> effective(r.view(), today) == RequestStatus.EVIDENCE_REVIEWED)
                .thenComparing(r -> r.view().submittedAt(), Comparator.reverseOrder()));
        rows = sorted;
        creations = loadedCreations;
        long open = sorted.stream().filter(r -> effective(r.view(), today) != RequestStatus.EVIDENCE_REVIEWED).count();
        title.set(Messages.format("tab.evidence", open));
        EvidenceExchangeView current = exchanges.getValue();
        List<EvidenceExchangeView> views = sorted.stream().map(r -> withEffectiveStatus(r.view(), today)).toList();
        exchanges.getItems().setAll(views);
        EvidenceExchangeView next = current == null ? (views.isEmpty() ? null : views.get(0))
                : views.stream().filter(v -> v.id() == current.id()).findFirst().orElse(views.isEmpty() ? null : views.get(0));
        exchanges.setValue(next);
        if (next != null && current != null && next.id() == current.id()) {
            showExchange(next, false);
        }
        pending.setText(creations.isEmpty() ? "" : Messages.format("evidence.creations.pending", creations.size()));
        refusedBar.model().actionProperty().set(creations.stream().filter(PendingAction::needsUser).findFirst().orElse(null));
    }

    private RequestStatus effective(EvidenceExchangeView v, LocalDate today) {
        return EvidenceRules.effectiveStatus(v.status(), v.deadlines(), today);
    }

    private EvidenceExchangeView withEffectiveStatus(EvidenceExchangeView v, LocalDate today) {
        RequestStatus s = effective(v, today);
        return s == v.status() ? v : new EvidenceExchangeView(v.id(), v.applicationNo(), v.caseNumber(), v.caseTitle(),
                v.courtCode(), v.courtName(), v.applicantId(), v.applicantName(), v.submittedAt(), v.procedure(), v.deadlines(),
                v.exchangeDay(), s, v.version(), v.judgeName(), v.plaintiffs(), v.defendants(), v.items(), v.deadlineChanges(),
                v.review(), v.audit());
    }

    /** The exchange on screen (with its effective status), if any. */
    public Optional<EvidenceExchangeView> current() {
        return Optional.ofNullable(exchanges.getValue());
    }

    private Optional<KindRow<EvidenceExchangeView>> currentRow() {
        EvidenceExchangeView v = exchanges.getValue();
        return v == null ? Optional.empty() : rows.stream().filter(r -> r.view().id() == v.id()).findFirst();
    }

    private void showExchange(EvidenceExchangeView v, boolean opened) {
        if (v == null) {
            left.getItems().clear();
            right.getItems().clear();
            summary.setText(Messages.get("evidence.none"));
            return;
        }
        long keepLeft = selectedId(left);
        long keepRight = selectedId(right);
        List<EvidenceItem> leftItems = new ArrayList<>(v.catalogue(true));
        List<EvidenceItem> rightItems = new ArrayList<>(v.catalogue(false));
        java.util.Map<Long, PendingAction> waiting = new java.util.HashMap<>();
        for (PendingAction a : currentRow().map(KindRow::pending).orElse(List.of())) {
            if (a.is(EvidenceOps.PAPER)) {
                EvidenceItem item = queuedItem(a);
                waiting.put(item.id(), a);
                (item.side().left() ? leftItems : rightItems).add(item);
            }
        }
        queued = waiting;
        left.getItems().setAll(leftItems);
        right.getItems().setAll(rightItems);
        reselect(left, keepLeft);
        reselect(right, keepRight);
        boolean unsent = currentRow().map(KindRow::hasUnsent).orElse(false);
        summary.setText(Messages.format("evidence.summary", v.caseNumber(), Messages.status(v.status()),
                v.deadlines().plaintiff(), v.deadlines().defendant(), v.deadlines().crossExamination())
                + (unsent ? "  · " + Messages.get("evidence.unsent") : ""));
        ((Label) left.getParent().getChildrenUnmodifiable().get(0)).setText(Messages.format("evidence.left.count",
                String.join("、", v.plaintiffs() == null ? List.of() : v.plaintiffs()), v.catalogue(true).size()));
        ((Label) right.getParent().getChildrenUnmodifiable().get(0)).setText(Messages.format("evidence.right.count",
                String.join("、", v.defendants() == null ? List.of() : v.defendants()), v.catalogue(false).size()));
        if (shown != null) {
            v.items().stream().filter(i -> i.id() == shown.id()).findFirst().ifPresent(this::showCross);
        }
        if (opened) {
            Fx.background().execute(() -> {
                try {
                    workspace.markOpened(RequestRef.of(KIND, v.id()));
                } catch (RuntimeException ignored) {
                    // a local flag only
                }
            });
        }
        // an exchange shown anew, or the one on screen with other files than were fetched (a lawyer uploaded while
        // it was open, or it was chosen from a list loaded before its files came): its files are fetched
        if (opened || v.id() != prefetchedExchange || !files(v).equals(prefetchedFiles)) {
            prefetch(v);
        }
    }

    /** A queued 纸质代传 as a catalogue line: its entry, its file, marked 纸质代传 and 待同步 or refused. */
    private static EvidenceItem queuedItem(PendingAction a) {
        EvidenceEntry e = a.payloadAs(EvidenceEntry.class);
        var file = a.files().isEmpty() ? null : a.files().get(0);
        return new EvidenceItem(-a.id(), e.side(), e.seq(), e.name(), e.source(), e.proves(), e.pages(), null,
                a.savedAt(), false, true, file == null ? null : file.fileName(), file == null ? null : file.contentType(),
                file == null ? 0 : file.size(), null, List.of());
    }

    /** The queued 纸质代传 selected in either catalogue. */
    private Optional<PendingAction> queuedSelected() {
        for (ListView<EvidenceItem> list : right.isFocused() ? List.of(right, left) : List.of(left, right)) {
            EvidenceItem i = list.getSelectionModel().getSelectedItem();
            if (i != null && queued.containsKey(i.id())) {
                return Optional.of(queued.get(i.id()));
            }
        }
        return Optional.empty();
    }

    private void showQueuedChoices() {
        Optional<PendingAction> a = queuedSelected();
        retryPaper.setVisible(a.map(PendingAction::needsUser).orElse(false));
        discardPaper.setVisible(a.isPresent());
    }

    private void paperAction(java.util.function.Supplier<Boolean> work) {
        Fx.async(work::get, ok -> refresh(), t -> message.setText(Messages.format("evidence.saveFailed",
                String.valueOf(t.getMessage()))));
    }

    private void openPaper() {
        current().ifPresent(v -> {
            List<EvidenceEntry> waiting = queued.values().stream().map(a -> a.payloadAs(EvidenceEntry.class)).toList();
            EvidenceDialogs.paper(root.getScene() == null ? null : root.getScene().getWindow(), v, waiting)
                    .ifPresent(form -> run(() -> actions.paper(v, form.entry(), form.file())));
        });
    }

    private static long selectedId(ListView<EvidenceItem> list) {
        EvidenceItem i = list.getSelectionModel().getSelectedItem();
        return i == null ? -1 : i.id();
    }

    private static void reselect(ListView<EvidenceItem> list, long id) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id() == id) {
                list.getSelectionModel().clearAndSelect(i);
                return;
            }
        }
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().clearAndSelect(0);
        }
    }

    /** The exchange whose files the last prefetch fetched, and those files (by hash). */
    private long prefetchedExchange = -1;
    private Set<String> prefetchedFiles = Set.of();

    private static Set<String> files(EvidenceExchangeView v) {
        Set<String> out = new java.util.HashSet<>();
        for (EvidenceItem i : v.items()) {
            if (i.sha256() != null) {
                out.add(i.sha256());
            }
        }
        return out;
    }

    /** Fetches every file of the exchange into the document cache, with progress; a newer exchange stops it. */
    private void prefetch(EvidenceExchangeView v) {
        long g = prefetchGeneration.incrementAndGet();
        prefetchedExchange = v.id();
        prefetchedFiles = files(v);
        prefetchedCount = -1;
        List<EvidenceItem> items = v.items();
        if (items.isEmpty()) {
            prefetch.setVisible(false);
            prefetchLabel.setText("");
            prefetchedCount = 0;
            return;
        }
        prefetch.setVisible(true);
        prefetch.setProgress(0);
        prefetchLabel.setText(Messages.format("evidence.prefetch", 0, items.size()));
        Fx.background().execute(() -> {
            int done = 0;
            int failed = 0;
            for (EvidenceItem item : items) {
                if (g != prefetchGeneration.get()) {
                    return;
                }
                try {
                    workspace.document(item.sha256());
                    done++;
                } catch (Exception e) {
                    LOG.debug("prefetch of {} failed: {}", item.fileName(), e.toString());
                    failed++;
                }
                int d = done;
                int f = failed;
                Fx.onFx(() -> {
                    if (g == prefetchGeneration.get()) {
                        prefetch.setProgress((double) (d + f) / items.size());
                        prefetchLabel.setText(f == 0 ? Messages.format("evidence.prefetch", d, items.size())
                                : Messages.format("evidence.prefetch.failed", d, items.size(), f));
                    }
                });
            }
            int d = done;
            int f = failed;
            Fx.onFx(() -> {
                if (g == prefetchGeneration.get()) {
                    prefetch.setVisible(false);
                    prefetchLabel.setText(f == 0 ? Messages.format("evidence.prefetch.done", d)
                            : Messages.format("evidence.prefetch.failed", d, items.size(), f));
                    prefetchedCount = d;
                }
            });
        });
    }

    private volatile int prefetchedCount = -1;

    /** How many files the last prefetch put in the cache; -1 while it runs (tests wait for this). */
    public int prefetched() {
        return prefetchedCount;
    }

    /** Opens {@code item} in the middle pane's viewer, with the opposing side's 质证 under it. */
    public void open(EvidenceItem item) {
        if (item == null) {
            return;
        }
        if (queued.containsKey(item.id())) {
            // Not on the server yet: nothing to show but what it is and where it stands.
            crossPane.getChildren().setAll(new Label(queuedWords(queued.get(item.id()))));
            return;
        }
        if (viewer != null) {
            viewer.dispose();
        }
        shown = item;
        MaterialRef ref = new MaterialRef(item.id(), null, item.fileName(), item.contentType(), item.size(), item.sha256());
        viewer = new MaterialViewer(workspace, ref, item.side().label() + "证据 " + item.seq() + ". " + item.name());
        viewerHolder.getChildren().setAll(viewer);
        showCross(item);
        viewer.prefetchNeighbours(neighbours(item)); // page 1 of the next and previous items rendered ahead
    }

    /** The items after and before {@code item} in its side's catalogue (the next first), as materials. */
    private List<MaterialRef> neighbours(EvidenceItem item) {
        List<MaterialRef> out = new ArrayList<>();
        for (ListView<EvidenceItem> list : List.of(left, right)) {
            List<EvidenceItem> items = list.getItems();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).id() == item.id()) {
                    for (int j : new int[] {i + 1, i - 1}) {
                        if (j >= 0 && j < items.size() && !queued.containsKey(items.get(j).id())) {
                            EvidenceItem n = items.get(j);
                            out.add(new MaterialRef(n.id(), null, n.fileName(), n.contentType(), n.size(), n.sha256()));
                        }
                    }
                    return out;
                }
            }
        }
        return out;
    }

    /** The item in the viewer, if any. */
    public EvidenceItem shown() {
        return shown;
    }

    private void showCross(EvidenceItem item) {
        crossPane.getChildren().clear();
        Label head = new Label(item == null ? Messages.get("evidence.cross.none.selected")
                : Messages.format("evidence.cross.title", item.side().label(), item.seq(), item.name()));
        head.getStyleClass().add(Styles.TEXT_BOLD);
        crossPane.getChildren().add(head);
        if (item == null) {
            return;
        }
        Label meta = new Label(Messages.format("evidence.item.meta", item.source(), item.proves(), item.pages(),
                item.submitterName()) + (item.late() ? "  " + Messages.get("evidence.mark.late") : "")
                + (item.paper() ? "  " + Messages.get("evidence.mark.paper") : ""));
        meta.setWrapText(true);
        crossPane.getChildren().add(meta);
        if (item.crossExams().isEmpty()) {
            Label none = new Label(Messages.get("evidence.cross.none"));
            none.setId("evidence-cross-none");
            crossPane.getChildren().add(none);
        }
        for (CrossExam x : item.crossExams()) {
            Label l = new Label(Messages.format("evidence.cross.line", x.side().label(), x.examinerName(), x.authenticity(),
                    x.legality(), x.relevance()) + (x.objection() ? "  " + Messages.format("evidence.cross.objection",
                    x.objectionReason()) : "  " + Messages.get("evidence.cross.noObjection")));
            l.setWrapText(true);
            l.setId("evidence-cross-" + x.side().name().toLowerCase());
            if (x.objection()) {
                l.getStyleClass().add(Styles.DANGER);
            }
            crossPane.getChildren().add(l);
        }
    }

    // ------------------------------------------------------------------ actions

    private void openCreate() {
        EvidenceDialogs.create(root.getScene() == null ? null : root.getScene().getWindow(), LocalDate.now(clock))
                .ifPresent(body -> run(() -> actions.create(body, LocalDate.now(clock))));
    }

    private void openRevise(PendingAction sent) {
        EvidenceDialogs.create(root.getScene() == null ? null : root.getScene().getWindow(), LocalDate.now(clock),
                        sent.payloadAs(EvidenceExchangeCreate.class))
                .ifPresent(body -> run(() -> actions.revise(sent, body, LocalDate.now(clock))));
    }

    /** The bar of a refused 新增 (hidden while none waits for the judge). */
    public org.courtdesk.app.ui.refused.RefusedActionBar refusedBar() {
        return refusedBar;
    }

    private void openChange() {
        current().ifPresent(v -> EvidenceDialogs.change(root.getScene().getWindow(), v)
                .ifPresent(body -> run(() -> actions.changeDeadlines(v, body, LocalDate.now(clock)))));
    }

    private void openReview() {
        current().ifPresent(v -> EvidenceDialogs.review(root.getScene().getWindow(), v)
                .ifPresent(opinion -> run(() -> actions.review(v, opinion))));
    }

    private void run(java.util.function.Supplier<EvidenceActions.Outcome> work) {
        message.setText("");
        Fx.async(work::get, o -> {
            message.setText(o.saved() ? "" : o.problem());
            refresh();
        }, t -> message.setText(Messages.format("evidence.saveFailed", String.valueOf(t.getMessage()))));
    }

    /** The actions, for callers that have their values already (tests, the 今日到期 view). */
    public EvidenceActions actions() {
        return actions;
    }

    private void downloadCatalogue() {
        current().ifPresent(v -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(Messages.format("evidence.catalogue.file", v.applicationNo()));
            java.io.File file = chooser.showSaveDialog(root.getScene().getWindow());
            if (file != null) {
                Fx.async(() -> {
                    java.nio.file.Files.write(file.toPath(), EvidenceFiles.catalogue(v, clock.getZone()));
                    return file;
                }, f -> message.setText(""), t -> message.setText(Messages.format("evidence.saveFailed", t.getMessage())));
            }
        });
    }

    private void downloadMaterial() {
        EvidenceItem item = shown != null ? shown : selected();
        if (item == null) {
            return;
        }
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        java.io.File dir = chooser.showDialog(root.getScene().getWindow());
        if (dir != null) {
            Fx.async(() -> EvidenceFiles.saveMaterial(item, workspace.document(item.sha256()), dir.toPath()),
                    p -> message.setText(""), t -> message.setText(Messages.format("evidence.material.failed",
                            t instanceof org.courtdesk.app.workspace.DocumentUnavailableException
                                    ? Messages.get("evidence.material.offline") : String.valueOf(t.getMessage()))));
        }
    }

    /** 材料下载 without a chooser: the item's file saved into {@code dir} (blocking; off the FX thread). */
    public Path saveMaterial(EvidenceItem item, Path dir) throws Exception {
        return EvidenceFiles.saveMaterial(item, workspace.document(item.sha256()), dir);
    }

    private EvidenceItem selected() {
        Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        ListView<EvidenceItem> list = focus == right ? right : left;
        return list.getSelectionModel().getSelectedItem();
    }

    public ListView<EvidenceItem> leftList() {
        return left;
    }

    public ListView<EvidenceItem> rightList() {
        return right;
    }

    public ComboBox<EvidenceExchangeView> exchangeList() {
        return exchanges;
    }

    public VBox crossPane() {
        return crossPane;
    }

    // ------------------------------------------------------------------ cells

    private final class ExchangeCell extends ListCell<EvidenceExchangeView> {
        @Override
        protected void updateItem(EvidenceExchangeView v, boolean empty) {
            super.updateItem(v, empty);
            setText(empty || v == null ? null : Messages.format("evidence.exchange.cell", v.caseNumber(),
                    Messages.status(v.status()), v.applicationNo()));
        }
    }

    /** An item: 序号 and name, then its marks — 逾期, 纸质, and the 质证 and objection state. */
    private static String queuedWords(PendingAction a) {
        return a.needsUser() ? Messages.format("evidence.paper.refused", a.lastError() == null
                ? (a.errorCode() == null ? "" : Messages.error(a.errorCode())) : a.lastError())
                : Messages.get("evidence.paper.queued");
    }

    private final class ItemCell extends ListCell<EvidenceItem> {
        @Override
        protected void updateItem(EvidenceItem i, boolean empty) {
            super.updateItem(i, empty);
            if (empty || i == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(i.seq() + ". " + i.name());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            HBox marks = new HBox(4);
            marks.getChildren().add(tag(Messages.format("evidence.pages", i.pages()), null));
            if (i.late()) {
                marks.getChildren().add(tag(Messages.get("evidence.mark.late"), "evidence-tag-late"));
            }
            if (i.paper()) {
                marks.getChildren().add(tag(Messages.get("evidence.mark.paper"), "evidence-tag-paper"));
            }
            PendingAction waiting = queued.get(i.id());
            if (waiting != null) {
                marks.getChildren().add(tag(waiting.needsUser() ? Messages.get("evidence.paper.refused.tag")
                        : Messages.get("evidence.paper.queued.tag"), waiting.needsUser() ? "evidence-tag-objected"
                        : "evidence-tag-open"));
                if (waiting.needsUser()) {
                    Label why = new Label(queuedWords(waiting));
                    why.setId("evidence-paper-refusal");
                    why.setWrapText(true);
                    why.getStyleClass().add(Styles.DANGER);
                    // wrapped within the catalogue's width, never a sideways scroll
                    if (getListView() != null) {
                        why.maxWidthProperty().bind(getListView().widthProperty().subtract(36));
                    }
                    why.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                    setText(null);
                    setGraphic(new VBox(2, name, marks, why));
                    return;
                }
            } else if (!i.examined()) {
                marks.getChildren().add(tag(Messages.get("evidence.mark.unexamined"), "evidence-tag-open"));
            } else if (i.objected()) {
                marks.getChildren().add(tag(Messages.get("evidence.mark.objected"), "evidence-tag-objected"));
            } else {
                marks.getChildren().add(tag(Messages.get("evidence.mark.accepted"), "evidence-tag-accepted"));
            }
            setText(null);
            setGraphic(new VBox(2, name, marks));
            setAccessibleText(name.getText() + " " + marks.getChildren().stream().map(n -> ((Label) n).getText())
                    .reduce("", (a, b) -> a + " " + b));
        }

        private static Label tag(String text, String style) {
            Label l = new Label(text);
            l.getStyleClass().add("evidence-tag");
            if (style != null) {
                l.getStyleClass().add(style);
            }
            return l;
        }
    }
}

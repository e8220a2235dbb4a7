package org.courtdesk.app.ui.main;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.model.request.RequestKind;

/**
 * The queues as a navigation list on the window's left (issue 13): with every kind a judge has fourteen queues, and a
 * tab bar at 1280 px hid half of them in its overflow menu. Grouped by what the judge does — 审判事务, 律师与当事人, 发布 —
 * with 通知 last; each line shows the queue's title with its count, the red badge of pressing deadlines and the blue
 * badge of unseen reminders. A group folds (← / →, or a click on its arrow); ↑/↓ move and put that queue on screen,
 * Enter gives the queue the keyboard. The window's queues stay in a {@link javafx.scene.control.TabPane} whose tab bar
 * is hidden: the list is its only face.
 */
final class QueueNav extends TreeView<QueueNav.Item> {

    /** The groups, in order, and the kinds of each in the order a judge meets them. A kind not named here is 审判事务. */
    enum Group {
        TRIAL("nav.group.trial", List.of(RequestKind.CASE_FILE_READING, RequestKind.ONLINE_FILING,
                RequestKind.ADJOURNMENT, RequestKind.PRESERVATION, RequestKind.INVESTIGATION_ORDER,
                RequestKind.EVIDENCE_EXCHANGE, RequestKind.APPEAL, RequestKind.HEARING_TRANSCRIPT)),
        PARTIES("nav.group.parties", List.of(RequestKind.CASE_BINDING, RequestKind.MATERIAL_TRANSFER,
                RequestKind.CONTACT_JUDGE, RequestKind.SUGGESTION)),
        PUBLISHING("nav.group.publishing", List.of(RequestKind.SERVICE_CONTENT));

        final String label;
        final List<RequestKind> kinds;

        Group(String label, List<RequestKind> kinds) {
            this.label = label;
            this.kinds = kinds;
        }

        static Group of(RequestKind kind) {
            for (Group g : values()) {
                if (g.kinds.contains(kind)) {
                    return g;
                }
            }
            return TRIAL;
        }

        int rank(RequestKind kind) {
            int i = kinds.indexOf(kind);
            return i < 0 ? kinds.size() : i;
        }
    }

    /** One line: a group heading (no tab) or a queue with its tab and the node the line shows. */
    static final class Item {
        final String id;
        final Tab tab;
        final String heading;
        final Node graphic;
        final Label title;
        /** The badges: in a row beside the title, stacked beside the icon in the rail. */
        final HBox wide = new HBox(4);
        final javafx.scene.layout.VBox stacked = new javafx.scene.layout.VBox(1);
        final Label[] badges;

        private Item(String id, String heading) {
            this.id = id;
            this.tab = null;
            this.heading = heading;
            this.graphic = null;
            this.title = null;
            this.badges = new Label[0];
        }

        private Item(Tab tab, Node icon, ObservableValue<String> text, Label... badges) {
            this.id = "nav-" + tab.getId();
            this.tab = tab;
            this.heading = null;
            title = new Label();
            title.textProperty().bind(text);
            title.getStyleClass().add("nav-title");
            title.setMinWidth(Region.USE_PREF_SIZE);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            this.badges = badges;
            for (Label b : badges) {
                b.setMinWidth(Region.USE_PREF_SIZE); // "12" stays "12" in the rail, never "…"
            }
            wide.getChildren().addAll(badges);
            wide.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
            stacked.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            HBox box = new HBox(6, icon, title, spacer, wide, stacked);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            box.setId(id);
            javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
            tip.textProperty().bind(text);
            javafx.scene.control.Tooltip.install(box, tip);
            graphic = box;
        }

        boolean isQueue() {
            return tab != null;
        }

        @Override
        public String toString() {
            return heading != null ? heading : title.getText();
        }
    }

    private final TreeItem<Item> root = new TreeItem<>();
    private final Map<Group, TreeItem<Item>> groups = new EnumMap<>(Group.class);
    private final Map<Tab, TreeItem<Item>> byTab = new LinkedHashMap<>();
    private TreeItem<Item> first;
    private TreeItem<Item> last;
    private final Consumer<Tab> show;
    private Runnable enter = () -> { };
    private boolean syncing;
    /** The judge asked for the list (F6, or a key in it): only then does the rail open (not for the window's first focus). */
    private boolean invited;
    /** A narrow window: the list is a rail of icons and badges, opening over the queue while the judge is in it. */
    private final javafx.beans.property.BooleanProperty compact = new javafx.beans.property.SimpleBooleanProperty(false);
    private double fullWidth = 190;
    /** Wide enough for the icons and both badges. */
    static final double RAIL_WIDTH = 76;
    private final javafx.scene.layout.Pane holder = new javafx.scene.layout.Pane() {
        @Override
        protected void layoutChildren() {
            QueueNav.this.resizeRelocate(0, 0, railShown() ? RAIL_WIDTH : fullWidth, getHeight());
        }

        @Override
        protected double computePrefWidth(double h) {
            return compact.get() ? RAIL_WIDTH : fullWidth;
        }

        @Override
        protected double computeMinWidth(double h) {
            return computePrefWidth(h);
        }
    };

    /** @param show puts a queue's tab on screen (the list's selection moved to it) */
    QueueNav(Consumer<Tab> show) {
        this.show = show;
        setId("queue-nav");
        getStyleClass().add("queue-nav");
        setRoot(root);
        setShowRoot(false);
        setCellFactory(v -> new Cell());
        holder.getChildren().add(this);
        holder.setId("queue-nav-holder");
        // open over the queue (drawn above it) while the mouse or the keyboard is in the list
        holder.setViewOrder(-1);
        compact.addListener((o, a, b) -> modeChanged());
        // As a rail it takes the keyboard only by F6 (a click on an icon shows that queue): it never opens over the queue
        // because the window's first focus or a click landed on it.
        focusTraversableProperty().bind(compact.not());
        // A click on the rail chooses the queue and hands the keyboard to it (the rail does not stay open over it).
        addEventHandler(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
            TreeItem<Item> item = getSelectionModel().getSelectedItem();
            if (compact.get() && item != null && item.getValue().isQueue() && e.getClickCount() == 1) {
                enter.run();
            }
        });
        focusWithinProperty().addListener((o, a, b) -> {
            if (!b) {
                invited = false;
            }
            modeChanged();
        });
        getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!syncing && item != null && item.getValue().isQueue()) {
                show.accept(item.getValue().tab);
            }
        });
        // measured with the font the theme gives the lines, once they have it
        sceneProperty().addListener((o, a, sc) -> {
            if (sc != null) {
                javafx.application.Platform.runLater(this::refit);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!invited) {
                invited = true;
                modeChanged();
            }
            if (e.getCode() == KeyCode.ESCAPE) {
                enter.run();
                e.consume();
                return;
            }
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                TreeItem<Item> item = getSelectionModel().getSelectedItem();
                if (item != null && !item.getValue().isQueue()) {
                    item.setExpanded(!item.isExpanded());
                } else if (item != null) {
                    show.accept(item.getValue().tab);
                    enter.run();
                }
                e.consume();
            }
        });
    }

    /** What the window places on its left: the list in a holder as wide as the list, or the rail when compact. */
    Node holder() {
        return holder;
    }

    javafx.beans.property.BooleanProperty compactProperty() {
        return compact;
    }

    /** Shown as the rail now (compact and neither mouse nor keyboard in it). */
    boolean railShown() {
        return compact.get() && !(invited && isFocusWithin());
    }

    private void modeChanged() {
        boolean rail = railShown();
        pseudoClassStateChanged(RAIL, rail);
        pseudoClassStateChanged(OVERLAY, compact.get() && !rail);
        for (TreeItem<Item> item : byTab.values()) {
            item.getValue().title.setVisible(!rail);
            item.getValue().title.setManaged(!rail);
            Item it = item.getValue();
            (rail ? it.stacked : it.wide).getChildren().setAll(it.badges);
            it.wide.setVisible(!rail);
            it.wide.setManaged(!rail);
            it.stacked.setVisible(rail);
            it.stacked.setManaged(rail);
        }
        refresh();
        holder.requestLayout();
    }

    private static final javafx.css.PseudoClass RAIL = javafx.css.PseudoClass.getPseudoClass("rail");
    private static final javafx.css.PseudoClass OVERLAY = javafx.css.PseudoClass.getPseudoClass("overlay");

    /** Enter on a queue: the keyboard goes into it. */
    void onEnter(Runnable r) {
        enter = r == null ? () -> { } : r;
    }

    /** 今日到期: the first line of 审判事务. */
    void addFirst(Tab tab, Node icon, ObservableValue<String> text) {
        first = new TreeItem<>(new Item(tab, icon, text));
        group(Group.TRIAL).getChildren().add(0, first);
        byTab.put(tab, first);
        refit();
    }

    /** A kind's queue, in its group at its place. */
    void addQueue(RequestKind kind, Tab tab, Node icon, ObservableValue<String> text, Label... badges) {
        TreeItem<Item> item = new TreeItem<>(new Item(tab, icon, text, badges));
        item.getValue().graphic.setUserData(kind);
        Group g = Group.of(kind);
        TreeItem<Item> parent = group(g);
        int at = parent.getChildren().size();
        for (int i = 0; i < parent.getChildren().size(); i++) {
            Object k = parent.getChildren().get(i).getValue().graphic.getUserData();
            if (k instanceof RequestKind other && g.rank(other) > g.rank(kind)) {
                at = i;
                break;
            }
        }
        parent.getChildren().add(at, item);
        byTab.put(tab, item);
        refit();
    }

    /** 通知: the last line, outside the groups. */
    void addLast(Tab tab, Node icon, ObservableValue<String> text) {
        last = new TreeItem<>(new Item(tab, icon, text));
        root.getChildren().add(last);
        byTab.put(tab, last);
        refit();
    }

    private TreeItem<Item> group(Group g) {
        return groups.computeIfAbsent(g, k -> {
            TreeItem<Item> item = new TreeItem<>(new Item("nav-group-" + k.name().toLowerCase(), Messages.get(k.label)));
            item.setExpanded(true);
            // the judge's folding is remembered; an unfolding the window does to show a queue is not
            item.expandedProperty().addListener((o, a, b) -> {
                if (!unfolding) {
                    foldsChanged.accept(folded());
                }
            });
            // groups in their order, before 通知
            int at = 0;
            for (Group before : Group.values()) {
                if (before.ordinal() < k.ordinal() && groups.containsKey(before)) {
                    at++;
                }
            }
            root.getChildren().add(Math.min(at, root.getChildren().size()), item);
            return item;
        });
    }

    /** The queues' tabs in the list's order (the order Ctrl+Tab walks). */
    List<Tab> order() {
        List<Tab> out = new ArrayList<>();
        for (TreeItem<Item> top : root.getChildren()) {
            if (top.getValue().isQueue()) {
                out.add(top.getValue().tab);
            }
            for (TreeItem<Item> child : top.getChildren()) {
                out.add(child.getValue().tab);
            }
        }
        return out;
    }

    /** The tab {@code step} queues after {@code current} in the list, round. */
    Tab step(Tab current, int step) {
        List<Tab> order = order();
        if (order.isEmpty()) {
            return current;
        }
        int i = order.indexOf(current);
        int n = order.size();
        return order.get(((i < 0 ? 0 : i + step) % n + n) % n);
    }

    /** The window put {@code tab} on screen by other means (a key, a reminder, a test): the list follows. */
    void selected(Tab tab) {
        TreeItem<Item> item = byTab.get(tab);
        if (item == null) {
            return;
        }
        if (item.getParent() != null) {
            unfolding = true;
            try {
                item.getParent().setExpanded(true);
            } finally {
                unfolding = false;
            }
        }
        syncing = true;
        try {
            getSelectionModel().select(item);
        } finally {
            syncing = false;
        }
        int row = getRow(item);
        if (row >= 0) {
            scrollToVisible(row);
        }
    }

    private void scrollToVisible(int row) {
        // only when it is not on screen: the list does not jump while the judge works down it
        javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>) lookup(".virtual-flow");
        if (flow != null && (flow.getFirstVisibleCell() == null || row < flow.getFirstVisibleCell().getIndex()
                || row > flow.getLastVisibleCell().getIndex())) {
            scrollTo(row);
        }
    }

    /** The keyboard into the list, on the queue on screen. */
    void focusList() {
        invited = true;
        requestFocus();
        modeChanged();
        TreeItem<Item> item = getSelectionModel().getSelectedItem();
        if (item != null) {
            getFocusModel().focus(getRow(item));
        }
    }

    private java.util.function.Consumer<java.util.Set<String>> foldsChanged = f -> { };
    /** The window unfolds a group to show a queue of it: not the judge's choice, not remembered. */
    private boolean unfolding;

    /** The groups folded now, by their short names ({@code trial}, {@code parties}, {@code publishing}). */
    java.util.Set<String> folded() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        groups.forEach((g, item) -> {
            if (!item.isExpanded()) {
                out.add(g.name().toLowerCase());
            }
        });
        return out;
    }

    /** Folds the groups named (as {@link #folded} names them), unfolds the others: the judge's list as they left it. */
    void fold(java.util.Set<String> names) {
        groups.forEach((g, item) -> item.setExpanded(!names.contains(g.name().toLowerCase())));
    }

    /** Told the groups folded after each fold or unfold by the judge (to remember them). */
    void onFoldsChanged(java.util.function.Consumer<java.util.Set<String>> c) {
        foldsChanged = c == null ? f -> { } : c;
    }

    /** A group folded or not (by its id, for tests and remembered layout). */
    TreeItem<Item> groupItem(String id) {
        return groups.values().stream().filter(g -> g.getValue().id.equals(id)).findFirst().orElse(null);
    }

    /** The list as wide as its widest line: the titles are never shortened to "…", in Chinese or English. */
    void refit() {
        double widest = 0;
        for (TreeItem<Item> item : byTab.values()) {
            Item it = item.getValue();
            Text probe = new Text(it.title.getText() == null ? "" : it.title.getText() + "　99 99");
            probe.setFont(it.title.getFont());
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        for (TreeItem<Item> g : groups.values()) {
            Text probe = new Text(g.getValue().heading);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        // icon, arrow indent, paddings and a scroll bar's room
        fullWidth = Math.max(190, Math.ceil(widest + 16 + 6 + 36 + 24));
        holder.requestLayout();
    }

    /** Watch the titles: a count gaining a digit widens the list. */
    void watchTitles() {
        for (TreeItem<Item> item : byTab.values()) {
            item.getValue().title.textProperty().addListener((o, a, b) -> refit());
        }
    }

    private final class Cell extends TreeCell<Item> {
        @Override
        protected void updateItem(Item item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("nav-group", "nav-queue");
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setId(null);
            } else if (!item.isQueue()) {
                setText(railShown() ? null : item.heading);
                setGraphic(null);
                setId(item.id);
                getStyleClass().add("nav-group");
            } else {
                setText(null);
                setGraphic(item.graphic);
                setId(null);
                getStyleClass().add("nav-queue");
            }
        }
    }
}

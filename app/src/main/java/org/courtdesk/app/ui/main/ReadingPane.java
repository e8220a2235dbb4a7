package org.courtdesk.app.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Icons;
import org.courtdesk.app.ui.Theme;
import org.courtdesk.app.ui.WindowSize;
import org.courtdesk.app.ui.viewer.MaterialViewer;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.api.MaterialRef;

/**
 * The reading pane (issue 13): the materials a judge opened, docked beside the queue so the application, the decision
 * form and the material are on screen together (queue | detail + form | viewer), one short-titled tab per material,
 * and "pop out" to a window of its own for a second monitor. It only hosts {@link MaterialViewer} — builds it,
 * gives it the keyboard, closes and disposes it — and knows nothing of how it renders.
 */
final class ReadingPane extends BorderPane {

    /** What the window does when the pane's content changes. */
    interface Listener {
        /** The last docked material was closed (the window folds the pane away) or the first one opened. */
        void dockedChanged(boolean any);

        /** A material was closed (by Esc, Ctrl+W, its tab or its window): the keyboard goes back. */
        void closed();
    }

    private final Workspace workspace;
    private final Listener listener;
    private final TabPane viewers = new TabPane();
    private final List<Stage> windows = new ArrayList<>();

    ReadingPane(Workspace workspace, Listener listener) {
        this.workspace = workspace;
        this.listener = listener;
        setId("reading-pane");
        getStyleClass().add("reading-pane");
        viewers.setId("reading-pane-tabs");
        viewers.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        viewers.getStyleClass().add(Styles.TABS_FLOATING);

        Button popOut = new Button(null, Icons.of(MaterialDesignO.OPEN_IN_NEW, 16));
        popOut.setId("reading-pane-pop-out");
        popOut.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        popOut.setTooltip(new Tooltip(Messages.get("menu.view.popOut") + "  (" + KeyTable.POP_OUT.shown() + ")"));
        popOut.setOnAction(e -> popOut());
        Button close = new Button(null, Icons.of(MaterialDesignC.CLOSE, 16));
        close.setId("reading-pane-close");
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setTooltip(new Tooltip(Messages.get("menu.view.closeMaterial") + "  (" + KeyTable.CLOSE_MATERIAL.shown() + ")"));
        close.setOnAction(e -> closeSelected());
        HBox tools = new HBox(2, popOut, close);
        tools.setAlignment(Pos.CENTER_RIGHT);
        tools.getStyleClass().add("reading-pane-tools");
        setTop(tools);
        setCenter(viewers);
        viewers.getTabs().addListener((javafx.collections.ListChangeListener<Tab>) c ->
                listener.dockedChanged(!viewers.getTabs().isEmpty()));
        // Esc in the viewer closes it (Ctrl+W comes from the menu, wherever the keyboard is).
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                closeSelected();
                e.consume();
            }
        });
    }

    /** Opens {@code doc} (or selects the tab or window already showing it) and gives its viewer the keyboard. */
    MaterialViewer open(QueueTabs.DocumentRef doc) {
        return open(doc, List.of());
    }

    /**
     * The same, and the materials before and after it ({@code neighbours}, the next first) readied in the
     * background: brought into the cache and their page 1 rendered at this pane's size, so moving on opens them at
     * once (as in 证据交换).
     */
    MaterialViewer open(QueueTabs.DocumentRef doc, List<QueueTabs.DocumentRef> neighbours) {
        MaterialViewer viewer = show(doc);
        if (!neighbours.isEmpty()) {
            viewer.prefetchNeighbours(neighbours.stream().map(ReadingPane::material).toList());
        }
        return viewer;
    }

    private static MaterialRef material(QueueTabs.DocumentRef doc) {
        return new MaterialRef(doc.id(), null, doc.fileName(), doc.contentType(), doc.size(), doc.sha256());
    }

    private MaterialViewer show(QueueTabs.DocumentRef doc) {
        for (Tab t : viewers.getTabs()) {
            if (doc.sha256() != null && doc.sha256().equals(t.getUserData())) {
                viewers.getSelectionModel().select(t);
                focus((Node) t.getContent());
                return (MaterialViewer) t.getContent();
            }
        }
        for (Stage w : windows) {
            if (doc.sha256() != null && doc.sha256().equals(w.getUserData())) {
                w.toFront();
                w.requestFocus();
                return (MaterialViewer) w.getScene().getRoot();
            }
        }
        MaterialRef material = material(doc);
        MaterialViewer viewer = new MaterialViewer(workspace, material, doc.label());
        // A short title (the material's kind); the whole name in the tooltip.
        Tab tab = new Tab(shortTitle(doc.label()), viewer);
        tab.setTooltip(new Tooltip(doc.label() + " · " + doc.caption()
                + (doc.fileName() == null ? "" : " · " + doc.fileName())));
        tab.setUserData(material.sha256());
        tab.setOnClosed(e -> {
            if (!Boolean.TRUE.equals(viewer.getProperties().get(MOVING))) {
                viewer.dispose();
                listener.closed();
            }
        });
        viewers.getTabs().add(tab);
        viewers.getSelectionModel().select(tab);
        focus(viewer);
        return viewer;
    }

    private static final String MOVING = "courtdesk.reading-pane.moving";

    static String shortTitle(String label) {
        if (label == null) {
            return "";
        }
        return label.length() <= 10 ? label : label.substring(0, 9) + "…";
    }

    /**
     * The keyboard into the viewer (its page and zoom keys act at once). A new tab's content joins the scene only on
     * the tab pane's next layout pass, which may come after a plain {@code runLater}: a focus request before that is
     * dropped. So the request is repeated once the viewer is in a scene (CI lost the keyboard to exactly that race).
     */
    static void focus(Node viewer) {
        viewer.setFocusTraversable(true);
        if (viewer.getScene() != null) {
            viewer.requestFocus();
            javafx.application.Platform.runLater(viewer::requestFocus);
            return;
        }
        viewer.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                                javafx.scene.Scene was, javafx.scene.Scene now) {
                if (now != null) {
                    viewer.sceneProperty().removeListener(this);
                    javafx.application.Platform.runLater(viewer::requestFocus);
                }
            }
        });
    }

    /** Closes the material on screen in the pane; false when none is docked. */
    boolean closeSelected() {
        Tab t = viewers.getSelectionModel().getSelectedItem();
        if (t == null) {
            return false;
        }
        viewers.getTabs().remove(t);
        if (t.getOnClosed() != null) {
            t.getOnClosed().handle(null);
        }
        return true;
    }

    /** Moves the material on screen into a window of its own (a second monitor); Esc or Ctrl+W closes it. */
    Optional<Stage> popOut() {
        Tab t = viewers.getSelectionModel().getSelectedItem();
        if (t == null) {
            return Optional.empty();
        }
        MaterialViewer viewer = (MaterialViewer) t.getContent();
        viewer.getProperties().put(MOVING, true);
        t.setContent(null);
        viewers.getTabs().remove(t);
        if (viewer.getParent() instanceof javafx.scene.layout.Pane p) {
            p.getChildren().remove(viewer); // the tab's skin lets go of it later otherwise
        }
        viewer.getProperties().remove(MOVING);

        Stage w = new Stage();
        Window owner = getScene() == null ? null : getScene().getWindow();
        if (owner != null) {
            w.initOwner(owner);
        }
        w.setTitle(Messages.get("app.title") + " — " + t.getTooltip().getText());
        w.setUserData(t.getUserData());
        javafx.geometry.Rectangle2D visual = javafx.stage.Screen.getPrimary().getVisualBounds();
        WindowSize.Size size = WindowSize.fit(visual);
        Scene scene = new Scene(viewer, Math.min(900, size.width()), size.height());
        Theme.apply(scene);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || KeyTable.CLOSE_MATERIAL.combination().match(e)) {
                w.close();
                e.consume();
            }
        });
        w.setScene(scene);
        w.setOnHidden(e -> {
            windows.remove(w);
            viewer.dispose();
            listener.closed();
        });
        windows.add(w);
        w.show();
        focus(viewer);
        return Optional.of(w);
    }

    /** Whether {@code n} (the focus owner) is in the pane. */
    boolean holds(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == this) {
                return true;
            }
        }
        return false;
    }

    boolean docked() {
        return !viewers.getTabs().isEmpty();
    }

    /** The material viewer on screen in the pane, if any. */
    Optional<MaterialViewer> selected() {
        Tab t = viewers.getSelectionModel().getSelectedItem();
        return t == null ? Optional.empty() : Optional.of((MaterialViewer) t.getContent());
    }

    /** Gives the docked viewer on screen the keyboard; false when none. */
    boolean focusSelected() {
        return selected().map(v -> {
            focus(v);
            return true;
        }).orElse(false);
    }

    TabPane tabs() {
        return viewers;
    }

    List<Stage> windows() {
        return List.copyOf(windows);
    }

    /** Closes every viewer and window (the window closes or the user signs out). */
    void dispose() {
        for (Stage w : List.copyOf(windows)) {
            w.close();
        }
        for (Tab t : List.copyOf(viewers.getTabs())) {
            if (t.getContent() instanceof MaterialViewer v) {
                v.dispose();
            }
        }
        viewers.getTabs().clear();
    }

}

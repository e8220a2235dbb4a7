package org.courtdesk.app.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.ui.UiTestSupport;
import org.courtdesk.app.workspace.PendingDecision;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReviewOpinion;

/**
 * Nothing cut (issue 13): at 1280×800, at 150 % on a 1920×1080 screen (1280×720 JavaFX pixels) and at 1920×1080, in
 * Chinese and English, no column header, button, tab or label outside the table's rows is shortened to "…" (its text
 * measured against its width by the skin), the conflict button included; the unopened rows are marked without bold.
 * Snapshots to target/screenshots/layout-*.png.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutSnapshotTest {

    @Start
    void start(Stage stage) {
        // each test opens its own window
    }

    private static FakeWorkspace workspace() {
        FakeWorkspace ws = Samples.workspace();
        ReviewDecision mine = new ReviewDecision(UUID.randomUUID(), 3, ReviewOpinion.AGREE, "申请符合法律规定，予以同意。",
                ReadingMode.ONLINE, Samples.TODAY.plusDays(15), null, null, null);
        ws.pending.put(2L, new PendingDecision(2L, mine, Instant.now(), true, "VERSION_CONFLICT"));
        return ws;
    }

    /** Labeled controls whose shown text is not their whole text, outside the tables' rows. */
    static List<String> cut(Parent root) {
        List<String> out = new ArrayList<>();
        for (Node n : root.lookupAll("*")) {
            if (!(n instanceof Labeled l) || l.getText() == null || l.getText().isBlank() || !treeVisible(l)
                    || insideRow(l)) {
                continue;
            }
            for (Node c : l.getChildrenUnmodifiable()) {
                if (c instanceof Text t && t.getText() != null && !t.getText().equals(l.getText()) && !l.isWrapText()
                        && (t.getText().endsWith("…") || t.getText().endsWith("..."))) {
                    out.add(l.getClass().getSimpleName() + "[" + l.getId() + "] \"" + l.getText() + "\" shown as \""
                            + t.getText() + "\"");
                }
            }
        }
        return out;
    }

    /**
     * Text fields whose prompt text is wider than the room inside them (the prompt is cut, not ellipsised, so
     * {@link #cut} cannot see it): the prompt measured in the field's font against the field's width less its insets.
     * Fields with text (the prompt hidden), text areas (their prompt wraps) and hidden fields are left out.
     */
    static List<String> cutPrompts(Parent root) {
        List<String> out = new ArrayList<>();
        for (Node n : root.lookupAll(".text-field")) {
            if (!(n instanceof javafx.scene.control.TextField f) || f.getPromptText() == null || f.getPromptText().isBlank()
                    || (f.getText() != null && !f.getText().isEmpty()) || !treeVisible(f) || insideRow(f)
                    || f.getScene() == null || f.getWidth() <= 0) {
                continue;
            }
            double room = f.getWidth() - f.snappedLeftInset() - f.snappedRightInset();
            double need = org.courtdesk.app.ui.TableColumns.textWidth(f.getPromptText(), f.getFont());
            if (need > room + 0.5) {
                out.add("TextField[" + f.getId() + "] prompt \"" + f.getPromptText() + "\" needs " + Math.round(need)
                        + " px, has " + Math.round(room));
            }
        }
        return out;
    }

    /**
     * Captions of a queue's filter bar left at the end of a line, their control wrapped to the next (issue 13: "Sync"
     * alone at the end of 阅卷's first line with the list of queues pinned): a wrapped bar breaks between conditions.
     */
    static List<String> captionsAlone(org.courtdesk.app.ui.queue.KindQueueView<?, ?, ?> kind) {
        List<String> out = new ArrayList<>();
        for (Node n : kind.getTop().lookupAll("*")) {
            if (!(n instanceof javafx.scene.layout.FlowPane flow)) {
                continue;
            }
            List<Node> items = flow.getChildren().stream().filter(Node::isVisible).toList();
            for (int i = 0; i + 1 < items.size(); i++) {
                if (items.get(i) instanceof javafx.scene.control.Label l && !(items.get(i + 1) instanceof javafx.scene.control.Label)
                        && items.get(i + 1).getLayoutY() > l.getLayoutY() + l.getHeight()) {
                    out.add("filter caption \"" + l.getText() + "\" at the end of a line, its control on the next");
                }
            }
        }
        return out;
    }

    static boolean treeVisible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    static boolean insideRow(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("table-row-cell") || p.getStyleClass().contains("list-cell")
                    || p.getStyleClass().contains("tooltip")) {
                return true;
            }
        }
        return false;
    }

    private void check(String lang, double w, double h) throws Exception {
        Messages.use("en".equals(lang) ? Messages.ENGLISH : Messages.CHINESE);
        FakeWorkspace ws = workspace();
        Stage stage = onFx(Stage::new);
        MainWindow main = onFx(() -> new MainWindow(ws, Samples.CLOCK));
        List<String> problems = new ArrayList<>();
        try {
            onFx(() -> UiTestSupport.show(stage, main, w, h));
            waitUntil(() -> main.reading().model().settled() && main.reading().table().getItems().size() >= 5);
            // the conflicted request open: its conflict button on screen
            onFx(() -> {
                main.queueTab(org.courtdesk.model.request.RequestKind.CASE_FILE_READING)
                        .ifPresent(t -> main.tabs().getSelectionModel().select(t));
                main.reading().model().queryProperty().set(
                        org.courtdesk.app.ui.reading.QueueQuery.DEFAULT.withStatus(org.courtdesk.app.ui.reading.StatusFilter.ALL));
                return null;
            });
            waitUntil(() -> main.reading().model().settled());
            onFx(() -> {
                var items = main.reading().table().getItems();
                for (int i = 0; i < items.size(); i++) {
                    if (items.get(i).id() == 2L) {
                        main.reading().table().getSelectionModel().clearAndSelect(i);
                    }
                }
                return null;
            });
            waitUntil(() -> main.lookup("#detail-open-conflict") != null);
            // unopened rows are marked by a tint, not by bold (the bundled CJK face has no bold, issue 13)
            List<String> unopenedFills = onFx(() -> main.reading().table().lookupAll(".table-row-cell").stream()
                    .filter(n -> n.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("unopened"))
                            && !n.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("selected")))
                    .map(n -> ((javafx.scene.layout.Region) n).getBackground())
                    .filter(b -> b != null && !b.getFills().isEmpty())
                    .map(b -> b.getFills().get(b.getFills().size() - 1).getFill().toString()).toList());
            assertThat(unopenedFills).isNotEmpty().allMatch(f -> f.equals("0xeef6ffff") || f.equals("0xe6f1fdff"));
            String name = "layout-" + lang + "-" + (int) w + "x" + (int) h;
            UiTestSupport.snapshot(main, name);
            problems.addAll(onFx(() -> cut(main)).stream().map(p -> "阅卷申请: " + p).toList());
            problems.addAll(onFx(() -> cutPrompts(main)).stream().map(p -> "阅卷申请: " + p).toList());
            problems.addAll(onFx(() -> lastColumnCut(main.reading().table())).stream().toList());
            problems.addAll(onFx(() -> offScreen(main)).stream().map(p -> "阅卷申请: " + p).toList());
            // every other queue, as the judge opens it
            for (Tab t : List.copyOf(main.tabs().getTabs())) {
                onFx(() -> {
                    main.tabs().getSelectionModel().select(t);
                    return null;
                });
                // a queue's columns are fitted after its first layout: allow the loaded machine a few seconds
                List<String> left = List.of();
                for (int i = 0; i < 20; i++) {
                    org.testfx.util.WaitForAsyncUtils.sleep(250, java.util.concurrent.TimeUnit.MILLISECONDS);
                    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
                    left = onFx(() -> {
                        List<String> found = new ArrayList<>(cut(main));
                        found.addAll(cutPrompts(main));
                        // a kind's queue: no date, 案号, status or other short text of a row cut either
                        if (t.getContent() instanceof org.courtdesk.app.ui.queue.KindQueueView<?, ?, ?> kind) {
                            found.addAll(cutCells(kind));
                        }
                        return found;
                    });
                    if (left.isEmpty()) {
                        break;
                    }
                }
                problems.addAll(left.stream().map(p -> t.getId() + ": " + p).toList());
                problems.addAll(onFx(() -> offScreen(main)).stream().map(p -> t.getId() + ": " + p).toList());
            }
            UiTestSupport.snapshot(main, name + "-last-tab");
        } finally {
            onFx(() -> {
                main.dispose();
                stage.close();
                return null;
            });
            Messages.use(Messages.CHINESE);
        }
        assertThat(problems).as(lang + " at " + w + "x" + h).isEmpty();
    }

    /**
     * The cells of a queue's rows shown shortened to "…" whose whole text is short, structured text (a date, a 案号, a
     * status: {@link org.courtdesk.app.ui.queue.KindColumn#FIT_CAP}); prose (a reason) may be cut, shown whole in its
     * tooltip.
     */
    static List<String> cutCells(Parent queue) {
        List<String> out = new ArrayList<>();
        for (Node n : queue.lookupAll(".table-cell")) {
            if (!(n instanceof javafx.scene.control.TableCell<?, ?> cell) || cell.getText() == null || cell.getText().isBlank()
                    || !treeVisible(cell) || cell.getTableColumn() == null) {
                continue;
            }
            for (Node c : cell.getChildrenUnmodifiable()) {
                if (c instanceof Text t && t.getText() != null && !t.getText().equals(cell.getText())
                        && (t.getText().endsWith("…") || t.getText().endsWith("..."))) {
                    double graphic = cell.getGraphic() != null && cell.getGraphic().isManaged()
                            ? cell.getGraphic().prefWidth(-1) + cell.getGraphicTextGap() : 0;
                    double need = org.courtdesk.app.ui.TableColumns.textWidth(cell.getText(), cell.getFont()) + graphic
                            + cell.snappedLeftInset() + cell.snappedRightInset() + 4;
                    if (!Double.isNaN(org.courtdesk.app.ui.queue.KindColumn.fit(need))) {
                        out.add("cell of " + cell.getTableColumn().getId() + " \"" + cell.getText() + "\" shown as \""
                                + t.getText() + "\"");
                    }
                }
            }
        }
        return out;
    }

    /**
     * The parts of a queue's list | detail split that end beyond the window's right edge (the review form cut at 1280 px
     * in English, issue 13): each part of every visible split pane ends inside the scene.
     */
    static List<String> offScreen(MainWindow main) {
        List<String> out = new ArrayList<>();
        double right = main.getScene().getWidth() + 1;
        for (Node n : main.lookupAll(".split-pane")) {
            if (n instanceof javafx.scene.control.SplitPane split && treeVisible(split)) {
                for (Node part : split.getItems()) {
                    double maxX = part.localToScene(part.getLayoutBounds()).getMaxX();
                    if (treeVisible(part) && maxX > right) {
                        out.add(part.getClass().getSimpleName() + "[" + part.getId() + "] ends at " + Math.round(maxX)
                                + " beyond the window's " + Math.round(right - 1));
                    }
                }
            }
        }
        return out;
    }

    /** The last visible column ends inside the table (not cut at the right edge). */
    static List<String> lastColumnCut(TableView<?> table) {
        double sum = table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        // A list that gave way to its detail in a narrow window (QueueSplit.fit) scrolls sideways: every column is
        // reachable by its scroll bar, and the form beside it is whole (offScreen checks that).
        boolean scrolls = table.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof javafx.scene.control.ScrollBar b
                && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible());
        return sum > table.getWidth() + 1 && !scrolls
                ? List.of("columns " + sum + " wider than the table " + table.getWidth()) : List.of();
    }

    /**
     * Every kind's queue with its sample requests at 1280×800, the list of queues shown, in Chinese and English: no
     * column header and no short cell (date, 案号, status) shortened to "…" (prose may be, shown whole in its tooltip).
     */
    @Test
    void kindQueuesShowTheirHeadersAndShortCellsWholeAt1280x800() throws Exception {
        for (String lang : List.of("zh", "en")) {
            Messages.use("en".equals(lang) ? Messages.ENGLISH : Messages.CHINESE);
            Stage stage = onFx(Stage::new);
            MainWindow main = onFx(() -> new MainWindow(EveryKind.workspace(), Samples.CLOCK));
            List<String> problems = new ArrayList<>();
            try {
                onFx(() -> {
                    main.navPinnedProperty().set(true); // the whole list of queues beside the queue
                    UiTestSupport.show(stage, main, 1280, 800);
                    return null;
                });
                waitUntil(() -> main.reading().model().settled());
                for (Tab t : List.copyOf(main.tabs().getTabs())) {
                    onFx(() -> {
                        main.tabs().getSelectionModel().select(t);
                        return null;
                    });
                    if (!(onFx(t::getContent) instanceof org.courtdesk.app.ui.queue.KindQueueView<?, ?, ?> kind)) {
                        continue;
                    }
                    waitUntil(() -> kind.lookup(".table-row-cell .table-cell") != null || t.getText().endsWith("（0）")
                            || t.getText().endsWith("(0)"));
                    List<String> left = List.of();
                    for (int i = 0; i < 20; i++) {
                        org.testfx.util.WaitForAsyncUtils.sleep(250, java.util.concurrent.TimeUnit.MILLISECONDS);
                        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
                        left = onFx(() -> {
                            List<String> found = new ArrayList<>(cutCells(kind));
                            found.addAll(captionsAlone(kind));
                            for (Node h : kind.lookupAll(".column-header")) {
                                if (h instanceof Parent p) {
                                    found.addAll(cut(p));
                                }
                            }
                            return found;
                        });
                        if (left.isEmpty()) {
                            break;
                        }
                    }
                    problems.addAll(left.stream().map(p -> t.getId() + ": " + p).toList());
                    UiTestSupport.snapshot(main, "kind-queue-" + lang + "-" + t.getId());
                }
            } finally {
                onFx(() -> {
                    main.dispose();
                    stage.close();
                    return null;
                });
                Messages.use(Messages.CHINESE);
            }
            assertThat(problems).as(lang).isEmpty();
        }
    }

    @Test
    void chineseAt1280x800() throws Exception {
        check("zh", 1280, 800);
    }

    @Test
    void englishAt1280x800() throws Exception {
        check("en", 1280, 800);
    }

    @Test
    void chineseAndEnglishAt150PercentOf1920x1080() throws Exception {
        check("zh", 1280, 720);
        check("en", 1280, 720);
    }

    @Test
    void chineseAndEnglishAt1920x1080() throws Exception {
        check("zh", 1600, 1000); // the headless screen is 1600x1000 (app/pom.xml); 1920 would not fit on it
        check("en", 1600, 1000);
    }
}

package org.courtdesk.app.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.ui.UiTestSupport;
import org.courtdesk.app.ui.queue.KindQueueView;

/**
 * Every kind's queue view with a request open (its detail and form on screen) in the window as it opens at 1280×800
 * (the list of queues a rail), in Chinese and English (issue 13): no label, button or header shortened to "…" and no
 * prompt text wider than its field, in the queue and in the form; every queue shows its default columns without
 * scrolling sideways and no search field wider than {@link #MAX_SEARCH_WIDTH}; the queues named in {@link #ONE_LINE}
 * keep their filter bar on one line. Which other filter bars take two lines is printed (target/screenshots/fit-*.png).
 */
@ExtendWith(ApplicationExtension.class)
class QueueFormFitTest {

    /** The widest a queue's search field may be (English prompts made them 260–350 px wide, issue 13). */
    static final double MAX_SEARCH_WIDTH = 230;

    /** The queues whose filter bar takes one line at 1280 px, in both languages. */
    static final Set<String> ONE_LINE = Set.of("tab-reading", "tab-adjournment", "tab-transfer", "tab-suggestion");

    @Start
    void start(Stage stage) {
        // each language opens its own window
    }

    /** Every kind's samples, 网上立案's too (EveryKind leaves it out: other tests count its queues). */
    static FakeWorkspace workspace() {
        FakeWorkspace ws = EveryKind.workspace();
        try {
            Class<?> samples = Class.forName("org.courtdesk.app.ui.filing.FilingSamples");
            Method judge = samples.getDeclaredMethod("judge");
            judge.setAccessible(true);
            Method m = samples.getDeclaredMethod("workspace", org.courtdesk.model.api.UserInfo.class);
            m.setAccessible(true);
            ws.kindViews.putAll(((FakeWorkspace) m.invoke(null, judge.invoke(null))).kindViews);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return ws;
    }

    /** The list scrolls sideways, or a visible column ends beyond the table's right edge. */
    static boolean sideways(TableView<?> table) {
        boolean bar = table.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof ScrollBar b
                && b.getOrientation() == Orientation.HORIZONTAL && b.isVisible() && b.getVisibleAmount() < b.getMax());
        double sum = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        return bar || sum > table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() + 1;
    }

    /** The table's width and each visible column's width and minimum, for the message of a list that scrolls. */
    static String columnWidths(TableView<?> table) {
        StringBuilder b = new StringBuilder("table " + Math.round(table.getWidth()) + " px:");
        double sum = 0;
        for (TableColumn<?, ?> c : table.getVisibleLeafColumns()) {
            b.append(' ').append(c.getId()).append('=').append(Math.round(c.getWidth())).append('/').append(Math.round(c.getMinWidth()));
            sum += c.getMinWidth();
        }
        return b.append(" (minimums ").append(Math.round(sum)).append(')').toString();
    }

    /** The filter bar's height over one control's: more than one line when it wrapped. */
    static boolean wrapped(KindQueueView<?, ?, ?> kind) {
        Node bar = kind.getTop();
        double tallest = kind.getTop().lookupAll(".combo-box-base").stream().mapToDouble(n -> n.getLayoutBounds().getHeight())
                .max().orElse(36);
        return bar.getLayoutBounds().getHeight() > 2 * tallest;
    }

    @Test
    void everyKindsQueueAndFormCutNothingAt1280x800() throws Exception {
        Map<String, List<String>> scrolls = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("zh", "en")) {
            Messages.use("en".equals(lang) ? Messages.ENGLISH : Messages.CHINESE);
            Stage stage = onFx(Stage::new);
            MainWindow main = onFx(() -> new MainWindow(workspace(), Samples.CLOCK));
            try {
                onFx(() -> {
                    UiTestSupport.show(stage, main, 1280, 800);
                    return null;
                });
                waitUntil(() -> main.reading().model().settled());
                for (Tab t : List.copyOf(main.tabs().getTabs())) {
                    onFx(() -> {
                        main.tabs().getSelectionModel().select(t);
                        return null;
                    });
                    if (!(onFx(t::getContent) instanceof KindQueueView<?, ?, ?> kind)) {
                        continue;
                    }
                    waitUntil(() -> kind.model().settled());
                    // the first request open: its detail and, when it waits for a decision, its form
                    onFx(() -> {
                        if (!kind.table().getItems().isEmpty()) {
                            kind.table().getSelectionModel().clearAndSelect(0);
                        }
                        return null;
                    });
                    List<String> left = List.of();
                    for (int i = 0; i < 20; i++) {
                        WaitForAsyncUtils.sleep(250, TimeUnit.MILLISECONDS);
                        WaitForAsyncUtils.waitForFxEvents();
                        left = onFx(() -> {
                            List<String> found = new ArrayList<>(LayoutSnapshotTest.cut(kind));
                            found.addAll(LayoutSnapshotTest.cutPrompts(kind));
                            found.addAll(LayoutSnapshotTest.cutCells(kind));
                            found.addAll(LayoutSnapshotTest.offScreen(main));
                            found.addAll(LayoutSnapshotTest.captionsAlone(kind));
                            // every kind's default columns beside its detail, none cut off at the right (issue 13)
                            if (sideways(kind.table())) {
                                found.add("the list scrolls sideways: " + columnWidths(kind.table()));
                            }
                            // a search field no wider than a short prompt needs: what it searches is in its tooltip
                            for (Node n : kind.getTop().lookupAll(".text-field")) {
                                if (n instanceof javafx.scene.control.TextField f && LayoutSnapshotTest.treeVisible(f)
                                        && f.getWidth() > MAX_SEARCH_WIDTH) {
                                    found.add("search field " + f.getId() + " is " + Math.round(f.getWidth())
                                            + " px wide for its prompt \"" + f.getPromptText() + "\"");
                                }
                            }
                            if (ONE_LINE.contains(t.getId()) && wrapped(kind)) {
                                found.add("the filter bar wraps");
                            }
                            return found;
                        });
                        if (left.isEmpty()) {
                            break;
                        }
                    }
                    problems.addAll(left.stream().map(p -> lang + " " + t.getId() + ": " + p).toList());
                    if (onFx(() -> wrapped(kind))) {
                        scrolls.computeIfAbsent(t.getId() + " (filter bar on two lines)", k -> new ArrayList<>()).add(lang);
                    }
                    UiTestSupport.snapshot(main, "fit-" + lang + "-" + t.getId());
                }
            } finally {
                onFx(() -> {
                    main.dispose();
                    stage.close();
                    return null;
                });
                Messages.use(Messages.CHINESE);
            }
        }
        System.out.println("Queues with a filter bar on two lines at 1280x800: " + scrolls);
        assertThat(problems).isEmpty();
    }
}

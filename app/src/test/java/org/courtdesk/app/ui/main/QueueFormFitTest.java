package org.courtdesk.app.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.courtdesk.app.i18n.Messages;
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

    @Test
    void everyKindsQueueAndFormCutNothingAt1280x800() throws Exception {
        Map<String, List<String>> scrolls = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("zh", "en")) {
            Messages.use("en".equals(lang) ? Messages.ENGLISH : Messages.CHINESE);
            Stage stage = onFx(Stage::new);
            MainWindow main = onFx(() -> new MainWindow(EveryKind.withFiling(), Samples.CLOCK));
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
                    List<String> left = QueueFit.settled(() -> {
                        List<String> found = new ArrayList<>(QueueFit.cut(kind));
                        found.addAll(QueueFit.cutPrompts(kind));
                        found.addAll(QueueFit.cutCells(kind));
                        found.addAll(QueueFit.offScreen(main));
                        found.addAll(QueueFit.captionsAlone(kind));
                        // every kind's default columns beside its detail, none cut off at the right (issue 13)
                        if (QueueFit.sideways(kind.table())) {
                            found.add("the list scrolls sideways: " + QueueFit.columnWidths(kind.table()));
                        }
                        // a search field no wider than a short prompt needs: what it searches is in its tooltip
                        for (Node n : kind.getTop().lookupAll(".text-field")) {
                            if (n instanceof javafx.scene.control.TextField f && QueueFit.treeVisible(f)
                                    && f.getWidth() > MAX_SEARCH_WIDTH) {
                                found.add("search field " + f.getId() + " is " + Math.round(f.getWidth())
                                        + " px wide for its prompt \"" + f.getPromptText() + "\"");
                            }
                        }
                        if (ONE_LINE.contains(t.getId()) && QueueFit.wrapped(kind)) {
                            found.add("the filter bar wraps");
                        }
                        return found;
                    });
                    problems.addAll(left.stream().map(p -> lang + " " + t.getId() + ": " + p).toList());
                    if (onFx(() -> QueueFit.wrapped(kind))) {
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
        System.out.println("Filter bars on two lines at 1280x800 with a request open: " + scrolls);
        assertThat(problems).isEmpty();
    }
}

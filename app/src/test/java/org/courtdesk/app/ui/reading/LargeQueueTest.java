package org.courtdesk.app.ui.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import java.util.List;

import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.ui.UiTestSupport;
import org.courtdesk.app.workspace.ReadingQueueRow;

/** 20,000 rows: typing a filter gives exactly the matching rows, the table stays virtual. Not a timing test. */
@ExtendWith(ApplicationExtension.class)
class LargeQueueTest {

    private FakeWorkspace ws;
    private ReadingQueueView view;
    private final List<ReadingQueueRow> rows = Samples.manyRows(20_000, 1000);

    @Start
    void start(Stage stage) {
        Messages.use(Messages.CHINESE);
        ws = new FakeWorkspace(Samples.CLOCK);
        ws.extraRows.addAll(rows);
        view = new ReadingQueueView(ws, Samples.CLOCK, (r, m) -> { });
        view.refresh();
        UiTestSupport.show(stage, view, 1280, 800);
    }

    @SuppressWarnings("unchecked")
    private TableView<ReadingQueueRow> table(FxRobot robot) {
        return robot.lookup("#queue-table").queryAs(TableView.class);
    }

    private List<ReadingQueueRow> expected(QueueQuery q, List<SortKey> sort) {
        return QueueProcessor.apply(rows, q, sort, Samples.TODAY, Samples.ZONE);
    }

    @Test
    void typingAFilterOverTwentyThousandRowsShowsExactlyTheMatches(FxRobot robot) throws Exception {
        QueueQuery pending = QueueQuery.DEFAULT;
        waitUntil(() -> view.model().settled() && table(robot).getItems().size() == expected(pending, List.of()).size());
        assertThat(table(robot).getItems()).isEqualTo(expected(pending, List.of()));

        robot.clickOn("#filter-status");
        // 全部 of the 状态 box's list (the 同步 box beside it says 全部 too)
        robot.clickOn(robot.lookup(".list-cell").match((javafx.scene.Node n) -> n instanceof javafx.scene.control.Labeled l
                && "全部".equals(l.getText()) && n.getScene() != null
                && n.getScene().getWindow() instanceof javafx.stage.PopupWindow).queryAs(javafx.scene.Node.class));
        waitUntil(() -> view.model().settled() && table(robot).getItems().size() == 20_000);

        robot.clickOn("#filter-case").write("(2021)粤0106民");
        QueueQuery typed = QueueQuery.DEFAULT.withStatus(StatusFilter.ALL).withCaseNumber("(2021)粤0106民");
        List<ReadingQueueRow> want = expected(typed, List.of());
        assertThat(want).isNotEmpty().hasSizeLessThan(20_000);
        waitUntil(() -> view.model().settled() && table(robot).getItems().equals(want));
        UiTestSupport.snapshot(view, "queue-20000-filtered");

        // Sorting by a header click happens in the model too.
        robot.clickOn("#col-applicant .label");
        List<ReadingQueueRow> sorted = expected(typed, List.of(new SortKey(QueueColumn.APPLICANT, true)));
        waitUntil(() -> view.model().settled() && table(robot).getItems().equals(sorted));
        robot.clickOn("#col-applicant .label");
        List<ReadingQueueRow> desc = expected(typed, List.of(new SortKey(QueueColumn.APPLICANT, false)));
        waitUntil(() -> view.model().settled() && table(robot).getItems().equals(desc));

        // Clearing brings all rows back; the table keeps only the visible rows as cells.
        onFx(() -> {
            view.resetFilters();
            view.model().queryProperty().set(QueueQuery.DEFAULT.withStatus(StatusFilter.ALL));
            return null;
        });
        waitUntil(() -> view.model().settled() && table(robot).getItems().size() == 20_000);
        long cells = robot.lookup(".table-row-cell").queryAll().stream().filter(n -> n instanceof TableRow).count();
        assertThat(cells).isBetween(1L, 100L);
    }
}

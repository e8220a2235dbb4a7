package org.courtdesk.app.ui.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import java.util.List;
import java.util.UUID;

import javafx.scene.control.Label;
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
import org.courtdesk.app.ui.main.MainWindow;
import org.courtdesk.app.workspace.ReadingQueueRow;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.model.request.RequestStatus;

/**
 * The selection and the detail after a row changed (issue 14). The queue tells the table a filter as rows removed or
 * added and a sort as a permutation, not as a replacement of every row; on the removal of its selected row the table
 * selects a neighbour by itself. That is not the judge's choice: the request shown stays shown (its new state in the
 * detail and the form), no other request is selected, shown or marked opened, and when its row is listed again it is
 * the one selected. Each change here is one change event, so the table is told the smallest change every time.
 */
@ExtendWith(ApplicationExtension.class)
class SelectionAfterRowChangeTest {

    private FakeWorkspace ws;
    private MainWindow main;

    @Start
    void start(Stage stage) {
        Messages.use(Messages.CHINESE);
        ws = Samples.workspace();
        main = new MainWindow(ws, Samples.CLOCK);
        UiTestSupport.show(stage, main, 1280, 800);
    }

    private ReadingQueueView view() {
        return main.reading();
    }

    private TableView<ReadingQueueRow> table() {
        return view().table();
    }

    /** Request {@code id} selected as the judge selects it, its detail loaded. */
    private void select(long id) {
        waitUntil(() -> table().getItems().size() == 6 && view().model().settled());
        onFx(() -> {
            for (ReadingQueueRow r : table().getItems()) {
                if (r.id() == id) {
                    table().getSelectionModel().clearAndSelect(table().getItems().indexOf(r));
                }
            }
            return null;
        });
        waitUntil(() -> view().shownId() == id && view().formModel().request() != null
                && view().formModel().request().id() == id && ws.opened.contains(id));
    }

    private Long selectedId() {
        return onFx(() -> {
            ReadingQueueRow r = table().getSelectionModel().getSelectedItem();
            return r == null ? null : r.id();
        });
    }

    private List<Long> visibleIds() {
        return onFx(() -> table().getItems().stream().map(ReadingQueueRow::id).toList());
    }

    /** A decision saved for {@code id} as the form saves it (the workspace reports the one change), off the FX thread. */
    private void savedElsewhere(long id) throws Exception {
        ReviewDecision d = new ReviewDecision(UUID.randomUUID(), ws.views.get(id).version(), ReviewOpinion.AGREE,
                "申请符合法律规定，予以同意。", ReadingMode.ONLINE, Samples.TODAY.plusDays(15), null, null, null);
        Thread t = new Thread(() -> {
            try {
                ws.saveDecision(id, d);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        t.start();
        t.join();
    }

    private static ReadingRequestView withApplicant(ReadingRequestView v, String applicant) {
        return new ReadingRequestView(v.id(), v.applicationNo(), v.caseNumber(), v.caseTitle(), v.courtCode(),
                v.courtName(), v.applicantId(), applicant, v.applicantRole(), v.applicationDate(), v.submittedAt(),
                v.content(), v.reason(), v.requestedMode(), v.caseDigitised(), v.status(), v.version() + 1,
                v.judgeName(), v.review(), v.visit(), v.materials(), v.audit(), v.agreementVersion(), v.proposedTime());
    }

    private static ReadingRequestView withStatus(ReadingRequestView v, RequestStatus status) {
        return new ReadingRequestView(v.id(), v.applicationNo(), v.caseNumber(), v.caseTitle(), v.courtCode(),
                v.courtName(), v.applicantId(), v.applicantName(), v.applicantRole(), v.applicationDate(),
                v.submittedAt(), v.content(), v.reason(), v.requestedMode(), v.caseDigitised(), status,
                v.version() + 1, v.judgeName(), v.review(), v.visit(), v.materials(), v.audit(), v.agreementVersion(),
                v.proposedTime());
    }

    /** The shown request's status changes and its row leaves the 待审查 list: it stays shown, nothing else selected. */
    @Test
    void theSelectedRowLeavingTheFilterKeepsItsRequestInTheDetailAndSelectsNoOther() throws Exception {
        select(2L); // the second row: the table would select the first (id 1) when it goes
        savedElsewhere(2L);
        waitUntil(() -> view().model().settled() && !visibleIds().contains(2L));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleIds()).containsExactly(1L, 3L, 4L, 5L, 6L);
        assertThat(selectedId()).as("no other request is selected in its place").isNull();
        assertThat(view().shownId()).isEqualTo(2L);
        Label notice = onFx(() -> (Label) main.lookup("#review-notice"));
        waitUntil(() -> "已保存，待同步".equals(notice.getText()) && view().formModel().withdrawableProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view().shownId()).isEqualTo(2L);
        assertThat(view().formModel().request().id()).isEqualTo(2L);
        assertThat(view().formModel().request().status()).isEqualTo(RequestStatus.PENDING_REVIEW);
        assertThat(selectedId()).isNull();
    }

    /** The first row, as ReviewFlowTest saves it: the table would select the new first row (id 2). */
    @Test
    void theFirstRowLeavingTheFilterKeepsItsRequestAndLeavesTheSecondUnopened() throws Exception {
        select(1L);
        savedElsewhere(1L);
        waitUntil(() -> view().model().settled() && !visibleIds().contains(1L));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedId()).as("no other request is selected in its place").isNull();
        assertThat(view().shownId()).isEqualTo(1L);
        assertThat(ws.opened).as("a row the judge never selected is not marked opened").doesNotContain(2L);
        waitUntil(() -> view().formModel().withdrawableProperty().get());
        assertThat(view().formModel().request().id()).isEqualTo(1L);
    }

    /** The row moves under the judge's sort (its 申请人 changed by a sync): the same request selected, its new state shown. */
    @Test
    void theSelectedRowMovingUnderTheSortStaysSelectedWithItsNewState() throws Exception {
        waitUntil(() -> table().getItems().size() == 6 && view().model().settled());
        onFx(() -> {
            TableColumn<ReadingQueueRow, ?> applicant = table().getColumns().stream()
                    .filter(c -> "col-applicant".equals(c.getId())).findFirst().orElseThrow();
            applicant.setSortType(TableColumn.SortType.ASCENDING);
            table().getSortOrder().setAll(List.of(applicant));
            return null;
        });
        waitUntil(() -> view().model().settled() && !view().model().sortProperty().get().isEmpty());
        select(2L); // 张伟: last by 申请人
        List<Long> before = visibleIds();
        ws.views.put(2L, withApplicant(ws.views.get(2L), "艾青")); // first by 申请人 now
        ws.fireReadingChanged(2L);
        waitUntil(() -> view().model().settled() && !visibleIds().equals(before)
                && view().formModel().request() != null && "艾青".equals(view().formModel().request().applicantName()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleIds().indexOf(2L)).isNotEqualTo(before.indexOf(2L));
        assertThat(selectedId()).isEqualTo(2L);
        assertThat(view().shownId()).isEqualTo(2L);
        assertThat(view().formModel().request().id()).isEqualTo(2L);
    }

    /** The judge types a 案号 that hides the shown row, then clears it: the row comes back selected, nothing else opened. */
    @Test
    void theSelectedRowLeavingAndReenteringTheFilterIsSelectedAgain() throws Exception {
        select(4L);
        onFx(() -> {
            view().model().queryProperty().set(view().model().queryProperty().get().withCaseNumber("粤01民"));
            return null;
        });
        waitUntil(() -> view().model().settled() && !visibleIds().contains(4L));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleIds()).isNotEmpty();
        assertThat(selectedId()).as("no other request selected while the shown one is filtered out").isNull();
        assertThat(view().shownId()).isEqualTo(4L);
        assertThat(view().formModel().request().id()).isEqualTo(4L);

        onFx(() -> {
            view().model().queryProperty().set(view().model().queryProperty().get().withCaseNumber(""));
            return null;
        });
        waitUntil(() -> view().model().settled() && visibleIds().size() == 6);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedId()).isEqualTo(4L);
        assertThat(view().shownId()).isEqualTo(4L);
        assertThat(view().formModel().request().id()).isEqualTo(4L);
        assertThat(ws.opened).doesNotContain(2L, 3L, 5L, 6L);
    }

    /** A sync decides another request (its row leaves the list above the selected one): the selection stays put. */
    @Test
    void aSyncChangingAnotherRowLeavesTheSelectionAndTheDetailAlone() throws Exception {
        select(4L);
        ws.views.put(2L, withStatus(ws.views.get(2L), RequestStatus.REJECTED));
        ws.fireReadingChanged(2L);
        waitUntil(() -> view().model().settled() && !visibleIds().contains(2L));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedId()).isEqualTo(4L);
        assertThat(view().shownId()).isEqualTo(4L);
        assertThat(view().formModel().request().id()).isEqualTo(4L);
        assertThat(view().formModel().editableProperty().get()).isTrue();
        assertThat(ws.opened).doesNotContain(2L, 3L, 5L, 6L);
    }
}

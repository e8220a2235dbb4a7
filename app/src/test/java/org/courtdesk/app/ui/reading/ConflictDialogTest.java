package org.courtdesk.app.ui.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import java.time.Instant;
import java.util.UUID;

import javafx.scene.control.Label;
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
import org.courtdesk.app.ui.main.MainWindow;
import org.courtdesk.app.workspace.ConflictResolution;
import org.courtdesk.app.workspace.PendingDecision;
import org.courtdesk.app.workspace.ReadingQueueRow;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.api.ReviewInfo;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.model.request.RequestStatus;

/** A 409: the server's state beside my draft, and both ways out. */
@ExtendWith(ApplicationExtension.class)
class ConflictDialogTest {

    private FakeWorkspace ws;
    private MainWindow main;

    @Start
    void start(Stage stage) {
        Messages.use(Messages.CHINESE);
        ws = Samples.workspace();
        // Request 2: someone else refused it on the server (version 4); my approval was based on version 3.
        ReadingRequestView base = ws.views.get(2L);
        ws.views.put(2L, copy(base, RequestStatus.REJECTED, 4, new ReviewInfo("李法官", Samples.TODAY, ReviewOpinion.DISAGREE,
                "申请人未提交授权委托书原件", null, null, null, null, null)));
        ReviewDecision mine = new ReviewDecision(UUID.randomUUID(), 3, ReviewOpinion.AGREE, "申请符合法律规定，予以同意。",
                ReadingMode.ONLINE, Samples.TODAY.plusDays(15), null, null, null);
        ws.pending.put(2L, new PendingDecision(2L, mine, Instant.now(), true, "VERSION_CONFLICT"));
        // Request 4: changed on the server but still awaiting review (e.g. the applicant added a material).
        ReadingRequestView four = ws.views.get(4L);
        ws.views.put(4L, copy(four, RequestStatus.PENDING_REVIEW, 6, null));
        ReviewDecision mine4 = new ReviewDecision(UUID.randomUUID(), 3, ReviewOpinion.AGREE, "同意在线阅卷",
                ReadingMode.ONLINE, Samples.TODAY.plusDays(10), null, null, "请于期限内查阅");
        ws.pending.put(4L, new PendingDecision(4L, mine4, Instant.now(), true, "VERSION_CONFLICT"));
        main = new MainWindow(ws, Samples.CLOCK);
        UiTestSupport.show(stage, main, 1280, 800);
    }

    private static ReadingRequestView copy(ReadingRequestView v, RequestStatus status, long version, ReviewInfo review) {
        return new ReadingRequestView(v.id(), v.applicationNo(), v.caseNumber(), v.caseTitle(), v.courtCode(), v.courtName(),
                v.applicantId(), v.applicantName(), v.applicantRole(), v.applicationDate(), v.submittedAt(), v.content(),
                v.reason(), v.requestedMode(), v.caseDigitised(), status, version, v.judgeName(), review, v.visit(),
                v.materials(), v.audit());
    }

    @SuppressWarnings("unchecked")
    private void open(FxRobot robot, long id) {
        TableView<ReadingQueueRow> table = robot.lookup("#queue-table").queryAs(TableView.class);
        onFx(() -> {
            main.reading().model().queryProperty().set(QueueQuery.DEFAULT.withStatus(StatusFilter.ALL));
            return null;
        });
        waitUntil(() -> main.reading().model().settled() && table.getItems().size() == 7);
        onFx(() -> {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).id() == id) {
                    table.getSelectionModel().clearAndSelect(i);
                }
            }
            return null;
        });
        waitUntil(() -> robot.lookup("#detail-open-conflict").tryQuery().isPresent()
                && main.reading().formModel().request() != null && main.reading().formModel().request().id() == id);
    }

    @Test
    void showsBothStatesAndDiscardsMine(FxRobot robot) throws Exception {
        open(robot, 2);
        assertThat(main.reading().table().getItems().stream().filter(r -> r.id() == 2L).findFirst().orElseThrow().syncState())
                .isEqualTo(ReadingQueueRow.SyncState.CONFLICT);
        robot.clickOn("#detail-open-conflict");
        waitUntil(() -> robot.lookup("#conflict-grid").tryQuery().isPresent());
        assertThat(robot.lookup("#conflict-server-head").queryAs(Label.class).getText()).isEqualTo("服务器当前状态");
        assertThat(robot.lookup("#conflict-mine-head").queryAs(Label.class).getText()).isEqualTo("我的决定（未生效）");
        var texts = robot.lookup("#conflict-grid .label").queryAll().stream()
                .map(n -> ((Label) n).getText()).toList();
        assertThat(texts).contains("审查不通过", "审查通过", "申请人未提交授权委托书原件", "申请符合法律规定，予以同意。",
                "李法官", "不同意", "同意", "谁、何时", "李法官，2022-05-18");
        // who decided when, not the versions (issue 13)
        assertThat(texts).noneMatch(t -> t.equals("版本")).anyMatch(t -> t.startsWith("我，") && t.endsWith("在本机保存"));
        UiTestSupport.snapshot(robot.lookup("#conflict-grid").query().getScene().getRoot(), "conflict-dialog");
        // The server's status no longer allows a decision: only discarding makes sense.
        assertThat(robot.lookup("#conflict-decide-again").query().isDisabled()).isTrue();
        robot.clickOn("#conflict-discard");
        waitUntil(() -> ws.resolutions.size() == 1);
        assertThat(ws.resolutions.get(0).resolution()).isEqualTo(ConflictResolution.DISCARD_MINE);
        assertThat(ws.resolutions.get(0).requestId()).isEqualTo(2L);
        waitUntil(() -> ws.pending.get(2L) == null);
    }

    @Test
    void decideAgainStartsFromMyDraftOnTheServersVersion(FxRobot robot) {
        open(robot, 4);
        robot.clickOn("#detail-open-conflict");
        waitUntil(() -> robot.lookup("#conflict-decide-again").tryQuery().isPresent());
        robot.clickOn("#conflict-decide-again");
        waitUntil(() -> main.reading().formModel().editableProperty().get());
        assertThat(main.reading().formModel().explanationProperty().get()).isEqualTo("同意在线阅卷");
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.S)
                .release(javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> ws.resolutions.size() == 1);
        var r = ws.resolutions.get(0);
        assertThat(r.resolution()).isEqualTo(ConflictResolution.DECIDE_AGAIN);
        assertThat(r.decision().baseVersion()).isEqualTo(6);
        assertThat(r.decision().opinion()).isEqualTo(ReviewOpinion.AGREE);
        assertThat(r.decision().replyNote()).isEqualTo("请于期限内查阅");
        assertThat(ws.saved).isEmpty();
    }

    /** A 409 arriving during the day: the dialog opens by itself, with the request open behind it (issue 13). */
    @Test
    void theDialogOpensByItselfWhenAConflictArrives(FxRobot robot) {
        waitUntil(() -> main.reading().model().settled());
        ws.fireStatus(new org.courtdesk.app.workspace.SyncStatus(true, Samples.CLOCK.instant(), 0, 2, -1, null, false, null));
        // the sync's 409s mark the two requests' decisions 冲突: the workspace says they changed, the queue core opens
        ws.fireReadingChanged(2L, 4L);
        waitUntil(() -> robot.lookup("#conflict-grid").tryQuery().isPresent());
        waitUntil(() -> main.reading().formModel().request() != null);
        long shown = main.reading().formModel().request().id();
        org.assertj.core.api.Assertions.assertThat(shown).isIn(2L, 4L);
        robot.clickOn("#conflict-later");
        waitUntil(() -> robot.lookup("#conflict-grid").tryQuery().isEmpty());
        // the conflict filter shows the conflicted rows; they also stay among 待审查
        onFx(() -> {
            main.reading().model().queryProperty().set(QueueQuery.DEFAULT.withStatus(StatusFilter.CONFLICT));
            return null;
        });
        waitUntil(() -> main.reading().model().settled() && main.reading().table().getItems().size() == 2);
        org.assertj.core.api.Assertions.assertThat(main.reading().table().getItems())
                .allMatch(r -> r.syncState() == ReadingQueueRow.SyncState.CONFLICT);
        onFx(() -> {
            main.reading().model().queryProperty().set(QueueQuery.DEFAULT);
            return null;
        });
        waitUntil(() -> main.reading().model().settled()
                && main.reading().table().getItems().stream().anyMatch(r -> r.id() == 2L));
    }
}

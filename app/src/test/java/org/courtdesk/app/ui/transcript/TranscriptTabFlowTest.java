package org.courtdesk.app.ui.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
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
import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.UserInfo;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.transcript.TranscriptAnswer;
import org.courtdesk.model.transcript.TranscriptCorrectionView;
import org.courtdesk.model.transcript.TranscriptDecision;
import org.courtdesk.model.transcript.TranscriptInfo;

/**
 * The 庭审笔录 tab by keyboard: the 申请补正 per case and transcript with the reading deadline (days left, closed), the
 * transcript opened in the in-app viewer, Alt+N refused without a reason (focus to the reason) and saved with it, Alt+Y
 * agreed; and a 1280×800 snapshot to target/screenshots/transcript-queue.png (docs/screenshots with
 * -Dcourtdesk.screenshots=DIR).
 */
@ExtendWith(ApplicationExtension.class)
class TranscriptTabFlowTest {

    static final Instant NOW = Samples.CLOCK.instant();
    static final LocalDate TODAY = LocalDate.ofInstant(NOW, Samples.CLOCK.getZone());

    private FakeWorkspace ws;
    private MainWindow main;

    static TranscriptInfo transcript(long id, String caseNumber, int hearingDaysAgo, int readableDaysLeft) {
        return new TranscriptInfo(id, caseNumber, "粤01", TODAY.minusDays(hearingDaysAgo),
                id % 2 == 0 ? "第二次庭审笔录" : "第一次庭审笔录", "庭审笔录.pdf", 80_000, "sha-transcript-" + id, "王书记员",
                NOW.minus(Duration.ofDays(hearingDaysAgo)), TODAY.plusDays(readableDaysLeft));
    }

    static TranscriptCorrectionView view(long id, TranscriptInfo t, String applicant, String content,
                                         RequestStatus status) {
        TranscriptAnswer answer = status == RequestStatus.AWAITING_REPLY ? null
                : new TranscriptAnswer("张法官", NOW.minus(Duration.ofHours(2)),
                status == RequestStatus.CORRECTION_AGREED, "经核对庭审录音录像，记载无误");
        return new TranscriptCorrectionView(id, "BZ2022051" + String.format("%06d", id), t.caseNumber(), "粤01",
                "广东省广州市中级人民法院", 600 + id, applicant, NOW.minus(Duration.ofHours(30 - id)), status, 3, "张法官", t,
                content, answer, List.of());
    }

    @Start
    void start(Stage stage) {
        Messages.use(Messages.CHINESE);
        UserInfo user = new UserInfo(7, "zhangfg", "张法官", Role.JUDGE, "粤01", true);
        ws = new FakeWorkspace(Samples.CLOCK) {
            @Override
            public UserInfo user() {
                return user;
            }
        };
        TranscriptInfo a = transcript(1, "（2022）粤01民初301号", 2, 3);
        TranscriptInfo b = transcript(2, "（2022）粤01民初302号", 1, 4);
        TranscriptInfo closed = transcript(3, "（2022）粤01民初303号", 9, -2);
        put(view(1, a, "张建国", "第3页第12行借款金额应为“伍万元”，笔录误记为“五千元”。", RequestStatus.AWAITING_REPLY));
        put(view(2, a, "李文博", "第5页漏记被告当庭提交的第4项证据。", RequestStatus.AWAITING_REPLY));
        put(view(3, b, "陈志强", "开庭时间应为上午9时30分。", RequestStatus.AWAITING_REPLY));
        put(view(4, closed, "黄晓明", "第2页当事人名称有误。", RequestStatus.CORRECTION_REFUSED));
        main = new MainWindow(ws, Samples.CLOCK);
        UiTestSupport.show(stage, main, 1280, 800);
    }

    private void put(TranscriptCorrectionView v) {
        ws.kindViews.put(RequestRef.of(RequestKind.HEARING_TRANSCRIPT, v.id()), v);
    }

    private TranscriptQueueView view() {
        return (TranscriptQueueView) main.queue(RequestKind.HEARING_TRANSCRIPT).orElseThrow();
    }

    private Node focusOwner() {
        return onFx(() -> main.getScene().getFocusOwner());
    }

    @Test
    void answerByKeyboardViewTheTranscriptAndSnapshot(FxRobot robot) throws Exception {
        Tab tab = main.queueTab(RequestKind.HEARING_TRANSCRIPT).orElseThrow();
        waitUntil(() -> tab.getText().equals("庭审笔录（3）"));
        onFx(() -> {
            main.tabs().getSelectionModel().select(tab);
            return null;
        });
        waitUntil(() -> view().settled() && view().table().getItems().size() == 4);
        // per case, the waiting ones first; the reading deadline with the days left, or closed
        assertThat(view().table().getItems()).extracting(TranscriptRow::id).containsExactly(1L, 2L, 3L, 4L);
        assertThat(TranscriptQueueView.untilText(view().table().getItems().get(0))).endsWith("剩 3 天").startsWith("05-21");
        assertThat(TranscriptQueueView.untilText(view().table().getItems().get(3))).endsWith("已截止");

        onFx(() -> {
            view().table().requestFocus();
            return null;
        });
        robot.type(KeyCode.J);
        waitUntil(() -> view().shown() != null && view().shown().id() == 1L);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "transcript-reason".equals(focusOwner().getId()));
        snapshot();

        // Alt+N without a reason: refused, nothing saved; then with the reason
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        waitUntil(() -> !robot.lookup("#transcript-errors").queryAs(VBox.class).getChildren().isEmpty());
        assertThat(((Label) robot.lookup("#transcript-errors").queryAs(VBox.class).getChildren().get(0)).getText())
                .isEqualTo("不予补正须写明理由");
        assertThat(ws.actions).isEmpty();
        onFx(() -> {
            ((TextArea) main.getScene().getFocusOwner()).setText("经核对庭审录音录像，笔录记载与当庭陈述一致。");
            return null;
        });
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        waitUntil(() -> ws.actions.size() == 1);
        assertThat(ws.actions.get(0).is(TranscriptOps.DECIDE)).isTrue();
        TranscriptDecision refused = ws.actions.get(0).payloadAs(TranscriptDecision.class);
        assertThat(refused.agree()).isFalse();
        assertThat(refused.reason()).isEqualTo("经核对庭审录音录像，笔录记载与当庭陈述一致。");
        waitUntil(() -> robot.lookup("#transcript-detail-status").queryAs(Label.class).getText().equals("不予补正 · 待同步"));

        // the transcript opens in the in-app viewer
        int before = main.materials().getTabs().size();
        Hyperlink link = robot.lookup("#transcript-pdf").queryAs(Hyperlink.class);
        onFx(() -> {
            link.fire();
            return null;
        });
        waitUntil(() -> main.materials().getTabs().size() == before + 1);
        assertThat(main.materials().getTabs().get(before).getContent())
                .isInstanceOf(org.courtdesk.app.ui.viewer.MaterialViewer.class);
        onFx(() -> {
            main.tabs().getSelectionModel().select(tab);
            return null;
        });

        // Alt+Y agrees to the next one
        onFx(() -> {
            view().table().getSelectionModel().clearAndSelect(view().table().getItems().stream()
                    .map(TranscriptRow::id).toList().indexOf(3L));
            view().table().requestFocus();
            return null;
        });
        waitUntil(() -> view().shown() != null && view().shown().id() == 3L);
        robot.press(KeyCode.ALT).type(KeyCode.Y).release(KeyCode.ALT);
        waitUntil(() -> ws.actions.size() == 2);
        assertThat(ws.actions.get(1).payloadAs(TranscriptDecision.class).agree()).isTrue();
        waitUntil(() -> tab.getText().equals("庭审笔录（1）"));
    }

    private void snapshot() throws java.io.IOException {
        Path png = UiTestSupport.snapshot(main, "transcript-queue");
        assertThat(Files.size(png)).isGreaterThan(10_000);
        String target = System.getProperty("courtdesk.screenshots");
        if (target != null && !target.isBlank()) {
            Path dir = Path.of(target).isAbsolute() ? Path.of(target) : Path.of("..").resolve(target);
            Files.createDirectories(dir);
            Files.copy(png, dir.resolve("transcript-queue.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

package org.courtdesk.app.ui.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.Set;

import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
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
import org.courtdesk.app.ui.queue.QueueFit;
import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.UserInfo;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.transcript.TranscriptInfo;

/**
 * The 庭审笔录 queue on the core in the main window at 1280×800, in Chinese and English: an answered request shown
 * with its 待同步 sync bar, nothing cut (target/screenshots/transcript-queue-zh.png, -en.png); and a sync's change to
 * one request reads only that request, never the whole kind.
 */
@ExtendWith(ApplicationExtension.class)
class TranscriptSnapshotTest {

    private Stage stage;
    private FakeWorkspace ws;
    private MainWindow main;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Messages.use(Messages.CHINESE);
        open();
    }

    private void open() {
        UserInfo user = new UserInfo(7, "zhangfg", "张法官", Role.JUDGE, "粤01", true);
        ws = new FakeWorkspace(Samples.CLOCK) {
            @Override
            public UserInfo user() {
                return user;
            }
        };
        TranscriptInfo a = TranscriptTabFlowTest.transcript(1, "（2022）粤01民初301号", 2, 3);
        TranscriptInfo b = TranscriptTabFlowTest.transcript(2, "（2022）粤01民初302号", 1, 4);
        TranscriptInfo closed = TranscriptTabFlowTest.transcript(3, "（2022）粤01民初303号", 9, -2);
        put(TranscriptTabFlowTest.view(1, a, "张建国", "第3页第12行借款金额应为“伍万元”，笔录误记为“五千元”。",
                RequestStatus.AWAITING_REPLY));
        put(TranscriptTabFlowTest.view(2, a, "李文博", "第5页漏记被告当庭提交的第4项证据。", RequestStatus.AWAITING_REPLY));
        put(TranscriptTabFlowTest.view(3, b, "陈志强", "开庭时间应为上午9时30分。", RequestStatus.AWAITING_REPLY));
        put(TranscriptTabFlowTest.view(4, closed, "黄晓明", "第2页当事人名称有误。", RequestStatus.CORRECTION_REFUSED));
        main = new MainWindow(ws, Samples.CLOCK);
        UiTestSupport.show(stage, main, 1280, 800);
    }

    private void put(org.courtdesk.model.transcript.TranscriptCorrectionView v) {
        ws.kindViews.put(RequestRef.of(RequestKind.HEARING_TRANSCRIPT, v.id()), v);
    }

    @AfterEach
    void chinese() {
        Messages.use(Messages.CHINESE);
    }

    private TranscriptQueueView view() {
        return (TranscriptQueueView) main.queue(RequestKind.HEARING_TRANSCRIPT).orElseThrow();
    }

    private void showTab() {
        Tab tab = main.queueTab(RequestKind.HEARING_TRANSCRIPT).orElseThrow();
        onFx(() -> {
            main.tabs().getSelectionModel().select(tab);
            return null;
        });
        waitUntil(() -> view().settled() && view().table().getItems().size() == 4);
    }

    private void select(long id) {
        onFx(() -> {
            view().table().getSelectionModel().clearAndSelect(view().table().getItems().stream()
                    .map(TranscriptRow::id).toList().indexOf(id));
            return null;
        });
        waitUntil(() -> view().shown() != null && view().shown().id() == id);
    }

    @Test
    void snapshotsInChineseAndEnglishCutNothing() throws Exception {
        QueueFit.inChineseAndEnglish("transcript-queue", () -> {
            main.dispose();
            open();
        }, this::snapshot);
    }

    private void snapshot(String name) throws Exception {
        showTab();
        select(1);
        onFx(() -> {
            view().answer(true);
            return null;
        });
        waitUntil(() -> ws.actions.size() == 1 && view().settled()
                && view().shown().sync() == TranscriptRow.Sync.PENDING
                && onFx(() -> main.lookup("#transcript-withdraw").isVisible()));
        WaitForAsyncUtils.waitForFxEvents();
        Path png = UiTestSupport.snapshot(main, name);
        assertThat(png).exists();
        QueueFit.assertNothingCut(view(), 1280);
    }

    @Test
    void aSyncedChangeReadsOnlyTheChangedRequest() {
        showTab();
        select(3);
        int fullReads = view().model().reloads();
        ws.kindViews.put(RequestRef.of(RequestKind.HEARING_TRANSCRIPT, 2), TranscriptTabFlowTest.view(2,
                TranscriptTabFlowTest.transcript(1, "（2022）粤01民初301号", 2, 3), "李文博", "第5页漏记被告当庭提交的第4项证据。",
                RequestStatus.CORRECTION_AGREED));
        ws.listeners.forEach(l -> l.changed(Set.of(RequestRef.of(RequestKind.HEARING_TRANSCRIPT, 2))));
        waitUntil(() -> view().settled() && view().table().getItems().stream()
                .anyMatch(r -> r.id() == 2 && r.shownStatus() == RequestStatus.CORRECTION_AGREED));
        assertThat(view().model().reloads()).as("no whole-kind read on a feed page").isEqualTo(fullReads);
        assertThat(view().model().partialReads()).isGreaterThanOrEqualTo(1);
        assertThat(onFx(() -> view().table().getSelectionModel().getSelectedItem().id())).isEqualTo(3L);
        assertThat(view().shown().id()).isEqualTo(3L);
        waitUntil(() -> main.queueTab(RequestKind.HEARING_TRANSCRIPT).orElseThrow().getText().equals("庭审笔录（2）"));
    }
}

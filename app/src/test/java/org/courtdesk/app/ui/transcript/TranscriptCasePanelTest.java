package org.courtdesk.app.ui.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.courtdesk.app.api.Json;
import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.ui.UiTestSupport;
import org.courtdesk.app.ui.main.QueueTabs;
import org.courtdesk.app.workspace.OutgoingFile;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.transcript.TranscriptAttachForm;
import org.courtdesk.model.transcript.TranscriptInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 本案全部笔录 in English, at the size it opens with: the server's transcripts (one with corrections waiting, one closed)
 * and a refused upload with its reason, nothing cut; Enter opens a transcript in the viewer; 重试 and 放弃 only on the
 * queued line. Snapshot: target/screenshots/transcript-case-en.png.
 */
@ExtendWith(ApplicationExtension.class)
class TranscriptCasePanelTest {

    static final String CASE = org.courtdesk.model.casenumber.CaseNumber.parse("（2022）粤01民初301号").toString();

    FakeWorkspace ws;
    TranscriptCasePanel panel;
    final List<QueueTabs.DocumentRef> opened = new CopyOnWriteArrayList<>();
    final List<Long> retried = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        Messages.use(Messages.ENGLISH);
        TranscriptInfo open = TranscriptTabFlowTest.transcript(1, CASE, 2, 3);
        TranscriptInfo closed = TranscriptTabFlowTest.transcript(2, CASE, 9, -2);
        PendingAction refused = new PendingAction(9, RequestRef.of(RequestKind.HEARING_TRANSCRIPT, 0),
                TranscriptOps.ATTACH.name(), Json.write(new TranscriptAttachForm(CASE, TranscriptTabFlowTest.TODAY,
                "第三次庭审笔录")), Samples.CLOCK.instant(), OutboxState.REFUSED, ErrorCode.NOT_FOUND,
                "没有该案号的案件，或不是您承办的案件", null,
                List.of(new OutgoingFile.Info("PDF", "笔录.pdf", "application/pdf", 12_345, "ab".repeat(32))));
        ws = new FakeWorkspace(Samples.CLOCK) {
            @Override
            @SuppressWarnings("unchecked")
            public <T> List<T> entries(RequestKind kind, String entry, Class<T> type) {
                // what the feed brought: this case's two transcripts and another case's (not listed)
                return kind == RequestKind.HEARING_TRANSCRIPT && TranscriptInfo.FEED_ENTRY.equals(entry)
                        ? (List<T>) List.of(open, closed, TranscriptTabFlowTest.transcript(3, "（2022）粤01民初302号", 1, 3))
                        : List.of();
            }

            @Override
            public boolean retryAction(long actionId) {
                retried.add(actionId);
                return true;
            }
        };
        ws.actions.add(refused);
        ws.kindViews.put(RequestRef.of(RequestKind.HEARING_TRANSCRIPT, 1), TranscriptTabFlowTest.view(1, open, "张建国",
                "第3页第12行借款金额有误。", RequestStatus.AWAITING_REPLY));
        panel = new TranscriptCasePanel(ws, Samples.CLOCK, opened::add);
        UiTestSupport.show(stage, panel, 820, 520);
        panel.show(CASE);
    }

    @AfterEach
    void chinese() {
        Messages.use(Messages.CHINESE);
    }

    @Test
    void theCasesTranscriptsInEnglishNothingCut(FxRobot robot) throws Exception {
        waitUntil(() -> panel.settled() && onFx(() -> panel.list().getItems().size()) == 3);
        List<TranscriptUploads.Line> lines = onFx(() -> List.copyOf(panel.list().getItems()));
        assertThat(lines.get(0).isQueued()).as("the queued upload on top").isTrue();
        assertThat(lines.get(1).transcript().id()).isEqualTo(1);
        assertThat(lines.get(1).corrections()).hasSize(1);
        assertThat(lines.get(1).awaitingReply()).isOne();
        String texts = onFx(() -> String.join("\n", panel.list().lookupAll(".list-cell").stream()
                .map(n -> String.valueOf(((javafx.scene.control.ListCell<?>) n).getAccessibleText())).toList()));
        assertThat(texts).contains("Not accepted by the server: 没有该案号的案件", "Readable until", "3 days left",
                "Correction requests: 1 (1 awaiting reply)", "No correction requests");
        Button upload = (Button) panel.lookup("#transcript-upload");
        assertThat(onFx(() -> upload.getWidth() + 0.5 >= upload.prefWidth(-1))).as("upload button not cut").isTrue();
        assertThat(onFx(() -> ((Label) panel.lookup("#transcript-case-state")).getText())).isEqualTo("Online: the list follows every sync");

        // the refused line offers 重试 and 放弃; a transcript line offers neither, and Enter opens it
        onFx(() -> {
            panel.list().requestFocus();
            panel.list().getSelectionModel().select(0);
            return null;
        });
        Button retry = (Button) panel.lookup("#transcript-upload-retry");
        assertThat(onFx(retry::isVisible)).isTrue();
        onFx(() -> {
            retry.fire();
            return null;
        });
        waitUntil(() -> retried.contains(9L));
        Path png = UiTestSupport.snapshot(panel, "transcript-case-en");
        assertThat(png).exists();
        onFx(() -> {
            panel.list().getSelectionModel().select(1);
            return null;
        });
        assertThat(onFx(retry::isVisible)).isFalse();
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !opened.isEmpty());
        assertThat(opened.get(0).sha256()).isEqualTo("sha-transcript-1");
    }
}

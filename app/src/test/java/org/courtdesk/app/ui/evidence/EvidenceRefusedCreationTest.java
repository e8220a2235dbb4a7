package org.courtdesk.app.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import java.time.LocalDate;
import java.util.UUID;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.courtdesk.app.api.Json;
import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.ui.UiTestSupport;
import org.courtdesk.app.ui.main.MainWindow;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.evidence.EvidenceExchangeCreate;
import org.courtdesk.model.evidence.EvidenceProcedure;
import org.courtdesk.model.evidence.EvidenceRules;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A 新增 of 证据交换 the server refused (no such case) shows the shared refusal bar above the three panes; 修改后重发
 * opens the 新增 dialog on what was sent, and its OK replaces the refused entry in place (the same entry, no second
 * creation) with the corrected 案号.
 */
@ExtendWith(ApplicationExtension.class)
class EvidenceRefusedCreationTest {

    private FakeWorkspace ws;
    private MainWindow main;
    private PendingAction refused;

    @Start
    void start(Stage stage) {
        Messages.use(Messages.CHINESE);
        ws = new FakeWorkspace(Samples.CLOCK);
        LocalDate today = LocalDate.now(Samples.CLOCK);
        LocalDate until = EvidenceRules.defaultEvidenceDeadline(EvidenceProcedure.ORDINARY, today);
        EvidenceExchangeCreate sent = new EvidenceExchangeCreate(UUID.fromString("3b9d2f4e-8c1a-4d7e-9f0b-2a6c5e4d3b1f"),
                "(2026)粤0106民初99999号", EvidenceProcedure.ORDINARY, until, until, null,
                EvidenceRules.defaultCrossDeadline(until), null);
        refused = new PendingAction(201, RequestRef.of(RequestKind.EVIDENCE_EXCHANGE, 0), EvidenceOps.CREATE.name(),
                Json.write(sent), Samples.CLOCK.instant().minusSeconds(600), OutboxState.REFUSED, ErrorCode.CASE_NOT_FOUND,
                "该法院没有此案号的案件：(2026)粤0106民初99999号", null);
        ws.actions.add(refused);
        main = new MainWindow(ws, Samples.CLOCK);
        UiTestSupport.show(stage, main, 1280, 800);
    }

    private EvidenceExchangeTab tab() {
        return (EvidenceExchangeTab) main.queue(RequestKind.EVIDENCE_EXCHANGE).orElseThrow();
    }

    @Test
    void aRefusedNewExchangeIsCorrectedInItsDialogAndResentInPlace(FxRobot robot) throws Exception {
        onFx(() -> {
            main.tabs().getSelectionModel().select(main.queueTab(RequestKind.EVIDENCE_EXCHANGE).orElseThrow());
            return null;
        });
        waitUntil(() -> tab().settled() && tab().refusedBar().isVisible());
        UiTestSupport.snapshot(main, "evidence-refused-creation");
        // not waited for: the dialog waits in its own loop until the robot below has filled it
        javafx.application.Platform.runLater(() -> tab().refusedBar().reviseButton().fire());
        waitUntil(() -> robot.lookup("#evidence-create-case").tryQuery().isPresent());
        TextField caseNumber = robot.lookup("#evidence-create-case").queryAs(TextField.class);
        assertThat(onFx(() -> caseNumber.getText())).as("the dialog opens on what was sent").isEqualTo("(2026)粤0106民初99999号");
        onFx(() -> {
            caseNumber.setText("(2026)粤0106民初30774号");
            caseNumber.requestFocus();
            return null;
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> ws.revisions.size() == 1);
        PendingAction revised = ws.revisions.get(0);
        assertThat(revised.id()).isEqualTo(201);
        assertThat(revised.state()).isEqualTo(OutboxState.PENDING);
        assertThat(revised.payloadAs(EvidenceExchangeCreate.class).caseNumber()).isEqualTo("(2026)粤0106民初30774号");
        assertThat(ws.actions).extracting(PendingAction::id).containsExactly(201L); // no second creation
        waitUntil(() -> !tab().refusedBar().isVisible());
    }
}

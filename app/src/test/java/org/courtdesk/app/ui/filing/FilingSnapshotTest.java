package org.courtdesk.app.ui.filing;

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
import org.courtdesk.app.ui.queue.QueueSync;
import org.courtdesk.model.request.RequestKind;

/**
 * The 网上立案 queue on the core in the main window at 1280×800, in Chinese and English: a 待同步 row shown with the
 * sync bar, nothing cut (target/screenshots/filing-queue-zh.png, -en.png); and a sync's change to one filing reads only
 * that filing, never the whole kind.
 */
@ExtendWith(ApplicationExtension.class)
class FilingSnapshotTest {

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
        ws = FilingSamples.workspace(FilingSamples.judge());
        main = new MainWindow(ws, Samples.CLOCK);
        UiTestSupport.show(stage, main, 1280, 800);
    }

    @AfterEach
    void chinese() {
        Messages.use(Messages.CHINESE);
    }

    private FilingQueueView filing() {
        return (FilingQueueView) main.queue(RequestKind.ONLINE_FILING).orElseThrow();
    }

    private void showTab() {
        Tab tab = main.queueTab(RequestKind.ONLINE_FILING).orElseThrow();
        onFx(() -> {
            main.tabs().getSelectionModel().select(tab);
            return null;
        });
        waitUntil(() -> filing().table().getItems().size() == 15 && filing().model().settled());
    }

    private void select(long id) {
        onFx(() -> {
            var items = filing().table().getItems();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).id() == id) {
                    filing().table().getSelectionModel().clearAndSelect(i);
                }
            }
            return null;
        });
        waitUntil(() -> filing().actions().row() != null && filing().actions().row().id() == id);
    }

    @Test
    void snapshotsInChineseAndEnglishCutNothing() throws Exception {
        QueueFit.inChineseAndEnglish("filing-queue", () -> {
            main.dispose();
            open();
        }, this::snapshot);
    }

    private void snapshot(String name) throws Exception {
        showTab();
        select(2);
        onFx(() -> {
            filing().actions().opinionProperty().set("起诉符合民事诉讼法第一百二十二条规定的条件，材料齐全。");
            filing().save();
            return null;
        });
        waitUntil(() -> filing().model().settled() && filing().model().row(2).map(r -> filing().model().sync(r))
                .orElse(QueueSync.NONE) == QueueSync.PENDING && onFx(() -> main.lookup("#filing-withdraw").isVisible()));
        WaitForAsyncUtils.waitForFxEvents();
        Path png = UiTestSupport.snapshot(main, name);
        assertThat(png).exists();
        QueueFit.assertNothingCut(filing(), 1280);
    }

    @Test
    void aSyncedChangeReadsOnlyTheChangedFiling() {
        showTab();
        select(3);
        int fullReads = filing().model().reloads();
        // the sync brings filing 5 and a request of another kind: only filing 5 is read again
        ws.actions.add(new org.courtdesk.app.workspace.PendingAction(91, FilingSamples.ref(5), FilingOps.OPINION.name(),
                "{\"opinion\":\"材料齐全\"}", Samples.CLOCK.instant(), org.courtdesk.app.outbox.OutboxState.PENDING,
                null, null, null));
        ws.listeners.forEach(l -> l.changed(Set.of(FilingSamples.ref(5),
                org.courtdesk.model.request.RequestRef.of(RequestKind.ADJOURNMENT, 5))));
        waitUntil(() -> filing().model().settled() && filing().table().getItems().stream()
                .anyMatch(r -> r.id() == 5 && r.sync() == FilingRow.Sync.PENDING));
        assertThat(filing().model().reloads()).as("no whole-kind read on a feed page").isEqualTo(fullReads);
        assertThat(filing().model().partialReads()).isGreaterThanOrEqualTo(1);
        // the judge's place is kept
        assertThat(onFx(() -> filing().table().getSelectionModel().getSelectedItem().id())).isEqualTo(3L);
        assertThat(filing().shownId()).isEqualTo(3L);
    }
}

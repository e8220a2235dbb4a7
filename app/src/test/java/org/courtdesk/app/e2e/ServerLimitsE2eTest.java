package org.courtdesk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.courtdesk.app.cache.CacheMeta;
import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.outbox.Outbox;
import org.courtdesk.app.outbox.OutboxFiles;
import org.courtdesk.app.sync.SyncService.Outcome;
import org.courtdesk.app.workspace.FileRejectedException;
import org.courtdesk.app.workspace.OutgoingFile;
import org.courtdesk.app.workspace.local.LocalWorkspace;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.transcript.TranscriptAttachForm;
import org.courtdesk.server.demo.DemoAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workstation checks a file against the limit of the server it works with (issue 12): a court run with
 * {@code --max-material-mb 1} tells its limit ({@code GET /api/v1/limits}), the sync keeps it in the cache, and a file
 * over it is refused before it is queued — in Chinese, naming the file, its size and the server's limit — with nothing
 * stored; a file within it is queued. Before, the workstation knew only the default 10 MB and the server refused the
 * file on upload.
 */
class ServerLimitsE2eTest {

    static DemoCourt court;

    @TempDir
    Path home;

    @BeforeAll
    static void startCourt() {
        Messages.use(Messages.CHINESE);
        court = DemoCourt.start(c -> c.withMaxMaterialBytes(1024L * 1024));
    }

    @AfterAll
    static void stopCourt() {
        if (court != null) {
            court.close();
        }
    }

    @Test
    void aFileOverTheServersOwnLimitIsRefusedBeforeItIsQueued() throws Exception {
        try (LocalWorkspace ws = DemoSignIn.judgeChen(home, court.baseUrl())) {
            assertThat(ws.maxFileBytes()).as("the default until the server has told").isEqualTo(OutgoingFile.MAX_BYTES);
            assertThat(ws.syncService().runCycle(true).outcome()).isEqualTo(Outcome.OK);
            assertThat(ws.maxFileBytes()).isEqualTo(1024L * 1024);
            java.util.Optional<String> kept = ws.cache().read(h -> CacheMeta.get(h, CacheMeta.SERVER_LIMITS));
            assertThat(kept).hasValueSatisfying(json -> assertThat(json).contains("\"maxMaterialBytes\":1048576"));

            String number = court.jdbi().withHandle(h -> h.createQuery("SELECT c.case_number FROM court_case c "
                    + "JOIN account j ON j.id = c.judge_id WHERE j.username = :j ORDER BY c.id")
                    .bind("j", DemoAccounts.JUDGE_CHEN).mapTo(String.class).first());
            byte[] pdf = new org.courtdesk.server.pdf.PlainPdf().title("笔录", 16f).toBytes();
            byte[] big = Arrays.copyOf(pdf, 1536 * 1024); // 1.5 MB: under the default 10 MB, over this court's 1 MB
            assertThatThrownBy(() -> ws.saveUploadCreation(RequestKind.HEARING_TRANSCRIPT, OutboxFilesE2eTest.ATTACH,
                    new TranscriptAttachForm(number, court.today(), "大笔录"),
                    List.of(new OutgoingFile("PDF", "大笔录.pdf", "application/pdf", big))))
                    .isInstanceOfSatisfying(FileRejectedException.class, e -> {
                        assertThat(e.problems()).containsExactly(ErrorCode.MATERIAL_TOO_LARGE);
                        assertThat(Messages.text(e.text())).contains("大笔录.pdf", "1.5 MB", "1.0 MB", "上限", "未加入待同步");
                    });
            assertThat(ws.cache().read(Outbox::all)).isEmpty();
            assertThat(ws.cache().read(OutboxFiles::count)).isZero();

            // within the limit: queued
            ws.saveUploadCreation(RequestKind.HEARING_TRANSCRIPT, OutboxFilesE2eTest.ATTACH,
                    new TranscriptAttachForm(number, court.today(), "小笔录"),
                    List.of(new OutgoingFile("PDF", "小笔录.pdf", "application/pdf", pdf)));
            assertThat(ws.cache().read(OutboxFiles::count)).isEqualTo(1);
        }
    }

    /**
     * The limits are read again in every successful sync: the court restarted with 2 MB instead of 1 MB is seen at the
     * next sync of the same workstation run, and a file between the two is then queued.
     */
    @Test
    void aServerRestartedWithAnotherLimitIsSeenAtTheNextSync() throws Exception {
        DemoCourt own = DemoCourt.start(c -> c.withMaxMaterialBytes(1024L * 1024));
        try (own; LocalWorkspace ws = DemoSignIn.judgeChen(home, own.baseUrl())) {
            assertThat(ws.syncService().runCycle(true).outcome()).isEqualTo(Outcome.OK);
            assertThat(ws.maxFileBytes()).isEqualTo(1024L * 1024);

            own.stop();
            assertThat(ws.syncService().runCycle(true).outcome()).isEqualTo(Outcome.OFFLINE);
            assertThat(ws.maxFileBytes()).as("offline: as the server last told").isEqualTo(1024L * 1024);
            own.startAgain(c -> c.withMaxMaterialBytes(2L * 1024 * 1024));
            assertThat(ws.syncService().runCycle(true).outcome()).isEqualTo(Outcome.OK);
            assertThat(ws.maxFileBytes()).isEqualTo(2L * 1024 * 1024);
            java.util.Optional<String> kept = ws.cache().read(h -> CacheMeta.get(h, CacheMeta.SERVER_LIMITS));
            assertThat(kept).hasValueSatisfying(json -> assertThat(json).contains("\"maxMaterialBytes\":2097152"));

            String number = own.jdbi().withHandle(h -> h.createQuery("SELECT c.case_number FROM court_case c "
                    + "JOIN account j ON j.id = c.judge_id WHERE j.username = :j ORDER BY c.id")
                    .bind("j", DemoAccounts.JUDGE_CHEN).mapTo(String.class).first());
            byte[] pdf = new org.courtdesk.server.pdf.PlainPdf().title("笔录", 16f).toBytes();
            ws.saveUploadCreation(RequestKind.HEARING_TRANSCRIPT, OutboxFilesE2eTest.ATTACH,
                    new TranscriptAttachForm(number, own.today(), "中笔录"),
                    List.of(new OutgoingFile("PDF", "中笔录.pdf", "application/pdf", Arrays.copyOf(pdf, 1536 * 1024))));
            assertThat(ws.cache().read(OutboxFiles::count)).isEqualTo(1);
        }
    }
}

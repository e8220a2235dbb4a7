package org.courtdesk.app.e2e;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.courtdesk.app.sync.SyncService;
import org.courtdesk.app.workspace.StaffOp;
import org.courtdesk.app.workspace.OutgoingFile;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.app.workspace.local.LocalWorkspace;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.transcript.TranscriptAttachForm;

/**
 * Run in a child JVM by {@link OutboxFilesE2eTest}: the workstation's data layer logs in (through the test's proxy),
 * queues a transcript's PDF and starts sending it; the proxy forwards the upload to the server and holds the answer,
 * and the test kills this process with SIGKILL while it waits for it. Arguments: app-data folder, server URL, user,
 * password, case number, hearing date, title, PDF file.
 */
public final class CrashMidUpload {

    /** The server's attaching of a hearing transcript (庭审笔录), as a file action of the outbox. */
    static final StaffOp ATTACH = StaffOp.uploadCreation("transcript-attach", "api/v1/judge/transcripts", "transcript");

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        LocalWorkspace ws = DemoSignIn.service(home).loginLocal(args[1], args[2], args[3].toCharArray());
        SyncService.CycleResult pulled = ws.syncService().runCycle(true);
        if (pulled.outcome() != SyncService.Outcome.OK) {
            System.out.println("NOT PULLED " + pulled);
            System.exit(2);
        }
        byte[] pdf = java.nio.file.Files.readAllBytes(Path.of(args[7]));
        PendingAction saved = ws.saveUploadCreation(RequestKind.HEARING_TRANSCRIPT, ATTACH,
                new TranscriptAttachForm(args[4], LocalDate.parse(args[5]), args[6]),
                List.of(new OutgoingFile("PDF", "笔录.pdf", "application/pdf", pdf)));
        System.out.println("SAVED " + saved.id());
        System.out.flush();
        ws.syncService().runCycle(true); // the proxy holds the answer: killed in here
        System.out.println("NOT KILLED");
        System.exit(4);
    }
}

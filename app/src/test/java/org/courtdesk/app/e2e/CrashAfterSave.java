package org.courtdesk.app.e2e;

import java.nio.file.Path;

import org.courtdesk.app.outbox.Outbox;
import org.courtdesk.app.sync.SyncService;
import org.courtdesk.app.workspace.local.LocalWorkspace;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.reading.ReviewOpinion;

/**
 * Run in a child JVM by {@link WorkstationE2eTest}: the workstation's data layer logs in to the real server, pulls
 * the queue, saves a refusal, and the process dies the instant {@code saveDecision} returns (halt: no close, no
 * shutdown hooks, no upload). Background sync is not started, so nothing can leave before the kill.
 * Arguments: app-data folder, server URL, user, password, request id, explanation.
 */
public final class CrashAfterSave {

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        long requestId = Long.parseLong(args[4]);
        LocalWorkspace ws = DemoSignIn.service(home).loginLocal(args[1], args[2], args[3].toCharArray());
        SyncService.CycleResult pulled = ws.syncService().runCycle(true);
        if (pulled.outcome() != SyncService.Outcome.OK || ws.readingRequest(requestId).isEmpty()) {
            System.out.println("NOT PULLED " + pulled);
            System.exit(2);
        }
        ws.saveDecision(requestId, new ReviewDecision(null, 0, ReviewOpinion.DISAGREE, args[5], null, null, null, null,
                null));
        String key = ws.cache().read(h -> Outbox.forRequest(h, org.courtdesk.app.cache.RequestStore.ref(requestId))).orElseThrow().idempotencyKey().toString();
        System.out.println("SAVED " + key);
        System.out.flush();
        Runtime.getRuntime().halt(3);
    }
}

package org.courtdesk.app.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.courtdesk.app.api.Json;
import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.sync.SyncService.Outcome;
import org.courtdesk.app.testing.Fixtures;
import org.courtdesk.app.testing.Harness;
import org.courtdesk.app.workspace.ActionChange;
import org.courtdesk.app.workspace.ActionChangeRefusedException;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.app.workspace.StaffOp;
import org.courtdesk.app.workspace.local.LocalWorkspace;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.filing.FilingOpinionSave;
import org.courtdesk.model.filing.FilingView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The user's answers to a staff creation or action of any kind in the outbox (issue 12), {@link ActionChange}: 放弃 of
 * a refused or unsent one sends nothing; 修改后重发 of a refused one and the edit of an unsent one replace the body in
 * place, keep the idempotency key, and are sent exactly once, also after a restart; neither is allowed while an upload
 * is unanswered (it may be on the server). Against the fake server's creation route (POST /api/v1/judge/filings: a
 * blank {@code claims} is refused) and its filing actions.
 */
class ActionChangeSyncTest {

    static final StaffOp CREATE = StaffCreationsSyncTest.CREATE;
    static final StaffOp OPINION = new StaffOp("FILING_OPINION", "api/v1/judge/filings/{id}/opinion", true);
    static final RequestRef FILING_1 = RequestRef.of(RequestKind.ONLINE_FILING, 1);

    @TempDir
    Path home;
    Harness h;
    LocalWorkspace ws;

    @BeforeEach
    void setUp() throws Exception {
        h = new Harness(home);
        h.server.putFiling(Fixtures.filing(1, 1));
        ws = h.login();
        assertThat(ws.syncService().runCycle(false).outcome()).isEqualTo(Outcome.OK);
    }

    @AfterEach
    void tearDown() throws Exception {
        h.close();
    }

    private static String key(String body) {
        return Json.read(body, JsonNode.class).path("idempotencyKey").asText();
    }

    private static String claims(String body) {
        return Json.read(body, JsonNode.class).path("claims").asText();
    }

    private List<PendingAction> creations() {
        return ws.pendingCreations(RequestKind.ONLINE_FILING);
    }

    @Test
    void abandoningAnUnsentCreationRemovesItAndNothingIsSent() throws Exception {
        h.server.down(true);
        PendingAction saved = ws.saveCreation(RequestKind.ONLINE_FILING, CREATE, Map.of("claims", "判令被告返还借款"));
        // offline: no connection was made, so it is still untried
        assertThat(ws.syncService().runCycle(true).outcome()).isEqualTo(Outcome.OFFLINE);
        ws.abandonAction(saved.id());
        assertThat(creations()).isEmpty();
        assertThat(ws.syncStatus().pendingUploads()).isZero();
        h.server.down(false);
        ws.syncService().runCycle(true);
        assertThat(h.server.routedPosts).isEmpty();
        assertThat(h.server.creationsApplied).hasValue(0);
        // the same answer again: the entry is gone, nothing changes
        assertThatThrownBy(() -> ws.abandonAction(saved.id())).isInstanceOfSatisfying(ActionChangeRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(ActionChange.Refusal.GONE));
    }

    @Test
    void abandoningARefusedCreationRemovesItAndSendsNothingMore() throws Exception {
        ws.saveCreation(RequestKind.ONLINE_FILING, CREATE, Map.of("claims", " "));
        ws.syncService().runCycle(true);
        PendingAction refused = creations().get(0);
        assertThat(refused.state()).isEqualTo(OutboxState.REFUSED);
        assertThat(ws.syncStatus().conflicts()).isEqualTo(1);

        ws.abandonAction(refused.id());
        ws.syncService().runCycle(true);
        assertThat(creations()).isEmpty();
        assertThat(ws.syncStatus().conflicts()).isZero();
        assertThat(h.server.routedPosts).containsExactly("create -");
        assertThat(h.server.creationsApplied).hasValue(0);
    }

    @Test
    void aRefusedCreationEditedAndResentIsCreatedOnceUnderTheSameKeyAlsoAfterARestart() throws Exception {
        PendingAction saved = ws.saveCreation(RequestKind.ONLINE_FILING, CREATE, Map.of("claims", " "));
        ws.syncService().runCycle(true);
        PendingAction refused = creations().get(0);
        assertThat(refused.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED);

        h.server.down(true);
        assertThat(ws.syncService().runCycle(true).outcome()).isEqualTo(Outcome.OFFLINE);
        PendingAction revised = ws.reviseAction(refused.id(), Map.of("claims", "判令被告返还借款十万元"));
        assertThat(revised.id()).isEqualTo(saved.id());
        assertThat(revised.state()).isEqualTo(OutboxState.PENDING);
        assertThat(revised.errorCode()).isNull();
        assertThat(key(revised.payloadJson())).isEqualTo(key(saved.payloadJson()));
        assertThat(claims(revised.payloadJson())).isEqualTo("判令被告返还借款十万元");
        assertThat(ws.syncStatus().conflicts()).isZero();
        assertThat(ws.syncStatus().pendingUploads()).isEqualTo(1);

        // the workstation closes before it could send it, and starts again
        ws.close();
        h.server.down(false);
        ws = h.login();
        h.use(ws);
        assertThat(creations()).singleElement().satisfies(p -> {
            assertThat(p.state()).isEqualTo(OutboxState.PENDING);
            assertThat(claims(p.payloadJson())).isEqualTo("判令被告返还借款十万元");
        });
        h.server.loseDecisionAnswers.set(1); // applied, the answer lost: sent again with its key and replayed
        ws.syncService().runCycle(true);
        ws.syncService().runCycle(true);
        assertThat(creations()).isEmpty();
        assertThat(h.server.creationsApplied).hasValue(1);
        assertThat(h.server.creationBodies).extracting(ActionChangeSyncTest::key).containsOnly(key(saved.payloadJson()));
        assertThat(h.server.creationBodies).extracting(ActionChangeSyncTest::claims)
                .containsExactly(" ", "判令被告返还借款十万元", "判令被告返还借款十万元");
        assertThat(ws.requests(RequestKind.ONLINE_FILING, FilingView.class)).hasSize(2);
    }

    @Test
    void anEditBeforeSendingReplacesThePendingBodyAndOneRequestIsSent() throws Exception {
        h.server.down(true);
        PendingAction saved = ws.saveCreation(RequestKind.ONLINE_FILING, CREATE, Map.of("claims", "初稿"));
        assertThat(ws.syncService().runCycle(true).outcome()).isEqualTo(Outcome.OFFLINE);
        ws.reviseAction(saved.id(), Map.of("claims", "第二稿"));
        ws.reviseAction(saved.id(), Map.of("claims", "定稿"));
        assertThat(creations()).singleElement().satisfies(p -> assertThat(claims(p.payloadJson())).isEqualTo("定稿"));
        assertThat(ws.syncStatus().pendingUploads()).isEqualTo(1);

        h.server.down(false);
        ws.syncService().runCycle(true);
        assertThat(h.server.creationBodies).extracting(ActionChangeSyncTest::claims).containsExactly("定稿");
        assertThat(h.server.creationsApplied).hasValue(1);
        assertThat(creations()).isEmpty();
    }

    @Test
    void whileAnUploadIsUnansweredNeitherAnswerIsAllowedAndOnceConfirmedTheEntryIsGone() throws Exception {
        PendingAction saved = ws.saveCreation(RequestKind.ONLINE_FILING, CREATE, Map.of("claims", "判令被告返还借款"));
        h.server.loseCreationAnswers.set(10); // stored on the server, every answer lost: the entry stays, tried
        ws.syncService().runCycle(true);
        h.server.loseCreationAnswers.set(0);
        assertThat(h.server.creationsApplied).hasValue(1);
        assertThat(creations()).singleElement().satisfies(p -> assertThat(p.state()).isEqualTo(OutboxState.PENDING));

        assertThatThrownBy(() -> ws.reviseAction(saved.id(), Map.of("claims", "改过的")))
                .isInstanceOfSatisfying(ActionChangeRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ActionChange.Refusal.IN_FLIGHT));
        assertThatThrownBy(() -> ws.abandonAction(saved.id())).isInstanceOfSatisfying(ActionChangeRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(ActionChange.Refusal.IN_FLIGHT));
        assertThat(creations()).singleElement().satisfies(p -> assertThat(claims(p.payloadJson())).isEqualTo("判令被告返还借款"));

        ws.syncService().runCycle(true); // replayed: confirmed, created once
        assertThat(h.server.creationsApplied).hasValue(1);
        assertThat(creations()).isEmpty();
        assertThatThrownBy(() -> ws.reviseAction(saved.id(), Map.of("claims", "改过的")))
                .isInstanceOfSatisfying(ActionChangeRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ActionChange.Refusal.GONE));
    }

    @Test
    void aConflictedActionEditedAndResentIsBasedOnTheServersStateAndAppliedOnce() throws Exception {
        PendingAction saved = ws.saveAction(FILING_1, OPINION, new FilingOpinionSave(null, 0, "符合立案条件"));
        FilingView theirs = h.server.changeFiling(1, RequestStatus.FILING_RETURNED);
        ws.syncService().runCycle(true);
        PendingAction conflict = ws.request(FILING_1, FilingView.class).orElseThrow().pending().get(0);
        assertThat(conflict.state()).isEqualTo(OutboxState.CONFLICT);

        PendingAction revised = ws.reviseAction(conflict.id(), new FilingOpinionSave(null, 0, "退回后再审查：符合立案条件"));
        assertThat(revised.payloadAs(FilingOpinionSave.class).baseVersion()).isEqualTo(theirs.version());
        assertThat(key(revised.payloadJson())).isEqualTo(key(saved.payloadJson()));
        ws.syncService().runCycle(true);
        ws.syncService().runCycle(true);
        assertThat(h.server.routedPosts).containsExactly("opinion 1", "opinion " + theirs.version());
        assertThat(h.server.routedApplied).hasValue(1);
        assertThat(ws.request(FILING_1, FilingView.class).orElseThrow().pending()).isEmpty();
    }
}

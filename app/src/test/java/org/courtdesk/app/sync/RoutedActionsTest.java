package org.courtdesk.app.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.sync.SyncService.Outcome;
import org.courtdesk.app.testing.Fixtures;
import org.courtdesk.app.testing.Harness;
import org.courtdesk.app.workspace.DecisionRejectedException;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.app.workspace.StaffOp;
import org.courtdesk.app.workspace.local.LocalWorkspace;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.filing.FilingConclusion;
import org.courtdesk.model.filing.FilingConclusionDecision;
import org.courtdesk.model.filing.FilingMessagePost;
import org.courtdesk.model.filing.FilingOpinionSave;
import org.courtdesk.model.filing.FilingView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core's path for every kind stored as views, shown with 网上立案's routes on the fake server: the feed fills the
 * cache with no kind-specific code, actions saved offline go out exactly once in order, chained actions are rebased
 * only on our own confirmed answer, a 留言 never makes the judge's own decision stale, and a change by someone else is
 * a conflict the user sees with the server's state.
 */
class RoutedActionsTest {

    static final StaffOp OPINION = new StaffOp("FILING_OPINION", "api/v1/judge/filings/{id}/opinion", true);
    static final StaffOp CONCLUSION = new StaffOp("FILING_CONCLUSION", "api/v1/judge/filings/{id}/conclusion", true);
    static final StaffOp MESSAGE = new StaffOp("FILING_MESSAGE", "api/v1/judge/filings/{id}/messages", false);
    static final RequestRef FILING_1 = RequestRef.of(RequestKind.ONLINE_FILING, 1);

    @TempDir
    Path home;
    Harness h;
    LocalWorkspace ws;

    @BeforeEach
    void setUp() throws Exception {
        h = new Harness(home);
        h.server.put(Fixtures.request(1, 1)); // a 阅卷申请 with the same id: ids of two kinds never meet
        h.server.putFiling(Fixtures.filing(1, 1));
        ws = h.login();
        assertThat(ws.syncService().runCycle(false).outcome()).isEqualTo(Outcome.OK);
    }

    @AfterEach
    void tearDown() throws Exception {
        h.close();
    }

    private static FilingConclusionDecision conforms() {
        return new FilingConclusionDecision(null, 0, FilingConclusion.CONFORMS, null, null, null, null);
    }

    @Test
    void theFeedFillsTheKindsCacheBesideTheReadingQueue() {
        assertThat(ws.requests(RequestKind.ONLINE_FILING, FilingView.class)).singleElement()
                .satisfies(r -> assertThat(r.view()).isEqualTo(h.server.filing(1)));
        assertThat(ws.readingQueue()).hasSize(1);
        assertThat(ws.request(RequestRef.of(RequestKind.ONLINE_FILING, 2), FilingView.class)).isEmpty();
    }

    @Test
    void actionsSavedOfflineGoOutOnceInOrderEachOnTheVersionThePreviousProduced() throws Exception {
        h.server.down(true);
        ws.saveAction(FILING_1, MESSAGE, new FilingMessagePost(null, "请补充借条原件"));
        ws.saveAction(FILING_1, OPINION, new FilingOpinionSave(null, 0, "材料齐全，符合立案条件"));
        PendingAction conclusion = ws.saveAction(FILING_1, CONCLUSION, conforms());
        assertThat(ws.syncService().runCycle(false).outcome()).isEqualTo(Outcome.OFFLINE);
        KindRow<FilingView> row = ws.request(FILING_1, FilingView.class).orElseThrow();
        assertThat(row.pending()).extracting(PendingAction::op)
                .containsExactly("FILING_MESSAGE", "FILING_OPINION", "FILING_CONCLUSION");
        assertThat(row.hasUnsent()).isTrue();
        // Both decisions were saved on the state the judge saw; the key and base are in the body as it will be sent.
        assertThat(conclusion.payloadAs(FilingConclusionDecision.class).baseVersion()).isEqualTo(1);
        assertThat(conclusion.payloadAs(FilingConclusionDecision.class).idempotencyKey()).isNotNull();

        h.server.down(false);
        h.server.loseDecisionAnswers.set(1); // the opinion's answer is lost once: it is sent again and replays
        for (int i = 0; i < 4 && !ws.request(FILING_1, FilingView.class).orElseThrow().pending().isEmpty(); i++) {
            ws.syncService().runCycle(true);
        }

        // The decisions first (the conclusion rebased on the opinion's answer), the unversioned 留言 after them.
        assertThat(h.server.routedPosts).containsExactly("opinion 1", "opinion 1", "conclusion 2", "messages -");
        assertThat(h.server.routedApplied).hasValue(3);
        KindRow<FilingView> done = ws.request(FILING_1, FilingView.class).orElseThrow();
        assertThat(done.pending()).isEmpty();
        assertThat(done.view().status()).isEqualTo(RequestStatus.FILING_CONFORMS);
        assertThat(done.view().version()).isEqualTo(h.server.filing(1).version()).isEqualTo(4);
        // The reading request with the same id was not touched.
        assertThat(ws.readingQueue()).singleElement().satisfies(r -> assertThat(r.status())
                .isEqualTo(RequestStatus.PENDING_REVIEW));
    }

    @Test
    void aChangeBySomeoneElseIsAConflictWithTheServersStateAndIsNotRebasedAway() throws Exception {
        // Saved without a sync in between (as offline), then someone else's change arrives first.
        ws.saveAction(FILING_1, OPINION, new FilingOpinionSave(null, 0, "符合立案条件"));
        ws.saveAction(FILING_1, CONCLUSION, conforms());
        FilingView theirs = h.server.changeFiling(1, RequestStatus.FILING_RETURNED); // the centre reviewer was faster

        ws.syncService().runCycle(true);
        ws.syncService().runCycle(true);

        assertThat(h.server.routedPosts).containsExactly("opinion 1", "conclusion 1");
        List<PendingAction> pending = ws.request(FILING_1, FilingView.class).orElseThrow().pending();
        assertThat(pending).extracting(PendingAction::state).containsExactly(OutboxState.CONFLICT, OutboxState.CONFLICT);
        assertThat(pending.get(0).errorCode()).isEqualTo(ErrorCode.VERSION_CONFLICT);
        assertThat(pending.get(0).serverState()).isEqualTo(theirs);
        assertThat(ws.request(FILING_1, FilingView.class).orElseThrow().view()).isEqualTo(theirs);
        // A new decision waits until the user answered the conflict; a 留言 is still possible.
        assertThatThrownBy(() -> ws.saveAction(FILING_1, OPINION, new FilingOpinionSave(null, 0, "再审查")))
                .isInstanceOf(DecisionRejectedException.class);
        ws.saveAction(FILING_1, MESSAGE, new FilingMessagePost(null, "已退回，请补正"));
        pending.forEach(p -> ws.discardAction(p.id()));
        assertThat(ws.request(FILING_1, FilingView.class).orElseThrow().pending()).extracting(PendingAction::op)
                .containsExactly("FILING_MESSAGE");
    }

    @Test
    void anActionOnARequestNotInTheCacheIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> ws.saveAction(RequestRef.of(RequestKind.ONLINE_FILING, 99), OPINION,
                new FilingOpinionSave(null, 0, "x")))
                .isInstanceOfSatisfying(DecisionRejectedException.class,
                        e -> assertThat(e.problems()).containsExactly(ErrorCode.NOT_FOUND));
        assertThat(h.outbox()).isEmpty();
    }
}

package org.courtdesk.app.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import java.util.List;
import java.util.Set;

import javafx.stage.Stage;

import org.courtdesk.app.cache.DocumentStore;
import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.ui.UiTestSupport;
import org.courtdesk.app.ui.main.MainWindow;
import org.courtdesk.model.evidence.EvidenceExchangeView;
import org.courtdesk.model.evidence.EvidenceItem;
import org.courtdesk.model.evidence.EvidenceSide;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The files of the 证据交换 on screen are fetched into the cache when it is chosen, and again when new ones arrive
 * while it stays on screen (a lawyer uploaded, or it was chosen from a list loaded before its files came): the
 * end-to-end test waited in vain for a prefetch that only a newly chosen exchange started.
 */
@ExtendWith(ApplicationExtension.class)
class EvidencePrefetchTest {

    private static final RequestRef REF = RequestRef.of(RequestKind.EVIDENCE_EXCHANGE, 7);

    private FakeWorkspace ws;
    private MainWindow main;

    @Start
    void start(Stage stage) {
        Messages.use(Messages.CHINESE);
        ws = new FakeWorkspace(Samples.CLOCK);
        ws.kindViews.put(REF, withItems(List.of()));
        main = new MainWindow(ws, Samples.CLOCK);
        UiTestSupport.show(stage, main, 1280, 800);
    }

    private static EvidenceExchangeView withItems(List<EvidenceItem> items) {
        EvidenceExchangeView v = EvidenceFilesTest.exchange();
        return new EvidenceExchangeView(v.id(), v.applicationNo(), v.caseNumber(), v.caseTitle(), v.courtCode(),
                v.courtName(), v.applicantId(), v.applicantName(), v.submittedAt(), v.procedure(), v.deadlines(),
                v.exchangeDay(), v.status(), v.version(), v.judgeName(), v.plaintiffs(), v.defendants(), items,
                v.deadlineChanges(), v.review(), v.audit());
    }

    private EvidenceItem item(long id, EvidenceSide side, int seq, String name) {
        byte[] file = ("证据文件 " + name).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String sha = DocumentStore.sha256Hex(file);
        ws.documents.put(sha, file);
        EvidenceItem i = EvidenceFilesTest.item(id, side, seq, name, name + ".pdf", false, List.of());
        return new EvidenceItem(i.id(), i.side(), i.seq(), i.name(), i.source(), i.proves(), i.pages(), i.submitterName(),
                i.submittedAt(), i.late(), i.paper(), i.fileName(), i.contentType(), file.length, sha, i.crossExams());
    }

    private EvidenceExchangeTab tab() {
        return (EvidenceExchangeTab) main.queue(RequestKind.EVIDENCE_EXCHANGE).orElseThrow();
    }

    @Test
    void filesThatArriveWhileTheExchangeIsOnScreenAreFetchedToo() throws Exception {
        onFx(() -> {
            main.tabs().getSelectionModel().select(main.queueTab(RequestKind.EVIDENCE_EXCHANGE).orElseThrow());
            return null;
        });
        waitUntil(() -> tab().settled() && tab().current().isPresent() && tab().prefetched() <= 0);

        // the lawyers upload; the sync stores the exchange with its three files and says so
        ws.kindViews.put(REF, withItems(List.of(item(1, EvidenceSide.PLAINTIFF, 1, "借款合同"),
                item(2, EvidenceSide.PLAINTIFF, 2, "银行转账凭证"), item(3, EvidenceSide.DEFENDANT, 1, "还款收据"))));
        ws.listeners.forEach(l -> l.changed(Set.of(REF)));
        waitUntil(() -> tab().settled() && tab().leftList().getItems().size() == 2);
        waitUntil(() -> tab().prefetched() == 3);
    }
}

package org.courtdesk.app.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import java.time.Duration;
import java.time.Instant;

import javafx.stage.Stage;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.model.evidence.EvidenceExchangeView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 证据交换 opened from 今日到期 before the tab has read its exchanges: the request asked for is remembered and chosen
 * once the first load lands (not the newest exchange the tab would choose by itself); after that it is chosen at once,
 * and one the tab does not hold is refused.
 */
@ExtendWith(ApplicationExtension.class)
class EvidenceExchangeShowTest {

    @Start
    void start(Stage stage) {
        Messages.use(Messages.CHINESE);
    }

    private static RequestRef ref(long id) {
        return RequestRef.of(RequestKind.EVIDENCE_EXCHANGE, id);
    }

    private static EvidenceExchangeView exchange(long id, Instant submittedAt) {
        EvidenceExchangeView v = EvidenceFilesTest.exchange();
        return new EvidenceExchangeView(id, v.applicationNo() + id, v.caseNumber(), v.caseTitle(), v.courtCode(),
                v.courtName(), v.applicantId(), v.applicantName(), submittedAt, v.procedure(), v.deadlines(),
                v.exchangeDay(), v.status(), v.version(), v.judgeName(), v.plaintiffs(), v.defendants(), v.items(),
                v.deadlineChanges(), v.review(), v.audit());
    }

    @Test
    void aRequestAskedForBeforeTheFirstLoadIsChosenWhenItLands() {
        FakeWorkspace ws = new FakeWorkspace(Samples.CLOCK);
        ws.kindViews.put(ref(7), exchange(7, EvidenceFilesTest.AT)); // the newest: the tab's own first choice
        ws.kindViews.put(ref(8), exchange(8, EvidenceFilesTest.AT.minus(Duration.ofDays(1))));
        EvidenceExchangeTab tab = onFx(() -> new EvidenceExchangeTab(ws, Samples.CLOCK));
        try {
            boolean asked = onFx(() -> tab.show(ref(8)));
            onFx(() -> {
                tab.refresh();
                return null;
            });
            waitUntil(() -> tab.settled() && tab.current().isPresent());
            assertThat(onFx(() -> tab.current().orElseThrow().id())).as("the one asked for, not the newest").isEqualTo(8);
            assertThat(asked).as("remembered before the first load").isTrue();

            assertThat(onFx(() -> tab.show(ref(7)))).isTrue();
            assertThat(onFx(() -> tab.current().orElseThrow().id())).as("loaded: chosen at once").isEqualTo(7);
            assertThat(onFx(() -> tab.show(ref(99)))).as("not among the exchanges").isFalse();
            assertThat(onFx(() -> tab.current().orElseThrow().id())).isEqualTo(7);
        } finally {
            onFx(() -> {
                tab.dispose();
                return null;
            });
        }
    }
}

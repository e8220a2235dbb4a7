package org.courtdesk.app.workspace.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.courtdesk.app.cache.KdfParams;
import org.courtdesk.app.cache.LocalCache;
import org.courtdesk.app.cache.RequestStore;
import org.courtdesk.app.testing.Fixtures;
import org.courtdesk.app.workspace.ReadingQueueRow;
import org.courtdesk.model.api.OnSiteVisit;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.ReviewInfo;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.model.request.RequestStatus;

/**
 * The 阅卷 queue read from the cache's columns is the queue its views make (issue 14: no JSON is parsed for it):
 * pending, refused, approved online past its date (已过期 today), approved on site with and without the visit, a
 * very long 申请内容 (read from its JSON), and only the requested rows when asked for some.
 */
class QueueFromColumnsTest {

    @TempDir
    Path tmp;

    @Test
    void rowsFromColumnsAreTheRowsTheViewsMake() throws Exception {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        LocalDate today = Fixtures.TODAY;
        List<ReadingRequestView> views = new ArrayList<>();
        views.add(Fixtures.request(1, 1));
        views.add(Fixtures.request(2, 2, RequestStatus.REJECTED, new ReviewInfo("王法官", today.minusDays(1),
                ReviewOpinion.DISAGREE, "不符合条件", null, null, null, null, null), List.of()));
        views.add(Fixtures.request(3, 3, RequestStatus.APPROVED, new ReviewInfo("王法官", today.minusDays(9),
                ReviewOpinion.AGREE, "同意", ReadingMode.ONLINE, today.minusDays(1), null, null, null), List.of()));
        views.add(Fixtures.approvedOnSite(4, 4));
        ReadingRequestView visited = Fixtures.approvedOnSite(5, 5);
        views.add(new ReadingRequestView(visited.id(), visited.applicationNo(), visited.caseNumber(), visited.caseTitle(),
                visited.courtCode(), visited.courtName(), visited.applicantId(), visited.applicantName(),
                visited.applicantRole(), visited.applicationDate(), visited.submittedAt(), "起诉状、答辩状".repeat(600),
                visited.reason(), visited.requestedMode(), visited.caseDigitised(), visited.status(), visited.version(),
                visited.judgeName(), visited.review(), new OnSiteVisit(true, today.atTime(9, 0), today.atTime(10, 0)),
                visited.materials(), visited.audit(), visited.agreementVersion(), visited.proposedTime()));

        try (LocalCache cache = LocalCache.create(tmp.resolve("u"), "pw".toCharArray(), new KdfParams(1024, 1, 1),
                Clock.systemUTC())) {
            cache.write(h -> RequestStore.upsertAll(h, views, new long[] {1, 2, 3, 4, 5}, Instant.now()));
            List<RequestStore.QueueColumns> columns = cache.read(RequestStore::queueColumns);
            assertThat(columns).extracting(RequestStore.QueueColumns::id).containsExactly(5L, 4L, 3L, 2L, 1L);
            for (RequestStore.QueueColumns c : columns) {
                ReadingRequestView view = views.stream().filter(v -> v.id() == c.id()).findFirst().orElseThrow();
                ReadingQueueRow fromView = Overlay.row(Overlay.view(view, null, null, "王法官", zone, today),
                        c.id() % 2 == 0, null, null);
                assertThat(Overlay.row(c, c.id() % 2 == 0, today)).as("row " + c.id()).isEqualTo(fromView);
            }
            assertThat(Overlay.row(columns.get(2), false, today).status()).as("past its date today")
                    .isEqualTo(RequestStatus.EXPIRED);
            List<RequestStore.QueueColumns> some = cache.read(h -> RequestStore.queueColumns(h, Set.of(2L, 4L, 99L)));
            assertThat(some).extracting(RequestStore.QueueColumns::id).containsExactlyInAnyOrder(2L, 4L);
        }
    }
}

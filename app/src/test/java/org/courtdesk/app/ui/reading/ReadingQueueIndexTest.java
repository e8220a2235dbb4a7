package org.courtdesk.app.ui.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.courtdesk.app.testing.MutableClock;
import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.ui.queue.KindQueueModel;
import org.courtdesk.app.ui.queue.KindSort;
import org.courtdesk.app.workspace.ReadingQueueRow;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;

/**
 * The 阅卷 queue on the queue core — its rows with their keys kept in order ({@code KindQueueIndex}), the query
 * narrowed while typed, text columns ranked in the court's collation — answers exactly what {@link QueueProcessor}
 * answers from scratch: every column in both directions, a query typed one character at a time and deleted again,
 * and rows changed, added and removed in place.
 */
class ReadingQueueIndexTest {

    private final List<ReadingQueueRow> rows = Samples.manyRows(3_000, 17);
    private final FakeWorkspace ws = new FakeWorkspace(Samples.CLOCK);
    private final ReadingRows kind = new ReadingRows(ws, Samples.CLOCK);
    private final KindQueueModel<ReadingRequestView, ReadingQueueRow, QueueQuery> model =
            new KindQueueModel<>(ws, RequestKind.CASE_FILE_READING, ReadingRequestView.class, kind, QueueQuery.DEFAULT,
                    Runnable::run);

    @AfterEach
    void dispose() {
        model.dispose();
    }

    private List<ReadingQueueRow> expected(List<ReadingQueueRow> all, QueueQuery q, List<SortKey> s) {
        return QueueProcessor.apply(all, q, s, Samples.TODAY, Samples.ZONE);
    }

    private List<KindSort<ReadingQueueRow>> core(List<SortKey> s) {
        List<KindSort<ReadingQueueRow>> out = new ArrayList<>();
        for (SortKey k : s) {
            out.add(new KindSort<>(kind.column(k.column()), k.ascending()));
        }
        return out;
    }

    private List<ReadingQueueRow> shown(QueueQuery q, List<SortKey> s) {
        model.queryProperty().set(q);
        model.sortProperty().set(core(s));
        settle();
        return List.copyOf(model.rows());
    }

    private void settle() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!model.settled()) {
            assertThat(System.nanoTime()).as("settled in time").isLessThan(deadline);
            LockSupport.parkNanos(1_000_000);
        }
    }

    private void load(List<ReadingQueueRow> all) {
        ws.extraRows.clear();
        ws.extraRows.addAll(all);
        model.reload();
        settle();
    }

    @Test
    void everyColumnInBothDirectionsSortsAsTheProcessorDoes() {
        load(rows);
        QueueQuery all = QueueQuery.DEFAULT.withStatus(StatusFilter.ALL);
        assertThat(shown(all, List.of())).isEqualTo(expected(rows, all, List.of()));
        for (QueueColumn c : QueueColumn.values()) {
            for (boolean asc : new boolean[] {true, false}) {
                List<SortKey> s = List.of(new SortKey(c, asc));
                assertThat(shown(all, s)).as(c + " " + asc).isEqualTo(expected(rows, all, s));
            }
        }
        List<SortKey> two = List.of(new SortKey(QueueColumn.STATUS, true), new SortKey(QueueColumn.APPLICANT, false));
        assertThat(shown(all, two)).isEqualTo(expected(rows, all, two));
    }

    @Test
    void sortingByTheDaysWaitingOrTheTimeLeftDoesNotReadTheClockPerComparison() {
        MutableClock counting = MutableClock.at(Samples.CLOCK);
        ReadingRows counted = new ReadingRows(ws, counting);
        KindQueueModel<ReadingRequestView, ReadingQueueRow, QueueQuery> m = new KindQueueModel<>(ws,
                RequestKind.CASE_FILE_READING, ReadingRequestView.class, counted, QueueQuery.DEFAULT, Runnable::run);
        try {
            ws.extraRows.clear();
            ws.extraRows.addAll(rows);
            m.queryProperty().set(QueueQuery.DEFAULT.withStatus(StatusFilter.ALL));
            m.reload();
            for (QueueColumn c : List.of(QueueColumn.DAYS_WAITING, QueueColumn.TIME_LEFT)) {
                for (boolean asc : new boolean[] {true, false}) {
                    int readsBefore = counting.reads();
                    m.sortProperty().set(List.of(new KindSort<>(counted.column(c), asc)));
                    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                    while (!m.settled()) {
                        assertThat(System.nanoTime()).as("settled in time").isLessThan(deadline);
                        LockSupport.parkNanos(1_000_000);
                    }
                    List<SortKey> s = List.of(new SortKey(c, asc));
                    QueueQuery all = QueueQuery.DEFAULT.withStatus(StatusFilter.ALL);
                    assertThat(List.copyOf(m.rows())).as(c + " " + asc).isEqualTo(expected(rows, all, s));
                    assertThat(counting.reads() - readsBefore).as(c + " " + asc + ": clock reads for " + rows.size() + " rows")
                            .isLessThan(10);
                }
            }
        } finally {
            m.dispose();
        }
    }

    @Test
    void aQueryTypedAndDeletedCharacterByCharacterMatchesExactly() {
        load(rows);
        List<SortKey> s = List.of(new SortKey(QueueColumn.CASE_NUMBER, true));
        String typed = "(2021)粤0106民初1";
        QueueQuery base = QueueQuery.DEFAULT.withStatus(StatusFilter.ALL);
        List<String> steps = new ArrayList<>();
        for (int i = 0; i <= typed.length(); i++) {
            steps.add(typed.substring(0, i));
        }
        for (int i = typed.length() - 1; i >= 0; i--) {
            steps.add(typed.substring(0, i));
        }
        steps.add("YJ"); // the 申请编号 instead
        steps.add("yj2");
        for (String t : steps) {
            QueueQuery q = base.withCaseNumber(t);
            assertThat(shown(q, s)).as(t).isEqualTo(expected(rows, q, s));
        }
        assertThat(base.withCaseNumber("(2021)粤").narrows(base.withCaseNumber("(2021)"))).isTrue();
        assertThat(base.withCaseNumber("(2021)").narrows(base.withCaseNumber("(2021)粤"))).isFalse();
        assertThat(QueueQuery.DEFAULT.narrows(base)).as("another status").isFalse();
    }

    @Test
    void changedRowsArePutInTheirPlaceAsAFreshSortWould() {
        List<SortKey> s = List.of(new SortKey(QueueColumn.APPLICANT, false));
        List<ReadingQueueRow> all = new ArrayList<>(rows);
        load(all);
        QueueQuery q = QueueQuery.DEFAULT.withStatus(StatusFilter.ALL).withCaseNumber("粤");
        shown(q, s);
        Random random = new Random(5);
        List<ReadingQueueRow> more = Samples.manyRows(40, 99);
        for (int round = 0; round < 20; round++) {
            Set<Long> ids = new HashSet<>();
            for (int k = 0; k < 5; k++) { // a row changes: another applicant, status, opened
                int i = random.nextInt(all.size());
                ReadingQueueRow r = all.get(i);
                ReadingQueueRow other = all.get(random.nextInt(all.size()));
                ReadingQueueRow changed = new ReadingQueueRow(r.id(), r.applicationNo(), r.caseNumber(), r.courtName(),
                        other.applicantName(), r.applicationDate(), r.submittedAt(), r.content(), r.requestedMode(),
                        r.grantedMode(), round % 2 == 0 ? RequestStatus.APPROVED : r.status(), r.validUntil(),
                        r.onSiteEnd(), r.attended(), !r.opened(), r.syncState());
                all.set(i, changed);
                ids.add(r.id());
            }
            if (round % 3 == 0) { // one leaves the queue
                ReadingQueueRow gone = all.remove(random.nextInt(all.size()));
                ids.add(gone.id());
            }
            if (round < more.size()) { // one arrives (an id not seen yet)
                ReadingQueueRow m = more.get(round);
                ReadingQueueRow fresh = new ReadingQueueRow(10_000_000L + round, m.applicationNo(), m.caseNumber(),
                        m.courtName(), m.applicantName(), m.applicationDate(), m.submittedAt(), m.content(),
                        m.requestedMode(), m.grantedMode(), m.status(), m.validUntil(), m.onSiteEnd(), m.attended(),
                        m.opened(), m.syncState());
                all.add(fresh);
                ids.add(fresh.id());
            }
            ws.extraRows.clear();
            ws.extraRows.addAll(all);
            model.changed(ids.stream().map(id -> RequestRef.of(RequestKind.CASE_FILE_READING, id)).toList());
            settle();
            assertThat(model.totalCountProperty().get()).isEqualTo(all.size());
            assertThat(model.openCountProperty().get()).as("open rows, kept as rows change")
                    .isEqualTo((int) all.stream().filter(kind::open).count());
            assertThat(List.copyOf(model.rows())).as("round " + round).isEqualTo(expected(all, q, s));
            assertThat(model.reloads()).as("only changed rows read").isEqualTo(1);
        }
        // A header sort after the changes (the rows' places in the queue's own order are made again) and back.
        for (QueueColumn c : List.of(QueueColumn.CASE_NUMBER, QueueColumn.TIME_LEFT, QueueColumn.APPLICANT)) {
            List<SortKey> by = List.of(new SortKey(c, c != QueueColumn.TIME_LEFT));
            assertThat(shown(q, by)).as("after changes: " + c).isEqualTo(expected(all, q, by));
        }
    }
}

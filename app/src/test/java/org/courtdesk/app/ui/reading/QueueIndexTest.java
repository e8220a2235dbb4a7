package org.courtdesk.app.ui.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.workspace.ReadingQueueRow;
import org.courtdesk.model.request.RequestStatus;

/**
 * The kept keys and order of the 阅卷 queue answer exactly what {@link QueueProcessor} answers from scratch: every
 * column in both directions, a query typed one character at a time (narrowed) and deleted again, and rows changed,
 * added and removed in place.
 */
class QueueIndexTest {

    private final List<ReadingQueueRow> rows = Samples.manyRows(3_000, 17);

    private List<ReadingQueueRow> expected(List<ReadingQueueRow> all, QueueQuery q, List<SortKey> s) {
        return QueueProcessor.apply(all, q, s, Samples.TODAY, Samples.ZONE);
    }

    @Test
    void everyColumnInBothDirectionsSortsAsTheProcessorDoes() {
        QueueIndex index = new QueueIndex();
        index.replaceAll(rows, List.of(), Samples.TODAY, Samples.ZONE);
        QueueQuery all = QueueQuery.DEFAULT.withStatus(StatusFilter.ALL);
        assertThat(index.query(all, List.of(), Samples.TODAY, Samples.ZONE)).isEqualTo(expected(rows, all, List.of()));
        for (QueueColumn c : QueueColumn.values()) {
            for (boolean asc : new boolean[] {true, false}) {
                List<SortKey> s = List.of(new SortKey(c, asc));
                assertThat(index.query(all, s, Samples.TODAY, Samples.ZONE)).as(c + " " + asc)
                        .isEqualTo(expected(rows, all, s));
            }
        }
        List<SortKey> two = List.of(new SortKey(QueueColumn.STATUS, true), new SortKey(QueueColumn.APPLICANT, false));
        assertThat(index.query(all, two, Samples.TODAY, Samples.ZONE)).isEqualTo(expected(rows, all, two));
    }

    @Test
    void aQueryTypedAndDeletedCharacterByCharacterMatchesExactly() {
        QueueIndex index = new QueueIndex();
        List<SortKey> s = List.of(new SortKey(QueueColumn.CASE_NUMBER, true));
        index.replaceAll(rows, s, Samples.TODAY, Samples.ZONE);
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
            assertThat(index.query(q, s, Samples.TODAY, Samples.ZONE)).as(t).isEqualTo(expected(rows, q, s));
        }
        assertThat(QueueQuery.normalize(typed)).isNotEmpty();
        assertThat(base.withCaseNumber("(2021)粤").narrows(base.withCaseNumber("(2021)"))).isTrue();
        assertThat(base.withCaseNumber("(2021)").narrows(base.withCaseNumber("(2021)粤"))).isFalse();
        assertThat(QueueQuery.DEFAULT.narrows(base)).as("another status").isFalse();
    }

    @Test
    void changedRowsArePutInTheirPlaceAsAFreshSortWould() {
        QueueIndex index = new QueueIndex();
        List<SortKey> s = List.of(new SortKey(QueueColumn.APPLICANT, false));
        List<ReadingQueueRow> all = new ArrayList<>(rows);
        index.replaceAll(all, s, Samples.TODAY, Samples.ZONE);
        QueueQuery q = QueueQuery.DEFAULT.withStatus(StatusFilter.ALL).withCaseNumber("粤");
        index.query(q, s, Samples.TODAY, Samples.ZONE);
        Random random = new Random(5);
        List<ReadingQueueRow> more = Samples.manyRows(40, 99);
        for (int round = 0; round < 20; round++) {
            Set<Long> ids = new HashSet<>();
            List<ReadingQueueRow> now = new ArrayList<>();
            for (int k = 0; k < 5; k++) { // a row changes: another applicant, status, opened
                int i = random.nextInt(all.size());
                ReadingQueueRow r = all.get(i);
                ReadingQueueRow other = all.get(random.nextInt(all.size()));
                ReadingQueueRow changed = new ReadingQueueRow(r.id(), r.applicationNo(), r.caseNumber(), r.courtName(),
                        other.applicantName(), r.applicationDate(), r.submittedAt(), r.content(), r.requestedMode(),
                        r.grantedMode(), round % 2 == 0 ? RequestStatus.APPROVED : r.status(), r.validUntil(),
                        r.onSiteEnd(), r.attended(), !r.opened(), r.syncState());
                all.set(i, changed);
                if (ids.add(r.id())) {
                    now.add(changed);
                } else {
                    now.replaceAll(x -> x.id() == changed.id() ? changed : x);
                }
            }
            if (round % 3 == 0) { // one leaves the queue
                ReadingQueueRow gone = all.remove(random.nextInt(all.size()));
                ids.add(gone.id());
                now.removeIf(x -> x.id() == gone.id());
            }
            if (round < more.size()) { // one arrives (an id not seen yet)
                ReadingQueueRow m = more.get(round);
                ReadingQueueRow fresh = new ReadingQueueRow(10_000_000L + round, m.applicationNo(), m.caseNumber(),
                        m.courtName(), m.applicantName(), m.applicationDate(), m.submittedAt(), m.content(),
                        m.requestedMode(), m.grantedMode(), m.status(), m.validUntil(), m.onSiteEnd(), m.attended(),
                        m.opened(), m.syncState());
                all.add(fresh);
                ids.add(fresh.id());
                now.add(fresh);
            }
            index.update(ids, now, s, Samples.TODAY, Samples.ZONE);
            assertThat(index.size()).isEqualTo(all.size());
            assertThat(index.query(q, s, Samples.TODAY, Samples.ZONE)).as("round " + round)
                    .isEqualTo(expected(all, q, s));
        }
    }
}

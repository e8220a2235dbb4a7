package org.courtdesk.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.ui.reading.QueueColumn;
import org.courtdesk.app.ui.reading.QueueProcessor;
import org.courtdesk.app.ui.reading.QueueQuery;
import org.courtdesk.app.ui.reading.SortKey;
import org.courtdesk.app.ui.reading.StatusFilter;
import org.courtdesk.app.workspace.ReadingQueueRow;

/**
 * How long one keystroke of type-to-filter and one click on a column header cost on a big queue, against a
 * baseline measured in the same run: copying the rows and sorting them by id, the least any filter-and-sort can do.
 * Run with {@code mvn -B -pl app -am test -Pbench}; not part of {@code mvn verify}, which must not depend on timing.
 */
class QueueBench {

    private static final int ROWS = 100_000;
    private static final int ROUNDS = 7;

    @Test
    void filterAndSortAHundredThousandRows() {
        List<ReadingQueueRow> rows = Samples.manyRows(ROWS, 1);
        var today = Samples.TODAY;
        var zone = Samples.ZONE;

        double baseline = medianMillis(() -> {
            List<ReadingQueueRow> copy = new ArrayList<>(rows);
            copy.sort(Comparator.comparingLong(ReadingQueueRow::id));
            return copy;
        });
        double defaultQueue = medianMillis(() -> QueueProcessor.apply(rows, QueueQuery.DEFAULT, List.of(), today, zone));
        double allByStatus = medianMillis(() -> QueueProcessor.apply(rows, QueueQuery.DEFAULT.withStatus(StatusFilter.ALL),
                List.of(new SortKey(QueueColumn.STATUS, true), new SortKey(QueueColumn.TIME_LEFT, false)), today, zone));
        double typed = medianMillis(() -> QueueProcessor.apply(rows,
                QueueQuery.DEFAULT.withStatus(StatusFilter.ALL).withCaseNumber("粤0106民初1"), List.of(), today, zone));

        System.out.printf("%nQueueBench: %,d rows, median of %d rounds%n", ROWS, ROUNDS);
        row("baseline: copy + sort by id", baseline, baseline);
        row("待审查, oldest first (the default view)", defaultQueue, baseline);
        row("all statuses, by status then time left", allByStatus, baseline);
        row("type-to-filter 案号 “粤0106民初1”", typed, baseline);
        System.out.println("Every figure runs on a worker thread; the FX thread only swaps the table's items.");

        assertThat(QueueProcessor.apply(rows, QueueQuery.DEFAULT, List.of(), today, zone)).isNotEmpty();
    }

    private static void row(String what, double ms, double baseline) {
        System.out.printf("  %-44s %8.1f ms  %5.1f× baseline%n", what, ms, ms / baseline);
    }

    private static long sink;

    private static double medianMillis(Supplier<List<ReadingQueueRow>> work) {
        for (int i = 0; i < 3; i++) {
            work.get(); // warm-up
        }
        double[] ms = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            int size = work.get().size();
            ms[i] = (System.nanoTime() - start) / 1e6;
            sink += size; // keeps the JIT from dropping the work
        }
        Arrays.sort(ms);
        return ms[ROUNDS / 2];
    }
}

package org.courtdesk.app.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;

import org.junit.jupiter.api.Test;

/**
 * The visible rows tell the table a header sort as a permutation and a filter as rows removed or added, never as a
 * replacement of every row (the table rebuilds every visible cell on one: issue 14); anything else is one replacement.
 */
class QueueRowsTest {

    record Row(long id, String text) { }

    private final List<String> told = new ArrayList<>();

    private QueueRows<Row> shown(List<Row> rows) {
        QueueRows<Row> list = new QueueRows<>();
        list.setAll(rows);
        list.addListener((ListChangeListener<Row>) c -> {
            while (c.next()) {
                told.add(c.wasPermutated() ? "permuted" : c.wasReplaced() ? "replaced"
                        : c.wasRemoved() ? "removed " + c.getFrom() + "+" + c.getRemovedSize()
                        : c.wasAdded() ? "added " + c.getFrom() + ".." + c.getTo() : "other");
            }
        });
        return list;
    }

    private static List<Row> rows(int n) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Row(i, "r" + i));
        }
        return out;
    }

    @Test
    void aSortIsAPermutation() {
        List<Row> base = rows(5);
        QueueRows<Row> list = shown(base);
        List<Row> sorted = List.of(base.get(4), base.get(2), base.get(0), base.get(3), base.get(1));
        assertThat(list.apply(QueueRows.Plan.between(base, sorted, Row::id))).isTrue();
        assertThat(list).containsExactlyElementsOf(sorted);
        assertThat(told).containsExactly("permuted");
    }

    @Test
    void aNarrowingFilterRemovesAndAWideningOneAdds() {
        List<Row> base = rows(6);
        QueueRows<Row> list = shown(base);
        List<Row> narrow = List.of(base.get(1), base.get(4), base.get(5));
        assertThat(list.apply(QueueRows.Plan.between(base, narrow, Row::id))).isTrue();
        assertThat(list).containsExactlyElementsOf(narrow);
        assertThat(told).isNotEmpty().allMatch(t -> t.startsWith("removed"));
        told.clear();
        assertThat(list.apply(QueueRows.Plan.between(narrow, base, Row::id))).isTrue();
        assertThat(list).containsExactlyElementsOf(base);
        assertThat(told).isNotEmpty().allMatch(t -> t.startsWith("added"));
    }

    @Test
    void aChangedRowOrAnotherOrderOfAFilterIsNotCheap() {
        List<Row> base = rows(4);
        List<Row> changed = new ArrayList<>(base);
        changed.set(0, new Row(0, "changed"));
        java.util.Collections.swap(changed, 0, 1);
        assertThat(QueueRows.Plan.between(base, changed, Row::id).cheap()).isFalse();
        List<Row> reordered = List.of(base.get(3), base.get(0));
        assertThat(QueueRows.Plan.between(base, reordered, Row::id).cheap()).isFalse();
        QueueRows<Row> list = shown(base);
        assertThat(list.apply(QueueRows.Plan.between(base, reordered, Row::id))).isFalse();
        assertThat(list).containsExactlyElementsOf(base);
        assertThat(told).isEmpty();
    }
}

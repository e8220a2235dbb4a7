package org.courtdesk.app.ui.queue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.ToLongFunction;

import javafx.collections.ModifiableObservableListBase;

/**
 * A queue's visible rows as the table sees them (issue 14): a new result is told as the smallest change that is true
 * — a header sort as a permutation, a narrowing filter as the rows removed, a widening one as the rows added — instead
 * of one replacement of every row. The table's skin throws away and rebuilds (CSS from scratch) every visible row and
 * cell on a replacement of the whole list, which cost ~15× the model's own sort in the window; on these changes it keeps
 * its cells and only gives them their new rows. Anything else is still one replacement. FX thread, but {@link #plan}
 * is made on the model's worker.
 */
final class QueueRows<R> extends ModifiableObservableListBase<R> {

    /**
     * More runs of rows removed or added than this are one replacement instead: each run is a change every listener
     * (selection, focus, skin) handles, while a rebuild costs only the visible rows.
     */
    static final int MAX_RUNS = 4096;

    private ArrayList<R> list = new ArrayList<>();

    /** How to go from {@code base} (a result handed over before) to {@code next}; made off the FX thread. */
    record Plan<R>(List<R> base, List<R> next, int[] permutation, boolean[] kept, boolean removal) {

        static <R> Plan<R> between(List<R> base, List<R> next, ToLongFunction<R> id) {
            if (base == null || base.isEmpty() || next.isEmpty()) {
                return new Plan<>(base, next, null, null, false);
            }
            if (base.size() == next.size()) { // a sort: the same rows, each identical, in another order
                // each id's place in base: an open-addressed table of primitives (no boxing of 100 k longs)
                int cap = Integer.highestOneBit(Math.max(4, base.size() * 2 - 1)) << 1;
                long[] keys = new long[cap];
                int[] places = new int[cap];
                java.util.Arrays.fill(places, -1);
                for (int i = 0; i < base.size(); i++) {
                    long k = id.applyAsLong(base.get(i));
                    int h = slot(k, cap);
                    while (places[h] >= 0 && keys[h] != k) {
                        h = (h + 1) & (cap - 1);
                    }
                    keys[h] = k;
                    places[h] = i;
                }
                int[] perm = new int[base.size()];
                boolean[] seen = new boolean[base.size()];
                for (int j = 0; j < next.size(); j++) {
                    long k = id.applyAsLong(next.get(j));
                    int h = slot(k, cap);
                    while (places[h] >= 0 && keys[h] != k) {
                        h = (h + 1) & (cap - 1);
                    }
                    int i = places[h];
                    if (i < 0 || seen[i] || base.get(i) != next.get(j)) {
                        return new Plan<>(base, next, null, null, false);
                    }
                    seen[i] = true;
                    perm[i] = j;
                }
                return new Plan<>(base, next, perm, null, false);
            }
            boolean removal = next.size() < base.size();
            List<R> longer = removal ? base : next;
            List<R> shorter = removal ? next : base;
            boolean[] kept = new boolean[longer.size()]; // which of the longer list's rows the shorter one has
            int j = 0;
            for (int i = 0; i < longer.size() && j < shorter.size(); i++) {
                if (longer.get(i) == shorter.get(j)) {
                    kept[i] = true;
                    j++;
                }
            }
            int runs = 0;
            for (int i = 0; i < kept.length; i++) {
                if (!kept[i] && (i == 0 || kept[i - 1])) {
                    runs++;
                }
            }
            if (j != shorter.size() || runs > MAX_RUNS) { // not a filter of the same order, or too scattered to tell
                return new Plan<>(base, next, null, null, false);
            }
            return new Plan<>(base, next, null, kept, removal);
        }

        private static int slot(long k, int cap) {
            long h = k * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & (cap - 1);
        }

        boolean cheap() {
            return permutation != null || kept != null;
        }
    }

    /** Shows {@code plan.next()}, told as the plan's change; false (nothing done) when the plan does not apply. */
    boolean apply(Plan<R> plan) {
        if (!plan.cheap() || plan.base().size() != list.size()) {
            return false;
        }
        List<R> next = plan.next();
        beginChange();
        try {
            if (plan.permutation() != null) {
                nextPermutation(0, list.size(), plan.permutation());
            } else if (plan.removal()) {
                boolean[] kept = plan.kept();
                for (int i = kept.length - 1; i >= 0; ) { // from the end: each index holds as it is told
                    if (kept[i]) {
                        i--;
                        continue;
                    }
                    int to = i + 1;
                    while (i >= 0 && !kept[i]) {
                        i--;
                    }
                    nextRemove(i + 1, new ArrayList<>(list.subList(i + 1, to)));
                }
            } else {
                boolean[] kept = plan.kept();
                for (int i = 0; i < kept.length; ) { // in the new list's places, from the start
                    if (kept[i]) {
                        i++;
                        continue;
                    }
                    int from = i;
                    while (i < kept.length && !kept[i]) {
                        i++;
                    }
                    nextAdd(from, i);
                }
            }
            list = new ArrayList<>(next);
        } finally {
            endChange();
        }
        return true;
    }

    @Override
    public boolean setAll(Collection<? extends R> col) {
        beginChange();
        try {
            List<R> old = list;
            list = new ArrayList<>(col);
            if (!old.isEmpty()) {
                nextRemove(0, old);
            }
            if (!list.isEmpty()) {
                nextAdd(0, list.size());
            }
        } finally {
            endChange();
        }
        return true;
    }

    @Override
    public void clear() {
        setAll(List.of());
    }

    @Override
    public R get(int index) {
        return list.get(index);
    }

    @Override
    public int size() {
        return list.size();
    }

    @Override
    protected void doAdd(int index, R element) {
        list.add(index, element);
    }

    @Override
    protected R doSet(int index, R element) {
        return list.set(index, element);
    }

    @Override
    protected R doRemove(int index) {
        return list.remove(index);
    }
}

package org.courtdesk.app.ui.queue;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A queue's rows kept ready for type-to-filter and header sorts at frame rate, for every kind (issue 14):
 * <ul>
 * <li>each row's filter key is made once, when the row is read ({@link KindQueueModel.Rows#key}: e.g. its 案号
 * normalised), not per keystroke;</li>
 * <li>the rows are kept in the current order, so a keystroke only filters (a filter keeps the order), and a query that
 * grows narrows the previous result ({@link KindQueueModel.Rows#narrows});</li>
 * <li>a column sorted by its text ({@link KindColumn#collated}) ranks each distinct text once in the court's
 * collation, so a comparison compares two ints;</li>
 * <li>a header sort by one such column sorts packed primitive keys (rank, place in the kind's order), no comparator;</li>
 * <li>changed rows are taken out and put back by one sort of the nearly sorted list (linear).</li>
 * </ul>
 * Not thread-safe: the model uses it on its worker only.
 */
final class KindQueueIndex<R, Q> {

    /** The court's collation (Chinese). Its compare is synchronized; the index ranks with collation keys instead. */
    static final Collator COLLATOR = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);

    /** A keyed column's row with no value ({@link KindColumn#emptyLast}): last in both directions. */
    private static final long NO_KEY = Long.MIN_VALUE;
    private static final long[] NO_LONGS = new long[0];
    private static final int[] NO_INTS = new int[0];

    /**
     * A row, its filter key, and per column of the current sort the rank of its text (collated columns) or its sort key
     * ({@link KindColumn#keyed}), made once per sort, not per comparison.
     */
    static final class Entry<R> {
        final R row;
        final Object key;
        long[] rank = new long[0];
        /**
         * Per column slot ({@link KindQueueIndex#slot}) the rank or key this row had when last sorted by it, valid while
         * {@code cachedGen[slot]} is the slot's generation: a header sort back and forth between columns looks each
         * row's rank up once, not per sort (issue 14). A changed row is a new entry, so its cache starts empty.
         */
        long[] cached = NO_LONGS;
        int[] cachedGen = NO_INTS;
        /** The row's place in the kind's own order (valid while {@code baseValid}). */
        int base;
        /** Taken out of the index (a newer row of the request, or it left the queue). */
        boolean gone;

        Entry(R row, Object key) {
            this.row = row;
            this.key = key;
        }
    }

    private final KindQueueModel.Rows<?, R, Q> rows;
    private final Collator collator = (Collator) COLLATOR.clone();
    /** Per collated column sorted by: each distinct text's rank (texts the collator finds equal share one). */
    private final Map<KindColumn<R>, Map<String, Integer>> ranks = new IdentityHashMap<>();
    private final Map<Long, Entry<R>> byId = new HashMap<>();
    /** Each column ever sorted by: its slot in the entries' rank caches. */
    private final Map<KindColumn<R>, Integer> slots = new IdentityHashMap<>();
    /** Per slot the generation of the cached ranks (bumped when the column's texts are ranked again); 0: none. */
    private int[] gens = NO_INTS;
    /** Per column of the current sort its slot. */
    private int[] sortSlots = NO_INTS;
    /** Every row, in {@link #order}. */
    private List<Entry<R>> ordered = new ArrayList<>();
    private List<KindSort<R>> sort = List.of();
    private Comparator<Entry<R>> order;
    /** Whether each entry's {@code base} is its place in the kind's order ({@link #byBase} holds them so). */
    private boolean baseValid;
    private List<Entry<R>> byBase = List.of();
    /** The last query's result, for narrowing. */
    private Q lastQuery;
    private SyncFilter lastSync;
    private List<Entry<R>> lastResult;

    KindQueueIndex(KindQueueModel.Rows<?, R, Q> rows) {
        this.rows = rows; // the order is made at the first load: the kind may not be ready while it is being built
    }

    /** Every row (a new load). */
    void replaceAll(Collection<R> all) {
        byId.clear();
        ranks.clear();
        invalidateAll();
        baseValid = false;
        ordered = new ArrayList<>(all.size());
        for (R r : all) {
            Entry<R> e = new Entry<>(r, rows.key(r));
            byId.put(rows.id(r), e);
            ordered.add(e);
        }
        resort(sort);
    }

    /**
     * These rows changed or arrived ({@code now}); {@code gone} left the queue. Incremental (issue 14: a feed page of
     * 200 into 80 k rows re-sorted and re-filtered every row): the changed rows are taken out, sorted among themselves and
     * put back by binary search, and the last query's result is mended the same way, so a page costs a copy of the lists
     * and O(changed × log rows) comparisons. A text the ranks do not know yet sorts everything again, as before.
     */
    void update(Collection<R> now, Set<Long> gone) {
        if (order == null) {
            order = comparator(sort);
        }
        boolean removedAny = false;
        for (long id : gone) {
            removedAny |= takeOut(id);
        }
        List<Entry<R>> added = new ArrayList<>(now.size());
        for (R r : now) {
            removedAny |= takeOut(rows.id(r));
            added.add(new Entry<>(r, rows.key(r)));
        }
        if (removedAny) {
            ordered = without(ordered);
        }
        boolean known = true;
        for (Entry<R> e : added) {
            byId.put(rows.id(e.row), e);
            known &= ranks(e);
        }
        if (!known) { // a text the ranks do not know (a new 案号): rank that column again
            ordered.addAll(added);
            rankAgain();
            ordered.sort(order);
            lastQuery = null;
            lastResult = null;
        } else {
            added.sort(order);
            ordered = insertSorted(ordered, added);
            if (lastResult != null) { // the last result mended: still the rows it matches, in order
                List<Entry<R>> hits = new ArrayList<>();
                for (Entry<R> e : added) {
                    if (lastSync.matches(rows.sync(e.row)) && rows.matches(lastQuery, e.row, e.key)) {
                        hits.add(e);
                    }
                }
                lastResult = insertSorted(removedAny ? without(lastResult) : lastResult, hits);
            }
        }
        if (sort.isEmpty()) {
            base();
        } else {
            baseValid = false; // the changed rows have no place in the kind's order yet
        }
    }

    /** Takes request {@code id}'s entry out of {@link #byId} and marks it gone; whether there was one. */
    private boolean takeOut(long id) {
        Entry<R> e = byId.remove(id);
        if (e == null) {
            return false;
        }
        e.gone = true;
        return true;
    }

    private static <R> List<Entry<R>> without(List<Entry<R>> list) {
        List<Entry<R>> kept = new ArrayList<>(list.size());
        for (Entry<R> e : list) {
            if (!e.gone) {
                kept.add(e);
            }
        }
        return kept;
    }

    /** {@code into} (in {@link #order}) with {@code adds} (in order too) put in their places; equal ones after. */
    private List<Entry<R>> insertSorted(List<Entry<R>> into, List<Entry<R>> adds) {
        if (adds.isEmpty()) {
            return into;
        }
        List<Entry<R>> out = new ArrayList<>(into.size() + adds.size());
        int from = 0;
        for (Entry<R> e : adds) {
            int lo = from;
            int hi = into.size();
            while (lo < hi) { // the first place after every entry not above e
                int mid = (lo + hi) >>> 1;
                if (order.compare(into.get(mid), e) <= 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            out.addAll(into.subList(from, lo));
            out.add(e);
            from = lo;
        }
        out.addAll(into.subList(from, into.size()));
        return out;
    }

    /** The rows {@code q} and {@code s} match in order {@code by}: sorted only when the order changed. */
    List<R> query(Q q, SyncFilter s, List<KindSort<R>> by) {
        if (order == null || !by.equals(sort)) {
            resort(by);
        }
        if (lastResult != null && s == lastSync && q.equals(lastQuery)) { // the same query (rows changed: mended)
            List<R> out = new ArrayList<>(lastResult.size());
            for (Entry<R> e : lastResult) {
                out.add(e.row);
            }
            return out;
        }
        boolean narrow = lastResult != null && s == lastSync && rows.narrows(q, lastQuery);
        List<Entry<R>> from = narrow ? lastResult : ordered;
        List<Entry<R>> hits = new ArrayList<>(narrow ? from.size() : Math.min(1024, from.size()));
        for (Entry<R> e : from) {
            if (s.matches(rows.sync(e.row)) && rows.matches(q, e.row, e.key)) {
                hits.add(e);
            }
        }
        lastQuery = q;
        lastSync = s;
        lastResult = hits;
        List<R> out = new ArrayList<>(hits.size());
        for (Entry<R> e : hits) {
            out.add(e.row);
        }
        return out;
    }

    /** The same order again (e.g. a new day moved the days left on): every rank and key is made again. */
    void resort() {
        invalidateAll();
        resort(sort);
    }

    private void resort(List<KindSort<R>> by) {
        sort = List.copyOf(by);
        order = comparator(sort);
        sortSlots = new int[sort.size()];
        for (int i = 0; i < sort.size(); i++) {
            KindColumn<R> c = sort.get(i).column();
            Integer at = slots.get(c);
            if (at == null) {
                at = slots.size();
                slots.put(c, at);
                gens = java.util.Arrays.copyOf(gens, at + 1);
                gens[at] = 1;
            }
            sortSlots[i] = at;
        }
        boolean known = true;
        for (Entry<R> e : ordered) {
            known &= ranks(e);
        }
        if (!known) {
            rankAgain();
        }
        if (!sortByKey()) {
            ordered.sort(order);
        }
        if (sort.isEmpty()) {
            base();
        }
        lastQuery = null;
        lastResult = null;
    }

    /** The rows are in the kind's order: each one's place in it. */
    private void base() {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).base = i;
        }
        byBase = new ArrayList<>(ordered);
        baseValid = true;
    }

    /**
     * A header sort by one collated or keyed column (the common case) without a comparator: each row's rank or key
     * and its place in the kind's order packed in one long, the longs sorted as primitives, the rows put in that order
     * (issue 14: 100 k rows by comparator took ~200 ms of TimSort through the comparator chain). The same order as
     * {@link #comparator}. False when it does not apply (several columns, a comparator column, keys beyond an int).
     */
    private boolean sortByKey() {
        if (sort.size() != 1) {
            return false;
        }
        KindColumn<R> c = sort.get(0).column();
        boolean keyed = c.key() != null;
        if (!keyed && c.collate() == null) {
            return false;
        }
        for (Entry<R> e : ordered) {
            long v = e.rank[0];
            if (keyed && v != NO_KEY && (v <= Integer.MIN_VALUE || v >= Integer.MAX_VALUE)) {
                return false;
            }
        }
        if (!baseValid) {
            List<Entry<R>> kindOrder = new ArrayList<>(ordered);
            Comparator<R> kind = rows.order();
            kindOrder.sort((a, b) -> kind.compare(a.row, b.row));
            for (int i = 0; i < kindOrder.size(); i++) {
                kindOrder.get(i).base = i;
            }
            byBase = kindOrder;
            baseValid = true;
        }
        boolean asc = sort.get(0).ascending();
        long[] packed = new long[ordered.size()];
        for (int i = 0; i < packed.length; i++) {
            Entry<R> e = ordered.get(i);
            long v = e.rank[0];
            long p;
            if (keyed) { // no value: last both ways
                p = v == NO_KEY ? Integer.MAX_VALUE : asc ? v : -v;
            } else { // no text: last ascending, first descending (the comparator reversed)
                p = v < 0 ? (asc ? Integer.MAX_VALUE : Integer.MIN_VALUE) : asc ? v : -v;
            }
            packed[i] = (p << 32) | e.base;
        }
        java.util.Arrays.sort(packed);
        List<Entry<R>> out = new ArrayList<>(packed.length);
        for (long k : packed) {
            out.add(byBase.get((int) (k & 0xFFFFFFFFL)));
        }
        ordered = out;
        return true;
    }

    /** Every rank and key cached in the entries is made again when next sorted by. */
    private void invalidateAll() {
        for (int i = 0; i < gens.length; i++) {
            gens[i]++;
        }
    }

    /** A text the ranks of the current sort's collated columns do not know: those columns ranked again. */
    private void rankAgain() {
        for (int i = 0; i < sort.size(); i++) {
            KindColumn<R> c = sort.get(i).column();
            if (c.collate() != null) {
                ranks.remove(c);
                gens[sortSlots[i]]++;
            }
        }
        for (Entry<R> e : ordered) {
            ranks(e);
        }
    }

    /**
     * Gives {@code e} the ranks the current sort compares, from its cache when made since the column was last ranked
     * (the text normalised and looked up once per row, not per sort); false when a text is not ranked yet.
     */
    private boolean ranks(Entry<R> e) {
        if (e.rank.length != sort.size()) {
            e.rank = new long[sort.size()];
        }
        boolean known = true;
        for (int i = 0; i < sort.size(); i++) {
            KindColumn<R> c = sort.get(i).column();
            if (c.key() == null && c.collate() == null) {
                continue;
            }
            int slot = sortSlots[i];
            if (slot < e.cachedGen.length && e.cachedGen[slot] == gens[slot]) {
                e.rank[i] = e.cached[slot];
                continue;
            }
            long v;
            if (c.key() != null) {
                v = c.empty() != null && c.empty().test(e.row) ? NO_KEY : c.key().applyAsLong(e.row);
            } else {
                Map<String, Integer> r = ranks.computeIfAbsent(c, this::rank);
                String text = c.collate().apply(e.row);
                Integer at = text == null ? Integer.valueOf(-1) : r.get(text);
                if (at == null) {
                    known = false;
                    e.rank[i] = -1;
                    continue; // not cached: ranked again
                }
                v = at;
            }
            e.rank[i] = v;
            if (slot >= e.cachedGen.length) {
                e.cachedGen = java.util.Arrays.copyOf(e.cachedGen, gens.length);
                e.cached = java.util.Arrays.copyOf(e.cached, gens.length);
            }
            e.cached[slot] = v;
            e.cachedGen[slot] = gens[slot];
        }
        return known;
    }

    /** Every distinct text of column {@code c} collated once: its rank. */
    private Map<String, Integer> rank(KindColumn<R> c) {
        Map<String, CollationKey> distinct = new HashMap<>();
        for (Entry<R> e : byId.values()) {
            String text = c.collate().apply(e.row);
            if (text != null) {
                distinct.computeIfAbsent(text, collator::getCollationKey);
            }
        }
        List<CollationKey> keys = new ArrayList<>(distinct.values());
        keys.sort(null);
        Map<String, Integer> out = new HashMap<>(keys.size() * 2);
        int r = -1;
        CollationKey previous = null;
        for (CollationKey k : keys) {
            if (previous == null || previous.compareTo(k) != 0) {
                r++;
            }
            out.put(k.getSourceString(), r);
            previous = k;
        }
        return out;
    }

    /** The judge's sort (collated columns by rank, no text last ascending), then the kind's order. */
    private Comparator<Entry<R>> comparator(List<KindSort<R>> by) {
        Comparator<Entry<R>> c = null;
        for (int i = 0; i < by.size(); i++) {
            KindSort<R> k = by.get(i);
            KindColumn<R> col = k.column();
            Comparator<Entry<R>> next;
            if (col.collate() != null) {
                int at = i;
                Comparator<Entry<R>> asc = (a, b) -> {
                    long x = a.rank[at];
                    long y = b.rank[at];
                    if (x < 0 || y < 0) { // no text: last
                        return x == y ? 0 : (x < 0 ? 1 : -1);
                    }
                    return Long.compare(x, y);
                };
                next = k.ascending() ? asc : asc.reversed();
            } else if (col.key() != null) {
                int at = i;
                boolean ascending = k.ascending();
                next = (a, b) -> {
                    long x = a.rank[at];
                    long y = b.rank[at];
                    if (x == NO_KEY || y == NO_KEY) { // no value: last in both directions
                        return x == y ? 0 : (x == NO_KEY ? 1 : -1);
                    }
                    return ascending ? Long.compare(x, y) : Long.compare(y, x);
                };
            } else if (col.order() != null) {
                Comparator<R> o = col.order();
                if (k.ascending()) {
                    next = (a, b) -> o.compare(a.row, b.row);
                } else if (col.empty() == null) {
                    next = (a, b) -> o.compare(b.row, a.row);
                } else {
                    var empty = col.empty();
                    next = (a, b) -> { // no value stays last in both directions
                        boolean na = empty.test(a.row);
                        boolean nb = empty.test(b.row);
                        if (na || nb) {
                            return na == nb ? 0 : (na ? 1 : -1);
                        }
                        return o.compare(b.row, a.row);
                    };
                }
            } else {
                continue;
            }
            c = c == null ? next : c.thenComparing(next);
        }
        Comparator<R> kind = rows.order();
        Comparator<Entry<R>> tail = (a, b) -> kind.compare(a.row, b.row);
        return c == null ? tail : c.thenComparing(tail);
    }
}

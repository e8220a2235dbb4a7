package org.courtdesk.app.ui.reading;

import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.courtdesk.app.workspace.ReadingQueueRow;

/**
 * The 阅卷 queue's rows kept ready for type-to-filter and header sorts at frame rate (issue 14): each row carries its
 * texts normalised once ({@link QueueQuery#normalize}) and, once a text column is sorted by, the rank of its text in
 * the collator's order (the distinct texts are collated once), so neither a keystroke nor a comparison normalises or
 * collates again: a comparison compares two ints; the rows are kept in the current sort order, so
 * a keystroke only filters (a filter keeps the order) and a query that grows narrows the previous result. Changed
 * rows are put in their place without sorting the rest. Not thread-safe: the view model uses it on its worker only.
 */
final class QueueIndex {

    /** A row and its keys. */
    static final class Entry {
        final ReadingQueueRow row;
        final String caseKey;
        final String applicationNoKey;
        final String applicantKey;
        /**
         * Ranks of the text columns' texts in the collator's order, by {@link QueueColumn#ordinal()}: -1 for no text,
         * {@link #UNRANKED} until the column is first sorted by.
         */
        private final int[] rank = new int[QueueColumn.values().length];

        {
            java.util.Arrays.fill(rank, UNRANKED);
        }

        Entry(ReadingQueueRow row) {
            this.row = row;
            this.caseKey = QueueQuery.normalize(row.caseNumber());
            this.applicationNoKey = QueueQuery.normalize(row.applicationNo());
            this.applicantKey = QueueQuery.normalize(row.applicantName());
        }

        boolean matches(QueueQuery q) {
            return q.matches(row, caseKey, applicationNoKey, applicantKey);
        }
    }

    private static final int UNRANKED = Integer.MIN_VALUE;

    private final Collator collator = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
    /** Per text column sorted by: each distinct text's rank in the collator's order (equal texts, equal ranks). */
    private final Map<QueueColumn, Map<String, Integer>> ranks = new java.util.EnumMap<>(QueueColumn.class);
    private final Map<Long, Entry> byId = new HashMap<>();
    /** Every row, in {@link #sort} order. */
    private List<Entry> ordered = new ArrayList<>();
    private List<SortKey> sort = List.of();
    private LocalDate sortedOn;
    private Comparator<Entry> order;
    /** The last query's result and the query, for narrowing. */
    private QueueQuery lastQuery;
    private List<Entry> lastResult;

    int size() {
        return byId.size();
    }

    ReadingQueueRow row(long id) {
        Entry e = byId.get(id);
        return e == null ? null : e.row;
    }

    /** Every row (a new load). */
    void replaceAll(Collection<ReadingQueueRow> rows, List<SortKey> s, LocalDate today, ZoneId zone) {
        byId.clear();
        ranks.clear();
        ordered = new ArrayList<>(rows.size());
        for (ReadingQueueRow r : rows) {
            Entry e = new Entry(r);
            byId.put(r.id(), e);
            ordered.add(e);
        }
        resort(s, today, zone);
    }

    /**
     * These rows changed ({@code rows}: their state now); {@code ids} not among {@code rows} left the queue. Each is
     * taken out and put back at its place in the current order; many at once are sorted together.
     */
    void update(Set<Long> ids, Collection<ReadingQueueRow> rows, List<SortKey> s, LocalDate today, ZoneId zone) {
        if (!s.equals(sort) || !today.equals(sortedOn)) {
            for (long id : ids) {
                byId.remove(id);
            }
            for (ReadingQueueRow r : rows) {
                byId.put(r.id(), new Entry(r));
            }
            ordered = new ArrayList<>(byId.values());
            resort(s, today, zone);
            return;
        }
        List<Entry> removed = new ArrayList<>();
        for (long id : ids) {
            Entry old = byId.remove(id);
            if (old != null) {
                removed.add(old);
            }
        }
        List<Entry> added = new ArrayList<>(rows.size());
        for (ReadingQueueRow r : rows) {
            Entry e = new Entry(r);
            Entry twice = byId.put(r.id(), e);
            if (twice != null && !ids.contains(r.id())) {
                removed.add(twice);
            }
            added.add(e);
        }
        lastQuery = null;
        lastResult = null;
        boolean newText = false;
        for (Entry e : added) {
            newText |= !keys(e);
        }
        if (newText || removed.size() + added.size() > 2_000) {
            // A text the ranks do not know (a new 案号): rank again and sort all; or too many to place one by one.
            ordered = new ArrayList<>(byId.values());
            resort(s, today, zone);
            return;
        }
        for (Entry old : removed) {
            int i = indexOf(old);
            if (i >= 0) {
                ordered.remove(i);
            }
        }
        for (Entry e : added) {
            int i = java.util.Collections.binarySearch(ordered, e, order);
            ordered.add(i < 0 ? -i - 1 : i, e);
        }
    }

    /** Where {@code old} sits in {@link #ordered} (found by the order, then by identity nearby). */
    private int indexOf(Entry old) {
        int i = java.util.Collections.binarySearch(ordered, old, order);
        if (i >= 0 && ordered.get(i) == old) {
            return i;
        }
        if (i >= 0) {
            for (int d = 1; d < ordered.size(); d++) {
                boolean any = false;
                if (i - d >= 0) {
                    any = true;
                    if (ordered.get(i - d) == old) {
                        return i - d;
                    }
                }
                if (i + d < ordered.size()) {
                    any = true;
                    if (ordered.get(i + d) == old) {
                        return i + d;
                    }
                }
                if (!any || d > 64) {
                    break;
                }
            }
        }
        for (int k = 0; k < ordered.size(); k++) { // the order of its keys changed since (a day passed): look
            if (ordered.get(k) == old) {
                return k;
            }
        }
        return -1;
    }

    /** The rows {@code q} matches in order {@code s}: sorted only when the order changed, narrowed when it grew. */
    List<ReadingQueueRow> query(QueueQuery q, List<SortKey> s, LocalDate today, ZoneId zone) {
        if (!s.equals(sort) || !today.equals(sortedOn)) {
            resort(s, today, zone);
        }
        List<Entry> from = lastResult != null && q.narrows(lastQuery) ? lastResult : ordered;
        List<Entry> hits = new ArrayList<>(from == ordered ? Math.min(1024, from.size()) : from.size());
        for (Entry e : from) {
            if (e.matches(q)) {
                hits.add(e);
            }
        }
        lastQuery = q;
        lastResult = hits;
        List<ReadingQueueRow> out = new ArrayList<>(hits.size());
        for (Entry e : hits) {
            out.add(e.row);
        }
        return out;
    }

    private void resort(List<SortKey> s, LocalDate today, ZoneId zone) {
        sort = List.copyOf(s);
        sortedOn = today;
        order = comparator(sort, today, zone);
        boolean known = true;
        for (Entry e : ordered) {
            known &= keys(e);
        }
        if (!known) {
            for (SortKey k : sort) {
                if (isText(k.column())) {
                    ranks.remove(k.column());
                }
            }
            for (Entry e : ordered) {
                keys(e);
            }
        }
        ordered.sort(order);
        lastQuery = null;
        lastResult = null;
    }

    /**
     * Gives {@code e} the ranks the current order compares; false when a text is not ranked yet (the column's ranks
     * must be made again, over every row). A column sorted by for the first time is ranked here.
     */
    private boolean keys(Entry e) {
        boolean known = true;
        for (SortKey k : sort) {
            QueueColumn c = k.column();
            if (!isText(c)) {
                continue;
            }
            Map<String, Integer> r = ranks.computeIfAbsent(c, this::rank);
            String text = text(c, e.row);
            Integer at = text == null ? Integer.valueOf(-1) : r.get(text);
            if (at == null) {
                known = false;
                e.rank[c.ordinal()] = UNRANKED;
            } else {
                e.rank[c.ordinal()] = at;
            }
        }
        return known;
    }

    /** Every distinct text of column {@code c} collated once: its rank (texts the collator finds equal share one). */
    private Map<String, Integer> rank(QueueColumn c) {
        Map<String, CollationKey> distinct = new HashMap<>();
        for (Entry e : byId.values()) {
            String text = text(c, e.row);
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

    private static boolean isText(QueueColumn c) {
        return c == QueueColumn.CASE_NUMBER || c == QueueColumn.COURT || c == QueueColumn.APPLICANT
                || c == QueueColumn.CONTENT;
    }

    /** The text a column sorts by, as {@link QueueColumn#comparator} has it. */
    private static String text(QueueColumn c, ReadingQueueRow r) {
        return switch (c) {
            case CASE_NUMBER -> r.caseNumber() == null ? null : QueueQuery.normalize(r.caseNumber());
            case COURT -> r.courtName();
            case APPLICANT -> r.applicantName();
            case CONTENT -> r.content();
            default -> throw new IllegalArgumentException(c.name());
        };
    }

    /**
     * {@link QueueProcessor#comparator} over entries: text columns by their texts' ranks (the same order as the
     * collator's, empty last ascending), the others by the column's own order; then the default order.
     */
    private static Comparator<Entry> comparator(List<SortKey> sort, LocalDate today, ZoneId zone) {
        Comparator<Entry> c = null;
        for (SortKey k : sort) {
            Comparator<Entry> next;
            if (isText(k.column())) {
                int col = k.column().ordinal();
                Comparator<Entry> asc = (a, b) -> {
                    int x = a.rank[col];
                    int y = b.rank[col];
                    if (x < 0 || y < 0) { // no text: last
                        return x == y ? 0 : (x < 0 ? 1 : -1);
                    }
                    return Integer.compare(x, y);
                };
                next = k.ascending() ? asc : asc.reversed();
            } else {
                Comparator<ReadingQueueRow> rows = QueueProcessor.comparator(k, today, zone);
                next = (a, b) -> rows.compare(a.row, b.row);
            }
            c = c == null ? next : c.thenComparing(next);
        }
        Comparator<ReadingQueueRow> dflt = QueueProcessor.defaultOrder();
        Comparator<Entry> tail = (a, b) -> dflt.compare(a.row, b.row);
        return c == null ? tail : c.thenComparing(tail);
    }
}

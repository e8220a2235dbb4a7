package org.courtdesk.server.feed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.api.ChangesPage;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.RouteModule;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code GET /api/v1/changes?since=&limit=}: what changed after {@code since} among the requests this user may
 * see, in sequence order, each carrying the request's current state.
 *
 * <p>Why no change is skipped: {@link ChangeLog#record} takes the feed_counter row FOR UPDATE and the lock is held
 * until the writer commits, so sequence numbers become visible in order. When a reader sees seq n, every seq below
 * n is either already committed or was rolled back and will never exist. The cursor can therefore simply be the last
 * seq read. Cost: the query walks index change_log_judge_seq from {@code since} for the visible judges only, so it
 * grows with what changed for this user, not with the size of the database.
 *
 * <p>What a request looks like now comes from its kind's {@link FeedSource}, registered at startup.
 */
public final class ChangesRoutes implements RouteModule {

    public static final int DEFAULT_LIMIT = 200;
    public static final int MAX_LIMIT = 1000;
    /**
     * What the large fields of one page may add up to ({@link FeedSource.Current#bytes}): a page ends before the change
     * that would pass it (a single change larger than it still comes, alone), and says {@code hasMore}. The cursor is
     * then the last change sent; the requests after it come on the next page with their current view, so nothing is
     * skipped.
     */
    public static final long PAGE_BYTE_BUDGET = 2L * 1024 * 1024;
    /** One judge's changes after {@code since}, in the order of the change_log_judge_seq index. */
    public static final String JUDGE_PAGE = "SELECT seq, kind, request_id, op, entry FROM change_log "
            + "WHERE judge_id = :judge AND seq > :since ORDER BY judge_id, seq LIMIT :limit";
    /** One role pool's changes after {@code since}, in the order of the change_log_pool_seq index. */
    public static final String POOL_PAGE = "SELECT seq, kind, request_id, op, entry FROM change_log "
            + "WHERE pool = :pool AND seq > :since ORDER BY pool, seq LIMIT :limit";

    private final Jdbi jdbi;
    private final Supplier<java.time.LocalDate> today;
    private final Map<FeedSource.Key, FeedSource> sources;

    /** @param sources each kind's current requests; a kind without one travels without a view, as stored */
    public ChangesRoutes(Jdbi jdbi, Supplier<java.time.LocalDate> today, Map<RequestKind, FeedSource> sources) {
        this(jdbi, today, sources, Map.of());
    }

    /**
     * @param sources each kind's current requests; a kind without one travels without a view, as stored
     * @param entries each kind's current feed entries that are not requests, by (kind, entry name); an entry without a
     *                source travels without its item, as stored
     */
    public ChangesRoutes(Jdbi jdbi, Supplier<java.time.LocalDate> today, Map<RequestKind, FeedSource> sources,
                         Map<FeedSource.Key, FeedSource> entries) {
        this.jdbi = jdbi;
        this.today = today;
        Map<FeedSource.Key, FeedSource> all = new HashMap<>();
        sources.forEach((kind, source) -> all.put(FeedSource.Key.requests(kind), source));
        entries.forEach((key, source) -> {
            if (key.entry() == null) {
                throw new IllegalArgumentException("an entry source needs its entry name: " + key);
            }
            all.put(key, source);
        });
        this.sources = Map.copyOf(all);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/changes", this::changes);
    }

    private void changes(Context ctx) {
        CurrentUser user = Auth.requireStaff(ctx);
        long since = parse(ctx.queryParam("since"), 0, 0, Long.MAX_VALUE, "since");
        int limit = (int) parse(ctx.queryParam("limit"), DEFAULT_LIMIT, 1, MAX_LIMIT, "limit");
        boolean withRemaining = "true".equalsIgnoreCase(ctx.queryParam("remaining"));
        // Entries that are not requests (Change.entry) only for a client that reads them: an older workstation would
        // take an entry for a request without its view and refuse the whole page. Without them the cursor still passes.
        boolean withEntries = "true".equalsIgnoreCase(ctx.queryParam("entries"));
        ctx.json(jdbi.inTransaction(h -> {
            ChangesPage page = page(h, user.visibleJudgeIds(), user.pools(), since, limit, today.get(), withEntries);
            return withRemaining ? page.withRemaining(remaining(h, user.visibleJudgeIds(), user.pools(),
                    page.nextCursor())) : page;
        }));
    }

    /**
     * How many of this user's changes come after {@code after}: counted off the same (judge_id, seq) and (pool, seq)
     * indexes the page is read from, only when the client asks (once per pull, for its progress bar). A change with a
     * judge and a pool of this user counts twice: an estimate.
     */
    static long remaining(Handle h, List<Long> judgeIds, java.util.Set<String> pools, long after) {
        long n = 0;
        for (long judgeId : judgeIds) {
            n += h.createQuery("SELECT COUNT(*) FROM change_log WHERE judge_id = :judge AND seq > :after")
                    .bind("judge", judgeId).bind("after", after).mapTo(Long.class).one();
        }
        for (String pool : pools) {
            n += h.createQuery("SELECT COUNT(*) FROM change_log WHERE pool = :pool AND seq > :after")
                    .bind("pool", pool).bind("after", after).mapTo(Long.class).one();
        }
        return n;
    }

    /** One page of the feed for these judges only (exposed for tests). */
    public ChangesPage page(Handle h, List<Long> judgeIds, long since, int limit, java.time.LocalDate today) {
        return page(h, judgeIds, java.util.Set.of(), since, limit, today, true);
    }

    /** One page of the feed for what {@code user} may see: their judges' requests and their pools'. */
    public ChangesPage page(Handle h, CurrentUser user, long since, int limit, java.time.LocalDate today) {
        return page(h, user.visibleJudgeIds(), user.pools(), since, limit, today, true);
    }

    private ChangesPage page(Handle h, List<Long> judgeIds, java.util.Set<String> pools, long since, int limit,
                             java.time.LocalDate today, boolean withEntries) {
        if (judgeIds.isEmpty() && pools.isEmpty()) {
            return new ChangesPage(List.of(), since, false);
        }
        record Row(long seq, RequestKind kind, long requestId, ChangeOp op, String entry) {
            FeedSource.Key key() {
                return new FeedSource.Key(kind, entry);
            }
        }
        // One query per judge (and per pool), ordered like the (judge_id, seq) index, so H2 reads the page straight
        // off the index and stops at the limit; "judge_id IN (...) ORDER BY seq" read every later change of the judge
        // and sorted them (a first sync from 0 read ~n²/400 rows). The pages merged by seq and cut at the limit are
        // the same page. A clerk serves few judges; a reviewer is in one pool.
        List<Row> rows = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (long judgeId : judgeIds) {
            h.createQuery(JUDGE_PAGE)
                    .bind("judge", judgeId).bind("since", since).bind("limit", limit)
                    .map((rs, c) -> new Row(rs.getLong(1), RequestKind.valueOf(rs.getString(2)), rs.getLong(3),
                            ChangeOp.valueOf(rs.getString(4)), rs.getString(5)))
                    .forEach(r -> {
                        if (seen.add(r.seq())) {
                            rows.add(r);
                        }
                    });
        }
        for (String pool : pools) {
            // A change of a request with a judge AND a pool is one row: it comes once, whichever way it was found.
            h.createQuery(POOL_PAGE)
                    .bind("pool", pool).bind("since", since).bind("limit", limit)
                    .map((rs, c) -> new Row(rs.getLong(1), RequestKind.valueOf(rs.getString(2)), rs.getLong(3),
                            ChangeOp.valueOf(rs.getString(4)), rs.getString(5)))
                    .forEach(r -> {
                        if (seen.add(r.seq())) {
                            rows.add(r);
                        }
                    });
        }
        rows.sort(java.util.Comparator.comparingLong(Row::seq));
        List<Row> pageRows = rows.size() > limit ? new ArrayList<>(rows.subList(0, limit)) : rows;
        if (pageRows.isEmpty()) {
            return new ChangesPage(List.of(), since, false);
        }
        // The same request (or entry) several times in one page: send it once, at its highest seq (it carries the
        // current view).
        Map<String, Row> latest = new LinkedHashMap<>();
        for (Row r : pageRows) {
            if (r.entry() != null && !withEntries) {
                continue; // passed by the cursor all the same
            }
            String key = r.kind() + ":" + (r.entry() == null ? "" : r.entry()) + ":" + r.requestId();
            latest.remove(key);
            latest.put(key, r);
        }
        // Each kind loads its upserted requests (and each kind's entries of one name theirs) in one go.
        Map<FeedSource.Key, Map<Long, FeedSource.Current>> current = new HashMap<>();
        for (Map.Entry<FeedSource.Key, FeedSource> source : sources.entrySet()) {
            List<Long> ids = latest.values().stream()
                    .filter(r -> r.key().equals(source.getKey()) && r.op() == ChangeOp.UPSERT)
                    .map(Row::requestId).toList();
            current.put(source.getKey(), source.getValue().current(h, ids, today));
        }
        List<Change> changes = new ArrayList<>(latest.size());
        long bytes = 0;
        boolean cut = false;
        for (Row r : latest.values()) { // ascending by the seq each request is sent at
            Map<Long, FeedSource.Current> ofKind = current.get(r.key());
            if (ofKind == null) {
                changes.add(removalOrBare(r.seq(), r.kind(), r.entry(), r.requestId(), r.op()));
                continue;
            }
            FeedSource.Current now = ofKind.get(r.requestId());
            boolean visible = now != null && ((now.judgeId() != null && judgeIds.contains(now.judgeId()))
                    || (now.pool() != null && pools.contains(now.pool())));
            boolean upsert = r.op() == ChangeOp.UPSERT && visible;
            long size = upsert ? now.bytes() : 0;
            if (size > 0 && !changes.isEmpty() && bytes + size > PAGE_BYTE_BUDGET) {
                cut = true; // the rest on the next page, from the last change sent
                break;
            }
            bytes += size;
            // Gone, or moved to a judge this user does not serve (and out of their pools): it travels as a removal.
            changes.add(upsert
                    ? now.upsert(r.seq())
                    : removalOrBare(r.seq(), r.kind(), r.entry(), r.requestId(), ChangeOp.REMOVED));
        }
        changes.sort(java.util.Comparator.comparingLong(Change::seq));
        if (cut) {
            return new ChangesPage(changes, changes.get(changes.size() - 1).seq(), true);
        }
        return new ChangesPage(changes, pageRows.get(pageRows.size() - 1).seq(), pageRows.size() == limit);
    }

    /** A change without its state: a removal, or one of a kind (or entry) with no source, as stored. */
    private static Change removalOrBare(long seq, RequestKind kind, String entry, long id, ChangeOp op) {
        return entry == null ? new Change(seq, kind, id, op, null) : Change.ofEntry(seq, kind, entry, id, op, null);
    }

    private static long parse(String value, long dflt, long min, long max, String name) {
        if (value == null || value.isBlank()) {
            return dflt;
        }
        try {
            long v = Long.parseLong(value.trim());
            if (v < min || v > max) {
                throw new ApiException(ErrorCode.VALIDATION_FAILED,
                        "参数 " + name + " 须在 " + min + " 至 " + max + " 之间");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "参数 " + name + " 须为整数");
        }
    }
}

package org.courtdesk.app.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.courtdesk.app.api.ApiClient;
import org.courtdesk.app.api.ApiException;
import org.courtdesk.app.api.ServerUnreachableException;
import org.courtdesk.app.cache.CacheMeta;
import org.courtdesk.app.cache.DocumentStore;
import org.courtdesk.app.cache.FeedCursor;
import org.courtdesk.app.cache.FeedEntryStore;
import org.courtdesk.app.cache.FeedKinds;
import org.courtdesk.app.cache.LocalCache;
import org.courtdesk.app.cache.RequestStore;
import org.courtdesk.app.i18n.Text;
import org.courtdesk.app.outbox.Outbox;
import org.courtdesk.app.outbox.OutboxEntry;
import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.ChangesPage;
import org.courtdesk.model.api.DecisionResult;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.LoginResponse;
import org.courtdesk.model.api.MaterialRef;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background sync of one workspace (design.md "Data path"), on its own thread "courtdesk-sync":
 * <ol>
 *   <li>push: outbox entries in the order they were saved, each with its own idempotency key; 2xx removes the
 *       entry and stores the server's state; 409 VERSION_CONFLICT keeps the draft with the server's current
 *       state; other refusals keep the draft with the reason; network failures leave it for the next try;</li>
 *   <li>pull: {@code GET /changes} page by page, each page applied in ONE cache transaction together with its
 *       cursor, so a failed page leaves the cursor where it was. Each kind's changes are applied by its
 *       {@link KindSync}; changes of kinds this workstation does not know are skipped but recorded
 *       ({@link FeedKinds}), and a pull that finds the cache not filled for a kind it knows starts again from
 *       cursor 0 (a newer workstation on an older cache), so no change is lost to an upgrade;</li>
 *   <li>prefetch: materials of requests awaiting review, so they open offline.</li>
 * </ol>
 * A cycle runs every {@link SyncConfig#period()}, at once on {@link #syncNow()}, and after failures with
 * exponential backoff. A 401 stops it until {@link #syncNow()} after a new login. {@link #runCycle} runs one
 * cycle on the caller's thread (tests).
 */
public final class SyncService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);

    /** How a cycle ended. */
    public enum Outcome { OK, OFFLINE, SESSION_EXPIRED, SERVER_TROUBLE, CLOSED }

    /** What a cycle did. */
    public record CycleResult(Outcome outcome, int pushed, int refused, int pulledChanges, int pages, int prefetched) {}

    /** Messages in the status bar (and, for a removed request, beside its refused draft). */
    public static final Text MSG_EXPIRED = Text.of("sync.error.sessionExpired");
    static final Text MSG_PASSWORD_CHANGED = Text.of("sync.error.passwordChanged");
    static final Text MSG_REMOVED = Text.of("sync.error.removed");
    public static final Text MSG_NOT_COURT_STAFF = Text.of("sync.error.notCourtStaff");

    /** The most a cycle downloads ahead of need. */
    static final long PREFETCH_BUDGET = 256L * 1024 * 1024;

    private final LocalCache cache;
    private final ApiClient api;
    private final Session session;
    private final StatusTracker status;
    private final Clock clock;
    private final SyncConfig config;
    private final Consumer<Set<RequestRef>> changed;
    /** The kinds this workstation knows, each with how its changes go into the cache. */
    private final Map<RequestKind, KindSync> kinds;
    private final Consumer<LoginResponse> loggedIn;

    private final ReentrantLock cycleLock = new ReentrantLock();
    private final AtomicBoolean nowRequested = new AtomicBoolean();
    private final ScheduledExecutorService executor;
    private ScheduledFuture<?> next;
    private volatile boolean closed;
    private volatile boolean started;
    private int consecutiveFailures;
    /** The longest Retry-After the server asked for in the last cycle, or null: the next cycle waits that long. */
    private volatile Duration retryAfter;

    /** With the kinds this workstation knows ({@link KindSync#installed()}). */
    public SyncService(LocalCache cache, ApiClient api, Session session, StatusTracker status, Clock clock,
                       SyncConfig config, Consumer<Set<RequestRef>> changed, Consumer<LoginResponse> loggedIn) {
        this(cache, api, session, status, clock, config, changed, loggedIn, KindSync.installed());
    }

    /**
     * @param changed  told which requests changed in the cache (on the sync thread)
     * @param loggedIn told when the service logged in by itself (after an offline start)
     * @param kinds    the kinds this workstation knows (tests give a "newer" workstation more)
     */
    public SyncService(LocalCache cache, ApiClient api, Session session, StatusTracker status, Clock clock,
                       SyncConfig config, Consumer<Set<RequestRef>> changed, Consumer<LoginResponse> loggedIn,
                       Collection<KindSync> kinds) {
        this.cache = cache;
        this.api = api;
        this.session = session;
        this.status = status;
        this.clock = clock;
        this.config = config;
        this.changed = changed;
        this.loggedIn = loggedIn;
        Map<RequestKind, KindSync> byKind = new EnumMap<>(RequestKind.class);
        for (KindSync k : kinds) {
            if (byKind.put(k.kind(), k) != null) {
                throw new IllegalArgumentException("two syncs for " + k.kind());
            }
        }
        this.kinds = Map.copyOf(byKind);
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "courtdesk-sync");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the periodic sync with a cycle right away. */
    public void start() {
        started = true;
        nowRequested.set(true);
        reschedule(0);
    }

    /** Asks for a cycle now (returns at once); outbox entries waiting for a retry are sent too. */
    public void syncNow() {
        nowRequested.set(true);
        if (started) {
            reschedule(0);
        }
    }

    private synchronized void reschedule(long delayMs) {
        if (closed) {
            return;
        }
        if (next != null) {
            next.cancel(false);
        }
        next = delayMs < 0 ? null : executor.schedule(this::scheduledRun, delayMs, TimeUnit.MILLISECONDS);
    }

    private void scheduledRun() {
        CycleResult result;
        try {
            result = runCycle(nowRequested.getAndSet(false));
        } catch (RuntimeException e) {
            LOG.error("sync cycle failed", e);
            status.error(Text.of("sync.error.unexpected", e.getMessage()));
            result = new CycleResult(Outcome.SERVER_TROUBLE, 0, 0, 0, 0, 0);
            consecutiveFailures++;
        }
        long delay;
        if (nowRequested.get()) {
            delay = 0;
        } else if (result.outcome() == Outcome.SESSION_EXPIRED || result.outcome() == Outcome.CLOSED) {
            delay = -1; // wait for a new login (syncNow)
        } else if (result.outcome() == Outcome.SERVER_TROUBLE && retryAfter != null) {
            delay = retryAfter.toMillis(); // the server said when: a busy server is not an offline one
        } else {
            delay = config.backoff(consecutiveFailures).toMillis();
        }
        reschedule(delay);
    }

    /**
     * Runs {@code action} while no cycle runs: an upload cannot be under way meanwhile, so what the action takes out of
     * the outbox is never sent (withdrawing a saved decision, issue 13). Waits for a running cycle to end.
     */
    public <T> T exclusive(java.util.function.Supplier<T> action) {
        cycleLock.lock();
        try {
            return action.get();
        } finally {
            cycleLock.unlock();
        }
    }

    /** One push-pull cycle on the calling thread. {@code force}: also send entries waiting for a retry. */
    public CycleResult runCycle(boolean force) {
        cycleLock.lock();
        try {
            if (closed) {
                return new CycleResult(Outcome.CLOSED, 0, 0, 0, 0, 0);
            }
            long started = System.nanoTime();
            if (force) {
                LOG.info("sync start (asked for); outbox {}", status.get().pendingUploads());
            } else {
                LOG.debug("sync start; outbox {}", status.get().pendingUploads());
            }
            CycleResult result = cycle(force);
            consecutiveFailures = result.outcome() == Outcome.OK ? 0 : consecutiveFailures + 1;
            logCycle(result, force, (System.nanoTime() - started) / 1_000_000);
            return result;
        } finally {
            status.idle();
            cycleLock.unlock();
        }
    }

    private Outcome lastLogged;

    /**
     * The cycle's line in the log (issue 13): what it sent, what the server refused, what it pulled, how long it took and
     * what waits in the outbox. A quiet scheduled cycle (nothing moved, same outcome as before) stays at DEBUG, so the
     * log file tells the day's story rather than every half minute.
     */
    private void logCycle(CycleResult r, boolean force, long millis) {
        boolean moved = r.pushed() + r.refused() + r.pulledChanges() + r.prefetched() > 0;
        boolean news = r.outcome() != lastLogged;
        lastLogged = r.outcome();
        String line = "sync {}: sent {}, refused {}, pulled {} changes in {} pages, prefetched {}; {} ms; outbox {}";
        Object[] args = {r.outcome(), r.pushed(), r.refused(), r.pulledChanges(), r.pages(), r.prefetched(), millis,
                status.get().pendingUploads()};
        if (r.outcome() == Outcome.SERVER_TROUBLE && (news || force)) {
            LOG.warn(line, args);
        } else if (force || moved || news) {
            LOG.info(line, args);
        } else {
            LOG.debug(line, args);
        }
    }

    private CycleResult cycle(boolean force) {
        if (session.expired()) {
            status.sessionExpired(true, MSG_EXPIRED);
            return new CycleResult(Outcome.SESSION_EXPIRED, 0, 0, 0, 0, 0);
        }
        if (!api.hasToken()) {
            Outcome login = loginWithHeldPassword();
            if (login != Outcome.OK) {
                return new CycleResult(login, 0, 0, 0, 0, 0);
            }
            force = true;
        }
        Counter c = new Counter();
        Outcome outcome = push(force, c);
        if (outcome == Outcome.OK || outcome == Outcome.SERVER_TROUBLE) {
            Outcome pulled = pull(c);
            if (pulled != Outcome.OK) {
                outcome = pulled;
            }
        }
        if (outcome == Outcome.OK) {
            Instant now = clock.instant();
            cache.write(h -> {
                CacheMeta.put(h, CacheMeta.LAST_SYNC, Long.toString(now.toEpochMilli()));
                return null;
            });
            status.synced(now);
            refreshLimits();
            if (config.prefetch()) {
                prefetch(c);
            }
        }
        status.refreshCounts(cache);
        if (outcome == Outcome.OK && c.pushed == 0 && c.pulled == 0 && c.prefetched == 0 && !closed) {
            // Nothing to do this time: the moment to check (one query) whether the cache grew to mostly free space;
            // if so the next start compacts it, never the judge's way out.
            cache.compactIfDue();
        }
        return new CycleResult(outcome, c.pushed, c.refused, c.pulled, c.pages, c.prefetched);
    }

    /** The server's limits as last read in this run (its JSON), so the cache is written only when they change. */
    private volatile String limitsRead;

    /**
     * The server's upload limits ({@code GET /api/v1/limits}), read again in every successful cycle (one small request):
     * a server restarted with another {@code --max-material-mb} is seen at the next sync, without restarting the
     * workstation. Kept in the cache so files are checked against them before they are queued, offline too; the cache is
     * written only when they changed. A server without the route (404) leaves what is kept (the default at first).
     */
    private void refreshLimits() {
        try {
            String json = api.getJson("api/v1/limits");
            if (json.equals(limitsRead)) {
                return;
            }
            org.courtdesk.model.api.ServerLimits limits =
                    org.courtdesk.app.api.Json.read(json, org.courtdesk.model.api.ServerLimits.class);
            if (limits.maxMaterialBytes() > 0) {
                cache.write(h -> {
                    CacheMeta.put(h, CacheMeta.SERVER_LIMITS, json);
                    return null;
                });
            }
            limitsRead = json;
            LOG.info("server limits: {} bytes per file", limits.maxMaterialBytes());
        } catch (ApiException | ServerUnreachableException e) {
            LOG.debug("server limits not read ({})", e.getMessage());
        } catch (RuntimeException e) {
            LOG.info("server limits not read ({})", e.getMessage());
        }
    }

    private static final class Counter {
        int pushed;
        int refused;
        int pulled;
        int pages;
        int prefetched;
        /** Materials of the requests awaiting review that changed in this cycle. */
        final List<MaterialRef> prefetchCandidates = new ArrayList<>();
    }

    // ---------------------------------------------------------------- login after an offline start

    private Outcome loginWithHeldPassword() {
        char[] password = session.heldPassword();
        if (password == null) {
            session.expire();
            status.sessionExpired(true, MSG_EXPIRED);
            return Outcome.SESSION_EXPIRED;
        }
        try {
            LoginResponse response = api.login(session.username(), password);
            if (!response.user().role().isCourtStaff()) {
                api.logout();
                session.expire();
                status.sessionExpired(true, MSG_NOT_COURT_STAFF);
                return Outcome.SESSION_EXPIRED;
            }
            session.forgetPassword();
            loggedIn.accept(response);
            status.online(true, null);
            return Outcome.OK;
        } catch (ServerUnreachableException e) {
            status.online(false, e.text());
            return Outcome.OFFLINE;
        } catch (ApiException e) {
            if (e.unauthenticated()) {
                session.expire();
                status.sessionExpired(true, MSG_PASSWORD_CHANGED);
                return Outcome.SESSION_EXPIRED;
            }
            // locked or server trouble: keep the password, try again later
            status.online(true, e.detailText());
            return Outcome.SERVER_TROUBLE;
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    private Outcome expired() {
        api.clearToken();
        session.expire();
        status.sessionExpired(true, MSG_EXPIRED);
        return Outcome.SESSION_EXPIRED;
    }

    // ---------------------------------------------------------------- push

    private Outcome push(boolean force, Counter c) {
        retryAfter = null;
        List<OutboxEntry> due = cache.read(h -> Outbox.due(h, clock.instant(), force));
        Outcome outcome = Outcome.OK;
        // A request whose earlier action was not confirmed this cycle sends nothing more this cycle: its actions go
        // in order, each on the version the previous one produced.
        Set<RequestRef> held = new java.util.HashSet<>();
        for (OutboxEntry listed : due) {
            if (held.contains(listed.request())) {
                continue;
            }
            // Read again: an earlier action of the same request, confirmed just now, may have rebased this one.
            OutboxEntry entry = cache.read(h -> Outbox.byId(h, listed.id())).orElse(null);
            if (entry == null || entry.state() != OutboxState.PENDING) {
                continue;
            }
            KindSync kindSync = kinds.get(entry.request().kind());
            if (kindSync == null || (!entry.isRouted() && entry.request().kind() != RequestStore.KIND)) {
                // Never send an action to a route chosen for another kind; a kind this build does not know waits.
                LOG.warn("outbox entry {} for {}: no way to send this kind", entry.id(), entry.request());
                held.add(entry.request());
                continue;
            }
            try {
                // The action decides the route; the payload keeps its idempotency key across retries and restarts.
                RequestView answered;
                if (entry.isUpload()) {
                    // Files go as multipart with the key in the header; their bytes leave the cache only once confirmed.
                    List<org.courtdesk.app.workspace.OutgoingFile> files =
                            cache.read(h -> org.courtdesk.app.outbox.OutboxFiles.content(h, entry.id()));
                    answered = api.upload(entry.path(), entry.formPart(), entry.payloadJson(), files,
                            entry.idempotencyKey(), entry.request());
                } else {
                    DecisionResult result = entry.isRouted() ? api.act(entry.path(), entry.payloadJson(), entry.request())
                            : entry.isAttendance() ? api.recordAttendance(entry.request().id(), entry.attendance())
                            : api.decide(entry.request().id(), entry.decision());
                    answered = result.request();
                }
                Instant now = clock.instant();
                boolean followed = cache.write(h -> {
                    Outbox.remove(h, entry.id());
                    int resolved = 0;
                    if (answered != null) {
                        Outbox.rebase(h, entry, answered.version());
                        kindSync.storesActionResult(h, answered, now);
                        if (entry.isCreation()) {
                            // Its follow-ups (edits saved while it waited) now go to the created request, in the same
                            // transaction: a crash between the two uploads leaves them ready, never lost or doubled.
                            resolved = Outbox.resolveFollowUps(h, entry.id(),
                                    RequestRef.of(entry.request().kind(), answered.id()), answered.version());
                        }
                    }
                    return resolved > 0;
                });
                if (followed) {
                    nowRequested.set(true); // the follow-ups are due: the next cycle at once
                }
                c.pushed++;
                status.online(true, null);
                afterChange(entry.isCreation() && answered != null
                        ? Set.of(entry.request(), RequestRef.of(entry.request().kind(), answered.id()))
                        : Set.of(entry.request()));
            } catch (ServerUnreachableException e) {
                cache.write(h -> {
                    if (e.neverSent()) {
                        // No connection: the entry stays untried, so the user may still edit or drop it (ActionChange).
                        Outbox.markNotSent(h, entry.id(), e.getMessage(), clock.instant());
                    } else {
                        Outbox.markRetry(h, entry.id(), e.getMessage(), clock.instant());
                    }
                    return null;
                });
                status.online(false, e.text());
                return Outcome.OFFLINE;
            } catch (ApiException e) {
                if (e.unauthenticated()) {
                    return expired();
                }
                if (e.transientFailure()) {
                    LOG.warn("{} for {} not sent: HTTP {} {} (will retry)", entry.op(), entry.request(), e.httpStatus(),
                            e.code());
                    // Honour the server's Retry-After (503 SERVICE_BUSY); else back off by the attempts so far.
                    Duration wait = e.retryAfter().orElse(config.backoff(entry.attempts() + 1));
                    e.retryAfter().ifPresent(this::noteRetryAfter);
                    Instant retryAt = clock.instant().plus(wait);
                    cache.write(h -> {
                        Outbox.markRetry(h, entry.id(), e.detail(), retryAt);
                        return null;
                    });
                    status.online(true, e.detailText());
                    outcome = Outcome.SERVER_TROUBLE;
                    held.add(entry.request());
                    continue;
                }
                held.add(entry.request());
                refuse(entry, e);
                c.refused++;
                status.online(true, null);
                afterChange(entry.request());
            }
        }
        return outcome;
    }

    private void noteRetryAfter(Duration d) {
        if (retryAfter == null || d.compareTo(retryAfter) > 0) {
            retryAfter = d;
        }
    }

    /** 409 and other refusals: keep the draft, keep the reason and the server's state beside it. */
    private void refuse(OutboxEntry entry, ApiException e) {
        KindSync kindSync = kinds.get(entry.request().kind());
        RequestView current = e.problem().map(p -> p.current()).filter(v -> v.kind() == entry.request().kind())
                .orElse(null);
        Instant now = clock.instant();
        cache.write(h -> {
            RequestView shown = current;
            if (current != null) {
                kindSync.storesActionResult(h, current, now);
            } else {
                shown = kindSync.cached(h, entry.request().id());
            }
            if (e.is(ErrorCode.VERSION_CONFLICT)) {
                Outbox.markConflict(h, entry.id(), shown, e.code(), e.detail());
            } else {
                Outbox.markRefused(h, entry.id(), shown, e.code(), e.detail());
            }
            return null;
        });
        LOG.info("{} for request {} refused: HTTP {} {}", entry.op(), entry.request(), e.httpStatus(), e.code());
    }

    // ---------------------------------------------------------------- pull

    private Outcome pull(Counter c) {
        long since = startOverIfNotFilled();
        boolean initial = since == 0;
        long startedAt = System.nanoTime();
        status.progress(0, Text.of("status.working"));
        // The first page says how many changes follow it (a server that does not count says nothing), so the bar
        // tells the truth; asked again only when more came than counted.
        long expected = -1;
        while (true) {
            ChangesPage page;
            try {
                page = api.changes(since, config.pageLimit(), expected < 0 || c.pulled >= expected);
            } catch (ServerUnreachableException e) {
                status.online(false, e.text());
                return Outcome.OFFLINE;
            } catch (ApiException e) {
                if (e.unauthenticated()) {
                    return expired();
                }
                e.retryAfter().ifPresent(this::noteRetryAfter);
                status.online(true, Text.of("sync.error.failed", e.detailText()));
                return Outcome.SERVER_TROUBLE;
            }
            Set<RequestRef> ids;
            try {
                ids = applyPage(page, since, c);
            } catch (RuntimeException e) {
                // The transaction was rolled back: neither the page nor its cursor is in the cache.
                LOG.error("could not store changes page after {}", since, e);
                status.error(Text.of("sync.error.cannotStore", e.getMessage()));
                return Outcome.SERVER_TROUBLE;
            }
            c.pages++;
            c.pulled += page.changes().size();
            if (page.remaining() != null) {
                expected = c.pulled + page.remaining();
            }
            if (!ids.isEmpty()) {
                changed.accept(ids);
            }
            boolean advanced = page.nextCursor() > since;
            since = page.nextCursor();
            if (!page.hasMore() || !advanced) {
                break;
            }
            status.progress(progress(c.pulled, expected, c.pages),
                    progressLabel(c.pulled, expected, initial, System.nanoTime() - startedAt));
        }
        return Outcome.OK;
    }

    /** Done ÷ expected when the server counted; else the bar creeps towards 1 while pages keep coming. */
    static double progress(int pulled, long expected, int pages) {
        if (expected > 0) {
            return Math.min(0.99, (double) pulled / expected);
        }
        return 1.0 - 1.0 / (pages + 1);
    }

    /** "received n of m", with the time left on an initial sync (at the pace so far). */
    static Text progressLabel(int pulled, long expected, boolean initial, long elapsedNanos) {
        if (expected <= 0) {
            return Text.of("sync.progress.received", String.valueOf(pulled));
        }
        long total = Math.max(expected, pulled);
        if (!initial || pulled == 0) {
            return Text.of("sync.progress.receivedOf", String.valueOf(pulled), String.valueOf(total));
        }
        long secondsLeft = Math.round(elapsedNanos / 1e9 / pulled * (total - pulled));
        return Text.of("sync.progress.receivedOfTimeLeft", String.valueOf(pulled), String.valueOf(total),
                String.valueOf(secondsLeft / 60), String.format("%02d", secondsLeft % 60));
    }

    /**
     * The cursor to pull from: the stored one, or 0 when the cache is not filled for a kind this workstation knows
     * (it was filled by a workstation that skipped that kind, or by one from before kinds were recorded). Pulling
     * again from the start is the only way to get the skipped changes back: the feed has one cursor for all kinds.
     * Only the cursor moves: the outbox, drafts, opened flags and pulled rows stay (re-applied state never replaces
     * a newer version, and never undoes a pending decision). Checked at every pull, so it also holds after a crash
     * in the middle of the re-pull: once the pull from 0 has begun, every kind counts as filled again.
     */
    private long startOverIfNotFilled() {
        long since = cache.read(FeedCursor::get);
        if (since == 0) {
            return 0;
        }
        Set<RequestKind> missing = cache.read(h -> FeedKinds.notFilled(h, kinds.keySet()));
        if (missing.isEmpty()) {
            return since;
        }
        LOG.info("the cache is not filled for {} (skipped: {}); pulling the changes feed again from the start",
                missing, cache.read(FeedKinds::skipped));
        Instant now = clock.instant();
        cache.write(h -> {
            FeedCursor.set(h, 0, now);
            return null;
        });
        return 0;
    }

    /**
     * One page and its cursor in one transaction: either all of it is in the cache, or none of it. Changes of a
     * kind this workstation does not know are not applied (nothing could show them) and the cursor still moves
     * past them, so the known kinds keep syncing; the skip is recorded instead ({@link FeedKinds}).
     */
    private Set<RequestRef> applyPage(ChangesPage page, long since, Counter counter) {
        Instant now = clock.instant();
        Set<RequestRef> refs = cache.write(h -> {
            if (since == 0) {
                FeedKinds.startingFromZero(h);
            }
            // Each kind writes its changes of the page in one batch (a page names each request once).
            Map<RequestKind, List<Change>> byKind = new EnumMap<>(RequestKind.class);
            Set<RequestRef> changedRefs = new LinkedHashSet<>();
            for (Change change : page.changes()) {
                if (change.aboutEntry()) {
                    // A feed entry that is not a request (a kind's list beside its requests): kept as it came, by
                    // kind, entry name and id; the kind's screens hear of it as (kind, 0).
                    if (change.kind() != null && FeedEntryStore.apply(h, change, now)) {
                        changedRefs.add(RequestRef.of(change.kind(), 0));
                    }
                    continue;
                }
                // A feed that named no kind carried only 阅卷申请.
                RequestKind kind = change.kind() == null ? RequestKind.CASE_FILE_READING : change.kind();
                if (kinds.containsKey(kind)) {
                    byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(change);
                } else {
                    FeedKinds.skip(h, kind, change.seq());
                }
            }
            // The kinds stored as views share one table: their changes go in one batch across the kinds.
            Map<RequestKind, StoredKindSync> stored = new EnumMap<>(RequestKind.class);
            List<Change> storedChanges = new ArrayList<>();
            for (Map.Entry<RequestKind, List<Change>> e : byKind.entrySet()) {
                if (kinds.get(e.getKey()) instanceof StoredKindSync s) {
                    stored.put(e.getKey(), s);
                    storedChanges.addAll(e.getValue());
                    continue;
                }
                for (long id : kinds.get(e.getKey()).applyAll(h, e.getValue(), now)) {
                    changedRefs.add(RequestRef.of(e.getKey(), id));
                }
            }
            changedRefs.addAll(StoredKindSync.applyAll(h, stored, storedChanges, now));
            FeedCursor.set(h, page.nextCursor(), now);
            return changedRefs;
        });
        if (config.prefetch()) {
            // What changed is what may need its materials: nothing else is looked at (no scan of the cache).
            for (Change change : page.changes()) {
                ReadingRequestView v = change.viewAs(ReadingRequestView.class);
                if (v != null && v.status() == RequestStatus.PENDING_REVIEW && v.materials() != null) {
                    counter.prefetchCandidates.addAll(v.materials());
                }
            }
        }
        return refs;
    }

    // ---------------------------------------------------------------- prefetch

    /**
     * Downloads the materials of the requests awaiting review that changed in this cycle, each at most
     * {@link SyncConfig#prefetchMaxBytes()}, all together at most {@link #PREFETCH_BUDGET} bytes a cycle; what is over
     * the budget is fetched when opened. An idle cycle looks at nothing.
     */
    private void prefetch(Counter c) {
        if (c.prefetchCandidates.isEmpty()) {
            return;
        }
        List<MaterialRef> wanted = cache.read(h -> {
            List<MaterialRef> list = new ArrayList<>();
            Set<String> seen = new java.util.HashSet<>();
            long budget = PREFETCH_BUDGET;
            for (MaterialRef m : c.prefetchCandidates) {
                if (m.sha256() == null || m.size() > config.prefetchMaxBytes() || m.size() > budget
                        || !seen.add(m.sha256())) {
                    continue;
                }
                try {
                    if (!DocumentStore.stored(h, cache.documents(), m.sha256())) {
                        list.add(m);
                        budget -= Math.max(0, m.size());
                    }
                } catch (IllegalArgumentException badHash) {
                    // not a SHA-256: nothing to fetch
                }
            }
            return list;
        });
        for (int i = 0; i < wanted.size() && !closed; i++) {
            MaterialRef m = wanted.get(i);
            int index = i;
            Text label = Text.of("sync.progress.prefetch", String.valueOf(i + 1), String.valueOf(wanted.size()));
            try {
                // streamed into its encrypted file, named only once its hash matches (never whole in memory)
                long size = api.document(m.sha256(), (done, total) -> status.progress(
                        (index + (total > 0 ? (double) done / total : 0)) / wanted.size(), label), in -> {
                            try {
                                return cache.documents().write(m.sha256(), in);
                            } catch (DocumentStore.MismatchException e) {
                                return -1L;
                            }
                        });
                if (size < 0) {
                    LOG.warn("material {} does not match its hash; not cached", m.sha256());
                    continue;
                }
                Instant now = clock.instant();
                cache.write(h -> {
                    DocumentStore.movedToFile(h, m.sha256(), size, now);
                    return null;
                });
                c.prefetched++;
            } catch (ServerUnreachableException e) {
                status.online(false, e.text());
                return;
            } catch (ApiException e) {
                if (e.unauthenticated()) {
                    expired();
                    return;
                }
                LOG.info("material {} not prefetched: HTTP {}", m.sha256(), e.httpStatus());
            }
        }
    }

    private void afterChange(RequestRef request) {
        afterChange(Set.of(request));
    }

    private void afterChange(Set<RequestRef> requests) {
        status.refreshCounts(cache);
        changed.accept(requests);
    }

    /** How long until the next scheduled cycle would run after {@code failures} failures (for the UI). */
    public Duration backoff() {
        return config.backoff(consecutiveFailures);
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (next != null) {
                next.cancel(false);
            }
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}

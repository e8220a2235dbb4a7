package org.courtdesk.app.workspace.local;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.courtdesk.app.api.ApiClient;
import org.courtdesk.app.api.ApiException;
import org.courtdesk.app.api.Json;
import org.courtdesk.app.api.ServerUnreachableException;
import org.courtdesk.app.cache.CacheMeta;
import org.courtdesk.app.cache.CachedRequest;
import org.courtdesk.app.cache.DocumentFiles;
import org.courtdesk.app.cache.DocumentStore;
import org.courtdesk.app.cache.KindRequestStore;
import org.courtdesk.app.cache.LocalCache;
import org.courtdesk.app.cache.OpenedStore;
import org.courtdesk.app.cache.RequestStore;
import org.courtdesk.app.i18n.Text;
import org.courtdesk.app.outbox.Outbox;
import org.courtdesk.app.outbox.OutboxEntry;
import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.sync.Session;
import org.courtdesk.app.sync.KindSync;
import org.courtdesk.app.sync.StatusTracker;
import org.courtdesk.app.sync.SyncConfig;
import org.courtdesk.app.sync.SyncService;
import org.courtdesk.app.workspace.ActionChange;
import org.courtdesk.app.workspace.ActionChangeRefusedException;
import org.courtdesk.app.workspace.AttendanceRejectedException;
import org.courtdesk.app.workspace.Conflict;
import org.courtdesk.app.workspace.ConflictResolution;
import org.courtdesk.app.workspace.DecisionRejectedException;
import org.courtdesk.app.workspace.DocumentUnavailableException;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.LoginException;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.app.workspace.OutgoingFile;
import org.courtdesk.app.workspace.FileRejectedException;
import org.courtdesk.app.workspace.PendingAttendance;
import org.courtdesk.app.workspace.PendingDecision;
import org.courtdesk.app.workspace.ReadingQueueRow;
import org.courtdesk.app.workspace.StaffOp;
import org.courtdesk.app.workspace.SyncStatus;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.app.workspace.WorkspaceListener;
import org.courtdesk.model.api.AttendanceRecord;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.LoginResponse;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.api.ReviewInfo;
import org.courtdesk.model.api.UserInfo;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReadingRules;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.request.Transitions;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Workspace} of one signed-in court user: screens read the encrypted local cache, decisions go to
 * the outbox in the same database, and a {@link SyncService} talks to the server in the background.
 * Thread-safe; every method may block on disk (and {@link #document} on the network).
 */
public final class LocalWorkspace implements Workspace {

    private static final Logger LOG = LoggerFactory.getLogger(LocalWorkspace.class);

    private final LocalCache cache;
    private final ApiClient api;
    private final Session session;
    private final Clock clock;
    private final SyncConfig config;
    private final StatusTracker status;
    private final SyncService sync;
    private final List<WorkspaceListener> listeners = new CopyOnWriteArrayList<>();
    private volatile UserInfo user;
    private volatile boolean closed;

    /**
     * @param online whether the server answered the login (then {@code api} holds the token); offline, the
     *               session holds the password until a login succeeds by itself
     */
    public LocalWorkspace(UserInfo user, LocalCache cache, ApiClient api, Session session, Clock clock,
                          SyncConfig config, boolean online) {
        this(user, cache, api, session, clock, config, online, KindSync.installed());
    }

    /** @param kinds the kinds this workstation knows (tests give a "newer" workstation more) */
    public LocalWorkspace(UserInfo user, LocalCache cache, ApiClient api, Session session, Clock clock,
                          SyncConfig config, boolean online, Collection<KindSync> kinds) {
        this.user = user;
        this.cache = cache;
        this.api = api;
        this.session = session;
        this.clock = clock;
        this.config = config;
        Instant lastSync = cache.read(h -> CacheMeta.get(h, CacheMeta.LAST_SYNC))
                .map(s -> Instant.ofEpochMilli(Long.parseLong(s))).orElse(null);
        this.status = new StatusTracker(StatusTracker.initial(online, lastSync), this::fireStatus);
        this.status.refreshCounts(cache);
        sweepParts(cache.dir());
        cache.documents().sweepParts();
        this.sync = new SyncService(cache, api, session, status, clock, config, this::fireChanged, this::loggedIn, kinds);
    }

    /** Starts background sync (the login service does this; tests may drive {@link #syncService()} by hand). */
    public LocalWorkspace startSync() {
        sync.start();
        startMovingDocuments();
        return this;
    }

    /** Documents a cache before V11 kept inside the database move to their files in the background (low priority). */
    private void startMovingDocuments() {
        if (cache.read(DocumentStore::blobs).isEmpty()) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                int n = moveDocumentsOutOfDatabase();
                LOG.info("{} document(s) moved out of the cache database", n);
            } catch (RuntimeException e) {
                // the workspace closed meanwhile (the rest moves when read, or at the next sign-in)
                LOG.info("moving documents out of the cache database stopped: {}", e.toString());
            }
        }, "cache-document-move");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    public SyncService syncService() {
        return sync;
    }

    public LocalCache cache() {
        return cache;
    }

    StatusTracker syncStatusTracker() {
        return status;
    }

    @Override
    public UserInfo user() {
        return user;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), config.zone());
    }

    // ---------------------------------------------------------------- reading

    /**
     * From the columns of the cached rows (no JSON is parsed), except the few with an entry in the outbox, whose view
     * the entry is laid over.
     */
    @Override
    public List<ReadingQueueRow> readingQueue() {
        return cache.read(h -> queueRows(h, RequestStore.queueColumns(h), OpenedStore.ids(h, RequestStore.KIND)));
    }

    @Override
    public List<ReadingQueueRow> readingQueueRows(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return cache.read(h -> queueRows(h, RequestStore.queueColumns(h, ids),
                OpenedStore.ids(h, RequestStore.KIND, ids)));
    }

    private List<ReadingQueueRow> queueRows(Handle h, List<RequestStore.QueueColumns> columns, Set<Long> opened) {
        LocalDate today = today();
        String reviewer = user.displayName();
        Map<Long, OutboxEntry> decisions = new HashMap<>();
        Map<Long, OutboxEntry> attendance = new HashMap<>();
        outboxByRequest(h, decisions, attendance);
        List<ReadingQueueRow> rows = new ArrayList<>(columns.size());
        for (RequestStore.QueueColumns c : columns) {
            OutboxEntry decision = decisions.get(c.id());
            OutboxEntry visit = attendance.get(c.id());
            if (decision == null && visit == null) {
                if (!c.removed()) {
                    rows.add(Overlay.row(c, opened.contains(c.id()), today));
                }
                continue;
            }
            // A local entry: the whole view, with the entry laid over it.
            Optional<CachedRequest> r = RequestStore.find(h, c.id());
            if (r.isEmpty()) {
                continue;
            }
            ReadingRequestView shown = Overlay.view(r.get().view(), decision, visit, reviewer, config.zone(), today);
            rows.add(Overlay.row(shown, opened.contains(c.id()), decision, visit));
        }
        return rows;
    }

    /** The 阅卷 entries of the outbox by request id, decisions and attendance records apart. */
    private static void outboxByRequest(Handle h, Map<Long, OutboxEntry> decisions, Map<Long, OutboxEntry> attendance) {
        for (OutboxEntry e : Outbox.all(h)) {
            if (e.request().kind() == RequestStore.KIND) {
                // ordered by id: the newest wins
                (e.isAttendance() ? attendance : decisions).put(e.request().id(), e);
            }
        }
    }

    @Override
    public Optional<ReadingRequestView> readingRequest(long id) {
        LocalDate today = today();
        return cache.read(h -> {
            Optional<CachedRequest> r = RequestStore.find(h, id);
            Optional<OutboxEntry> entry = Outbox.forRequest(h, RequestStore.ref(id));
            Optional<OutboxEntry> visit = Outbox.attendanceFor(h, RequestStore.ref(id));
            if (r.isEmpty() || (r.get().removed() && entry.isEmpty() && visit.isEmpty())) {
                return Optional.empty();
            }
            return Optional.of(Overlay.view(r.get().view(), entry.orElse(null), visit.orElse(null), user.displayName(),
                    config.zone(), today));
        });
    }

    @Override
    public Optional<PendingDecision> pendingDecision(long requestId) {
        return cache.read(h -> Outbox.forRequest(h, RequestStore.ref(requestId)).map(OutboxEntry::toPendingDecision));
    }

    @Override
    public void markOpened(long requestId) {
        Instant now = clock.instant();
        RequestRef ref = RequestStore.ref(requestId);
        boolean first = cache.write(h -> OpenedStore.mark(h, ref, now));
        if (first) {
            fireChanged(Set.of(ref));
        }
    }

    // ---------------------------------------------------------------- deciding

    @Override
    public PendingDecision saveDecision(long requestId, ReviewDecision decision) throws DecisionRejectedException {
        Instant savedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = today();
        OutboxEntry entry = cache.write(h -> {
            CachedRequest cached = decidable(h, requestId);
            Optional<OutboxEntry> existing = Outbox.forRequest(h, cached.ref());
            if (existing.isPresent() && existing.get().needsJudge()) {
                // A 409 or refusal is waiting for the judge: resolveConflict, not a silent second decision.
                throw new DecisionRejectedException(List.of(ErrorCode.VERSION_CONFLICT));
            }
            if (decision.baseVersion() > 0 && decision.baseVersion() != cached.version()) {
                // The judge decided on a state that has changed since: show them the new one first.
                throw new DecisionRejectedException(List.of(ErrorCode.VERSION_CONFLICT));
            }
            ReviewDecision stamped = checked(cached, decision, cached.version(), today);
            existing.ifPresent(e -> Outbox.remove(h, e.id())); // a changed draft replaces the unsent one
            return Outbox.add(h, cached.ref(), stamped, savedAt);
        });
        afterLocalChange(requestId);
        return entry.toPendingDecision();
    }

    /** The cached request, present and still decidable by the transition table. */
    private static CachedRequest decidable(Handle h, long requestId) throws DecisionRejectedException {
        CachedRequest cached = RequestStore.find(h, requestId).orElse(null);
        if (cached == null || cached.removed()) {
            throw new DecisionRejectedException(List.of(ErrorCode.NOT_FOUND));
        }
        return cached;
    }

    /** Validates with the shared rules; returns the decision with a fresh idempotency key and the base version. */
    private static ReviewDecision checked(CachedRequest cached, ReviewDecision d, long baseVersion, LocalDate today)
            throws DecisionRejectedException {
        List<ErrorCode> problems = new ArrayList<>(ReadingRules.validateDecision(d, cached.view().caseDigitised(), today));
        if (problems.isEmpty() && !Transitions.allowed(RequestKind.CASE_FILE_READING, cached.view().status(), Overlay.target(d))) {
            problems.add(ErrorCode.ILLEGAL_TRANSITION);
        }
        if (!problems.isEmpty()) {
            throw new DecisionRejectedException(problems);
        }
        return new ReviewDecision(UUID.randomUUID(), baseVersion, d.opinion(), d.explanation(), d.mode(),
                d.validUntil(), d.onSiteStart(), d.onSiteEnd(), d.replyNote());
    }

    // ---------------------------------------------------------------- on-site attendance

    @Override
    public Optional<PendingAttendance> pendingAttendance(long requestId) {
        return cache.read(h -> Outbox.attendanceFor(h, RequestStore.ref(requestId)).map(OutboxEntry::toPendingAttendance));
    }

    @Override
    public PendingAttendance saveAttendance(long requestId, AttendanceRecord record) throws AttendanceRejectedException {
        Instant savedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), config.zone());
        OutboxEntry entry = cache.write(h -> {
            CachedRequest cached = RequestStore.find(h, requestId).orElse(null);
            if (cached == null || cached.removed()) {
                throw new AttendanceRejectedException(List.of(new ReadingRules.Violation(ErrorCode.NOT_FOUND, null)));
            }
            RequestRef ref = cached.ref();
            if (Outbox.forRequest(h, ref).isPresent()) {
                // The approval itself is not on the server yet: the visit is recorded on the confirmed approval.
                throw new AttendanceRejectedException(List.of(new ReadingRules.Violation(ErrorCode.VERSION_CONFLICT, null)));
            }
            ReadingRequestView v = cached.view();
            ReviewInfo review = v.review();
            if (!attendanceRecordable(v)) {
                throw new AttendanceRejectedException(List.of(new ReadingRules.Violation(ErrorCode.NOT_ON_SITE, null)));
            }
            AttendanceRecord stamped = new AttendanceRecord(UUID.randomUUID(), cached.version(), record.attended(),
                    record.borrowedAt(), record.returnedAt());
            List<ReadingRules.Violation> problems = ReadingRules.checkAttendance(stamped, review.onSiteStart(),
                    review.onSiteEnd(), now);
            if (!problems.isEmpty()) {
                throw new AttendanceRejectedException(problems);
            }
            // A changed record replaces the unsent one; after a 409 or a refusal, recording again is the answer.
            Outbox.attendanceFor(h, ref).ifPresent(e -> Outbox.remove(h, e.id()));
            return Outbox.addAttendance(h, ref, stamped, savedAt);
        });
        afterLocalChange(requestId);
        return entry.toPendingAttendance();
    }

    /**
     * An approved on-site request: the server stores it as 审查通过 (its view may say 已过期 once the window passed
     * unattended, and a visit on the window's last day may well be recorded the next morning).
     */
    static boolean attendanceRecordable(ReadingRequestView v) {
        ReviewInfo r = v.review();
        return (v.status() == RequestStatus.APPROVED || v.status() == RequestStatus.EXPIRED)
                && r != null && r.opinion() == ReviewOpinion.AGREE && r.mode() == ReadingMode.ON_SITE;
    }

    @Override
    public void discardAttendance(long requestId) {
        cache.write(h -> {
            Outbox.attendanceFor(h, RequestStore.ref(requestId)).ifPresent(e -> Outbox.remove(h, e.id()));
            if (Outbox.allFor(h, RequestStore.ref(requestId)).isEmpty()) {
                RequestStore.deleteIfRemoved(h, requestId);
            }
            return null;
        });
        afterLocalChange(requestId);
    }

    @Override
    public List<Conflict> conflicts() {
        return cache.read(h -> {
            List<Conflict> list = new ArrayList<>();
            for (OutboxEntry e : Outbox.needingJudge(h)) {
                if (e.request().kind() != RequestStore.KIND) {
                    continue; // a 阅卷 conflict list: other kinds' conflicts are theirs
                }
                ReadingRequestView current = e.serverStateAs(ReadingRequestView.class) != null
                        ? e.serverStateAs(ReadingRequestView.class)
                        : RequestStore.find(h, e.request().id()).map(CachedRequest::view).orElse(null);
                if (e.isAttendance()) {
                    if (e.state() == OutboxState.CONFLICT) { // a refused record is shown in its section instead
                        list.add(new Conflict(e.request().id(), null, e.toPendingAttendance(), current));
                    }
                    continue;
                }
                list.add(new Conflict(e.request().id(), e.toPendingDecision(), current));
            }
            return list;
        });
    }

    @Override
    public void resolveConflict(long requestId, ConflictResolution resolution, ReviewDecision newDecision)
            throws DecisionRejectedException {
        Instant savedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = today();
        cache.write(h -> {
            Optional<OutboxEntry> existing = Outbox.forRequest(h, RequestStore.ref(requestId));
            if (resolution == ConflictResolution.DISCARD_MINE) {
                existing.ifPresent(e -> Outbox.remove(h, e.id()));
                if (Outbox.allFor(h, RequestStore.ref(requestId)).isEmpty()) {
                    RequestStore.deleteIfRemoved(h, requestId);
                }
                return null;
            }
            if (newDecision == null) {
                throw new DecisionRejectedException(List.of(ErrorCode.DECISION_OPINION_REQUIRED));
            }
            CachedRequest cached = decidable(h, requestId);
            // Based on what the judge was shown beside the conflict (the server's state then).
            long base = existing.map(e -> e.serverStateAs(ReadingRequestView.class)).map(ReadingRequestView::version)
                    .orElse(cached.version());
            ReviewDecision stamped = checked(cached, newDecision, base, today);
            existing.ifPresent(e -> Outbox.remove(h, e.id()));
            Outbox.add(h, cached.ref(), stamped, savedAt);
            return null;
        });
        afterLocalChange(requestId);
    }

    private void afterLocalChange(long requestId) {
        afterLocalChange(RequestStore.ref(requestId));
    }

    private void afterLocalChange(RequestRef ref) {
        status.refreshCounts(cache);
        fireChanged(Set.of(ref));
        sync.syncNow();
    }

    // ---------------------------------------------------------------- requests of every kind stored as views

    /**
     * The views of requests of every kind but 阅卷 as last read, by ref, with their version: a queue that reads its kind
     * again after a change parses only the views whose version changed (a page of the initial sync touched a few
     * hundred of them; every kind's queue read and parsed all of its rows again).
     */
    private final Map<RequestRef, Parsed> parsed = new java.util.concurrent.ConcurrentHashMap<>();

    private record Parsed(long version, RequestView view) {}

    /** The same for lists ({@link #listRequests}): views without their large fields. */
    private final Map<RequestRef, Parsed> listParsed = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public <V extends RequestView> List<KindRow<V>> requests(RequestKind kind, Class<V> type) {
        return rows(kind, type, false);
    }

    @Override
    public <V extends RequestView> List<KindRow<V>> listRequests(RequestKind kind, Class<V> type) {
        return rows(kind, type, true);
    }

    private <V extends RequestView> List<KindRow<V>> rows(RequestKind kind, Class<V> type, boolean forList) {
        Map<RequestRef, Parsed> parsed = forList ? listParsed : this.parsed;
        return cache.read(h -> {
            Map<Long, List<PendingAction>> pending = new HashMap<>();
            for (OutboxEntry e : Outbox.all(h)) {
                if (e.request().kind() == kind && e.isRouted()) {
                    pending.computeIfAbsent(e.request().id(), id -> new ArrayList<>()).add(e.toPendingAction());
                }
            }
            Set<Long> opened = OpenedStore.ids(h, kind);
            List<KindRequestStore.Header> headers = KindRequestStore.headers(h, kind);
            List<Long> stale = new ArrayList<>();
            Set<Long> present = new java.util.HashSet<>();
            for (KindRequestStore.Header head : headers) {
                present.add(head.id());
                Parsed p = parsed.get(RequestRef.of(kind, head.id()));
                if (p == null || p.version() != head.version()) {
                    stale.add(head.id());
                }
            }
            for (KindRequestStore.Cached c : (forList ? KindRequestStore.findForList(h, kind, stale)
                    : KindRequestStore.find(h, kind, stale)).values()) {
                parsed.put(RequestRef.of(kind, c.view().id()), new Parsed(c.view().version(), c.view()));
            }
            parsed.keySet().removeIf(r -> r.kind() == kind && !present.contains(r.id()));
            List<KindRow<V>> rows = new ArrayList<>(headers.size());
            for (KindRequestStore.Header head : headers) {
                Parsed p = parsed.get(RequestRef.of(kind, head.id()));
                V view = p == null || !type.isInstance(p.view()) ? null : type.cast(p.view());
                List<PendingAction> mine = pending.getOrDefault(head.id(), List.of());
                if (view == null || (head.removed() && mine.isEmpty())) {
                    continue;
                }
                rows.add(new KindRow<>(view, opened.contains(head.id()), head.removed(), mine));
            }
            return rows;
        });
    }

    @Override
    public <V extends RequestView> Optional<KindRow<V>> request(RequestRef ref, Class<V> type) {
        return cache.read(h -> {
            Optional<KindRequestStore.Cached> c = KindRequestStore.find(h, ref);
            V view = c.map(x -> x.viewAs(type)).orElse(null);
            if (view == null) {
                return Optional.empty();
            }
            List<PendingAction> mine = Outbox.allFor(h, ref).stream().filter(OutboxEntry::isRouted)
                    .map(OutboxEntry::toPendingAction).toList();
            if (c.get().removed() && mine.isEmpty()) {
                return Optional.empty();
            }
            boolean opened = OpenedStore.ids(h, ref.kind()).contains(ref.id());
            return Optional.of(new KindRow<>(view, opened, c.get().removed(), mine));
        });
    }

    @Override
    public PendingAction saveAction(RequestRef ref, StaffOp op, Object body) throws DecisionRejectedException {
        if (op.carriesFiles()) {
            throw new IllegalArgumentException(op.name() + " carries files: saveUpload");
        }
        return saveRouted(ref, op, body, List.of());
    }

    @Override
    public PendingAction saveUpload(RequestRef ref, StaffOp op, Object body, List<OutgoingFile> files)
            throws DecisionRejectedException {
        if (!op.carriesFiles() || op.creates()) {
            throw new IllegalArgumentException(op.name() + " is not an upload on a request");
        }
        OutgoingFile.check(files, maxFileBytes());
        return saveRouted(ref, op, body, files);
    }

    @Override
    public PendingAction saveUploadCreation(RequestKind kind, StaffOp op, Object body, List<OutgoingFile> files)
            throws FileRejectedException {
        if (!op.carriesFiles() || !op.creates()) {
            throw new IllegalArgumentException(op.name() + " is not an upload creating something");
        }
        OutgoingFile.check(files, maxFileBytes());
        return creation(kind, op, body, files);
    }

    @Override
    public boolean retryAction(long actionId) {
        RequestRef ref = cache.write(h -> {
            Optional<OutboxEntry> e = Outbox.byId(h, actionId);
            return e.isPresent() && e.get().isRouted() && Outbox.retry(h, actionId) ? e.get().request() : null;
        });
        if (ref == null) {
            return false;
        }
        afterLocalChange(ref);
        sync.syncNow();
        return true;
    }

    /** The JSON body as sent: a JSON action carries its key (and base version) inside; an upload's key is a header. */
    private static String body(StaffOp op, Object body, UUID key, long base) {
        com.fasterxml.jackson.databind.node.ObjectNode json = Json.MAPPER.valueToTree(body);
        if (!op.carriesFiles()) {
            json.put("idempotencyKey", key.toString());
        }
        if (op.versioned()) {
            json.put("baseVersion", base);
        }
        return Json.write(json);
    }

    private PendingAction saveRouted(RequestRef ref, StaffOp op, Object body, List<OutgoingFile> files)
            throws DecisionRejectedException {
        Instant savedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        OutboxEntry entry = cache.write(h -> {
            KindRequestStore.Cached cached = KindRequestStore.find(h, ref).orElse(null);
            if (cached == null || cached.removed()) {
                throw new DecisionRejectedException(List.of(ErrorCode.NOT_FOUND));
            }
            List<OutboxEntry> mine = Outbox.allFor(h, ref).stream().filter(OutboxEntry::isRouted).toList();
            if (op.versioned() && mine.stream().anyMatch(e -> e.versioned() && e.needsJudge())) {
                // A 409 or refusal of an earlier action waits: answer it first, not a silent second one on top.
                throw new DecisionRejectedException(List.of(ErrorCode.VERSION_CONFLICT));
            }
            // Chained on unsent actions saved on the same state: based where they are (Outbox.rebase moves them
            // together as each is confirmed); otherwise on the state the user was shown.
            long base = mine.stream().filter(e -> e.versioned() && !e.needsJudge()).mapToLong(OutboxEntry::baseVersion)
                    .findFirst().orElse(cached.view().version());
            UUID key = UUID.randomUUID();
            return files.isEmpty()
                    ? Outbox.addRouted(h, ref, op.name(), op.path(ref), op.versioned(), key, base,
                            body(op, body, key, base), savedAt)
                    : Outbox.addUpload(h, ref, op.name(), op.path(ref), op.versioned(), key, base,
                            body(op, body, key, base), op.formPart(), files, savedAt);
        });
        afterLocalChange(ref);
        return entry.toPendingAction();
    }

    @Override
    public PendingAction saveCreation(RequestKind kind, StaffOp op, Object body) {
        if (!op.creates() || op.carriesFiles()) {
            throw new IllegalArgumentException("not a creation without files: " + op.name());
        }
        return creation(kind, op, body, List.of());
    }

    private PendingAction creation(RequestKind kind, StaffOp op, Object body, List<OutgoingFile> files) {
        Instant savedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        RequestRef ref = RequestRef.of(kind, OutboxEntry.NEW_REQUEST);
        OutboxEntry entry = cache.write(h -> {
            UUID key = UUID.randomUUID();
            return files.isEmpty()
                    ? Outbox.addRouted(h, ref, op.name(), op.path(ref), false, key, 0, body(op, body, key, 0), savedAt)
                    : Outbox.addUpload(h, ref, op.name(), op.path(ref), false, key, 0, body(op, body, key, 0),
                            op.formPart(), files, savedAt);
        });
        afterLocalChange(ref);
        return entry.toPendingAction();
    }

    @Override
    public PendingAction saveFollowUp(long creationActionId, StaffOp op, Object body) throws ActionChangeRefusedException {
        if (op.creates() || op.carriesFiles()) {
            throw new IllegalArgumentException("a follow-up is an action without files on the created request: " + op.name());
        }
        Instant savedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        // Under the sync's lock: the creation is not being confirmed while its follow-up is linked to it.
        OutboxEntry entry = sync.exclusive(() -> cache.write(h -> {
            OutboxEntry creation = Outbox.byId(h, creationActionId).filter(OutboxEntry::isCreation).orElse(null);
            if (creation == null) {
                return null;
            }
            UUID key = UUID.randomUUID();
            return Outbox.addFollowUp(h, creation, op.name(), op.route(), op.versioned(), key, body(op, body, key, 0),
                    savedAt);
        }));
        LOG.info("follow-up {} of outbox entry {}: {}", op.name(), creationActionId, entry == null ? "GONE" : "saved");
        if (entry == null) {
            throw new ActionChangeRefusedException(ActionChange.REVISE, ActionChange.Refusal.GONE);
        }
        afterLocalChange(entry.request());
        return entry.toPendingAction();
    }

    @Override
    public List<PendingAction> followUps(long creationActionId) {
        return cache.read(h -> Outbox.followUps(h, creationActionId)).stream().map(OutboxEntry::toPendingAction).toList();
    }

    @Override
    public List<PendingAction> pendingCreations(RequestKind kind) {
        RequestRef ref = RequestRef.of(kind, OutboxEntry.NEW_REQUEST);
        return cache.read(h -> Outbox.allFor(h, ref)).stream().filter(OutboxEntry::isCreation)
                .map(OutboxEntry::toPendingAction).toList();
    }

    @Override
    public boolean withdrawPending(RequestRef ref) {
        boolean withdrawn = sync.exclusive(() -> cache.write(h -> {
            List<OutboxEntry> entries = Outbox.allFor(h, ref);
            // Only what was never tried: an attempt may have reached the server before its answer was lost.
            boolean untouched = !entries.isEmpty() && entries.stream().allMatch(e ->
                    e.state() == OutboxState.PENDING && e.attempts() == 0 && !e.isAttendance());
            if (!untouched) {
                return false;
            }
            entries.forEach(e -> Outbox.remove(h, e.id()));
            if (ref.kind() == RequestStore.KIND) {
                RequestStore.deleteIfRemoved(h, ref.id());
            } else {
                KindRequestStore.deleteIfRemoved(h, ref);
            }
            return true;
        }));
        LOG.info("withdraw {}: {}", ref, withdrawn ? "withdrawn before upload" : "refused (nothing pending, or already tried)");
        if (withdrawn) {
            afterLocalChange(ref);
        }
        return withdrawn;
    }

    @Override
    public void discardAction(long actionId) {
        RequestRef ref = cache.write(h -> {
            Optional<OutboxEntry> e = Outbox.byId(h, actionId);
            if (e.isEmpty() || !e.get().isRouted()) {
                return null;
            }
            Outbox.remove(h, actionId);
            if (e.get().isCreation()) {
                Outbox.removeFollowUps(h, actionId); // they had no request to go to but this one
            }
            if (Outbox.allFor(h, e.get().request()).isEmpty()) {
                KindRequestStore.deleteIfRemoved(h, e.get().request());
            }
            return e.get().request();
        });
        if (ref != null) {
            afterLocalChange(ref);
        }
    }

    /** What a guarded change of an outbox entry did: the entry after it, or why nothing changed. */
    private record Changed(OutboxEntry entry, RequestRef ref, ActionChange.Refusal refusal) {}

    @Override
    public PendingAction reviseAction(long actionId, Object body) throws ActionChangeRefusedException {
        Instant savedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        // Under the sync's lock: the entry is not being sent while its body changes, and the check and the write are
        // one transaction.
        Changed done = sync.exclusive(() -> cache.write(h -> {
            OutboxEntry e = Outbox.byId(h, actionId).filter(OutboxEntry::isRouted).orElse(null);
            ActionChange.Refusal refusal = ActionChange.REVISE.check(e == null ? null : e.state(), e == null ? 0 : e.attempts());
            if (refusal != null) {
                return new Changed(null, e == null ? null : e.request(), refusal);
            }
            long base = e.baseVersion();
            if (e.versioned()) {
                base = KindRequestStore.find(h, e.request()).map(c -> c.view().version()).orElse(base);
            }
            com.fasterxml.jackson.databind.node.ObjectNode json = Json.MAPPER.valueToTree(body);
            json.put("idempotencyKey", e.idempotencyKey().toString());
            if (e.versioned()) {
                json.put("baseVersion", base);
            }
            if (!Outbox.revise(h, e.id(), e.state(), e.attempts(), Json.write(json), base, savedAt)) {
                return new Changed(null, e.request(), ActionChange.Refusal.GONE);
            }
            return new Changed(Outbox.byId(h, e.id()).orElseThrow(), e.request(), null);
        }));
        LOG.info("revise outbox entry {}: {}", actionId, done.refusal() == null ? "revised, pending again" : done.refusal());
        if (done.refusal() != null) {
            throw new ActionChangeRefusedException(ActionChange.REVISE, done.refusal());
        }
        afterLocalChange(done.ref());
        return done.entry().toPendingAction();
    }

    @Override
    public void abandonAction(long actionId) throws ActionChangeRefusedException {
        Changed done = sync.exclusive(() -> cache.write(h -> {
            OutboxEntry e = Outbox.byId(h, actionId).filter(OutboxEntry::isRouted).orElse(null);
            ActionChange.Refusal refusal = ActionChange.ABANDON.check(e == null ? null : e.state(), e == null ? 0 : e.attempts());
            if (refusal != null) {
                return new Changed(null, e == null ? null : e.request(), refusal);
            }
            if (!Outbox.removeIf(h, e.id(), e.state(), e.attempts())) {
                return new Changed(null, e.request(), ActionChange.Refusal.GONE);
            }
            if (e.isCreation()) {
                Outbox.removeFollowUps(h, e.id()); // they had no request to go to but this one
            }
            if (!e.isCreation() && Outbox.allFor(h, e.request()).isEmpty()) {
                KindRequestStore.deleteIfRemoved(h, e.request());
            }
            return new Changed(e, e.request(), null);
        }));
        LOG.info("abandon outbox entry {}: {}", actionId, done.refusal() == null ? "removed" : done.refusal());
        if (done.refusal() != null) {
            throw new ActionChangeRefusedException(ActionChange.ABANDON, done.refusal());
        }
        afterLocalChange(done.ref());
    }

    @Override
    public void markOpened(RequestRef ref) {
        Instant now = clock.instant();
        boolean first = cache.write(h -> OpenedStore.mark(h, ref, now));
        if (first) {
            fireChanged(Set.of(ref));
        }
    }

    @Override
    public long maxFileBytes() {
        return cache.read(h -> CacheMeta.get(h, CacheMeta.SERVER_LIMITS)).map(json -> {
            try {
                long max = Json.read(json, org.courtdesk.model.api.ServerLimits.class).maxMaterialBytes();
                return max > 0 ? max : OutgoingFile.MAX_BYTES;
            } catch (RuntimeException e) {
                return OutgoingFile.MAX_BYTES;
            }
        }).orElse(OutgoingFile.MAX_BYTES);
    }

    /** Per-user values live in cache_meta under their own prefix, apart from the cache's own facts. */
    private static final String USER_VALUE_PREFIX = "user-value.";

    @Override
    public Optional<String> userValue(String key) {
        return cache.read(h -> org.courtdesk.app.cache.CacheMeta.get(h, USER_VALUE_PREFIX + key));
    }

    @Override
    public void putUserValue(String key, String value) {
        cache.write(h -> {
            org.courtdesk.app.cache.CacheMeta.put(h, USER_VALUE_PREFIX + key, value);
            return null;
        });
    }

    @Override
    public <T> List<T> entries(RequestKind kind, String entry, Class<T> type) {
        return cache.read(h -> org.courtdesk.app.cache.FeedEntryStore.all(h, kind, entry, type));
    }

    // ---------------------------------------------------------------- documents

    @Override
    public byte[] document(String sha256) throws DocumentUnavailableException {
        try {
            return readDocument(sha256, java.io.InputStream::readAllBytes);
        } catch (java.io.IOException e) {
            throw new DocumentUnavailableException(Text.of("document.error.disk", String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Streams the document's file (every chunk authenticated as it is decrypted: the writer verified its SHA-256
     * before giving it its name). A file found damaged, or of another key, is deleted with its row and refused.
     */
    @Override
    public <T> T readDocument(String sha256, DocumentStore.StreamReader<T> reader)
            throws DocumentUnavailableException, java.io.IOException {
        String sha = sha(sha256);
        DocumentFiles.Opened opened = openStored(sha);
        try (java.io.InputStream in = opened.stream()) {
            return reader.read(in);
        } catch (DocumentFiles.Damaged | DocumentFiles.WrongKey e) {
            throw refuse(sha, e);
        }
    }

    @Override
    public DocumentFile documentFile(String sha256) throws DocumentUnavailableException, java.io.IOException {
        String sha = sha(sha256);
        long length;
        try (DocumentFiles.Opened opened = openStored(sha)) {
            length = opened.length();
        }
        DocumentFiles files = cache.documents();
        return new DocumentFile() {
            @Override
            public long length() {
                return length;
            }

            @Override
            public DocumentFiles.Opened open() throws java.io.IOException {
                return files.open(sha);
            }
        };
    }

    private static String sha(String sha256) throws DocumentUnavailableException {
        try {
            return DocumentStore.normalize(sha256);
        } catch (IllegalArgumentException e) {
            throw new DocumentUnavailableException(Text.of("document.error.badId"), e);
        }
    }

    /** The document's file, opened: its BLOB moved out of the database first (a cache before V11), or downloaded. */
    private DocumentFiles.Opened openStored(String sha) throws DocumentUnavailableException {
        DocumentFiles files = cache.documents();
        for (int attempt = 0; ; attempt++) {
            if (!files.has(sha)) {
                if (!moveOut(sha)) {
                    if (attempt > 0) {
                        throw new DocumentUnavailableException(Text.of("document.error.offline"), null);
                    }
                    download(sha);
                    continue;
                }
            }
            try {
                return files.open(sha);
            } catch (java.nio.file.NoSuchFileException gone) {
                // deleted meanwhile (the request's documents dropped): fetched again once
                if (attempt > 0) {
                    throw new DocumentUnavailableException(Text.of("document.error.offline"), gone);
                }
            } catch (DocumentFiles.Damaged | DocumentFiles.WrongKey e) {
                throw refuse(sha, e);
            } catch (java.io.IOException e) {
                throw new DocumentUnavailableException(Text.of("document.error.disk", String.valueOf(e.getMessage())), e);
            }
        }
    }

    /** A stored file that is damaged or not ours: deleted with its row (the next opening fetches it), and refused. */
    private DocumentUnavailableException refuse(String sha, java.io.IOException e) {
        LOG.warn("document file {} refused and deleted: {}", sha, e.getMessage());
        forgetDocuments(List.of(sha));
        return new DocumentUnavailableException(Text.of(e instanceof DocumentFiles.WrongKey
                ? "document.error.wrongKey" : "document.error.damaged"), e);
    }

    /** Deletes these documents: their rows and their files (a request's documents no longer wanted). */
    public void forgetDocuments(Collection<String> sha256s) {
        List<String> shas = sha256s.stream().map(DocumentStore::normalize).distinct().toList();
        cache.write(h -> {
            for (String s : shas) {
                DocumentStore.delete(h, s);
            }
            return null;
        });
        for (String s : shas) {
            cache.documents().delete(s);
        }
    }

    /** Deletes every stored document, rows and files (the cache cleared for another server). */
    public int clearDocuments() {
        cache.write(DocumentStore::clear);
        return cache.documents().deleteAll();
    }

    private final java.util.concurrent.ConcurrentHashMap<String, Object> moving = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Moves a document kept as a BLOB by a cache before V11 to its file (written, verified against its SHA-256, then
     * the BLOB set to NULL in one small write). False when there is no BLOB of it. A BLOB that does not match its hash
     * is dropped and refused.
     */
    private boolean moveOut(String sha) throws DocumentUnavailableException {
        Object lock = moving.computeIfAbsent(sha, k -> new Object());
        synchronized (lock) {
            if (cache.documents().has(sha)) {
                return true;
            }
            Optional<Long> size;
            try {
                size = cache.read(h -> DocumentStore.readBlob(h, sha, in -> cache.documents().write(sha, in)));
            } catch (DocumentStore.MismatchException e) {
                LOG.warn("cached document {} does not match its hash; dropped", sha);
                cache.write(h -> {
                    DocumentStore.delete(h, sha);
                    return null;
                });
                throw new DocumentUnavailableException(Text.of("document.error.hashMismatch"), e);
            } catch (java.io.IOException e) {
                throw new DocumentUnavailableException(Text.of("document.error.disk", String.valueOf(e.getMessage())), e);
            }
            if (size.isEmpty()) {
                return false;
            }
            Instant now = clock.instant();
            cache.write(h -> {
                DocumentStore.movedToFile(h, sha, size.get(), now);
                return null;
            });
            LOG.info("document {} ({} bytes) moved out of the cache database into its file", sha, size.get());
            return true;
        }
    }

    /**
     * Moves every document a cache before V11 kept as a BLOB to its file, one at a time (each a small write when its
     * file is verified), until done or the workspace closes; what is left moves when read. Returns how many moved.
     * The sign-in starts it in the background; the file's freed space is given back by the next compaction.
     */
    public int moveDocumentsOutOfDatabase() {
        int moved = 0;
        for (String sha : cache.read(DocumentStore::blobs)) {
            if (closed) {
                break;
            }
            try {
                if (moveOut(sha)) {
                    moved++;
                }
            } catch (DocumentUnavailableException | RuntimeException e) {
                if (closed) {
                    break;
                }
                LOG.warn("document {} not moved out of the cache database: {}", sha, e.toString());
            }
        }
        return moved;
    }

    /** Names of the part files of downloads into the cache directory (before cache V11). */
    private static final String PART_PREFIX = "download-";
    private static final String PART_SUFFIX = ".part";

    /**
     * Deletes the part files a killed download left in the cache directory (their key died with the process, so
     * nothing can read them), and those of documents never finished ({@link DocumentFiles#sweepParts}). The cache is
     * open by this workspace alone, so no download of another is under way.
     */
    static int sweepParts(java.nio.file.Path dir) {
        int removed = 0;
        try (java.nio.file.DirectoryStream<java.nio.file.Path> parts =
                java.nio.file.Files.newDirectoryStream(dir, PART_PREFIX + "*" + PART_SUFFIX)) {
            for (java.nio.file.Path p : parts) {
                try {
                    if (java.nio.file.Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                            && java.nio.file.Files.deleteIfExists(p)) {
                        removed++;
                    }
                } catch (java.io.IOException e) {
                    LOG.warn("could not delete the leftover download {}: {}", p.getFileName(), e.toString());
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warn("could not look for leftover downloads in {}: {}", dir, e.toString());
        }
        if (removed > 0) {
            LOG.info("deleted {} leftover download part file(s) of an earlier session", removed);
        }
        return removed;
    }

    /**
     * Streams a document from the server into its encrypted file ({@link DocumentFiles#write}: a part file, moved to
     * the document's name only once its SHA-256 matches), then records it. No lock is held while the network runs.
     */
    private void download(String sha) throws DocumentUnavailableException {
        if (!api.hasToken() || session.expired()) {
            throw new DocumentUnavailableException(Text.of("document.error.offline"), null);
        }
        try {
            long size = api.document(sha, (done, total) -> status.progress(total > 0 ? (double) done / total : 0,
                    Text.of("document.progress.downloading")), in -> {
                        try {
                            return cache.documents().write(sha, in);
                        } catch (DocumentStore.MismatchException e) {
                            return -1L;
                        }
                    });
            if (size < 0) {
                throw new DocumentUnavailableException(Text.of("document.error.hashMismatch"), null);
            }
            Instant now = clock.instant();
            cache.write(h -> {
                DocumentStore.movedToFile(h, sha, size, now);
                return null;
            });
        } catch (ServerUnreachableException e) {
            status.online(false, e.text());
            throw new DocumentUnavailableException(Text.of("document.error.unreachable"), e);
        } catch (ApiException e) {
            if (e.unauthenticated()) {
                api.clearToken();
                session.expire();
                status.sessionExpired(true, SyncService.MSG_EXPIRED);
            }
            throw new DocumentUnavailableException(e.detailText(), e);
        } finally {
            status.idle();
        }
    }

    // ---------------------------------------------------------------- sync, session

    @Override
    public SyncStatus syncStatus() {
        return status.get();
    }

    @Override
    public void syncNow() {
        sync.syncNow();
    }

    @Override
    public void addListener(WorkspaceListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(WorkspaceListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void reauthenticate(char[] password) throws LoginException {
        LoginResponse response;
        try {
            response = api.login(user.username(), password);
        } catch (ServerUnreachableException e) {
            throw new LoginException(LoginException.Reason.SERVER_UNREACHABLE, e.text(), e);
        } catch (ApiException e) {
            throw DefaultLoginService.loginFailure(e);
        }
        if (!response.user().role().isCourtStaff()) {
            api.logout();
            throw new LoginException(LoginException.Reason.NOT_COURT_STAFF, SyncService.MSG_NOT_COURT_STAFF, null);
        }
        loggedIn(response);
        session.forgetPassword();
        session.renewed();
        status.sessionExpired(false, null);
        sync.syncNow();
    }

    private void loggedIn(LoginResponse response) {
        user = response.user();
        cache.write(h -> {
            CacheMeta.put(h, CacheMeta.USER, Json.write(response.user()));
            return null;
        });
    }

    private void fireChanged(Set<RequestRef> refs) {
        for (WorkspaceListener l : listeners) {
            try {
                l.changed(refs);
            } catch (RuntimeException e) {
                LOG.warn("listener failed", e);
            }
        }
    }

    private void fireStatus(SyncStatus s) {
        for (WorkspaceListener l : listeners) {
            try {
                l.statusChanged(s);
            } catch (RuntimeException e) {
                LOG.warn("listener failed", e);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        sync.close();
        if (status.get().online() && api.hasToken()) {
            api.logout();
        }
        session.forgetPassword();
        api.close();
        cache.close();
    }
}

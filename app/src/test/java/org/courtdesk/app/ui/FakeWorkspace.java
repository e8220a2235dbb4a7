package org.courtdesk.app.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.courtdesk.app.workspace.Conflict;
import org.courtdesk.app.workspace.ConflictResolution;
import org.courtdesk.app.workspace.DecisionRejectedException;
import org.courtdesk.app.workspace.DocumentUnavailableException;
import org.courtdesk.app.workspace.LoginException;
import org.courtdesk.app.workspace.PendingDecision;
import org.courtdesk.app.workspace.ReadingQueueRow;
import org.courtdesk.app.workspace.SyncStatus;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.app.workspace.WorkspaceListener;
import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.api.UserInfo;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReadingRules;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.model.request.RequestStatus;

/** An in-memory workspace that behaves like the contract says, and records what the screens asked of it. */
public class FakeWorkspace implements Workspace {

    public record Resolution(long requestId, ConflictResolution resolution, ReviewDecision decision) {}

    public final Map<Long, ReadingRequestView> views = new ConcurrentHashMap<>();
    /** Rows without views (the 20,000-row test); readingQueue() returns these plus rows made from views. */
    public final List<ReadingQueueRow> extraRows = new CopyOnWriteArrayList<>();
    public final Map<Long, PendingDecision> pending = new ConcurrentHashMap<>();
    /** Attendance records waiting for upload, and every one saved (in order). */
    public final Map<Long, org.courtdesk.app.workspace.PendingAttendance> attendance = new ConcurrentHashMap<>();
    public final List<org.courtdesk.model.api.AttendanceRecord> savedAttendance = new CopyOnWriteArrayList<>();
    public final Set<Long> opened = ConcurrentHashMap.newKeySet();
    public final List<ReviewDecision> saved = new CopyOnWriteArrayList<>();
    public final List<Long> savedIds = new CopyOnWriteArrayList<>();
    public final List<Resolution> resolutions = new CopyOnWriteArrayList<>();
    public final List<WorkspaceListener> listeners = new CopyOnWriteArrayList<>();
    public final Map<String, byte[]> documents = new ConcurrentHashMap<>();
    public final List<String> reauthPasswords = new CopyOnWriteArrayList<>();
    public volatile int syncRequests;
    public volatile SyncStatus status;
    private final Clock clock;

    public FakeWorkspace(Clock clock) {
        this.clock = clock;
        status = new SyncStatus(true, clock.instant().minusSeconds(300), 0, 0, -1, null, false, null);
    }

    public void add(ReadingRequestView v) {
        views.put(v.id(), v);
    }

    @Override
    public UserInfo user() {
        return new UserInfo(7, "zhangfg", "张法官", Role.JUDGE, "粤01", true);
    }

    @Override
    public List<ReadingQueueRow> readingQueue() {
        List<ReadingQueueRow> rows = new ArrayList<>(extraRows);
        for (ReadingRequestView v : views.values()) {
            PendingDecision p = pending.get(v.id());
            RequestStatus status = v.status();
            ReadingQueueRow.SyncState sync = ReadingQueueRow.SyncState.SYNCED;
            LocalDate validUntil = v.review() == null ? null : v.review().validUntil();
            LocalDate onSiteEnd = v.review() == null ? null : v.review().onSiteEnd();
            ReadingMode granted = v.review() == null || v.review().opinion() != ReviewOpinion.AGREE ? null : v.review().mode();
            if (p != null) {
                status = p.decision().opinion() == ReviewOpinion.AGREE ? RequestStatus.APPROVED : RequestStatus.REJECTED;
                sync = p.conflict() ? ReadingQueueRow.SyncState.CONFLICT : ReadingQueueRow.SyncState.PENDING;
                validUntil = p.decision().validUntil();
                onSiteEnd = p.decision().onSiteEnd();
                granted = p.decision().opinion() == ReviewOpinion.AGREE ? p.decision().mode() : null;
            }
            boolean attended = v.visit() != null && Boolean.TRUE.equals(v.visit().attended());
            var visit = attendance.get(v.id());
            if (visit != null && !visit.needsJudge()) {
                attended = visit.record().attended();
                sync = ReadingQueueRow.SyncState.PENDING;
            }
            rows.add(new ReadingQueueRow(v.id(), v.applicationNo(), v.caseNumber(), v.courtName(), v.applicantName(),
                    v.applicationDate(), v.submittedAt(), v.content(), v.requestedMode(), granted, status, validUntil,
                    onSiteEnd, attended, opened.contains(v.id()), sync));
        }
        return rows;
    }

    @Override
    public Optional<ReadingRequestView> readingRequest(long id) {
        return Optional.ofNullable(views.get(id));
    }

    @Override
    public Optional<PendingDecision> pendingDecision(long requestId) {
        return Optional.ofNullable(pending.get(requestId));
    }

    @Override
    public void markOpened(long requestId) {
        opened.add(requestId);
    }

    // ---------------------------------------------------------------- kinds stored as views

    /** Requests of the kinds stored as views, by ref. */
    public final Map<org.courtdesk.model.request.RequestRef, org.courtdesk.model.api.RequestView> kindViews =
            new java.util.concurrent.ConcurrentSkipListMap<>(java.util.Comparator.comparing(Object::toString));
    /** Every action saved through saveAction, in order; discardAction removes from it. */
    public final List<org.courtdesk.app.workspace.PendingAction> actions = new CopyOnWriteArrayList<>();
    public final Set<org.courtdesk.model.request.RequestRef> openedRefs = ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicLong actionIds = new java.util.concurrent.atomic.AtomicLong();

    @Override
    public <V extends org.courtdesk.model.api.RequestView> List<org.courtdesk.app.workspace.KindRow<V>> requests(
            org.courtdesk.model.request.RequestKind kind, Class<V> type) {
        kindReads.incrementAndGet();
        List<org.courtdesk.app.workspace.KindRow<V>> rows = new java.util.ArrayList<>();
        kindViews.forEach((ref, v) -> {
            if (ref.kind() == kind && type.isInstance(v)) {
                rows.add(row(ref, type.cast(v)));
            }
        });
        rows.sort(java.util.Comparator.comparing((org.courtdesk.app.workspace.KindRow<V> r) -> r.view().submittedAt(),
                java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())));
        return rows;
    }

    private <V extends org.courtdesk.model.api.RequestView> org.courtdesk.app.workspace.KindRow<V> row(
            org.courtdesk.model.request.RequestRef ref, V v) {
        return new org.courtdesk.app.workspace.KindRow<>(v, openedRefs.contains(ref), false,
                actions.stream().filter(a -> a.request().equals(ref)).toList());
    }

    @Override
    public <V extends org.courtdesk.model.api.RequestView> Optional<org.courtdesk.app.workspace.KindRow<V>> request(
            org.courtdesk.model.request.RequestRef ref, Class<V> type) {
        org.courtdesk.model.api.RequestView v = kindViews.get(ref);
        return type.isInstance(v) ? Optional.of(row(ref, type.cast(v))) : Optional.empty();
    }

    @Override
    public org.courtdesk.app.workspace.PendingAction saveAction(org.courtdesk.model.request.RequestRef ref,
            org.courtdesk.app.workspace.StaffOp op, Object body) throws DecisionRejectedException {
        org.courtdesk.model.api.RequestView v = kindViews.get(ref);
        if (v == null) {
            throw new DecisionRejectedException(List.of(ErrorCode.NOT_FOUND));
        }
        com.fasterxml.jackson.databind.node.ObjectNode json = org.courtdesk.app.api.Json.MAPPER.valueToTree(body);
        json.put("idempotencyKey", java.util.UUID.randomUUID().toString());
        if (op.versioned()) {
            json.put("baseVersion", v.version());
        }
        org.courtdesk.app.workspace.PendingAction a = new org.courtdesk.app.workspace.PendingAction(
                actionIds.incrementAndGet(), ref, op.name(), org.courtdesk.app.api.Json.write(json), clock.instant(),
                org.courtdesk.app.outbox.OutboxState.PENDING, null, null, null);
        actions.add(a);
        listeners.forEach(l -> l.changed(Set.of(ref)));
        return a;
    }

    @Override
    public org.courtdesk.app.workspace.PendingAction saveCreation(org.courtdesk.model.request.RequestKind kind,
            org.courtdesk.app.workspace.StaffOp op, Object body) {
        if (!op.creates()) {
            throw new IllegalArgumentException("not a creation: " + op);
        }
        com.fasterxml.jackson.databind.node.ObjectNode json = org.courtdesk.app.api.Json.MAPPER.valueToTree(body);
        json.put("idempotencyKey", java.util.UUID.randomUUID().toString());
        org.courtdesk.model.request.RequestRef ref = org.courtdesk.model.request.RequestRef.of(kind, 0);
        org.courtdesk.app.workspace.PendingAction a = new org.courtdesk.app.workspace.PendingAction(
                actionIds.incrementAndGet(), ref, op.name(), org.courtdesk.app.api.Json.write(json), clock.instant(),
                org.courtdesk.app.outbox.OutboxState.PENDING, null, null, null);
        actions.add(a);
        listeners.forEach(l -> l.changed(Set.of(ref)));
        return a;
    }

    @Override
    public List<org.courtdesk.app.workspace.PendingAction> pendingCreations(org.courtdesk.model.request.RequestKind kind) {
        return actions.stream().filter(a -> a.request().kind() == kind && a.request().id() == 0).toList();
    }

    @Override
    public void discardAction(long actionId) {
        actions.removeIf(a -> a.id() == actionId);
    }

    /** Every {@link #reviseAction} done, in order (the entry's id and the body it now has). */
    public final List<org.courtdesk.app.workspace.PendingAction> revisions = new CopyOnWriteArrayList<>();

    /** As the local workspace: the body replaced, the same key and place, 待同步 again (no upload is ever tried here). */
    @Override
    public org.courtdesk.app.workspace.PendingAction reviseAction(long actionId, Object body)
            throws org.courtdesk.app.workspace.ActionChangeRefusedException {
        for (int i = 0; i < actions.size(); i++) {
            org.courtdesk.app.workspace.PendingAction a = actions.get(i);
            if (a.id() != actionId) {
                continue;
            }
            com.fasterxml.jackson.databind.node.ObjectNode json = org.courtdesk.app.api.Json.MAPPER.valueToTree(body);
            com.fasterxml.jackson.databind.JsonNode old = org.courtdesk.app.api.Json.read(a.payloadJson(),
                    com.fasterxml.jackson.databind.JsonNode.class);
            json.put("idempotencyKey", old.path("idempotencyKey").asText());
            if (old.has("baseVersion")) {
                org.courtdesk.model.api.RequestView v = kindViews.get(a.request());
                json.put("baseVersion", v == null ? old.path("baseVersion").asLong() : v.version());
            }
            org.courtdesk.app.workspace.PendingAction revised = new org.courtdesk.app.workspace.PendingAction(a.id(),
                    a.request(), a.op(), org.courtdesk.app.api.Json.write(json), clock.instant(),
                    org.courtdesk.app.outbox.OutboxState.PENDING, null, null, null);
            actions.set(i, revised);
            revisions.add(revised);
            listeners.forEach(l -> l.changed(Set.of(a.request())));
            return revised;
        }
        throw new org.courtdesk.app.workspace.ActionChangeRefusedException(org.courtdesk.app.workspace.ActionChange.REVISE,
                org.courtdesk.app.workspace.ActionChange.Refusal.GONE);
    }

    @Override
    public void abandonAction(long actionId) throws org.courtdesk.app.workspace.ActionChangeRefusedException {
        org.courtdesk.app.workspace.PendingAction a = actions.stream().filter(x -> x.id() == actionId).findFirst()
                .orElseThrow(() -> new org.courtdesk.app.workspace.ActionChangeRefusedException(
                        org.courtdesk.app.workspace.ActionChange.ABANDON, org.courtdesk.app.workspace.ActionChange.Refusal.GONE));
        actions.remove(a);
        listeners.forEach(l -> l.changed(Set.of(a.request())));
    }

    @Override
    public void markOpened(org.courtdesk.model.request.RequestRef ref) {
        openedRefs.add(ref);
        if (ref.kind() == org.courtdesk.model.request.RequestKind.CASE_FILE_READING) {
            markOpened(ref.id()); // as the local workspace: one opened flag per request, whichever way it is set
        }
    }

    /** What {@link #putUserValue} stored. */
    public final Map<String, String> userValues = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public java.util.Optional<String> userValue(String key) {
        return java.util.Optional.ofNullable(userValues.get(key));
    }

    @Override
    public void putUserValue(String key, String value) {
        userValues.put(key, value);
    }

    @Override
    public PendingDecision saveDecision(long requestId, ReviewDecision decision) throws DecisionRejectedException {
        ReadingRequestView v = views.get(requestId);
        if (v == null) {
            throw new DecisionRejectedException(List.of(ErrorCode.NOT_FOUND));
        }
        List<ErrorCode> problems = ReadingRules.validateDecision(decision, v.caseDigitised(), LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new DecisionRejectedException(problems);
        }
        PendingDecision p = new PendingDecision(requestId, decision, clock.instant(), false, null);
        pending.put(requestId, p);
        saved.add(decision);
        savedIds.add(requestId);
        status = new SyncStatus(status.online(), status.lastSuccessfulSync(), pending.size(), status.conflicts(),
                -1, null, false, null);
        for (WorkspaceListener l : listeners) {
            l.changed(Set.of(org.courtdesk.model.request.RequestRef.of(org.courtdesk.model.request.RequestKind.CASE_FILE_READING, requestId)));
            l.statusChanged(status);
        }
        return p;
    }

    /** Withdrawn decisions' request ids (issue 13); a withdrawal removes the pending decision as the outbox would. */
    public final List<Long> withdrawn = new CopyOnWriteArrayList<>();
    /** Withdrawn actions of the other kinds, by request. */
    public final List<org.courtdesk.model.request.RequestRef> withdrawnRefs = new CopyOnWriteArrayList<>();
    /** How often the requests of a kind were read in full ({@link #requests}). */
    public final java.util.concurrent.atomic.AtomicInteger kindReads = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public boolean withdrawPending(org.courtdesk.model.request.RequestRef ref) {
        if (ref.kind() != org.courtdesk.model.request.RequestKind.CASE_FILE_READING) {
            // a kind's action: withdrawn while every action of the request still waits (as the outbox does)
            List<org.courtdesk.app.workspace.PendingAction> mine = actions.stream().filter(a -> a.request().equals(ref))
                    .toList();
            if (mine.isEmpty() || mine.stream().anyMatch(org.courtdesk.app.workspace.PendingAction::needsUser)) {
                return false;
            }
            actions.removeAll(mine);
            withdrawnRefs.add(ref);
            listeners.forEach(l -> l.changed(Set.of(ref)));
            return true;
        }
        PendingDecision p = pending.get(ref.id());
        if (p == null || p.conflict()) {
            return false;
        }
        pending.remove(ref.id());
        withdrawn.add(ref.id());
        status = new SyncStatus(status.online(), status.lastSuccessfulSync(), pending.size(), status.conflicts(),
                status.progress(), status.progressLabel(), status.sessionExpired(), status.lastError());
        for (WorkspaceListener l : listeners) {
            l.changed(Set.of(org.courtdesk.model.request.RequestRef.of(org.courtdesk.model.request.RequestKind.CASE_FILE_READING, ref.id())));
        }
        return true;
    }

    /** The sync service's upload was confirmed: the pending decision is gone and the server's state is cached. */
    public void confirmUpload(ReadingRequestView serverState) {
        pending.remove(serverState.id());
        views.put(serverState.id(), serverState);
        status = new SyncStatus(status.online(), clock.instant(), pending.size(), status.conflicts(), -1, null, false,
                null);
        for (WorkspaceListener l : listeners) {
            l.changed(Set.of(org.courtdesk.model.request.RequestRef.of(org.courtdesk.model.request.RequestKind.CASE_FILE_READING, serverState.id())));
            l.statusChanged(status);
        }
    }

    @Override
    public Optional<org.courtdesk.app.workspace.PendingAttendance> pendingAttendance(long requestId) {
        return Optional.ofNullable(attendance.get(requestId));
    }

    /** As the contract says: the shared rules on this (fake) workstation's clock in the court's zone. */
    @Override
    public org.courtdesk.app.workspace.PendingAttendance saveAttendance(long requestId,
            org.courtdesk.model.api.AttendanceRecord record) throws org.courtdesk.app.workspace.AttendanceRejectedException {
        ReadingRequestView v = views.get(requestId);
        var review = v == null ? null : v.review();
        if (review == null || review.mode() != ReadingMode.ON_SITE) {
            throw new org.courtdesk.app.workspace.AttendanceRejectedException(
                    List.of(new ReadingRules.Violation(ErrorCode.NOT_ON_SITE, null)));
        }
        var problems = ReadingRules.checkAttendance(record, review.onSiteStart(), review.onSiteEnd(),
                java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Shanghai")));
        if (!problems.isEmpty()) {
            throw new org.courtdesk.app.workspace.AttendanceRejectedException(problems);
        }
        var p = new org.courtdesk.app.workspace.PendingAttendance(requestId, record, clock.instant(),
                org.courtdesk.app.outbox.OutboxState.PENDING, null, null);
        attendance.put(requestId, p);
        savedAttendance.add(record);
        for (WorkspaceListener l : listeners) {
            l.changed(Set.of(org.courtdesk.model.request.RequestRef.of(org.courtdesk.model.request.RequestKind.CASE_FILE_READING, requestId)));
        }
        return p;
    }

    @Override
    public void discardAttendance(long requestId) {
        attendance.remove(requestId);
    }

    @Override
    public byte[] document(String sha256) throws DocumentUnavailableException {
        byte[] b = documents.get(sha256);
        if (b == null) {
            throw new DocumentUnavailableException("not cached: " + sha256, null);
        }
        return b;
    }

    @Override
    public List<Conflict> conflicts() {
        List<Conflict> out = new ArrayList<>();
        for (PendingDecision p : pending.values()) {
            if (p.conflict()) {
                out.add(new Conflict(p.requestId(), p, views.get(p.requestId())));
            }
        }
        return out;
    }

    @Override
    public void resolveConflict(long requestId, ConflictResolution resolution, ReviewDecision newDecision)
            throws DecisionRejectedException {
        resolutions.add(new Resolution(requestId, resolution, newDecision));
        if (resolution == ConflictResolution.DISCARD_MINE) {
            pending.remove(requestId);
        } else {
            ReadingRequestView v = views.get(requestId);
            List<ErrorCode> problems = ReadingRules.validateDecision(newDecision, v.caseDigitised(), LocalDate.now(clock));
            if (!problems.isEmpty()) {
                throw new DecisionRejectedException(problems);
            }
            pending.put(requestId, new PendingDecision(requestId, newDecision, clock.instant(), false, null));
        }
    }

    @Override
    public SyncStatus syncStatus() {
        return status;
    }

    /** These 阅卷申请 changed in the cache (e.g. the sync marked a decision of theirs 冲突), as the local workspace says. */
    public void fireReadingChanged(long... ids) {
        Set<org.courtdesk.model.request.RequestRef> refs = new java.util.LinkedHashSet<>();
        for (long id : ids) {
            refs.add(org.courtdesk.model.request.RequestRef.of(org.courtdesk.model.request.RequestKind.CASE_FILE_READING, id));
        }
        listeners.forEach(l -> l.changed(refs));
    }

    public void fireStatus(SyncStatus s) {
        status = s;
        for (WorkspaceListener l : listeners) {
            l.statusChanged(s);
        }
    }

    @Override
    public void syncNow() {
        syncRequests++;
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
        String pw = new String(password);
        reauthPasswords.add(pw);
        if (!"secret".equals(pw)) {
            throw new LoginException(LoginException.Reason.BAD_CREDENTIALS, "bad", null);
        }
        status = new SyncStatus(true, status.lastSuccessfulSync(), status.pendingUploads(), status.conflicts(), -1, null,
                false, null);
    }

    @Override
    public void close() {}
}

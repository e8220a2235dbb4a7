package org.courtdesk.app.workspace;

import java.util.List;
import java.util.Optional;

import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.AttendanceRecord;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.api.UserInfo;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;

/**
 * What the screens use: one signed-in user's local cache, outbox and sync, behind one seam. Screens read only
 * from the local cache (design.md "Data path"). No JavaFX here; every method may block on disk or network,
 * so screens call them off the FX thread (listeners are called on a background thread too). The request ids
 * taken here are those of 阅卷申请, the one queue so far; underneath, outbox and opened flags key requests by
 * kind and id ({@link org.courtdesk.model.request.RequestRef}).
 */
public interface Workspace extends AutoCloseable {

    UserInfo user();

    /** All 阅卷申请 this user may see, from the cache, with any pending decision overlaid. */
    List<ReadingQueueRow> readingQueue();

    /**
     * The rows of {@link #readingQueue} with these ids, as that would list them (an id not among them is not in the
     * queue any more): what a screen reads when it is told these requests changed, instead of the whole queue.
     */
    default List<ReadingQueueRow> readingQueueRows(java.util.Collection<Long> ids) {
        java.util.Set<Long> wanted = new java.util.HashSet<>(ids);
        return readingQueue().stream().filter(r -> wanted.contains(r.id())).toList();
    }

    /** One request from the cache, with a pending decision overlaid on status and review. */
    Optional<ReadingRequestView> readingRequest(long id);

    /** The decision waiting for upload (or in conflict) for this request, if any. */
    Optional<PendingDecision> pendingDecision(long requestId);

    /** Remembers that the judge opened it (unopened rows show in bold). Local only. */
    void markOpened(long requestId);

    /**
     * Validates with the shared rules, then commits the decision to the local outbox with a fresh idempotency
     * key before returning: once this returns the decision survives a crash and will be uploaded exactly once.
     *
     * @throws DecisionRejectedException with the rule violations; nothing is stored then
     */
    PendingDecision saveDecision(long requestId, ReviewDecision decision) throws DecisionRejectedException;

    /**
     * A material or case-file document by SHA-256: from the encrypted cache, or fetched from the server and
     * cached (then verified against the hash).
     *
     * @throws DocumentUnavailableException offline and not cached, or the server refused
     */
    byte[] document(String sha256) throws DocumentUnavailableException;

    /**
     * The same document streamed to {@code reader} instead of handed over whole (a 200 MB scan never lies in the
     * heap): from the encrypted cache, or fetched from the server into the cache first. The stream is hashed as it
     * is read: a reader that reads to the end of bytes that do not match {@code sha256} gets an IOException there,
     * and must drop what it made of them (the viewer's sealed copy does).
     *
     * @throws DocumentUnavailableException offline and not cached, the server refused, or the bytes are not the
     *         document's (then also dropped from the cache)
     * @throws java.io.IOException the reader failed
     */
    default <T> T readDocument(String sha256, org.courtdesk.app.cache.DocumentStore.StreamReader<T> reader)
            throws DocumentUnavailableException, java.io.IOException {
        return reader.read(new java.io.ByteArrayInputStream(document(sha256)));
    }

    /**
     * A stored document as a file read at random offsets (the viewer opens a 245 MB scan from disk, never whole in
     * memory, and never copies it): fetched from the server and stored first when it is not. Null when this workspace
     * keeps no document files (then {@link #readDocument}).
     *
     * @throws DocumentUnavailableException as {@link #readDocument}; also when the stored file is damaged or was
     *         encrypted under another key (then deleted, so the next opening fetches it again)
     */
    default DocumentFile documentFile(String sha256) throws DocumentUnavailableException, java.io.IOException {
        return null;
    }

    /** A document stored as an encrypted file: its clear length, and a new reader of it per call. */
    interface DocumentFile {
        long length();

        /** A reader of the clear bytes (one per thread; close it). */
        org.courtdesk.app.cache.DocumentFiles.Opened open() throws java.io.IOException;
    }

    /** The on-site attendance record waiting for upload (or refused) for this request, if any. */
    Optional<PendingAttendance> pendingAttendance(long requestId);

    /**
     * Records an approved on-site visit (是否到场, 借阅时间, 还卷时间): checked with the shared rules against this
     * workstation's clock, then committed to the outbox with a fresh idempotency key before returning, and uploaded
     * exactly once. An unsent or refused record of the same request is replaced.
     *
     * @throws AttendanceRejectedException with the broken rules; nothing is stored then
     */
    PendingAttendance saveAttendance(long requestId, AttendanceRecord record) throws AttendanceRejectedException;

    /** Drops this request's attendance record from the outbox (the judge's answer to its conflict or refusal). */
    void discardAttendance(long requestId);

    /** Decisions the server refused with 409: the judge must look at them. */
    List<Conflict> conflicts();

    /** The judge's answer to a conflict: drop the draft, or decide again on the server's current version. */
    void resolveConflict(long requestId, ConflictResolution resolution, ReviewDecision newDecision)
            throws DecisionRejectedException;

    // ------------------------------------------------------------ requests of every kind stored as views

    /**
     * The cached requests of {@code kind} (every built kind but 阅卷, whose queue is {@link #readingQueue}), newest
     * submission first, each with the user's actions still in the outbox. A request the server removed is left out
     * unless an action of the user refers to it.
     */
    <V extends RequestView> List<KindRow<V>> requests(RequestKind kind, Class<V> type);

    /**
     * {@link #requests} for a list: each view as {@link RequestView#listView} — without the fields too large to read
     * for every row (a 服务内容 body), which the cache keeps apart — so building a list never reads or parses them. Read
     * the request opened with {@link #request}.
     */
    @SuppressWarnings("unchecked")
    default <V extends RequestView> List<KindRow<V>> listRequests(RequestKind kind, Class<V> type) {
        return requests(kind, type).stream()
                .map(r -> type.isInstance(r.view().listView())
                        ? new KindRow<>((V) r.view().listView(), r.opened(), r.removed(), r.pending()) : r)
                .toList();
    }

    /** One request of a kind stored as a view, as in {@link #requests}. */
    <V extends RequestView> Optional<KindRow<V>> request(RequestRef ref, Class<V> type);

    /**
     * Commits a staff action to the outbox before returning: the body (a record with {@code idempotencyKey} and, for
     * a versioned op, {@code baseVersion}) gets a fresh key and the version it is based on, and is then uploaded exactly
     * once to {@link StaffOp#path}, also after a crash. The kind's screens check its rules first. Actions saved on one
     * state are sent in order, each on the version the previous one produced ({@code Outbox.rebase}).
     *
     * @throws DecisionRejectedException NOT_FOUND when the request is not in the cache; VERSION_CONFLICT when a
     *                                   refused versioned action of it waits for the user (answer that first)
     */
    PendingAction saveAction(RequestRef ref, StaffOp op, Object body) throws DecisionRejectedException;

    /**
     * Commits the creation of a request of {@code kind} by the user (a judge's new 证据交换, a 服务内容 item) to the
     * outbox before returning, like {@link #saveAction}: the body gets a fresh idempotency key and is uploaded exactly
     * once to {@code op}'s route, also after a crash or offline. Until the server confirms it the creation is named
     * {@code (kind, 0)} and listed by {@link #pendingCreations}; once confirmed the created request is cached and
     * appears in {@link #requests}.
     *
     * @throws IllegalArgumentException when {@code op} is not a {@link StaffOp#creation}
     */
    PendingAction saveCreation(RequestKind kind, StaffOp op, Object body);

    /**
     * Like {@link #saveAction}, for an action that carries files ({@link StaffOp#upload}): the files are checked
     * ({@link OutgoingFile#check}: none empty, none over {@link #maxFileBytes}), then the action and the files'
     * bytes are committed to the encrypted outbox together before returning, and sent as multipart exactly once with the
     * action's idempotency key. The files stay in the cache until the server confirms the action or the user discards it
     * ({@link #discardAction}); a refusal keeps them.
     *
     * @throws FileRejectedException a file cannot be queued (its {@code text()} says why); nothing is stored then
     */
    default PendingAction saveUpload(RequestRef ref, StaffOp op, Object body, List<OutgoingFile> files)
            throws DecisionRejectedException {
        throw new UnsupportedOperationException("this workspace queues no files");
    }

    /** {@link #saveCreation} with files ({@link StaffOp#uploadCreation}), checked and kept as {@link #saveUpload} says. */
    default PendingAction saveUploadCreation(RequestKind kind, StaffOp op, Object body, List<OutgoingFile> files)
            throws FileRejectedException {
        throw new UnsupportedOperationException("this workspace queues no files");
    }

    /**
     * Sends a refused action again as it was saved (same key, same files): the user's answer to a refusal they have
     * dealt with elsewhere (the server's state changed, a transient rule). False when it is not refused.
     */
    default boolean retryAction(long actionId) {
        return false;
    }

    /**
     * The cached feed entries of {@code kind} named {@code entry} (things of the kind that are not requests, kept up to
     * date by the sync through the changes feed, e.g. every hearing transcript of the user's cases), read as
     * {@code type}. From the cache only: works offline.
     */
    default <T> List<T> entries(RequestKind kind, String entry, Class<T> type) {
        return List.of();
    }

    /**
     * Commits a follow-up of a creation the server has not confirmed yet (an edit or 发布 of a new item written offline)
     * to the outbox: {@code op}'s action on the request the creation will make, sent once after it, on that request and
     * its version (the server's id is filled in with the creation's confirmation, in one transaction). Use it when the
     * creation itself cannot be changed any more ({@link ActionChange.Refusal#IN_FLIGHT}: it may be on the server) or
     * already has follow-ups; a never-sent creation is simply revised ({@link #reviseAction}). Dropping the creation
     * drops its follow-ups.
     *
     * @throws ActionChangeRefusedException GONE when the creation is no longer in the outbox (confirmed or dropped
     *                                      meanwhile: act on the created request instead); nothing is stored then
     */
    default PendingAction saveFollowUp(long creationActionId, StaffOp op, Object body) throws ActionChangeRefusedException {
        throw new ActionChangeRefusedException(ActionChange.REVISE, ActionChange.Refusal.GONE);
    }

    /** The follow-ups waiting for creation {@code creationActionId} ({@link #saveFollowUp}), in the order saved. */
    default List<PendingAction> followUps(long creationActionId) {
        return List.of();
    }

    /** The user's creations of {@code kind} not confirmed yet (waiting, or refused for the user to look at), oldest first. */
    List<PendingAction> pendingCreations(RequestKind kind);

    /** Drops an action from the outbox (unsent, or the user's answer to its refusal). */
    void discardAction(long actionId);

    /**
     * 修改后重发 of a refused staff action or creation of any kind, or the edit of one not sent yet ({@link
     * ActionChange#REVISE}): {@code body} (the kind's record, as for {@link #saveAction}) replaces the entry's body in
     * one transaction, keeping its place in the outbox and its idempotency key, and the entry is 待同步 again, uploaded
     * exactly once. A versioned action is based on the request's state as cached now (after a 409 the server's current
     * one, which the user was shown). Waits for a running sync cycle.
     *
     * @throws ActionChangeRefusedException GONE when the entry is no longer in the outbox, IN_FLIGHT when it was sent
     *                                      without an answer (it may be on the server); nothing changes then
     */
    default PendingAction reviseAction(long actionId, Object body) throws ActionChangeRefusedException {
        throw new ActionChangeRefusedException(ActionChange.REVISE, ActionChange.Refusal.GONE);
    }

    /**
     * 放弃 of a refused staff action or creation of any kind, or of one not sent yet ({@link ActionChange#ABANDON}): it
     * leaves the outbox and the server never gets it. Waits for a running sync cycle.
     *
     * @throws ActionChangeRefusedException as {@link #reviseAction}; nothing changes then
     */
    default void abandonAction(long actionId) throws ActionChangeRefusedException {
        throw new ActionChangeRefusedException(ActionChange.ABANDON, ActionChange.Refusal.GONE);
    }

    /**
     * Withdraws what was saved for {@code request} but never sent (a decision or a kind's action in 待同步, no upload
     * attempted): it leaves the outbox and the server never sees it. False when there is nothing to withdraw or it may
     * already have reached the server (sent, or tried once); then nothing changes. Waits for a running sync cycle.
     */
    default boolean withdrawPending(org.courtdesk.model.request.RequestRef request) {
        return false;
    }

    /** Remembers that the user opened a request of any kind. Local only. */
    void markOpened(RequestRef ref);

    /**
     * The largest file the server accepts for one material, as it last told ({@code GET /api/v1/limits}, kept in the
     * cache so it holds offline); {@link OutgoingFile#MAX_BYTES}, the server's default, until it has. Files are checked
     * against it before they are queued. Reads only the cache.
     */
    default long maxFileBytes() {
        return OutgoingFile.MAX_BYTES;
    }

    /**
     * A small value this user keeps on this workstation (which notices they have seen, a preference), inside the
     * encrypted cache, so it is per user and readable offline. Keys are the caller's; empty when never stored.
     */
    java.util.Optional<String> userValue(String key);

    /** Stores {@link #userValue}; committed before returning. */
    void putUserValue(String key, String value);

    SyncStatus syncStatus();

    /** Asks the sync service to pull and push now (returns at once). */
    void syncNow();

    void addListener(WorkspaceListener listener);

    void removeListener(WorkspaceListener listener);

    /** After {@link SyncStatus#sessionExpired()}: log in again with the password, keep the cache and outbox. */
    void reauthenticate(char[] password) throws LoginException;

    /** Stops sync, closes the cache. Pending decisions stay in the outbox for the next start. */
    @Override
    void close();
}

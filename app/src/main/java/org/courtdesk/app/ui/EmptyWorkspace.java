package org.courtdesk.app.ui;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.courtdesk.app.workspace.Conflict;
import org.courtdesk.app.workspace.ConflictResolution;
import org.courtdesk.app.workspace.DocumentUnavailableException;
import org.courtdesk.app.workspace.PendingDecision;
import org.courtdesk.app.workspace.ReadingQueueRow;
import org.courtdesk.app.workspace.SyncStatus;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.app.workspace.WorkspaceListener;
import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.api.UserInfo;

/** A workspace with nothing in it, for the packaging smoke run (opens the main window without a server). */
public final class EmptyWorkspace implements Workspace {

    @Override
    public UserInfo user() {
        return new UserInfo(0, "smoke", "Smoke", Role.JUDGE, null, true);
    }

    @Override
    public List<ReadingQueueRow> readingQueue() {
        return List.of();
    }

    @Override
    public Optional<ReadingRequestView> readingRequest(long id) {
        return Optional.empty();
    }

    @Override
    public Optional<PendingDecision> pendingDecision(long requestId) {
        return Optional.empty();
    }

    @Override
    public void markOpened(long requestId) {}

    @Override
    public <V extends org.courtdesk.model.api.RequestView> List<org.courtdesk.app.workspace.KindRow<V>> requests(
            org.courtdesk.model.request.RequestKind kind, Class<V> type) {
        return List.of();
    }

    @Override
    public <V extends org.courtdesk.model.api.RequestView> Optional<org.courtdesk.app.workspace.KindRow<V>> request(
            org.courtdesk.model.request.RequestRef ref, Class<V> type) {
        return Optional.empty();
    }

    @Override
    public org.courtdesk.app.workspace.PendingAction saveAction(org.courtdesk.model.request.RequestRef ref,
            org.courtdesk.app.workspace.StaffOp op, Object body)
            throws org.courtdesk.app.workspace.DecisionRejectedException {
        throw new org.courtdesk.app.workspace.DecisionRejectedException(
                List.of(org.courtdesk.model.api.ErrorCode.NOT_FOUND));
    }

    @Override
    public org.courtdesk.app.workspace.PendingAction saveCreation(org.courtdesk.model.request.RequestKind kind,
            org.courtdesk.app.workspace.StaffOp op, Object body) {
        throw new IllegalStateException("no workspace: nothing can be saved");
    }

    @Override
    public List<org.courtdesk.app.workspace.PendingAction> pendingCreations(org.courtdesk.model.request.RequestKind kind) {
        return List.of();
    }

    @Override
    public void discardAction(long actionId) {}

    @Override
    public void markOpened(org.courtdesk.model.request.RequestRef ref) {}

    @Override
    public java.util.Optional<String> userValue(String key) {
        return java.util.Optional.empty();
    }

    @Override
    public void putUserValue(String key, String value) {}

    @Override
    public PendingDecision saveDecision(long requestId, ReviewDecision decision) {
        return new PendingDecision(requestId, decision, Instant.now(), false, null);
    }

    @Override
    public byte[] document(String sha256) throws DocumentUnavailableException {
        throw new DocumentUnavailableException("empty workspace", null);
    }

    @Override
    public List<Conflict> conflicts() {
        return List.of();
    }

    @Override
    public void resolveConflict(long requestId, ConflictResolution resolution, ReviewDecision newDecision) {}

    @Override
    public Optional<org.courtdesk.app.workspace.PendingAttendance> pendingAttendance(long requestId) {
        return Optional.empty();
    }

    @Override
    public org.courtdesk.app.workspace.PendingAttendance saveAttendance(long requestId,
            org.courtdesk.model.api.AttendanceRecord record) {
        return new org.courtdesk.app.workspace.PendingAttendance(requestId, record, Instant.now(),
                org.courtdesk.app.outbox.OutboxState.PENDING, null, null);
    }

    @Override
    public void discardAttendance(long requestId) {}

    @Override
    public SyncStatus syncStatus() {
        return new SyncStatus(false, null, 0, 0, -1, null, false, null);
    }

    @Override
    public void syncNow() {}

    @Override
    public void addListener(WorkspaceListener listener) {}

    @Override
    public void removeListener(WorkspaceListener listener) {}

    @Override
    public void reauthenticate(char[] password) {}

    @Override
    public void close() {}
}

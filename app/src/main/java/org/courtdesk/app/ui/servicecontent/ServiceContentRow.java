package org.courtdesk.app.ui.servicecontent;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.servicecontent.ServiceContentCreate;
import org.courtdesk.model.servicecontent.ServiceContentForm;
import org.courtdesk.model.servicecontent.ServiceContentHtml;
import org.courtdesk.model.servicecontent.ServiceContentPublication;
import org.courtdesk.model.servicecontent.ServiceContentSave;
import org.courtdesk.model.servicecontent.ServiceContentView;

/**
 * One 服务内容 item as the list shows it, computed off the FX thread: the fields and status with the judge's unsent
 * 保存/发布 laid over the server's (what the judge last wrote is what they see), and whether something waits for upload
 * or was refused. A new item not confirmed by the server yet has no id ({@link #unconfirmed}): it comes from the
 * outbox's creation and cannot be edited again until it is.
 */
public record ServiceContentRow(long id, String applicationNo, ServiceContentForm form, String courtName,
                                RequestStatus shownStatus, Sync sync, Instant updatedAt, KindRow<ServiceContentView> source,
                                PendingAction creation) {

    /** What the 状态 column adds: nothing, 待同步, or the server's refusal (冲突 for a 409, 被拒 for a rule). */
    public enum Sync { NONE, PENDING, CONFLICT, REFUSED }

    /** An item the server has, with the user's actions on it. */
    public static ServiceContentRow of(KindRow<ServiceContentView> row) {
        ServiceContentView v = row.view();
        ServiceContentForm form = new ServiceContentForm(v.category(), v.title(), v.courtCode(), v.registeredOn(),
                v.bodyHtml());
        RequestStatus shown = v.status();
        Sync sync = Sync.NONE;
        Instant updated = v.updatedAt();
        for (PendingAction a : row.pending()) {
            if (a.needsUser()) {
                sync = a.state() == OutboxState.CONFLICT ? Sync.CONFLICT : Sync.REFUSED;
                continue;
            }
            if (sync == Sync.NONE) {
                sync = Sync.PENDING;
            }
            if (a.is(ServiceContentOps.SAVE)) {
                ServiceContentSave s = a.payloadAs(ServiceContentSave.class);
                form = s.form();
                shown = s.publish() ? RequestStatus.PUBLISHED : RequestStatus.DRAFT;
                updated = a.savedAt();
            } else if (a.is(ServiceContentOps.PUBLICATION)) {
                shown = a.payloadAs(ServiceContentPublication.class).published() ? RequestStatus.PUBLISHED : RequestStatus.DRAFT;
                updated = a.savedAt();
            }
        }
        return new ServiceContentRow(v.id(), v.applicationNo(), form, v.courtName(), shown, sync, updated, row, null);
    }

    /** A new item still in the outbox ({@code Workspace.pendingCreations}). */
    public static ServiceContentRow unconfirmed(PendingAction creation, Map<String, String> courtNames) {
        return unconfirmed(creation, List.of(), courtNames);
    }

    /**
     * A new item still in the outbox with the edits and 发布 saved after it as follow-ups ({@code Workspace.followUps}),
     * laid over it in order: what the judge last wrote is what they see.
     */
    public static ServiceContentRow unconfirmed(PendingAction creation, List<PendingAction> followUps,
                                                Map<String, String> courtNames) {
        ServiceContentCreate c = creation.payloadAs(ServiceContentCreate.class);
        ServiceContentForm f = c.form();
        RequestStatus shown = c.publish() ? RequestStatus.PUBLISHED : RequestStatus.DRAFT;
        Instant updated = creation.savedAt();
        Sync sync = !creation.needsUser() ? Sync.PENDING
                : creation.state() == OutboxState.CONFLICT ? Sync.CONFLICT : Sync.REFUSED;
        for (PendingAction a : followUps) {
            if (a.is(ServiceContentOps.SAVE)) {
                ServiceContentSave s = a.payloadAs(ServiceContentSave.class);
                f = s.form();
                shown = s.publish() ? RequestStatus.PUBLISHED : RequestStatus.DRAFT;
            } else if (a.is(ServiceContentOps.PUBLICATION)) {
                shown = a.payloadAs(ServiceContentPublication.class).published() ? RequestStatus.PUBLISHED
                        : RequestStatus.DRAFT;
            }
            updated = a.savedAt();
        }
        return new ServiceContentRow(0, null, f, courtNames.getOrDefault(f.courtCode(), f.courtCode()), shown, sync,
                updated, null, creation);
    }

    public boolean unconfirmed() {
        return creation != null;
    }

    public RequestRef ref() {
        return RequestRef.of(RequestKind.SERVICE_CONTENT, id);
    }

    public boolean opened() {
        return source == null || source.opened();
    }

    /** The server's view (null for an unconfirmed item). */
    public ServiceContentView view() {
        return source == null ? null : source.view();
    }

    /** The body's text (for search), where the row has the body (an unsent 新增 or 保存); list rows of the cache have none. */
    public String text() {
        return form.bodyHtml() == null ? "" : ServiceContentHtml.text(form.bodyHtml());
    }

    /** Whether the row carries the body (the editor needs it; a list row from the cache does not). */
    public boolean hasBody() {
        return form.bodyHtml() != null;
    }

    /** The refused action the user must answer, if any. */
    public PendingAction refused() {
        if (creation != null) {
            return creation.needsUser() ? creation : null;
        }
        return source.pending().stream().filter(PendingAction::needsUser).findFirst().orElse(null);
    }
}

package org.courtdesk.app.ui.servicecontent;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.workspace.ActionChange;
import org.courtdesk.app.workspace.ActionChangeRefusedException;
import org.courtdesk.app.workspace.DecisionRejectedException;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.servicecontent.ServiceContentCategory;
import org.courtdesk.model.servicecontent.ServiceContentCreate;
import org.courtdesk.model.servicecontent.ServiceContentForm;
import org.courtdesk.model.servicecontent.ServiceContentHtml;
import org.courtdesk.model.servicecontent.ServiceContentPublication;
import org.courtdesk.model.servicecontent.ServiceContentRules;
import org.courtdesk.model.servicecontent.ServiceContentSave;
import org.courtdesk.model.servicecontent.ServiceContentView;

/**
 * 新增服务内容 and its edit, without controls (spec-004 §9, fig. 114–144): the fields (类别, 标题, 发布法院, 登记时间,
 * the body as the HTML editor holds it), 保存 (未发布) and 发布 through the outbox — a new item as a creation, an
 * existing one as an action on the version the judge edited — 预览 as the page lawyers will see (the shared
 * {@link ServiceContentHtml#page} of the sanitised body), and 设置发布 / 取消发布 of a row of the list. The rules are the
 * shared ones, checked here first; the outbox write runs on {@code worker}, its outcome comes back on {@code ui}.
 */
public final class ServiceContentEditorModel {

    private final Workspace workspace;
    private final Executor worker;
    private final Executor ui;
    private final Supplier<Map<String, String>> courts;

    private final ObjectProperty<ServiceContentCategory> category = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty courtCode = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> registeredOn = new SimpleObjectProperty<>();
    private final StringProperty bodyHtml = new SimpleStringProperty("");
    private final ObjectProperty<ServiceContentRow> editing = new SimpleObjectProperty<>();
    private final BooleanProperty open = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObservableList<String> errors = FXCollections.observableArrayList();
    private final ObjectProperty<PendingAction> revising = new SimpleObjectProperty<>();
    private final StringProperty bodySize = new SimpleStringProperty("");
    private final BooleanProperty bodyOver = new SimpleBooleanProperty();

    /** @param courts the 发布法院 the judge may choose (code → name), read when checking and previewing */
    public ServiceContentEditorModel(Workspace workspace, Executor worker, Executor ui, Supplier<Map<String, String>> courts) {
        this.workspace = workspace;
        this.worker = worker;
        this.ui = ui;
        this.courts = courts;
        // A refusal's words go once the judge changes what it was about.
        category.addListener((o, a, b) -> errors.clear());
        title.addListener((o, a, b) -> errors.clear());
        courtCode.addListener((o, a, b) -> errors.clear());
        registeredOn.addListener((o, a, b) -> errors.clear());
        bodyHtml.addListener((o, a, b) -> measureBody());
        measureBody();
    }

    private final java.util.concurrent.atomic.AtomicLong measured = new java.util.concurrent.atomic.AtomicLong();

    /**
     * The sanitised body's size beside the limit (what the server will count), shown before saving; sanitising a
     * large body takes a moment, so on {@code worker}, the newest body's answer only.
     */
    private void measureBody() {
        String html = bodyHtml.get();
        long turn = measured.incrementAndGet();
        worker.execute(() -> {
            int bytes = ServiceContentRules.bodyBytes(ServiceContentHtml.sanitize(html));
            ui.execute(() -> {
                if (measured.get() == turn) {
                    showSize(bytes);
                }
            });
        });
    }

    private void showSize(int bytes) {
        boolean over = bytes > ServiceContentRules.MAX_BODY_BYTES;
        bodyOver.set(over);
        bodySize.set(Messages.format(over ? "servicecontent.body.size.over" : "servicecontent.body.size", size(bytes),
                size(ServiceContentRules.MAX_BODY_BYTES), size(bytes - ServiceContentRules.MAX_BODY_BYTES)));
    }

    /** {@code bytes} as KB or MB (binary units: the limit is 1 MB = 1,024 KB). */
    static String size(long bytes) {
        if (bytes < 1024L * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.2f MB", bytes / (1024.0 * 1024.0));
    }

    public ObjectProperty<ServiceContentCategory> categoryProperty() { return category; }
    public StringProperty titleProperty() { return title; }
    public StringProperty courtCodeProperty() { return courtCode; }
    public ObjectProperty<LocalDate> registeredOnProperty() { return registeredOn; }
    /** The body as the editor holds it (the view copies the HTML editor's text here before 保存, 发布 and 预览). */
    public StringProperty bodyHtmlProperty() { return bodyHtml; }
    /** The row being edited; null for a new item. */
    public ObjectProperty<ServiceContentRow> editingProperty() { return editing; }
    /** Whether the editor is on screen (else the list). */
    public BooleanProperty openProperty() { return open; }
    public BooleanProperty savingProperty() { return saving; }
    /** The last outcome, for the list's status line (已保存，待同步 …). */
    public StringProperty noticeProperty() { return notice; }
    public ObservableList<String> errors() { return errors; }
    /**
     * The outbox entry a 保存/发布 replaces ({@link Workspace#reviseAction}): a new item not sent yet or refused, or a
     * refused 保存 of an item. Null when saving adds a new entry.
     */
    public ObjectProperty<PendingAction> revisingProperty() { return revising; }
    /** 正文 12.5 KB，至多 1.00 MB (the sanitised body, as the server counts it). */
    public StringProperty bodySizeProperty() { return bodySize; }
    /** Whether the sanitised body is over {@link ServiceContentRules#MAX_BODY_BYTES}. */
    public BooleanProperty bodyOverProperty() { return bodyOver; }

    /** 新增: an empty item of the judge's court, registered today. */
    public void startNew(LocalDate today, String ownCourt) {
        editing.set(null);
        revising.set(null);
        category.set(ServiceContentCategory.NOTICE);
        title.set("");
        courtCode.set(ownCourt);
        registeredOn.set(today);
        bodyHtml.set("");
        errors.clear();
        open.set(true);
    }

    /**
     * 编辑 of a row (未发布 or 已发布: both may be edited; the editor's 保存 then takes a published one back, 发布 keeps
     * it public). A new item the server has not confirmed yet is edited in the outbox: its 保存 replaces the body
     * waiting there (sent once; refused while an upload of it is unanswered). An item whose last change was refused is
     * answered from the refusal bar (修改后重发 or 放弃); false then, with the reason in {@link #noticeProperty}.
     */
    public boolean startEdit(ServiceContentRow row) {
        if (row == null) {
            return false;
        }
        if (row.unconfirmed()) {
            // A new item not confirmed yet: the editor shows what the judge last wrote (the 新增 with its follow-ups);
            // 保存/发布 change the waiting 新增, or follow it once it may be on the server (see save).
            return open(null, row.form(), row.creation());
        }
        if (row.refused() != null) {
            notice.set(Messages.get("servicecontent.notice.refused"));
            return false;
        }
        // The list's row has no body (issue 12): the item opened is read in full, with the judge's unsent 保存 over it.
        ServiceContentRow full = row;
        if (!row.hasBody()) {
            full = workspace.request(row.ref(), ServiceContentView.class).map(ServiceContentRow::of).orElse(null);
            if (full == null) {
                notice.set(Messages.get("servicecontent.error.open"));
                return false;
            }
        }
        return open(full, full.form(), null);
    }

    /**
     * 修改后重发 of {@code action} of {@code row}: a new item (waiting or refused) or a refused 保存 opens the editor with
     * the body the judge sent, its 保存/发布 replacing that entry; a refused 设置发布/取消发布 is sent again as it was.
     */
    public boolean startRevise(PendingAction action, ServiceContentRow row) {
        if (action == null || row == null) {
            return false;
        }
        if (action.is(ServiceContentOps.CREATE)) {
            ServiceContentCreate c = action.payloadAs(ServiceContentCreate.class);
            return open(null, c.form(), action);
        }
        if (action.is(ServiceContentOps.SAVE)) {
            return open(row, action.payloadAs(ServiceContentSave.class).form(), action);
        }
        if (action.is(ServiceContentOps.PUBLICATION)) {
            boolean published = action.payloadAs(ServiceContentPublication.class).published();
            worker.execute(() -> {
                String text;
                try {
                    workspace.reviseAction(action.id(), new ServiceContentPublication(null, 0, published));
                    text = Messages.get("servicecontent.notice.revised");
                } catch (ActionChangeRefusedException e) {
                    text = Messages.get(e.messageKey());
                } catch (RuntimeException e) {
                    text = Messages.get("servicecontent.error.save");
                }
                String shown = text;
                ui.execute(() -> notice.set(shown));
            });
            return true;
        }
        return false;
    }

    private boolean open(ServiceContentRow row, ServiceContentForm f, PendingAction replacing) {
        revising.set(replacing);
        editing.set(row);
        category.set(f.category());
        title.set(f.title());
        courtCode.set(f.courtCode());
        registeredOn.set(f.registeredOn());
        bodyHtml.set(f.bodyHtml());
        errors.clear();
        open.set(true);
        return true;
    }

    /** 返回: leaves the editor (what was not saved is dropped). */
    public void close() {
        open.set(false);
        revising.set(null);
        errors.clear();
    }

    /** The form as it would be stored: title stripped, body sanitised. */
    public ServiceContentForm form() {
        return ServiceContentRules.normalised(new ServiceContentForm(category.get(), title.get(), courtCode.get(),
                registeredOn.get(), bodyHtml.get()));
    }

    /** 预览: the page lawyers will see for the fields as they are now (the server's page of the same sanitised body). */
    public String previewPage() {
        ServiceContentForm f = form();
        String court = f.courtCode() == null ? null : courts.get().getOrDefault(f.courtCode(), f.courtCode());
        return ServiceContentHtml.page(f.category(), f.title(), court, f.registeredOn(), f.bodyHtml());
    }

    /**
     * 保存 ({@code publish} false: 未发布) or 发布: checks the shared rules, then commits to the outbox off the FX thread
     * and leaves the editor with a notice. False (with {@link #errors}) when a rule refuses it. Call on the FX thread.
     */
    public boolean save(boolean publish) {
        errors.clear();
        if (saving.get()) {
            return false;
        }
        ServiceContentForm f = form();
        Map<String, String> known = courts.get();
        List<ServiceContentRules.Violation> broken = ServiceContentRules.check(f, known::containsKey);
        if (!broken.isEmpty()) {
            errors.setAll(new LinkedHashSet<>(broken.stream().map(v -> v.code() == org.courtdesk.model.api.ErrorCode.TEXT_TOO_LONG
                    ? Messages.format("servicecontent.error.titleTooLong", ServiceContentRules.MAX_TITLE_LENGTH)
                    : v.code() == org.courtdesk.model.api.ErrorCode.SERVICE_CONTENT_BODY_TOO_LONG
                    ? Messages.format("servicecontent.error.bodyTooLong", size(ServiceContentRules.bodyBytes(f.bodyHtml())),
                            size(ServiceContentRules.MAX_BODY_BYTES),
                            size(ServiceContentRules.bodyBytes(f.bodyHtml()) - ServiceContentRules.MAX_BODY_BYTES))
                    : Messages.error(v.code())).toList()));
            return false;
        }
        ServiceContentRow row = editing.get();
        PendingAction replacing = revising.get();
        saving.set(true);
        worker.execute(() -> {
            String outcome;
            boolean ok = true;
            try {
                if (replacing != null && replacing.is(ServiceContentOps.CREATE)) {
                    changeCreation(replacing, new ServiceContentCreate(null, f, publish), ServiceContentOps.SAVE,
                            new ServiceContentSave(null, 0, f, publish));
                } else if (replacing != null) {
                    workspace.reviseAction(replacing.id(), new ServiceContentSave(null, 0, f, publish));
                } else if (row == null) {
                    workspace.saveCreation(RequestKind.SERVICE_CONTENT, ServiceContentOps.CREATE,
                            new ServiceContentCreate(null, f, publish));
                } else {
                    workspace.saveAction(row.ref(), ServiceContentOps.SAVE, new ServiceContentSave(null, 0, f, publish));
                }
                outcome = Messages.get(replacing != null ? "servicecontent.notice.revised"
                        : publish ? "servicecontent.notice.published" : "servicecontent.notice.saved");
            } catch (ActionChangeRefusedException e) {
                ok = false;
                outcome = Messages.get(e.messageKey());
            } catch (DecisionRejectedException e) {
                ok = false;
                outcome = e.problems().stream().map(Messages::error).findFirst().orElse(Messages.get("servicecontent.error.save"));
            } catch (RuntimeException e) {
                ok = false;
                outcome = Messages.get("servicecontent.error.save");
            }
            boolean done = ok;
            String text = outcome;
            ui.execute(() -> {
                saving.set(false);
                if (done) {
                    notice.set(text);
                    open.set(false);
                } else {
                    errors.setAll(text);
                }
            });
        });
        return true;
    }

    /**
     * A change of a new item the server has not confirmed yet, all offline too: while its 新增 was never sent and has no
     * follow-ups, the 新增 itself takes {@code revised} (one upload); once it may be on the server (an upload was tried
     * and its answer lost: IN_FLIGHT) or already has follow-ups, {@code followUp} goes after it as {@code op}, on the
     * item the server creates (sent once, in order). Runs on the worker.
     */
    private void changeCreation(PendingAction creation, ServiceContentCreate revised, org.courtdesk.app.workspace.StaffOp op,
                                Object followUp) throws ActionChangeRefusedException {
        if (workspace.followUps(creation.id()).isEmpty()) {
            try {
                workspace.reviseAction(creation.id(), revised);
                return;
            } catch (ActionChangeRefusedException e) {
                if (e.reason() != ActionChange.Refusal.IN_FLIGHT) {
                    throw e;
                }
            }
        }
        workspace.saveFollowUp(creation.id(), op, followUp);
    }

    /** 设置发布 ({@code published} true) or 取消发布 of a list row, through the outbox. False when not offered. */
    public boolean setPublished(ServiceContentRow row, boolean published) {
        if (row != null && row.unconfirmed() && row.refused() == null
                && (row.shownStatus() == RequestStatus.PUBLISHED) != published) {
            // A new item not confirmed yet: its 新增 takes the status, or a follow-up does (see changeCreation).
            ServiceContentForm form = row.form();
            PendingAction creation = row.creation();
            worker.execute(() -> {
                String text;
                try {
                    changeCreation(creation, new ServiceContentCreate(null, form, published), ServiceContentOps.PUBLICATION,
                            new ServiceContentPublication(null, 0, published));
                    text = Messages.get(published ? "servicecontent.notice.published" : "servicecontent.notice.withdrawn");
                } catch (ActionChangeRefusedException e) {
                    text = Messages.get(e.messageKey());
                } catch (RuntimeException e) {
                    text = Messages.get("servicecontent.error.save");
                }
                String shown = text;
                ui.execute(() -> notice.set(shown));
            });
            return true;
        }
        if (row == null || row.unconfirmed() || row.refused() != null
                || (row.shownStatus() == RequestStatus.PUBLISHED) == published) {
            return false;
        }
        worker.execute(() -> {
            String text;
            try {
                workspace.saveAction(row.ref(), ServiceContentOps.PUBLICATION, new ServiceContentPublication(null, 0, published));
                text = Messages.get(published ? "servicecontent.notice.published" : "servicecontent.notice.withdrawn");
            } catch (DecisionRejectedException e) {
                text = e.problems().stream().map(Messages::error).findFirst().orElse(Messages.get("servicecontent.error.save"));
            } catch (RuntimeException e) {
                text = Messages.get("servicecontent.error.save");
            }
            String shown = text;
            ui.execute(() -> notice.set(shown));
        });
        return true;
    }
}

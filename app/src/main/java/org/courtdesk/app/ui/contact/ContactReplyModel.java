package org.courtdesk.app.ui.contact;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
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
import org.courtdesk.app.workspace.DecisionRejectedException;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.contact.ContactReply;
import org.courtdesk.model.contact.ContactResult;
import org.courtdesk.model.contact.ContactRules;
import org.courtdesk.model.contact.ContactWay;

/**
 * 答复约见请求 of one request without controls (spec-004 §11: ① 预约答复结果, ② 答复内容, ③ 提交答复): the result; for
 * 同意约见 the meeting's date, time, place and way; the 答复内容 (F2: the court's standard sentences). Checked with
 * {@link ContactRules#checkReply} against this workstation's now, then committed to the outbox off the FX thread (so it
 * works offline; the server checks again with its own clock when it arrives).
 */
public final class ContactReplyModel {

    private final Workspace workspace;
    private final Executor worker;
    private final Executor ui;
    private final Supplier<LocalDateTime> now;

    private final ObjectProperty<ContactResult> result = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> meetingDate = new SimpleObjectProperty<>();
    private final StringProperty meetingTime = new SimpleStringProperty("09:30");
    private final StringProperty place = new SimpleStringProperty("");
    private final ObjectProperty<ContactWay> way = new SimpleObjectProperty<>(ContactWay.IN_PERSON);
    private final StringProperty content = new SimpleStringProperty("");
    private final BooleanProperty offered = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObservableList<String> errors = FXCollections.observableArrayList();

    private ContactRow row;

    public ContactReplyModel(Workspace workspace, Executor worker, Executor ui, Supplier<LocalDateTime> now) {
        this.workspace = workspace;
        this.worker = worker;
        this.ui = ui;
        this.now = now;
        result.addListener((o, a, b) -> errors.clear()); // a new choice answers what the last refusal said
    }

    public ObjectProperty<ContactResult> resultProperty() { return result; }
    public ObjectProperty<LocalDate> meetingDateProperty() { return meetingDate; }
    public StringProperty meetingTimeProperty() { return meetingTime; }
    public StringProperty placeProperty() { return place; }
    public ObjectProperty<ContactWay> wayProperty() { return way; }
    public StringProperty contentProperty() { return content; }
    public BooleanProperty offeredProperty() { return offered; }
    public BooleanProperty savingProperty() { return saving; }
    public StringProperty noticeProperty() { return notice; }
    public ObservableList<String> errors() { return errors; }

    public ContactRow row() {
        return row;
    }

    /**
     * Shows a request: a reply is offered while it is 待答复 here and on the server. A new request starts with the
     * applicant's first proposed time and way, so agreeing to it is two keys and the content.
     */
    public void load(ContactRow r) {
        boolean same = row != null && r != null && row.id() == r.id();
        row = r;
        errors.clear();
        if (!same) {
            notice.set("");
            result.set(null);
            content.set("");
            place.set("");
            if (r != null && r.view().proposedTimes() != null && !r.view().proposedTimes().isEmpty()) {
                LocalDateTime first = r.view().proposedTimes().get(0);
                meetingDate.set(first.toLocalDate());
                meetingTime.set(String.format("%02d:%02d", first.getHour(), first.getMinute()));
            } else {
                meetingDate.set(null);
                meetingTime.set("09:30");
            }
            way.set(r == null || r.view().way() == null ? ContactWay.IN_PERSON : r.view().way());
        }
        offered.set(r != null && r.answerable());
        if (r != null && r.sync() == ContactRow.Sync.PENDING && notice.get().isEmpty()) {
            notice.set(Messages.get("contact.notice.unsent"));
        }
    }

    /** The meeting time the form holds, or null when the date is empty or the time unreadable. */
    public LocalDateTime meetingAt() {
        if (meetingDate.get() == null) {
            return null;
        }
        try {
            return meetingDate.get().atTime(LocalTime.parse(meetingTime.get() == null ? "" : meetingTime.get().strip()));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Checks and saves the reply; false (with {@link #errors}) when the rules refuse it. Call on the FX thread. */
    public boolean save(Runnable onSaved) {
        errors.clear();
        notice.set("");
        if (row == null || saving.get()) {
            return false;
        }
        if (!offered.get()) {
            errors.setAll(Messages.get("contact.locked"));
            return false;
        }
        ContactResult r = result.get();
        boolean agree = r == ContactResult.AGREE;
        if (agree && meetingDate.get() != null && meetingAt() == null) {
            errors.setAll(Messages.get("contact.time.invalid"));
            return false;
        }
        ContactReply body = new ContactReply(UUID.randomUUID(), row.view().version(), r, agree ? meetingAt() : null,
                agree ? strip(place.get()) : null, agree ? way.get() : null, strip(content.get()));
        List<ContactRules.Violation> broken = ContactRules.checkReply(body, now.get());
        if (!broken.isEmpty()) {
            errors.setAll(new LinkedHashSet<>(broken.stream()
                    .map(v -> v.detail() != null ? v.detail() : Messages.error(v.code())).toList()));
            return false;
        }
        var ref = row.ref();
        saving.set(true);
        worker.execute(() -> {
            try {
                workspace.saveAction(ref, ContactOps.REPLY, body);
                ui.execute(() -> {
                    saving.set(false);
                    offered.set(false);
                    notice.set(Messages.format("contact.notice.saved", Messages.get("contact.result." + r.name())));
                    if (onSaved != null) {
                        onSaved.run();
                    }
                });
            } catch (DecisionRejectedException e) {
                ui.execute(() -> {
                    saving.set(false);
                    errors.setAll(new LinkedHashSet<>(e.problems().stream().map(Messages::error).toList()));
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    saving.set(false);
                    errors.setAll(Messages.format("contact.saveFailed", String.valueOf(e.getMessage())));
                });
            }
        });
        return true;
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

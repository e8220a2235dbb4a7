package org.courtdesk.app.ui.reading;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
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
import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.workspace.AttendanceRejectedException;
import org.courtdesk.app.workspace.PendingAttendance;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.api.AttendanceRecord;
import org.courtdesk.model.api.OnSiteVisit;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.ReviewInfo;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReadingRules;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.model.request.RequestStatus;

/**
 * 现场阅卷登记 without controls: 是否到场, 借阅时间 and 还卷时间 (a date and an HH:mm time each) of an approved on-site
 * 阅卷申请. Checked with the shared {@link ReadingRules#checkAttendance} against this workstation's clock before
 * anything is saved; saved to the workspace (the outbox) off the FX thread.
 */
public final class AttendanceFormModel {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Workspace workspace;
    private final Executor worker;
    private final Executor ui;
    private final Supplier<LocalDateTime> now;

    /** Yes, no, or not chosen yet (null). */
    private final ObjectProperty<Boolean> attended = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> borrowedDate = new SimpleObjectProperty<>();
    private final StringProperty borrowedTime = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> returnedDate = new SimpleObjectProperty<>();
    private final StringProperty returnedTime = new SimpleStringProperty("");
    private final BooleanProperty applicable = new SimpleBooleanProperty(false);
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObservableList<String> errors = FXCollections.observableArrayList();

    private ReadingRequestView request;
    /** The clerk changed a field since the last load: a background reload keeps the draft. */
    private boolean dirty;
    private boolean loading;

    /** @param now the court's local time by this workstation's clock */
    public AttendanceFormModel(Workspace workspace, Executor worker, Executor ui, Supplier<LocalDateTime> now) {
        this.workspace = workspace;
        this.worker = worker;
        this.ui = ui;
        this.now = now;
        attended.addListener((o, a, b) -> touched());
        borrowedDate.addListener((o, a, b) -> touched());
        borrowedTime.addListener((o, a, b) -> touched());
        returnedDate.addListener((o, a, b) -> touched());
        returnedTime.addListener((o, a, b) -> touched());
        // 否: no times to record.
        attended.addListener((o, a, b) -> {
            if (Boolean.FALSE.equals(b)) {
                borrowedDate.set(null);
                borrowedTime.set("");
                returnedDate.set(null);
                returnedTime.set("");
            }
        });
    }

    public ObjectProperty<Boolean> attendedProperty() { return attended; }
    public ObjectProperty<LocalDate> borrowedDateProperty() { return borrowedDate; }
    public StringProperty borrowedTimeProperty() { return borrowedTime; }
    public ObjectProperty<LocalDate> returnedDateProperty() { return returnedDate; }
    public StringProperty returnedTimeProperty() { return returnedTime; }
    /** The request is an approved on-site one: the section is shown. */
    public BooleanProperty applicableProperty() { return applicable; }
    public BooleanProperty savingProperty() { return saving; }
    public StringProperty noticeProperty() { return notice; }
    public ObservableList<String> errors() { return errors; }

    public ReadingRequestView request() {
        return request;
    }

    private void touched() {
        if (!loading) {
            dirty = true;
        }
    }

    /** Whether a visit can be recorded for it: approved (or 已过期 after its window) for on-site reading. */
    public static boolean applicable(ReadingRequestView v) {
        ReviewInfo r = v == null ? null : v.review();
        return v != null && (v.status() == RequestStatus.APPROVED || v.status() == RequestStatus.EXPIRED)
                && r != null && r.opinion() == ReviewOpinion.AGREE && r.mode() == ReadingMode.ON_SITE;
    }

    /**
     * Shows a request: its record waiting in the outbox, else the visit as the server has it. A reload of the same
     * request while the clerk is typing keeps the draft and only updates where it stands.
     */
    public void load(ReadingRequestView view, PendingAttendance pending) {
        boolean sameRequest = request != null && view != null && request.id() == view.id();
        this.request = view;
        applicable.set(applicable(view));
        notice.set("");
        if (sameRequest && dirty && !saving.get()) {
            return;
        }
        errors.clear();
        loading = true;
        try {
            if (pending != null) {
                fill(pending.record().attended(), pending.record().borrowedAt(), pending.record().returnedAt());
            } else if (view != null && view.visit() != null) {
                OnSiteVisit v = view.visit();
                fill(v.attended(), v.borrowedAt(), v.returnedAt());
            } else {
                fill(null, null, null);
            }
        } finally {
            loading = false;
        }
        dirty = false;
        if (pending != null) {
            if (pending.state() == OutboxState.PENDING) {
                notice.set(Messages.get("attendance.saved"));
            } else if (pending.state() == OutboxState.CONFLICT) {
                errors.setAll(Messages.get("attendance.conflict"));
            } else {
                String reason = pending.lastError() != null && !pending.lastError().isBlank() ? pending.lastError()
                        : pending.errorCode() != null ? Messages.error(pending.errorCode()) : "";
                errors.setAll(Messages.format("attendance.refused", reason));
            }
        }
    }

    /** After a conflict: record again on the server's current version, starting from my old draft. */
    public void loadForRerecord(ReadingRequestView current, AttendanceRecord myDraft) {
        load(current, null);
        if (myDraft != null && applicable.get()) {
            fill(myDraft.attended(), myDraft.borrowedAt(), myDraft.returnedAt());
            dirty = true;
        }
    }

    private void fill(Boolean yes, LocalDateTime borrowed, LocalDateTime returned) {
        attended.set(yes);
        borrowedDate.set(borrowed == null ? null : borrowed.toLocalDate());
        borrowedTime.set(borrowed == null ? "" : TIME.format(borrowed));
        returnedDate.set(returned == null ? null : returned.toLocalDate());
        returnedTime.set(returned == null ? "" : TIME.format(returned));
    }

    /**
     * The form's record checked with the shared rules on this workstation's clock: the messages to show (empty =
     * valid). A time that cannot be read, or half of a date and time, is refused before the rules.
     */
    public List<String> validate() {
        List<String> problems = new ArrayList<>();
        if (request == null || !applicable.get()) {
            problems.add(Messages.error(org.courtdesk.model.api.ErrorCode.NOT_ON_SITE));
            return problems;
        }
        if (attended.get() == null) {
            problems.add(Messages.get("attendance.error.attendedRequired"));
            return problems;
        }
        LocalDateTime borrowed = dateTime(borrowedDate.get(), borrowedTime.get(), "attendance.borrowedAt", problems);
        LocalDateTime returned = dateTime(returnedDate.get(), returnedTime.get(), "attendance.returnedAt", problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        ReviewInfo r = request.review();
        for (ReadingRules.Violation v : ReadingRules.checkAttendance(record(borrowed, returned), r.onSiteStart(),
                r.onSiteEnd(), now.get())) {
            problems.add(text(v));
        }
        return problems;
    }

    /** The rule's own precise Chinese sentence when it has one, else the code's words in the screen's language. */
    static String text(ReadingRules.Violation v) {
        return v.detail() != null ? v.detail() : Messages.error(v.code());
    }

    private AttendanceRecord record(LocalDateTime borrowed, LocalDateTime returned) {
        return new AttendanceRecord(null, request == null ? 0 : request.version(), Boolean.TRUE.equals(attended.get()),
                borrowed, returned);
    }

    /** The record as the form holds it (key and base version are the workspace's to set). */
    public AttendanceRecord toRecord() {
        List<String> ignored = new ArrayList<>();
        return record(dateTime(borrowedDate.get(), borrowedTime.get(), "attendance.borrowedAt", ignored),
                dateTime(returnedDate.get(), returnedTime.get(), "attendance.returnedAt", ignored));
    }

    private static LocalDateTime dateTime(LocalDate date, String time, String fieldKey, List<String> problems) {
        boolean noTime = time == null || time.isBlank();
        if (date == null && noTime) {
            return null;
        }
        if (date == null || noTime) {
            problems.add(Messages.format("attendance.error.incomplete", Messages.get(fieldKey)));
            return null;
        }
        try {
            return date.atTime(LocalTime.parse(time.strip(), TIME));
        } catch (DateTimeParseException e) {
            problems.add(Messages.format("attendance.error.time", Messages.get(fieldKey)));
            return null;
        }
    }

    /**
     * Validates, then saves off the FX thread; {@code onSaved} runs on the FX thread once the record is committed to
     * the outbox. When invalid the errors say why and nothing is queued.
     */
    public boolean save(Consumer<PendingAttendance> onSaved) {
        errors.clear();
        notice.set("");
        if (saving.get()) {
            return false;
        }
        List<String> problems = validate();
        if (!problems.isEmpty()) {
            errors.setAll(problems);
            return false;
        }
        AttendanceRecord record = toRecord();
        long id = request.id();
        saving.set(true);
        worker.execute(() -> {
            try {
                PendingAttendance saved = workspace.saveAttendance(id, record);
                ui.execute(() -> {
                    saving.set(false);
                    dirty = false;
                    notice.set(Messages.get("attendance.saved"));
                    if (onSaved != null) {
                        onSaved.accept(saved);
                    }
                });
            } catch (AttendanceRejectedException e) {
                List<String> texts = e.problems().stream().map(AttendanceFormModel::text).distinct().toList();
                ui.execute(() -> {
                    saving.set(false);
                    errors.setAll(texts);
                });
            } catch (Throwable t) {
                ui.execute(() -> {
                    saving.set(false);
                    errors.setAll(Messages.format("attendance.saveFailed", String.valueOf(t.getMessage())));
                });
            }
        });
        return true;
    }
}

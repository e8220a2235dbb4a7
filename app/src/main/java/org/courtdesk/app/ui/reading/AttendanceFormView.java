package org.courtdesk.app.ui.reading;

import java.time.LocalDate;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * 现场阅卷登记 in the detail pane of an approved on-site 阅卷申请. Keyboard: Tab walks 是 / 否 (one stop; arrow keys
 * move, Space chooses), the date fields (typed as 2026-11-23), the time fields (09:30) and 保存登记; Enter in a date or time field saves. All
 * state lives in {@link AttendanceFormModel}.
 */
public final class AttendanceFormView extends VBox {

    private final ToggleBinder toggles = new ToggleBinder();
    private final AttendanceFormModel model;
    private final ToggleButton yes = new ToggleButton();
    private final ToggleButton no = new ToggleButton();
    private final DatePicker borrowedDate = datePicker("attendance-borrowed-date");
    private final TextField borrowedTime = timeField("attendance-borrowed-time");
    private final DatePicker returnedDate = datePicker("attendance-returned-date");
    /** Typed dates are the saved dates; a refusal sits under its field (issue 13). */
    private final org.courtdesk.app.ui.form.FormFields fields = new org.courtdesk.app.ui.form.FormFields();
    private final TextField returnedTime = timeField("attendance-returned-time");
    private final Button save = new Button();

    public AttendanceFormView(AttendanceFormModel model, Runnable onSave) {
        this.model = model;
        setId("attendance-form");
        getStyleClass().add("detail-section");
        setSpacing(8);

        Label title = new Label(Messages.get("attendance.title"));
        title.getStyleClass().add("section-title");

        ToggleGroup group = new ToggleGroup();
        yes.setId("attendance-yes");
        yes.setText(Messages.get("detail.yes"));
        yes.getStyleClass().add(Styles.LEFT_PILL);
        no.setId("attendance-no");
        no.setText(Messages.get("detail.no"));
        no.getStyleClass().add(Styles.RIGHT_PILL);
        yes.setToggleGroup(group);
        no.setToggleGroup(group);
        yes.setUserData(Boolean.TRUE);
        no.setUserData(Boolean.FALSE);
        toggles.bind(group, model.attendedProperty());

        borrowedDate.valueProperty().bindBidirectional(model.borrowedDateProperty());
        returnedDate.valueProperty().bindBidirectional(model.returnedDateProperty());
        borrowedTime.textProperty().bindBidirectional(model.borrowedTimeProperty());
        returnedTime.textProperty().bindBidirectional(model.returnedTimeProperty());
        // Times only for a visit that happened.
        var notAttended = model.attendedProperty().isNotEqualTo(Boolean.TRUE);
        for (var n : new javafx.scene.Node[] {borrowedDate, borrowedTime, returnedDate, returnedTime}) {
            n.disableProperty().bind(notAttended.or(model.savingProperty()));
            n.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    if (commit()) {
                        onSave.run();
                    }
                    e.consume();
                }
            });
        }

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        HBox choice = new HBox(0, yes, no);
        HBox borrowed = new HBox(8, fields.date(borrowedDate, Messages.get("attendance.borrowedAt")), borrowedTime);
        borrowed.setAlignment(Pos.TOP_LEFT);
        HBox returned = new HBox(8, fields.date(returnedDate, Messages.get("attendance.returnedAt")), returnedTime);
        returned.setAlignment(Pos.TOP_LEFT);
        grid.addRow(0, label("detail.attended"), choice);
        grid.addRow(1, label("attendance.borrowedAt"), borrowed);
        grid.addRow(2, label("attendance.returnedAt"), returned);

        save.setId("attendance-save");
        save.setText(Messages.get("attendance.save"));
        save.setGraphic(Icons.of(MaterialDesignC.CONTENT_SAVE_OUTLINE, 16));
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.disableProperty().bind(model.savingProperty());
        save.setOnAction(e -> {
            if (commit()) {
                onSave.run();
            }
        });
        ProgressIndicator saving = new ProgressIndicator();
        saving.setPrefSize(16, 16);
        saving.visibleProperty().bind(model.savingProperty());
        saving.managedProperty().bind(saving.visibleProperty());
        Label notice = new Label();
        notice.setId("attendance-notice");
        notice.getStyleClass().add("review-notice");
        notice.setGraphic(Icons.of(MaterialDesignC.CLOUD_UPLOAD_OUTLINE, 14));
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        HBox actions = new HBox(10, save, saving, notice);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox errors = new VBox(4);
        errors.setId("attendance-errors");
        errors.getStyleClass().add("review-errors");
        errors.visibleProperty().bind(Bindings.isNotEmpty(model.errors()));
        errors.managedProperty().bind(errors.visibleProperty());
        model.errors().addListener((ListChangeListener<String>) c -> {
            errors.getChildren().clear();
            for (String e : model.errors()) {
                Label l = new Label(e, Icons.of(MaterialDesignA.ALERT_CIRCLE_OUTLINE, 14));
                l.getStyleClass().add("review-error");
                l.setWrapText(true);
                errors.getChildren().add(l);
            }
        });

        getChildren().addAll(title, grid, actions, errors);
        visibleProperty().bind(model.applicableProperty());
        managedProperty().bind(visibleProperty());
    }

    /**
     * A date typed but not yet committed by the picker (no Enter, no focus change) still counts; text that is not a
     * date is shown as an error and nothing is saved (false).
     */
    private boolean commit() {
        return fields.commit();
    }

    /** Puts the keyboard focus on 是否到场. */
    public void focusFirst() {
        (Boolean.FALSE.equals(model.attendedProperty().get()) ? no : yes).requestFocus();
    }

    private static Label label(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("field-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static DatePicker datePicker(String id) {
        DatePicker p = ReviewFormViewDates.datePicker(id);
        // Typed dates count when the field is left by Tab, not only on Enter.
        p.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                ReviewFormViewDates.commitTyped(p);
            }
        });
        return p;
    }

    private static TextField timeField(String id) {
        TextField t = new TextField();
        t.setId(id);
        t.setPrefColumnCount(5);
        t.setPromptText(Messages.get("attendance.time.prompt"));
        t.setTooltip(new Tooltip(Messages.get("attendance.time.prompt")));
        return t;
    }
}

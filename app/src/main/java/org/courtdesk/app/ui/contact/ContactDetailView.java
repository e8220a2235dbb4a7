package org.courtdesk.app.ui.contact;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.queue.ReplyPanel;
import org.courtdesk.app.ui.reading.ReviewFormViewDates;
import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.contact.ContactResult;
import org.courtdesk.model.contact.ContactView;
import org.courtdesk.model.contact.ContactWay;
import org.courtdesk.model.request.RequestKind;

/**
 * The detail of one 约见请求 (spec-004 §11 预约法官答复页面): the case, who asks, what for, when and how; once answered,
 * the 预约答复结果 with the meeting and the 答复内容; the history; and the reply form — ① the result (Alt+Y 同意约见,
 * Alt+N 不同意约见, Alt+W 书面答复), the meeting's date, time, place and way (for 同意 only), ② the 答复内容 (F2: 常用语),
 * ③ 提交答复 (Ctrl+S).
 */
public final class ContactDetailView extends ScrollPane {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;
    private final ContactReplyModel model;
    private final VBox body = new VBox(10);
    private final Label number = new Label();
    private final Label status = new Label();
    private final Label left = new Label();
    private final GridPane facts = new GridPane();
    private final VBox history = new VBox(2);
    private final ToggleGroup results = new ToggleGroup();
    final RadioButton agree = new RadioButton(Messages.get("contact.result.AGREE") + "（Alt+Y）");
    final RadioButton decline = new RadioButton(Messages.get("contact.result.DECLINE") + "（Alt+N）");
    final RadioButton written = new RadioButton(Messages.get("contact.result.WRITTEN") + "（Alt+W）");
    final DatePicker meetingDate = new DatePicker();
    final TextField meetingTime = new TextField();
    final TextField place = new TextField();
    final ComboBox<ContactWay> way = new ComboBox<>();
    private final ReplyPanel form;
    private final Label placeholder = new Label(Messages.get("contact.detail.placeholder"));
    private ContactRow shown;

    ContactDetailView(ContactReplyModel model, ZoneId zone, Runnable onSubmit) {
        this.model = model;
        this.zone = zone;
        setId("contact-detail");
        getStyleClass().add("detail-pane");
        setFitToWidth(true);
        number.setId("contact-detail-no");
        number.getStyleClass().add(Styles.TITLE_4);
        status.setId("contact-detail-status");
        left.setId("contact-detail-left");
        facts.setHgap(10);
        facts.setVgap(6);

        agree.setId("contact-result-agree");
        decline.setId("contact-result-decline");
        written.setId("contact-result-written");
        agree.setUserData(ContactResult.AGREE);
        decline.setUserData(ContactResult.DECLINE);
        written.setUserData(ContactResult.WRITTEN);
        for (RadioButton b : List.of(agree, decline, written)) {
            b.setToggleGroup(results);
        }
        results.selectedToggleProperty().addListener((o, a, b) ->
                model.resultProperty().set(b == null ? null : (ContactResult) b.getUserData()));
        model.resultProperty().addListener((o, a, b) -> selectResult(b));

        meetingDate.setId("contact-meeting-date");
        meetingDate.setConverter(ReviewFormViewDates.CONVERTER);
        meetingDate.setPrefWidth(142);
        meetingDate.valueProperty().bindBidirectional(model.meetingDateProperty());
        meetingTime.setId("contact-meeting-time");
        meetingTime.setPrefColumnCount(5);
        meetingTime.textProperty().bindBidirectional(model.meetingTimeProperty());
        place.setId("contact-place");
        place.setPromptText(Messages.get("contact.place.prompt"));
        place.setPrefColumnCount(16);
        place.textProperty().bindBidirectional(model.placeProperty());
        way.setId("contact-way");
        way.getItems().setAll(ContactWay.values());
        way.setConverter(new StringConverter<>() {
            @Override
            public String toString(ContactWay w) {
                return w == null ? "" : Messages.get("contact.way." + w.name());
            }

            @Override
            public ContactWay fromString(String s) {
                return null;
            }
        });
        way.valueProperty().bindBidirectional(model.wayProperty());
        var notAgree = Bindings.createBooleanBinding(() -> model.resultProperty().get() != ContactResult.AGREE,
                model.resultProperty());
        for (var n : List.of(meetingDate, meetingTime, place, way)) {
            n.disableProperty().bind(notAgree.or(model.offeredProperty().not()));
        }

        for (RadioButton b : List.of(agree, decline, written)) {
            b.disableProperty().bind(model.offeredProperty().not());
        }
        // wraps to a second line in a narrow detail rather than cutting "（Alt+N）" (issue 13)
        javafx.scene.layout.FlowPane resultRow = new javafx.scene.layout.FlowPane(14, 6, agree, decline, written);
        resultRow.setAlignment(Pos.CENTER_LEFT);
        way.setPrefWidth(96);
        HBox meetingRow = new HBox(6, label("contact.meeting"), meetingDate, meetingTime, way);
        meetingRow.setAlignment(Pos.CENTER_LEFT);
        HBox placeRow = new HBox(6, label("contact.place"), place);
        placeRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(place, javafx.scene.layout.Priority.ALWAYS);
        form = new ReplyPanel("contact", RequestKind.CONTACT_JUDGE, new ReplyPanel.Binding(model.contentProperty(),
                model.offeredProperty(), model.savingProperty(), model.noticeProperty(), model.errors()), onSubmit,
                resultRow, meetingRow, placeRow, new Label(Messages.get("contact.content")));
        body.setPadding(new Insets(12, 14, 12, 14));
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        showPlaceholder();
        setContent(body);
    }

    private void selectResult(ContactResult r) {
        for (RadioButton b : List.of(agree, decline, written)) {
            if (b.getUserData() == r) {
                results.selectToggle(b);
                return;
            }
        }
        results.selectToggle(null);
    }

    /** A field's label that keeps its words (never shortened to "…"). */
    private static Label label(String key) {
        Label l = new Label(Messages.get(key));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Label heading(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().addAll(Styles.TEXT_BOLD, "section-heading");
        return l;
    }

    ContactRow shown() {
        return shown;
    }

    void showPlaceholder() {
        shown = null;
        body.getChildren().setAll(placeholder);
    }

    void show(ContactRow row) {
        shown = row;
        ContactView v = row.view();
        number.setText(v.applicationNo());
        status.setText(ContactFormat.statusText(row));
        left.setText(ContactFormat.left(row));
        left.pseudoClassStateChanged(PseudoClass.getPseudoClass("overdue"), row.daysLeft() < 0 && row.urgency() != null);
        facts.getChildren().clear();
        int r = 0;
        r = fact(r, "contact.case", v.caseNumber() + (v.caseTitle() == null ? "" : "　" + v.caseTitle()));
        r = fact(r, "contact.court", v.courtName());
        r = fact(r, "contact.applicant", v.applicantName() + "（" + ContactFormat.role(v.applicantRole()) + "）");
        r = fact(r, "contact.purpose", v.purpose());
        r = fact(r, "contact.times", v.proposedTimes() == null ? "" : v.proposedTimes().stream()
                .map(t -> TIME.format(t)).collect(Collectors.joining("；")));
        r = fact(r, "contact.wayAsked", v.way() == null ? "" : Messages.get("contact.way." + v.way().name()));
        r = fact(r, "contact.submitted", time(v.submittedAt()));
        r = fact(r, "contact.due", v.replyDue() == null ? "" : Messages.format("contact.due.text", v.replyDue().toString(),
                v.replyDays()));
        r = fact(r, "contact.judge", v.judgeName() == null ? "—" : v.judgeName());
        if (v.result() != null) {
            r = fact(r, "contact.answer", Messages.get("contact.result." + v.result().name()) + answerMeeting(v));
            r = fact(r, "contact.content", v.content());
            r = fact(r, "contact.replied", (v.repliedBy() == null ? "" : v.repliedBy() + " · ") + time(v.repliedAt()));
        }
        history.getChildren().clear();
        for (AuditEntry a : v.audit() == null ? List.<AuditEntry>of() : v.audit()) {
            Label l = new Label(time(a.at()) + "　" + a.actor() + "　" + a.action()
                    + (a.detail() == null ? "" : "：" + a.detail()));
            l.setWrapText(true);
            history.getChildren().add(l);
        }
        HBox head = new HBox(10, number, status);
        head.setAlignment(Pos.BASELINE_LEFT);
        body.getChildren().setAll(head, left, facts, form, heading("contact.history"), history);
    }

    private String answerMeeting(ContactView v) {
        if (v.result() != ContactResult.AGREE || v.meetingAt() == null) {
            return "";
        }
        return "：" + TIME.format(v.meetingAt()) + "，" + v.place()
                + (v.meetingWay() == null ? "" : "，" + Messages.get("contact.way." + v.meetingWay().name()));
    }

    private String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    static String time(LocalDateTime at) {
        return at == null ? "" : TIME.format(at);
    }

    private static final DateTimeFormatter SHORT_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    /** Day and time without the year, for the list (its tooltip and the detail have the year). */
    static String shortTime(LocalDateTime at) {
        return at == null ? "" : SHORT_TIME.format(at);
    }

    private int fact(int row, String key, String value) {
        Label k = new Label(Messages.get(key));
        k.getStyleClass().add("field-label");
        k.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a caption keeps its words; the value wraps (issue 13)
        Label val = new Label(value == null ? "" : value);
        val.setWrapText(true);
        facts.add(k, 0, row);
        facts.add(val, 1, row);
        return row + 1;
    }

    void focusContent() {
        form.focusContent();
    }
}

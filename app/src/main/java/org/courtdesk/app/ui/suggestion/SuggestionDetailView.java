package org.courtdesk.app.ui.suggestion;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.queue.ReplyPanel;
import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.suggestion.SuggestionView;

/**
 * The 意见建议查看处理页面 (spec-004 §12): 查看意见建议提交信息 (court, 类别, case or none, who, when, title and text, the
 * reply period), the answer once given, the history, and 答复意见建议 — the answer (F2: 常用语) and 提交答复 (Ctrl+S).
 */
public final class SuggestionDetailView extends ScrollPane {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;
    private final VBox body = new VBox(10);
    private final Label number = new Label();
    private final Label status = new Label();
    private final Label left = new Label();
    private final GridPane facts = new GridPane();
    private final VBox history = new VBox(2);
    private final ReplyPanel form;
    private final Label placeholder = new Label(Messages.get("suggestion.detail.placeholder"));
    private SuggestionRow shown;

    SuggestionDetailView(SuggestionReplyModel model, ZoneId zone, Runnable onSubmit) {
        this.zone = zone;
        setId("suggestion-detail");
        getStyleClass().add("detail-pane");
        setFitToWidth(true);
        number.setId("suggestion-detail-no");
        number.getStyleClass().add(Styles.TITLE_4);
        status.setId("suggestion-detail-status");
        left.setId("suggestion-detail-left");
        facts.setHgap(10);
        facts.setVgap(6);
        form = new ReplyPanel("suggestion", RequestKind.SUGGESTION, new ReplyPanel.Binding(model.contentProperty(),
                model.offeredProperty(), model.savingProperty(), model.noticeProperty(), model.errors()), onSubmit);
        body.setPadding(new Insets(12, 14, 12, 14));
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        showPlaceholder();
        setContent(body);
    }

    private static Label heading(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().addAll(Styles.TEXT_BOLD, "section-heading");
        return l;
    }

    SuggestionRow shown() {
        return shown;
    }

    void showPlaceholder() {
        shown = null;
        body.getChildren().setAll(placeholder);
    }

    void show(SuggestionRow row) {
        shown = row;
        SuggestionView v = row.view();
        number.setText(v.applicationNo());
        status.setText(SuggestionFormat.statusText(row));
        left.setText(SuggestionFormat.left(row));
        left.pseudoClassStateChanged(PseudoClass.getPseudoClass("overdue"), row.daysLeft() < 0 && row.urgency() != null);
        facts.getChildren().clear();
        int r = 0;
        r = fact(r, "suggestion.court", v.courtName());
        r = fact(r, "suggestion.category", SuggestionFormat.category(v.category()));
        r = fact(r, "suggestion.case", v.caseNumber() == null ? Messages.get("suggestion.case.none")
                : v.caseNumber() + (v.caseTitle() == null ? "" : "　" + v.caseTitle()));
        r = fact(r, "suggestion.applicant", v.applicantName() + "（" + SuggestionFormat.role(v.applicantRole()) + "）");
        r = fact(r, "suggestion.submitted", time(v.submittedAt()));
        r = fact(r, "suggestion.title", v.title());
        r = fact(r, "suggestion.text", v.content());
        r = fact(r, "suggestion.due", v.replyDue() == null ? "" : Messages.format("suggestion.due.text",
                v.replyDue().toString(), v.replyDays()));
        if (v.reply() != null) {
            r = fact(r, "suggestion.reply", v.reply());
            r = fact(r, "suggestion.replied", (v.repliedBy() == null ? "" : v.repliedBy() + " · ") + time(v.repliedAt()));
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
        body.getChildren().setAll(head, left, facts, form, heading("suggestion.history"), history);
    }

    String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    private int fact(int row, String key, String value) {
        Label k = new Label(Messages.get(key));
        k.getStyleClass().add("field-label");
        k.setMinWidth(84);
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

package org.courtdesk.app.ui.queue;

import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.phrase.PhrasePicker;
import org.courtdesk.model.request.RequestKind;

/**
 * The 答复 section of a detail pane, kind-neutral (联系法官 and 意见建议 use it): a heading, any fields of the kind's
 * own above the answer, the 答复内容 (F2: the court's standard sentences of the kind), the notice and 提交答复, and the
 * refusals. It binds to the properties a reply model offers and never touches a model otherwise. The controls get the
 * ids {@code <prefix>-content}, {@code -submit}, {@code -notice} and {@code -errors}; the strings are
 * {@code <prefix>.form}, {@code .content.prompt} and {@code .submit} of the bundle.
 */
public final class ReplyPanel extends VBox {

    /** What a reply model offers the panel. */
    public record Binding(StringProperty content, BooleanProperty offered, BooleanProperty saving,
            StringProperty notice, ObservableList<String> errors) {
    }

    private final TextArea content = new TextArea();
    private final Button submit;
    private final VBox errors = new VBox(2);
    private final Label notice = new Label();

    /**
     * @param prefix the kind's id and bundle prefix ("contact", "suggestion")
     * @param kind whose phrase library F2 opens
     * @param above the kind's own fields between the heading and the 答复内容 (none for a plain answer)
     */
    public ReplyPanel(String prefix, RequestKind kind, Binding model, Runnable onSubmit, Node... above) {
        super(6);
        submit = new Button(Messages.get(prefix + ".submit"));
        content.setId(prefix + "-content");
        PhrasePicker.install(content, kind); // F2: the court's standard sentences
        content.setPromptText(Messages.get(prefix + ".content.prompt"));
        content.setPrefRowCount(4);
        content.setWrapText(true);
        content.textProperty().bindBidirectional(model.content());
        content.disableProperty().bind(model.offered().not());
        submit.setId(prefix + "-submit");
        submit.getStyleClass().add(Styles.ACCENT);
        submit.disableProperty().bind(model.offered().not().or(model.saving()));
        submit.setOnAction(e -> onSubmit.run());
        errors.setId(prefix + "-errors");
        model.errors().addListener((ListChangeListener<String>) c -> showErrors(model.errors()));
        notice.setId(prefix + "-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.notice());
        HBox buttons = new HBox(8, notice, submit);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        Label heading = new Label(Messages.get(prefix + ".form"));
        heading.getStyleClass().addAll(Styles.TEXT_BOLD, "section-heading");
        getChildren().add(heading);
        getChildren().addAll(above);
        getChildren().addAll(content, buttons, errors);
    }

    public TextArea content() {
        return content;
    }

    public Button submit() {
        return submit;
    }

    public void focusContent() {
        content.requestFocus();
    }

    private void showErrors(List<String> problems) {
        errors.getChildren().setAll(problems.stream().map(p -> {
            Label l = new Label(p);
            l.getStyleClass().add(Styles.DANGER);
            l.setWrapText(true);
            return l;
        }).toList());
    }
}

package org.courtdesk.app.ui.refused;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.courtdesk.app.i18n.Messages;

/**
 * The bar a screen puts under its list for a refused staff action or creation of any kind: 被拒/冲突 and the reason's
 * first sentence, then 查看原因 (Alt+V: every line of the reason below), 修改后重发 (Alt+E) and 放弃 (Alt+D, pressed twice:
 * 确认放弃). Hidden while {@link RefusedActionViewModel#actionProperty} is null. Node ids take {@code idPrefix}
 * ({@code <prefix>-refused}, {@code -refused-reason}, {@code -refused-show}, {@code -refused-revise},
 * {@code -refused-abandon}).
 */
public final class RefusedActionBar extends VBox {

    private final RefusedActionViewModel model;
    private final Button show = new Button();
    private final Button revise = new Button(Messages.get("refused.bar.revise"));
    private final Button abandon = new Button();

    public RefusedActionBar(RefusedActionViewModel model, String idPrefix) {
        this.model = model;
        setId(idPrefix + "-refused");
        getStyleClass().add("refused-action-bar");
        setSpacing(4);
        setPadding(new Insets(6, 8, 6, 8));
        setStyle("-fx-background-color: #fdecea; -fx-border-color: #e57373; -fx-border-width: 1 0 1 0;");
        Label headline = new Label();
        headline.setId(idPrefix + "-refused-headline");
        headline.textProperty().bind(model.headlineProperty());
        headline.setStyle("-fx-text-fill: #b71c1c; -fx-font-weight: bold;");
        headline.setWrapText(true);
        headline.setMinWidth(0);
        HBox.setHgrow(headline, Priority.ALWAYS);
        show.setId(idPrefix + "-refused-show");
        show.setMnemonicParsing(true);
        show.textProperty().bind(Bindings.when(model.reasonShownProperty())
                .then(Messages.get("refused.bar.hideReason")).otherwise(Messages.get("refused.bar.showReason")));
        show.setOnAction(e -> model.toggleReason());
        revise.setId(idPrefix + "-refused-revise");
        revise.setMnemonicParsing(true);
        revise.setOnAction(e -> model.revise());
        abandon.setId(idPrefix + "-refused-abandon");
        abandon.setMnemonicParsing(true);
        abandon.textProperty().bind(Bindings.when(model.confirmingAbandonProperty())
                .then(Messages.get("refused.bar.abandon.confirm")).otherwise(Messages.get("refused.bar.abandon")));
        abandon.setOnAction(e -> model.abandon());
        for (Button b : new Button[] {show, revise, abandon}) {
            b.disableProperty().bind(model.busyProperty());
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox top = new HBox(8, headline, show, revise, abandon);
        top.setAlignment(Pos.CENTER_LEFT);
        Label reason = new Label();
        reason.setId(idPrefix + "-refused-reason");
        reason.textProperty().bind(model.reasonProperty());
        reason.setWrapText(true);
        reason.visibleProperty().bind(model.reasonShownProperty());
        reason.managedProperty().bind(reason.visibleProperty());
        getChildren().addAll(top, reason);
        visibleProperty().bind(model.actionProperty().isNotNull());
        managedProperty().bind(visibleProperty());
    }

    public RefusedActionViewModel model() {
        return model;
    }

    public Button showButton() {
        return show;
    }

    public Button reviseButton() {
        return revise;
    }

    public Button abandonButton() {
        return abandon;
    }
}

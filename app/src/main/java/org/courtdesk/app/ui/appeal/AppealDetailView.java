package org.courtdesk.app.ui.appeal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.model.appeal.AppealConclusion;
import org.courtdesk.model.appeal.AppealMaterialRef;
import org.courtdesk.model.appeal.AppealParty;
import org.courtdesk.model.appeal.AppealView;

/**
 * The detail of one appeal (spec-004 §3: 审查或查看详细, 查看递交材料) and the 审查 form (填写审查意见): parties, the
 * decision appealed with its 送达日期 and the day of the period it was filed on (第171条), the judge's next step
 * (第174条), the 特别授权 flag, 上诉请求/理由 and materials; while 提交/待处理 the conclusion and the opinion.
 */
final class AppealDetailView extends ScrollPane {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;
    private final Supplier<LocalDate> today;
    private final Consumer<AppealMaterialRef> openMaterial;
    private final VBox facts = new VBox(6);
    private final VBox form = new VBox(8);
    private final ToggleGroup conclusion = new ToggleGroup();
    private final RadioButton accept = new RadioButton(Messages.get("appeal.accept"));
    private final RadioButton ret = new RadioButton(Messages.get("appeal.return"));
    private final TextArea opinion = new TextArea();
    private final Label errors = new Label();
    private AppealView shown;

    AppealDetailView(AppealActionModel actions, ZoneId zone, Supplier<LocalDate> today,
                     Consumer<AppealMaterialRef> openMaterial) {
        this.zone = zone;
        this.today = today;
        this.openMaterial = openMaterial;
        setId("appeal-detail");
        setFitToWidth(true);
        accept.setId("appeal-accept");
        ret.setId("appeal-return");
        accept.setUserData(AppealConclusion.ACCEPT);
        ret.setUserData(AppealConclusion.RETURN);
        accept.setToggleGroup(conclusion);
        ret.setToggleGroup(conclusion);
        conclusion.selectedToggleProperty().addListener((o, a, t) ->
                actions.conclusionProperty().set(t == null ? null : (AppealConclusion) t.getUserData()));
        actions.conclusionProperty().addListener((o, a, c) -> conclusion.selectToggle(
                c == AppealConclusion.ACCEPT ? accept : c == AppealConclusion.RETURN ? ret : null));
        opinion.setId("appeal-opinion");
        // F2: the court's standard sentences (常用语) of this kind.
        org.courtdesk.app.ui.phrase.PhrasePicker.install(opinion, org.courtdesk.model.request.RequestKind.APPEAL);
        opinion.setPromptText(Messages.get("appeal.opinion.prompt"));
        opinion.setPrefRowCount(3);
        opinion.setWrapText(true);
        opinion.textProperty().bindBidirectional(actions.opinionProperty());
        Button save = new Button(Messages.get("appeal.save"));
        save.setId("appeal-save");
        save.setOnAction(e -> actions.decide());
        save.disableProperty().bind(actions.savingProperty());
        errors.setId("appeal-errors");
        errors.setWrapText(true);
        errors.getStyleClass().add("danger");
        actions.errors().addListener((javafx.collections.ListChangeListener<String>) c ->
                errors.setText(String.join("\n", actions.errors())));
        Label notice = new Label();
        notice.setId("appeal-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(actions.noticeProperty());
        form.setId("appeal-form");
        form.getChildren().addAll(new Label(Messages.get("appeal.review.title")), new HBox(16, accept, ret), opinion, save);
        form.visibleProperty().bind(actions.decisionOfferedProperty());
        form.managedProperty().bind(form.visibleProperty());
        VBox content = new VBox(12, facts, form, errors, notice);
        content.setPadding(new Insets(12));
        setContent(content);
        show(null);
    }

    AppealView shown() {
        return shown;
    }

    void focusOpinion() {
        if (form.isVisible()) {
            opinion.requestFocus();
        }
    }

    boolean editing() {
        return opinion.isFocused();
    }

    void show(AppealRow row) {
        shown = row == null ? null : row.view();
        facts.getChildren().clear();
        if (row == null) {
            facts.getChildren().add(new Label(Messages.get("appeal.detail.none")));
            return;
        }
        AppealView v = row.view();
        Label title = new Label(v.caseNumber() + "  " + (v.caseTitle() == null ? "" : v.caseTitle()));
        title.setId("appeal-detail-title");
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        int r = 0;
        r = fact(grid, r, "appeal.col.applicationNo", v.applicationNo());
        r = fact(grid, r, "appeal.col.appellant", party(v.appellant()));
        r = fact(grid, r, "appeal.col.appellees", v.appellees().stream().map(AppealParty::name)
                .collect(Collectors.joining("、")));
        r = fact(grid, r, "appeal.col.applicant", v.applicantName() + (v.applicantRole() == null ? ""
                : "（" + Messages.get("appeal.role." + v.applicantRole().name()) + "）"));
        r = fact(grid, r, "appeal.col.submitted", v.submittedAt() == null ? "" : TIME.format(v.submittedAt().atZone(zone)));
        r = fact(grid, r, "appeal.col.decision", v.decisionType() == null ? "" : AppealFormat.decisionType(v.decisionType()) + " · "
                + Messages.format("appeal.servedOn", String.valueOf(v.servedOn())));
        r = fact(grid, r, "appeal.col.period", AppealFormat.periodText(row.period()) + (row.period() == null ? ""
                : " · " + Messages.format("appeal.period.lastDay", row.period().lastDay())));
        r = fact(grid, r, "appeal.col.step", AppealFormat.stepText(row, today.get()));
        fact(grid, r, "appeal.col.status", AppealFormat.statusText(row));
        facts.getChildren().addAll(title, grid);
        if (v.specialAuthorityMissing()) {
            Label flag = new Label(Messages.get("appeal.flag.authority") + AppealFormat.specialAuthorityRule());
            flag.setId("appeal-flag");
            flag.setWrapText(true);
            flag.getStyleClass().add("warning");
            facts.getChildren().add(flag);
        }
        facts.getChildren().addAll(head("appeal.claims"), text(v.claims()), head("appeal.reasons"), text(v.reasons()));
        if (v.materials() != null && !v.materials().isEmpty()) {
            facts.getChildren().add(head("appeal.materials"));
            for (AppealMaterialRef m : v.materials()) {
                Hyperlink link = new Hyperlink(Messages.get("appeal.material." + m.type()) + "：" + m.fileName());
                link.setOnAction(e -> openMaterial.accept(m));
                facts.getChildren().add(link);
            }
        }
        if (v.review() != null) {
            facts.getChildren().addAll(head("appeal.review.done"), text(AppealFormat.conclusion(v.review().conclusion())
                    + (v.review().opinion() == null ? "" : "\n" + v.review().opinion())
                    + (v.review().reviewerName() == null ? "" : "\n" + v.review().reviewerName())));
        }
    }

    private static String party(AppealParty p) {
        return p == null ? "" : p.name() + "（" + Messages.get("appeal.partyRole." + p.role()) + "）";
    }

    private static Label head(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("text-bold");
        return l;
    }

    private static Label text(String s) {
        Label l = new Label(s == null ? "" : s);
        l.setWrapText(true);
        return l;
    }

    private static int fact(GridPane grid, int row, String key, String value) {
        Label k = new Label(Messages.get(key));
        k.getStyleClass().add("text-muted");
        k.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a caption keeps its words; the value wraps (issue 13)
        Label v = new Label(value == null ? "" : value);
        v.setWrapText(true);
        grid.addRow(row, k, v);
        return row + 1;
    }
}

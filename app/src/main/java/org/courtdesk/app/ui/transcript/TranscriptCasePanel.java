package org.courtdesk.app.ui.transcript;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import atlantafx.base.theme.Styles;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Fx;
import org.courtdesk.app.ui.main.QueueTabs;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.casenumber.CaseNumber;
import org.courtdesk.model.transcript.TranscriptAttachForm;
import org.courtdesk.model.transcript.TranscriptInfo;
import org.courtdesk.model.transcript.TranscriptRules;

/**
 * 庭审笔录 of one case (spec-004 §13), beside the 申请补正 queue: every transcript of the case with its 阅读期限 (days
 * left, or 已截止) and its 申请补正, the ones queued for upload (待同步, or refused with the reason and 重试/放弃);
 * 上传笔录 (Alt+U: 开庭日期, 标题, the PDF) through the outbox, offline too; Enter opens the selected transcript in the
 * in-app viewer. A panel of its own, so the queue view only opens it.
 */
public final class TranscriptCasePanel extends BorderPane {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final KeyCombination UPLOAD = new KeyCodeCombination(KeyCode.U, KeyCombination.ALT_DOWN);

    private final TranscriptUploads model;
    private final Clock clock;
    private final Consumer<QueueTabs.DocumentRef> openDocument;
    private final TextField caseNumber = new TextField();
    private final Label state = new Label();
    private final Label message = new Label();
    private final ListView<TranscriptUploads.Line> list = new ListView<>();
    private final Button retry = new Button(Messages.get("transcript.upload.retry"));
    private final Button discard = new Button(Messages.get("transcript.upload.discard"));
    private final AtomicLong loads = new AtomicLong();
    private volatile long loaded;

    public TranscriptCasePanel(Workspace workspace, Clock clock, Consumer<QueueTabs.DocumentRef> openDocument) {
        this.model = new TranscriptUploads(workspace);
        this.clock = clock;
        this.openDocument = openDocument;
        setId("transcript-case-panel");
        caseNumber.setId("transcript-case-number");
        caseNumber.setPromptText(Messages.get("transcript.case.prompt"));
        caseNumber.setPrefColumnCount(20);
        caseNumber.setOnAction(e -> reload());
        Button load = new Button(Messages.get("transcript.case.load"));
        load.setId("transcript-case-load");
        load.setOnAction(e -> reload());
        Button upload = new Button(Messages.get("transcript.upload"));
        upload.setId("transcript-upload");
        upload.getStyleClass().add(Styles.ACCENT);
        upload.setOnAction(e -> openUpload());
        Label caption = new Label(Messages.get("transcript.case"));
        caption.setLabelFor(caseNumber);
        HBox bar = new HBox(8, caption, caseNumber, load, upload);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 12, 6, 12));
        state.setId("transcript-case-state");
        state.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        message.setId("transcript-case-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.DANGER);
        retry.setId("transcript-upload-retry");
        discard.setId("transcript-upload-discard");
        retry.setOnAction(e -> selectedQueued().ifPresent(a -> act(() -> model.retry(a))));
        discard.setOnAction(e -> selectedQueued().ifPresent(a -> act(() -> {
            model.discard(a);
            return true;
        })));
        for (Button b : List.of(retry, discard)) {
            b.setVisible(false);
            b.managedProperty().bind(b.visibleProperty());
        }
        HBox info = new HBox(12, state, message, retry, discard);
        info.setAlignment(Pos.CENTER_LEFT);
        info.setPadding(new Insets(0, 12, 6, 12));
        setTop(new VBox(bar, info));
        list.setId("transcript-case-list");
        list.setPlaceholder(new Label(Messages.get("transcript.case.empty")));
        list.setCellFactory(l -> new LineCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            retry.setVisible(b != null && b.isQueued() && b.queued().needsUser());
            discard.setVisible(b != null && b.isQueued());
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open(list.getSelectionModel().getSelectedItem());
            }
        });
        BorderPane.setMargin(list, new Insets(0, 12, 12, 12));
        setCenter(list);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UPLOAD.match(e)) {
                openUpload();
                e.consume();
            }
        });
    }

    /** Opens the panel in a window of its own for {@code caseNumber} (may be null: the user types it). */
    public static TranscriptCasePanel openWindow(Window owner, Workspace workspace, Clock clock,
                                                 Consumer<QueueTabs.DocumentRef> openDocument, String caseNumber) {
        TranscriptCasePanel panel = new TranscriptCasePanel(workspace, clock, openDocument);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            if (owner.getScene() != null) {
                stage.getIcons().setAll(owner instanceof Stage s ? s.getIcons() : List.of());
            }
        }
        stage.initModality(Modality.NONE);
        stage.setTitle(Messages.get("transcript.case.title"));
        Scene scene = new Scene(panel, 820, 520);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        // A sync that brings transcripts or corrections of 庭审笔录 (or confirms an upload) shows them at once.
        org.courtdesk.app.workspace.WorkspaceListener follow = new org.courtdesk.app.workspace.WorkspaceListener() {
            @Override
            public void changed(java.util.Set<org.courtdesk.model.request.RequestRef> requests) {
                if (requests.stream().anyMatch(r -> r.kind() == org.courtdesk.model.request.RequestKind.HEARING_TRANSCRIPT)) {
                    javafx.application.Platform.runLater(panel::reload);
                }
            }
        };
        workspace.addListener(follow);
        stage.setOnHidden(e -> workspace.removeListener(follow));
        stage.show();
        panel.show(caseNumber);
        return panel;
    }

    /** Shows the transcripts of this case (loads them off the FX thread). */
    public void show(String number) {
        caseNumber.setText(number == null ? "" : number);
        if (number == null || number.isBlank()) {
            caseNumber.requestFocus();
        } else {
            reload();
            list.requestFocus();
        }
    }

    /** True when the list shows the latest load (tests wait for this). */
    public boolean settled() {
        return loaded == loads.get();
    }

    public ListView<TranscriptUploads.Line> list() {
        return list;
    }

    public void reload() {
        String number = caseNumber.getText().trim();
        message.setText("");
        if (!CaseNumber.isValid(number)) {
            list.getItems().clear();
            message.setText(number.isEmpty() ? "" : Messages.get("transcript.case.invalid"));
            return;
        }
        long load = loads.incrementAndGet();
        Fx.async(() -> model.load(number), c -> {
            if (load == loads.get()) {
                list.getItems().setAll(c.lines());
                state.setText(c.live() ? Messages.get("transcript.case.live") : c.asOf() == null
                        ? Messages.get("transcript.case.feedOnly")
                        : Messages.format("transcript.case.kept", TIME.format(c.asOf().atZone(ZoneId.systemDefault()))));
                loaded = load;
            }
        }, t -> {
            message.setText(Messages.format("transcript.saveFailed", String.valueOf(t.getMessage())));
            loaded = load;
        });
    }

    private Optional<org.courtdesk.app.workspace.PendingAction> selectedQueued() {
        TranscriptUploads.Line l = list.getSelectionModel().getSelectedItem();
        return l == null || !l.isQueued() ? Optional.empty() : Optional.of(l.queued());
    }

    private void act(java.util.concurrent.Callable<Boolean> work) {
        Fx.async(work, ok -> reload(), t -> message.setText(String.valueOf(t.getMessage())));
    }

    private void open(TranscriptUploads.Line line) {
        if (line == null || line.isQueued()) {
            return;
        }
        TranscriptInfo t = line.transcript();
        openDocument.accept(new QueueTabs.DocumentRef(t.id(), t.sha256(), t.fileName(), "application/pdf", t.size(),
                t.title(), t.caseNumber()));
    }

    // ---- 上传笔录 ----

    /** 上传笔录: the dialog, then the outbox; the queued line shows at once. */
    public void openUpload() {
        String number = caseNumber.getText().trim();
        if (!CaseNumber.isValid(number)) {
            message.setText(Messages.get("transcript.case.invalid"));
            caseNumber.requestFocus();
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Dialog<ButtonType> d = new Dialog<>();
        if (getScene() != null) {
            d.initOwner(getScene().getWindow());
        }
        d.setTitle(Messages.get("transcript.upload"));
        d.setHeaderText(Messages.format("transcript.upload.header", number));
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().setPrefWidth(560);
        DatePicker hearing = new DatePicker(today);
        hearing.setId("transcript-upload-hearing");
        TextField title = new TextField();
        title.setId("transcript-upload-title");
        title.setPromptText(Messages.get("transcript.upload.title.prompt"));
        TextField file = new TextField();
        file.setId("transcript-upload-file");
        file.setPromptText(Messages.get("transcript.upload.file.prompt"));
        Button choose = new Button(Messages.get("transcript.upload.choose"));
        choose.setId("transcript-upload-choose");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf", "*.PDF"));
            java.io.File f = chooser.showOpenDialog(d.getDialogPane().getScene().getWindow());
            if (f != null) {
                file.setText(f.getAbsolutePath());
            }
        });
        HBox fileRow = new HBox(6, file, choose);
        HBox.setHgrow(file, Priority.ALWAYS);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        Label l1 = new Label(Messages.get("transcript.upload.hearing"));
        l1.setLabelFor(hearing);
        Label l2 = new Label(Messages.get("transcript.upload.title"));
        l2.setLabelFor(title);
        Label l3 = new Label(Messages.get("transcript.upload.file"));
        l3.setLabelFor(file);
        grid.addRow(0, l1, hearing);
        grid.addRow(1, l2, title);
        grid.addRow(2, l3, fileRow);
        GridPane.setHgrow(fileRow, Priority.ALWAYS);
        Label errors = new Label();
        errors.setId("transcript-upload-errors");
        errors.setWrapText(true);
        errors.getStyleClass().add(Styles.DANGER);
        d.getDialogPane().setContent(new VBox(8, grid, errors));
        Button ok = (Button) d.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("transcript-upload-ok");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            // checked here and saved off the FX thread; the dialog stays open with the reasons
            e.consume();
            TranscriptAttachForm form = new TranscriptAttachForm(number, hearing.getValue(), title.getText());
            Path path = file.getText().isBlank() ? null : Path.of(file.getText().trim());
            ok.setDisable(true);
            Fx.async(() -> model.upload(form, path, LocalDate.now(clock)), outcome -> {
                ok.setDisable(false);
                if (outcome.saved()) {
                    d.setResult(ButtonType.OK);
                    d.close();
                    reload();
                } else {
                    errors.setText(String.join("\n", outcome.problems()));
                }
            }, t -> {
                ok.setDisable(false);
                errors.setText(String.valueOf(t.getMessage()));
            });
        });
        title.requestFocus();
        d.show();
    }

    // ---- cells ----

    private final class LineCell extends ListCell<TranscriptUploads.Line> {
        @Override
        protected void updateItem(TranscriptUploads.Line line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label();
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label detail = new Label();
            detail.setWrapText(true);
            detail.setMinHeight(Region.USE_PREF_SIZE);
            if (getListView() != null) {
                detail.maxWidthProperty().bind(getListView().widthProperty().subtract(36));
            }
            if (line.isQueued()) {
                TranscriptAttachForm f = line.form();
                name.setText(f.title() + " · " + Messages.format("transcript.upload.hearingOn", DAY.format(f.hearingDate())));
                if (line.queued().needsUser()) {
                    detail.setText(Messages.format("transcript.upload.refused", line.queued().lastError() != null
                            ? line.queued().lastError() : Messages.error(line.queued().errorCode())));
                    detail.getStyleClass().add(Styles.DANGER);
                } else {
                    detail.setText(Messages.get("transcript.upload.queued"));
                    detail.getStyleClass().add(Styles.WARNING);
                }
            } else {
                TranscriptInfo t = line.transcript();
                name.setText(t.title() + " · " + Messages.format("transcript.upload.hearingOn", DAY.format(t.hearingDate())));
                long left = TranscriptRules.daysLeft(t.readableUntil(), LocalDate.now(clock));
                String until = Messages.format("transcript.case.until", DAY.format(t.readableUntil()),
                        left < 0 ? Messages.get("transcript.closed") : Messages.format("transcript.daysLeft", left));
                String corrections = line.corrections().isEmpty() ? Messages.get("transcript.case.noCorrections")
                        : Messages.format("transcript.case.corrections", line.corrections().size(), line.awaitingReply());
                detail.setText(until + " · " + corrections + " · " + Messages.format("transcript.case.attached",
                        t.attachedBy() == null ? "" : t.attachedBy(),
                        TIME.format(t.attachedAt().atZone(ZoneId.systemDefault()))));
            }
            setText(null);
            setGraphic(new VBox(2, name, detail));
            setAccessibleText(name.getText() + " " + detail.getText());
        }
    }
}

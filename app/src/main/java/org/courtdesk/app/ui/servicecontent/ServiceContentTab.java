package org.courtdesk.app.ui.servicecontent;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.web.HTMLEditor;
import javafx.util.StringConverter;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Fx;
import org.courtdesk.app.ui.QueueTab;
import org.courtdesk.app.ui.reading.ReviewFormViewDates;
import org.courtdesk.app.ui.refused.RefusedActionBar;
import org.courtdesk.app.ui.refused.RefusedActionViewModel;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.servicecontent.ServiceContentCategory;

/**
 * The 服务内容管理 tab (spec-004 §9): the 服务管理主界面 (查询条件 类别, 发布法院, 登记时间, text; the judge's items;
 * 新增, 编辑, 设置发布/取消发布) and the 新增服务内容 editor — 类别, 标题, 发布法院, 登记时间, the body in an
 * {@link HTMLEditor}, and beside it the 预览 in a WebView (the page lawyers will see) — with 保存, 预览, 发布, 返回.
 * Keys, acting only while this tab is on screen: in the list Ctrl+N 新增, Enter 编辑, Alt+F 设置发布/取消发布, Ctrl+F
 * 查询; in the editor Ctrl+S 保存, Ctrl+P 预览, Alt+P 发布, Esc 返回.
 */
public final class ServiceContentTab extends StackPane implements QueueTab {

    private static final PseudoClass PUBLISHED = PseudoClass.getPseudoClass("published");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PREVIEW = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PUBLISH = new KeyCodeCombination(KeyCode.P, KeyCombination.ALT_DOWN);
    static final KeyCombination TOGGLE = new KeyCodeCombination(KeyCode.F, KeyCombination.ALT_DOWN);

    private final ServiceContentListModel list;
    private final ServiceContentEditorModel editor;
    private final Clock clock;
    private final TableView<ServiceContentRow> table = new TableView<>();
    private final ComboBox<ServiceContentCategory> categoryFilter = new ComboBox<>();
    private final ComboBox<String> courtFilter = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField textFilter = new TextField();
    private final Label count = new Label();
    private final Label notice = new Label();
    private final Button toggle = new Button();
    private final BorderPane listPane = new BorderPane();

    private final BorderPane editorPane = new BorderPane();
    private final ComboBox<ServiceContentCategory> category = new ComboBox<>();
    private final TextField title = new TextField();
    private final ComboBox<String> court = new ComboBox<>();
    private final DatePicker registered = new DatePicker();
    // The preview first: it loads the CJK font before any WebView (the HTML editor's) exists.
    private final ServiceContentPreview preview = new ServiceContentPreview();
    private final HTMLEditor body = new HTMLEditor();
    private final Label errors = new Label();
    private final Label editorTitle = new Label();
    private final Label bodySize = new Label();
    private final RefusedActionBar refusedBar;
    /** The HTML editor's text is measured when typing pauses (the editor has no change event of its own). */
    private final javafx.animation.PauseTransition measure = new javafx.animation.PauseTransition(javafx.util.Duration.millis(600));

    private final ObservableValue<String> tabTitle;
    private final EventHandler<KeyEvent> keys = this::onKey;
    private boolean active;
    /** A request the 今日到期 view asked for before the first load: selected when it lands. */
    private final org.courtdesk.app.ui.QueueSelection.AfterFirstLoad showAfterLoad =
            new org.courtdesk.app.ui.QueueSelection.AfterFirstLoad(this::show);

    public ServiceContentTab(Workspace workspace, Clock clock) {
        this.clock = clock;
        setId("service-content-tab");
        getStyleClass().addAll("queue-view", "service-content-tab");
        var css = ServiceContentTab.class.getResource("servicecontent.css");
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }
        list = new ServiceContentListModel(workspace, clock, Platform::runLater);
        list.loadedProperty().addListener((o, was, now) -> {
            if (now) {
                showAfterLoad.landed();
            }
        });
        editor = new ServiceContentEditorModel(workspace, Fx.background(), Platform::runLater, () -> Map.copyOf(list.courts()));
        refusedBar = new RefusedActionBar(new RefusedActionViewModel(workspace, Fx.background(), Platform::runLater,
                clock.getZone(), a -> editor.startRevise(a, table.getSelectionModel().getSelectedItem())), "service-content");
        tabTitle = Bindings.createStringBinding(() -> Messages.format("tab.servicecontent", list.draftCountProperty().get()),
                list.draftCountProperty());
        buildList();
        buildEditor();
        getChildren().addAll(listPane, editorPane);
        editorPane.setVisible(false);
        editor.openProperty().addListener((o, a, open) -> {
            listPane.setVisible(!open);
            editorPane.setVisible(open);
            if (open) {
                fillEditor();
                Platform.runLater(title::requestFocus);
            } else {
                Platform.runLater(table::requestFocus);
            }
        });
        sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
    }

    // ---- the list ----

    private void buildList() {
        listPane.setId("service-content-list");
        categoryFilter.setId("service-content-filter-category");
        categoryFilter.getItems().add(null);
        categoryFilter.getItems().addAll(ServiceContentCategory.values());
        categoryFilter.setConverter(categoryConverter(Messages.get("servicecontent.filter.any")));
        categoryFilter.valueProperty().addListener((o, a, b) -> query(q -> q.withCategory(b)));
        courtFilter.setId("service-content-filter-court");
        courtFilter.setConverter(courtConverter(Messages.get("servicecontent.filter.any")));
        courtFilter.valueProperty().addListener((o, a, b) -> query(q -> q.withCourt(b)));
        list.courts().addListener((MapChangeListener<String, String>) c -> refreshCourts());
        for (DatePicker p : List.of(from, to)) {
            p.setPrefWidth(124);
            p.setConverter(ReviewFormViewDates.CONVERTER);
        }
        from.setId("service-content-filter-from");
        to.setId("service-content-filter-to");
        from.valueProperty().addListener((o, a, b) -> query(q -> q.withRegistered(b, to.getValue())));
        to.valueProperty().addListener((o, a, b) -> query(q -> q.withRegistered(from.getValue(), b)));
        textFilter.setId("service-content-filter-text");
        textFilter.setPromptText(Messages.get("servicecontent.filter.text.prompt"));
        textFilter.setPrefColumnCount(12);
        textFilter.textProperty().addListener((o, a, b) -> query(q -> q.withText(b)));
        count.setId("service-content-count");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(6, new Label(Messages.get("servicecontent.field.category")), categoryFilter,
                new Label(Messages.get("servicecontent.field.court")), courtFilter,
                new Label(Messages.get("servicecontent.field.registered")), from, new Label("–"), to, textFilter, grow, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("filter-bar");
        listPane.setTop(bar);

        table.setId("service-content-table");
        table.setItems(list.rows());
        table.getStyleClass().addAll("queue-table", "service-content-table");
        table.setPlaceholder(new Label(Messages.get("servicecontent.empty")));
        table.getColumns().add(column("servicecontent.col.category", 120, r -> label(r.form().category())));
        TableColumn<ServiceContentRow, String> titleCol = column("servicecontent.col.title", 300, r -> r.form().title());
        table.getColumns().add(titleCol);
        table.getColumns().add(column("servicecontent.col.court", 170, ServiceContentRow::courtName));
        table.getColumns().add(column("servicecontent.col.registered", 100,
                r -> r.form().registeredOn() == null ? "" : r.form().registeredOn().toString()));
        table.getColumns().add(column("servicecontent.col.status", 175, ServiceContentTab::statusText));
        table.getColumns().add(column("servicecontent.col.updated", 130,
                r -> r.updatedAt() == null ? "" : STAMP.format(r.updatedAt().atZone(clock.getZone()))));
        table.getColumns().add(column("servicecontent.col.no", 150, r -> r.applicationNo() == null ? "—" : r.applicationNo()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ServiceContentRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(PUBLISHED, !empty && row != null && row.shownStatus() == RequestStatus.PUBLISHED);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        listPane.setCenter(table);

        Button add = new Button(Messages.get("servicecontent.action.new"));
        add.setId("service-content-new");
        add.setOnAction(e -> startNew());
        Button edit = new Button(Messages.get("servicecontent.action.edit"));
        edit.setId("service-content-edit");
        edit.setOnAction(e -> openSelected());
        toggle.setId("service-content-toggle");
        toggle.setOnAction(e -> togglePublished());
        notice.setId("service-content-notice");
        notice.textProperty().bind(editor.noticeProperty());
        notice.setWrapText(true);
        HBox actions = new HBox(8, add, edit, toggle, notice);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setPadding(new Insets(8));
        // A refused 新增 or 保存/发布 of the selected row: 查看原因 / 修改后重发 / 放弃 above the buttons.
        refusedBar.model().outcomeProperty().addListener((o, a, b) -> {
            if (!b.isEmpty()) {
                editor.noticeProperty().set(b);
            }
        });
        listPane.setBottom(new VBox(refusedBar, actions));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            updateToggle(b);
            updateRefused(b);
        });
        list.rows().addListener((ListChangeListener<ServiceContentRow>) c -> {
            updateCount();
            updateToggle(table.getSelectionModel().getSelectedItem());
            updateRefused(table.getSelectionModel().getSelectedItem());
        });
        list.totalCountProperty().addListener((o, a, b) -> updateCount());
        updateToggle(null);
    }

    private void refreshCourts() {
        String filter = courtFilter.getValue();
        courtFilter.getItems().setAll(new java.util.ArrayList<>(java.util.Collections.singletonList((String) null)));
        courtFilter.getItems().addAll(list.courts().keySet());
        courtFilter.setValue(filter);
        String chosen = court.getValue();
        court.getItems().setAll(list.courts().keySet());
        court.setValue(chosen);
    }

    private static String label(ServiceContentCategory c) {
        return c == null ? "" : Messages.get("servicecontent.category." + c.name());
    }

    static String statusText(ServiceContentRow r) {
        String s = Messages.status(r.shownStatus());
        return switch (r.sync()) {
            case NONE -> s;
            case PENDING -> s + "（" + Messages.get("servicecontent.sync.pending") + "）";
            case CONFLICT -> s + "（" + Messages.get("servicecontent.sync.conflict") + "）";
            case REFUSED -> s + "（" + Messages.get("servicecontent.sync.refused") + "）";
        };
    }

    private void updateCount() {
        count.setText(Messages.format("servicecontent.count", list.rows().size(), list.totalCountProperty().get()));
    }

    private void updateToggle(ServiceContentRow r) {
        boolean published = r != null && r.shownStatus() == RequestStatus.PUBLISHED;
        toggle.setText(Messages.get(published ? "servicecontent.action.withdraw" : "servicecontent.action.setPublished"));
        toggle.setDisable(r == null || r.refused() != null); // a new item not confirmed yet too (issue 12)
    }

    private void updateRefused(ServiceContentRow r) {
        refusedBar.model().actionProperty().set(r == null ? null : r.refused());
    }

    private void query(java.util.function.UnaryOperator<ServiceContentQuery> change) {
        list.queryProperty().set(change.apply(list.queryProperty().get()));
    }

    private static TableColumn<ServiceContentRow, String> column(String key, double width,
                                                                 Function<ServiceContentRow, String> value) {
        TableColumn<ServiceContentRow, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    // ---- the editor ----

    private void buildEditor() {
        editorPane.setId("service-content-editor");
        editorTitle.getStyleClass().add("editor-title");
        category.setId("service-content-category");
        category.getItems().setAll(ServiceContentCategory.values());
        category.setConverter(categoryConverter(""));
        category.valueProperty().bindBidirectional(editor.categoryProperty());
        title.setId("service-content-title");
        title.setPromptText(Messages.get("servicecontent.field.title.prompt"));
        title.textProperty().bindBidirectional(editor.titleProperty());
        court.setId("service-content-court");
        court.setConverter(courtConverter(""));
        court.valueProperty().bindBidirectional(editor.courtCodeProperty());
        registered.setId("service-content-registered");
        registered.setConverter(ReviewFormViewDates.CONVERTER);
        registered.valueProperty().bindBidirectional(editor.registeredOnProperty());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(Messages.get("servicecontent.field.category")), category,
                new Label(Messages.get("servicecontent.field.court")), court,
                new Label(Messages.get("servicecontent.field.registered")), registered);
        form.add(new Label(Messages.get("servicecontent.field.title")), 0, 1);
        form.add(title, 1, 1, 5, 1);
        GridPane.setHgrow(title, Priority.ALWAYS);
        VBox top = new VBox(6, editorTitle, form);
        top.setPadding(new Insets(8));
        editorPane.setTop(top);

        body.setId("service-content-body");
        body.setPrefHeight(420);
        Label previewLabel = new Label(Messages.get("servicecontent.preview.label"));
        previewLabel.getStyleClass().add("preview-label");
        VBox previewBox = new VBox(4, previewLabel, preview);
        VBox.setVgrow(preview, Priority.ALWAYS);
        Label bodyLabel = new Label(Messages.get("servicecontent.field.body"));
        Region bodyGrow = new Region();
        HBox.setHgrow(bodyGrow, Priority.ALWAYS);
        // The body's size beside the limit, above the editor: the judge sees it before saving.
        HBox bodyHead = new HBox(8, bodyLabel, bodyGrow, bodySize);
        bodyHead.setAlignment(Pos.CENTER_LEFT);
        VBox bodyBox = new VBox(4, bodyHead, body);
        VBox.setVgrow(body, Priority.ALWAYS);
        SplitPane split = new SplitPane(bodyBox, previewBox);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.52);
        split.setPadding(new Insets(0, 8, 0, 8));
        editorPane.setCenter(split);

        Button save = new Button(Messages.get("servicecontent.action.save"));
        save.setId("service-content-save");
        save.setTooltip(new Tooltip(Messages.get("servicecontent.action.save.tip")));
        save.setOnAction(e -> save(false));
        Button show = new Button(Messages.get("servicecontent.action.preview"));
        show.setId("service-content-show-preview");
        show.setTooltip(new Tooltip(Messages.get("servicecontent.action.preview.tip")));
        show.setOnAction(e -> showPreview());
        Button publish = new Button(Messages.get("servicecontent.action.publish"));
        publish.setId("service-content-publish");
        publish.getStyleClass().add("accent");
        publish.setTooltip(new Tooltip(Messages.get("servicecontent.action.publish.tip")));
        publish.setOnAction(e -> save(true));
        Button back = new Button(Messages.get("servicecontent.action.back"));
        back.setId("service-content-back");
        back.setTooltip(new Tooltip(Messages.get("servicecontent.action.back.tip")));
        back.setOnAction(e -> editor.close());
        for (Button b : List.of(save, publish)) {
            b.disableProperty().bind(editor.savingProperty());
        }
        errors.setId("service-content-errors");
        errors.getStyleClass().add("form-errors");
        errors.setWrapText(true);
        errors.textProperty().bind(Bindings.createStringBinding(() -> String.join("；", editor.errors()), editor.errors()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        bodySize.setId("service-content-body-size");
        bodySize.textProperty().bind(editor.bodySizeProperty());
        bodySize.setMinWidth(0);
        editor.bodyOverProperty().addListener((o, a, over) -> bodySize.setStyle(over ? "-fx-text-fill: #b71c1c; -fx-font-weight: bold;" : ""));
        measure.setOnFinished(e -> editor.bodyHtmlProperty().set(body.getHtmlText()));
        body.addEventFilter(KeyEvent.KEY_RELEASED, e -> measure.playFromStart());
        HBox buttons = new HBox(8, errors, grow, save, show, publish, back);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(8));
        editorPane.setBottom(buttons);
    }

    /**
     * The HTML editor's own WebView writes with the workstation's CJK font too (see {@link ServiceContentPreview#editorStyleSheet});
     * only the editing view, not the HTML it produces.
     */
    private void editorFont() {
        Node web = body.lookup(".web-view");
        if (web instanceof javafx.scene.web.WebView w && w.getEngine().getUserStyleSheetLocation() == null) {
            w.getEngine().setUserStyleSheetLocation(ServiceContentPreview.editorStyleSheet());
        }
    }

    /** Puts the model's fields into the HTML editor and shows their preview (the editor just opened). */
    private void fillEditor() {
        editorFont();
        refreshCourts();
        ServiceContentRow row = editor.editingProperty().get();
        org.courtdesk.app.workspace.PendingAction replacing = editor.revisingProperty().get();
        if (replacing != null && replacing.needsUser()) {
            editorTitle.setText(Messages.format("servicecontent.editor.revise", RefusedActionViewModel.headline(replacing)));
        } else if (replacing != null) {
            editorTitle.setText(Messages.get("servicecontent.editor.unconfirmed"));
        } else {
            editorTitle.setText(row == null ? Messages.get("servicecontent.editor.new")
                    : Messages.format("servicecontent.editor.edit", row.applicationNo(), Messages.status(row.shownStatus())));
        }
        body.setHtmlText(editor.bodyHtmlProperty().get() == null ? "" : editor.bodyHtmlProperty().get());
        showPreview();
    }

    /** 预览: the page lawyers will see for what the editor holds now. */
    public void showPreview() {
        editor.bodyHtmlProperty().set(body.getHtmlText());
        preview.show(editor.previewPage());
    }

    private void save(boolean publish) {
        editor.bodyHtmlProperty().set(body.getHtmlText());
        preview.show(editor.previewPage());
        editor.save(publish);
    }

    private void startNew() {
        editor.startNew(list.today(), list.ownCourt());
    }

    private void togglePublished() {
        ServiceContentRow r = table.getSelectionModel().getSelectedItem();
        if (r != null) {
            editor.setPublished(r, r.shownStatus() != RequestStatus.PUBLISHED);
        }
    }

    private StringConverter<ServiceContentCategory> categoryConverter(String none) {
        return new StringConverter<>() {
            @Override
            public String toString(ServiceContentCategory c) {
                return c == null ? none : label(c);
            }

            @Override
            public ServiceContentCategory fromString(String s) {
                return null;
            }
        };
    }

    private StringConverter<String> courtConverter(String none) {
        return new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? none : list.courts().getOrDefault(code, code);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        };
    }

    private void onKey(KeyEvent e) {
        if (!active || !isVisible()) {
            return;
        }
        boolean editing = editor.openProperty().get();
        if (editing && SAVE.match(e)) {
            save(false);
        } else if (editing && PREVIEW.match(e)) {
            showPreview();
        } else if (editing && PUBLISH.match(e)) {
            save(true);
        } else if (editing && e.getCode() == KeyCode.ESCAPE) {
            editor.close();
        } else if (!editing && NEW.match(e)) {
            startNew();
        } else if (!editing && TOGGLE.match(e)) {
            togglePublished();
        } else {
            return;
        }
        e.consume();
    }

    // ---- for tests and the smoke run ----

    public ServiceContentListModel list() {
        return list;
    }

    public ServiceContentEditorModel editor() {
        return editor;
    }

    public ServiceContentPreview preview() {
        return preview;
    }

    public HTMLEditor bodyEditor() {
        return body;
    }

    public TableView<ServiceContentRow> table() {
        return table;
    }

    public RefusedActionBar refusedBar() {
        return refusedBar;
    }

    // ---- QueueTab ----

    @Override
    public Node content() {
        return this;
    }

    @Override
    public ObservableValue<String> title() {
        return tabTitle;
    }

    @Override
    public void refresh() {
        list.reload();
    }

    @Override
    public void changed(Set<RequestRef> requests) {
        if (requests == null || requests.stream().anyMatch(r -> r.kind() == RequestKind.SERVICE_CONTENT)) {
            list.reload();
        }
    }

    @Override
    public void setActive(boolean active) {
        this.active = active;
    }

    @Override public void next() { move(1); }
    @Override public void previous() { move(-1); }

    private void move(int delta) {
        if (editor.openProperty().get()) {
            return;
        }
        int size = table.getItems().size();
        if (size == 0) {
            return;
        }
        int i = table.getSelectionModel().getSelectedIndex();
        int target = i < 0 ? 0 : Math.max(0, Math.min(size - 1, i + delta));
        table.getSelectionModel().clearAndSelect(target);
        table.scrollTo(target);
    }

    @Override
    public boolean show(RequestRef request) {
        if (request.kind() != RequestKind.SERVICE_CONTENT) {
            return false;
        }
        if (showAfterLoad.remember(request)) {
            return true;
        }
        for (ServiceContentRow r : table.getItems()) {
            if (r.id() == request.id() && !r.unconfirmed()) {
                table.getSelectionModel().select(r);
                table.scrollTo(r);
                return true;
            }
        }
        return false;
    }

    @Override
    public void openSelected() {
        ServiceContentRow r = table.getSelectionModel().getSelectedItem();
        if (r != null && !editor.openProperty().get()) {
            editor.startEdit(r);
        }
    }

    @Override
    public void save() {
        if (editor.openProperty().get()) {
            save(false);
        }
    }

    @Override
    public void focusFilter() {
        if (!editor.openProperty().get()) {
            textFilter.requestFocus();
        }
    }

    @Override
    public void resetFilters() {
        categoryFilter.setValue(null);
        courtFilter.setValue(null);
        from.setValue(null);
        to.setValue(null);
        textFilter.clear();
        list.queryProperty().set(ServiceContentQuery.DEFAULT);
    }

    @Override
    public void focusTable() {
        if (editor.openProperty().get()) {
            editor.close();
        } else {
            table.requestFocus();
        }
    }

    @Override
    public String keysHelp() {
        return Messages.get("servicecontent.keys");
    }

    @Override
    public void dispose() {
        list.dispose();
    }
}

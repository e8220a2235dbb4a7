package org.courtdesk.app.ui.notice;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Fx;
import org.courtdesk.app.ui.QueueTab;
import org.courtdesk.model.request.RequestRef;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * 通知 (the notification centre): new requests of every queue, deadlines coming due and replies to 留言 in one list, the
 * unseen ones first and marked with a dot (the CJK font has no bold face). Enter opens the request in its queue and
 * marks the reminder seen; Space marks it seen; Ctrl+Shift+A marks all seen. Readable offline: it is read from the
 * cache. "桌面提醒" asks for a desktop notification when new reminders arrive.
 */
public final class NoticeCentreView extends BorderPane implements QueueTab {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final NoticeModel model;
    private final Consumer<RequestRef> open;
    private final TableView<NoticeModel.Row> table = new TableView<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final CheckBox desktop = new CheckBox(Messages.get("notice.desktop"));

    public NoticeCentreView(NoticeModel model, Consumer<RequestRef> open) {
        this.model = model;
        this.open = open;
        setId("notice-view");
        table.setId("notice-table");
        table.setItems(model.rows());
        table.setPlaceholder(new Label(Messages.get("notice.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("notice.col.unseen", 36, r -> r.seen() ? "" : "●"));
        table.getColumns().add(column("notice.col.at", 110, r -> r.notice().at() == null ? "" : r.notice().at().format(AT)));
        table.getColumns().add(column("notice.col.type", 110, r -> Messages.get("notice.type." + r.notice().type().name())));
        table.getColumns().add(column("notice.col.kind", 100, r -> Messages.kind(r.notice().request().kind())));
        table.getColumns().add(column("notice.col.request", 300, r -> r.notice().label()));
        table.getColumns().add(column("notice.col.detail", 260, this::detail));
        table.setRowFactory(t -> {
            TableRow<NoticeModel.Row> row = new TableRow<>() {
                @Override
                protected void updateItem(NoticeModel.Row r, boolean empty) {
                    super.updateItem(r, empty);
                    getStyleClass().remove("notice-unseen");
                    if (!empty && r != null && !r.seen()) {
                        getStyleClass().add("notice-unseen");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openRow(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.SPACE) {
                NoticeModel.Row r = table.getSelectionModel().getSelectedItem();
                if (r != null) {
                    model.markSeen(List.of(r.notice().key()));
                }
                e.consume();
            } else if (e.getCode() == KeyCode.J) {
                next();
                e.consume();
            } else if (e.getCode() == KeyCode.K) {
                previous();
                e.consume();
            } else if (e.getCode() == KeyCode.A && e.isShortcutDown() && e.isShiftDown()) {
                model.markAllSeen();
                e.consume();
            }
        });

        Button allSeen = new Button(Messages.get("notice.allSeen"));
        allSeen.setId("notice-all-seen");
        allSeen.setOnAction(e -> model.markAllSeen());
        allSeen.disableProperty().bind(model.unseenProperty().isEqualTo(0));
        desktop.setId("notice-desktop");
        Fx.async(model::desktopWanted, desktop::setSelected, t -> { });
        desktop.setOnAction(e -> {
            boolean on = desktop.isSelected();
            Fx.async(() -> {
                model.setDesktopWanted(on);
                return on;
            }, v -> { }, t -> desktop.setSelected(!on));
        });
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(model.loadErrorProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(12, allSeen, desktop, error, grow, new Label(Messages.get("notice.keys.short")));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        title.bind(Bindings.createStringBinding(() -> Messages.format("tab.notice", model.unseenProperty().get()),
                model.unseenProperty()));
        setTop(bar);
        setCenter(table);
    }

    private String detail(NoticeModel.Row r) {
        Notice n = r.notice();
        return switch (n.type()) {
            case NEW_REQUEST -> Messages.get("notice.detail.new");
            case DEADLINE -> n.detail() + " · " + Messages.format(
                    org.courtdesk.app.ui.deadline.TodayModel.left(model.now(), n.at())[0],
                    org.courtdesk.app.ui.deadline.TodayModel.left(model.now(), n.at())[1]);
            case REPLY -> Messages.format("notice.detail.reply", n.detail());
        };
    }

    private static TableColumn<NoticeModel.Row, String> column(String key, double width,
                                                               java.util.function.Function<NoticeModel.Row, String> text) {
        TableColumn<NoticeModel.Row, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setSortable(false); // unseen first, newest first
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(text.apply(f.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
            }
        });
        return c;
    }

    private void openRow(NoticeModel.Row r) {
        model.markSeen(List.of(r.notice().key()));
        open.accept(r.notice().request());
    }

    public NoticeModel model() {
        return model;
    }

    public TableView<NoticeModel.Row> table() {
        return table;
    }

    @Override
    public Node content() {
        return this;
    }

    @Override
    public ObservableValue<String> title() {
        return title.getReadOnlyProperty();
    }

    @Override
    public void refresh() {
        model.reload();
    }

    @Override
    public void changed(java.util.Set<RequestRef> requests) {
        model.reload();
    }

    @Override
    public void next() {
        move(1);
    }

    @Override
    public void previous() {
        move(-1);
    }

    private void move(int by) {
        if (table.getItems().isEmpty()) {
            return;
        }
        int i = Math.max(0, Math.min(table.getItems().size() - 1, table.getSelectionModel().getSelectedIndex() + by));
        table.getSelectionModel().clearAndSelect(i);
        table.scrollTo(Math.max(0, i - 5));
    }

    @Override
    public void openSelected() {
        NoticeModel.Row r = table.getSelectionModel().getSelectedItem();
        if (r == null && !table.getItems().isEmpty()) {
            r = table.getItems().get(0);
        }
        if (r != null) {
            openRow(r);
        }
    }

    @Override
    public void focusTable() {
        table.requestFocus();
    }

    @Override
    public String keysHelp() {
        return Messages.get("notice.keys");
    }
}

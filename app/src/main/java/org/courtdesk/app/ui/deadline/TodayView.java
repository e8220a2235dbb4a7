package org.courtdesk.app.ui.deadline;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Consumer;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.QueueTab;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * 今日到期: every running legal deadline of the user's kinds in one list, soonest first (overdue ones lead), the first
 * tab a judge sees. Enter (or a double click) opens the request in its own queue. The counts per kind head the list.
 */
public final class TodayView extends BorderPane implements QueueTab {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final TodayModel model;
    private final Consumer<RequestRef> open;
    private final TableView<Deadline> table = new TableView<>();
    /** One line per queue's counts, wrapping to the next line where the window is narrow (English at 1280 px). */
    private final javafx.scene.layout.FlowPane summary = new javafx.scene.layout.FlowPane(18, 4);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();

    public TodayView(TodayModel model, Consumer<RequestRef> open) {
        this.model = model;
        this.open = open;
        setId("today-view");
        table.setId("today-table");
        table.setItems(model.rows());
        table.setPlaceholder(new Label(Messages.get("today.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("today.col.due", 110, d -> d.dueAt().format(DUE)));
        table.getColumns().add(column("today.col.left", 130, d -> {
            String[] left = TodayModel.left(model.now(), d.dueAt());
            String mark = Messages.get("today.urgency." + d.urgency().name());
            return Messages.format(left[0], left[1]) + (mark.isEmpty() ? "" : " · " + mark);
        }));
        table.getColumns().add(column("today.col.kind", 100, d -> Messages.kind(d.request().kind())));
        table.getColumns().add(column("today.col.what", 180, Deadline::what));
        table.getColumns().add(column("today.col.request", 320, Deadline::label));
        table.setRowFactory(t -> {
            TableRow<Deadline> row = new TableRow<>() {
                @Override
                protected void updateItem(Deadline d, boolean empty) {
                    super.updateItem(d, empty);
                    getStyleClass().removeAll("deadline-overdue", "deadline-today", "deadline-soon");
                    if (!empty && d != null) {
                        switch (d.urgency()) {
                            case OVERDUE -> getStyleClass().add("deadline-overdue");
                            case DUE_TODAY -> getStyleClass().add("deadline-today");
                            case DUE_SOON -> getStyleClass().add("deadline-soon");
                            default -> { }
                        }
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem().request());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.J) {
                next();
                e.consume();
            } else if (e.getCode() == KeyCode.K) {
                previous();
                e.consume();
            }
        });
        summary.setId("today-summary");
        summary.setPadding(new Insets(8, 12, 8, 12));
        model.countsProperty().addListener((o, a, counts) -> showSummary(counts));
        title.bind(Bindings.createStringBinding(() -> Messages.format("tab.today", model.pressingProperty().get()),
                model.pressingProperty()));
        setTop(summary);
        setCenter(table);
    }

    private void showSummary(Map<RequestKind, TodayModel.Counts> counts) {
        summary.getChildren().clear();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            TodayModel.Counts c = e.getValue();
            Label l = new Label(Messages.format("today.summary", Messages.kind(e.getKey()), c.overdue(), c.dueToday(),
                    c.dueSoon()));
            l.getStyleClass().add(c.overdue() > 0 ? "today-summary-overdue" : "today-summary");
            summary.getChildren().add(l);
        });
    }

    private static TableColumn<Deadline, String> column(String key, double width,
                                                         java.util.function.Function<Deadline, String> text) {
        TableColumn<Deadline, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setSortable(false); // the order is the law's: soonest first
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

    public TodayModel model() {
        return model;
    }

    public TableView<Deadline> table() {
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
        model.changed(requests); // only those requests' deadlines are read again
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
        Deadline d = table.getSelectionModel().getSelectedItem();
        if (d == null && !table.getItems().isEmpty()) {
            d = table.getItems().get(0);
        }
        if (d != null) {
            open.accept(d.request());
        }
    }

    @Override
    public void focusTable() {
        table.requestFocus();
    }

    @Override
    public String keysHelp() {
        return Messages.get("today.keys");
    }
}

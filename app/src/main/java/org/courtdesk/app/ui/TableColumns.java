package org.courtdesk.app.ui;

import java.util.List;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The columns of every queue's table (issue 13), whatever its kind: a column is never narrower than its header's text
 * in the language shown (English headers were cut to "..."); the table's menu button is the column chooser (show or
 * hide a column); widths and hidden columns are remembered per table and column id in the user's {@link UiPrefs}.
 */
public final class TableColumns {

    /** Room beside a header's text: the header's padding on both sides and a little air. */
    static final double HEADER_EXTRA = 20;
    private static final String FITTED = "courtdesk.columns.fitted";

    private TableColumns() {}

    /** Fits, offers the chooser and remembers, for every table in {@code content} (a queue tab's view). */
    public static void install(Node content, UiPrefs prefs) {
        if (content == null) {
            return;
        }
        // A queue's table sits in a split pane whose parts join the scene graph only with its skin: look after the
        // first layout of the content in a scene.
        if (content.getScene() == null) {
            content.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                                    javafx.scene.Scene a, javafx.scene.Scene b) {
                    if (b != null) {
                        o.removeListener(this);
                        afterLayout(content, prefs);
                    }
                }
            });
        } else {
            afterLayout(content, prefs);
        }
    }

    private static void afterLayout(Node content, UiPrefs prefs) {
        javafx.scene.Scene scene = content.getScene();
        if (scene == null) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            javafx.application.Platform.runLater(() -> {
                for (Node n : content.lookupAll(".table-view")) {
                    if (n instanceof TableView<?> t && !t.getProperties().containsKey(FITTED)) {
                        install(t, prefs);
                    }
                }
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
        javafx.application.Platform.requestNextPulse();
    }

    public static void install(TableView<?> table, UiPrefs prefs) {
        table.getProperties().put(FITTED, true);
        table.setTableMenuButtonVisible(true);
        if (table.getSkin() == null || table.lookup(".column-header .label") == null) {
            // measured in the header's own font, once the table is styled and laid out
            javafx.beans.value.ChangeListener<Object> later = new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<?> o, Object a, Object b) {
                    if (b != null) {
                        o.removeListener(this);
                        javafx.application.Platform.runLater(() -> fit(table, prefs));
                    }
                }
            };
            if (table.getSkin() == null) {
                table.skinProperty().addListener(later);
            } else {
                javafx.application.Platform.runLater(() -> fit(table, prefs));
            }
            return;
        }
        fit(table, prefs);
    }

    private static void fit(TableView<?> table, UiPrefs prefs) {
        Font font = headerFont(table);
        String tableKey = "ui.columns." + (table.getId() == null ? "table" : table.getId());
        for (TableColumn<?, ?> c : leaves(table.getColumns())) {
            double need = Math.ceil(textWidth(c.getText(), font) + HEADER_EXTRA);
            if (c.getMinWidth() < need) {
                c.setMinWidth(need);
            }
            if (c.getPrefWidth() < c.getMinWidth()) {
                c.setPrefWidth(c.getMinWidth());
            }
            if (c.getId() == null || prefs == null) {
                continue;
            }
            String key = tableKey + "." + c.getId();
            double remembered = prefs.getDouble(key + ".width", -1);
            if (remembered >= c.getMinWidth()) {
                c.setPrefWidth(remembered);
            }
            prefs.get(key + ".visible").ifPresent(v -> c.setVisible(!"false".equals(v)));
            c.widthProperty().addListener((o, a, b) ->
                    prefs.put(key + ".width", String.format(Locale.ROOT, "%.0f", b.doubleValue())));
            c.visibleProperty().addListener((o, a, b) -> prefs.put(key + ".visible", Boolean.toString(b)));
        }
        // The resize policy spreads the columns again over the table's width with their new minimums.
        var policy = table.getColumnResizePolicy();
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setColumnResizePolicy(policy);
        // A table that keeps room for its columns keeps room for the wider minimums too.
        if (table.getMinWidth() > 0) {
            table.setMinWidth(minWidth(table));
            for (TableColumn<?, ?> c : leaves(table.getColumns())) {
                c.visibleProperty().addListener((o, a, b) -> {
                    if (table.getMinWidth() > 0) {
                        table.setMinWidth(minWidth(table));
                    }
                });
            }
        }
    }

    static double minWidth(TableView<?> table) {
        return leaves(table.getColumns()).stream().filter(TableColumn::isVisible).mapToDouble(TableColumn::getMinWidth).sum()
                + 16;
    }

    /** The header's text width in the table's header font (the one the skin uses once styled). */
    public static double textWidth(String s, Font font) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    static Font headerFont(TableView<?> table) {
        Node label = table.lookup(".column-header .label");
        if (label instanceof Label l && l.getFont() != null) {
            return l.getFont();
        }
        return Font.font(Theme.family(), 14);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<TableColumn<?, ?>> leaves(List<? extends TableColumn<?, ?>> columns) {
        List<TableColumn<?, ?>> out = new java.util.ArrayList<>();
        for (TableColumn<?, ?> c : columns) {
            if (c.getColumns().isEmpty()) {
                out.add(c);
            } else {
                out.addAll(leaves((List) c.getColumns()));
            }
        }
        return out;
    }
}

package org.courtdesk.app.ui.main;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.courtdesk.app.i18n.Messages;

/**
 * F1's shortcut sheet, made from {@link KeyTable} (the menu's own accelerators) and each queue's own keys: one aligned
 * table per focus area — the key in one column, what it does in the next.
 */
final class KeySheet {

    private KeySheet() {}

    /** The sheet's content; {@code tabKeys} are the queues' own lines ("调查令：J/K …"), {@code footer} the log line. */
    static Region build(List<String> tabKeys, String footer) {
        GridPane grid = new GridPane();
        grid.setId("keys-sheet");
        grid.setHgap(18);
        grid.setVgap(4);
        ColumnConstraints keyCol = new ColumnConstraints();
        keyCol.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints whatCol = new ColumnConstraints();
        whatCol.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keyCol, whatCol);
        int r = 0;
        for (KeyTable.Area area : KeyTable.Area.values()) {
            List<KeyTable.Key> keys = KeyTable.of(area);
            if (keys.isEmpty()) {
                continue;
            }
            Label heading = new Label(area.label());
            heading.getStyleClass().add("section-title");
            GridPane.setMargin(heading, new Insets(r == 0 ? 0 : 10, 0, 2, 0));
            grid.add(heading, 0, r++, 2, 1);
            for (KeyTable.Key k : keys) {
                Label key = new Label(k.shown());
                key.getStyleClass().add("key-cap");
                key.setMinWidth(Region.USE_PREF_SIZE);
                Label what = new Label(k.description());
                what.setWrapText(true);
                grid.addRow(r++, key, what);
            }
        }
        VBox box = new VBox(10, grid);
        if (!tabKeys.isEmpty()) {
            Label heading = new Label(Messages.get("keys.area.KINDS"));
            heading.getStyleClass().add("section-title");
            box.getChildren().add(heading);
            for (String line : tabKeys) {
                Label l = new Label(line);
                l.setWrapText(true);
                box.getChildren().add(l);
            }
        }
        if (footer != null) {
            Label f = new Label(footer);
            f.setWrapText(true);
            f.getStyleClass().add("text-muted");
            box.getChildren().add(f);
        }
        box.setPadding(new Insets(4, 8, 4, 4));
        box.setPrefWidth(620);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(460);
        return scroll;
    }
}

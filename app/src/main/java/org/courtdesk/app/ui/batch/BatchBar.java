package org.courtdesk.app.ui.batch;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Fx;

/**
 * The bar under a queue that runs a {@link BatchRun}: the button (its text from the kind, with the count of selected
 * rows it would act on), ONE progress bar for the whole batch, the summary (已保存 n 条，未保存 m 条) and one line per row
 * that was not saved, naming it. Ids: {@code <prefix>-batch-accept}, {@code -batch-progress}, {@code -batch-summary},
 * {@code -batch-failures}. Kind-neutral: a queue gives its rows' names and its per-row decision.
 */
public final class BatchBar<R> extends VBox {

    private final Button button = new Button();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label summary = new Label();
    private final VBox failures = new VBox(2);
    private final LongFunction<String> buttonText;
    private final Function<R, String> rowName;
    private volatile boolean running;
    private long selectable;

    /**
     * @param idPrefix   the queue's id prefix, e.g. {@code preservation}
     * @param buttonText the button's text for a count of selectable rows
     * @param rowName    how a failed row is named in its line (its 申请编号)
     * @param onAction   what the button does (the queue collects the selection and calls {@link #run})
     */
    public BatchBar(String idPrefix, LongFunction<String> buttonText, Function<R, String> rowName, Runnable onAction) {
        super(4);
        this.buttonText = buttonText;
        this.rowName = rowName;
        button.setId(idPrefix + "-batch-accept");
        button.setOnAction(e -> onAction.run());
        progress.setId(idPrefix + "-batch-progress");
        progress.setPrefWidth(180);
        progress.setVisible(false);
        summary.setId(idPrefix + "-batch-summary");
        failures.setId(idPrefix + "-batch-failures");
        HBox line = new HBox(10, button, progress, summary);
        line.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(line, failures);
        setPadding(new Insets(6, 14, 8, 14));
        getStyleClass().add("batch-bar");
        setSelectable(0);
    }

    /** How many selected rows the batch would act on; the button is disabled at 0 and while a batch runs. */
    public void setSelectable(long n) {
        selectable = n;
        button.setText(buttonText.apply(n));
        button.setDisable(n < 1 || running);
    }

    public boolean running() {
        return running;
    }

    /**
     * Runs {@code one} on each of {@code rows} on a worker thread, the progress bar following; then shows the summary
     * and a line for each row not saved, and calls {@code after} (on the FX thread) with the outcomes. Ignored while a
     * batch runs or with no rows. Call on the FX thread.
     */
    public void run(List<R> rows, Function<R, BatchRun.Outcome<R>> one,
                    java.util.function.Consumer<List<BatchRun.Outcome<R>>> after) {
        if (rows.isEmpty() || running) {
            return;
        }
        running = true;
        setSelectable(selectable);
        progress.setProgress(0);
        progress.setVisible(true);
        failures.getChildren().clear();
        summary.setText("");
        int total = rows.size();
        List<R> copy = List.copyOf(rows);
        Fx.async(() -> BatchRun.run(copy, one, done -> Platform.runLater(() -> progress.setProgress((double) done / total))),
                outcomes -> {
                    running = false;
                    long ok = BatchRun.savedCount(outcomes);
                    progress.setProgress(1.0);
                    summary.setText(Messages.format("batch.done", ok, total - ok));
                    for (BatchRun.Outcome<R> o : outcomes) {
                        if (!o.saved()) {
                            Label l = new Label(Messages.format("batch.failed", rowName.apply(o.row()), o.problem()));
                            l.getStyleClass().add(Styles.DANGER);
                            failures.getChildren().add(l);
                        }
                    }
                    setSelectable(selectable);
                    after.accept(outcomes);
                }, t -> {
                    running = false;
                    summary.setText(String.valueOf(t.getMessage()));
                    setSelectable(selectable);
                });
    }

    // ---- for tests ----

    public Button button() { return button; }
    public ProgressBar progress() { return progress; }
    public Label summary() { return summary; }
    public VBox failures() { return failures; }
}

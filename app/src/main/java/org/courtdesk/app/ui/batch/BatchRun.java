package org.courtdesk.app.ui.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * A batch decision of any queue (批量接收 of 诉讼保全, of 材料转接, …) without controls: each selected row is its own
 * decision — its own outbox action with its own idempotency key, saved one after the other — and each row's outcome is
 * kept, so one refused row neither stops the others nor hides among them. Blocks: run it off the FX thread
 * ({@link BatchBar} does).
 */
public final class BatchRun {

    /** What became of one row: saved to the outbox, or the reason it was not (in the user's language). */
    public record Outcome<R>(R row, boolean saved, String problem) {

        public static <R> Outcome<R> ok(R row) {
            return new Outcome<>(row, true, null);
        }

        public static <R> Outcome<R> refused(R row, String problem) {
            return new Outcome<>(row, false, Objects.requireNonNull(problem, "problem"));
        }
    }

    private BatchRun() {}

    /**
     * Runs {@code one} on each row in order; {@code progress} gets the number done after each row. A row whose
     * {@code one} throws is reported with the exception's message and the batch goes on.
     */
    public static <R> List<Outcome<R>> run(List<R> rows, Function<R, Outcome<R>> one, IntConsumer progress) {
        List<Outcome<R>> out = new ArrayList<>(rows.size());
        for (R row : rows) {
            Outcome<R> o;
            try {
                o = one.apply(row);
            } catch (RuntimeException e) {
                o = Outcome.refused(row, String.valueOf(e.getMessage()));
            }
            out.add(o);
            progress.accept(out.size());
        }
        return List.copyOf(out);
    }

    /** How many of {@code outcomes} were saved. */
    public static long savedCount(List<? extends Outcome<?>> outcomes) {
        return outcomes.stream().filter(Outcome::saved).count();
    }
}

package org.courtdesk.app.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/**
 * {@code target/bench/results.tsv} (figure, value, unit, floor, ratio), shared by the benches of one run: rows are
 * appended (the header written once, when the file is new), so one bench never wipes another's figures.
 */
final class BenchResults {

    static final Path FILE = Path.of("target", "bench", "results.tsv");
    static final String HEADER = "figure\tvalue\tunit\tfloor\tratio\n";

    private BenchResults() {}

    /** A row: ratio = value ÷ floor when there is a floor (floor 0 or less: none). */
    static String[] row(String figure, double value, String unit, double floor) {
        return new String[] {figure, String.format(Locale.ROOT, "%.2f", value), unit,
                floor > 0 ? String.format(Locale.ROOT, "%.2f", floor) : "",
                floor > 0 ? String.format(Locale.ROOT, "%.2f", value / floor) : ""};
    }

    static synchronized void append(List<String[]> rows) throws IOException {
        Files.createDirectories(FILE.getParent());
        boolean fresh = !Files.isRegularFile(FILE) || Files.size(FILE) == 0;
        try (Writer w = Files.newBufferedWriter(FILE, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            if (fresh) {
                w.write(HEADER);
            }
            for (String[] r : rows) {
                w.write(String.join("\t", r).replace('\n', ' ') + "\n");
            }
        }
        System.out.println("  appended " + rows.size() + " rows to " + FILE.toAbsolutePath());
    }
}

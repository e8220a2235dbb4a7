package org.courtdesk.app.ui.reading;

import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

import org.courtdesk.app.workspace.ReadingQueueRow;

/** The columns of the 阅卷申请 table, each with the order it sorts by (no JavaFX here). */
public enum QueueColumn {
    CASE_NUMBER("queue.col.caseNumber"),
    COURT("queue.col.court"),
    APPLICANT("queue.col.applicant"),
    APPLICATION_DATE("queue.col.applicationDate"),
    CONTENT("queue.col.content"),
    MODE("queue.col.mode"),
    STATUS("queue.col.status"),
    DAYS_WAITING("queue.col.daysWaiting"),
    TIME_LEFT("queue.col.timeLeft");

    private static final Collator CHINESE = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);

    private final String key;

    QueueColumn(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Ascending order of this column; empty values last. */
    public Comparator<ReadingQueueRow> comparator(LocalDate today, ZoneId zone) {
        return switch (this) {
            case CASE_NUMBER -> text(r -> QueueQuery.normalize(r.caseNumber()));
            case COURT -> text(ReadingQueueRow::courtName);
            case APPLICANT -> text(ReadingQueueRow::applicantName);
            case APPLICATION_DATE -> Comparator.comparing(ReadingQueueRow::applicationDate,
                    Comparator.nullsLast(Comparator.naturalOrder()));
            case CONTENT -> text(ReadingQueueRow::content);
            case MODE -> Comparator.comparing(RowFormat::shownMode, Comparator.nullsLast(Comparator.naturalOrder()));
            case STATUS -> Comparator.comparing(ReadingQueueRow::status, Comparator.nullsLast(Comparator.naturalOrder()));
            case DAYS_WAITING -> Comparator.comparing((ReadingQueueRow r) -> RowFormat.daysWaiting(r, today, zone),
                    Comparator.nullsLast(Comparator.naturalOrder()));
            case TIME_LEFT -> Comparator.comparing((ReadingQueueRow r) -> RowFormat.daysLeft(r, today),
                    Comparator.nullsLast(Comparator.naturalOrder()));
        };
    }

    private static Comparator<ReadingQueueRow> text(Function<ReadingQueueRow, String> f) {
        return Comparator.comparing(f, Comparator.nullsLast((a, b) -> a.equals(b) ? 0 : CHINESE.compare(a, b)));
    }
}

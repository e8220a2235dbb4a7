package org.courtdesk.app.ui.reading;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.courtdesk.app.ui.queue.KindColumn;
import org.courtdesk.app.ui.queue.KindQueueModel;
import org.courtdesk.app.ui.queue.QueueSync;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.ReadingQueueRow;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.request.RequestStatus;

/**
 * What the 阅卷申请 queue gives the queue core ({@link KindQueueModel}) about its rows, no JavaFX here: rows read from
 * the cache's columns ({@link Workspace#readingQueue}, not from stored views), each with its 案号, 申请编号 and 申请人
 * normalised once (the query at every keystroke compares those), the query narrowing as the judge types, the oldest
 * waiting first, and the columns with their sort orders (text columns in the court's collation, ranked once by the
 * core). The view and the bench use the same.
 */
public final class ReadingRows implements KindQueueModel.Rows<ReadingRequestView, ReadingQueueRow, QueueQuery> {

    /** A row's texts normalised once ({@link QueueQuery#normalize}). */
    private record Keys(String caseNumber, String applicationNo, String applicant) {}

    private final Workspace workspace;
    private final Clock clock;
    private final ZoneId zone;
    private final Map<QueueColumn, KindColumn<ReadingQueueRow>> columns = new EnumMap<>(QueueColumn.class);

    public ReadingRows(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
        this.zone = clock.getZone();
        // Minimum widths keep 案号, dates, 申请内容, status and the time columns readable; the court gives way.
        // 案号 needs 208 px beside the core's dot: "（2025）粤0106民初11695号" is 186 px in 13 px Droid Sans Fallback.
        columns.put(QueueColumn.CASE_NUMBER, col(QueueColumn.CASE_NUMBER, 214, 208, ReadingQueueRow::caseNumber)
                .collated(r -> r.caseNumber() == null ? null : QueueQuery.normalize(r.caseNumber())));
        columns.put(QueueColumn.COURT, col(QueueColumn.COURT, 90, 56, r -> RowFormat.courtShort(r.courtName()))
                .collated(ReadingQueueRow::courtName).tooltip(r -> tip(r.courtName())));
        columns.put(QueueColumn.APPLICANT, col(QueueColumn.APPLICANT, 64, 52, ReadingQueueRow::applicantName)
                .collated(ReadingQueueRow::applicantName).tooltip(r -> tip(r.applicantName())));
        columns.put(QueueColumn.APPLICATION_DATE, col(QueueColumn.APPLICATION_DATE, 96, 92,
                r -> RowFormat.date(r.applicationDate()))
                .keyed(r -> r.applicationDate().toEpochDay())
                .emptyLast(r -> r.applicationDate() == null));
        // 申请内容 is often a list ("起诉状、答辩状、庭审笔录、判决书"): the cell shows "起诉状等4项", the tooltip all of it.
        columns.put(QueueColumn.CONTENT, col(QueueColumn.CONTENT, 96, 90, r -> RowFormat.contentSummary(r.content()))
                .collated(ReadingQueueRow::content).tooltip(r -> tip(r.content() == null ? null : r.content().strip())));
        // 查阅方式: once approved, the mode the judge granted (styled when changed); the tooltip says both.
        columns.put(QueueColumn.MODE, col(QueueColumn.MODE, 78, 70, RowFormat::modeText)
                .keyed(r -> RowFormat.shownMode(r) == null ? Integer.MAX_VALUE - 1 : RowFormat.shownMode(r).ordinal())
                .tooltip(RowFormat::modeTooltip).cellMark("mode-changed", RowFormat::modeChanged));
        columns.put(QueueColumn.STATUS, KindColumn.<ReadingQueueRow>status(QueueColumn.STATUS.key(), 124).min(116)
                .keyed(r -> r.status() == null ? Integer.MAX_VALUE - 1 : r.status().ordinal()));
        // 等待天数 and 剩余时间 move with the clock, their order does not: each sorts by its day (the day the wait began,
        // the day the time runs out), made once per row when the judge sorts by it, with no clock read per comparison
        // (issue 14). Which rows have no value does not depend on the day either.
        columns.put(QueueColumn.DAYS_WAITING, col(QueueColumn.DAYS_WAITING, 74, 64,
                r -> RowFormat.daysWaitingText(r, today(), zone))
                .keyed(r -> -RowFormat.waitingSince(r, zone).toEpochDay()) // waited longest = began earliest
                .emptyLast(r -> r.status() != RequestStatus.PENDING_REVIEW || RowFormat.waitingSince(r, zone) == null));
        columns.put(QueueColumn.TIME_LEFT, col(QueueColumn.TIME_LEFT, 96, 84, r -> RowFormat.timeLeftText(r, today()))
                .keyed(r -> RowFormat.leftUntil(r).toEpochDay())
                .emptyLast(r -> (r.status() != RequestStatus.APPROVED && r.status() != RequestStatus.EXPIRED)
                        || RowFormat.attendedOnSite(r) || RowFormat.leftUntil(r) == null)
                .tooltip(r -> tip(RowFormat.timeLeftText(r, today()))));
    }

    private static KindColumn<ReadingQueueRow> col(QueueColumn c, double width, double min,
                                                   Function<ReadingQueueRow, String> text) {
        return KindColumn.of(c.name().toLowerCase(), c.key(), width, text).min(min);
    }

    /** A cell's tooltip only where the text may not fit. */
    private static String tip(String s) {
        return s == null || s.length() < 6 ? null : s;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    ZoneId zone() {
        return zone;
    }

    /** The table's columns, in order. */
    public List<KindColumn<ReadingQueueRow>> columns() {
        return List.copyOf(columns.values());
    }

    /** The core's column of a {@link QueueColumn} (to sort by it). */
    public KindColumn<ReadingQueueRow> column(QueueColumn c) {
        return columns.get(c);
    }

    @Override
    public boolean readsOwnRows() {
        return true;
    }

    @Override
    public List<ReadingQueueRow> readAll() {
        return workspace.readingQueue();
    }

    @Override
    public List<ReadingQueueRow> read(Collection<Long> ids) {
        return workspace.readingQueueRows(ids);
    }

    @Override
    public ReadingQueueRow row(KindRow<ReadingRequestView> source) {
        throw new UnsupportedOperationException("阅卷 rows are read from the cache's columns");
    }

    @Override
    public KindRow<ReadingRequestView> source(ReadingQueueRow row) {
        throw new UnsupportedOperationException("阅卷 rows are read from the cache's columns");
    }

    @Override
    public long id(ReadingQueueRow row) {
        return row.id();
    }

    @Override
    public QueueSync sync(ReadingQueueRow row) {
        return row.syncState() == null ? QueueSync.NONE : switch (row.syncState()) {
            case SYNCED -> QueueSync.NONE;
            case PENDING -> QueueSync.PENDING;
            case CONFLICT -> QueueSync.CONFLICT;
        };
    }

    @Override
    public boolean isOpened(ReadingQueueRow row) {
        return row.opened();
    }

    @Override
    public ReadingQueueRow opened(ReadingQueueRow r) {
        return new ReadingQueueRow(r.id(), r.applicationNo(), r.caseNumber(), r.courtName(), r.applicantName(),
                r.applicationDate(), r.submittedAt(), r.content(), r.requestedMode(), r.grantedMode(), r.status(),
                r.validUntil(), r.onSiteEnd(), r.attended(), true, r.syncState());
    }

    /** 待审查: counted in the tab's title. */
    @Override
    public boolean open(ReadingQueueRow row) {
        return row.status() == RequestStatus.PENDING_REVIEW;
    }

    @Override
    public Object key(ReadingQueueRow row) {
        return new Keys(QueueQuery.normalize(row.caseNumber()), QueueQuery.normalize(row.applicationNo()),
                QueueQuery.normalize(row.applicantName()));
    }

    @Override
    public boolean matches(QueueQuery q, ReadingQueueRow row) {
        return q.matches(row);
    }

    @Override
    public boolean matches(QueueQuery q, ReadingQueueRow row, Object key) {
        if (!(key instanceof Keys k)) {
            return q.matches(row);
        }
        return q.matches(row, k.caseNumber(), k.applicationNo(), k.applicant());
    }

    @Override
    public boolean narrows(QueueQuery q, QueueQuery wider) {
        return q.narrows(wider);
    }

    /** Oldest waiting first. */
    @Override
    public Comparator<ReadingQueueRow> order() {
        return QueueProcessor.defaultOrder();
    }
}

package org.courtdesk.app.ui.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.workspace.ReadingQueueRow;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.request.RequestStatus;

/** Filtering and sorting without JavaFX. */
class QueueProcessorTest {

    private final List<ReadingQueueRow> rows = Samples.workspace().readingQueue();
    private final LocalDate today = Samples.TODAY;

    private List<ReadingQueueRow> apply(QueueQuery q, List<SortKey> sort) {
        return QueueProcessor.apply(rows, q, sort, today, Samples.ZONE);
    }

    private static List<Long> ids(List<ReadingQueueRow> rows) {
        return rows.stream().map(ReadingQueueRow::id).toList();
    }

    @Test
    void defaultShowsAwaitingReviewOldestFirst() {
        List<ReadingQueueRow> r = apply(QueueQuery.DEFAULT, List.of());
        assertThat(ids(r)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(r).allMatch(x -> x.status() == RequestStatus.PENDING_REVIEW);
    }

    @Test
    void statusFilterAll() {
        assertThat(apply(QueueQuery.DEFAULT.withStatus(StatusFilter.ALL), List.of())).hasSize(7);
        assertThat(ids(apply(QueueQuery.DEFAULT.withStatus(StatusFilter.APPROVED), List.of()))).containsExactly(7L);
        assertThat(apply(QueueQuery.DEFAULT.withStatus(StatusFilter.EXPIRED), List.of())).isEmpty();
    }

    @Test
    void caseNumberIgnoresParenthesisWidthAndSpaces() {
        QueueQuery q = QueueQuery.DEFAULT.withStatus(StatusFilter.ALL);
        assertThat(ids(apply(q.withCaseNumber("(2022)粤0106"), List.of()))).containsExactly(2L);
        assertThat(ids(apply(q.withCaseNumber("（2021）粤01民初1号"), List.of()))).containsExactly(1L, 7L);
        assertThat(ids(apply(q.withCaseNumber(" 执 456 "), List.of()))).containsExactly(4L);
    }

    @Test
    void theNumberBoxFindsTheApplicationNumberToo() {
        // the applicant quotes the 申请编号 they were given (seed 001: 提交成功后会显示申请编号)
        QueueQuery q = QueueQuery.DEFAULT.withStatus(StatusFilter.ALL);
        assertThat(ids(apply(q.withCaseNumber("YJ2022000007"), List.of()))).containsExactly(7L);
        assertThat(ids(apply(q.withCaseNumber(" yj2022 000003 "), List.of()))).containsExactly(3L);
        assertThat(ids(apply(q.withCaseNumber("YJ202200000"), List.of()))).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(ids(apply(q.withCaseNumber("YJ2099"), List.of()))).isEmpty();
        // with the other conditions, and the 案号 still found as before
        assertThat(ids(apply(QueueQuery.DEFAULT.withCaseNumber("YJ2022000007"), List.of()))).as("待审查 only").isEmpty();
        assertThat(ids(apply(q.withCaseNumber("（2021）粤01民初1号"), List.of()))).containsExactly(1L, 7L);
    }

    /** A decided row as the workspace gives it. */
    private static ReadingQueueRow decided(long id, ReadingMode asked, ReadingMode granted, RequestStatus status,
                                           LocalDate onSiteEnd, boolean attended) {
        return new ReadingQueueRow(id, "YJ2022" + String.format("%06d", id), "(2021)粤01民初" + id + "号", "广东省广州市中级人民法院",
                "金家慧", Samples.TODAY.minusDays(9), Samples.at(9, 10), "全案卷宗", asked, granted, status,
                granted == ReadingMode.ONLINE ? onSiteEnd : null, granted == ReadingMode.ON_SITE ? onSiteEnd : null,
                attended, true, ReadingQueueRow.SyncState.SYNCED);
    }

    @Test
    void aDecidedRowShowsTheModeTheJudgeGranted() {
        Messages.use(Messages.CHINESE);
        // seed 002 fig. 14: asked online, 因未扫描电子卷 granted on site
        ReadingQueueRow changed = decided(20, ReadingMode.ONLINE, ReadingMode.ON_SITE, RequestStatus.APPROVED,
                today.plusDays(1), false);
        assertThat(RowFormat.shownMode(changed)).isEqualTo(ReadingMode.ON_SITE);
        assertThat(RowFormat.modeText(changed)).isEqualTo("现场阅卷");
        assertThat(RowFormat.modeChanged(changed)).isTrue();
        assertThat(RowFormat.modeTooltip(changed)).isEqualTo("申请的查阅方式：在线阅卷；审查准予的阅卷方式：现场阅卷");
        ReadingQueueRow asAsked = decided(21, ReadingMode.ONLINE, ReadingMode.ONLINE, RequestStatus.APPROVED,
                today.plusDays(5), false);
        assertThat(RowFormat.modeText(asAsked)).isEqualTo("在线阅卷");
        assertThat(RowFormat.modeChanged(asAsked)).isFalse();
        // before a decision, and after a refusal, the requested mode
        ReadingQueueRow waiting = apply(QueueQuery.DEFAULT, List.of()).get(0);
        assertThat(RowFormat.modeText(waiting)).isEqualTo("在线阅卷");
        assertThat(RowFormat.modeTooltip(waiting)).isEqualTo("申请的查阅方式：在线阅卷");
        ReadingQueueRow refused = decided(22, ReadingMode.ON_SITE, null, RequestStatus.REJECTED, null, false);
        assertThat(RowFormat.modeText(refused)).isEqualTo("现场阅卷");
        assertThat(RowFormat.modeChanged(refused)).as("a refusal grants nothing").isFalse();
        assertThat(RowFormat.modeChanged(waiting)).isFalse();
        // the column sorts by what it shows
        List<ReadingQueueRow> byMode = QueueProcessor.apply(List.of(asAsked, changed), QueueQuery.DEFAULT.withStatus(StatusFilter.ALL),
                List.of(new SortKey(QueueColumn.MODE, true)), today, Samples.ZONE);
        assertThat(ids(byMode)).as("online first: 21 is online, 20 was asked online but granted on site")
                .containsExactly(21L, 20L);
        Messages.use(Messages.ENGLISH);
        try {
            assertThat(RowFormat.modeText(changed)).isEqualTo("On site");
            assertThat(RowFormat.modeTooltip(changed)).isEqualTo("Asked for: Online; granted: On site");
        } finally {
            Messages.use(Messages.CHINESE);
        }
    }

    @Test
    void anAttendedVisitShowsAttendedNotExpired() {
        Messages.use(Messages.CHINESE);
        LocalDate ended = today.minusDays(2);
        ReadingQueueRow came = decided(30, ReadingMode.ON_SITE, ReadingMode.ON_SITE, RequestStatus.APPROVED, ended, true);
        ReadingQueueRow missed = decided(31, ReadingMode.ON_SITE, ReadingMode.ON_SITE, RequestStatus.EXPIRED, ended, false);
        assertThat(RowFormat.timeLeftText(came, today)).isEqualTo("已到场");
        assertThat(RowFormat.daysLeft(came, today)).as("nothing left to run out").isNull();
        assertThat(RowFormat.timeLeftText(missed, today)).isEqualTo("已过期");
        List<ReadingQueueRow> both = List.of(came, missed);
        assertThat(ids(QueueProcessor.apply(both, QueueQuery.DEFAULT.withStatus(StatusFilter.APPROVED), List.of(), today,
                Samples.ZONE))).containsExactly(30L);
        assertThat(ids(QueueProcessor.apply(both, QueueQuery.DEFAULT.withStatus(StatusFilter.EXPIRED), List.of(), today,
                Samples.ZONE))).containsExactly(31L);
        // a visit the reading room recorded on the first day of a window still open
        ReadingQueueRow early = decided(32, ReadingMode.ON_SITE, ReadingMode.ON_SITE, RequestStatus.APPROVED,
                today.plusDays(1), true);
        assertThat(RowFormat.timeLeftText(early, today)).isEqualTo("已到场");
    }

    @Test
    void applicantAndDateRange() {
        QueueQuery q = QueueQuery.DEFAULT.withStatus(StatusFilter.ALL);
        assertThat(ids(apply(q.withApplicant("金家"), List.of()))).containsExactly(1L, 7L);
        assertThat(ids(apply(q.withDates(today.minusDays(3), today.minusDays(1)), List.of()))).containsExactly(3L, 4L, 5L, 7L);
        assertThat(ids(apply(q.withDates(today, null), List.of()))).containsExactly(6L);
        assertThat(ids(apply(q.withDates(null, today.minusDays(5)), List.of()))).containsExactly(1L);
    }

    @Test
    void sortsByColumnsBothWays() {
        QueueQuery all = QueueQuery.DEFAULT.withStatus(StatusFilter.ALL);
        assertThat(ids(apply(all, List.of(new SortKey(QueueColumn.APPLICATION_DATE, false)))).get(0)).isEqualTo(6L);
        List<ReadingQueueRow> waiting = apply(all, List.of(new SortKey(QueueColumn.DAYS_WAITING, false)));
        assertThat(waiting.get(0).id()).isEqualTo(1L);
        assertThat(waiting.get(waiting.size() - 1).id()).as("decided rows have no waiting time: last").isEqualTo(7L);
        List<ReadingQueueRow> waitingAsc = apply(all, List.of(new SortKey(QueueColumn.DAYS_WAITING, true)));
        assertThat(waitingAsc.get(0).id()).isEqualTo(6L);
        assertThat(waitingAsc.get(waitingAsc.size() - 1).id()).isEqualTo(7L);
        List<ReadingQueueRow> byApplicant = apply(all, List.of(new SortKey(QueueColumn.APPLICANT, true)));
        List<String> names = byApplicant.stream().map(ReadingQueueRow::applicantName).toList();
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(java.text.Collator.getInstance(java.util.Locale.SIMPLIFIED_CHINESE));
        assertThat(names).isEqualTo(sorted);
    }

    @Test
    void twentyThousandRowsFilterAndSortCorrectly() {
        List<ReadingQueueRow> many = Samples.manyRows(20_000, 1000);
        QueueQuery q = QueueQuery.DEFAULT.withStatus(StatusFilter.ALL).withCaseNumber("(2021)粤0106民初");
        List<ReadingQueueRow> got = QueueProcessor.apply(many, q, List.of(new SortKey(QueueColumn.CASE_NUMBER, true)),
                today, Samples.ZONE);
        List<ReadingQueueRow> expected = many.stream()
                .filter(r -> QueueQuery.normalize(r.caseNumber()).contains("(2021)粤0106民初"))
                .sorted(Comparator.comparing((ReadingQueueRow r) -> QueueQuery.normalize(r.caseNumber()),
                        java.text.Collator.getInstance(java.util.Locale.SIMPLIFIED_CHINESE)::compare)
                        .thenComparing(QueueProcessor.defaultOrder()))
                .toList();
        assertThat(got).isNotEmpty().isEqualTo(expected);
    }

    @Test
    void derivedColumnsRead() {
        Messages.use(Messages.CHINESE);
        ReadingQueueRow first = apply(QueueQuery.DEFAULT, List.of()).get(0);
        assertThat(RowFormat.daysWaitingText(first, today, Samples.ZONE)).isEqualTo("6 天");
        ReadingQueueRow approved = apply(QueueQuery.DEFAULT.withStatus(StatusFilter.APPROVED), List.of()).get(0);
        assertThat(RowFormat.daysWaitingText(approved, today, Samples.ZONE)).isEqualTo("—");
        // id 7 came to the reading room on the first day of its window (是否到场 是)
        assertThat(RowFormat.timeLeftText(approved, today)).isEqualTo("已到场");
        ReadingQueueRow notYet = decided(23, ReadingMode.ON_SITE, ReadingMode.ON_SITE, RequestStatus.APPROVED,
                today.plusDays(1), false);
        assertThat(RowFormat.timeLeftText(notYet, today)).isEqualTo("剩 1 天");
    }

    @Test
    void courtNamesAreShortenedForTheTable() {
        assertThat(RowFormat.courtShort("广东省广州市中级人民法院")).isEqualTo("广州中院");
        assertThat(RowFormat.courtShort("广州市天河区人民法院")).isEqualTo("天河区法院");
        assertThat(RowFormat.courtShort("广东省高级人民法院")).isEqualTo("广东省高院");
        assertThat(RowFormat.courtShort("东莞市第二人民法院")).isEqualTo("东莞市第二法院");
        assertThat(RowFormat.courtShort(null)).isEqualTo("—");
    }

    @Test
    void aListOfMaterialsIsSummarisedAsTheFirstAndTheCount() {
        Messages.use(Messages.CHINESE);
        assertThat(RowFormat.contentItems(" 起诉状、答辩状，庭审笔录;判决书、 ")).containsExactly("起诉状", "答辩状", "庭审笔录", "判决书");
        assertThat(RowFormat.contentSummary("起诉状、答辩状、庭审笔录、判决书")).isEqualTo("起诉状等4项");
        assertThat(RowFormat.contentSummary("全案卷宗")).isEqualTo("全案卷宗");
        assertThat(RowFormat.contentSummary("第一、二册卷宗")).isEqualTo("第一、二册卷宗");
        assertThat(RowFormat.contentSummary("第一、二册卷宗、庭审笔录")).isEqualTo("第一、二册卷宗等2项");
        assertThat(RowFormat.contentSummary(" ")).isEqualTo("—");
        assertThat(RowFormat.contentSummary(null)).isEqualTo("—");
        Messages.use(Messages.ENGLISH);
        try {
            assertThat(RowFormat.contentSummary("起诉状、答辩状")).isEqualTo("起诉状 + 1 more");
        } finally {
            Messages.use(Messages.CHINESE);
        }
    }
}

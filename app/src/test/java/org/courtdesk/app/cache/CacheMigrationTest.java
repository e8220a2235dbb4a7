package org.courtdesk.app.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.courtdesk.app.outbox.Outbox;
import org.courtdesk.app.outbox.OutboxEntry;
import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.testing.Fixtures;
import org.courtdesk.app.testing.MutableClock;
import org.courtdesk.model.api.AttendanceRecord;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cache migrations. V2: the outbox and the opened flags key requests by kind and id; old rows are 阅卷申请. V3: the
 * outbox holds two actions (decision, attendance record); old entries stay decisions.
 */
class CacheMigrationTest {

    static final KdfParams CHEAP = new KdfParams(1024, 1, 1);
    static final char[] PASSWORD = "旧缓存-Old#1".toCharArray();
    static final RequestRef READING_1 = RequestRef.of(RequestKind.CASE_FILE_READING, 1);
    static final RequestRef FILING_1 = RequestRef.of(RequestKind.ONLINE_FILING, 1);

    @TempDir
    Path tmp;
    final MutableClock clock = MutableClock.courtMorning();

    static ReviewDecision keyed(long baseVersion) {
        return new ReviewDecision(UUID.randomUUID(), baseVersion, ReviewOpinion.DISAGREE, "材料不全", null, null, null,
                null, null);
    }

    @Test
    void rowsOfTheOldSchemaBecomeReadingRowsWithEverythingElseKept() throws Exception {
        Path dir = tmp.resolve("u");
        ReviewDecision decision = keyed(3);
        Instant savedAt = Instant.parse("2026-11-23T01:02:03.004Z");
        long outboxId;
        try (LocalCache old = OldCaches.createV1(dir, PASSWORD, CHEAP, clock)) {
            outboxId = old.write(h -> {
                OldCaches.putReading(h, Fixtures.request(1, 3), 4, clock.instant());
                FeedCursor.set(h, 4, clock.instant());
                OldCaches.markOpened(h, 1, clock.instant());
                return OldCaches.addOutboxEntry(h, 1, decision, savedAt);
            });
            // Really the old schema: no kind anywhere yet.
            int kindColumns = old.read(h -> h.createQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS "
                    + "WHERE COLUMN_NAME = 'REQUEST_KIND'").mapTo(Integer.class).one());
            assertThat(kindColumns).isZero();
        }

        try (LocalCache cache = LocalCache.open(dir, PASSWORD, clock)) {
            List<OutboxEntry> entries = cache.read(Outbox::all);
            assertThat(entries).singleElement().satisfies(e -> {
                assertThat(e.id()).isEqualTo(outboxId);
                assertThat(e.request()).isEqualTo(READING_1);
                assertThat(e.idempotencyKey()).isEqualTo(decision.idempotencyKey());
                assertThat(e.decision()).isEqualTo(decision);
                assertThat(e.baseVersion()).isEqualTo(3);
                assertThat(e.state()).isEqualTo(OutboxState.PENDING);
                assertThat(e.savedAt()).isEqualTo(savedAt);
            });
            Set<RequestRef> opened = cache.read(OpenedStore::all);
            assertThat(opened).containsExactly(READING_1);
            Optional<CachedRequest> row = cache.read(h -> RequestStore.find(h, 1));
            assertThat(row).get().extracting(CachedRequest::version).isEqualTo(3L);
            // A row from before the queue columns (V8) is read for the queue from its JSON, whole.
            List<RequestStore.QueueColumns> queue = cache.read(RequestStore::queueColumns);
            assertThat(queue).containsExactly(RequestStore.QueueColumns.of(row.get().view(), false));
            assertThat(queue.get(0).content()).isEqualTo(row.get().view().content()).isNotNull();
            long cursor = cache.read(FeedCursor::get);
            assertThat(cursor).isEqualTo(4);
            // The old workstation applied 阅卷 only, and left no trace of what else it dropped.
            Set<RequestKind> filled = cache.read(FeedKinds::filled);
            assertThat(filled).containsExactly(RequestKind.CASE_FILE_READING);
        }
    }

    @Test
    void aPendingDecisionOfAV2CacheStaysADecisionAfterV3() throws Exception {
        Path dir = tmp.resolve("v2");
        ReviewDecision decision = keyed(3);
        Instant savedAt = Instant.parse("2026-11-23T01:02:03.004Z");
        long outboxId;
        try (LocalCache old = OldCaches.createV2(dir, PASSWORD, CHEAP, clock)) {
            outboxId = old.write(h -> {
                OldCaches.putReading(h, Fixtures.request(1, 3), 4, clock.instant());
                return OldCaches.addV2OutboxEntry(h, 1, decision, savedAt);
            });
        }
        try (LocalCache cache = LocalCache.open(dir, PASSWORD, clock)) {
            assertThat(cache.read(Outbox::all)).singleElement().satisfies(e -> {
                assertThat(e.id()).isEqualTo(outboxId);
                assertThat(e.op()).isEqualTo(OutboxEntry.OP_DECISION);
                assertThat(e.isDecision()).isTrue();
                assertThat(e.decision()).isEqualTo(decision);
                assertThat(e.attendance()).isNull();
                assertThat(e.idempotencyKey()).isEqualTo(decision.idempotencyKey());
                assertThat(e.state()).isEqualTo(OutboxState.PENDING);
                assertThat(e.savedAt()).isEqualTo(savedAt);
            });
            assertThat(entry(cache, READING_1)).get().extracting(OutboxEntry::id).isEqualTo(outboxId);
            Optional<OutboxEntry> noVisit = cache.read(h -> Outbox.attendanceFor(h, READING_1));
            assertThat(noVisit).as("an old decision is never taken for an attendance record").isEmpty();

            // An attendance record of the same request is a second entry beside it, read back as what it is.
            AttendanceRecord visit = new AttendanceRecord(UUID.randomUUID(), 3, true,
                    Fixtures.TODAY.atTime(9, 0), Fixtures.TODAY.atTime(9, 30));
            cache.write(h -> Outbox.addAttendance(h, READING_1, visit, clock.instant()));
            Optional<OutboxEntry> recorded = cache.read(h -> Outbox.attendanceFor(h, READING_1));
            assertThat(recorded).get().satisfies(e -> {
                assertThat(e.isAttendance()).isTrue();
                assertThat(e.attendance()).isEqualTo(visit);
                assertThat(e.decision()).isNull();
            });
            assertThat(entry(cache, READING_1)).get().extracting(OutboxEntry::id).isEqualTo(outboxId);
            // Only the two known actions can be stored.
            assertThatThrownBy(() -> cache.write(h -> h.execute("UPDATE outbox SET op = 'OTHER' WHERE id = ?", outboxId)))
                    .isInstanceOf(UnableToExecuteStatementException.class);
        }
    }

    @Test
    void theSameIdOfTwoKindsIsTwoOutboxEntriesAndTwoOpenedFlags() throws Exception {
        try (LocalCache cache = LocalCache.create(tmp.resolve("u"), PASSWORD, CHEAP, clock)) {
            Instant now = clock.instant();
            ReviewDecision reading = keyed(3);
            ReviewDecision filing = keyed(5);
            cache.write(h -> {
                Outbox.add(h, READING_1, reading, now);
                Outbox.add(h, FILING_1, filing, now);
                return null;
            });
            assertThat(entry(cache, READING_1)).get().extracting(OutboxEntry::idempotencyKey)
                    .isEqualTo(reading.idempotencyKey());
            assertThat(entry(cache, FILING_1)).get().extracting(OutboxEntry::idempotencyKey)
                    .isEqualTo(filing.idempotencyKey());
            int removed = cache.write(h -> Outbox.removeForRequest(h, FILING_1));
            assertThat(removed).isEqualTo(1);
            assertThat(entry(cache, FILING_1)).isEmpty();
            assertThat(entry(cache, READING_1)).isPresent();

            assertThat(mark(cache, READING_1)).isTrue();
            boolean filingOpened = cache.read(h -> OpenedStore.isOpened(h, FILING_1));
            assertThat(filingOpened).isFalse();
            assertThat(mark(cache, FILING_1)).isTrue();
            assertThat(mark(cache, FILING_1)).isFalse();
            Set<Long> readingIds = cache.read(h -> OpenedStore.ids(h, RequestKind.CASE_FILE_READING));
            assertThat(readingIds).containsExactly(1L);
            Set<RequestRef> all = cache.read(OpenedStore::all);
            assertThat(all).containsExactlyInAnyOrder(READING_1, FILING_1);
        }
    }

    private static Optional<OutboxEntry> entry(LocalCache cache, RequestRef ref) {
        return cache.read(h -> Outbox.forRequest(h, ref));
    }

    private boolean mark(LocalCache cache, RequestRef ref) {
        return cache.write(h -> OpenedStore.mark(h, ref, clock.instant()));
    }

    @Test
    void aRowWithoutItsKindIsRefused() throws Exception {
        try (LocalCache cache = LocalCache.create(tmp.resolve("u"), PASSWORD, CHEAP, clock)) {
            // The default only filled the rows the migration found: new code must name the kind.
            assertThatThrownBy(() -> cache.write(h -> OldCaches.addOutboxEntry(h, 1, keyed(1), clock.instant())))
                    .isInstanceOf(UnableToExecuteStatementException.class);
            assertThatThrownBy(() -> cache.write(h -> {
                OldCaches.markOpened(h, 1, clock.instant());
                return null;
            })).isInstanceOf(UnableToExecuteStatementException.class);
            List<OutboxEntry> entries = cache.read(Outbox::all);
            assertThat(entries).isEmpty();
            Set<RequestRef> opened = cache.read(OpenedStore::all);
            assertThat(opened).isEmpty();
        }
    }
}

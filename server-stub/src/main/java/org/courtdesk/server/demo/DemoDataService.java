package org.courtdesk.server.demo;

import java.time.Clock;

import org.courtdesk.server.DemoData;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** {@link DemoSeeder}, then each kind's demo requests in its own transaction, as the server finds them at startup (listed in META-INF/services). */
public final class DemoDataService implements DemoData {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DemoDataService.class);

    /**
     * The court, its people and 阅卷申请 into an empty database; then the 网上立案 of the same court, on its accounts,
     * whenever the demo court has none yet: the two are separate transactions, so a demo server killed between them
     * gets its filings at the next start instead of never.
     */
    @Override
    public boolean seedIfEmpty(Jdbi jdbi, Clock clock) {
        // Several instances started with --demo on one database seed once: each takes the seed lock (V22) first and
        // holds it until every seeder below has committed; the next one then finds nothing missing.
        try (Handle lock = jdbi.open()) {
            boolean h2 = lock.getConnection().getMetaData().getDatabaseProductName().toUpperCase(java.util.Locale.ROOT)
                    .contains("H2");
            String before = h2 ? lock.createQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                    + "WHERE SETTING_NAME = 'LOCK_TIMEOUT'").mapTo(String.class).findOne().orElse(null) : null;
            if (h2) {
                lock.execute("SET LOCK_TIMEOUT " + LOCK_WAIT_MILLIS); // H2 waits a second or so by default
            }
            try {
                return lock.inTransaction(h -> {
                    h.createQuery("SELECT id FROM seed_lock WHERE id = 1 FOR UPDATE").mapTo(Integer.class).one();
                    return seedAll(jdbi, clock);
                });
            } finally {
                if (before != null && before.matches("\\d+")) {
                    lock.execute("SET LOCK_TIMEOUT " + before); // the pooled connection as it was
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot take the demo seed lock", e);
        }
    }

    /** How long a second instance waits for the first one's seeding (the demo court takes seconds to a minute). */
    private static final int LOCK_WAIT_MILLIS = 10 * 60 * 1000;

    private static boolean seedAll(Jdbi jdbi, Clock clock) {
        long start = System.nanoTime();
        // The files seeding stores are forced to the disk together at its end, not one by one (demo data only).
        boolean seeded = org.courtdesk.server.files.DirectoryFileStore.syncAtEnd(() -> seedEach(jdbi, clock));
        if (seeded) {
            LOG.info("demo court seeded in {} ms", (System.nanoTime() - start) / 1_000_000);
            // Seeding drew and hashed hundreds of files: the heap grew to hold them and, all garbage now, would stay
            // that large (resident) until the next collection that happens to shrink it. One full collection here
            // hands it back, so the seeded server is as small as after a restart (DemoServerBench).
            long gc = System.nanoTime();
            System.gc();
            LOG.info("demo court: heap collected after seeding in {} ms", (System.nanoTime() - gc) / 1_000_000);
        }
        return seeded;
    }

    private static boolean seedEach(Jdbi jdbi, Clock clock) {
        boolean seeded = DemoSeeder.seedIfEmpty(jdbi, clock);
        boolean more = false;
        if (DemoFilings.missing(jdbi)) {
            DemoFilings.seed(jdbi, clock);
            seeded = true;
        }
        if (DemoBindings.missing(jdbi)) {
            DemoBindings.seed(jdbi, clock);
            seeded = true;
        }
        if (DemoAdjournments.missing(jdbi)) {
            DemoAdjournments.seed(jdbi, clock);
            seeded = true;
        }
        if (DemoAppeals.missing(jdbi)) {
            DemoAppeals.seed(jdbi, clock);
            seeded = true;
        }
        if (DemoPreservations.missing(jdbi)) {
            DemoPreservations.seed(jdbi, clock);
            more = true;
        }
        if (DemoInvestigations.missing(jdbi)) {
            DemoInvestigations.seed(jdbi, clock);
            more = true;
        }
        // 材料转接 (spec-004 §10)
        if (DemoTransfers.missing(jdbi)) {
            DemoTransfers.seed(jdbi, clock);
            more = true;
        }
        // 庭审笔录 (spec-004 §13)
        if (DemoTranscripts.missing(jdbi)) {
            DemoTranscripts.seed(jdbi, clock);
            more = true;
        }
        // 联系法官
        if (DemoContacts.missing(jdbi)) {
            DemoContacts.seed(jdbi, clock);
            more = true;
        }
        // 意见建议
        if (DemoSuggestions.missing(jdbi)) {
            DemoSuggestions.seed(jdbi, clock);
            more = true;
        }
        if (DemoServiceContents.missing(jdbi)) {
            DemoServiceContents.seed(jdbi, clock);
            more = true;
        }
        // 证据交换 (spec-004 §7)
        if (DemoEvidenceExchanges.missing(jdbi)) {
            DemoEvidenceExchanges.seed(jdbi, clock);
            more = true;
        }
        return seeded || more;
    }
}

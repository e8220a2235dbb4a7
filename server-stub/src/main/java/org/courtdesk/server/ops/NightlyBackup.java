package org.courtdesk.server.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.courtdesk.server.ServerConfig;
import org.courtdesk.server.files.DirectoryFileStore;
import org.courtdesk.server.files.OrphanSweep;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link Backups#backup} once a day at the plan's hour (court time) and keeps the plan's number of backups;
 * before it, the file store's {@link OrphanSweep}. A failure is logged as an error and tried again the next night;
 * the server keeps serving.
 */
public final class NightlyBackup implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NightlyBackup.class);
    /** When the orphan sweep runs where no backup is planned: a quiet hour of the court's night. */
    static final int SWEEP_HOUR_WITHOUT_BACKUP = 3;
    private final ScheduledExecutorService timer;

    private NightlyBackup(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Starts the schedule of the backup (nothing when the plan is off), without the file store's orphan sweep. */
    public static NightlyBackup start(Jdbi jdbi, ServerConfig config) {
        return start(jdbi, config, null);
    }

    /**
     * Starts the nightly job: the file store's {@link OrphanSweep} (when {@code files} is given; every night, also
     * without a backup plan) and then the backup (when the plan is on), at the plan's hour (3:00 without a plan).
     */
    public static NightlyBackup start(Jdbi jdbi, ServerConfig config, DirectoryFileStore files) {
        BackupPlan plan = config.backupPlan();
        if (!plan.enabled() && files == null) {
            return new NightlyBackup(null);
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "courtdesk-nightly-backup");
            t.setDaemon(true);
            return t;
        });
        Clock clock = config.clock();
        Runnable run = () -> {
            if (files != null) {
                try {
                    OrphanSweep.run(jdbi, files, OrphanSweep.DEFAULT_GRACE);
                } catch (RuntimeException e) {
                    LOG.error("nightly orphan sweep of {} failed; next try tomorrow", files.root(), e);
                }
            }
            if (!plan.enabled()) {
                return;
            }
            try {
                Backups.backup(jdbi, config.effectiveJdbcUrl(), config.effectiveFilesDir(), plan.dir(), clock.instant(),
                        config.zone());
                Backups.prune(plan.dir(), plan.keep());
            } catch (RuntimeException e) {
                LOG.error("nightly backup into {} failed; next try tomorrow", plan.dir(), e);
            }
        };
        int hour = plan.enabled() ? plan.hour() : SWEEP_HOUR_WITHOUT_BACKUP;
        Duration first = untilNext(clock.instant(), config.zone(), hour);
        timer.scheduleAtFixedRate(run, first.toSeconds(), Duration.ofDays(1).toSeconds(), TimeUnit.SECONDS);
        if (plan.enabled()) {
            LOG.info("nightly backup at {}:00 ({}) into {}, keeping {}; next in {}", plan.hour(), config.zone(),
                    plan.dir().toAbsolutePath(), plan.keep(), first);
        } else {
            LOG.info("nightly orphan sweep of the file store at {}:00 ({}); next in {}", hour, config.zone(), first);
        }
        return new NightlyBackup(timer);
    }

    /** How long from {@code now} until the next {@code hour}:00 in {@code zone}. */
    static Duration untilNext(Instant now, ZoneId zone, int hour) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime next = local.toLocalDate().atTime(hour, 0).atZone(zone);
        if (!next.isAfter(local)) {
            next = local.toLocalDate().plusDays(1).atTime(hour, 0).atZone(zone);
        }
        return Duration.between(local, next);
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}

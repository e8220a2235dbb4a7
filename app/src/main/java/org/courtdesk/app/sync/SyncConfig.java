package org.courtdesk.app.sync;

import java.time.Duration;
import java.time.ZoneId;

/**
 * How the sync service paces itself.
 *
 * @param period           between successful cycles (the feed is pulled this often)
 * @param backoffBase      first retry after a failure; doubles per consecutive failure
 * @param backoffMax       longest wait between retries while offline
 * @param pageLimit        changes per page ({@code limit} of the feed)
 * @param prefetch         download the materials of requests awaiting review, so they open offline
 * @param prefetchMaxBytes larger materials are fetched only when opened
 * @param zone             the court's time zone (dates like 有效截止日期 are local to it)
 */
public record SyncConfig(Duration period, Duration backoffBase, Duration backoffMax, int pageLimit,
                         boolean prefetch, long prefetchMaxBytes, ZoneId zone) {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public static final SyncConfig DEFAULT = new SyncConfig(Duration.ofSeconds(30), Duration.ofSeconds(5),
            Duration.ofSeconds(60), 200, true, 20L * 1024 * 1024, CHINA);

    public SyncConfig withPageLimit(int limit) {
        return new SyncConfig(period, backoffBase, backoffMax, limit, prefetch, prefetchMaxBytes, zone);
    }

    public SyncConfig withPrefetch(boolean on) {
        return new SyncConfig(period, backoffBase, backoffMax, pageLimit, on, prefetchMaxBytes, zone);
    }

    public SyncConfig withPeriod(Duration p, Duration base, Duration max) {
        return new SyncConfig(p, base, max, pageLimit, prefetch, prefetchMaxBytes, zone);
    }

    /** Wait after {@code failures} consecutive failures (1 = the first). */
    public Duration backoff(int failures) {
        if (failures <= 0) {
            return period;
        }
        long ms = backoffBase.toMillis() << Math.min(failures - 1, 20);
        return Duration.ofMillis(Math.min(ms, backoffMax.toMillis()));
    }
}

package org.courtdesk.app.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests move by hand; it counts how often it was read (a test of "the clock is read once per sort"). */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;
    private final AtomicInteger reads = new AtomicInteger();

    /** At {@code start}, in UTC. */
    public MutableClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    public MutableClock(Instant start, ZoneId zone) {
        this.now = new AtomicReference<>(start);
        this.zone = zone;
    }

    /** Where {@code clock} stands now, in its zone (e.g. a fixed clock of the samples, made movable). */
    public static MutableClock at(Clock clock) {
        return new MutableClock(clock.instant(), clock.getZone());
    }

    /** 2026-11-23 10:00 in Beijing. */
    public static MutableClock courtMorning() {
        return new MutableClock(Instant.parse("2026-11-23T02:00:00Z"));
    }

    public void advance(Duration d) {
        now.updateAndGet(i -> i.plus(d));
    }

    public void set(Instant i) {
        now.set(i);
    }

    /** How often {@link #instant()} (also through {@link #millis()}) was called. */
    public int reads() {
        return reads.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        reads.incrementAndGet();
        return now.get();
    }
}

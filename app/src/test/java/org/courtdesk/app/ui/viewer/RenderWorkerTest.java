package org.courtdesk.app.ui.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The render thread of one document: cancellation, time budgets, abandoning a stuck thread, priorities. */
class RenderWorkerTest {

    private static final Duration LONG = Duration.ofSeconds(60);

    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();

    private RenderWorker<String> worker(Duration grace) {
        return new RenderWorker<>("t", () -> "doc-" + opened.incrementAndGet(), c -> closed.incrementAndGet(), grace);
    }

    @Test
    void aJobCancelledWhileQueuedNeverRunsAndLaterJobsKeepTheirOwnBudget() throws Exception {
        try (RenderWorker<String> w = worker(Duration.ofSeconds(2))) {
            CountDownLatch release = new CountDownLatch(1);
            var blocker = w.submit(RenderWorker.Priority.VISIBLE, LONG, (c, cancel) -> {
                release.await(30, TimeUnit.SECONDS);
                return "first";
            });
            AtomicBoolean ranB = new AtomicBoolean();
            // B has a tiny budget: before, its timer fired later and killed whichever job ran then.
            var b = w.submit(RenderWorker.Priority.VISIBLE, Duration.ofMillis(50), (c, cancel) -> {
                ranB.set(true);
                return "B";
            });
            b.cancel();
            release.countDown();
            assertThat(blocker.future().get(30, TimeUnit.SECONDS)).isEqualTo("first");
            var c = w.submit(RenderWorker.Priority.VISIBLE, Duration.ofSeconds(30), (ctx, cancel) -> {
                Thread.sleep(300); // longer than B's budget
                return ctx;
            });
            assertThat(c.future().get(30, TimeUnit.SECONDS)).isEqualTo("doc-1");
            assertThat(ranB).isFalse();
            assertThatThrownBy(() -> b.future().get()).isInstanceOf(CancellationException.class);
            assertThat(w.jobsRun()).isEqualTo(2);
            assertThat(w.threadsStarted()).isEqualTo(1);
        }
    }

    @Test
    void aJobOverItsBudgetFailsAtOnceStopsWorkingAndTheNextJobRuns() throws Exception {
        try (RenderWorker<String> w = worker(Duration.ofSeconds(5))) {
            AtomicLong spins = new AtomicLong();
            var slow = w.submit(RenderWorker.Priority.VISIBLE, Duration.ofMillis(300), (c, cancel) -> {
                while (true) { // a renderer checking its flag per operator
                    cancel.check();
                    spins.incrementAndGet();
                    Thread.onSpinWait();
                }
            });
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> slow.future().get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(TimeoutException.class);
            assertThat((System.nanoTime() - t0) / 1e6).isLessThan(20_000);
            var next = w.submit(RenderWorker.Priority.VISIBLE, Duration.ofSeconds(30), (c, cancel) -> c);
            assertThat(next.future().get(30, TimeUnit.SECONDS)).isEqualTo("doc-1"); // same thread, same document
            long after = spins.get();
            Thread.sleep(200);
            assertThat(spins.get()).as("the abandoned render no longer burns CPU").isEqualTo(after);
            assertThat(w.abandonedThreads()).isZero();
        }
    }

    @Test
    void aThreadStuckInsideOneOperatorIsAbandonedAndAFreshOneReopensTheDocument() throws Exception {
        try (RenderWorker<String> w = worker(Duration.ofMillis(300))) {
            CountDownLatch stuck = new CountDownLatch(1);
            var bad = w.submit(RenderWorker.Priority.VISIBLE, Duration.ofMillis(200), (c, cancel) -> {
                while (stuck.getCount() > 0) { // ignores its flag and interrupts, like a decoder deep in a stream
                    try {
                        stuck.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException ignored) {
                        // keeps going
                    }
                }
                return "never used";
            });
            assertThatThrownBy(() -> bad.future().get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(TimeoutException.class);
            var next = w.submit(RenderWorker.Priority.VISIBLE, Duration.ofSeconds(30), (c, cancel) -> c);
            assertThat(next.future().get(30, TimeUnit.SECONDS)).isEqualTo("doc-2");
            assertThat(w.abandonedThreads()).isEqualTo(1);
            stuck.countDown();
            long until = System.currentTimeMillis() + 20_000;
            while (closed.get() < 1 && System.currentTimeMillis() < until) {
                Thread.sleep(20);
            }
            assertThat(closed.get()).as("the stuck thread closes its own document once it returns").isEqualTo(1);
        }
    }

    @Test
    void thePageOnScreenGoesBeforePrefetchAndBackgroundWork() throws Exception {
        try (RenderWorker<String> w = worker(Duration.ofSeconds(2))) {
            CountDownLatch release = new CountDownLatch(1);
            w.submit(RenderWorker.Priority.VISIBLE, LONG, (c, cancel) -> release.await(30, TimeUnit.SECONDS));
            StringBuffer order = new StringBuffer();
            var bg = w.submit(RenderWorker.Priority.BACKGROUND, LONG, (c, cancel) -> order.append("B"));
            var pre = w.submit(RenderWorker.Priority.PREFETCH, LONG, (c, cancel) -> order.append("P"));
            var vis = w.submit(RenderWorker.Priority.VISIBLE, LONG, (c, cancel) -> order.append("V"));
            release.countDown();
            bg.future().get(30, TimeUnit.SECONDS);
            pre.future().get(30, TimeUnit.SECONDS);
            vis.future().get(30, TimeUnit.SECONDS);
            assertThat(order.toString()).isEqualTo("VPB");
        }
    }

    @Test
    void aFailedOpenIsReportedAndRetriedOnTheNextJob() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        try (RenderWorker<String> w = new RenderWorker<>("t", () -> {
            if (tries.incrementAndGet() == 1) {
                throw new java.io.IOException("needs a password");
            }
            return "open";
        }, c -> { }, Duration.ofSeconds(2))) {
            var first = w.submit(RenderWorker.Priority.VISIBLE, LONG, (c, cancel) -> c);
            assertThatThrownBy(() -> first.future().get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(java.io.IOException.class);
            var second = w.submit(RenderWorker.Priority.VISIBLE, LONG, (c, cancel) -> c);
            assertThat(second.future().get(30, TimeUnit.SECONDS)).isEqualTo("open");
        }
    }
}

package org.courtdesk.app.ui.viewer;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One document's render thread. PDFBox documents are not thread-safe, so every piece of work on one document runs
 * here, one at a time, most urgent first ({@link Priority}). Each job has a time budget and a {@link Cancel} flag
 * that the renderer checks per PDF operator ({@link GuardedRenderer}): a job past its budget is told to stop, its
 * future fails with {@link TimeoutException} at once, and when it really stops its CPU and memory are free. A job
 * cancelled while still queued never runs. A thread that does not stop within the grace period (one operator
 * stuck inside a decoder) is abandoned: a fresh thread reopens the document (from disk, cheap) for the next job, so
 * one bad page never takes the others with it. Finished jobs keep no timer: nothing holds a page image after use.
 *
 * @param <C> what the thread works on (an open document), opened lazily on the thread and closed on it
 */
public final class RenderWorker<C> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RenderWorker.class);
    private static final ScheduledThreadPoolExecutor TIMER = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "courtdesk-render-timer");
        t.setDaemon(true);
        return t;
    });

    static {
        TIMER.setRemoveOnCancelPolicy(true);
    }

    /** Opens the context on the worker thread (may throw, e.g. a wrong password). */
    @FunctionalInterface
    public interface Opener<C> {
        C open() throws Exception;
    }

    @FunctionalInterface
    public interface Task<C, T> {
        T run(C context, Cancel cancel) throws Exception;
    }

    /** What runs first: the page on screen, then the pages next to it, then thumbnails and search. */
    public enum Priority { VISIBLE, PREFETCH, BACKGROUND }

    /** Why a job was told to stop. */
    public enum Reason { CANCELLED, TIMEOUT, CLOSED }

    /** Thrown by {@link Cancel#check()} inside a job that must stop. Unchecked so it passes PDFBox's catch blocks. */
    public static final class Aborted extends RuntimeException {
        private final Reason reason;

        Aborted(Reason reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    /** A job's stop flag, checked by the renderer per operator. */
    public static final class Cancel {
        private volatile Reason reason;

        /** A flag that nobody sets (work outside a worker, tests). */
        public static Cancel none() {
            return new Cancel();
        }

        void stop(Reason why) {
            if (reason == null) {
                reason = why;
            }
        }

        public boolean stopped() {
            return reason != null;
        }

        public void check() {
            Reason r = reason;
            if (r != null) {
                throw new Aborted(r);
            }
        }
    }

    /** A submitted job. */
    public static final class Job<T> implements Comparable<Job<?>> {
        private static final AtomicLong SEQ = new AtomicLong();
        private final Priority priority;
        private final long seq = SEQ.incrementAndGet();
        private final Duration budget;
        private final Task<Object, T> task;
        private final Cancel cancel = new Cancel();
        private final CompletableFuture<T> future = new CompletableFuture<>();
        private volatile boolean started;

        @SuppressWarnings("unchecked")
        private Job(Priority priority, Duration budget, Task<?, T> task) {
            this.priority = priority;
            this.budget = budget;
            this.task = (Task<Object, T>) task;
        }

        public CompletableFuture<T> future() {
            return future;
        }

        public Priority priority() {
            return priority;
        }

        /** Stops the job: a queued job never runs, a running one stops at its next operator. */
        public void cancel() {
            cancel.stop(Reason.CANCELLED);
            future.completeExceptionally(new CancellationException("cancelled"));
        }

        public boolean started() {
            return started;
        }

        @Override
        public int compareTo(Job<?> o) {
            int p = priority.compareTo(o.priority);
            return p != 0 ? p : Long.compare(seq, o.seq);
        }
    }

    /** 30 s polls without work before the thread closes its document and ends (the next job reopens it). */
    private static final int IDLE_POLLS = 10;

    private final String name;
    private final Opener<C> opener;
    private final Consumer<C> closer;
    private final Duration grace;
    private final PriorityBlockingQueue<Job<?>> queue = new PriorityBlockingQueue<>();
    private final AtomicInteger threads = new AtomicInteger();
    private final AtomicInteger abandoned = new AtomicInteger();
    private final AtomicInteger ran = new AtomicInteger();
    private volatile Loop loop;
    private volatile boolean closed;

    public RenderWorker(String name, Opener<C> opener, Consumer<C> closer, Duration grace) {
        this.name = name;
        this.opener = opener;
        this.closer = closer;
        this.grace = grace;
    }

    /** Queues {@code task}; it fails with TimeoutException once it has run longer than {@code budget}. */
    public synchronized <T> Job<T> submit(Priority priority, Duration budget, Task<C, T> task) {
        Job<T> job = new Job<>(priority, budget, task);
        if (closed) {
            job.cancel.stop(Reason.CLOSED);
            job.future.completeExceptionally(new CancellationException("closed"));
            return job;
        }
        queue.add(job);
        if (loop == null) {
            startLoop();
        }
        return job;
    }

    /** Cancels every queued job of {@code priority} (e.g. prefetches that are no longer next to the page). */
    public void cancelQueued(Priority priority) {
        for (Job<?> j : queue) {
            if (j.priority == priority && !j.started) {
                j.cancel();
            }
        }
    }

    private void startLoop() {
        Loop l = new Loop();
        loop = l;
        Thread t = new Thread(l, "courtdesk-render-" + name + "-" + threads.incrementAndGet());
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        l.thread = t;
        t.start();
    }

    /** Threads started so far (1 unless some were abandoned). */
    public int threadsStarted() {
        return threads.get();
    }

    /** Threads given up because they did not stop within the grace period. */
    public int abandonedThreads() {
        return abandoned.get();
    }

    /** Jobs that actually ran (a job cancelled while queued does not count). */
    public int jobsRun() {
        return ran.get();
    }

    private synchronized void abandon(Loop stuck, Job<?> job) {
        if (loop != stuck || closed) {
            return;
        }
        LOG.warn("render thread {} did not stop within {} ms after its budget; starting a fresh one",
                stuck.thread.getName(), grace.toMillis());
        abandoned.incrementAndGet();
        stuck.stale = true;
        stuck.thread.interrupt();
        startLoop();
    }

    @Override
    public synchronized void close() {
        closed = true;
        Job<?> j;
        while ((j = queue.poll()) != null) {
            j.cancel.stop(Reason.CLOSED);
            j.future.completeExceptionally(new CancellationException("closed"));
        }
        Loop l = loop;
        if (l != null) {
            Job<?> running = l.current;
            if (running != null) {
                running.cancel.stop(Reason.CLOSED);
            }
            l.thread.interrupt();
        }
    }

    private final class Loop implements Runnable {
        Thread thread;
        volatile boolean stale;
        volatile Job<?> current;
        private C context;

        @Override
        public void run() {
            try {
                int idle = 0;
                while (!stale && !closed) {
                    Job<?> job;
                    try {
                        job = queue.poll(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        continue;
                    }
                    if (job == null) {
                        if (++idle >= IDLE_POLLS) {
                            break; // idle for minutes (a viewer nobody disposed): free the thread and the document
                        }
                        continue;
                    }
                    idle = 0;
                    if (stale) { // a fresh thread took over while we waited: hand the job back
                        queue.add(job);
                        break;
                    }
                    runJob(job);
                }
            } finally {
                if (context != null) {
                    try {
                        closer.accept(context);
                    } catch (Throwable t) {
                        LOG.debug("closing the render context failed", t);
                    }
                    context = null;
                }
                synchronized (RenderWorker.this) {
                    if (loop == this) {
                        loop = null;
                        if (!queue.isEmpty() && !closed) {
                            startLoop();
                        }
                    }
                }
            }
        }

        private <T> void runJob(Job<T> job) {
            if (job.cancel.stopped() || job.future.isDone()) {
                return; // cancelled while queued: never runs
            }
            job.started = true;
            current = job;
            ran.incrementAndGet();
            Loop self = this;
            ScheduledFuture<?> timer = TIMER.schedule(() -> {
                job.cancel.stop(Reason.TIMEOUT);
                job.future.completeExceptionally(new TimeoutException("over " + job.budget.toMillis() + " ms"));
                TIMER.schedule(() -> {
                    if (self.current == job) {
                        abandon(self, job);
                    }
                }, grace.toMillis(), TimeUnit.MILLISECONDS);
            }, job.budget.toMillis(), TimeUnit.MILLISECONDS);
            T result = null;
            Throwable failure = null;
            try {
                if (context == null) {
                    context = opener.open();
                }
                job.cancel.check();
                result = job.task.run(context, job.cancel);
            } catch (Aborted a) {
                failure = a.reason() == Reason.TIMEOUT ? new TimeoutException("over budget")
                        : new CancellationException(a.reason().name());
            } catch (Throwable t) {
                failure = t;
                if (t instanceof OutOfMemoryError || t instanceof StackOverflowError) {
                    LOG.warn("render job failed with {}", t.toString());
                }
            } finally {
                timer.cancel(false);
                current = null;
            }
            if (failure != null) {
                job.future.completeExceptionally(failure);
            } else {
                job.future.complete(result);
            }
            Thread.interrupted(); // a stray interrupt must not hit the next job
        }
    }
}

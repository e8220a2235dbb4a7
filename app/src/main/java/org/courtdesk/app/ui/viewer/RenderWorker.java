package org.courtdesk.app.ui.viewer;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.courtdesk.app.ui.Fx;

/**
 * Runs PDF work on one worker with a time bound and cancellation. Real-world PDFs can recurse forever (cyclic
 * Type3 fonts), throw on broken page trees, or render for minutes (JBIG2 bombs): every Throwable is caught and
 * reported, and a task over its time is cancelled and its worker abandoned, so the next page is not stuck behind it.
 */
public final class RenderWorker implements AutoCloseable {

    private static final ScheduledExecutorService TIMER =
            Executors.newSingleThreadScheduledExecutor(Fx.daemon("courtdesk-render-timer"));

    private final Duration limit;
    private ExecutorService worker = newWorker();
    private Future<?> current;

    public RenderWorker(Duration limit) {
        this.limit = limit;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(Fx.daemon("courtdesk-render"));
    }

    /** Cancels what runs now and starts {@code task}; the future fails with TimeoutException past the limit. */
    public synchronized <T> CompletableFuture<T> submit(Callable<T> task) {
        cancelCurrent();
        CompletableFuture<T> result = new CompletableFuture<>();
        ExecutorService w = worker;
        Future<?> f = w.submit(() -> {
            try {
                result.complete(task.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        current = f;
        TIMER.schedule(() -> {
            if (!result.isDone()) {
                result.completeExceptionally(new TimeoutException("render took longer than " + limit.toSeconds() + " s"));
                f.cancel(true);
                abandon(w);
            }
        }, limit.toMillis(), TimeUnit.MILLISECONDS);
        return result;
    }

    /** Runs {@code task} after whatever is queued (e.g. closing the document), without a time bound. */
    public synchronized void after(Runnable task) {
        worker.execute(() -> {
            try {
                task.run();
            } catch (Throwable ignored) {
                // closing is best effort
            }
        });
    }

    private synchronized void abandon(ExecutorService stuck) {
        if (worker == stuck) {
            stuck.shutdownNow();
            worker = newWorker();
        }
    }

    public synchronized void cancelCurrent() {
        if (current != null && !current.isDone()) {
            current.cancel(true);
        }
    }

    @Override
    public synchronized void close() {
        cancelCurrent();
        worker.shutdown();
    }
}

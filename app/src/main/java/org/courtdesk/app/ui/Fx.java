package org.courtdesk.app.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.application.Platform;

/** Threading helpers: blocking work runs on daemon workers, results hop back to the FX thread. */
public final class Fx {

    private static final ExecutorService BACKGROUND = Executors.newCachedThreadPool(daemon("courtdesk-ui-worker"));

    private Fx() {}

    public static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    public static ExecutorService background() {
        return BACKGROUND;
    }

    /** Runs {@code r} on the FX thread: now if already there, else later. */
    public static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    /** Runs {@code work} on a worker; hands its result or failure to the FX thread. Catches everything. */
    public static <T> void async(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        BACKGROUND.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Throwable t) {
                Platform.runLater(() -> onFailure.accept(t));
            }
        });
    }
}

package org.courtdesk.app.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.courtdesk.app.cache.CacheFloor;
import org.courtdesk.app.cache.LocalCache;
import org.courtdesk.app.cache.RequestStore;
import org.courtdesk.app.settings.AppDirs;
import org.courtdesk.app.settings.AppLogs;
import org.courtdesk.app.settings.Settings;
import org.courtdesk.app.testing.Harness;
import org.courtdesk.app.ui.Theme;
import org.courtdesk.app.ui.main.MainWindow;
import org.courtdesk.app.workspace.local.DefaultLoginService;
import org.courtdesk.app.workspace.local.LocalWorkspace;

/**
 * One start for {@link StartupBench}, in a JVM of its own: "bare" shows an empty JavaFX window; "app" starts JavaFX,
 * signs the judge in offline from the cache in {@code home} and shows the main window until the 阅卷 queue has its rows.
 * Prints {@code STARTUP <ms since the JVM started>}, and for "app" {@code LOGIN <ms>} (the offline login) and
 * {@code WINDOW <ms>} (building the main window on the FX thread).
 */
public final class StartupProbe {

    private StartupProbe() {}

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path home = Path.of(args[1]);
        String url = args[2];
        if (mode.equals("open") || mode.equals("floor")) {
            openCache(mode, home);
            System.exit(0);
            return;
        }
        if (mode.equals("app")) {
            // as the Launcher does: INFO to the log file (and the console), set up while JavaFX starts
            AppLogs.installInBackground(home);
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        System.out.println("FX " + sinceJvmStart() + cpu());
        CountDownLatch shown = new CountDownLatch(1);
        if (mode.equals("bare")) {
            Platform.runLater(() -> {
                Stage stage = new Stage();
                Scene scene = new Scene(new StackPane(), 1280, 800);
                scene.addPostLayoutPulseListener(shown::countDown);
                stage.setScene(scene);
                stage.show();
            });
        } else {
            DefaultLoginService login = new DefaultLoginService(Settings.load(home, null), java.time.Clock.systemUTC(),
                    Harness.CHEAP, org.courtdesk.app.sync.SyncConfig.DEFAULT.withPrefetch(false), Harness.FAST, false);
            AppLogs.awaitInstalled(); // as CourtDeskApp's login does
            System.out.println("LOGIN-START " + sinceJvmStart());
            long before = System.currentTimeMillis();
            LocalWorkspace ws = login.loginLocal(url, Harness.USER, Harness.PASSWORD.toCharArray());
            System.out.println("LOGIN " + (System.currentTimeMillis() - before) + cpu());
            Platform.runLater(() -> {
                System.out.println("WINDOW-START " + sinceJvmStart());
                long t = System.currentTimeMillis();
                Theme.init();
                MainWindow main = new MainWindow(ws, java.time.Clock.systemUTC());
                System.out.println("WINDOW " + (System.currentTimeMillis() - t) + cpu());
                Stage stage = new Stage();
                Scene scene = new Scene(main, 1280, 800);
                Theme.apply(scene);
                stage.setScene(scene);
                long s = System.currentTimeMillis();
                stage.show();
                System.out.println("SHOW " + (System.currentTimeMillis() - s) + cpu());
                long[] pulses = {0};
                scene.addPostLayoutPulseListener(() -> {
                    if (pulses[0]++ == 0) {
                        System.out.println("PULSE1 " + sinceJvmStart() + cpu());
                    }
                    if (shown.getCount() > 0 && main.reading() != null && main.reading().model().settled()
                            && !main.reading().table().getItems().isEmpty()) {
                        System.out.println("PULSES " + pulses[0] + cpu());
                        shown.countDown();
                    }
                });
            });
        }
        boolean ok = shown.await(120, TimeUnit.SECONDS);
        long ms = sinceJvmStart();
        System.out.println((ok ? "STARTUP " + ms : "STARTUP -1") + cpu());
        if (Boolean.getBoolean("bench.threads")) {
            threadCpu();
        }
        System.exit(0);
    }

    /** -Dbench.threads=true: CPU time of each thread of this JVM so far (JIT and GC threads too), from /proc (Linux). */
    private static void threadCpu() {
        java.util.Map<String, Long> byName = new java.util.TreeMap<>();
        try (var tasks = java.nio.file.Files.list(Path.of("/proc/self/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = java.nio.file.Files.readString(t.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                            .replaceAll("[0-9]+$", "#");
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime + stime
                    byName.merge(name, ticks * 10, Long::sum);
                } catch (java.io.IOException | RuntimeException e) {
                    // a thread gone meanwhile
                }
            }
        } catch (java.io.IOException e) {
            return;
        }
        byName.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .filter(e -> e.getValue() > 0).forEach(e -> System.out.println("CPU " + e.getKey() + " " + e.getValue() + " ms"));
    }

    /** With -Dbench.threads=true: " (cpu N ms)", the process's CPU time so far (every thread, JIT and GC too). */
    private static String cpu() {
        if (!Boolean.getBoolean("bench.threads")
                || !(ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)) {
            return "";
        }
        return " (cpu " + os.getProcessCpuTime() / 1_000_000 + " ms, this thread "
                + ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000 + " ms)";
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /**
     * "open": the workstation's cache open (key derivation, H2, schema check) + the 阅卷 queue's first read, as the
     * offline login does it; "floor": the same closed file opened with plain JDBC (same cipher, same key derivation)
     * + SELECT of the same columns. Prints {@code OPEN <ms>} from the start of the work (the JVM already up), and
     * {@code ROWS <n>}.
     */
    private static void openCache(String mode, Path home) throws Exception {
        Path dir = AppDirs.userDir(home, Harness.USER);
        long t = System.nanoTime();
        int rows;
        if (mode.equals("open")) {
            // As the login opens it: the key derived (and H2/Jdbi loaded) in the background, then the open.
            LocalCache.Pending pending = LocalCache.prepare(dir, Harness.PASSWORD.toCharArray());
            try (LocalCache cache = LocalCache.open(pending, java.time.Clock.systemUTC())) {
                rows = cache.read(RequestStore::queueColumns).size();
                System.out.println("OPEN " + (System.nanoTime() - t) / 1_000_000);
            }
        } else {
            rows = 0;
            try (Connection c = CacheFloor.open(dir, Harness.PASSWORD.toCharArray());
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, version, application_no, case_number, court_name, "
                         + "applicant_name, application_date, submitted_at, content, requested_mode, status, reviewed, "
                         + "review_opinion, review_mode, valid_until, on_site_end, attended, removed, queue_cols "
                         + "FROM reading_request ORDER BY submitted_at DESC, id DESC")) {
                while (rs.next()) {
                    rows++;
                    for (int i = 1; i <= 19; i++) {
                        rs.getObject(i);
                    }
                }
                System.out.println("OPEN " + (System.nanoTime() - t) / 1_000_000);
                s.execute("SHUTDOWN");
            }
        }
        System.out.println("ROWS " + rows);
    }
}

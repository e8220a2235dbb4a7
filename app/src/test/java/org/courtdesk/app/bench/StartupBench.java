package org.courtdesk.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.courtdesk.app.cache.KdfParams;
import org.courtdesk.app.settings.Settings;
import org.courtdesk.app.testing.Fixtures;
import org.courtdesk.app.testing.Harness;
import org.courtdesk.app.workspace.local.DefaultLoginService;
import org.courtdesk.app.workspace.local.LocalWorkspace;

/**
 * Start-up (issue 13): a fresh JVM started, the offline login of a judge with a filled cache, and the 阅卷 queue shown
 * with its rows — against a bare JavaFX window (a StackPane on a Stage, first frame) in a fresh JVM with the same flags,
 * measured alternately in the same run. Both on the headless Monocle platform the tests use (software rendering), so
 * the figure is the workstation's own cost above JavaFX's, not a screen's. Also the cache open alone (fresh JVMs):
 * {@code LocalCache.open} + the 阅卷 queue's first read against a plain JDBC open + SELECT of the same file with the
 * same cipher and key derivation. The cache is made with the workstation's real key derivation cost. Prints medians
 * and appends {@code startup_ratio} and {@code cache_open_ratio} (with their floors) to
 * {@code target/bench/results.tsv}; asserts only that everything ran. {@code -Dbench.startup.requests=N} for a bigger
 * cache.
 */
class StartupBench {

    @TempDir
    Path home;

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final int REQUESTS = Integer.getInteger("bench.startup.requests", 40);
    /** -Dbench.verbose=true: every line of the started JVMs (the whole INFO step log). */
    private static final boolean VERBOSE = Boolean.getBoolean("bench.verbose");

    @Test
    void startAndOfflineLoginToTheQueueAgainstABareJavaFxWindow() throws Exception {
        // -Dbench.startup.home=DIR: the cache is made in DIR and kept there (to run StartupProbe by hand, e.g. with JFR)
        String keep = System.getProperty("bench.startup.home");
        if (keep != null) {
            home = Path.of(keep);
            java.nio.file.Files.createDirectories(home);
        }
        String url;
        try (Harness h = new Harness(home)) {
            for (int i = 1; i <= REQUESTS; i++) {
                h.server.put(Fixtures.request(i, 1));
            }
            // The cache as a workstation makes it: the real key derivation cost (KdfParams.DEFAULT), not the tests'.
            LocalWorkspace ws = new DefaultLoginService(Settings.load(home, null), h.clock, KdfParams.DEFAULT,
                    h.config.withPageLimit(200), Harness.FAST, false).loginLocal(h.server.url(), Harness.USER,
                    Harness.PASSWORD.toCharArray());
            h.use(ws);
            ws.syncService().runCycle(false);
            url = h.server.url();
        } // the server is gone: the next login is offline, from the cache
        List<Long> bare = new ArrayList<>();
        List<Long> app = new ArrayList<>();
        List<Long> floor = new ArrayList<>();
        List<Long> open = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            bare.add(run("bare", url, "STARTUP "));
            app.add(run("app", url, "STARTUP "));
            floor.add(run("floor", url, "OPEN "));
            open.add(run("open", url, "OPEN "));
        }
        long b = median(bare);
        long a = median(app);
        long f = median(floor);
        long o = median(open);
        String load = loadAverage();
        System.out.printf(Locale.ROOT, "StartupBench: bare JavaFX window %d ms; CourtDesk start + offline login -> queue"
                + " shown %d ms (+%d ms); rounds bare %s app %s%n", b, a, a - b, bare, app);
        System.out.printf(Locale.ROOT, "StartupBench: cache of %d requests: plain JDBC open + SELECT %d ms; LocalCache.open"
                + " + first queue read %d ms; rounds floor %s open %s; load average %s%n", REQUESTS, f, o, floor, open, load);
        System.out.printf(Locale.ROOT, "StartupBench: startup_ratio %.2f, cache_open_ratio %.2f%n", (double) a / b,
                (double) o / f);
        assertThat(bare).allMatch(x -> x > 0);
        assertThat(app).allMatch(x -> x > 0);
        assertThat(floor).allMatch(x -> x >= 0);
        assertThat(open).allMatch(x -> x >= 0);
        BenchResults.append(List.of(
                BenchResults.row("startup_ms", a, "ms (JVM start + offline login -> queue shown; load " + load + ")", b),
                BenchResults.row("startup_ratio", (double) a / b, "x (vs a bare JavaFX window, same flags)", 1),
                BenchResults.row("startup_cache_open_ms", o, "ms (" + REQUESTS + " requests: open + first queue read)",
                        Math.max(1, f)),
                BenchResults.row("cache_open_ratio", (double) o / Math.max(1, f),
                        "x (vs plain JDBC open + SELECT, same file, cipher, key derivation)", 1)));
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim().split(" ", 4)[0] + " "
                    + java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim().split(" ", 4)[1];
        } catch (java.io.IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private long run(String mode, String url, String figure) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String p : List.of("testfx.headless", "glass.platform", "monocle.platform", "headless.geometry", "prism.order",
                "java.awt.headless", "file.encoding", "bench.threads")) {
            if (System.getProperty(p) != null) {
                cmd.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(StartupProbe.class.getName());
        cmd.add(mode);
        cmd.add(home.toString());
        cmd.add(url);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        long ms = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (VERBOSE || line.startsWith("LOGIN ") || line.startsWith("WINDOW") || line.startsWith("FX ")
                        || line.startsWith("SHOW ") || line.startsWith("PULSE") || line.startsWith("LOGIN-START")
                        || line.startsWith("ROWS ") || line.contains(" opened in ") || line.contains(" compact")
                        || line.contains("ms in all") || line.contains("unreachable (after")) {
                    System.out.println("StartupBench: " + mode + " " + line);
                }
                if (line.startsWith(figure)) {
                    ms = Long.parseLong(line.substring(figure.length()).trim());
                }
            }
        }
        p.waitFor();
        return ms;
    }

    private static long median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        s.sort(null);
        return s.get(s.size() / 2);
    }
}

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

import org.courtdesk.app.testing.Fixtures;
import org.courtdesk.app.testing.Harness;

/**
 * Start-up (issue 13): a fresh JVM started, the offline login of a judge with a filled cache, and the 阅卷 queue shown
 * with its rows — against a bare JavaFX window (a StackPane on a Stage, first frame) in a fresh JVM with the same flags,
 * measured alternately in the same run. Both on the headless Monocle platform the tests use (software rendering), so
 * the figure is the workstation's own cost above JavaFX's, not a screen's. Prints medians; asserts only that both ran.
 */
class StartupBench {

    @TempDir
    Path home;

    private static final int ROUNDS = 3;

    @Test
    void startAndOfflineLoginToTheQueueAgainstABareJavaFxWindow() throws Exception {
        String url;
        try (Harness h = new Harness(home)) {
            for (int i = 1; i <= 40; i++) {
                h.server.put(Fixtures.request(i, 1));
            }
            h.login().syncService().runCycle(false);
            url = h.server.url();
        } // the server is gone: the next login is offline, from the cache
        List<Long> bare = new ArrayList<>();
        List<Long> app = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            bare.add(run("bare", url));
            app.add(run("app", url));
        }
        long b = median(bare);
        long a = median(app);
        System.out.printf(Locale.ROOT, "StartupBench: bare JavaFX window %d ms; CourtDesk start + offline login -> queue"
                + " shown %d ms (+%d ms); rounds bare %s app %s%n", b, a, a - b, bare, app);
        assertThat(bare).allMatch(x -> x > 0);
        assertThat(app).allMatch(x -> x > 0);
    }

    private long run(String mode, String url) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String p : List.of("testfx.headless", "glass.platform", "monocle.platform", "headless.geometry", "prism.order",
                "java.awt.headless", "file.encoding")) {
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
                if (line.startsWith("LOGIN ") || line.startsWith("WINDOW ")) {
                    System.out.println("StartupBench: " + mode + " " + line);
                }
                if (line.startsWith("STARTUP ")) {
                    ms = Long.parseLong(line.substring("STARTUP ".length()).trim());
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

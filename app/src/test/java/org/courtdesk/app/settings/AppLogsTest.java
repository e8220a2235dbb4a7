package org.courtdesk.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppLogsTest {

    @TempDir
    Path tmp;

    @Test
    void theLogFileIsWrittenUnderTheAppDataFolder() throws Exception {
        LoggerContext ctx = new LoggerContext();
        ctx.setMDCAdapter(new LogbackMDCAdapter());
        Path home = tmp.resolve("app-data");
        Path file = AppLogs.install(ctx, home);
        ctx.getLogger("org.courtdesk.test").info("同步完成 {}", 42);
        ctx.getLogger("org.courtdesk.test").debug("not at INFO");
        ctx.stop();

        assertThat(file).isEqualTo(home.resolve("logs").resolve("courtdesk.log"));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("INFO").contains("同步完成 42").doesNotContain("not at INFO");
    }
}

package org.courtdesk.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path tmp;

    static Properties sys(String os, String... kv) {
        Properties p = new Properties();
        p.setProperty("os.name", os);
        p.setProperty("user.home", "/home/judge");
        for (int i = 0; i < kv.length; i += 2) {
            p.setProperty(kv[i], kv[i + 1]);
        }
        return p;
    }

    @Test
    void theAppDataFolderFollowsTheOperatingSystemUnlessOverridden() {
        assertThat(AppDirs.home(sys("Windows 11"), Map.of("LOCALAPPDATA", "C:\\Users\\wang\\AppData\\Local")).toString())
                .endsWith("CourtDesk").contains("AppData");
        assertThat(AppDirs.home(sys("Linux"), Map.of("XDG_DATA_HOME", "/data/xdg"))).isEqualTo(Path.of("/data/xdg/courtdesk"));
        assertThat(AppDirs.home(sys("Linux"), Map.of())).isEqualTo(Path.of("/home/judge/.local/share/courtdesk"));
        assertThat(AppDirs.home(sys("Linux"), Map.of(AppDirs.HOME_ENV, "/srv/cd"))).isEqualTo(Path.of("/srv/cd"));
        assertThat(AppDirs.home(sys("Linux", AppDirs.HOME_PROPERTY, "/tmp/t"), Map.of(AppDirs.HOME_ENV, "/srv/cd")))
                .isEqualTo(Path.of("/tmp/t"));
    }

    @Test
    void theInstallFolderComesFromThePropertyOrTheJpackageLauncher() {
        assertThat(AppDirs.installDir(sys("Linux"), Map.of())).isNull();
        // The root of the jpackage bundle, where IT puts courtdesk.properties: above bin/ on Linux ...
        assertThat(AppDirs.installDir(sys("Linux", "jpackage.app-path", "/opt/courtdesk/bin/CourtDesk"), Map.of()))
                .isEqualTo(Path.of("/opt/courtdesk"));
        // ... and beside CourtDesk.exe on Windows (the launcher sits in the install folder itself).
        assertThat(AppDirs.installDir(sys("Windows 11", "jpackage.app-path", "/c/Program Files/CourtDesk/CourtDesk.exe"),
                Map.of())).isEqualTo(Path.of("/c/Program Files/CourtDesk"));
        assertThat(AppDirs.installDir(sys("Linux", AppDirs.INSTALL_DIR_PROPERTY, "/opt/cd"), Map.of())).isEqualTo(Path.of("/opt/cd"));
    }

    @Test
    void userFoldersNeverUseTheNameAsAPathAndNeverCollide() {
        Path home = Path.of("/h");
        Path a = AppDirs.userDir(home, "Zhang");
        Path b = AppDirs.userDir(home, "zhang");
        Path evil = AppDirs.userDir(home, "../../etc");
        Path chinese = AppDirs.userDir(home, "张三");
        assertThat(a).isNotEqualTo(b);
        assertThat(evil.getParent()).isEqualTo(home.resolve("users"));
        assertThat(evil.getFileName().toString()).doesNotContain("/").doesNotContain("..").matches("[a-z0-9_-]+");
        assertThat(chinese.getFileName().toString()).matches("_+-[0-9a-f]{12}");
        assertThat(AppDirs.userDir(home, "张三")).isEqualTo(chinese);
    }

    @Test
    void theServerAddressIsRememberedElseITsPresetElseLocalhost() throws Exception {
        Path home = tmp.resolve("home");
        Path install = tmp.resolve("install");
        assertThat(Settings.load(home, null).serverUrl()).isEqualTo(Settings.FALLBACK_SERVER_URL);

        Files.createDirectories(install);
        Files.writeString(install.resolve(Settings.PRESET_FILE_NAME), "server.url=http://10.1.2.3:7070\n", StandardCharsets.UTF_8);
        Settings s = Settings.load(home, install);
        assertThat(s.serverUrl()).isEqualTo("http://10.1.2.3:7070");
        assertThat(s.lastUsername()).isEmpty();

        s.rememberLogin("http://court.local:7070", "王法官");
        Settings again = Settings.load(home, install);
        assertThat(again.serverUrl()).isEqualTo("http://court.local:7070");
        assertThat(again.lastUsername()).contains("王法官");
        assertThat(again.presetServerUrl()).contains("http://10.1.2.3:7070");
        Properties onDisk = new Properties();
        onDisk.load(Files.newBufferedReader(home.resolve(Settings.FILE_NAME), StandardCharsets.UTF_8));
        assertThat(onDisk.stringPropertyNames()).containsExactlyInAnyOrder(Settings.KEY_SERVER_URL, Settings.KEY_LAST_USER);
    }
}

package org.courtdesk.app.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.settings.Settings;
import org.courtdesk.app.testing.Fixtures;
import org.courtdesk.app.testing.Harness;
import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.ui.UiTestSupport;
import org.courtdesk.app.workspace.local.LocalWorkspace;
import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.UserInfo;

/**
 * 设置 and 注销 / 切换用户 (issue 13). Settings: a wrong server address is refused with its reason and nothing is saved;
 * a right one, the language and desktop reminders are kept where the app keeps its preferences. Logout: the judge is told
 * how many actions are not uploaded; another judge signing in next sees none of them; the first judge back finds the
 * decision still waiting, and it is uploaded.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsAndLogoutTest {

    @TempDir
    Path home;

    @Start
    void start(Stage stage) {
        // each test opens its own window
    }

    @Test
    void settingsRefuseAWrongAddressAndKeepTheRest(FxRobot robot) throws Exception {
        Messages.use(Messages.CHINESE);
        FakeWorkspace ws = Samples.workspace();
        Settings settings = Settings.load(home, null);
        Stage stage = onFx(Stage::new);
        MainWindow main = onFx(() -> new MainWindow(ws, Samples.CLOCK));
        onFx(() -> {
            main.useSettings(settings);
            UiTestSupport.show(stage, main, 1280, 800);
            return null;
        });
        try {
            waitUntil(() -> main.reading().model().settled());
            onFx(() -> {
                main.reading().table().requestFocus();
                return null;
            });
            robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL); // Ctrl+,
            waitUntil(() -> main.settingsDialog != null && main.settingsDialog.isShowing());
            SettingsDialog d = main.settingsDialog;
            assertThat(onFx(() -> d.server.getText())).isEqualTo(Settings.FALLBACK_SERVER_URL);
            assertThat(onFx(() -> ((javafx.scene.control.Label) d.getDialogPane().lookup("#settings-zone")).getText()))
                    .isEqualTo(Samples.CLOCK.getZone().getId());
            assertThat(onFx(() -> ((javafx.scene.control.Label) d.getDialogPane().lookup("#settings-logs")).getText()))
                    .endsWith("logs");
            UiTestSupport.snapshot(d.getDialogPane(), "settings-dialog");
            Button save = onFx(() -> (Button) d.getDialogPane().lookup("#settings-save"));

            // a wrong address: the reason under the field, the dialog stays, nothing saved
            onFx(() -> {
                d.server.setText("http://");
                save.fire();
                return null;
            });
            assertThat(onFx(d::isShowing)).isTrue();
            assertThat(onFx(() -> d.serverError.isVisible())).isTrue();
            assertThat(onFx(() -> d.serverError.getText())).contains("http://");
            assertThat(settings.get(Settings.KEY_SERVER_URL)).isEmpty();

            onFx(() -> {
                d.server.setText("https://court.example.cn:8443/courtdesk");
                d.language.getSelectionModel().select(1);
                d.desktop.setSelected(true);
                save.fire();
                return null;
            });
            waitUntil(() -> !d.isShowing());
            assertThat(settings.serverUrl()).isEqualTo("https://court.example.cn:8443/courtdesk");
            assertThat(settings.get(SettingsDialog.LANGUAGE_KEY)).contains("en");
            waitUntil(() -> "on".equals(ws.userValues.get("notices.desktop")));
            // the settings file, read again (the next start)
            assertThat(Settings.load(home, null).serverUrl()).isEqualTo("https://court.example.cn:8443/courtdesk");
        } finally {
            onFx(() -> {
                main.dispose();
                stage.close();
                return null;
            });
        }
    }

    @Test
    void aLoggedOutJudgesPendingDecisionStaysTheirsAndIsUploadedAfterTheirNextLogin() throws Exception {
        Messages.use(Messages.CHINESE);
        try (Harness h = new Harness(home)) {
            String otherPassword = "Judge#2027";
            h.server.account("lifg", otherPassword, new UserInfo(8, "lifg", "李法官", Role.JUDGE, "粤0106", true));
            h.server.put(Fixtures.request(1, 1));
            LocalWorkspace first = h.login();
            first.syncService().runCycle(false);
            // offline, a decision: in the outbox, not uploaded
            h.server.down(true);
            first.saveDecision(1, Fixtures.disagree());
            first.syncService().runCycle(false);
            assertThat(first.syncStatus().pendingUploads()).isEqualTo(1);

            Stage stage = onFx(Stage::new);
            MainWindow main = onFx(() -> new MainWindow(first, Samples.CLOCK));
            AtomicReference<String> told = new AtomicReference<>();
            AtomicBoolean out = new AtomicBoolean();
            onFx(() -> {
                main.confirmLogoutWith(words -> {
                    told.set(words);
                    return true;
                });
                main.onLogout(() -> {
                    main.dispose();
                    first.close();
                    out.set(true);
                });
                UiTestSupport.show(stage, main, 1280, 800);
                return null;
            });
            onFx(() -> {
                main.logout();
                return null;
            });
            waitUntil(out::get);
            onFx(() -> {
                stage.close();
                return null;
            });
            assertThat(told.get()).startsWith("还有 1 项操作").contains("加密缓存");
            h.use(null);

            // another judge signs in at the same workstation: their own cache, nothing of the first judge's
            h.server.down(false);
            LocalWorkspace other = h.loginService().loginLocal(h.server.url(), "lifg", otherPassword.toCharArray());
            try {
                other.syncService().runCycle(false);
                assertThat(other.syncStatus().pendingUploads()).isZero();
                assertThat(other.pendingDecision(1)).isEmpty();
                assertThat(h.server.decisionPosts).isEmpty();
            } finally {
                other.close();
            }

            // the first judge back: the decision still waits, and goes up
            LocalWorkspace again = h.login();
            assertThat(again.syncStatus().pendingUploads()).isEqualTo(1);
            assertThat(again.pendingDecision(1)).isPresent();
            again.syncService().runCycle(false);
            assertThat(h.server.decisionPosts).hasSize(1);
            assertThat(again.syncStatus().pendingUploads()).isZero();
        }
    }
}

package org.courtdesk.app.ui.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Fx;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.ui.UiTestSupport;
import org.courtdesk.app.workspace.LoginException;
import org.courtdesk.app.workspace.LoginService;
import org.courtdesk.app.workspace.Workspace;

@ExtendWith(ApplicationExtension.class)
class LoginViewTest {

    /** What the fake server does with the next login. */
    static volatile LoginException.Reason failWith;
    static volatile CountDownLatch block;
    static final List<String> attempts = new CopyOnWriteArrayList<>();

    private final ServerAddressStore store = ServerAddressStore.inMemory("https://court.example.cn");
    private final List<Workspace> entered = new CopyOnWriteArrayList<>();
    private LoginView view;

    @Start
    void start(Stage stage) {
        Messages.use(Messages.CHINESE);
        failWith = null;
        block = null;
        attempts.clear();
        LoginService service = (url, user, password) -> {
            attempts.add(url + "|" + user + "|" + new String(password));
            assertThat(Platform.isFxApplicationThread()).as("login must run off the FX thread").isFalse();
            CountDownLatch b = block;
            if (b != null) {
                try {
                    b.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (failWith != null) {
                throw new LoginException(failWith, "HTTP 502 Bad Gateway", null);
            }
            return Samples.workspace();
        };
        LoginViewModel vm = new LoginViewModel(service, store, null, Fx.background(), Platform::runLater);
        view = new LoginView(vm, entered::add, () -> { });
        UiTestSupport.show(stage, view, 1100, 720);
    }

    private void typeCredentials(FxRobot robot, String user, String password) {
        robot.clickOn("#login-username").write(user);
        robot.clickOn("#login-password").write(password);
    }

    @ParameterizedTest
    @EnumSource(LoginException.Reason.class)
    void everyFailureIsShownInChinese(LoginException.Reason reason, FxRobot robot) {
        failWith = reason;
        typeCredentials(robot, "zhangfg", "wrong");
        robot.clickOn("#login-submit");
        Label error = robot.lookup("#login-error").queryAs(Label.class);
        waitUntil(() -> error.isVisible() && !error.getText().isEmpty());
        String expected = reason == LoginException.Reason.SERVER_ERROR
                ? Messages.format("login.error.SERVER_ERROR", "HTTP 502 Bad Gateway") : Messages.get(Messages.loginKey(reason));
        assertThat(error.getText()).isEqualTo(expected);
        assertThat(error.getText()).matches(s -> s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN), "contains Chinese");
        assertThat(entered).isEmpty();
    }

    @Test
    void wrongPasswordSaysSoPlainly(FxRobot robot) throws Exception {
        failWith = LoginException.Reason.BAD_CREDENTIALS;
        typeCredentials(robot, "zhangfg", "wrong");
        robot.clickOn("#login-submit");
        Label error = robot.lookup("#login-error").queryAs(Label.class);
        waitUntil(() -> error.isVisible());
        assertThat(error.getText()).isEqualTo("用户名或密码错误，请重新输入。");
        UiTestSupport.snapshot(view, "login-error");
    }

    @Test
    void progressShowsWhileLoginRunsAndSuccessEntersWithRememberedAddress(FxRobot robot) throws Exception {
        block = new CountDownLatch(1);
        onFx(() -> {
            view.model().serverProperty().set("https://ssfw.gzcourt.example.cn");
            return null;
        });
        typeCredentials(robot, "zhangfg", "secret");
        robot.clickOn("#login-submit");
        ProgressIndicator progress = robot.lookup("#login-progress").queryAs(ProgressIndicator.class);
        Button submit = robot.lookup("#login-submit").queryAs(Button.class);
        waitUntil(progress::isVisible);
        assertThat(submit.isDisabled()).isTrue();
        block.countDown();
        waitUntil(() -> !entered.isEmpty());
        assertThat(attempts).containsExactly("https://ssfw.gzcourt.example.cn|zhangfg|secret");
        assertThat(store.load()).isEqualTo("https://ssfw.gzcourt.example.cn");
        assertThat(progress.isVisible()).isFalse();
    }

    @Test
    void remembersTheServerAddressAndNeedsAUserName(FxRobot robot) throws Exception {
        assertThat(view.model().serverProperty().get()).isEqualTo("https://court.example.cn");
        robot.clickOn("#login-submit");
        Label error = robot.lookup("#login-error").queryAs(Label.class);
        waitUntil(error::isVisible);
        assertThat(error.getText()).isEqualTo("请输入用户名");
        assertThat(attempts).isEmpty();
        onFx(() -> {
            view.model().errorProperty().set("");
            return null;
        });
        UiTestSupport.snapshot(view, "login");
    }
}

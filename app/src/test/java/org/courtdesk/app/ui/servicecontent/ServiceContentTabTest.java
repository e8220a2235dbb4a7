package org.courtdesk.app.ui.servicecontent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.ui.UiTestSupport;
import org.courtdesk.app.ui.main.MainWindow;
import org.courtdesk.app.ui.main.QueueTabs;
import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.UserInfo;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.servicecontent.ServiceContentCategory;
import org.courtdesk.model.servicecontent.ServiceContentCreate;
import org.courtdesk.model.servicecontent.ServiceContentPublication;
import org.courtdesk.model.servicecontent.ServiceContentSave;
import org.courtdesk.model.servicecontent.ServiceContentView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The 服务内容 tab in the main window of a judge with two items: 新增 by keyboard, the body with a script, an
 * {@code onerror} image and a table; 预览 in the WebView shows exactly the sanitised page (Chinese and the table in it,
 * the script gone); 发布 without a title is refused, with it goes to the outbox once; a draft is edited and saved;
 * a published one withdrawn with Alt+F. Snapshot of the editor with its preview at 1280×800 to
 * target/screenshots/service-content-editor.png (copied to docs/screenshots with -Dcourtdesk.screenshots=DIR).
 */
@ExtendWith(ApplicationExtension.class)
class ServiceContentTabTest {

    static final String BODY = "<h2>一、暂停现场立案</h2><p>2027年2月6日至2月12日暂停现场立案，<b>网上立案照常受理</b>。"
            + "<script>alert('x')</script></p><img src=\"https://evil.example/t.png\" onerror=\"alert(1)\">"
            + "<table border=\"1\"><tr><th>日期</th><th>安排</th></tr><tr><td>2月13日起</td><td>恢复现场立案</td></tr></table>"
            + "<p><a href=\"javascript:alert(2)\">详情</a></p>";

    private FakeWorkspace ws;
    private MainWindow main;

    static ServiceContentView item(long id, String title, RequestStatus status) {
        Instant at = Samples.CLOCK.instant().minusSeconds(86_400 * id);
        return new ServiceContentView(id, "FW2022051" + id + "00001", "粤0106", "广州市天河区人民法院",
                ServiceContentCategory.GUIDE, title, LocalDate.now(Samples.CLOCK).minusDays(id), "<p>" + title + "的正文</p>",
                status, 10 + id, "张法官", at, at, status == RequestStatus.PUBLISHED ? at : null, List.of());
    }

    @Start
    void start(Stage stage) {
        // As the app starts: the theme (and its CJK font) before any window.
        org.courtdesk.app.ui.Theme.init();
        Messages.use(Messages.CHINESE);
        ws = new FakeWorkspace(Samples.CLOCK) {
            @Override
            public UserInfo user() {
                return new UserInfo(7, "zhangfg", "张法官", Role.JUDGE, "粤0106", true);
            }
        };
        ws.kindViews.put(RequestRef.of(RequestKind.SERVICE_CONTENT, 1), item(1, "网上申请阅卷操作指南", RequestStatus.PUBLISHED));
        ws.kindViews.put(RequestRef.of(RequestKind.SERVICE_CONTENT, 2), item(2, "第三法庭设备检修期间庭审调整", RequestStatus.DRAFT));
        main = new MainWindow(ws, Samples.CLOCK);
        UiTestSupport.show(stage, main, 1280, 800);
    }

    private ServiceContentTab view() {
        return (ServiceContentTab) main.queue(RequestKind.SERVICE_CONTENT).orElseThrow();
    }

    private void showTab() {
        Tab tab = main.queueTab(RequestKind.SERVICE_CONTENT).orElseThrow();
        onFx(() -> {
            main.tabs().getSelectionModel().select(tab);
            return null;
        });
        waitUntil(() -> view().table().getItems().size() == 2 && view().list().settled());
    }

    private void select(long id) {
        onFx(() -> {
            var items = view().table().getItems();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).id() == id) {
                    view().table().getSelectionModel().clearAndSelect(i);
                }
            }
            view().table().requestFocus();
            return null;
        });
    }

    @Test
    void onlyJudgesHaveTheTab() {
        assertThat(QueueTabs.forRole(Role.JUDGE)).extracting(QueueTabs.Entry::kind).contains(RequestKind.SERVICE_CONTENT);
        assertThat(QueueTabs.forRole(Role.CLERK)).extracting(QueueTabs.Entry::kind).doesNotContain(RequestKind.SERVICE_CONTENT);
        assertThat(QueueTabs.forRole(Role.CENTRE_REVIEWER)).extracting(QueueTabs.Entry::kind)
                .doesNotContain(RequestKind.SERVICE_CONTENT);
    }

    @Test
    void writePreviewPublishEditWithdraw(FxRobot robot) throws Exception {
        waitUntil(() -> main.queueTab(RequestKind.SERVICE_CONTENT).orElseThrow().getText().equals("服务内容（1）"));
        showTab();

        // 新增 by keyboard; the editor opens on the judge's court, today
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        waitUntil(() -> view().editor().openProperty().get());
        assertThat(view().editor().courtCodeProperty().get()).isEqualTo("粤0106");
        assertThat(view().editor().registeredOnProperty().get()).isEqualTo(LocalDate.now(Samples.CLOCK));
        onFx(() -> {
            view().bodyEditor().setHtmlText(BODY);
            return null;
        });

        // 发布 without a title: refused here, nothing in the outbox
        robot.press(KeyCode.ALT).type(KeyCode.P).release(KeyCode.ALT);
        waitUntil(() -> !view().editor().errors().isEmpty());
        assertThat(robot.lookup("#service-content-errors").queryAs(Label.class).getText()).contains("标题");
        assertThat(ws.actions).isEmpty();

        // 预览: the WebView shows the sanitised page, Chinese, the table, no script
        onFx(() -> {
            view().editor().titleProperty().set("关于2027年春节期间立案工作安排的通知");
            return null;
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        waitUntil(() -> view().preview().loaded() && view().preview().text().contains("关于2027年春节期间立案工作安排的通知"));
        String shown = onFx(() -> view().preview().text());
        assertThat(shown).contains("一、暂停现场立案", "网上立案照常受理", "恢复现场立案", "发布法院：广州市天河区人民法院",
                "通知公告").doesNotContain("alert");
        Boolean hasScript = onFx(() -> view().preview().webView().getEngine().getDocument()
                .getElementsByTagName("script").getLength() > 0);
        Boolean hasTable = onFx(() -> view().preview().webView().getEngine().getDocument()
                .getElementsByTagName("table").getLength() == 1);
        assertThat(hasScript).isFalse();
        assertThat(hasTable).isTrue();
        // what the preview shows is the page the server will serve for this body
        assertThat(onFx(() -> view().editor().previewPage())).contains(org.courtdesk.model.servicecontent.ServiceContentHtml.CSS)
                .doesNotContain("evil.example", "onerror", "javascript:");

        Path png = UiTestSupport.snapshot(main, "service-content-editor");
        assertThat(png).exists();
        String target = System.getProperty("courtdesk.screenshots");
        if (target != null && !target.isBlank()) {
            Path dir = Path.of(target).isAbsolute() ? Path.of(target) : Path.of("..").resolve(target);
            Files.createDirectories(dir);
            Files.copy(png, dir.resolve("service-content-editor.png"), StandardCopyOption.REPLACE_EXISTING);
        }

        // 发布: one creation in the outbox, sanitised, published; back on the list with the notice
        robot.press(KeyCode.ALT).type(KeyCode.P).release(KeyCode.ALT);
        waitUntil(() -> ws.actions.size() == 1 && !view().editor().openProperty().get());
        ServiceContentCreate created = ws.actions.get(0).payloadAs(ServiceContentCreate.class);
        assertThat(created.publish()).isTrue();
        assertThat(created.idempotencyKey()).isNotNull();
        assertThat(created.form().title()).isEqualTo("关于2027年春节期间立案工作安排的通知");
        assertThat(created.form().bodyHtml()).contains("网上立案照常受理", "<table").doesNotContain("script", "onerror", "evil");
        waitUntil(() -> robot.lookup("#service-content-notice").queryAs(Label.class).getText().contains("已发布"));
        // the new item is listed on top, waiting for upload; it opens again, to replace what waits (issue 12)
        waitUntil(() -> view().table().getItems().size() == 3 && view().table().getItems().get(0).unconfirmed());
        assertThat(ServiceContentTab.statusText(view().table().getItems().get(0))).isEqualTo("已发布（待同步）");
        onFx(() -> {
            view().table().getSelectionModel().clearAndSelect(0);
            view().openSelected();
            return null;
        });
        waitUntil(() -> view().editor().openProperty().get());
        assertThat(view().editor().revisingProperty().get().id()).isEqualTo(ws.actions.get(0).id());
        assertThat(view().editor().titleProperty().get()).isEqualTo("关于2027年春节期间立案工作安排的通知");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !view().editor().openProperty().get());
        assertThat(ws.actions).hasSize(1);

        // the draft: Enter edits it, Ctrl+S saves it (未发布) on its version
        select(2);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> view().editor().openProperty().get());
        assertThat(view().editor().titleProperty().get()).isEqualTo("第三法庭设备检修期间庭审调整");
        onFx(() -> {
            view().editor().titleProperty().set("第三法庭设备检修期间庭审调整的公告");
            return null;
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> ws.actions.size() == 2 && !view().editor().openProperty().get());
        ServiceContentSave saved = ws.actions.get(1).payloadAs(ServiceContentSave.class);
        assertThat(saved.publish()).isFalse();
        assertThat(saved.baseVersion()).isEqualTo(12);
        assertThat(saved.form().title()).isEqualTo("第三法庭设备检修期间庭审调整的公告");
        assertThat(saved.form().bodyHtml()).contains("第三法庭设备检修期间庭审调整的正文");

        // the published one: Alt+F withdraws it
        waitUntil(() -> view().list().settled());
        select(1);
        robot.press(KeyCode.ALT).type(KeyCode.F).release(KeyCode.ALT);
        waitUntil(() -> ws.actions.size() == 3);
        assertThat(ws.actions.get(2).payloadAs(ServiceContentPublication.class).published()).isFalse();
        assertThat(ws.actions.get(2).request()).isEqualTo(RequestRef.of(RequestKind.SERVICE_CONTENT, 1));
    }
}

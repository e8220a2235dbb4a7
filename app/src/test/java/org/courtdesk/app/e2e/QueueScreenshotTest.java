package org.courtdesk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.e2e.Workstation.waitUntil;
import static org.courtdesk.app.ui.UiTestSupport.onFx;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import org.courtdesk.app.ui.Theme;
import org.courtdesk.app.ui.UiTestSupport;
import org.courtdesk.app.ui.main.MainWindow;
import org.courtdesk.model.fonts.CjkFont;

/**
 * The README's picture: the real workstation logged in to the demo court as judge.chen, the 阅卷申请 queue with the
 * oldest request selected, written from a snapshot of the window's scene to {@code app/target/screenshots/queue.png}.
 * With {@code -Dcourtdesk.screenshots=docs/screenshots} (relative to the project root) it is copied there too:
 * <pre>mvn -B -q -pl app -am test -Dtest=QueueScreenshotTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dcourtdesk.screenshots=docs/screenshots</pre>
 */
class QueueScreenshotTest {

    public static final String TARGET_PROPERTY = "courtdesk.screenshots";

    static DemoCourt court;

    @TempDir
    Path home;

    @BeforeAll
    static void startCourt() throws Exception {
        court = DemoCourt.startForWorkstation();
    }

    @AfterAll
    static void stopCourt() {
        if (court != null) {
            court.close();
        }
    }

    @Test
    void queueWithASelectedRequest() throws Exception {
        Path png;
        try (Workstation app = Workstation.start(home, court.baseUrl())) {
            MainWindow main = app.login(DemoCourt.JUDGE, DemoCourt.PASSWORD);
            app.awaitFirstSync();
            app.showQueue("tab-reading");
            assertThat(app.rows()).isNotEmpty();
            onFx(() -> {
                app.table().requestFocus();
                return null;
            });
            app.robot.type(KeyCode.J); // the oldest waiting request
            waitUntil("the detail", () -> app.reading().formModel().request() != null
                    && app.reading().formModel().request().id() == app.table().getItems().get(0).id());
            // No progress bar or half-loaded pane in the picture: wait until prefetching is done.
            waitUntil("an idle status bar", () -> !app.workspace().syncStatus().busy()
                    && app.workspace().syncStatus().lastError() == null);
            WaitForAsyncUtils.waitForFxEvents();

            // Chinese renders with the bundled font, not as boxes of a fallback without CJK glyphs.
            assertThat(Font.getFamilies()).contains(CjkFont.FAMILY);
            assertThat(onFx(() -> main.getStyle())).contains(Theme.family());

            // Nothing in the queue is cut off with "..." at the app's default window size.
            assertThat(onFx(() -> app.table().lookupAll(".text").stream()
                    .filter(n -> n instanceof Text t && t.isVisible() && t.getText() != null && t.getText().endsWith("..."))
                    .map(n -> ((Text) n).getText()).toList())).isEmpty();
            Scene scene = app.stage().getScene();
            assertThat(onFx(() -> new double[] {scene.getWidth(), scene.getHeight()})).containsExactly(1360, 860);
            BufferedImage image = SwingFXUtils.fromFXImage(onFx(() -> scene.snapshot(null)), null);
            assertThat(image.getWidth()).isEqualTo((int) scene.getWidth());
            Files.createDirectories(UiTestSupport.SCREENSHOTS);
            png = UiTestSupport.SCREENSHOTS.resolve("queue.png");
            ImageIO.write(image, "png", png.toFile());
        }
        assertThat(Files.size(png)).as("small enough for the README").isLessThan(300 * 1024);

        String target = System.getProperty(TARGET_PROPERTY);
        if (target != null && !target.isBlank()) {
            Path dir = projectRoot().resolve(target);
            Files.createDirectories(dir);
            Files.copy(png, dir.resolve("queue.png"), StandardCopyOption.REPLACE_EXISTING);
            System.out.println("screenshot: " + dir.resolve("queue.png"));
        }
    }

    /**
     * The 网上立案 queue as the demo court's centre reviewer (reviewer.zhao) sees it, the most urgent filing open:
     * {@code filing-queue.png}, copied like {@code queue.png}.
     */
    @Test
    void filingQueueOfTheCentreReviewer() throws Exception {
        Path png;
        try (Workstation app = Workstation.start(home, court.baseUrl())) {
            MainWindow main = app.login(org.courtdesk.server.demo.DemoAccounts.REVIEWER_ZHAO, DemoCourt.PASSWORD);
            app.awaitFirstSync();
            org.courtdesk.app.ui.filing.FilingQueueView filings = (org.courtdesk.app.ui.filing.FilingQueueView)
                    main.queue(org.courtdesk.model.request.RequestKind.ONLINE_FILING).orElseThrow();
            // A centre reviewer has the filing queue and the court's 意见建议 (and 今日到期 over them).
            assertThat(onFx(() -> main.tabs().getTabs().stream().map(javafx.scene.control.Tab::getId).toList()))
                    .containsExactly("tab-today", "tab-filing", "tab-suggestion", "tab-notice");
            app.showQueue("tab-filing");
            waitUntil("the demo filings", () -> filings.model().settled() && filings.table().getItems().size() > 20);
            onFx(() -> {
                filings.table().requestFocus();
                filings.table().getSelectionModel().select(0);
                filings.openSelected();
                return null;
            });
            waitUntil("an idle status bar", () -> !app.workspace().syncStatus().busy()
                    && app.workspace().syncStatus().lastError() == null);
            WaitForAsyncUtils.waitForFxEvents();
            // The most urgent first: a 收 filing past or near its 7 days.
            assertThat(onFx(() -> filings.table().getItems().get(0).view().status()))
                    .isEqualTo(org.courtdesk.model.request.RequestStatus.FILING_RECEIVED);
            Scene scene = app.stage().getScene();
            BufferedImage image = SwingFXUtils.fromFXImage(onFx(() -> scene.snapshot(null)), null);
            Files.createDirectories(UiTestSupport.SCREENSHOTS);
            png = UiTestSupport.SCREENSHOTS.resolve("filing-queue.png");
            ImageIO.write(image, "png", png.toFile());
        }
        assertThat(Files.size(png)).as("small enough for the README").isLessThan(300 * 1024);
        String target = System.getProperty(TARGET_PROPERTY);
        if (target != null && !target.isBlank()) {
            Path dir = projectRoot().resolve(target);
            Files.createDirectories(dir);
            Files.copy(png, dir.resolve("filing-queue.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** 今日到期 of judge.chen in the demo court: {@code today.png}, copied like {@code queue.png}. */
    @Test
    void todayOfTheJudge() throws Exception {
        Path png;
        try (Workstation app = Workstation.start(home, court.baseUrl())) {
            MainWindow main = app.login(DemoCourt.JUDGE, DemoCourt.PASSWORD);
            app.awaitFirstSync();
            // The day starts on it: the demo court has filings past their 7 days.
            waitUntil("今日到期 on screen", () -> "tab-today".equals(main.tabs().getSelectionModel().getSelectedItem().getId()));
            assertThat(onFx(() -> main.today().table().getItems().size())).isPositive();
            waitUntil("an idle status bar", () -> !app.workspace().syncStatus().busy()
                    && app.workspace().syncStatus().lastError() == null);
            WaitForAsyncUtils.waitForFxEvents();
            Scene scene = app.stage().getScene();
            BufferedImage image = SwingFXUtils.fromFXImage(onFx(() -> scene.snapshot(null)), null);
            Files.createDirectories(UiTestSupport.SCREENSHOTS);
            png = UiTestSupport.SCREENSHOTS.resolve("today.png");
            ImageIO.write(image, "png", png.toFile());
        }
        String target = System.getProperty(TARGET_PROPERTY);
        if (target != null && !target.isBlank()) {
            Path dir = projectRoot().resolve(target);
            Files.createDirectories(dir);
            Files.copy(png, dir.resolve("today.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The reactor's root (the folder whose pom lists the app module); Surefire runs in app/. */
    static Path projectRoot() throws Exception {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path pom = d.resolve("pom.xml");
            if (Files.isRegularFile(pom) && Files.readString(pom).contains("<module>app</module>")) {
                return d;
            }
        }
        return dir;
    }
}

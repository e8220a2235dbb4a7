package org.courtdesk.app.ui.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.ui.SmokeCheck;
import org.courtdesk.app.ui.UiTestSupport;
import org.courtdesk.app.ui.main.MainWindow;

/** Materials open inside the app: PDF pages off the FX thread, images, and a clear message for broken files. */
@ExtendWith(ApplicationExtension.class)
class MaterialViewerTest {

    private FakeWorkspace ws;
    private MainWindow main;

    static byte[] pdf(int pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 28);
                    cs.newLineAtOffset(72, 680);
                    cs.showText("Lawyer licence - page " + i);
                    cs.endText();
                    cs.addRect(72, 400, 300, 200);
                    cs.stroke();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] png() throws IOException {
        BufferedImage img = new BufferedImage(400, 260, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(230, 240, 255));
        g.fillRect(0, 0, 400, 260);
        g.setColor(Color.DARK_GRAY);
        g.drawRect(20, 20, 360, 220);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Start
    void start(Stage stage) throws IOException {
        Messages.use(Messages.CHINESE);
        ws = Samples.workspace();
        ws.documents.put("sha-licence-2", pdf(3));
        ws.documents.put("sha-pid-2", png());
        ws.documents.put("sha-letter-2", "this is not a pdf or an image".getBytes());
        main = new MainWindow(ws, Samples.CLOCK);
        UiTestSupport.show(stage, main, 1280, 800);
    }

    private void openRequest2() {
        waitUntil(() -> main.reading().model().settled() && main.reading().table().getItems().size() == 6);
        onFx(() -> {
            main.reading().table().getSelectionModel().select(1);
            return null;
        });
        waitUntil(() -> main.reading().formModel().request() != null && main.reading().formModel().request().id() == 2L);
    }

    private MaterialViewer clickMaterial(FxRobot robot, String fileName) {
        Hyperlink link = robot.lookup(".material-link").queryAllAs(Hyperlink.class).stream()
                .filter(h -> h.getText().contains(fileName)).findFirst().orElseThrow();
        onFx(() -> {
            link.fire();
            return null;
        });
        // docked in the reading pane beside the queue (issue 13)
        waitUntil(() -> main.materials().getSelectionModel().getSelectedItem() != null
                && main.materials().getSelectionModel().getSelectedItem().getContent() instanceof MaterialViewer v
                && v.toString().length() > 0 && link.getText().contains(fileName));
        return (MaterialViewer) main.materials().getSelectionModel().getSelectedItem().getContent();
    }

    @Test
    void pdfMaterialOpensInATabWithPagesAndZoom(FxRobot robot) throws Exception {
        openRequest2();
        MaterialViewer viewer = clickMaterial(robot, "执业证.pdf");
        waitUntil(() -> viewer.pages() == 3 && viewer.showsImage() && viewer.message().isEmpty());
        assertThat(robot.lookup("#viewer-page").queryAs(Label.class).getText()).isEqualTo("第 1 / 3 页");
        UiTestSupport.snapshot(main, "viewer-pdf");
        robot.clickOn("#viewer-next");
        waitUntil(() -> viewer.page() == 1);
        assertThat(robot.lookup("#viewer-page").queryAs(Label.class).getText()).isEqualTo("第 2 / 3 页");
        // Opens fitted to the width; zooming in goes to the next step above the fitted zoom.
        assertThat(viewer.fitMode()).isEqualTo(MaterialViewer.Fit.WIDTH);
        String fitted = robot.lookup("#viewer-zoom").queryAs(Label.class).getText();
        robot.clickOn("#viewer-zoom-in");
        waitUntil(() -> viewer.fitMode() == MaterialViewer.Fit.NONE
                && !fitted.equals(robot.lookup("#viewer-zoom").queryAs(Label.class).getText()));
        int before = Integer.parseInt(fitted.replace("%", ""));
        int after = Integer.parseInt(robot.lookup("#viewer-zoom").queryAs(Label.class).getText().replace("%", ""));
        assertThat(after).isGreaterThan(before);
        waitUntil(() -> viewer.showsImage() && viewer.message().isEmpty());
        // Opening the same material again selects its tab instead of opening another.
        int tabs = main.materials().getTabs().size();
        onFx(() -> {
            main.materials().getSelectionModel().select(0);
            return null;
        });
        clickMaterial(robot, "执业证.pdf");
        assertThat(main.materials().getTabs()).hasSize(tabs);
    }

    @Test
    void imagesAndBrokenFilesAndUncachedOnes(FxRobot robot) {
        openRequest2();
        MaterialViewer image = clickMaterial(robot, "当事人身份证明.png");
        waitUntil(() -> image.showsImage() && image.pages() == 1);
        onFx(() -> {
            main.materials().getSelectionModel().select(0);
            return null;
        });
        MaterialViewer broken = clickMaterial(robot, "律师事务所证明.pdf");
        waitUntil(() -> broken.message().equals("无法显示该文件：只支持 PDF、TIFF、JPG 和 PNG。可以试试用系统程序打开。"));
        onFx(() -> {
            main.materials().getSelectionModel().select(0);
            return null;
        });
        MaterialViewer missing = clickMaterial(robot, "当事人授权委托书.jpg");
        waitUntil(() -> missing.message().equals("该材料尚未缓存到本机，当前无法从服务器获取。联网后再试。"));
    }

    @Test
    void smokeCheckFindsBundlesStylesheetAndFont() {
        assertThat(onFx(() -> SmokeCheck.check(false))).isEmpty();
    }
}

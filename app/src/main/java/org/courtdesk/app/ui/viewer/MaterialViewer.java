package org.courtdesk.app.ui.viewer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Fx;
import org.courtdesk.app.ui.Icons;
import org.courtdesk.app.workspace.DocumentUnavailableException;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.api.MaterialRef;

/**
 * A material inside the app: PDF pages rendered by PDFBox on a worker with a time bound, images via Image;
 * zoom and page navigation (PgUp/PgDn, Ctrl+=/Ctrl+-). Bytes come from {@link Workspace#document} off the FX thread.
 */
public final class MaterialViewer extends BorderPane {

    public static final Duration RENDER_LIMIT = Duration.ofSeconds(20);
    private static final double[] ZOOMS = {0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0};

    private final Workspace workspace;
    private final MaterialRef material;
    private final RenderWorker renderer = new RenderWorker(RENDER_LIMIT);
    private final ImageView view = new ImageView();
    private final StackPane stage = new StackPane();
    private final Label message = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label pageLabel = new Label();
    private final Label zoomLabel = new Label();
    private final Button prev = new Button();
    private final Button next = new Button();

    private byte[] bytes;
    private PdfPages pdf;
    private Image image;
    private int page;
    private int pages;
    private int zoomIndex = 2;
    private long generation;

    public MaterialViewer(Workspace workspace, MaterialRef material) {
        this(workspace, material, Messages.material(material.type()));
    }

    /** {@code label}: the material's type in words, for kinds whose material types are not 阅卷's. */
    public MaterialViewer(Workspace workspace, MaterialRef material, String label) {
        this.workspace = workspace;
        this.material = material;
        setId("material-viewer");
        getStyleClass().add("material-viewer");

        prev.setGraphic(Icons.of(MaterialDesignC.CHEVRON_LEFT, 18));
        prev.setId("viewer-prev");
        prev.setTooltip(new Tooltip(Messages.get("viewer.prev") + "  (PgUp)"));
        prev.setOnAction(e -> go(page - 1));
        next.setGraphic(Icons.of(MaterialDesignC.CHEVRON_RIGHT, 18));
        next.setId("viewer-next");
        next.setTooltip(new Tooltip(Messages.get("viewer.next") + "  (PgDn)"));
        next.setOnAction(e -> go(page + 1));
        Button zoomOut = new Button(null, Icons.of(MaterialDesignM.MAGNIFY_MINUS_OUTLINE, 18));
        zoomOut.setId("viewer-zoom-out");
        zoomOut.setTooltip(new Tooltip(Messages.get("viewer.zoomOut") + "  (Ctrl+-)"));
        zoomOut.setOnAction(e -> zoom(-1));
        Button zoomIn = new Button(null, Icons.of(MaterialDesignM.MAGNIFY_PLUS_OUTLINE, 18));
        zoomIn.setId("viewer-zoom-in");
        zoomIn.setTooltip(new Tooltip(Messages.get("viewer.zoomIn") + "  (Ctrl+=)"));
        zoomIn.setOnAction(e -> zoom(1));
        for (Button b : new Button[] {prev, next, zoomOut, zoomIn}) {
            b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        }
        pageLabel.setId("viewer-page");
        zoomLabel.setId("viewer-zoom");
        Label title = new Label(label + "  ·  " + (material.fileName() == null ? "" : material.fileName()),
                Icons.of(MaterialDesignF.FILE_DOCUMENT_OUTLINE, 16));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, title, spacer, prev, pageLabel, next, zoomOut, zoomLabel, zoomIn);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.getStyleClass().add("viewer-bar");
        setTop(bar);

        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.getStyleClass().add("viewer-page");
        message.setId("viewer-message");
        message.setWrapText(true);
        message.setMaxWidth(480);
        message.getStyleClass().add("viewer-message");
        progress.setMaxSize(48, 48);
        stage.getChildren().addAll(view, progress, message);
        stage.setPadding(new Insets(16));
        stage.getStyleClass().add("viewer-stage");
        ScrollPane scroll = new ScrollPane(stage);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setPannable(true);
        setCenter(scroll);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.PAGE_DOWN) {
                go(page + 1);
                e.consume();
            } else if (e.getCode() == KeyCode.PAGE_UP) {
                go(page - 1);
                e.consume();
            } else if (e.isShortcutDown() && (e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.ADD)) {
                zoom(1);
                e.consume();
            } else if (e.isShortcutDown() && (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT)) {
                zoom(-1);
                e.consume();
            }
        });
        updateBar();
        load();
    }

    private void busy(String text) {
        progress.setVisible(true);
        message.setText(text == null ? "" : text);
        message.setVisible(text != null);
        message.setGraphic(null);
    }

    private void fail(String text) {
        progress.setVisible(false);
        view.setImage(null);
        message.setText(text);
        message.setGraphic(Icons.of(MaterialDesignA.ALERT_CIRCLE_OUTLINE, 20));
        message.setVisible(true);
    }

    private void done() {
        progress.setVisible(false);
        message.setVisible(false);
    }

    private void load() {
        busy(Messages.get("viewer.loading"));
        Fx.async(() -> workspace.document(material.sha256()), data -> {
            bytes = data;
            if (PdfPages.looksLikePdf(data)) {
                openPdf();
            } else {
                openImage();
            }
        }, t -> fail(t instanceof DocumentUnavailableException
                ? Messages.get("viewer.unavailable") : Messages.format("viewer.failed", String.valueOf(t.getMessage()))));
    }

    private void openImage() {
        byte[] data = bytes;
        Fx.async(() -> new Image(new ByteArrayInputStream(data)), img -> {
            if (img.isError() || img.getWidth() <= 0) {
                fail(Messages.get("viewer.unsupported"));
                return;
            }
            image = img;
            pages = 1;
            page = 0;
            view.setImage(img);
            applyImageZoom();
            done();
            updateBar();
        }, t -> fail(Messages.get("viewer.unsupported")));
    }

    private void openPdf() {
        byte[] data = bytes;
        renderer.submit(() -> {
            PdfPages p = PdfPages.open(data);
            return p;
        }).whenComplete((p, t) -> Platform.runLater(() -> {
            if (t != null) {
                fail(describe(t));
                return;
            }
            pdf = p;
            pages = p.pageCount();
            page = 0;
            updateBar();
            renderPage();
        }));
    }

    private void renderPage() {
        if (pdf == null) {
            if (bytes != null && pages > 0) {
                openPdf();
            }
            return;
        }
        long g = ++generation;
        PdfPages doc = pdf;
        int p = page;
        double zoom = ZOOMS[zoomIndex];
        busy(null);
        renderer.submit(() -> doc.render(p, zoom)).whenComplete((img, t) -> Platform.runLater(() -> {
            if (g != generation) {
                return;
            }
            if (t != null) {
                Throwable cause = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
                if (cause instanceof TimeoutException) {
                    pdf = null; // the stuck worker may still hold it: reopen for the next page
                }
                fail(describe(cause));
                return;
            }
            view.setImage(toFx(img));
            view.setFitWidth(0);
            done();
        }));
    }

    private static Image toFx(BufferedImage img) {
        return SwingFXUtils.toFXImage(img, null);
    }

    private static String describe(Throwable t) {
        Throwable c = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
        if (c instanceof InvalidPasswordException) {
            return Messages.get("viewer.encrypted");
        }
        if (c instanceof TimeoutException) {
            return Messages.get("viewer.timeout");
        }
        return Messages.format("viewer.failed", c.getClass().getSimpleName()
                + (c.getMessage() == null ? "" : ": " + c.getMessage()));
    }

    public void go(int target) {
        if (pages == 0 || target < 0 || target >= pages || target == page) {
            return;
        }
        page = target;
        updateBar();
        renderPage();
    }

    public void zoom(int delta) {
        int z = Math.max(0, Math.min(ZOOMS.length - 1, zoomIndex + delta));
        if (z == zoomIndex) {
            return;
        }
        zoomIndex = z;
        updateBar();
        if (image != null) {
            applyImageZoom();
        } else {
            renderPage();
        }
    }

    private void applyImageZoom() {
        view.setFitWidth(image.getWidth() * ZOOMS[zoomIndex]);
    }

    private void updateBar() {
        pageLabel.setText(pages == 0 ? "" : Messages.format("viewer.page", page + 1, pages));
        zoomLabel.setText(Math.round(ZOOMS[zoomIndex] * 100) + "%");
        prev.setDisable(page <= 0);
        next.setDisable(page >= pages - 1);
    }

    public int page() {
        return page;
    }

    public int pages() {
        return pages;
    }

    public boolean showsImage() {
        return view.getImage() != null;
    }

    public String message() {
        return message.isVisible() ? message.getText() : "";
    }

    /** Closes the document (the tab closes). */
    public void dispose() {
        generation++;
        PdfPages p = pdf;
        pdf = null;
        renderer.cancelCurrent();
        if (p != null) {
            renderer.after(p::close);
        }
        renderer.close();
    }
}

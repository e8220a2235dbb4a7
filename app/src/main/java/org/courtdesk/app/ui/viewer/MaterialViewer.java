package org.courtdesk.app.ui.viewer;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.Window;
import javafx.util.Duration;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.settings.AppDirs;
import org.courtdesk.app.ui.Fx;
import org.courtdesk.app.ui.Icons;
import org.courtdesk.app.workspace.DocumentUnavailableException;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.api.MaterialRef;

/**
 * A material inside the app, a self-contained control that can be docked anywhere (a tab, the middle of the
 * evidence pane, a reading pane). The file is sealed to disk ({@link SealedFile}) and opened from there on its own
 * {@link RenderWorker} thread; pages render at the screen's output scale, are kept in a {@link PageCache} with a
 * byte budget, and the next pages are rendered ahead. A page that fails or runs past its budget shows a message
 * for that page only; every other page stays reachable and the document stays open. Search with highlighted
 * hits, text selection and copy, thumbnails and outline, fit width/page, zoom and rotate, all by keyboard
 * (F1 of the app lists them; see {@link #KEYS}).
 */
public final class MaterialViewer extends BorderPane {

    private static final Logger LOG = LoggerFactory.getLogger(MaterialViewer.class);

    /** The time one page may render before it is stopped. */
    public static final java.time.Duration RENDER_LIMIT = java.time.Duration.ofSeconds(20);
    private static final double[] ZOOMS = {0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0};
    private static final double PAD = 16;
    private static final double SCROLLBAR = 16;
    private static final double SHADOW = 12;
    private static final int THUMB_WIDTH = 96;
    private static final AtomicBoolean SWEPT = new AtomicBoolean();
    /** Tests: every page image made, weakly, to count those still held. */
    static volatile List<java.lang.ref.WeakReference<Image>> tracked;

    /** The viewer's keys, for the help line. */
    public static final String KEYS = "PgUp/PgDn Home/End Ctrl+G Ctrl+= Ctrl+- Ctrl+0 Ctrl+9 Ctrl+R Ctrl+F F3 Ctrl+A Ctrl+C F9";

    /** How the page is fitted into the viewport. */
    public enum Fit { NONE, WIDTH, PAGE }

    /**
     * Tuning a dock or a test may change: the time budget of one page, the page cache's byte budget, the memory
     * bound of one document, where sealed copies go, how many pages are rendered ahead, and the output scale
     * (0: the window's).
     */
    /**
     * {@code layoutWait}: how long a viewer shown before its first layout waits for its size when page 1 waits
     * rendered ahead ({@link FirstPages}); after that it shows the page at a guessed size rather than stay blank.
     */
    public record Options(java.time.Duration pageBudget, long cacheBudget, long memoryBound, Path tempDir, int ahead,
            double outputScale, java.time.Duration layoutWait) {

        public static Options defaults() {
            return new Options(RENDER_LIMIT, PageCache.defaultBudget(), ImageGuard.defaultBound(),
                    AppDirs.home().resolve("viewer-temp"), 2, 0, java.time.Duration.ofMillis(1500));
        }

        public Options withPageBudget(java.time.Duration d) {
            return new Options(d, cacheBudget, memoryBound, tempDir, ahead, outputScale, layoutWait);
        }

        public Options withCacheBudget(long b) {
            return new Options(pageBudget, b, memoryBound, tempDir, ahead, outputScale, layoutWait);
        }

        public Options withMemoryBound(long b) {
            return new Options(pageBudget, cacheBudget, b, tempDir, ahead, outputScale, layoutWait);
        }

        public Options withTempDir(Path p) {
            return new Options(pageBudget, cacheBudget, memoryBound, p, ahead, outputScale, layoutWait);
        }

        public Options withOutputScale(double s) {
            return new Options(pageBudget, cacheBudget, memoryBound, tempDir, ahead, s, layoutWait);
        }

        public Options withLayoutWait(java.time.Duration d) {
            return new Options(pageBudget, cacheBudget, memoryBound, tempDir, ahead, outputScale, d);
        }
    }

    private record Opened(int pages, PageSource.Size first, List<PageSource.OutlineItem> outline, boolean text) {}

    private record Plan(Fit fit, double zoom, double viewW, double viewH, int rotation, double outputScale) {
        /** Logical pixels per point for a page of {@code size}. */
        double displayScale(PageSource.Size size) {
            boolean turned = rotation % 180 != 0;
            double w = turned ? size.height() : size.width();
            double h = turned ? size.width() : size.height();
            double s = switch (fit) {
                case WIDTH -> viewW / w;
                case PAGE -> Math.min(viewW / w, viewH / h);
                case NONE -> zoom * PageSource.SCREEN_SCALE;
            };
            return Math.max(0.05, Math.min(s, 8 * PageSource.SCREEN_SCALE));
        }

        double deviceScale(PageSource.Size size) {
            return displayScale(size) * outputScale;
        }
    }

    private record Result(int page, PageSource.Size size, PageSource.Rendered rendered) {}

    private record Pending(RenderWorker.Job<Result> job, PageCache.Key key) {}

    private final Workspace workspace;
    private final MaterialRef material;
    private final Options options;
    private final ImageGuard guard;
    private final PageCache cache;

    // page area
    private final ImageView view = new ImageView();
    private final Pane overlay = new Pane();
    private final StackPane pageStack = new StackPane();
    private final StackPane stage = new StackPane();
    private final ScrollPane scroll = new ScrollPane();
    private final VBox notice = new VBox(10);
    private final Label message = new Label();
    private final HBox noticeActions = new HBox(8);
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label banner = new Label();

    // bar
    private final TextField pageField = new TextField();
    private final Label pageCountLabel = new Label();
    private final Label pageLabel = new Label();
    private final Label zoomLabel = new Label();
    private final Button prev = new Button();
    private final Button next = new Button();
    private final ToggleButton sidebarToggle = new ToggleButton();

    // search bar
    private final HBox searchBar = new HBox(6);
    private final TextField searchField = new TextField();
    private final Label searchStatus = new Label();

    // sidebar
    private final SplitPane split = new SplitPane();
    private final TabPane sidebar = new TabPane();
    private final ListView<Integer> thumbs = new ListView<>();
    private final TreeView<PageSource.OutlineItem> outlineTree = new TreeView<>();
    private final Map<Integer, Image> thumbCache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Image> eldest) {
            return size() > 240;
        }
    };

    private SealedFile sealed;
    private SealedFiles.Lease lease;
    private final Map<Integer, Integer> renderCounts = new HashMap<>();
    private boolean pdf;
    private volatile String password;
    private RenderWorker<PageSource> worker;
    private final Map<Integer, Pending> pending = new HashMap<>();
    private final Map<Integer, String> failed = new HashMap<>();
    private final Map<Integer, PageSource.Size> sizes = new HashMap<>();
    private final Map<Integer, PageText> texts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, PageText> eldest) {
            return size() > 12;
        }
    };
    private RenderWorker.Job<PageText> textJob;
    private boolean hasText;
    private int page;
    private int pages;
    private Fit fit = Fit.WIDTH;
    private double zoom = 1.0;
    private int rotation;
    private PageCache.Key shownKey;
    private double shownScale;
    private boolean disposed;
    private final PauseTransition refit = new PauseTransition(Duration.millis(120));
    /**
     * Page 1 waits rendered ahead ({@link FirstPages}) but this viewer has no size yet (in a scene, before its first
     * layout): showing now would plan at a guessed size, miss the rendered page and throw it away. The first
     * viewport size shows it; {@link #layoutFallback} shows it anyway if no layout comes.
     */
    private boolean awaitingLayout;
    private boolean layoutWaited;
    private final PauseTransition layoutFallback = new PauseTransition();

    // selection and search
    private int selAnchor = -1;
    private int selEnd = -1;
    private String query = "";
    private final List<int[]> hits = new ArrayList<>(); // page, start, end
    private int hit = -1;
    private long searchRun;
    private boolean searching;

    public MaterialViewer(Workspace workspace, MaterialRef material) {
        this(workspace, material, Messages.material(material.type()));
    }

    /** {@code label}: the material's type in words, for kinds whose material types are not 阅卷's. */
    public MaterialViewer(Workspace workspace, MaterialRef material, String label) {
        this(workspace, material, label, Options.defaults());
    }

    public MaterialViewer(Workspace workspace, MaterialRef material, String label, Options options) {
        this.workspace = workspace;
        this.material = material;
        this.options = options;
        this.guard = new ImageGuard(options.memoryBound());
        this.cache = new PageCache(options.cacheBudget());
        setId("material-viewer");
        getStyleClass().add("material-viewer");
        var css = MaterialViewer.class.getResource("viewer.css");
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }

        // ---- the bar
        Label title = new Label(label + "  ·  " + (material.fileName() == null ? "" : material.fileName()),
                Icons.of(MaterialDesignF.FILE_DOCUMENT_OUTLINE, 16));
        title.getStyleClass().addAll(Styles.TEXT_BOLD, "viewer-title");
        title.setMinWidth(60);
        title.setTooltip(new Tooltip(title.getText()));
        sidebarToggle.setGraphic(Icons.of(MaterialDesignV.VIEW_SPLIT_VERTICAL, 18));
        sidebarToggle.setId("viewer-sidebar");
        sidebarToggle.setTooltip(new Tooltip(Messages.get("viewer.sidebar") + "  (F9)"));
        sidebarToggle.setOnAction(e -> showSidebar(sidebarToggle.isSelected()));
        prev.setGraphic(Icons.of(MaterialDesignC.CHEVRON_LEFT, 18));
        prev.setId("viewer-prev");
        prev.setTooltip(new Tooltip(Messages.get("viewer.prev") + "  (PgUp)"));
        prev.setOnAction(e -> go(page - 1));
        next.setGraphic(Icons.of(MaterialDesignC.CHEVRON_RIGHT, 18));
        next.setId("viewer-next");
        next.setTooltip(new Tooltip(Messages.get("viewer.next") + "  (PgDn)"));
        next.setOnAction(e -> go(page + 1));
        pageField.setId("viewer-page-field");
        pageField.setPrefColumnCount(3);
        pageField.setMaxWidth(52);
        pageField.setTooltip(new Tooltip(Messages.get("viewer.goto") + "  (Ctrl+G)"));
        pageField.setOnAction(e -> {
            try {
                go(Integer.parseInt(pageField.getText().trim()) - 1);
            } catch (NumberFormatException ex) {
                // not a number: show the page we are on again
            }
            updateBar();
            scroll.requestFocus();
        });
        pageLabel.setId("viewer-page");
        pageLabel.setManaged(false);
        pageLabel.setVisible(false);
        pageCountLabel.setId("viewer-page-count");
        zoomLabel.setId("viewer-zoom");
        zoomLabel.setMinWidth(44);
        Button zoomOut = iconButton("viewer-zoom-out", MaterialDesignM.MAGNIFY_MINUS_OUTLINE, "viewer.zoomOut", "Ctrl+-", () -> zoom(-1));
        Button zoomIn = iconButton("viewer-zoom-in", MaterialDesignM.MAGNIFY_PLUS_OUTLINE, "viewer.zoomIn", "Ctrl+=", () -> zoom(1));
        Button fitWidth = iconButton("viewer-fit-width", MaterialDesignA.ARROW_EXPAND_HORIZONTAL, "viewer.fitWidth", "Ctrl+0", () -> fit(Fit.WIDTH));
        Button fitPage = iconButton("viewer-fit-page", MaterialDesignF.FIT_TO_PAGE_OUTLINE, "viewer.fitPage", "Ctrl+9", () -> fit(Fit.PAGE));
        Button rotate = iconButton("viewer-rotate", MaterialDesignR.ROTATE_RIGHT, "viewer.rotate", "Ctrl+R", this::rotate);
        Button find = iconButton("viewer-find", MaterialDesignM.MAGNIFY, "viewer.search", "Ctrl+F", this::openSearch);
        Button copy = iconButton("viewer-copy", MaterialDesignC.CONTENT_COPY, "viewer.copy", "Ctrl+C", this::copySelection);
        Button external = iconButton("viewer-external", MaterialDesignO.OPEN_IN_NEW, "viewer.external", "Ctrl+Shift+O", this::openExternally);
        sidebarToggle.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        prev.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        next.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(title, Priority.SOMETIMES);
        HBox bar = new HBox(2, sidebarToggle, title, spacer, prev, pageField, pageCountLabel, pageLabel, next,
                gap(), zoomOut, zoomLabel, zoomIn, fitWidth, fitPage, rotate, gap(), find, copy, external);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("viewer-bar");

        // ---- the search bar (Ctrl+F)
        searchField.setId("viewer-search");
        searchField.setPromptText(Messages.get("viewer.search.prompt"));
        searchField.setPrefColumnCount(18);
        searchField.setOnAction(e -> searchNext(1));
        searchStatus.setId("viewer-search-status");
        Button hitPrev = iconButton("viewer-hit-prev", MaterialDesignC.CHEVRON_UP, "viewer.search.prev", "Shift+F3", () -> searchNext(-1));
        Button hitNext = iconButton("viewer-hit-next", MaterialDesignC.CHEVRON_DOWN, "viewer.search.next", "F3", () -> searchNext(1));
        Button closeSearch = iconButton("viewer-search-close", MaterialDesignC.CLOSE, "viewer.search.close", "Esc", this::closeSearch);
        searchBar.getChildren().addAll(searchField, hitPrev, hitNext, searchStatus);
        Region sp2 = new Region();
        HBox.setHgrow(sp2, Priority.ALWAYS);
        searchBar.getChildren().addAll(sp2, closeSearch);
        searchBar.setAlignment(Pos.CENTER_LEFT);
        searchBar.setPadding(new Insets(4, 8, 4, 8));
        searchBar.getStyleClass().add("viewer-search-bar");
        searchBar.setVisible(false);
        searchBar.setManaged(false);
        setTop(new VBox(bar, searchBar));

        // ---- the page
        view.setPreserveRatio(false);
        view.setSmooth(true);
        view.getStyleClass().add("viewer-page");
        overlay.getStyleClass().add("viewer-overlay");
        overlay.setMouseTransparent(false);
        overlay.setOnMousePressed(this::selectStart);
        overlay.setOnMouseDragged(this::selectDrag);
        overlay.setCursor(javafx.scene.Cursor.TEXT);
        pageStack.getChildren().addAll(view, overlay);
        pageStack.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        Group rotated = new Group(pageStack);
        message.setId("viewer-message");
        message.setWrapText(true);
        message.setMaxWidth(460);
        message.getStyleClass().add("viewer-message-text");
        noticeActions.setAlignment(Pos.CENTER);
        notice.getChildren().addAll(message, noticeActions);
        notice.setAlignment(Pos.CENTER);
        notice.setMaxSize(500, Region.USE_PREF_SIZE);
        notice.getStyleClass().add("viewer-message");
        notice.setVisible(false);
        progress.setMaxSize(48, 48);
        progress.setVisible(false);
        progress.setMouseTransparent(true);
        stage.getChildren().add(rotated);
        stage.setPadding(new Insets(PAD));
        stage.getStyleClass().add("viewer-stage");
        scroll.setContent(stage);
        scroll.setId("viewer-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setPannable(false);
        scroll.getStyleClass().add("viewer-scroll");
        banner.setId("viewer-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.getStyleClass().add("viewer-banner");
        banner.setGraphic(Icons.of(MaterialDesignA.ALERT_OUTLINE, 16));
        banner.setVisible(false);
        banner.setManaged(false);
        // messages and progress float over the visible part of the page area, wherever the page is scrolled
        StackPane over = new StackPane(scroll, progress, notice);
        StackPane.setAlignment(notice, Pos.CENTER);
        BorderPane center = new BorderPane(over);
        center.setTop(banner);

        // ---- the sidebar (F9): thumbnails and outline
        thumbs.setId("viewer-thumbnails");
        thumbs.setCellFactory(lv -> new ThumbCell());
        thumbs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != page) {
                go(b);
            }
        });
        outlineTree.setId("viewer-outline");
        outlineTree.setShowRoot(false);
        outlineTree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b.getValue() != null && b.getValue().page() >= 0) {
                go(b.getValue().page());
            }
        });
        Tab thumbTab = new Tab(Messages.get("viewer.thumbnails"), thumbs);
        Tab outlineTab = new Tab(Messages.get("viewer.outline"), outlineTree);
        thumbTab.setClosable(false);
        outlineTab.setClosable(false);
        sidebar.getTabs().addAll(thumbTab, outlineTab);
        sidebar.setMinWidth(130);
        sidebar.setPrefWidth(150);
        split.getItems().add(center);
        setCenter(split);

        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        scroll.viewportBoundsProperty().addListener((o, a, b) -> {
            if (awaitingLayout) {
                layoutFallback.stop();
                awaitingLayout = false;
                show(); // the size is known now: page 1 rendered ahead at it can be taken
            } else if (fit != Fit.NONE) {
                refit.playFromStart();
            }
        });
        layoutFallback.setDuration(Duration.millis(options.layoutWait().toMillis()));
        layoutFallback.setOnFinished(e -> {
            if (awaitingLayout) {
                awaitingLayout = false;
                layoutWaited = true; // no layout came: shown at the guessed size rather than never
                show();
            }
        });
        refit.setOnFinished(e -> show());
        sceneProperty().addListener((o, a, s) -> {
            if (s != null) {
                s.windowProperty().addListener((o2, w0, w) -> watchScale(w));
                watchScale(s.getWindow());
            }
        });
        updateBar();
        load();
    }

    private static Region gap() {
        Region r = new Region();
        r.setMinWidth(8);
        return r;
    }

    private Button iconButton(String id, org.kordamp.ikonli.Ikon icon, String tipKey, String key, Runnable action) {
        Button b = new Button(null, Icons.of(icon, 18));
        b.setId(id);
        b.setTooltip(new Tooltip(Messages.get(tipKey) + "  (" + key + ")"));
        b.setOnAction(e -> action.run());
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setFocusTraversable(false);
        return b;
    }

    private void watchScale(Window w) {
        if (w != null) {
            w.outputScaleXProperty().addListener((o, a, b) -> show());
        }
    }

    private double outputScale() {
        if (options.outputScale() > 0) {
            return options.outputScale();
        }
        Window w = getScene() == null ? null : getScene().getWindow();
        return w == null ? 1.0 : Math.max(1.0, w.getOutputScaleX());
    }

    private Plan plan() {
        // the whole width less a scroll bar, whether one shows or not: fitting must not flip the bar on and off
        // (and the page's drop shadow, which counts in the rotating group's bounds)
        double vw = scroll.getWidth() - SCROLLBAR - 2 * PAD - 2 * SHADOW;
        double vh = scroll.getViewportBounds().getHeight() - 2 * PAD - 2 * SHADOW;
        if (vw < 50) {
            vw = getWidth() > 100 ? getWidth() - 2 * PAD - 20 : 800;
        }
        if (vh < 50) {
            vh = getHeight() > 100 ? getHeight() - 100 : 600;
        }
        return new Plan(fit, zoom, vw, vh, rotation, outputScale());
    }

    // ------------------------------------------------------------------ opening

    private void load() {
        busy(Messages.get("viewer.loading"));
        Path dir = options.tempDir();
        Fx.async(() -> {
            if (SWEPT.compareAndSet(false, true)) {
                SealedFile.sweep(dir, java.time.Duration.ofDays(1));
            }
            // streamed from the cache into the sealed copy (or one sealed before is shared): never whole in memory
            SealedFiles.Lease l;
            try {
                l = SealedFiles.acquire(workspace, material.sha256(), dir);
            } catch (DocumentUnavailableException e) {
                throw e;
            } catch (java.io.IOException e) {
                throw new ViewerException("viewer.error.noTemp", e);
            }
            try {
                return new Object[] {l, PdfPages.looksLikePdf(l.file().head(1024))};
            } catch (java.io.IOException | RuntimeException e) {
                l.close();
                throw new ViewerException("viewer.error.noTemp", e);
            }
        }, r -> {
            SealedFiles.Lease l = (SealedFiles.Lease) r[0];
            if (disposed) {
                l.close();
                return;
            }
            lease = l;
            sealed = l.file();
            pdf = (Boolean) r[1];
            worker = new RenderWorker<>(shortName(), this::openSource, this::closeSource, java.time.Duration.ofSeconds(2));
            open();
        }, t -> fileFailed(t instanceof DocumentUnavailableException
                ? Messages.get("viewer.unavailable") : describe(t, -1), false));
    }

    private String shortName() {
        String s = material.sha256() == null ? "doc" : material.sha256();
        return s.substring(0, Math.min(8, s.length()));
    }

    private PageSource openSource() throws Exception {
        return openSource(sealed, pdf, password, guard);
    }

    private static PageSource openSource(SealedFile sealed, boolean pdf, String password, ImageGuard guard)
            throws Exception {
        if (pdf) {
            return PdfPages.open(sealed.open(), password, guard);
        }
        SealedFile.Reader r = sealed.open();
        ImagePages img = ImagePages.open(r.asImageInput(), guard);
        if (img == null) {
            throw new ViewerException("viewer.unsupported", null);
        }
        return img;
    }

    private void closeSource(PageSource s) {
        s.close();
    }

    private void open() {
        busy(Messages.get("viewer.loading"));
        RenderWorker.Job<Opened> job = worker.submit(RenderWorker.Priority.VISIBLE, options.pageBudget(), (src, c) ->
                new Opened(src.pageCount(), src.pageCount() > 0 ? src.pageSize(0) : null, src.outline(),
                        src instanceof PdfPages));
        job.future().whenComplete((o, t) -> Platform.runLater(() -> {
            if (disposed) {
                return;
            }
            if (t != null) {
                Throwable c = unwrap(t);
                if (c instanceof InvalidPasswordException) {
                    askPassword(password != null);
                    return;
                }
                fileFailed(describe(c, -1), true);
                return;
            }
            pages = o.pages();
            hasText = o.text();
            if (o.first() != null) {
                sizes.put(0, o.first());
            }
            page = 0;
            thumbs.getItems().setAll(java.util.stream.IntStream.range(0, pages).boxed().toList());
            fillOutline(o.outline());
            updateBar();
            show();
        }));
    }

    private void askPassword(boolean wrong) {
        progress.setVisible(false);
        clearPage();
        PasswordField field = new PasswordField();
        field.setId("viewer-password");
        field.setPromptText(Messages.get("viewer.password.prompt"));
        field.setMaxWidth(260);
        Button ok = new Button(Messages.get("viewer.password.open"));
        ok.setId("viewer-password-open");
        ok.setDefaultButton(false);
        Runnable submit = () -> {
            if (field.getText().isEmpty()) {
                return;
            }
            password = field.getText();
            field.clear();
            open();
        };
        ok.setOnAction(e -> submit.run());
        field.setOnAction(e -> submit.run());
        message.setText(Messages.get(wrong ? "viewer.password.wrong" : "viewer.encrypted"));
        message.setGraphic(Icons.of(MaterialDesignL.LOCK_OUTLINE, 20));
        noticeActions.getChildren().setAll(field, ok);
        notice.setVisible(true);
        Platform.runLater(field::requestFocus);
    }

    private void fillOutline(List<PageSource.OutlineItem> items) {
        TreeItem<PageSource.OutlineItem> root = new TreeItem<>(null);
        List<TreeItem<PageSource.OutlineItem>> stack = new ArrayList<>();
        stack.add(root);
        for (PageSource.OutlineItem it : items) {
            TreeItem<PageSource.OutlineItem> node = new TreeItem<>(it);
            int d = Math.min(it.depth() + 1, stack.size());
            while (stack.size() > d) {
                stack.remove(stack.size() - 1);
            }
            stack.get(stack.size() - 1).getChildren().add(node);
            stack.add(node);
        }
        outlineTree.setRoot(root);
        outlineTree.setCellFactory(tv -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(PageSource.OutlineItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title());
            }
        });
        if (items.isEmpty()) {
            Label none = new Label(Messages.get("viewer.outline.none"));
            none.setWrapText(true);
            none.setPadding(new Insets(12));
            sidebar.getTabs().get(1).setContent(none);
        }
    }

    // ------------------------------------------------------------------ pages

    /** Shows the current page: from the cache at once, else rendered; then renders the next pages ahead. */
    private void show() {
        if (worker == null || pages == 0 || disposed) {
            return;
        }
        clearNotice();
        Plan plan = plan();
        PageSource.Size size = sizes.get(page);
        String failure = failed.get(page);
        if (failure != null) {
            pageFailed(failure);
            prefetch(plan);
            return;
        }
        if (size != null) {
            double device = plan.deviceScale(size);
            PageCache.Key key = PageCache.Key.of(page, device);
            PageCache.Entry hitEntry = cache.get(key);
            if (hitEntry != null) {
                display(page, size, hitEntry, plan.displayScale(size), key);
                prefetch(plan);
                return;
            }
            if (page == 0 && rotation == 0 && material.sha256() != null) {
                if (!layoutWaited && getScene() != null && scroll.getWidth() < 50
                        && FirstPages.waiting(workspace, material.sha256())) {
                    awaitingLayout = true;
                    progress.setVisible(true);
                    layoutFallback.playFromStart();
                    return;
                }
                FirstPages.Entry pre = FirstPages.take(workspace, material.sha256(), device);
                if (pre != null) { // rendered ahead while the judge was on the document before
                    PageCache.Entry e = new PageCache.Entry(pre.image(), pre.scale(), pre.problems(), pre.bytes());
                    cache.put(key, e, shownKey);
                    display(page, size, e, plan.displayScale(size), key);
                    prefetch(plan);
                    return;
                }
            }
            PageCache.Entry other = cache.any(page);
            if (other != null) {
                display(page, size, other, plan.displayScale(size), null); // scaled until the sharp one is here
            } else {
                view.setImage(null);
            }
        } else {
            view.setImage(null);
        }
        progress.setVisible(true);
        request(page, plan, RenderWorker.Priority.VISIBLE);
        prefetch(plan);
    }

    private void request(int p, Plan plan, RenderWorker.Priority priority) {
        PageSource.Size known = sizes.get(p);
        PageCache.Key key = known == null ? null : PageCache.Key.of(p, plan.deviceScale(known));
        Pending already = pending.get(p);
        if (already != null && (key == null || key.equals(already.key()) || already.key() == null)) {
            return; // on its way
        }
        if (already != null) {
            already.job().cancel();
        }
        renderCounts.merge(p, 1, Integer::sum);
        // nothing of this page to show yet: a slow page (JPEG 2000 scans) first shows a reduced picture
        boolean draftFirst = priority == RenderWorker.Priority.VISIBLE && cache.any(p) == null;
        RenderWorker.Job<Result> job = worker.submit(priority, options.pageBudget(), (src, cancel) -> {
            PageSource.Size size = src.pageSize(p);
            float scale = (float) plan.deviceScale(size);
            if (draftFirst) {
                PageSource.Rendered d = src.renderDraft(p, scale, cancel);
                if (!d.draft()) {
                    return new Result(p, size, d); // nothing on it was reduced: this is the page
                }
                cancel.check();
                Platform.runLater(() -> drafted(p, size, d));
            }
            return new Result(p, size, src.render(p, scale, cancel));
        });
        pending.put(p, new Pending(job, key));
        job.future().whenComplete((r, t) -> Platform.runLater(() -> rendered(p, job, plan, r, t)));
    }

    private void rendered(int p, RenderWorker.Job<Result> job, Plan plan, Result r, Throwable t) {
        Pending mine = pending.get(p);
        if (mine != null && mine.job() == job) {
            pending.remove(p);
        }
        if (disposed) {
            return;
        }
        if (t != null) {
            Throwable c = unwrap(t);
            if (c instanceof CancellationException) {
                return;
            }
            if (c instanceof OutOfMemoryError) {
                cache.clear();
            }
            LOG.warn("page {} of {} failed: {}", p + 1, material.fileName(), c.toString());
            String text = describe(c, p);
            failed.put(p, text);
            if (p == page) {
                pageFailed(text);
            }
            return;
        }
        sizes.put(p, r.size());
        BufferedImage img = r.rendered().image();
        Image fx = SwingFXUtils.toFXImage(img, null);
        List<java.lang.ref.WeakReference<Image>> track = tracked;
        if (track != null) {
            track.add(new java.lang.ref.WeakReference<>(fx));
        }
        PageCache.Key key = PageCache.Key.of(p, plan.deviceScale(r.size()));
        PageCache.Entry entry = new PageCache.Entry(fx, r.rendered().scale(), r.rendered().problems(),
                (long) img.getWidth() * img.getHeight() * 4);
        cache.put(key, entry, shownKey);
        if (p == page) {
            Plan now = plan();
            PageCache.Key wanted = PageCache.Key.of(p, now.deviceScale(r.size()));
            if (wanted.equals(key)) {
                display(p, r.size(), entry, now.displayScale(r.size()), key);
            } else {
                show(); // the zoom or the window changed meanwhile
            }
        }
    }

    /** A reduced first picture of page {@code p}: shown scaled, with the progress still on, until the sharp one. */
    private void drafted(int p, PageSource.Size size, PageSource.Rendered d) {
        if (disposed || p != page || pageShown() || failed.containsKey(p)) {
            return;
        }
        drafts++;
        BufferedImage img = d.image();
        PageCache.Entry e = new PageCache.Entry(SwingFXUtils.toFXImage(img, null), d.scale(), d.problems(),
                (long) img.getWidth() * img.getHeight() * 4);
        sizes.put(p, size);
        display(p, size, e, plan().displayScale(size), null);
    }

    private int drafts;

    /** Reduced first pictures shown so far (tests). */
    int drafts() {
        return drafts;
    }

    private void prefetch(Plan plan) {
        Set<Integer> wanted = new java.util.HashSet<>();
        wanted.add(page);
        for (int i = 1; i <= options.ahead(); i++) {
            wanted.add(page + i);
        }
        wanted.add(page - 1);
        for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            if (!wanted.contains(e.getKey())) {
                e.getValue().job().cancel();
                it.remove();
            }
        }
        for (int i = 1; i <= options.ahead(); i++) {
            int p = page + i;
            if (p < pages && !failed.containsKey(p) && !cached(p, plan)) {
                request(p, plan, RenderWorker.Priority.PREFETCH);
            }
        }
    }

    private boolean cached(int p, Plan plan) {
        PageSource.Size s = sizes.get(p);
        if (s == null) {
            s = sizes.get(page); // pages of one file mostly share a size
        }
        return s != null && cache.contains(PageCache.Key.of(p, plan.deviceScale(s)));
    }

    /** True when page {@code p} is rendered for the current zoom (prefetch readiness, for the bench and tests). */
    public boolean isReady(int p) {
        return cached(p, plan());
    }

    private void display(int p, PageSource.Size size, PageCache.Entry entry, double displayScale, PageCache.Key key) {
        double w = size.width() * displayScale;
        double h = size.height() * displayScale;
        view.setImage(entry.image());
        view.setFitWidth(w);
        view.setFitHeight(h);
        overlay.setPrefSize(w, h);
        overlay.setMinSize(w, h);
        overlay.setMaxSize(w, h);
        pageStack.setRotate(rotation);
        shownScale = displayScale;
        if (key != null) {
            shownKey = key;
            progress.setVisible(false);
            if (waitingNeighbours != null) {
                List<MaterialRef> n = waitingNeighbours;
                Platform.runLater(() -> prefetchNeighbours(n));
            }
        }
        showProblems(p, entry.problems());
        updateBar();
        loadText(p);
        drawHighlights();
    }

    private void showProblems(int p, List<PageProblem> problems) {
        List<String> lines = new ArrayList<>();
        for (PageProblem pr : problems) {
            String line = switch (pr.kind()) {
                case IMAGE_TOO_LARGE -> Messages.format("viewer.warn.imageTooLarge", p + 1, pr.detail());
                case DECODER_MISSING -> Messages.format("viewer.warn.decoderMissing", p + 1,
                        pr.detail().isEmpty() ? Messages.get("viewer.warn.someFormat") : pr.detail());
                case IMAGE_FAILED -> Messages.format("viewer.warn.imageFailed", p + 1);
                case REDUCED -> Messages.format("viewer.warn.reduced", p + 1);
            };
            if (!lines.contains(line)) {
                lines.add(line);
            }
        }
        banner.setText(String.join("\n", lines));
        banner.setVisible(!lines.isEmpty());
        banner.setManaged(!lines.isEmpty());
    }

    // ------------------------------------------------------------------ navigation

    public void go(int target) {
        if (pages == 0 || target < 0 || target >= pages || target == page) {
            updateBar();
            return;
        }
        page = target;
        selAnchor = selEnd = -1;
        updateBar();
        show();
        scroll.setVvalue(0);
        if (thumbs.getSelectionModel().getSelectedIndex() != page) {
            thumbs.getSelectionModel().select(page);
            thumbs.scrollTo(Math.max(0, page - 2));
        }
    }

    public void zoom(int delta) {
        double current = fit == Fit.NONE ? zoom : shownScale > 0 ? shownScale / PageSource.SCREEN_SCALE : zoom;
        double z = current;
        if (delta > 0) {
            for (double s : ZOOMS) {
                if (s > current + 0.01) {
                    z = s;
                    break;
                }
            }
        } else {
            for (int i = ZOOMS.length - 1; i >= 0; i--) {
                if (ZOOMS[i] < current - 0.01) {
                    z = ZOOMS[i];
                    break;
                }
            }
        }
        if (z == current && fit == Fit.NONE) {
            return;
        }
        zoom = z;
        fit = Fit.NONE;
        show();
    }

    /** Sets 100 % (and no fitting). */
    public void actualSize() {
        zoom = 1.0;
        fit = Fit.NONE;
        show();
    }

    public void fit(Fit mode) {
        fit = mode;
        show();
    }

    public void rotate() {
        rotation = (rotation + 90) % 360;
        show();
    }

    public int rotation() {
        return rotation;
    }

    public Fit fitMode() {
        return fit;
    }

    private void updateBar() {
        pageLabel.setText(pages == 0 ? "" : Messages.format("viewer.page", page + 1, pages));
        if (!pageField.isFocused()) {
            pageField.setText(pages == 0 ? "" : String.valueOf(page + 1));
        }
        pageCountLabel.setText(pages == 0 ? "" : "/ " + pages);
        double z = fit == Fit.NONE ? zoom : shownScale / PageSource.SCREEN_SCALE;
        zoomLabel.setText(z > 0 ? Math.round(z * 100) + "%" : "");
        prev.setDisable(page <= 0);
        next.setDisable(page >= pages - 1);
    }

    private void onKey(KeyEvent e) {
        boolean inText = e.getTarget() instanceof TextInputControl;
        KeyCode k = e.getCode();
        boolean ctrl = e.isShortcutDown();
        boolean handled = true;
        if (k == KeyCode.PAGE_DOWN) {
            go(page + 1);
        } else if (k == KeyCode.PAGE_UP) {
            go(page - 1);
        } else if (k == KeyCode.HOME && !inText || k == KeyCode.HOME && ctrl) {
            go(0);
        } else if (k == KeyCode.END && !inText || k == KeyCode.END && ctrl) {
            go(pages - 1);
        } else if (ctrl && k == KeyCode.G) {
            pageField.requestFocus();
            pageField.selectAll();
        } else if (ctrl && (k == KeyCode.EQUALS || k == KeyCode.PLUS || k == KeyCode.ADD)) {
            zoom(1);
        } else if (ctrl && (k == KeyCode.MINUS || k == KeyCode.SUBTRACT)) {
            zoom(-1);
        } else if (ctrl && (k == KeyCode.DIGIT0 || k == KeyCode.NUMPAD0)) {
            fit(Fit.WIDTH);
        } else if (ctrl && (k == KeyCode.DIGIT9 || k == KeyCode.NUMPAD9)) {
            fit(Fit.PAGE);
        } else if (ctrl && k == KeyCode.R) {
            rotate();
        } else if (ctrl && e.isShiftDown() && k == KeyCode.O) {
            openExternally();
        } else if (ctrl && k == KeyCode.F) {
            openSearch();
        } else if (k == KeyCode.F3) {
            searchNext(e.isShiftDown() ? -1 : 1);
        } else if (k == KeyCode.ESCAPE && searchBar.isVisible()) {
            closeSearch();
        } else if (k == KeyCode.F9) {
            sidebarToggle.setSelected(!sidebarToggle.isSelected());
            showSidebar(sidebarToggle.isSelected());
        } else if (ctrl && k == KeyCode.A && !inText) {
            selectAll();
        } else if (ctrl && k == KeyCode.C && !inText) {
            handled = copySelection();
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private void showSidebar(boolean on) {
        if (on && !split.getItems().contains(sidebar)) {
            split.getItems().add(0, sidebar);
            split.setDividerPositions(0.16);
            thumbs.getSelectionModel().select(page);
            thumbs.scrollTo(Math.max(0, page - 2));
        } else if (!on) {
            split.getItems().remove(sidebar);
        }
    }

    // ------------------------------------------------------------------ thumbnails

    private final class ThumbCell extends ListCell<Integer> {
        private final ImageView img = new ImageView();
        private final StackPane frame = new StackPane(img);
        private RenderWorker.Job<BufferedImage> job;

        ThumbCell() {
            img.setPreserveRatio(true);
            img.setFitWidth(THUMB_WIDTH);
            frame.getStyleClass().add("viewer-thumb-frame");
            frame.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
            setAlignment(Pos.CENTER);
            getStyleClass().add("viewer-thumb");
        }

        @Override
        protected void updateItem(Integer p, boolean empty) {
            super.updateItem(p, empty);
            if (job != null) {
                job.cancel();
                job = null;
            }
            if (empty || p == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            setText(String.valueOf(p + 1));
            Image cached = thumbCache.get(p);
            img.setImage(cached);
            setGraphic(frame);
            if (cached == null && worker != null) {
                double out = outputScale();
                RenderWorker.Job<BufferedImage> j = worker.submit(RenderWorker.Priority.BACKGROUND, options.pageBudget(),
                        (src, c) -> {
                            PageSource.Size s = src.pageSize(p);
                            return src.render(p, (float) (THUMB_WIDTH * out / s.width()), c).image();
                        });
                job = j;
                j.future().whenComplete((b, t) -> Platform.runLater(() -> {
                    if (b != null) {
                        Image fx = SwingFXUtils.toFXImage(b, null);
                        thumbCache.put(p, fx);
                        if (getItem() != null && getItem().equals(p)) {
                            img.setImage(fx);
                        }
                    }
                }));
            }
        }
    }

    // ------------------------------------------------------------------ text: selection, copy, search

    private void loadText(int p) {
        if (!hasText || texts.containsKey(p)) {
            return;
        }
        if (textJob != null) {
            textJob.cancel();
        }
        RenderWorker.Job<PageText> j = worker.submit(RenderWorker.Priority.BACKGROUND, options.pageBudget(),
                (src, c) -> src.text(p, c));
        textJob = j;
        j.future().whenComplete((t, x) -> Platform.runLater(() -> {
            if (t != null) {
                texts.put(p, t);
                if (p == page) {
                    drawHighlights();
                }
            }
        }));
    }

    private double[] toPoints(MouseEvent e) {
        return new double[] {e.getX() / shownScale, e.getY() / shownScale};
    }

    private void selectStart(MouseEvent e) {
        overlay.requestFocus();
        PageText t = texts.get(page);
        if (t == null || shownScale <= 0) {
            return;
        }
        double[] pt = toPoints(e);
        selAnchor = t.nearest(pt[0], pt[1]);
        selEnd = selAnchor;
        drawHighlights();
    }

    private void selectDrag(MouseEvent e) {
        PageText t = texts.get(page);
        if (t == null || selAnchor < 0) {
            return;
        }
        double[] pt = toPoints(e);
        selEnd = t.nearest(pt[0], pt[1]);
        drawHighlights();
    }

    /** Selects all the text of the page on screen. */
    public void selectAll() {
        PageText t = texts.get(page);
        if (t != null && t.length() > 0) {
            selAnchor = 0;
            selEnd = t.length() - 1;
            drawHighlights();
        }
    }

    /** Selects chars [start, end] of the page on screen (tests, search). */
    public void select(int start, int end) {
        selAnchor = start;
        selEnd = end;
        drawHighlights();
    }

    /** The selected text of the page on screen, empty if none. */
    public String selectedText() {
        PageText t = texts.get(page);
        if (t == null || selAnchor < 0 || selEnd < 0) {
            return "";
        }
        return t.slice(Math.min(selAnchor, selEnd), Math.max(selAnchor, selEnd) + 1);
    }

    /** True once the text of the page on screen is known (selection and highlights work). */
    public boolean textReady() {
        return !hasText || texts.containsKey(page);
    }

    private boolean copySelection() {
        String s = selectedText();
        if (s.isEmpty()) {
            return false;
        }
        ClipboardContent c = new ClipboardContent();
        c.putString(s);
        Clipboard.getSystemClipboard().setContent(c);
        return true;
    }

    private void drawHighlights() {
        overlay.getChildren().clear();
        PageText t = texts.get(page);
        if (t == null || shownScale <= 0) {
            return;
        }
        for (int i = 0; i < hits.size(); i++) {
            int[] h = hits.get(i);
            if (h[0] == page) {
                addRects(t, h[1], h[2], i == hit ? "viewer-hit-current" : "viewer-hit");
            }
        }
        if (selAnchor >= 0 && selEnd >= 0) {
            addRects(t, Math.min(selAnchor, selEnd), Math.max(selAnchor, selEnd) + 1, "viewer-selection");
        }
    }

    private void addRects(PageText t, int start, int end, String style) {
        float[] run = null;
        for (int i = start; i < end && i < t.length(); i++) {
            float[] b = t.box(i);
            if (b == null) {
                continue;
            }
            if (run != null && Math.abs(run[1] - b[1]) < 0.5 * b[3] && b[0] >= run[0] - 1) {
                run[2] = Math.max(run[2], b[0] + b[2] - run[0]);
                continue;
            }
            if (run != null) {
                addRect(run, style);
            }
            run = b.clone();
        }
        if (run != null) {
            addRect(run, style);
        }
    }

    private void addRect(float[] b, String style) {
        Rectangle r = new Rectangle(b[0] * shownScale, b[1] * shownScale, b[2] * shownScale, b[3] * shownScale);
        r.getStyleClass().add(style);
        r.setMouseTransparent(true);
        overlay.getChildren().add(r);
    }

    private void openSearch() {
        searchBar.setVisible(true);
        searchBar.setManaged(true);
        searchField.requestFocus();
        searchField.selectAll();
        if (!hasText && pages > 0) {
            searchStatus.setText(Messages.get("viewer.search.scan"));
        }
    }

    private void closeSearch() {
        searchBar.setVisible(false);
        searchBar.setManaged(false);
        searchRun++;
        hits.clear();
        hit = -1;
        query = "";
        searchStatus.setText("");
        drawHighlights();
        scroll.requestFocus();
    }

    /** Finds {@code text} in the document (from the page on screen on) and shows the first hit. */
    public void search(String text) {
        searchBar.setVisible(true);
        searchBar.setManaged(true);
        searchField.setText(text);
        searchNext(1);
    }

    private void searchNext(int dir) {
        String q = searchField.getText() == null ? "" : searchField.getText().trim();
        if (q.isEmpty() || worker == null || pages == 0) {
            return;
        }
        if (!hasText) {
            searchStatus.setText(Messages.get("viewer.search.scan"));
            return;
        }
        if (!q.equals(query)) {
            startSearch(q);
            return;
        }
        if (hits.isEmpty()) {
            return;
        }
        hit = Math.floorMod(hit + dir, hits.size());
        showHit();
    }

    private void startSearch(String q) {
        query = q;
        hits.clear();
        hit = -1;
        long run = ++searchRun;
        searching = true;
        int start = page;
        searchPage(run, start, 0, q);
    }

    private void searchPage(long run, int start, int done, String q) {
        if (run != searchRun || disposed) {
            return;
        }
        if (done >= pages) {
            searching = false;
            hits.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
            if (hit >= 0 && !hits.isEmpty()) {
                // keep the current hit where it is after sorting by page
                hit = Math.max(0, hits.indexOf(currentHit));
            }
            updateSearchStatus();
            return;
        }
        int p = (start + done) % pages;
        searchStatus.setText(Messages.format("viewer.search.searching", done + 1, pages));
        RenderWorker.Job<PageText> j = worker.submit(RenderWorker.Priority.BACKGROUND, options.pageBudget(),
                (src, c) -> src.text(p, c));
        j.future().whenComplete((t, x) -> Platform.runLater(() -> {
            if (run != searchRun) {
                return;
            }
            if (t != null) {
                texts.put(p, t);
                for (int[] h : t.find(q)) {
                    hits.add(new int[] {p, h[0], h[1]});
                }
                if (hit < 0 && !hits.isEmpty()) {
                    hit = 0;
                    showHit();
                }
            }
            searchPage(run, start, done + 1, q);
        }));
    }

    private int[] currentHit;

    private void showHit() {
        if (hit < 0 || hit >= hits.size()) {
            return;
        }
        currentHit = hits.get(hit);
        if (currentHit[0] != page) {
            go(currentHit[0]);
        }
        selAnchor = selEnd = -1;
        drawHighlights();
        updateSearchStatus();
        PageText t = texts.get(page);
        if (t != null && t.box(currentHit[1]) != null) {
            double y = t.box(currentHit[1])[1] * shownScale;
            double h = pageStack.getHeight();
            double vh = scroll.getViewportBounds().getHeight();
            if (h > vh) {
                scroll.setVvalue(Math.max(0, Math.min(1, (y - vh / 3) / (h - vh))));
            }
        }
    }

    private void updateSearchStatus() {
        if (hits.isEmpty()) {
            searchStatus.setText(searching ? Messages.format("viewer.search.searching", 0, pages)
                    : Messages.get("viewer.search.none"));
        } else {
            searchStatus.setText(Messages.format("viewer.search.count", hit + 1, hits.size())
                    + (searching ? " …" : ""));
        }
    }

    /** Hits found so far and the index of the one shown (−1 if none). */
    public int searchHits() {
        return hits.size();
    }

    public boolean searching() {
        return searching;
    }

    public String searchStatus() {
        return searchStatus.getText();
    }

    // ------------------------------------------------------------------ messages

    private void busy(String text) {
        progress.setVisible(true);
        if (text != null) {
            message.setText(text);
            message.setGraphic(null);
            noticeActions.getChildren().clear();
            notice.setVisible(true);
        }
    }

    private void clearNotice() {
        notice.setVisible(false);
        message.setText("");
        noticeActions.getChildren().clear();
    }

    /** The file cannot be shown at all: the message, a retry where it may help, and the system viewer. */
    private void fileFailed(String text, boolean external) {
        progress.setVisible(false);
        clearPage();
        message.setText(text);
        message.setGraphic(Icons.of(MaterialDesignA.ALERT_CIRCLE_OUTLINE, 20));
        noticeActions.getChildren().clear();
        if (external && sealed != null) {
            noticeActions.getChildren().add(externalButton());
        }
        notice.setVisible(true);
        banner.setVisible(false);
        banner.setManaged(false);
    }

    /** Nothing of a page on screen: the page area shrinks so the message is all there is. */
    private void clearPage() {
        view.setImage(null);
        view.setFitWidth(1);
        view.setFitHeight(1);
        overlay.getChildren().clear();
        overlay.setMinSize(0, 0);
        overlay.setPrefSize(0, 0);
        overlay.setMaxSize(0, 0);
        shownKey = null;
    }

    /** One page cannot be shown; the others can. */
    private void pageFailed(String text) {
        progress.setVisible(false);
        clearPage();
        overlay.getChildren().clear();
        message.setText(text);
        message.setGraphic(Icons.of(MaterialDesignA.ALERT_CIRCLE_OUTLINE, 20));
        Button retry = new Button(Messages.get("viewer.retry"), Icons.of(MaterialDesignR.REFRESH, 16));
        retry.setId("viewer-retry");
        int p = page;
        retry.setOnAction(e -> {
            failed.remove(p);
            show();
        });
        noticeActions.getChildren().setAll(retry, externalButton());
        notice.setVisible(true);
        banner.setVisible(false);
        banner.setManaged(false);
        updateBar();
    }

    private Button externalButton() {
        Button b = new Button(Messages.get("viewer.external"), Icons.of(MaterialDesignO.OPEN_IN_NEW, 16));
        b.setId("viewer-external-notice");
        b.setOnAction(e -> openExternally());
        return b;
    }

    /** Opens a clear copy of the file in the program the system associates with it. */
    public void openExternally() {
        SealedFile f = sealed;
        if (f == null) {
            return;
        }
        String name = safeName(material.fileName(), pdf);
        Path dir = options.tempDir().resolve("open");
        Fx.async(() -> {
            Files.createDirectories(dir);
            Path out = dir.resolve(name);
            f.copyClearTo(out);
            out.toFile().deleteOnExit();
            SystemViewer.open(out);
            return out;
        }, out -> { }, t -> {
            LOG.warn("open in the system viewer failed: {}", t.toString());
            banner.setText(Messages.get("viewer.external.failed"));
            banner.setVisible(true);
            banner.setManaged(true);
        });
    }

    private static String safeName(String fileName, boolean pdf) {
        String n = fileName == null || fileName.isBlank() ? (pdf ? "material.pdf" : "material") : fileName;
        n = n.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return n.length() > 120 ? n.substring(n.length() - 120) : n;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while (c instanceof CompletionException && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    /** A sentence for the judge: whether the file or one page failed, and why in words. Never a raw exception. */
    private String describe(Throwable t, int p) {
        Throwable c = unwrap(t);
        if (c instanceof ViewerException v) {
            Object[] args = v.args();
            return p >= 0 && v.key().startsWith("viewer.error.page")
                    ? Messages.format(v.key(), prepend(p + 1, args)) : Messages.format(v.key(), args);
        }
        if (p < 0) {
            if (c instanceof OutOfMemoryError) {
                return Messages.get("viewer.error.fileMemory");
            }
            LOG.warn("opening {} failed", material.fileName(), c);
            return Messages.get(pdf ? "viewer.error.fileDamaged" : "viewer.error.imageDamaged");
        }
        if (c instanceof TimeoutException) {
            return Messages.format("viewer.error.pageTimeout", p + 1, options.pageBudget().toSeconds() == 0
                    ? 1 : options.pageBudget().toSeconds());
        }
        if (c instanceof OutOfMemoryError) {
            return Messages.format("viewer.error.pageMemory", p + 1);
        }
        LOG.warn("page {} of {} failed", p + 1, material.fileName(), c);
        return Messages.format("viewer.error.pageFailed", p + 1);
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] out = new Object[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    // ------------------------------------------------------------------ neighbouring documents

    private static final java.util.concurrent.ExecutorService NEIGHBOURS =
            java.util.concurrent.Executors.newSingleThreadExecutor(Fx.daemon("courtdesk-viewer-prefetch"));
    private static final Set<String> FETCHED = java.util.Collections.synchronizedSet(
            java.util.Collections.newSetFromMap(new LinkedHashMap<String, Boolean>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > 256;
                }
            }));

    /**
     * Brings the documents next to the one on screen (the previous and next items of a catalogue or a queue's
     * materials) into the workstation's encrypted cache, one at a time in the background, so that opening them
     * reads the local cache (offline too) instead of waiting on the server. Returns at once; failures are quiet
     * (the viewer says what is wrong when the judge opens the document).
     */
    public static void prefetchDocuments(Workspace workspace, List<MaterialRef> neighbours) {
        for (MaterialRef m : neighbours) {
            if (m == null || m.sha256() == null || !FETCHED.add(m.sha256())) {
                continue;
            }
            NEIGHBOURS.execute(() -> {
                try {
                    workspace.document(m.sha256());
                } catch (Exception | OutOfMemoryError e) {
                    FETCHED.remove(m.sha256());
                    LOG.debug("prefetch of {} failed: {}", m.fileName(), e.toString());
                }
            });
        }
    }

    /** Documents whose page 1 the neighbour prefetch renders ahead, per call (the previous and the next ones). */
    static final int NEIGHBOURS_RENDERED = 2;
    private static final java.util.concurrent.atomic.AtomicReference<NeighbourRun> RUN =
            new java.util.concurrent.atomic.AtomicReference<>();
    /** Tests: neighbours whose page 1 was rendered ahead, and prefetch renders stopped because the judge moved on. */
    static final java.util.concurrent.atomic.AtomicInteger NEIGHBOURS_DONE = new java.util.concurrent.atomic.AtomicInteger();
    static final java.util.concurrent.atomic.AtomicInteger NEIGHBOURS_CANCELLED = new java.util.concurrent.atomic.AtomicInteger();

    /** One call's prefetch; the next call (the judge moved on) cancels it, stopping its render within an operator. */
    private static final class NeighbourRun {
        volatile boolean cancelled;
        volatile RenderWorker<PageSource> worker;

        void cancel() {
            cancelled = true;
            RenderWorker<PageSource> w = worker;
            if (w != null) {
                w.close();
            }
        }
    }

    /**
     * Readies the documents next to this one (the previous and next items of a catalogue): each is brought into
     * the encrypted cache, sealed, and its page 1 rendered at the size this viewer would show it (fit to width at
     * this dock's size and screen scale) into a small shared store with a byte budget ({@link FirstPages}), so that
     * opening it shows page 1 at once. One document at a time on a background thread with the page budget; a new
     * call cancels what an earlier one still renders (the judge moved on). Failures are quiet (the viewer says what
     * is wrong when the judge opens the document).
     */
    public void prefetchNeighbours(List<MaterialRef> neighbours) {
        if (disposed) {
            return;
        }
        if (shownKey == null) {
            // after this document's page is on screen: it comes first, and the dock has its size by then
            waitingNeighbours = List.copyOf(neighbours);
            return;
        }
        waitingNeighbours = null;
        Plan p = plan();
        Plan first = new Plan(Fit.WIDTH, 1.0, p.viewW(), p.viewH(), 0, p.outputScale());
        prefetchNeighbours(workspace, neighbours, first, options, guard);
    }

    private List<MaterialRef> waitingNeighbours;

    private static void prefetchNeighbours(Workspace workspace, List<MaterialRef> neighbours, Plan plan,
            Options options, ImageGuard guard) {
        NeighbourRun run = new NeighbourRun();
        NeighbourRun old = RUN.getAndSet(run);
        if (old != null) {
            old.cancel();
        }
        List<MaterialRef> todo = neighbours.stream().filter(m -> m != null && m.sha256() != null)
                .limit(NEIGHBOURS_RENDERED).toList();
        NEIGHBOURS.execute(() -> {
            for (MaterialRef m : todo) {
                if (run.cancelled) {
                    return;
                }
                try {
                    renderAhead(workspace, m, plan, options, guard, run);
                } catch (Exception | OutOfMemoryError | StackOverflowError e) {
                    LOG.debug("prefetch of {} failed: {}", m.fileName(), e.toString());
                }
            }
        });
    }

    private static void renderAhead(Workspace workspace, MaterialRef m, Plan plan, Options options, ImageGuard guard,
            NeighbourRun run) throws Exception {
        String sha = m.sha256();
        try (SealedFiles.Lease l = SealedFiles.acquire(workspace, sha, options.tempDir())) {
            if (run.cancelled) {
                return;
            }
            SealedFile f = l.file();
            boolean isPdf = PdfPages.looksLikePdf(f.head(1024));
            RenderWorker<PageSource> w = new RenderWorker<>("next-" + sha.substring(0, Math.min(8, sha.length())),
                    () -> openSource(f, isPdf, null, guard), PageSource::close, java.time.Duration.ofSeconds(2));
            run.worker = w;
            try {
                if (run.cancelled) {
                    return;
                }
                RenderWorker.Job<FirstPages.Entry> job = w.submit(RenderWorker.Priority.PREFETCH, options.pageBudget(),
                        (src, c) -> {
                            if (src.pageCount() == 0) {
                                return null;
                            }
                            PageSource.Size size = src.pageSize(0);
                            double device = plan.deviceScale(size);
                            if (FirstPages.has(workspace, sha, device)) {
                                return null;
                            }
                            PageSource.Rendered r = src.render(0, (float) device, c);
                            c.check();
                            Image fx = SwingFXUtils.toFXImage(r.image(), null);
                            return new FirstPages.Entry(fx, device, r.scale(), r.problems(), size, r.bytes());
                        });
                FirstPages.Entry e;
                try {
                    e = job.future().get();
                } catch (java.util.concurrent.ExecutionException | CancellationException x) {
                    if (run.cancelled) {
                        NEIGHBOURS_CANCELLED.incrementAndGet();
                    }
                    return;
                }
                if (e != null && !run.cancelled && FirstPages.put(workspace, sha, e)) {
                    NEIGHBOURS_DONE.incrementAndGet();
                }
            } finally {
                run.worker = null;
                w.close();
            }
        }
    }

    // ------------------------------------------------------------------ state for docks and tests

    public int page() {
        return page;
    }

    public int pages() {
        return pages;
    }

    public boolean showsImage() {
        return view.getImage() != null;
    }

    /** The message on screen (a failure, the password prompt), empty when the page shows. */
    public String message() {
        return notice.isVisible() ? message.getText() : "";
    }

    /** The warning above the page (what on it could not be shown), empty if none. */
    public String warning() {
        return banner.isVisible() ? banner.getText() : "";
    }

    /** The page on screen is the sharp rendering for the current zoom (not a scaled stand-in, not loading). */
    public boolean pageShown() {
        return shownKey != null && shownKey.page() == page && !progress.isVisible() && view.getImage() != null;
    }

    public long cacheBytes() {
        return cache.bytes();
    }

    public long cacheBudget() {
        return cache.budget();
    }

    /** Shown before its first layout, waiting for its size to take page 1 rendered ahead (tests). */
    boolean awaitsLayout() {
        return awaitingLayout;
    }

    /** The render worker (tests look at its threads). */
    RenderWorker<PageSource> worker() {
        return worker;
    }

    /** Closes the document (the tab closes): stops rendering and deletes the sealed copy. */
    public void dispose() {
        disposed = true;
        layoutFallback.stop();
        searchRun++;
        pending.values().forEach(p -> p.job().cancel());
        pending.clear();
        cache.clear();
        thumbCache.clear();
        if (worker != null) {
            worker.close();
        }
        if (lease != null) {
            lease.close(); // the sealed copy stays for a few more openings, then is deleted
        }
    }

    /** How many times page {@code p} was sent to render in this viewer (tests: a page prefetched is not). */
    int renders(int p) {
        return renderCounts.getOrDefault(p, 0);
    }
}

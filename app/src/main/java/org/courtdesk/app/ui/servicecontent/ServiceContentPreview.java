package org.courtdesk.app.ui.servicecontent;

import javafx.concurrent.Worker;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;

import org.courtdesk.model.fonts.CjkFont;

/**
 * 预览 (spec-004 §9 "预览发布效果"): the page lawyers will see, in a WebView. It shows the page the server serves
 * ({@code ServiceContentHtml.page} of the sanitised body, the same CSS and content security policy) with JavaScript off,
 * no context menu, and no navigation: a link clicked in the preview brings the preview back instead of opening a page.
 */
public final class ServiceContentPreview extends StackPane {

    private final WebView web = new WebView();
    private String page = "";

    public ServiceContentPreview() {
        // Before the first WebView: WebKit remembers a font family it did not find.
        org.courtdesk.app.ui.Theme.loadFont();
        setId("service-content-preview");
        getStyleClass().add("service-content-preview");
        web.setId("service-content-preview-web");
        web.setContextMenuEnabled(false);
        WebEngine engine = web.getEngine();
        engine.setJavaScriptEnabled(false);
        engine.locationProperty().addListener((o, was, now) -> {
            // loadContent leaves the location empty (about:blank); anything else is a link the judge followed.
            if (now != null && !now.isEmpty() && !now.equals("about:blank")) {
                javafx.application.Platform.runLater(() -> engine.loadContent(page, "text/html"));
            }
        });
        getChildren().add(web);
    }

    /**
     * A user style sheet for the HTML editor's WebView, whose document has no CSS of its own: the body in a system
     * CJK font or the one the workstation carries ({@link CjkFont}, loaded by the Theme before any WebView exists, so
     * WebKit finds it by its family name; the page's own CSS ends its font list with the same family).
     */
    static String editorStyleSheet() {
        String css = "body { font-family: \"Microsoft YaHei\", \"" + CjkFont.FAMILY + "\", sans-serif; }\n";
        return "data:text/css;charset=utf-8;base64,"
                + java.util.Base64.getEncoder().encodeToString(css.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Shows {@code html} (a whole page). Call on the FX thread. */
    public void show(String html) {
        page = html == null ? "" : html;
        web.getEngine().loadContent(page, "text/html");
    }

    /** Whether the last page finished loading. */
    public boolean loaded() {
        return web.getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED;
    }

    /** The text the preview shows (its document's text), empty before it has loaded. Call on the FX thread. */
    public String text() {
        var doc = web.getEngine().getDocument();
        return doc == null || doc.getDocumentElement() == null ? "" : doc.getDocumentElement().getTextContent();
    }

    public WebView webView() {
        return web;
    }
}

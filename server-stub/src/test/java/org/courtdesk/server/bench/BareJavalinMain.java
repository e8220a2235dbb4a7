package org.courtdesk.server.bench;

import io.javalin.Javalin;

/**
 * The baseline of {@link DemoServerBench}'s {@code /health} figure: a bare Javalin app (the server's own Javalin,
 * from the same class path) answering "ok" on {@code /health}, started as its own process like the server.
 * Argument: the port.
 */
public final class BareJavalinMain {

    private BareJavalinMain() {}

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Javalin app = Javalin.create(cfg -> {
            cfg.jetty.host = "127.0.0.1";
            cfg.jetty.port = port;
            cfg.startup.showJavalinBanner = false;
            cfg.routes.get("/health", ctx -> ctx.result("ok"));
        });
        app.start();
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "bare-javalin-shutdown"));
    }
}

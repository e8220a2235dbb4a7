package org.courtdesk.server;

/**
 * Starts the companion server. {@code --help} lists the flags (see {@link ServerFlags}); an unknown flag or a value
 * the server cannot use prints one line and exits with status 2, before anything is opened.
 */
public final class ServerMain {

    /** Exit status for a command line the server refuses (as getopt-style tools use). */
    static final int EXIT_USAGE = 2;

    private ServerMain() {}

    public static void main(String[] args) {
        if (ServerFlags.wantsHelp(args)) {
            System.out.print(ServerFlags.usage());
            return;
        }
        ServerConfig config;
        try {
            config = ServerFlags.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("courtdesk-server: " + e.getMessage());
            System.exit(EXIT_USAGE);
            return;
        }
        java.nio.file.Path log = org.courtdesk.server.ops.ServerLog.install(
                org.courtdesk.server.ops.ServerLog.directory(config.dataDir(), System.getenv()));
        org.slf4j.LoggerFactory.getLogger(ServerMain.class).info("logging to {}", log);
        CourtDeskServer server;
        try {
            server = CourtDeskServer.start(config);
        } catch (RuntimeException e) {
            // One clear line for the operator (a newer schema, a backup that would overwrite, no database), then exit.
            org.slf4j.LoggerFactory.getLogger(ServerMain.class).error("courtdesk-server did not start: {}", e.getMessage(), e);
            System.err.println("courtdesk-server: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "courtdesk-shutdown"));
    }
}

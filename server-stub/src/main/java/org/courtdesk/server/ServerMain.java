package org.courtdesk.server;

/**
 * Starts the companion server. Flags (or COURTDESK_* environment variables): --port=7070,
 * --data-dir=courtdesk-data, --jdbc-url=..., --jdbc-user=, --jdbc-password=, --demo, --token-hours=12,
 * --max-material-mb=10, --identity-provider-key=..., --host=127.0.0.1.
 */
public final class ServerMain {

    private ServerMain() {}

    public static void main(String[] args) {
        ServerConfig config;
        try {
            config = ServerConfig.fromArgs(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("courtdesk-server: " + e.getMessage());
            System.exit(2);
            return;
        }
        CourtDeskServer server = CourtDeskServer.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "courtdesk-shutdown"));
    }
}

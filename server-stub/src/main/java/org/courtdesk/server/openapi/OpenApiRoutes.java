package org.courtdesk.server.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.courtdesk.server.http.Json;
import org.courtdesk.server.http.RouteModule;

import io.javalin.config.RoutesConfig;

/**
 * {@code GET /api/v1/openapi.json} (public, see {@code Auth}): the OpenAPI 3.1 description of every endpoint.
 *
 * <p>The document is maintained by hand next to this class ({@value #RESOURCE}) and served as it is. It is read and
 * parsed once at start, so a broken document stops the server instead of being served. {@code OpenApiDocumentTest}
 * keeps it honest: every route the server registers must be in it, it lists no route the server lacks, and its schemas
 * match the shared-model records and enums field by field.
 */
public final class OpenApiRoutes implements RouteModule {

    public static final String PATH = "/api/v1/openapi.json";
    public static final String RESOURCE = "/org/courtdesk/server/openapi/openapi.json";

    private final byte[] document;

    public OpenApiRoutes() {
        this.document = load();
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> ctx.contentType("application/json; charset=utf-8")
                .header("Cache-Control", "no-cache")
                .result(document));
    }

    /** The document's bytes (UTF-8 JSON), checked to parse. */
    public static byte[] load() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            byte[] bytes = in.readAllBytes();
            if (!Json.MAPPER.readTree(bytes).path("openapi").asText().startsWith("3.1.")) {
                throw new IllegalStateException(RESOURCE + " is not an OpenAPI 3.1 document");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}

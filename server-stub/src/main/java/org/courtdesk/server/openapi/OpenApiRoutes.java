package org.courtdesk.server.openapi;

import org.courtdesk.server.http.Json;
import org.courtdesk.server.http.RouteModule;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.javalin.config.RoutesConfig;

/**
 * {@code GET /api/v1/openapi.json} (public, see {@code Auth}): the OpenAPI 3.1 description of every endpoint.
 *
 * <p>Paths and responses are written by hand ({@value #RESOURCE}); the schemas of the shared-model types are
 * generated from the classes ({@link OpenApiDocument}). It is built once at start, so a broken document stops the
 * server instead of being served. {@code OpenApiDocumentTest} keeps it honest: every route the server registers must
 * be in it, it lists no route the server lacks, and its schemas match the shared-model records and enums field by
 * field.
 */
public final class OpenApiRoutes implements RouteModule {

    public static final String PATH = "/api/v1/openapi.json";
    public static final String RESOURCE = OpenApiDocument.RESOURCE;

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

    /** The served document's bytes (UTF-8 JSON): the hand-written part with the generated schemas. */
    public static byte[] load() {
        try {
            return Json.MAPPER.writeValueAsBytes(OpenApiDocument.build());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the OpenAPI document", e);
        }
    }
}

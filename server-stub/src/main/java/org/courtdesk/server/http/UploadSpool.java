package org.courtdesk.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.courtdesk.server.http.MultipartReader.Part;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Where the files of a multipart body stream to, and their clean-up. The server installs it with the file store's
 * staging directory: every route that reads a multipart body reads it through {@link #read}, so its files go to
 * disk while they are hashed (never whole into the heap), and every staged file the request did not store (a refusal
 * after the body was read, a replay, a failed transaction) is deleted when the request ends, whatever its answer.
 */
public final class UploadSpool {

    private static final String DIR = UploadSpool.class.getName() + ".dir";
    private static final String STAGED = UploadSpool.class.getName() + ".staged";

    private UploadSpool() {}

    /** Every API request may stage files in {@code dir}; what it leaves is deleted after its answer. */
    public static void install(RoutesConfig routes, Path dir) {
        routes.before("/api/v1/*", ctx -> ctx.attribute(DIR, dir));
        routes.after("/api/v1/*", UploadSpool::cleanUp);
    }

    /**
     * Reads the multipart body of {@code ctx} from {@code in} with {@code limits}, files staged in the installed
     * directory (kept in memory where none is installed).
     */
    public static List<Part> read(Context ctx, InputStream in, MultipartReader.Limits limits) throws IOException {
        Path dir = ctx.attribute(DIR);
        MultipartReader.Limits spooled = new MultipartReader.Limits(limits.maxParts(), limits.maxTotalBytes(),
                limits.perPart(), dir);
        List<Part> parts = MultipartReader.read(in, MultipartReader.boundary(ctx.contentType()), spooled);
        List<Part> staged = ctx.attribute(STAGED);
        if (staged == null) {
            staged = new ArrayList<>();
            ctx.attribute(STAGED, staged);
        }
        for (Part p : parts) {
            if (p.file() != null) {
                staged.add(p);
            }
        }
        return parts;
    }

    /** Deletes the request's staged files that were not moved into the store. */
    static void cleanUp(Context ctx) {
        List<Part> staged = ctx.attribute(STAGED);
        if (staged != null) {
            staged.forEach(p -> p.file().delete());
            staged.clear();
        }
    }
}

package org.courtdesk.server.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import java.nio.file.Path;

import org.courtdesk.server.files.StagedFile;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.io.Content;

/**
 * Reads a {@code multipart/form-data} body as it streams in, with Jetty's own parser ({@link MultiPart.Parser}), and
 * checks every limit while reading: a part is refused as soon as it passes its own limit, the body as soon as it
 * passes the total, the parts as soon as there is one too many. So a 60 MB form part costs its limit plus one buffer
 * of memory, not 60 MB (the rest is read and dropped so the client can read the refusal, see {@link #discard}). (The servlet API's {@code getParts()} buffers the whole body first and knows only one limit for all
 * parts, hence this reader.)
 *
 * <p>Small parts (a limit of at most {@value #IN_MEMORY_MAX} bytes: the JSON forms) are kept in memory. Every larger
 * part (the files) streams to a {@link StagedFile} in {@link Limits#spoolDir()} (the file store's {@code tmp/}),
 * hashed as it is written: a request costs a few buffers of heap whatever its files weigh. On a refusal every file
 * this body staged is deleted before {@link Refused} is thrown; the caller deletes the returned ones it does not store
 * ({@link UploadSpool}). Without a spool directory (tools, unit tests) every part is kept in memory.
 */
public final class MultipartReader {

    private static final int BUFFER = 16 * 1024;
    /** Jetty's default for one part's headers; a file name longer than this is not a name. */
    private static final int MAX_PART_HEADER_BYTES = 8 * 1024;
    /** The largest part limit still read into memory. */
    public static final long IN_MEMORY_MAX = 64 * 1024;

    /**
     * One part: its name and file name from Content-Disposition (file name null for a plain field), and its bytes:
     * in memory ({@code bytes}, {@code file} null) or staged on disk ({@code file}, {@code bytes} null).
     */
    public record Part(String name, String fileName, byte[] bytes, StagedFile file) {
        public Part(String name, String fileName, byte[] bytes) {
            this(name, fileName, bytes, null);
        }

        /** The bytes of a part kept in memory (a form); null for a staged file. */
        @Override
        public byte[] bytes() {
            return bytes;
        }

        /** The part's content wherever it is. */
        public org.courtdesk.server.files.Content content() {
            return file != null ? file : org.courtdesk.server.files.Content.of(bytes);
        }

        public long size() {
            return file != null ? file.size() : bytes.length;
        }
    }

    /** How many bytes the part called {@code name} (with file name {@code fileName}, null if none) may carry. */
    @FunctionalInterface
    public interface PartLimit {
        long maxBytes(String name, String fileName);
    }

    /** The limits, and where parts larger than {@link #IN_MEMORY_MAX} stream to (null: kept in memory). */
    public record Limits(int maxParts, long maxTotalBytes, PartLimit perPart, Path spoolDir) {
        public Limits(int maxParts, long maxTotalBytes, PartLimit perPart) {
            this(maxParts, maxTotalBytes, perPart, null);
        }
    }

    /** Why the body was refused; the caller turns it into its own problem. */
    public static final class Refused extends RuntimeException {
        public enum Why {
            /** {@link #partName()} passed its {@link PartLimit}. */
            PART_TOO_LARGE,
            /** The whole body passed {@link Limits#maxTotalBytes()}. */
            BODY_TOO_LARGE,
            /** More than {@link Limits#maxParts()} parts. */
            TOO_MANY_PARTS,
            /** A control byte in the headers of part {@link #partNumber()} (the parser refuses it). */
            CONTROL_CHARACTER_IN_HEADER,
            /** Not multipart as RFC 7578 says (no boundary, broken headers, cut off). */
            MALFORMED
        }

        private final Why why;
        private final int partNumber;
        private final String partName;
        private final String fileName;
        private final long limit;

        Refused(Why why, int partNumber, String partName, String fileName, long limit, Throwable cause) {
            super(why + " (part " + partNumber + ")", cause);
            this.why = why;
            this.partNumber = partNumber;
            this.partName = partName;
            this.fileName = fileName;
            this.limit = limit;
        }

        public Why why() {
            return why;
        }

        /** 1-based number of the part the refusal is about, 0 when about the whole body. */
        public int partNumber() {
            return partNumber;
        }

        public String partName() {
            return partName;
        }

        public String fileName() {
            return fileName;
        }

        /** The limit that was passed (bytes or parts), 0 for a malformed body. */
        public long limit() {
            return limit;
        }
    }

    private MultipartReader() {}

    /** The boundary of a {@code multipart/form-data} Content-Type, or null when there is none. */
    public static String boundary(String contentType) {
        return contentType == null ? null : MultiPart.extractBoundary(contentType);
    }

    /**
     * Reads every part of {@code in}. Throws {@link Refused} at the first limit passed; nothing of the body after that
     * point is read.
     */
    public static List<Part> read(InputStream in, String boundary, Limits limits) throws IOException {
        if (boundary == null || boundary.isEmpty()) {
            throw new Refused(Refused.Why.MALFORMED, 0, null, null, 0, null);
        }
        Collector parts = new Collector(limits);
        MultiPart.Parser parser = new MultiPart.Parser(boundary, parts);
        parser.setPartHeadersMaxLength(MAX_PART_HEADER_BYTES);
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        boolean ok = false;
        try {
            while (!parts.complete) {
                int n = in.read(buffer);
                if (n < 0) {
                    parser.parse(Content.Chunk.EOF);
                    parts.throwIfRefused();
                    break;
                }
                total += n;
                if (total > limits.maxTotalBytes()) {
                    throw new Refused(Refused.Why.BODY_TOO_LARGE, 0, null, null, limits.maxTotalBytes(), null);
                }
                // The parser calls the collector synchronously; it copies what it keeps, so the buffer can be reused.
                parser.parse(Content.Chunk.from(ByteBuffer.wrap(buffer, 0, n), false));
                parts.throwIfRefused();
            }
            parts.throwIfFailed();
            if (!parts.complete) {
                throw new Refused(Refused.Why.MALFORMED, parts.number, null, null, 0, null);
            }
            ok = true;
        } catch (Refused e) {
            parts.deleteStaged();
            discard(in, buffer, limits.maxTotalBytes() - total);
            throw e;
        } finally {
            if (!ok) {
                parts.deleteStaged(); // an IOException (client gone, disk full): nothing of this body stays
            }
        }
        return parts.done;
    }

    /**
     * Reads and drops the rest of a refused body, at most {@code max} bytes (what the body may carry anyway), keeping
     * nothing. A client that sends its whole body before it reads the answer (java.net.http, many others) would
     * otherwise see the connection reset instead of the refusal. A body still longer is cut off: Jetty closes the
     * connection after the answer.
     */
    private static void discard(InputStream in, byte[] buffer, long max) {
        try {
            for (long left = max; left > 0; ) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    return;
                }
                left -= n;
            }
        } catch (IOException e) {
            // the client went away: nothing to answer
        }
    }

    /**
     * Collects parts as the parser reports them. Jetty swallows exceptions thrown from a listener, so a refusal is
     * recorded here and thrown by {@link #read} right after the chunk that caused it.
     */
    private static final class Collector extends MultiPart.AbstractPartsListener {
        private final Limits limits;
        private final List<Part> done = new ArrayList<>();
        private ByteArrayOutputStream current;
        private StagedFile.Writer currentFile;
        private long currentSize;
        private long currentLimit;
        private IOException ioFailure;
        private int number;
        private boolean inHeaders;
        private boolean complete;
        private Refused refused;

        Collector(Limits limits) {
            this.limits = limits;
        }

        void throwIfRefused() throws IOException {
            if (refused != null) {
                throw refused;
            }
            throwIfFailed();
        }

        void throwIfFailed() throws IOException {
            if (ioFailure != null) {
                throw ioFailure;
            }
        }

        /** Deletes every file this body staged (the one being written included). */
        void deleteStaged() {
            if (currentFile != null) {
                currentFile.close();
                currentFile = null;
            }
            for (Part p : done) {
                if (p.file() != null) {
                    p.file().delete();
                }
            }
        }

        @Override
        public void onPartBegin() {
            if (refused != null) {
                return;
            }
            number++;
            inHeaders = true;
            if (number > limits.maxParts()) {
                refused = new Refused(Refused.Why.TOO_MANY_PARTS, number, null, null, limits.maxParts(), null);
            }
        }

        @Override
        public void onPartHeaders() {
            inHeaders = false;
            if (refused == null) {
                // Name and file name are known now, before any content: the part's own limit applies from byte one.
                currentLimit = limits.perPart().maxBytes(getName(), getFileName());
                currentSize = 0;
                if (limits.spoolDir() != null && currentLimit > IN_MEMORY_MAX) {
                    try {
                        currentFile = StagedFile.create(limits.spoolDir());
                    } catch (IOException e) {
                        ioFailure = e;
                    }
                } else {
                    current = new ByteArrayOutputStream();
                }
            }
        }

        @Override
        public void onPartContent(Content.Chunk chunk) {
            // The parser owns the chunk (a slice of read()'s buffer): copy, never keep it.
            if (refused != null || ioFailure != null || (current == null && currentFile == null)) {
                return;
            }
            ByteBuffer bytes = chunk.getByteBuffer().duplicate();
            if (currentSize + (long) bytes.remaining() > currentLimit) {
                refused = new Refused(Refused.Why.PART_TOO_LARGE, number, getName(), getFileName(), currentLimit, null);
                return;
            }
            byte[] copy = new byte[bytes.remaining()];
            bytes.get(copy);
            currentSize += copy.length;
            if (currentFile != null) {
                try {
                    currentFile.write(copy, 0, copy.length);
                } catch (IOException e) {
                    ioFailure = e;
                }
            } else {
                current.write(copy, 0, copy.length);
            }
        }

        @Override
        public void onPart(String name, String fileName, HttpFields headers) {
            if (refused == null && ioFailure == null && current != null) {
                done.add(new Part(name, fileName, current.toByteArray()));
            } else if (refused == null && ioFailure == null && currentFile != null) {
                try {
                    done.add(new Part(name, fileName, null, currentFile.finish()));
                } catch (IOException e) {
                    ioFailure = e;
                }
            }
            if (currentFile != null) {
                currentFile.close(); // deletes it unless finished
            }
            current = null;
            currentFile = null;
        }

        @Override
        public void onComplete() {
            complete = true;
        }

        @Override
        public void onFailure(Throwable failure) {
            if (refused != null) {
                return;
            }
            // Jetty's parser refuses a control byte in part headers with a 400 "invalid byte <hex>" (HttpTokens CNTL);
            // MultipartReaderTest pins the wording.
            boolean control = inHeaders && String.valueOf(failure.getMessage()).contains("invalid byte");
            refused = new Refused(control ? Refused.Why.CONTROL_CHARACTER_IN_HEADER : Refused.Why.MALFORMED,
                    number, null, null, 0, failure);
        }
    }
}

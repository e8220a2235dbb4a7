package org.courtdesk.server.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The bytes of a file on their way into the store: either held in memory (a small generated file, a demo file) or
 * an upload already streamed to a {@link StagedFile} in the store's temporary directory. Either way its SHA-256 and
 * size are known without reading it again, and {@link #head()} gives the first bytes for type detection.
 */
public sealed interface Content permits Content.Bytes, StagedFile {

    /** How many leading bytes {@link #head()} keeps: Tika's magic detection reads no more than this. */
    int HEAD_BYTES = 64 * 1024;

    String sha256();

    long size();

    /** The first {@value #HEAD_BYTES} bytes (all of them when shorter). */
    byte[] head();

    InputStream open() throws IOException;

    /** All the bytes in memory: only for a store-less handle (tools, tests) and small files. */
    default byte[] readAllBytes() throws IOException {
        try (InputStream in = open()) {
            return in.readAllBytes();
        }
    }

    static Content of(byte[] bytes) {
        return new Bytes(bytes, sha256(bytes));
    }

    /** Content held in memory. */
    record Bytes(byte[] bytes, String sha256) implements Content {
        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public byte[] head() {
            return bytes.length <= HEAD_BYTES ? bytes : Arrays.copyOf(bytes, HEAD_BYTES);
        }

        @Override
        public InputStream open() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public byte[] readAllBytes() {
            return bytes;
        }
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

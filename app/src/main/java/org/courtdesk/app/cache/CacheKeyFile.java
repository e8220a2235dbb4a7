package org.courtdesk.app.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Properties;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;

/**
 * The small, non-secret file beside an encrypted cache ({@code cache.key}): the random per-user salt and the
 * Argon2id cost. The key itself is never stored anywhere; it is derived again from the password at every login:
 * {@code key = Argon2id(password UTF-8, salt, m, t, p) -> 32 bytes}. Without the right password the key is
 * wrong and H2 cannot decrypt the file.
 */
public final class CacheKeyFile {

    public static final String FILE_NAME = "cache.key";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] salt;
    private final KdfParams params;

    private CacheKeyFile(byte[] salt, KdfParams params) {
        this.salt = salt;
        this.params = params;
    }

    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE_NAME));
    }

    /** Makes a fresh salt and writes the file (atomically). */
    static CacheKeyFile create(Path dir, KdfParams params) throws IOException {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Properties p = new Properties();
        p.setProperty("format", "1");
        p.setProperty("kdf", "argon2id");
        p.setProperty("memoryKiB", Integer.toString(params.memoryKiB()));
        p.setProperty("iterations", Integer.toString(params.iterations()));
        p.setProperty("parallelism", Integer.toString(params.parallelism()));
        p.setProperty("salt", Base64.getEncoder().encodeToString(salt));
        Files.createDirectories(dir);
        Path tmp = dir.resolve(FILE_NAME + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "CourtDesk cache key derivation (salt and cost; not secret, do not edit)");
        }
        Files.move(tmp, dir.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return new CacheKeyFile(salt, params);
    }

    static CacheKeyFile read(Path dir) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(dir.resolve(FILE_NAME))) {
            p.load(in);
        }
        if (!"argon2id".equals(p.getProperty("kdf")) || !"1".equals(p.getProperty("format"))) {
            throw new IOException("unknown cache key format in " + dir.resolve(FILE_NAME));
        }
        try {
            byte[] salt = Base64.getDecoder().decode(p.getProperty("salt", ""));
            if (salt.length < SALT_BYTES) {
                throw new IOException("salt too short in " + dir.resolve(FILE_NAME));
            }
            KdfParams params = new KdfParams(Integer.parseInt(p.getProperty("memoryKiB")),
                    Integer.parseInt(p.getProperty("iterations")), Integer.parseInt(p.getProperty("parallelism")));
            return new CacheKeyFile(salt, params);
        } catch (IllegalArgumentException e) {
            throw new IOException("damaged cache key file " + dir.resolve(FILE_NAME), e);
        }
    }

    public KdfParams params() {
        return params;
    }

    /** Argon2id of the password under this file's salt: the 32-byte cache key. The caller wipes the result. */
    byte[] derive(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        try {
            Argon2Function argon2 = Argon2Function.getInstance(params.memoryKiB(), params.iterations(),
                    params.parallelism(), KEY_BYTES, Argon2.ID);
            return argon2.hash(bytes, salt).getBytes();
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}

package org.courtdesk.app.cache;

/**
 * Cost of the password-to-key derivation (Argon2id, RFC 9106). The defaults follow OWASP's recommended
 * minimum for Argon2id (19 MiB, 2 passes, 1 lane), so a stolen laptop's cache costs an attacker a real
 * Argon2id run per guessed password. Tests may pass cheaper values; the values a cache was created with are
 * kept in its key file, so changing the defaults never locks anyone out.
 */
public record KdfParams(int memoryKiB, int iterations, int parallelism) {

    public static final KdfParams DEFAULT = new KdfParams(19 * 1024, 2, 1);

    public KdfParams {
        if (memoryKiB < 8 * parallelism || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("bad Argon2 parameters: m=" + memoryKiB + " t=" + iterations + " p=" + parallelism);
        }
    }
}

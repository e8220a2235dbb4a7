package org.courtdesk.server.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id password hashing (password4j). The encoded hash carries its own salt and parameters, so the
 * parameters can be raised later without breaking stored hashes.
 */
public final class PasswordHasher {

    /** OWASP's Argon2id minimum: 19 MiB, 2 iterations, 1 lane. */
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);

    private PasswordHasher() {}

    public static String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
    }

    public static boolean matches(String password, String encodedHash) {
        if (password == null || encodedHash == null) {
            return false;
        }
        return Password.check(password, encodedHash).with(ARGON2);
    }
}

package org.courtdesk.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which failures are called "too large": a status of 413, never digits inside a stored file's SHA-256. */
class ProblemsTest {

    @Test
    void aBodyOverTheLimitIsTooLarge() {
        assertThat(Problems.isTooLarge(new RuntimeException("413: Payload Too Large"))).isTrue();
        assertThat(Problems.isTooLarge(new RuntimeException("wrapped", new IllegalStateException("max length exceeded: 99")))).isTrue();
        assertThat(Problems.isTooLarge(new RuntimeException("HTTP 413"))).isTrue();
    }

    @Test
    void aHashThatHoldsTheDigits413IsNotTooLarge() {
        // CI refused a corrupt stored file with 413 instead of 500 STORED_FILE_CORRUPT when its address held "413"
        String sha = "9f2c0d413ab7" + "0".repeat(52);
        assertThat(Problems.isTooLarge(new RuntimeException("stored file " + sha + " does not match its SHA-256"))).isFalse();
        assertThat(Problems.isTooLarge(new RuntimeException("files/9f/2c/0413"))).isFalse();
    }
}

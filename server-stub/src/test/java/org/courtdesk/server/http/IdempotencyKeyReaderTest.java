package org.courtdesk.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * One reader of the Idempotency-Key header ({@link IdempotencyKey}): no kind reads or validates the header itself,
 * so its rules and refusal (IDEMPOTENCY_KEY_REQUIRED) cannot drift apart per kind. The refusals themselves are tested
 * per route (SubmissionIdempotencyTest, the kinds' refusal tests).
 */
class IdempotencyKeyReaderTest {

    @Test
    void onlyTheCoreReaderNamesTheHeaderOrItsRefusal() throws IOException {
        Path main = Path.of("src", "main", "java");
        try (Stream<Path> files = Files.walk(main)) {
            List<String> readers = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !List.of("IdempotencyKey.java", "IdempotencyKeys.java").contains(p.getFileName().toString()))
                    .filter(p -> {
                        try {
                            String s = Files.readString(p);
                            return s.contains("\"Idempotency-Key\"") || s.contains("IDEMPOTENCY_KEY_REQUIRED");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(p -> main.relativize(p).toString()).toList();
            assertThat(readers).as("read the header with http.IdempotencyKey.read(ctx)").isEmpty();
        }
    }
}

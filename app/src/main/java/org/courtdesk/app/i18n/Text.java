package org.courtdesk.app.i18n;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Words not yet put into a language, so the data path (no screens, no locale) can say what happened and the
 * screen that shows it picks the user's language ({@link Messages#text}). Either a bundle key with its
 * arguments, or a text from elsewhere kept as it came ({@link #verbatim}: a server's problem detail).
 * Arguments that are themselves {@code Text} are put into the same language.
 */
public sealed interface Text {

    /** A bundle key and the arguments of its pattern (none: the bundle text as it is). */
    record Key(String key, List<Object> args) implements Text {
        public Key {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("a message key is required");
            }
            // nulls allowed (shown as "null", as string concatenation did)
            args = args == null ? List.of() : Collections.unmodifiableList(Arrays.asList(args.toArray()));
        }
    }

    /** Words that are already in some language (the server's, an exception's): shown unchanged. */
    record Verbatim(String text) implements Text {}

    static Text of(String key, Object... args) {
        return new Key(key, Arrays.asList(args));
    }

    /** The text as it is; null stays null (nothing to say). */
    static Text verbatim(String text) {
        return text == null ? null : new Verbatim(text);
    }
}

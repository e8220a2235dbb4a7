package org.courtdesk.model.request;

import java.util.Objects;

/**
 * The identity of one request of any kind: its kind and its id. An id alone names nothing once a second kind
 * exists (two kinds may both have a request 42), so every table or map that holds requests of several kinds
 * keys them by this. {@link #toString()} is a stable string form, {@code CASE_FILE_READING:42}, that
 * {@link #parse} reads back (logs, map keys, stored text).
 */
public record RequestRef(RequestKind kind, long id) implements Comparable<RequestRef> {

    public RequestRef {
        Objects.requireNonNull(kind, "kind");
    }

    public static RequestRef of(RequestKind kind, long id) {
        return new RequestRef(kind, id);
    }

    /** Reads the form {@link #toString()} writes; IllegalArgumentException for anything else. */
    public static RequestRef parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("not a request reference: " + text);
        }
        try {
            return new RequestRef(RequestKind.valueOf(text.substring(0, colon)), Long.parseLong(text.substring(colon + 1)));
        } catch (IllegalArgumentException e) { // NumberFormatException is one too
            throw new IllegalArgumentException("not a request reference: " + text, e);
        }
    }

    /** Ordered by kind (declaration order), then id. */
    @Override
    public int compareTo(RequestRef o) {
        int byKind = kind.compareTo(o.kind);
        return byKind != 0 ? byKind : Long.compare(id, o.id);
    }

    @Override
    public String toString() {
        return kind.name() + ":" + id;
    }
}

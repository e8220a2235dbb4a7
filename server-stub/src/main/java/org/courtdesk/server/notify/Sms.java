package org.courtdesk.server.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The text of one SMS with its secret spans (卷宗下载密码, 卷宗文档打开密码) marked. Only an {@link SmsGateway} reads
 * {@link #fullText()}; what is stored, served at {@code /api/v1/me/notifications} and logged is {@link #maskedText()},
 * where each secret is {@link #MASK}. {@link #toString()} is masked too, so a stray log line cannot leak a secret.
 */
public final class Sms {

    /** What a secret becomes in the stored and served text (the same mask the V4 migration wrote into old rows). */
    public static final String MASK = "******";

    private record Span(String text, boolean secret) {}

    private final List<Span> spans;

    private Sms(List<Span> spans) {
        this.spans = List.copyOf(spans);
    }

    /** A text without secrets. */
    public static Sms plain(String text) {
        return builder().text(text).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The text the phone receives: only for the gateway. */
    public String fullText() {
        StringBuilder sb = new StringBuilder();
        spans.forEach(s -> sb.append(s.text()));
        return sb.toString();
    }

    /** The text with every secret replaced by {@link #MASK}: what may be stored, served and logged. */
    public String maskedText() {
        StringBuilder sb = new StringBuilder();
        spans.forEach(s -> sb.append(s.secret() ? MASK : s.text()));
        return sb.toString();
    }

    /** The secrets, in order (tests and the gateway's callers; never log them). */
    public List<String> secrets() {
        return spans.stream().filter(Span::secret).map(Span::text).toList();
    }

    @Override
    public String toString() {
        return maskedText();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sms other && spans.equals(other.spans);
    }

    @Override
    public int hashCode() {
        return spans.hashCode();
    }

    /** Appends plain text and secrets in reading order. */
    public static final class Builder {
        private final List<Span> spans = new ArrayList<>();

        private Builder() {}

        public Builder text(String text) {
            spans.add(new Span(Objects.requireNonNull(text), false));
            return this;
        }

        public Builder secret(String secret) {
            if (secret == null || secret.isEmpty()) {
                throw new IllegalArgumentException("a secret span needs a value");
            }
            spans.add(new Span(secret, true));
            return this;
        }

        public Sms build() {
            return new Sms(spans);
        }
    }
}

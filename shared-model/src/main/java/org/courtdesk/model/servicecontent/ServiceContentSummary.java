package org.courtdesk.model.servicecontent;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One published 服务内容 item as the lawyers' list carries it ({@code GET /api/v1/service-contents}): 类别, 标题,
 * 发布法院, 登记时间, the times, and a short plain-text {@code excerpt} of the body (at most {@link #EXCERPT_LENGTH}
 * characters, "…" when cut) — never the body itself, which may be up to 1 MiB: that comes with one item
 * ({@code GET /api/v1/service-contents/{id}}, {@link ServiceContentView}).
 */
public record ServiceContentSummary(
        long id,
        String applicationNo,
        String courtCode,
        String courtName,
        ServiceContentCategory category,
        String title,
        LocalDate registeredOn,
        String authorName,
        Instant updatedAt,
        Instant publishedAt,
        String excerpt) {

    /** The excerpt's length in characters. */
    public static final int EXCERPT_LENGTH = 120;

    /** The excerpt of a sanitised body (or of its beginning): its text on one line, cut at {@link #EXCERPT_LENGTH}. */
    public static String excerpt(String sanitizedHtml) {
        String html = sanitizedHtml == null ? "" : sanitizedHtml;
        int open = html.lastIndexOf('<');
        if (open > html.lastIndexOf('>')) {
            html = html.substring(0, open); // the beginning of a body may end inside a tag (e.g. a long inline picture)
        }
        String t = ServiceContentHtml.text(html).replaceAll("\\s+", " ").strip();
        if (t.length() <= EXCERPT_LENGTH) {
            return t;
        }
        int end = EXCERPT_LENGTH - 1;
        if (Character.isHighSurrogate(t.charAt(end - 1))) {
            end--;
        }
        return t.substring(0, end) + "…";
    }
}

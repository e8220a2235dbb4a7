package org.courtdesk.model.servicecontent;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.courtdesk.model.api.ErrorCode;

/**
 * The rules of a 服务内容 item (spec-004 §9) that both sides apply to the editor's fields: every field of the seed's
 * editor is required (类别, 标题, 发布法院, 登记时间) and the body must keep some content once sanitised. A check returns
 * every problem (empty = valid), so the editor shows them all and the server refuses with the first.
 */
public final class ServiceContentRules {

    public static final int MAX_TITLE_LENGTH = 100;
    /**
     * The sanitised body in UTF-8 bytes: 1 MB (1,048,576 bytes). An item with tables and some pages of text is tens of
     * KB; the rest is room for a few inline pictures ({@code data:image/…;base64}, which the sanitiser keeps — a
     * photo of 700 KB is about 930 KB as base64). Larger pictures belong in an upload route (not built). The server
     * stores the body in a column of this many characters (migration V24), and every 服务内容 travels whole in the
     * change feed, so the limit is not a matter of taste: ten times more would make one judge's feed page of a few
     * hundred items gigabytes.
     */
    public static final int MAX_BODY_BYTES = 1_048_576;
    /**
     * The whole JSON request of a 新增 or 保存: the sanitised body quoted in JSON (each {@code "} and line break
     * escaped, at most twice its bytes), the other fields and the key. The workstation sends the body sanitised, so
     * a request within {@link #MAX_BODY_BYTES} always fits; a larger one is refused before it is parsed.
     */
    public static final int MAX_REQUEST_BYTES = 2 * MAX_BODY_BYTES + 64 * 1024;

    /** One broken rule: the {@link ErrorCode} and, when the code's sentence is not precise enough, a Chinese detail. */
    public record Violation(ErrorCode code, String detail) {
        public Violation {
            Objects.requireNonNull(code, "code");
        }

        public String message() {
            return detail != null ? detail : code.message();
        }
    }

    private ServiceContentRules() {}

    /**
     * Checks {@code form}, whose body the caller has already sanitised ({@link ServiceContentHtml#sanitize});
     * {@code knownCourt} says whether a court code is one of the courts the item may name as 发布法院.
     */
    public static List<Violation> check(ServiceContentForm form, Predicate<String> knownCourt) {
        List<Violation> broken = new ArrayList<>();
        if (form == null) {
            broken.add(new Violation(ErrorCode.VALIDATION_FAILED, "缺少服务内容"));
            return broken;
        }
        if (form.category() == null) {
            broken.add(new Violation(ErrorCode.SERVICE_CONTENT_CATEGORY_REQUIRED, null));
        }
        String title = form.title() == null ? "" : form.title().strip();
        if (title.isEmpty()) {
            broken.add(new Violation(ErrorCode.SERVICE_CONTENT_TITLE_REQUIRED, null));
        } else if (title.length() > MAX_TITLE_LENGTH) {
            broken.add(new Violation(ErrorCode.TEXT_TOO_LONG, "标题不能超过 " + MAX_TITLE_LENGTH + " 字"));
        }
        if (form.courtCode() == null || form.courtCode().isBlank() || !knownCourt.test(form.courtCode())) {
            broken.add(new Violation(ErrorCode.SERVICE_CONTENT_COURT_REQUIRED, null));
        }
        if (form.registeredOn() == null) {
            broken.add(new Violation(ErrorCode.SERVICE_CONTENT_REGISTERED_REQUIRED, null));
        }
        String body = form.bodyHtml();
        if (!ServiceContentHtml.hasContent(body)) {
            broken.add(new Violation(ErrorCode.SERVICE_CONTENT_BODY_REQUIRED, null));
        } else if (bodyBytes(body) > MAX_BODY_BYTES) {
            broken.add(new Violation(ErrorCode.SERVICE_CONTENT_BODY_TOO_LONG, tooLong(bodyBytes(body))));
        }
        return broken;
    }

    /** The size that {@link #MAX_BODY_BYTES} limits: the sanitised body's UTF-8 bytes (0 for none). */
    public static int bodyBytes(String sanitized) {
        return sanitized == null ? 0 : sanitized.getBytes(StandardCharsets.UTF_8).length;
    }

    /** {@code bytes} for people: "812 字节", "12.5 KB", "1.3 MB" (binary units, as {@link #MAX_BODY_BYTES} is 1 MB). */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " 字节";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.2f MB", bytes / (1024.0 * 1024.0));
    }

    /** The refusal's Chinese detail for a body of {@code bytes} (sanitised) over {@link #MAX_BODY_BYTES}. */
    public static String tooLong(long bytes) {
        return "正文过长：去除不允许的内容后为 " + size(bytes) + "，至多 " + size(MAX_BODY_BYTES) + "；请删减内容或图片";
    }

    /** The form as stored: title stripped, body sanitised. */
    public static ServiceContentForm normalised(ServiceContentForm form) {
        return new ServiceContentForm(form.category(), form.title() == null ? null : form.title().strip(),
                form.courtCode() == null ? null : form.courtCode().strip(), form.registeredOn(),
                ServiceContentHtml.sanitize(form.bodyHtml()));
    }
}

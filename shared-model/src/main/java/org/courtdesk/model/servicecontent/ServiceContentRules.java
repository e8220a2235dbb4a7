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
     * The sanitised body in UTF-8 bytes: it travels in one JSON request (at most 64 KB), so about 20,000 Chinese
     * characters with the editor's markup. Pictures beyond small inline ones need an upload route (not built).
     */
    public static final int MAX_BODY_BYTES = 60_000;

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
        } else if (body.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
            broken.add(new Violation(ErrorCode.SERVICE_CONTENT_BODY_TOO_LONG, null));
        }
        return broken;
    }

    /** The form as stored: title stripped, body sanitised. */
    public static ServiceContentForm normalised(ServiceContentForm form) {
        return new ServiceContentForm(form.category(), form.title() == null ? null : form.title().strip(),
                form.courtCode() == null ? null : form.courtCode().strip(), form.registeredOn(),
                ServiceContentHtml.sanitize(form.bodyHtml()));
    }
}

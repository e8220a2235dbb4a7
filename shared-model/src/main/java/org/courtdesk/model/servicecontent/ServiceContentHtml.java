package org.courtdesk.model.servicecontent;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The HTML of a 服务内容 item, one definition for both sides: the server stores only what {@link #sanitize} leaves of
 * the body the editor sent (and serves {@link #page} to applicants), and the workstation's 预览 shows the very same
 * page of the same sanitised body, so the judge sees exactly what lawyers will see.
 * <p>
 * The policy (OWASP java-html-sanitizer) keeps text, paragraphs, headings, lists, tables, links and the inline styles
 * of the JavaFX HTMLEditor (font, colour, alignment), and removes everything that runs or loads: {@code <script>},
 * {@code <style>}, {@code <iframe>}, {@code <object>}, forms, every event handler ({@code onerror=…}), {@code
 * javascript:} and {@code data:} links. Images stay only with a {@code data:image/…;base64} source or one of this
 * server's document URLs ({@code /api/v1/documents/<sha256>}); a remote {@code src} drops the image, so opening an item
 * never tells a third party who reads it. CSS {@code url(…)} is not in the policy's CSS schema, so styles load nothing.
 */
public final class ServiceContentHtml {

    /** What the sanitiser keeps of an image source: inline image data, or a document of this server. */
    static final Pattern IMAGE_SOURCE = Pattern.compile(
            "(?:data:image/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\\s]+|/api/v1/documents/[0-9a-f]{64})");
    /** Links: the web, mail, an anchor of the page, or a path of this server. */
    static final Pattern LINK = Pattern.compile("(?i)(?:https?://|mailto:|#|/(?!/))[^\\s\"<>]*");
    private static final Pattern ALIGN = Pattern.compile("(?i)left|right|center|justify");
    private static final Pattern SPAN = Pattern.compile("[1-9][0-9]?");
    private static final Pattern FONT_SIZE = Pattern.compile("[1-7]");
    private static final Pattern COLOR = Pattern.compile("(?i)#[0-9a-f]{3,8}|[a-z]{3,20}|rgba?\\([0-9.,\\s%]+\\)");
    private static final Pattern FACE = Pattern.compile("[\\p{L}\\p{N} ,'\"\\-]{1,100}");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "div", "span", "br", "hr", "b", "strong", "i", "em", "u", "s", "strike", "sub", "sup",
                    "small", "big", "blockquote", "pre", "code", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
                    "dl", "dt", "dd", "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
                    "font", "a")
            // An image whose source the policy dropped (remote, script) goes as a whole, not as an empty frame.
            .allowElements((name, attrs) -> attrs.contains("src") ? name : null, "img")
            .allowStyling()
            .allowAttributes("align").matching(ALIGN)
            .onElements("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "table", "caption")
            .allowAttributes("colspan", "rowspan").matching(SPAN).onElements("td", "th")
            .allowAttributes("color").matching(COLOR).onElements("font")
            .allowAttributes("size").matching(FONT_SIZE).onElements("font")
            .allowAttributes("face").matching(FACE).onElements("font")
            .allowUrlProtocols("http", "https", "mailto", "data")
            .allowAttributes("href").matching(LINK).onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .allowAttributes("src").matching(IMAGE_SOURCE).onElements("img")
            .allowAttributes("alt", "title").onElements("img")
            .allowAttributes("width", "height").matching(Pattern.compile("[0-9]{1,4}")).onElements("img")
            .toFactory();

    /**
     * The page's own look, served with every item and used by the preview (the same bytes on both sides). The font list
     * ends with the CJK font the workstation carries ({@link org.courtdesk.model.fonts.CjkFont}), so its WebView shows
     * Chinese on a machine without any; a lawyer's browser finds one of the system fonts before it.
     */
    public static final String CSS = """
            html { background: #ffffff; }
            body { margin: 0; padding: 24px 32px; color: #1f2328; font-size: 15px; line-height: 1.75;
                   font-family: "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans CJK SC",
                                "%s", sans-serif; }""".formatted(org.courtdesk.model.fonts.CjkFont.FAMILY) + """

            article.service-content { max-width: 860px; margin: 0 auto; }
            header { border-bottom: 2px solid #b71c1c; margin-bottom: 18px; padding-bottom: 10px; }
            header .category { display: inline-block; color: #b71c1c; border: 1px solid #b71c1c; border-radius: 3px;
                               padding: 0 8px; font-size: 13px; margin: 0 0 6px 0; }
            header h1 { font-size: 24px; margin: 4px 0 8px 0; line-height: 1.4; }
            header .meta { color: #57606a; font-size: 13px; margin: 0; }
            header .meta span + span { margin-left: 18px; }
            .body h1, .body h2, .body h3 { line-height: 1.4; }
            .body table { border-collapse: collapse; margin: 12px 0; }
            .body th, .body td { border: 1px solid #8c959f; padding: 4px 10px; }
            .body th { background: #f3f4f6; }
            .body img { max-width: 100%; }
            .body a { color: #0b57d0; }
            """;

    private ServiceContentHtml() {}

    /** What may be stored and shown of {@code html}: see the class comment. Null reads as empty. */
    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }

    /** Whether the sanitised body has any text or image (a body of empty paragraphs is no body). */
    public static boolean hasContent(String sanitized) {
        if (sanitized == null) {
            return false;
        }
        return sanitized.contains("<img") || !text(sanitized).isBlank();
    }

    private static final java.util.regex.Pattern NUMERIC_ENTITY =
            java.util.regex.Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

    /** The body's text without tags (for search and the list), entities of the sanitiser's output decoded. */
    public static String text(String sanitized) {
        if (sanitized == null) {
            return "";
        }
        String t = sanitized.replaceAll("(?i)<br\\s*/?>|</(p|div|li|tr|h[1-6])>", "\n").replaceAll("<[^>]*>", "");
        t = NUMERIC_ENTITY.matcher(t).replaceAll(m -> { // the sanitiser writes e.g. ： as &#xff1a;
            try {
                int cp = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
                return java.util.regex.Matcher.quoteReplacement(Character.isValidCodePoint(cp)
                        ? new String(Character.toChars(cp)) : m.group());
            } catch (NumberFormatException e) {
                return java.util.regex.Matcher.quoteReplacement(m.group());
            }
        });
        t = t.replace("&nbsp;", " ").replace("&#34;", "\"").replace("&#39;", "'").replace("&#61;", "=")
                .replace("&#64;", "@").replace("&#43;", "+").replace("&#96;", "`").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&amp;", "&");
        return t.replace('\u00a0', ' ').strip();
    }

    /**
     * The whole page lawyers see for an item (and the preview shows): its header (类别, 标题, 发布法院, 登记时间) and the
     * sanitised body, with {@link #CSS}, under a content security policy that lets the page run and load nothing but
     * its inline images. {@code bodyHtml} must already be sanitised; it is sanitised again here all the same.
     */
    public static String page(ServiceContentCategory category, String title, String courtName, LocalDate registeredOn,
                              String bodyHtml) {
        StringBuilder b = new StringBuilder(256 + (bodyHtml == null ? 0 : bodyHtml.length()));
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("img-src data: 'self'; style-src 'unsafe-inline'\">")
                .append("<title>").append(escape(title)).append("</title><style>").append(CSS).append("</style></head>")
                .append("<body><article class=\"service-content\"><header>");
        if (category != null) {
            b.append("<p class=\"category\">").append(escape(category.label())).append("</p>");
        }
        b.append("<h1>").append(escape(title)).append("</h1><p class=\"meta\">");
        if (courtName != null && !courtName.isBlank()) {
            b.append("<span>发布法院：").append(escape(courtName)).append("</span>");
        }
        if (registeredOn != null) {
            b.append("<span>登记时间：").append(registeredOn).append("</span>");
        }
        b.append("</p></header><section class=\"body\">").append(sanitize(bodyHtml))
                .append("</section></article></body></html>");
        return b.toString();
    }

    /** The page of a stored item. */
    public static String page(ServiceContentView v) {
        return page(v.category(), v.title(), v.courtName(), v.registeredOn(), v.bodyHtml());
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}

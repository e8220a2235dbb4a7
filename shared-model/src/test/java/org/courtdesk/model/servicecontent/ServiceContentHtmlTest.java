package org.courtdesk.model.servicecontent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.courtdesk.model.api.ErrorCode;
import org.junit.jupiter.api.Test;

/** The one HTML policy of 服务内容: nothing that runs or loads survives; Chinese text, tables, lists and headings do. */
class ServiceContentHtmlTest {

    private static final String SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @Test
    void stripsScriptsEventHandlersJavascriptLinksAndRemoteSources() {
        String dirty = "<p>春节期间立案安排<script>alert('x')</script></p>"
                + "<img src=\"x\" onerror=\"alert(1)\">"
                + "<img src=\"https://evil.example/track.png\" alt=\"跟踪\">"
                + "<img src=\"//evil.example/a.png\">"
                + "<a href=\"javascript:alert(2)\">点此查看</a>"
                + "<a href=\"JaVaScRiPt:alert(3)\">再点</a>"
                + "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">数据链接</a>"
                + "<p onclick=\"steal()\" style=\"background:url(https://evil.example/bg.png);color:red\">红字</p>"
                + "<iframe src=\"https://evil.example\"></iframe><object data=\"x.swf\"></object>"
                + "<style>body{background:url(https://evil.example/x)}</style>"
                + "<form action=\"https://evil.example\"><input name=\"pw\"></form>";
        String clean = ServiceContentHtml.sanitize(dirty);
        String lower = clean.toLowerCase();
        assertThat(lower).doesNotContain("<script", "alert", "onerror", "onclick", "javascript:", "evil.example",
                "<iframe", "<object", "<style", "<form", "<input", "url(", "data:text");
        assertThat(clean).contains("春节期间立案安排", "点此查看", "红字");
        assertThat(lower).doesNotContain("<img");
    }

    @Test
    void keepsChineseTablesListsHeadingsAndTheEditorsStyling() {
        String html = "<html dir=\"ltr\"><head></head><body contenteditable=\"true\">"
                + "<h2>一、立案时间</h2><p style=\"text-align: center\"><font face=\"Microsoft YaHei\" size=\"4\" color=\"#cc0000\">"
                + "<b>2027年2月1日至2月5日暂停现场立案</b></font></p>"
                + "<ul><li>网上立案照常受理</li><li>急需保全的，请拨打12368</li></ul>"
                + "<table border=\"1\"><tbody><tr><th>日期</th><th colspan=\"2\">安排</th></tr>"
                + "<tr><td>2月1日</td><td>值班</td><td>天河区人民法院</td></tr></tbody></table>"
                + "<p><a href=\"https://www.gzcourt.gov.cn/\">广州法院网</a></p></body></html>";
        String clean = ServiceContentHtml.sanitize(html);
        assertThat(clean).contains("<h2>一、立案时间</h2>", "<ul><li>网上立案照常受理</li>", "<table", "<th colspan=\"2\">安排</th>",
                "<td>天河区人民法院</td>", "<b>2027年2月1日至2月5日暂停现场立案</b>", "text-align:center",
                "color=\"#cc0000\"", "href=\"https://www.gzcourt.gov.cn/\"", "noopener", "nofollow");
        assertThat(clean).doesNotContain("contenteditable", "<body", "<html");
    }

    @Test
    void imagesOnlyFromInlineDataOrThisServersDocuments() {
        String inline = "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"印章\">";
        String own = "<img src=\"/api/v1/documents/" + SHA + "\">";
        String clean = ServiceContentHtml.sanitize(inline + own + "<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">"
                + "<img src=\"/api/v1/documents/" + SHA + "?x=1\">" + "<img src=\"http://192.168.1.5/a.png\">");
        assertThat(clean).contains("data:image/png;base64,iVBORw0KGgo&#61;", "/api/v1/documents/" + SHA + "\"");
        assertThat(clean).doesNotContain("svg", "?x=1", "192.168");
    }

    @Test
    void thePageEscapesTheHeaderAndCarriesTheCssAndAPolicyThatLoadsNothing() {
        String page = ServiceContentHtml.page(ServiceContentCategory.NOTICE, "关于<b>春节</b>的通知", "天河区人民法院",
                LocalDate.of(2027, 1, 20), "<p>正文<script>x()</script></p>");
        assertThat(page).contains("&lt;b&gt;春节&lt;/b&gt;", "通知公告", "发布法院：天河区人民法院", "登记时间：2027-01-20",
                "<p>正文</p>", ServiceContentHtml.CSS, "default-src 'none'");
        assertThat(page).doesNotContain("<script", "x()");
    }

    @Test
    void rulesNeedEveryFieldAndABodyThatSurvivesSanitising() {
        ServiceContentForm empty = new ServiceContentForm(null, " ", "粤9999", null,
                ServiceContentHtml.sanitize("<p><script>alert(1)</script></p>"));
        List<ErrorCode> codes = ServiceContentRules.check(empty, c -> c.equals("粤0106")).stream()
                .map(ServiceContentRules.Violation::code).toList();
        assertThat(codes).containsExactly(ErrorCode.SERVICE_CONTENT_CATEGORY_REQUIRED,
                ErrorCode.SERVICE_CONTENT_TITLE_REQUIRED, ErrorCode.SERVICE_CONTENT_COURT_REQUIRED,
                ErrorCode.SERVICE_CONTENT_REGISTERED_REQUIRED, ErrorCode.SERVICE_CONTENT_BODY_REQUIRED);
        ServiceContentForm ok = new ServiceContentForm(ServiceContentCategory.GUIDE, "诉讼费缴纳指南", "粤0106",
                LocalDate.of(2027, 1, 20), ServiceContentHtml.sanitize("<p>可通过网上缴费</p>"));
        assertThat(ServiceContentRules.check(ok, c -> c.equals("粤0106"))).isEmpty();
        ServiceContentForm huge = new ServiceContentForm(ServiceContentCategory.GUIDE, "长", "粤0106",
                LocalDate.of(2027, 1, 20), "<p>" + "字".repeat(ServiceContentRules.MAX_BODY_BYTES / 3 + 1) + "</p>");
        assertThat(ServiceContentRules.check(huge, c -> true)).extracting(ServiceContentRules.Violation::code)
                .containsExactly(ErrorCode.SERVICE_CONTENT_BODY_TOO_LONG);
    }

    @Test
    void textOfTheBodyForSearch() {
        assertThat(ServiceContentHtml.text(ServiceContentHtml.sanitize("<p>第一段&amp;</p><p>第二段</p>")))
                .isEqualTo("第一段&\n第二段");
    }

    /** The sanitiser writes full-width punctuation as numeric entities: the text (search, the list's excerpt) has it back. */
    @Test
    void theTextDecodesNumericEntitiesAndTheExcerptIsShortAndPlain() {
        String sanitized = ServiceContentHtml.sanitize("<h2>公告：春节（2027）</h2><p>" + "网上立案照常办理。".repeat(40)
                + "</p>");
        assertThat(sanitized).contains("&#"); // as the sanitiser writes it
        assertThat(ServiceContentHtml.text(sanitized)).startsWith("公告：春节（2027）\n网上立案").doesNotContain("&#");
        assertThat(ServiceContentHtml.text("&amp;#xff1a; &#x110000; &#65;")).isEqualTo("&#xff1a; &#x110000; A");
        String excerpt = ServiceContentSummary.excerpt(sanitized);
        assertThat(excerpt).startsWith("公告：春节（2027） 网上立案照常办理。").endsWith("…").doesNotContain("<", "\n")
                .hasSize(ServiceContentSummary.EXCERPT_LENGTH);
        assertThat(ServiceContentSummary.excerpt("<p>短</p>")).isEqualTo("短");
        assertThat(ServiceContentSummary.excerpt(null)).isEmpty();
        // the list reads only a body's beginning: one cut inside a tag leaves no piece of it
        assertThat(ServiceContentSummary.excerpt("<p>见下图</p><img src=\"data:image/png;base64,iVBORw0KG")).isEqualTo("见下图");
    }
}

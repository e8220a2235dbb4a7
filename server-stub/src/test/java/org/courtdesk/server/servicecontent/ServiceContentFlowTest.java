package org.courtdesk.server.servicecontent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.servicecontent.ServiceContentCategory;
import org.courtdesk.model.servicecontent.ServiceContentCreate;
import org.courtdesk.model.servicecontent.ServiceContentForm;
import org.courtdesk.model.servicecontent.ServiceContentPublication;
import org.courtdesk.model.servicecontent.ServiceContentRules;
import org.courtdesk.model.servicecontent.ServiceContentSave;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 服务内容管理 over HTTP (spec-004 §9): a judge saves an item (未发布, sanitised), edits it, publishes it, withdraws it;
 * lawyers see only what is published, as JSON and as the page; another judge neither sees nor changes it (404), the
 * clerk serving the author is refused (403); every refusal stores nothing.
 */
class ServiceContentFlowTest {

    static final String COURT = "粤0106";
    static TestServer server;
    static TestData data;
    static long judge;
    static long otherJudge;
    static long clerk;
    static long lawyer;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        data = new TestData(server.jdbi()).court(COURT, "广州市天河区人民法院").court("粤01", "广州市中级人民法院");
        judge = data.judge("sc.judge", COURT);
        otherJudge = data.judge("sc.other", COURT);
        clerk = data.clerk("sc.clerk", COURT, judge);
        lawyer = data.account("sc.lawyer", Role.LAWYER, null, true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpTestClient login(String user) {
        return server.client().login(user, TestData.PASSWORD);
    }

    static ServiceContentForm form(String title, String body) {
        return new ServiceContentForm(ServiceContentCategory.NOTICE, title, COURT, LocalDate.of(2026, 11, 23), body);
    }

    private int rows() {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT (SELECT COUNT(*) FROM service_content) + "
                + "(SELECT COUNT(*) FROM request WHERE kind = 'SERVICE_CONTENT') + "
                + "(SELECT COUNT(*) FROM audit_log WHERE kind = 'SERVICE_CONTENT')").mapTo(Integer.class).one());
    }

    private long version(long id) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT version FROM request WHERE id = :id").bind("id", id)
                .mapTo(Long.class).one());
    }

    static List<Long> feedIds(HttpTestClient client) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode c : client.get("/api/v1/changes?since=0&limit=1000").json().path("changes")) {
            if ("SERVICE_CONTENT".equals(c.path("kind").asText()) && !"REMOVE".equals(c.path("op").asText())) {
                ids.add(c.path("requestId").asLong());
            }
        }
        return ids;
    }

    static List<Long> listed(HttpTestClient client) {
        List<Long> ids = new ArrayList<>();
        client.get("/api/v1/service-contents?court=" + COURT).json().forEach(n -> ids.add(n.path("id").asLong()));
        return ids;
    }

    @Test
    void savedEditedPublishedReadByLawyersWithdrawn() {
        HttpTestClient byJudge = login("sc.judge");
        HttpTestClient byLawyer = login("sc.lawyer");
        UUID key = UUID.randomUUID();
        ServiceContentCreate create = new ServiceContentCreate(key, form("春节期间立案安排",
                "<p>2027年春节期间暂停现场立案<script>alert(1)</script></p><img src=\"x\" onerror=\"alert(2)\">"
                        + "<table><tr><td>网上立案</td><td>照常</td></tr></table>"), false);

        // 1. 保存: 未发布, FW number, body sanitised, the author's feed has it
        Response saved = byJudge.post("/api/v1/judge/service-contents", create);
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        JsonNode item = saved.json().path("request");
        long id = item.path("id").asLong();
        assertThat(item.path("kind").asText()).isEqualTo("SERVICE_CONTENT");
        assertThat(item.path("applicationNo").asText()).matches("FW20261123\\d{5}");
        assertThat(item.path("status").asText()).isEqualTo("DRAFT");
        assertThat(item.path("courtName").asText()).isEqualTo("广州市天河区人民法院");
        assertThat(item.path("bodyHtml").asText()).contains("2027年春节期间暂停现场立案", "<table>", "<td>网上立案</td>")
                .doesNotContain("script", "alert", "onerror", "<img");
        assertThat(feedIds(byJudge)).contains(id);
        // sent again (a lost answer): the same item, nothing new
        int before = rows();
        Response replay = byJudge.post("/api/v1/judge/service-contents", create);
        assertThat(replay.json().path("replayed").asBoolean()).isTrue();
        assertThat(replay.json().path("request").path("id").asLong()).isEqualTo(id);
        assertThat(rows()).isEqualTo(before);

        // 2. not published: lawyers neither list nor read it
        assertThat(listed(byLawyer)).doesNotContain(id);
        assertThat(byLawyer.get("/api/v1/service-contents/" + id).status()).isEqualTo(404);
        assertThat(byLawyer.get("/api/v1/service-contents/" + id + "/page").status()).isEqualTo(404);

        // 3. edited and published from the editor
        Response published = byJudge.post("/api/v1/judge/service-contents/" + id + "/content", new ServiceContentSave(
                UUID.randomUUID(), version(id), form("春节期间立案安排（更新）",
                        "<h2>一、现场立案</h2><p>2月1日至2月5日暂停</p><a href=\"javascript:alert(3)\">详情</a>"), true));
        assertThat(published.status()).as(published.text()).isEqualTo(200);
        assertThat(published.json().path("request").path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(published.json().path("request").path("publishedAt").isNull()).isFalse();

        // 4. lawyers read it: in the list, as JSON (no history), and as the page with the platform's CSS
        assertThat(listed(byLawyer)).contains(id);
        JsonNode read = byLawyer.get("/api/v1/service-contents/" + id).json();
        assertThat(read.path("title").asText()).isEqualTo("春节期间立案安排（更新）");
        assertThat(read.path("bodyHtml").asText()).contains("<h2>一、现场立案</h2>").doesNotContain("javascript");
        assertThat(read.path("audit").isNull() || read.path("audit").isMissingNode()).isTrue();
        Response page = byLawyer.get("/api/v1/service-contents/" + id + "/page");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(page.text()).contains("春节期间立案安排（更新）", "2月1日至2月5日暂停", "发布法院：广州市天河区人民法院",
                "article.service-content").doesNotContain("javascript:");

        // 5. publishing a published item is an illegal transition; nothing stored
        before = rows();
        Response twice = byJudge.post("/api/v1/judge/service-contents/" + id + "/publication",
                new ServiceContentPublication(UUID.randomUUID(), version(id), true));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(rows()).isEqualTo(before);

        // 6. withdrawn (设置发布 off): gone from the lawyers' list
        Response withdrawn = byJudge.post("/api/v1/judge/service-contents/" + id + "/publication",
                new ServiceContentPublication(UUID.randomUUID(), version(id), false));
        assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
        assertThat(withdrawn.json().path("request").path("status").asText()).isEqualTo("DRAFT");
        assertThat(listed(byLawyer)).doesNotContain(id);
        JsonNode detail = byJudge.get("/api/v1/judge/service-contents/" + id).json();
        assertThat(detail.path("audit")).extracting(a -> a.path("action").asText())
                .containsExactly("新增", "保存", "发布", "取消发布");
    }

    @Test
    void onlyTheAuthorReadsOrChangesAnItem() {
        HttpTestClient byJudge = login("sc.judge");
        long id = byJudge.post("/api/v1/judge/service-contents", new ServiceContentCreate(UUID.randomUUID(),
                form("诉讼费缴纳指南", "<p>可网上缴费</p>"), false)).json().path("request").path("id").asLong();
        HttpTestClient byOther = login("sc.other");
        HttpTestClient byClerk = login("sc.clerk");
        int before = rows();

        // another judge: as if it did not exist, in the feed, by id, and when changing it
        assertThat(feedIds(byOther)).doesNotContain(id);
        assertThat(byOther.get("/api/v1/judge/service-contents/" + id).status()).isEqualTo(404);
        Response edit = byOther.post("/api/v1/judge/service-contents/" + id + "/content",
                new ServiceContentSave(UUID.randomUUID(), version(id), form("改", "<p>改</p>"), true));
        assertThat(edit.status()).isEqualTo(404);
        Response publish = byOther.post("/api/v1/judge/service-contents/" + id + "/publication",
                new ServiceContentPublication(UUID.randomUUID(), version(id), true));
        assertThat(publish.status()).isEqualTo(404);
        assertThat(byOther.get("/api/v1/judge/service-contents/" + id).body())
                .isEqualTo(byOther.get("/api/v1/judge/service-contents/999999").body());

        // the clerk serving the author: refused (403), also for a new item
        assertThat(byClerk.get("/api/v1/judge/service-contents/" + id).code()).isEqualTo("SERVICE_CONTENT_AUTHOR_ONLY");
        Response clerkEdit = byClerk.post("/api/v1/judge/service-contents/" + id + "/publication",
                new ServiceContentPublication(UUID.randomUUID(), version(id), true));
        assertThat(clerkEdit.status()).isEqualTo(403);
        Response clerkNew = byClerk.post("/api/v1/judge/service-contents", new ServiceContentCreate(UUID.randomUUID(),
                form("书记员的", "<p>正文</p>"), false));
        assertThat(clerkNew.status()).isEqualTo(403);
        // a lawyer cannot use the judge's routes at all
        assertThat(login("sc.lawyer").post("/api/v1/judge/service-contents", new ServiceContentCreate(UUID.randomUUID(),
                form("律师的", "<p>正文</p>"), true)).status()).isEqualTo(403);
        assertThat(rows()).isEqualTo(before);
        assertThat(byJudge.get("/api/v1/judge/service-contents/" + id).json().path("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void refusalsNameEveryBrokenRuleAndStoreNothing() {
        HttpTestClient byJudge = login("sc.judge");
        int before = rows();
        Response empty = byJudge.post("/api/v1/judge/service-contents", new ServiceContentCreate(UUID.randomUUID(),
                new ServiceContentForm(null, " ", "粤9999", null, "<script>alert(1)</script>"), true));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.code()).isEqualTo("SERVICE_CONTENT_CATEGORY_REQUIRED");
        assertThat(empty.json().path("errors").toString()).contains("SERVICE_CONTENT_TITLE_REQUIRED",
                "SERVICE_CONTENT_COURT_REQUIRED", "SERVICE_CONTENT_REGISTERED_REQUIRED", "SERVICE_CONTENT_BODY_REQUIRED");
        Response noKey = byJudge.post("/api/v1/judge/service-contents", new ServiceContentCreate(null,
                form("无键", "<p>正文</p>"), false));
        assertThat(noKey.code()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
        assertThat(rows()).isEqualTo(before);

        long id = byJudge.post("/api/v1/judge/service-contents", new ServiceContentCreate(UUID.randomUUID(),
                form("开庭公告", "<p>正文</p>"), false)).json().path("request").path("id").asLong();
        int after = rows();
        // an edit on an old version: 409 with the current item; an edit that empties the body: 400
        Response stale = byJudge.post("/api/v1/judge/service-contents/" + id + "/content",
                new ServiceContentSave(UUID.randomUUID(), version(id) - 1, form("旧", "<p>旧</p>"), false));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("current").path("title").asText()).isEqualTo("开庭公告");
        Response blank = byJudge.post("/api/v1/judge/service-contents/" + id + "/content",
                new ServiceContentSave(UUID.randomUUID(), version(id), form("开庭公告", "<p> </p><script>x</script>"), true));
        assertThat(blank.code()).isEqualTo("SERVICE_CONTENT_BODY_REQUIRED");
        assertThat(rows()).isEqualTo(after);
        assertThat(byJudge.get("/api/v1/judge/service-contents/" + id).json().path("status").asText()).isEqualTo("DRAFT");
    }

    /**
     * The body may be 1 MB once sanitised (issue 12: an item with a table and some pages of text, or an inline picture,
     * was refused by the 64 KB limit of short forms with an unclear message). Within it: stored and served whole,
     * created and edited. Over it: 413 SERVICE_CONTENT_BODY_TOO_LONG with both sizes in Chinese, and nothing stored —
     * also a request too large to be read at all, and an edit.
     */
    @Test
    void aBodyOfUpToOneMegabyteIsStoredAndALargerOneRefusedWithNothingStored() {
        HttpTestClient byJudge = login("sc.judge");
        // ~300 KB: a table and many pages of text, and an inline picture (the sanitiser keeps data:image)
        StringBuilder big = new StringBuilder("<table><tr><th>事项</th><th>安排</th></tr>");
        for (int i = 0; i < 400; i++) {
            big.append("<tr><td>第").append(i).append("项</td><td>网上立案照常办理，现场立案暂停。</td></tr>");
        }
        big.append("</table>").append("<p>").append("春节期间诉讼服务安排说明。".repeat(6_000)).append("</p>")
                .append("<img src=\"data:image/png;base64,").append("iVBORw0KGgo".repeat(2_000)).append("\" alt=\"示意图\">");
        String body = big.toString();
        assertThat(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isBetween(200_000, 400_000);
        Response saved = byJudge.post("/api/v1/judge/service-contents", new ServiceContentCreate(UUID.randomUUID(),
                form("春节期间诉讼服务安排（全文）", body), false));
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        long id = saved.json().path("request").path("id").asLong();
        String stored = byJudge.get("/api/v1/judge/service-contents/" + id).json().path("bodyHtml").asText();
        assertThat(stored).contains("第399项", "data:image/png;base64,iVBORw0KGgo");
        assertThat(stored.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(200_000);
        Response edited = byJudge.post("/api/v1/judge/service-contents/" + id + "/content", new ServiceContentSave(
                UUID.randomUUID(), version(id), form("春节期间诉讼服务安排（全文）", body + "<p>补充说明</p>"), false));
        assertThat(edited.status()).as(edited.text()).isEqualTo(200);

        int before = rows();
        long versionBefore = version(id);
        // over 1 MB once sanitised, the JSON still readable: refused by the rule, with both sizes
        String tooLong = "<p>" + "字".repeat(ServiceContentRules.MAX_BODY_BYTES / 3 + 10) + "</p>";
        Response refused = byJudge.post("/api/v1/judge/service-contents", new ServiceContentCreate(UUID.randomUUID(),
                form("过长", tooLong), false));
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.code()).isEqualTo("SERVICE_CONTENT_BODY_TOO_LONG");
        assertThat(refused.json().path("detail").asText()).contains("正文过长", "1.00 MB", "至多");
        Response refusedEdit = byJudge.post("/api/v1/judge/service-contents/" + id + "/content", new ServiceContentSave(
                UUID.randomUUID(), version(id), form("过长", tooLong), true));
        assertThat(refusedEdit.status()).isEqualTo(413);
        assertThat(refusedEdit.code()).isEqualTo("SERVICE_CONTENT_BODY_TOO_LONG");
        // a request over the route's limit is not even parsed: the same code, the request's size named
        String huge = "<p>" + "x".repeat(ServiceContentRules.MAX_REQUEST_BYTES) + "</p>";
        Response tooLarge = byJudge.post("/api/v1/judge/service-contents", new ServiceContentCreate(UUID.randomUUID(),
                form("过大", huge), false));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.code()).isEqualTo("SERVICE_CONTENT_BODY_TOO_LONG");
        assertThat(tooLarge.json().path("detail").asText()).contains("服务内容过大", "至多 1.00 MB");
        assertThat(rows()).isEqualTo(before);
        assertThat(version(id)).isEqualTo(versionBefore);
        // other staff actions keep the short forms' limit
        Response publication = byJudge.postRaw("/api/v1/judge/service-contents/" + id + "/publication",
                "application/json", new byte[org.courtdesk.server.http.Json.MAX_BODY_BYTES + 1]);
        assertThat(publication.code()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    /**
     * Bodies of 1 MB and what carries them (issue 12): the lawyers' list carries summaries with a short plain-text
     * excerpt and no body; one item carries its body; the author's feed carries every body (to edit offline) but a
     * page ends before its bodies pass {@link org.courtdesk.server.feed.ChangesRoutes#PAGE_BYTE_BUDGET}, and the pages
     * after it bring the rest, none skipped.
     */
    @Test
    void oneMegabyteBodiesTravelOneItemAtATimeAndFeedPagesStayWithinTheirBudget() {
        data.judge("sc.big", COURT);
        HttpTestClient byJudge = login("sc.big");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String body = "<p>第" + i + "号公告：" + "春节期间诉讼服务安排。".repeat(30_000) + "</p>"; // ~990 KB
            Response saved = byJudge.post("/api/v1/judge/service-contents", new ServiceContentCreate(UUID.randomUUID(),
                    form("大公告" + i, body), true));
            assertThat(saved.status()).as(saved.text()).isEqualTo(200);
            ids.add(saved.json().path("request").path("id").asLong());
        }

        // the author's feed: one page holds at most the budget of bodies (here 2 of the 5), and says there is more
        Response first = byJudge.get("/api/v1/changes?since=0&limit=1000");
        assertThat(first.status()).isEqualTo(200);
        int firstBytes = first.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertThat(firstBytes).isLessThan((int) org.courtdesk.server.feed.ChangesRoutes.PAGE_BYTE_BUDGET + 64 * 1024);
        assertThat(first.json().path("changes").size()).isBetween(1, 4);
        assertThat(first.json().path("hasMore").asBoolean()).isTrue();
        // following the cursor brings every item once, each with its whole body
        java.util.Map<Long, String> bodies = new java.util.LinkedHashMap<>();
        long since = 0;
        for (int pages = 0; pages < 20; pages++) {
            JsonNode page = byJudge.get("/api/v1/changes?since=" + since + "&limit=1000").json();
            for (JsonNode c : page.path("changes")) {
                if ("SERVICE_CONTENT".equals(c.path("kind").asText())) {
                    bodies.put(c.path("requestId").asLong(), c.path("view").path("bodyHtml").asText());
                }
            }
            since = page.path("nextCursor").asLong();
            if (!page.path("hasMore").asBoolean()) {
                break;
            }
        }
        assertThat(bodies.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(bodies.values()).allSatisfy(b -> assertThat(b.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isGreaterThan(900_000));

        // the lawyers' list: summaries, an excerpt and no body; small however large the bodies
        Response list = login("sc.lawyer").get("/api/v1/service-contents?court=" + COURT);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text().length()).isLessThan(64 * 1024);
        List<JsonNode> mine = new ArrayList<>();
        list.json().forEach(n -> {
            if (ids.contains(n.path("id").asLong())) {
                mine.add(n);
            }
        });
        assertThat(mine).hasSize(5).allSatisfy(n -> {
            assertThat(n.has("bodyHtml")).isFalse();
            assertThat(n.path("title").asText()).startsWith("大公告");
            assertThat(n.path("courtName").asText()).isEqualTo("广州市天河区人民法院");
            assertThat(n.path("excerpt").asText()).startsWith("第").contains("号公告：春节期间诉讼服务安排。").endsWith("…")
                    .hasSize(org.courtdesk.model.servicecontent.ServiceContentSummary.EXCERPT_LENGTH);
        });
        // one item: its body
        JsonNode one = login("sc.lawyer").get("/api/v1/service-contents/" + ids.get(0)).json();
        assertThat(one.path("bodyHtml").asText()).startsWith("<p>第0号公告").hasSizeGreaterThan(300_000);
    }
}

package org.courtdesk.server.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.servicecontent.ServiceContentCategory;
import org.courtdesk.model.servicecontent.ServiceContentForm;
import org.courtdesk.model.servicecontent.ServiceContentRules;
import org.courtdesk.server.ServerConfig;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.feed.ChangeLog;
import org.courtdesk.server.request.Requests;
import org.courtdesk.server.servicecontent.ServiceContentAudit;
import org.courtdesk.server.servicecontent.ServiceContentRepository;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The demo court's 服务内容 (spec-004 §9): judge.chen's notices and guides for the lawyer platform of 天河区人民法院
 * (published ones and 未发布 ones being written) and two of judge.lin's for 广州中院,
 * written through the kind's storage with the same sanitising as a judge's editor.
 */
final class DemoServiceContents {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DemoServiceContents.class);

    private record Item(ServiceContentCategory category, String title, int daysAgo, RequestStatus status, String body) {}

    private static final List<Item> CHEN = List.of(
            new Item(ServiceContentCategory.NOTICE, "关于2027年春节期间立案工作安排的通知", 2, RequestStatus.PUBLISHED,
                    "<p>各位律师、当事人：</p><p>根据春节放假安排，本院<b>2027年2月6日至2月12日</b>暂停现场立案，网上立案照常受理，"
                            + "节后顺延审查。</p><table border=\"1\"><tr><th>日期</th><th>安排</th></tr>"
                            + "<tr><td>2月6日—2月12日</td><td>暂停现场立案，网上立案照常提交</td></tr>"
                            + "<tr><td>2月13日起</td><td>恢复现场立案，按收案顺序审查</td></tr></table>"
                            + "<p>急需申请诉前保全的，请拨打12368诉讼服务热线。</p><p style=\"text-align:right\">天河区人民法院立案庭</p>"),
            new Item(ServiceContentCategory.GUIDE, "网上申请阅卷操作指南", 9, RequestStatus.PUBLISHED,
                    "<h3>一、适用范围</h3><p>已归档案件的当事人及其代理律师可通过诉讼服务平台申请网上阅卷。</p>"
                            + "<h3>二、办理步骤</h3><ol><li>完成人脸识别实名认证；</li><li>填写案号、申请内容和申请原因；</li>"
                            + "<li>上传身份证明、律师执业证、授权委托书；</li><li>审查通过后凭短信密码下载电子卷宗。</li></ol>"
                            + "<p>卷宗文档打开密码与下载密码分别以短信发送，请妥善保管。</p>"),
            new Item(ServiceContentCategory.NOTICE, "第三法庭设备检修期间庭审调整的公告", 20, RequestStatus.DRAFT,
                    "<p>第三法庭于12月15日至12月18日进行科技法庭设备检修，原定在该法庭开庭的案件调整至第五法庭，开庭时间不变。</p>"),
            new Item(ServiceContentCategory.REGULATION, "诉讼费用交纳办法要点", 40, RequestStatus.PUBLISHED,
                    "<p>依据《诉讼费用交纳办法》，财产案件按诉讼请求的金额分段累计交纳：</p><ul><li>不超过1万元的，每件交纳50元；</li>"
                            + "<li>超过1万元至10万元的部分，按照2.5%交纳；</li><li>超过10万元至20万元的部分，按照2%交纳。</li></ul>"),
            new Item(ServiceContentCategory.NEWS, "本院开通律师预约法官功能", 60, RequestStatus.DRAFT,
                    "<p>即日起，律师可通过律师服务平台预约承办法官，法官将在三个工作日内答复。</p>"));
    private static final List<Item> LIN = List.of(
            new Item(ServiceContentCategory.NOTICE, "关于调整二审案件材料提交方式的通知", 5, RequestStatus.PUBLISHED,
                    "<p>自2027年1月1日起，二审案件的证据材料请通过网上诉讼服务平台提交电子版。</p>"),
            new Item(ServiceContentCategory.GUIDE, "上诉案件缴费指引", 15, RequestStatus.DRAFT,
                    "<p>上诉人应在收到交纳通知次日起七日内交纳上诉案件受理费。</p>"));

    private final Handle h;
    private final Instant now;
    private final LocalDate today;
    private int written;

    private DemoServiceContents(Handle h, Clock clock) {
        this.h = h;
        this.now = clock.instant();
        this.today = LocalDate.ofInstant(now, ServerConfig.CHINA);
    }

    /** Whether this is a demo database (judge.chen exists) with no 服务内容 yet. */
    static boolean missing(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM account WHERE username = :u")
                .bind("u", DemoAccounts.JUDGE_CHEN).mapTo(Integer.class).one() > 0
                && h.createQuery("SELECT COUNT(*) FROM request WHERE kind = 'SERVICE_CONTENT'").mapTo(Integer.class).one() == 0);
    }

    static int seed(Jdbi jdbi, Clock clock) {
        int n = jdbi.inTransaction(h -> new DemoServiceContents(h, clock).writeAll());
        LOG.info("demo 服务内容 seeded: {} items", n);
        return n;
    }

    private int writeAll() {
        write(DemoAccounts.JUDGE_CHEN, CHEN);
        write(DemoAccounts.JUDGE_LIN, LIN);
        return written;
    }

    private void write(String username, List<Item> items) {
        var judge = h.createQuery("SELECT id, court_code, display_name FROM account WHERE username = :u").bind("u", username)
                .map((rs, c) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}).findOne();
        if (judge.isEmpty()) {
            return;
        }
        long id = (Long) judge.get()[0];
        String court = (String) judge.get()[1];
        String name = (String) judge.get()[2];
        for (Item item : items) {
            Instant at = now.minus(Duration.ofDays(item.daysAgo())).minus(Duration.ofHours(3));
            ServiceContentForm form = ServiceContentRules.normalised(new ServiceContentForm(item.category(), item.title(),
                    court, today.minusDays(item.daysAgo()), item.body()));
            ChangeLog.lock(h);
            long created = ServiceContentRepository.insert(h, id, court, form, item.status(), at,
                    LocalDate.ofInstant(at, ServerConfig.CHINA)).id();
            AuditLog.recordAt(h, ServiceContentRepository.KIND, created, id, name, ServiceContentAudit.CREATE,
                    item.category().label() + "：" + item.title(), at);
            if (item.status() == RequestStatus.PUBLISHED) {
                AuditLog.recordAt(h, ServiceContentRepository.KIND, created, id, name, ServiceContentAudit.PUBLISH,
                        "发布后律师可在律师平台上看到", at.plus(Duration.ofMinutes(20)));
            }
            long seq = ChangeLog.record(h, ServiceContentRepository.KIND, created, id, null, id, ChangeOp.UPSERT);
            Requests.stampVersion(h, created, seq);
            written++;
        }
    }
}

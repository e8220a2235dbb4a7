package org.courtdesk.server.authz;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.reading.CaseStatus;
import org.courtdesk.model.reading.MaterialType;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.server.auth.TokenService;
import org.courtdesk.server.authz.AuthzMatrix.Caller;
import org.courtdesk.server.authz.AuthzMatrix.Resource;
import org.courtdesk.model.adjournment.HearingProcedure;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.appeal.AppealForm;
import org.courtdesk.model.appeal.DecisionType;
import org.courtdesk.server.appeal.AppealRepository;
import org.courtdesk.server.adjournment.AdjournmentRepository;
import org.courtdesk.model.binding.BindingAuthority;
import org.courtdesk.model.binding.BindingMaterialType;
import org.courtdesk.model.filing.FilingMaterialType;
import org.courtdesk.model.investigation.InvestigationMaterialType;
import org.courtdesk.model.preservation.PreservationMaterialType;
import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.feed.ChangeLog;
import org.courtdesk.server.binding.BindingRepository;
import org.courtdesk.server.filing.FilingFixtures;
import org.courtdesk.server.filing.FilingRepository;
import org.courtdesk.server.investigation.InvestigationFixtures;
import org.courtdesk.server.investigation.InvestigationRepository;
import org.courtdesk.server.preservation.PreservationFixtures;
import org.courtdesk.server.preservation.PreservationRepository;
import org.courtdesk.server.request.Pools;
import org.courtdesk.server.request.Requests;
import org.courtdesk.server.reading.ReadingMaterials;
import org.courtdesk.server.pdf.PlainPdf;
import org.courtdesk.server.reading.judge.ReadingFixtures;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;
import org.jdbi.v3.core.Jdbi;

/**
 * The people and things of the authorization matrix, built once into one server (see the legend of
 * {@value AuthzMatrix#RESOURCE}). Judge J (粤0106) has case A, judge K (another court, 粤0105) case B; both cases are
 * archived and not digitised. Request A is party P's own 阅卷申请 on case A, request B lawyer L's on case B; both are
 * pending, each with one material and one notice (SMS) to its applicant. On the 网上立案 paths ({@code /filings}) A and
 * B are filings instead: filing A party-P's at judge J's court (承办法官 J, audience also the centre reviewer), filing
 * B lawyer-L's at judge K's court (承办法官 K); both in 收 with one material and no notice. On the 延期开庭 paths
 * ({@code /adjournments}) A and B are 延期开庭申请 (DA, DB in a listing) of a hearing of case A by party P and of case B
 * by lawyer L, pending for judge J and judge K; on the 提起上诉 paths ({@code /appeals}) appeals (SA, SB) of case A by
 * party P and of case B by lawyer L for the party they represent. On the 诉讼保全 paths
 * ({@code /preservations}) A and B are 诉前 preservation applications of the same applicants, to judge J and judge K.
 */
final class AuthzWorld {

    static final String COURT_J = ReadingFixtures.COURT;
    static final String COURT_K = "粤0105";

    /** A case: its id and 案号. */
    record Case(long id, String court, String number) {}

    final TestServer server;
    final Map<Caller, Long> accounts = new EnumMap<>(Caller.class);
    final Map<Caller, String> usernames = new EnumMap<>(Caller.class);
    final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    final Case caseA;
    final Case caseB;
    final Case missingCase;
    final long requestA;
    final long requestB;
    final long missingRequest;
    final long filingA;
    final long filingB;
    final long bindingA;
    final long bindingB;
    final long adjournmentA;
    final long adjournmentB;
    final long appealA;
    final long appealB;
    final long preservationA;
    final long preservationB;
    final long investigationA;
    final long investigationB;
    // 材料转接 (spec-004 §10)
    final long transferA;
    final long transferB;
    // 庭审笔录 (spec-004 §13): 申请补正 A and B
    final long correctionA;
    final long correctionB;
    final long contactA;
    final long contactB;
    final long suggestionA;
    final long suggestionB;
    final long serviceContentA;
    final long serviceContentB;
    final long exchangeA;
    final long exchangeB;
    final String materialA;
    final String materialB;
    final String missingMaterial;

    AuthzWorld(TestServer server) {
        this.server = server;
        ReadingFixtures fx = new ReadingFixtures(server);
        TestData data = fx.data.court(COURT_K, "广州市海珠区人民法院");

        long judgeJ = data.judge(ReadingFixtures.unique("judge.J"), COURT_J);
        long judgeK = data.judge(ReadingFixtures.unique("judge.K"), COURT_K);
        accounts.put(Caller.JUDGE_J, judgeJ);
        accounts.put(Caller.JUDGE_K, judgeK);
        accounts.put(Caller.CLERK_J, data.clerk(ReadingFixtures.unique("clerk.J"), COURT_J, judgeJ));
        accounts.put(Caller.CLERK_K, data.clerk(ReadingFixtures.unique("clerk.K"), COURT_K, judgeK));
        accounts.put(Caller.CLERK_IDLE, data.account(ReadingFixtures.unique("clerk.idle"), Role.CLERK, COURT_J, true));
        // In judge J's own court: the role, not the court, keeps the centre reviewer out of 阅卷申请.
        accounts.put(Caller.CENTRE_REVIEWER,
                data.account(ReadingFixtures.unique("reviewer"), Role.CENTRE_REVIEWER, COURT_J, true));
        accounts.put(Caller.LAWYER_L, data.account(ReadingFixtures.unique("lawyer.L"), Role.LAWYER, null, true));
        accounts.put(Caller.PARTY_P, data.account(ReadingFixtures.unique("party.P"), Role.PARTY, null, true));
        accounts.put(Caller.PARTY_UNVERIFIED,
                data.account(ReadingFixtures.unique("party.unverified"), Role.PARTY, null, false));

        mark = baseline = count();
        String numberA = ReadingFixtures.caseNumber();
        caseA = new Case(data.caseOf(COURT_J, numberA, judgeJ, CaseStatus.ARCHIVED, false), COURT_J, numberA);
        data.party(caseA.id(), "PLAINTIFF", "用户" + fx.username(accounts.get(Caller.PARTY_P)), accounts.get(Caller.PARTY_P));
        String numberB = "（2024）粤0105民初" + (5000 + Math.abs(numberA.hashCode() % 1000)) + "号";
        caseB = new Case(data.caseOf(COURT_K, numberB, judgeK, CaseStatus.ARCHIVED, false), COURT_K, numberB);
        data.bind(caseB.id(), data.party(caseB.id(), "DEFENDANT", "广州某某贸易有限公司", null), accounts.get(Caller.LAWYER_L));
        missingCase = new Case(-1, COURT_J, "（2024）粤0106民初99999号");

        requestA = fx.pending(caseA.id(), accounts.get(Caller.PARTY_P), ReadingMode.ON_SITE);
        requestB = fx.pending(caseB.id(), accounts.get(Caller.LAWYER_L), ReadingMode.ON_SITE);
        fixture("阅卷申请 A, B", 0, 2);
        filingA = filing(COURT_J, judgeJ, accounts.get(Caller.PARTY_P), "起诉状 A");
        filingB = filing(COURT_K, judgeK, accounts.get(Caller.LAWYER_L), "起诉状 B");
        fixture("网上立案 A, B", 2, 2);
        bindingA = binding(caseA, judgeJ, data.party(caseA.id(), "DEFENDANT", "广州甲公司", null));
        bindingB = binding(caseB, judgeK, data.party(caseB.id(), "PLAINTIFF", "广州乙公司", null));
        fixture("案件绑定 A, B", 2, 2);
        adjournmentA = adjournment(caseA.id(), accounts.get(Caller.PARTY_P));
        adjournmentB = adjournment(caseB.id(), accounts.get(Caller.LAWYER_L));
        fixture("延期开庭 A, B", 0, 0);
        appealA = appeal(caseA.id(), accounts.get(Caller.PARTY_P), data.party(caseA.id(), "DEFENDANT", "被上诉人 A", null));
        appealB = appeal(caseB.id(), accounts.get(Caller.LAWYER_L), data.party(caseB.id(), "PLAINTIFF", "被上诉人 B", null));
        fixture("提起上诉 A, B", 0, 0);
        preservationA = preservation(COURT_J, judgeJ, accounts.get(Caller.PARTY_P), "保全申请书 A");
        preservationB = preservation(COURT_K, judgeK, accounts.get(Caller.LAWYER_L), "保全申请书 B");
        fixture("诉讼保全 A, B", 2, 2);
        investigationA = investigation(caseA, judgeJ, accounts.get(Caller.LAWYER_L), "调查令申请书 A");
        investigationB = investigation(caseB, judgeK, accounts.get(Caller.LAWYER_L), "调查令申请书 B");
        fixture("调查令 A, B", 2, 2);
        transferA = transfer(caseA, judgeJ, accounts.get(Caller.PARTY_P), org.courtdesk.model.transfer.TransferSubmitter.PARTY,
                "补充证据 A");
        transferB = transfer(caseB, judgeK, accounts.get(Caller.LAWYER_L),
                org.courtdesk.model.transfer.TransferSubmitter.LAWYER, "代理词 B");
        fixture("材料转接 A, B", 2, 2);
        correctionA = correction(caseA, judgeJ, accounts.get(Caller.PARTY_P), "庭审笔录 A");
        correctionB = correction(caseB, judgeK, accounts.get(Caller.LAWYER_L), "庭审笔录 B");
        fixture("庭审笔录 申请补正 A, B", 2, 4); // each transcript is a feed entry too
        // 联系法官: party P on record of case A (plaintiff), lawyer L of case B (agent)
        contactA = contact(caseA, judgeJ, accounts.get(Caller.PARTY_P));
        contactB = contact(caseB, judgeK, accounts.get(Caller.LAWYER_L));
        fixture("联系法官 A, B", 0, 2);
        // 意见建议: party P's to court J without a case (its centre reviewers' pool), lawyer L's on case B
        suggestionA = suggestion(null, COURT_J, null, accounts.get(Caller.PARTY_P));
        suggestionB = suggestion(caseB, COURT_K, judgeK, accounts.get(Caller.LAWYER_L));
        fixture("意见建议 A, B", 0, 2);
        serviceContentA = serviceContent(judgeJ, COURT_J, "诉讼服务指南 A", true);
        serviceContentB = serviceContent(judgeK, COURT_K, "开庭公告 B", false);
        fixture("服务内容 A, B", 0, 0);
        exchangeA = exchange(caseA, judgeJ);
        exchangeB = exchange(caseB, judgeK);
        fixture("证据交换 A, B", 0, 2);
        // After every kind's fixtures: ids of all kinds come from one counter.
        missingRequest = jdbi().withHandle(h -> h.createQuery("SELECT MAX(id) FROM request")
                .mapTo(Long.class).one()) + 1;
        materialA = material(requestA, MaterialType.ID_CARD, "身份证.pdf", "申请人身份证 A");
        materialB = material(requestB, MaterialType.LAWYER_LICENCE, "律师执业证.pdf", "律师执业证 B");
        fixture("阅卷材料 A, B", 2, 0);
        missingMaterial = BlobStore.sha256("a material nobody uploaded".getBytes(StandardCharsets.UTF_8));
        jdbi().useTransaction(h -> {
            server.server().context().notifier().send(h, accounts.get(Caller.PARTY_P), "您的阅卷申请已提交（A）", requestA);
            server.server().context().notifier().send(h, accounts.get(Caller.LAWYER_L), "您的阅卷申请已提交（B）", requestB);
        });

        // One real login per caller (each is an Argon2 check); the expired token is minted in the past instead.
        for (Map.Entry<Caller, Long> e : accounts.entrySet()) {
            usernames.put(e.getKey(), fx.username(e.getValue()));
            tokens.put(e.getKey(), server.client().login(usernames.get(e.getKey()), TestData.PASSWORD).token());
        }
        Clock yesterday = Clock.fixed(server.clock().instant().minus(Duration.ofDays(1)), ZoneOffset.UTC);
        tokens.put(Caller.EXPIRED_TOKEN, new TokenService(jdbi(), yesterday, Duration.ofHours(12)).issue(judgeJ).token());
    }

    Jdbi jdbi() {
        return server.jdbi();
    }

    // ------------------------------------------------------------------ what each fixture stores

    /** Blobs and changes (feed entries) in the database. */
    record Count(long blobs, long changes, long feedSeq) {}

    /**
     * One fixture of the world (a kind's requests A and B, ...): what it declares it stores, beside the code that
     * builds it, and what it did store. A new kind adds its own line; the totals of {@code whatIsStoredCountsTheFixtures}
     * are the sums of these, so no shared number changes.
     */
    record Fixture(String name, long blobs, long changes, long storedBlobs, long storedChanges) {
        boolean asDeclared() {
            return blobs == storedBlobs && changes == storedChanges;
        }
    }

    /** Every fixture in the order built. */
    final List<Fixture> fixtures = new ArrayList<>();
    /** What was stored before the first fixture (migrations' rows, if any). */
    final Count baseline;
    private Count mark;

    /** Records that the fixture built since the last one declares {@code blobs} new blobs and {@code changes} changes. */
    private void fixture(String name, long blobs, long changes) {
        Count now = count();
        fixtures.add(new Fixture(name, blobs, changes, now.blobs() - mark.blobs(), now.changes() - mark.changes()));
        mark = now;
    }

    Count count() {
        return jdbi().withHandle(h -> h.createQuery("SELECT (SELECT COUNT(*) FROM blob), (SELECT COUNT(*) FROM change_log), "
                        + "(SELECT last_seq FROM feed_counter WHERE id = 1)")
                .map((rs, c) -> new Count(rs.getLong(1), rs.getLong(2), rs.getLong(3))).one());
    }

    /** The caller's bearer token; null for anonymous. */
    String token(Caller caller) {
        return tokens.get(caller);
    }

    /** A new token of the caller's account (for logout, which revokes the token it is called with). */
    String freshToken(Caller caller) {
        Long account = accounts.get(caller);
        if (account == null) {
            return token(caller);
        }
        return new TokenService(jdbi(), server.clock(), Duration.ofHours(1)).issue(account).token();
    }

    Role role(Caller caller) {
        return switch (caller) {
            case JUDGE_J, JUDGE_K -> Role.JUDGE;
            case CLERK_J, CLERK_K, CLERK_IDLE -> Role.CLERK;
            case CENTRE_REVIEWER -> Role.CENTRE_REVIEWER;
            case LAWYER_L -> Role.LAWYER;
            case PARTY_P, PARTY_UNVERIFIED -> Role.PARTY;
            case ANONYMOUS, EXPIRED_TOKEN -> null;
        };
    }

    /** The id of the resource on {@code path}: a 网上立案 on the filing paths, a 案件绑定 on the binding paths, a 阅卷申请 elsewhere. */
    long requestId(String path, Resource r) {
        if (path.contains("/appeals")) {
            return switch (r) {
                case A -> appealA;
                case B -> appealB;
                case MISSING -> missingRequest;
                case NONE -> throw new IllegalArgumentException("no request for -");
            };
        }
        if (path.contains("/service-contents")) {
            return switch (r) {
                case A -> serviceContentA;
                case B -> serviceContentB;
                case MISSING -> missingRequest;
                case NONE -> throw new IllegalArgumentException("no request for -");
            };
        }
        if (path.contains("/evidence-exchanges")) {
            return switch (r) {
                case A -> exchangeA;
                case B -> exchangeB;
                case MISSING -> missingRequest;
                case NONE -> throw new IllegalArgumentException("no request for -");
            };
        }
        if (path.contains("/investigation-orders")) {
            return switch (r) {
                case A -> investigationA;
                case B -> investigationB;
                case MISSING -> missingRequest;
                case NONE -> throw new IllegalArgumentException("no request for -");
            };
        }
        if (path.contains("/suggestions")) {
            return switch (r) {
                case A -> suggestionA;
                case B -> suggestionB;
                case MISSING -> missingRequest;
                case NONE -> throw new IllegalArgumentException("no request for -");
            };
        }
        if (path.contains("/contact-requests")) {
            return switch (r) {
                case A -> contactA;
                case B -> contactB;
                case MISSING -> missingRequest;
                case NONE -> throw new IllegalArgumentException("no request for -");
            };
        }
        if (path.contains("/adjournments")) {
            return switch (r) {
                case A -> adjournmentA;
                case B -> adjournmentB;
                case MISSING -> missingRequest;
                case NONE -> throw new IllegalArgumentException("no request for -");
            };
        }
        if (path.contains("/bindings")) {
            return switch (r) {
                case A -> bindingA;
                case B -> bindingB;
                case MISSING -> missingRequest;
                case NONE -> throw new IllegalArgumentException("no request for -");
            };
        }
        if (path.contains("/transcript-corrections")) {
            return switch (r) {
                case A -> correctionA;
                case B -> correctionB;
                case MISSING -> missingRequest;
                case NONE -> throw new IllegalArgumentException("no request for -");
            };
        }
        if (path.contains("/material-transfers")) {
            return switch (r) {
                case A -> transferA;
                case B -> transferB;
                case MISSING -> missingRequest;
                case NONE -> throw new IllegalArgumentException("no request for -");
            };
        }
        if (path.contains("/preservations")) {
            return switch (r) {
                case A -> preservationA;
                case B -> preservationB;
                case MISSING -> missingRequest;
                case NONE -> throw new IllegalArgumentException("no request for -");
            };
        }
        if (!path.contains("/filings")) {
            return requestId(r);
        }
        return switch (r) {
            case A -> filingA;
            case B -> filingB;
            case MISSING -> missingRequest;
            case NONE -> throw new IllegalArgumentException("no request for -");
        };
    }

    /** The current version of filing A or B (nothing in the table changes them); 0 for missing. */
    long filingVersion(Resource r) {
        return version("/filings", r);
    }

    /** The current version of the request of {@code r} on {@code path}; 0 for missing. */
    long version(String path, Resource r) {
        if (r == Resource.MISSING) {
            return 0;
        }
        long id = requestId(path, r);
        return jdbi().withHandle(h -> h.createQuery("SELECT version FROM request WHERE id = :id").bind("id", id)
                .mapTo(Long.class).one());
    }

    long requestId(Resource r) {
        return switch (r) {
            case A -> requestA;
            case B -> requestB;
            case MISSING -> missingRequest;
            case NONE -> throw new IllegalArgumentException("no request for -");
        };
    }

    String material(Resource r) {
        return switch (r) {
            case A -> materialA;
            case B -> materialB;
            case MISSING -> missingMaterial;
            case NONE -> throw new IllegalArgumentException("no material for -");
        };
    }

    Case caseOf(Resource r) {
        return switch (r) {
            case A -> caseA;
            case B -> caseB;
            case MISSING -> missingCase;
            case NONE -> throw new IllegalArgumentException("no case for -");
        };
    }

    /** The fixture names of these request ids, as the table's {@code sees} column writes them. */
    String names(Set<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return "none";
        }
        StringBuilder sb = new StringBuilder();
        for (long id : requestIds.stream().sorted().toList()) {
            sb.append(sb.length() == 0 ? "" : "+").append(id == requestA ? "A" : id == requestB ? "B"
                    : id == filingA ? "FA" : id == filingB ? "FB" : id == bindingA ? "BDA" : id == bindingB ? "BDB"
                    : id == adjournmentA ? "DA" : id == adjournmentB ? "DB"
                    : id == appealA ? "SA" : id == appealB ? "SB"
                    : id == preservationA ? "PA" : id == preservationB ? "PB"
                    : id == investigationA ? "IA" : id == investigationB ? "IB"
                    : id == transferA ? "MA" : id == transferB ? "MB"
                    : id == correctionA ? "TA" : id == correctionB ? "TB"
                    : id == contactA ? "CA" : id == contactB ? "CB"
                    : id == suggestionA ? "GA" : id == suggestionB ? "GB"
                    : id == serviceContentA ? "WA" : id == serviceContentB ? "WB"
                    : id == exchangeA ? "EA" : id == exchangeB ? "EB" : "#" + id);
        }
        return sb.toString();
    }

    /**
     * A 服务内容 item of {@code judge} (A 已发布 by judge J, B 未发布 by judge K), written without audit or feed entry (so
     * its version is 0 and the feed's fixtures stay the others').
     */
    private long serviceContent(long judge, String court, String title, boolean published) {
        return server.server().context().database().write(h -> {
            ChangeLog.lock(h);
            return org.courtdesk.server.servicecontent.ServiceContentRepository.insert(h, judge, court, new org.courtdesk.model.servicecontent.ServiceContentForm(
                        org.courtdesk.model.servicecontent.ServiceContentCategory.GUIDE, title, court,
                        server.server().context().today(), "<p>" + title + "</p>"),
                        published ? org.courtdesk.model.request.RequestStatus.PUBLISHED
                                : org.courtdesk.model.request.RequestStatus.DRAFT,
                        server.clock().instant(), server.server().context().today()).id();
        });
    }

    /** A 网上立案 in 收 with one material, its feed entry for judge and pool; no notice. */
    private long filing(String court, long judge, long applicant, String text) {
        byte[] pdf = new PlainPdf().title(text, 16f).toBytes();
        return server.server().context().database().write(h -> {
            ChangeLog.lock(h);
            java.time.Instant at = server.clock().instant();
            Requests.Created c = FilingRepository.insert(h, FilingFixtures.form(court), judge, applicant, at,
                    server.server().context().today(), null);
            FilingRepository.attachMaterial(h, c.id(), FilingMaterialType.COMPLAINT, "起诉状.pdf", "application/pdf", pdf, at);
            long seq = ChangeLog.record(h, FilingRepository.KIND, c.id(), judge, Pools.centreReviewers(court), applicant,
                    ChangeOp.UPSERT);
            Requests.stampVersion(h, c.id(), seq);
            return c.id();
        });
    }

    /**
     * A 延期开庭申请 (待审查) of the case's hearing ten days ahead, by the applicant on record; no material, notice or
     * feed entry (so its version is 0 and the feed's fixtures stay the 阅卷 and 网上立案 ones).
     */
    private long adjournment(long caseId, long applicant) {
        return server.server().context().database().write(h -> {
            ChangeLog.lock(h);
            long hearing = AdjournmentRepository.insertHearing(h, caseId, server.server().context().now().plusDays(10),
                    "第一法庭", HearingProcedure.ORDINARY, 0);
            return AdjournmentRepository.insert(h, AdjournmentRepository.hearing(h, hearing).orElseThrow(), "另案开庭冲突",
                    applicant, server.clock().instant(), server.server().context().today(), null).id();
        });
    }

    /**
     * An appeal (提交/待处理) against the case's judgment by its applicant on record (the party themself, or the lawyer
     * for the party they represent) against {@code appellee}; no material, notice or feed entry (version 0).
     */
    private long appeal(long caseId, long applicant, long appellee) {
        return server.server().context().database().write(h -> {
            ChangeLog.lock(h);
            long appellant = h.createQuery("SELECT COALESCE((SELECT MIN(p.id) FROM case_party p WHERE p.case_id = :c "
                            + "AND p.account_id = :a), (SELECT MIN(g.party_id) FROM case_agent g WHERE g.case_id = :c "
                            + "AND g.lawyer_id = :a))").bind("c", caseId).bind("a", applicant).mapTo(Long.class).one();
            AppealForm form = new AppealForm(caseId, appellant, java.util.List.of(appellee), DecisionType.JUDGMENT,
                    server.server().context().today().minusDays(3), "撤销原判", "事实认定错误");
            return AppealRepository.insert(h, AppealRepository.caseOf(h, caseId).orElseThrow(), form, false, applicant,
                    server.clock().instant(), server.server().context().today(), null).id();
        });
    }

    /**
     * A 案件绑定 in 待审核 by lawyer L for a party of the case (judge J's case A, judge K's case B), with its two papers
     * and its feed entry for the judge; no notice.
     */
    private long binding(Case kase, long judge, long partyId) {
        byte[] pdf = new PlainPdf().title("授权委托书", 16f).toBytes();
        long lawyer = accounts.get(Caller.LAWYER_L);
        return server.server().context().database().write(h -> {
            ChangeLog.lock(h);
            java.time.Instant at = server.clock().instant();
            Requests.Created c = BindingRepository.insert(h, new BindingRepository.New(
                    new BindingRepository.CaseRow(kase.id(), kase.number(), judge), kase.court(), partyId, lawyer,
                    "14401201810123456", "广东某某律师事务所", BindingAuthority.GENERAL, at,
                    server.server().context().today()), null);
            for (BindingMaterialType t : BindingMaterialType.values()) {
                BindingRepository.attachMaterial(h, c.id(), t, t.label() + ".pdf", "application/pdf", pdf, at);
            }
            long seq = ChangeLog.record(h, BindingRepository.KIND, c.id(), judge, null, lawyer, ChangeOp.UPSERT);
            Requests.stampVersion(h, c.id(), seq);
            return c.id();
        });
    }

    /** A 诉前 诉讼保全 in 提交/待处理 with one material, its feed entry for the judge; no notice. */
    private long preservation(String court, long judge, long applicant, String text) {
        byte[] pdf = new PlainPdf().title(text, 16f).toBytes();
        return server.server().context().database().write(h -> {
            ChangeLog.lock(h);
            java.time.Instant at = server.clock().instant();
            Requests.Created c = PreservationRepository.insert(h, PreservationFixtures.preSuit(court),
                    new PreservationRepository.Target(court, null, judge), applicant, at,
                    server.server().context().today(), at.plus(Duration.ofHours(48)), null);
            PreservationRepository.attachMaterial(h, c.id(), PreservationMaterialType.APPLICATION, "保全申请书.pdf",
                    "application/pdf", pdf, at);
            long seq = ChangeLog.record(h, PreservationRepository.KIND, c.id(), judge, null, applicant, ChangeOp.UPSERT);
            Requests.stampVersion(h, c.id(), seq);
            return c.id();
        });
    }

    /** A 调查令 application in 提交/待处理 on the case, with one material, its feed entry for the judge; no notice. */
    private long investigation(Case kase, long judge, long applicant, String text) {
        byte[] pdf = new PlainPdf().title(text, 16f).toBytes();
        return server.server().context().database().write(h -> {
            ChangeLog.lock(h);
            java.time.Instant at = server.clock().instant();
            Requests.Created c = InvestigationRepository.insert(h, InvestigationFixtures.form(kase.number()),
                    new InvestigationRepository.CaseRow(kase.id(), kase.number(), kase.court(), judge, "IN_TRIAL", null),
                    applicant, at, server.server().context().today(), at.plus(Duration.ofDays(5)), null);
            InvestigationRepository.attachMaterial(h, c.id(), InvestigationMaterialType.APPLICATION, "调查令申请书.pdf",
                    "application/pdf", pdf, at);
            long seq = ChangeLog.record(h, InvestigationRepository.KIND, c.id(), judge, null, applicant, ChangeOp.UPSERT);
            Requests.stampVersion(h, c.id(), seq);
            return c.id();
        });
    }

    /** A 材料转接 in 未接收 on the case, with one file, its feed entry for the judge; no notice. */
    private long transfer(Case kase, long judge, long applicant, org.courtdesk.model.transfer.TransferSubmitter who,
                          String text) {
        byte[] pdf = new PlainPdf().title(text, 16f).toBytes();
        return server.server().context().database().write(h -> {
            ChangeLog.lock(h);
            java.time.Instant at = server.clock().instant();
            Requests.Created c = org.courtdesk.server.transfer.TransferRepository.insert(h,
                    new org.courtdesk.model.transfer.TransferForm(kase.number(), text,
                            org.courtdesk.model.transfer.TransferMaterialType.EVIDENCE, 1, null, null), who,
                    new org.courtdesk.server.transfer.TransferRepository.Target(kase.court(), kase.id(), judge), applicant,
                    at, server.server().context().today(), null);
            org.courtdesk.server.transfer.TransferRepository.attachFile(h, c.id(), "材料.pdf", "application/pdf", pdf, at);
            long seq = ChangeLog.record(h, org.courtdesk.server.transfer.TransferRepository.KIND, c.id(), judge, null,
                    applicant, ChangeOp.UPSERT);
            Requests.stampVersion(h, c.id(), seq);
            return c.id();
        });
    }

    /** A transcript of the case (readable 5 days; its own feed entry) and a 申请补正 of it in 待答复, its feed entry for the judge; no notice. */
    private long correction(Case kase, long judge, long applicant, String text) {
        byte[] pdf = new PlainPdf().title(text, 16f).toBytes();
        return server.server().context().database().write(h -> {
            ChangeLog.lock(h);
            java.time.Instant at = server.clock().instant();
            java.time.LocalDate today = server.server().context().today();
            long t = org.courtdesk.server.transcript.TranscriptRepository.attach(h, kase.id(), today.minusDays(1), text,
                    "庭审笔录.pdf", pdf, judge, at, today.plusDays(5));
            var owner = org.courtdesk.server.transcript.TranscriptRepository.owner(h, t).orElseThrow();
            Requests.Created c = org.courtdesk.server.transcript.TranscriptRepository.insertCorrection(h, owner, applicant,
                    "第3页有误", at, today, null);
            long seq = ChangeLog.record(h, org.courtdesk.server.transcript.TranscriptRepository.KIND, c.id(), judge, null,
                    applicant, ChangeOp.UPSERT);
            Requests.stampVersion(h, c.id(), seq);
            return c.id();
        });
    }

    /** A 约见请求 in 待答复 on the case, its feed entry for the judge; no notice. */
    private long contact(Case kase, long judge, long applicant) {
        return server.server().context().database().write(h -> {
            ChangeLog.lock(h);
            java.time.Instant at = server.clock().instant();
            java.time.LocalDate today = server.server().context().today();
            Requests.Created c = org.courtdesk.server.contact.ContactRepository.insert(h,
                    new org.courtdesk.server.contact.ContactRepository.New(
                            new org.courtdesk.server.contact.ContactRepository.CaseRow(kase.id(), kase.number(), judge),
                            kase.court(), applicant, "希望与法官面谈", java.util.List.of(today.plusDays(3).atTime(10, 0)),
                            org.courtdesk.model.contact.ContactWay.IN_PERSON, 3, at, today, at.plus(Duration.ofDays(4))),
                    null);
            long seq = ChangeLog.record(h, org.courtdesk.server.contact.ContactRepository.KIND, c.id(), judge, null,
                    applicant, ChangeOp.UPSERT);
            Requests.stampVersion(h, c.id(), seq);
            return c.id();
        });
    }

    /** An 意见建议 in 待答复: on the case for its judge, or without one in the court's centre reviewers' pool; no notice. */
    private long suggestion(Case kase, String court, Long judge, long applicant) {
        return server.server().context().database().write(h -> {
            ChangeLog.lock(h);
            java.time.Instant at = server.clock().instant();
            java.time.LocalDate today = server.server().context().today();
            String pool = kase == null ? org.courtdesk.server.request.Pools.centreReviewers(court) : null;
            Requests.Created c = org.courtdesk.server.suggestion.SuggestionRepository.insert(h,
                    new org.courtdesk.server.suggestion.SuggestionRepository.New(kase == null ? null
                            : new org.courtdesk.server.suggestion.SuggestionRepository.CaseRow(kase.id(), kase.number(), judge),
                            pool, court, applicant, org.courtdesk.model.suggestion.SuggestionCategory.SERVICE, "建议",
                            "建议增加停车位", 7, at, today, at.plus(Duration.ofDays(8))),
                    null);
            long seq = ChangeLog.record(h, org.courtdesk.server.suggestion.SuggestionRepository.KIND, c.id(), judge, pool,
                    applicant, ChangeOp.UPSERT);
            Requests.stampVersion(h, c.id(), seq);
            return c.id();
        });
    }

    /** A 证据交换 in 举证中 on the case, made by its judge, no items; its feed entry for the judge; no notice. */
    private long exchange(Case kase, long judge) {
        return server.server().context().database().write(h -> {
            ChangeLog.lock(h);
            java.time.Instant at = server.clock().instant();
            java.time.LocalDate today = server.server().context().today();
            Requests.Created c = org.courtdesk.server.evidence.EvidenceRepository.insert(h,
                    new org.courtdesk.server.evidence.EvidenceRepository.CaseRow(kase.id(), kase.number(), "案件", kase.court(),
                            judge, "IN_TRIAL"), judge, at, today, org.courtdesk.model.evidence.EvidenceProcedure.ORDINARY,
                    new org.courtdesk.model.evidence.EvidenceDeadlines(today.plusDays(15), today.plusDays(15), null,
                            today.plusDays(25)), null, null);
            long seq = ChangeLog.record(h, org.courtdesk.server.evidence.EvidenceRepository.KIND, c.id(), judge, null, judge,
                    ChangeOp.UPSERT);
            Requests.stampVersion(h, c.id(), seq);
            return c.id();
        });
    }

    private String material(long requestId, MaterialType type, String fileName, String text) {
        byte[] pdf = new PlainPdf().title(text, 16f).toBytes();
        return jdbi().inTransaction(h -> ReadingMaterials.attach(h, requestId, type, fileName, "application/pdf", pdf));
    }

    // ------------------------------------------------------------------ what is stored

    /** Everything a call could store or change; a refused call (and every read) must leave it as it was. */
    record Stored(long requests, long requestVersions, long decided, long materials, long blobs, long changes,
                  long feedSeq, long audit, long notifications, long idempotencyKeys, long verifiedAccounts,
                  long failedLogins, long tokens, long revokedTokens, long attendance, long filings, long filingMaterials,
                  long filingMessages, long filingsReviewed, long cases, long bindings, long bindingsDecided, long agents,
                  long adjournments, long adjournmentsDecided, long hearingsMoved, long appeals, long appealsDecided,
                  long preservations, long preservationMaterials, long preservationsDecided, long investigations,
                  long investigationsDecided, long serviceContents, long serviceContentsPublished,
                  long serviceContentUpdates, long exchanges, long evidenceItems, long crossExams, long deadlineChanges,
                  long exchangesReviewed) {}

    Stored stored() {
        return jdbi().withHandle(h -> h.createQuery("SELECT "
                        + "(SELECT COUNT(*) FROM reading_request), "
                        + "(SELECT COALESCE(SUM(version), 0) FROM request), "
                        + "(SELECT COUNT(*) FROM request q JOIN reading_request r ON r.id = q.id "
                        + "WHERE q.status <> 'PENDING_REVIEW' OR r.reviewer_id IS NOT NULL), "
                        + "(SELECT COUNT(*) FROM reading_material), "
                        + "(SELECT COUNT(*) FROM blob), "
                        + "(SELECT COUNT(*) FROM change_log), "
                        + "(SELECT last_seq FROM feed_counter WHERE id = 1), "
                        + "(SELECT COUNT(*) FROM audit_log), "
                        + "(SELECT COUNT(*) FROM notification), "
                        + "(SELECT COUNT(*) FROM idempotency_key), "
                        + "(SELECT COUNT(*) FROM account WHERE identity_verified), "
                        + "(SELECT COUNT(*) FROM login_failure), "
                        + "(SELECT COUNT(*) FROM auth_token), "
                        + "(SELECT COUNT(*) FROM auth_token WHERE revoked), "
                        + "(SELECT COUNT(*) FROM reading_request WHERE attended IS NOT NULL), "
                        + "(SELECT COUNT(*) FROM filing_request), "
                        + "(SELECT COUNT(*) FROM filing_material), "
                        + "(SELECT COUNT(*) FROM filing_message), "
                        + "(SELECT COUNT(*) FROM request q JOIN filing_request f ON f.id = q.id "
                        + "WHERE q.status <> 'FILING_RECEIVED' OR f.opinion IS NOT NULL), "
                        + "(SELECT COUNT(*) FROM court_case), "
                        + "(SELECT COUNT(*) FROM binding_request), "
                        + "(SELECT COUNT(*) FROM binding_request WHERE decided_at IS NOT NULL), "
                        + "(SELECT COUNT(*) FROM case_agent), "
                        + "(SELECT COUNT(*) FROM adjournment_request), "
                        + "(SELECT COUNT(*) FROM adjournment_request WHERE conclusion IS NOT NULL), "
                        + "(SELECT COALESCE(SUM(adjournments), 0) FROM hearing), "
                        + "(SELECT COUNT(*) FROM appeal_request), "
                        + "(SELECT COUNT(*) FROM appeal_request WHERE conclusion IS NOT NULL), "
                        + "(SELECT COUNT(*) FROM preservation_request), "
                        + "(SELECT COUNT(*) FROM preservation_material), "
                        + "(SELECT COUNT(*) FROM preservation_request WHERE decided_at IS NOT NULL), "
                        + "(SELECT COUNT(*) FROM investigation_request), "
                        + "(SELECT COUNT(*) FROM investigation_request WHERE decided_at IS NOT NULL), "
                        + "(SELECT COUNT(*) FROM service_content), "
                        + "(SELECT COUNT(*) FROM request WHERE kind = 'SERVICE_CONTENT' AND status = 'PUBLISHED'), "
                        + "(SELECT COUNT(DISTINCT updated_at) FROM service_content), "
                        + "(SELECT COUNT(*) FROM evidence_exchange), "
                        + "(SELECT COUNT(*) FROM evidence_item), "
                        + "(SELECT COUNT(*) FROM evidence_cross_exam), "
                        + "(SELECT COUNT(*) FROM evidence_deadline_change), "
                        + "(SELECT COUNT(*) FROM evidence_exchange WHERE reviewed_at IS NOT NULL)")
                .map((rs, c) -> new Stored(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11),
                        rs.getLong(12), rs.getLong(13), rs.getLong(14), rs.getLong(15), rs.getLong(16), rs.getLong(17),
                        rs.getLong(18), rs.getLong(19), rs.getLong(20), rs.getLong(21), rs.getLong(22), rs.getLong(23),
                        rs.getLong(24), rs.getLong(25), rs.getLong(26), rs.getLong(27), rs.getLong(28), rs.getLong(29),
                        rs.getLong(30), rs.getLong(31), rs.getLong(32), rs.getLong(33), rs.getLong(34), rs.getLong(35),
                        rs.getLong(36), rs.getLong(37), rs.getLong(38), rs.getLong(39), rs.getLong(40),
                        rs.getLong(41)))
                .one());
    }
}

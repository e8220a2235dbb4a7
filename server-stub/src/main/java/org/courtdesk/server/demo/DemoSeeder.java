package org.courtdesk.server.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.casenumber.CaseNumber;
import org.courtdesk.model.casenumber.CourtLevel;
import org.courtdesk.model.reading.CaseStatus;
import org.courtdesk.model.reading.MaterialType;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReadingRules;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.ServerConfig;
import org.courtdesk.server.account.AccountRepository;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.auth.PasswordHasher;
import org.courtdesk.server.demo.casefiles.CaseFileData;
import org.courtdesk.server.demo.casefiles.CaseFileData.PartyRole;
import org.courtdesk.server.demo.casefiles.CaseFileGenerator;
import org.courtdesk.server.demo.casefiles.GeneratedVolume;
import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.feed.ChangeLog;
import org.courtdesk.server.reading.ReadingMaterials;
import org.courtdesk.server.reading.ReadingRequestRepository;
import org.courtdesk.server.request.ApplicationNumbers;
import org.courtdesk.server.request.Requests;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode: fills an empty database with a Guangzhou court set — 广州市中级人民法院 and five basic courts, judges,
 * clerks, a centre reviewer, lawyers and parties, a few hundred civil cases (the digitised ones with generated case
 * files), lawyer bindings and 阅卷申请 in every status with materials, audit trail, SMS notices and one feed entry
 * each. Everything comes from one fixed random seed, with dates relative to the clock, so two runs on the same day
 * give the same data. The logins are in {@link DemoAccounts}.
 */
public final class DemoSeeder {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);

    /** The seed of every random choice. */
    public static final long RANDOM_SEED = 20220517L;
    /** Audit actions the demo writes. */
    public static final String ACTION_SUBMIT = AuditLog.ACTION_SUBMIT;
    public static final String ACTION_APPROVE = AuditLog.ACTION_APPROVE;
    public static final String ACTION_REJECT = AuditLog.ACTION_REJECT;
    public static final String ACTION_ATTENDANCE = AuditLog.ACTION_ATTENDANCE;

    private static final ZoneId ZONE = ServerConfig.CHINA;

    /** What a seeding run created, and how long it took. */
    public record Summary(int courts, int accounts, int cases, int digitisedCases, int caseDocuments, int requests,
                          Map<String, Integer> requestsByKind, Duration elapsed, Duration pdfTime,
                          Duration caseFileTime) {}

    private DemoSeeder() {}

    /** Seeds when the {@code account} table is empty; returns whether it did. */
    public static boolean seedIfEmpty(Jdbi jdbi, Clock clock) {
        return seed(jdbi, clock) != null;
    }

    /** Like {@link #seedIfEmpty} but tells what was created (null when the database already had accounts). */
    public static Summary seed(Jdbi jdbi, Clock clock) {
        if (jdbi.withHandle(DemoSeeder::hasAccounts)) {
            LOG.info("demo data not seeded: the database already has accounts");
            return null;
        }
        long start = System.nanoTime();
        Plan plan = new Plan(clock);
        plan.build();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()),
                r -> {
                    Thread t = new Thread(r, "demo-casefiles");
                    t.setDaemon(true);
                    return t;
                });
        try {
            long pdfStart = System.nanoTime();
            Map<PlannedCase, Future<List<GeneratedVolume>>> files = new LinkedHashMap<>();
            for (PlannedCase c : plan.cases) {
                if (c.digitised) {
                    CaseFileData data = plan.caseFileData(c);
                    files.put(c, pool.submit(() -> CaseFileGenerator.generateAll(data)));
                }
            }
            Map<PlannedRequest, Future<Map<MaterialType, Material>>> materials = new LinkedHashMap<>();
            for (PlannedRequest r : plan.requests) {
                materials.put(r, pool.submit(() -> plan.materials(r)));
            }
            String hash = PasswordHasher.hash(DemoAccounts.PASSWORD); // meanwhile, on this thread
            Map<PlannedCase, List<GeneratedVolume>> generated = new LinkedHashMap<>();
            for (Map.Entry<PlannedCase, Future<List<GeneratedVolume>>> e : files.entrySet()) {
                generated.put(e.getKey(), e.getValue().get());
            }
            Duration caseFileTime = Duration.ofNanos(System.nanoTime() - pdfStart);
            Map<PlannedRequest, Map<MaterialType, Material>> uploaded = new HashMap<>();
            for (Map.Entry<PlannedRequest, Future<Map<MaterialType, Material>>> e : materials.entrySet()) {
                uploaded.put(e.getKey(), e.getValue().get());
            }
            Duration pdfTime = Duration.ofNanos(System.nanoTime() - pdfStart);
            Summary summary = jdbi.inTransaction(h -> {
                if (hasAccounts(h)) {
                    return null; // someone else seeded meanwhile
                }
                return plan.write(h, hash, generated, uploaded, Duration.ofNanos(System.nanoTime() - start), pdfTime);
            });
            if (summary != null) {
                Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
                summary = new Summary(summary.courts(), summary.accounts(), summary.cases(), summary.digitisedCases(),
                        summary.caseDocuments(), summary.requests(), summary.requestsByKind(), elapsed, pdfTime, caseFileTime);
                LOG.info("demo data seeded in {} ms (case files {} ms, with materials {} ms, on {} threads): {} courts, "
                                + "{} accounts, {} cases ({} digitised, {} case documents), {} reading requests {}",
                        elapsed.toMillis(), caseFileTime.toMillis(), pdfTime.toMillis(),
                        Runtime.getRuntime().availableProcessors(), summary.courts(), summary.accounts(), summary.cases(),
                        summary.digitisedCases(), summary.caseDocuments(), summary.requests(), summary.requestsByKind());
            }
            return summary;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("demo seeding interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("demo seeding failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean hasAccounts(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM account").mapTo(Long.class).one() > 0;
    }

    // ====================================================================== the plan

    /** @param agentsReadInTrial the court's setting: a lawyer on record may read a case still in trial (seed 002) */
    record Court(String code, String name, CourtLevel level, String notice, boolean agentsReadInTrial) {}

    static final class Person {
        final String username;
        final String name;
        final Role role;
        final String court;
        final String firm;
        final boolean verified;
        final String phone;
        final String idNumber;
        final String address;
        long id;

        Person(String username, String name, Role role, String court, String firm, boolean verified, String phone,
               String idNumber, String address) {
            this.username = username;
            this.name = name;
            this.role = role;
            this.court = court;
            this.firm = firm;
            this.verified = verified;
            this.phone = phone;
            this.idNumber = idNumber;
            this.address = address;
        }
    }

    static final class PlannedParty {
        final PartyRole role;
        final String name;
        final Person account;
        long id;

        PlannedParty(PartyRole role, String name, Person account) {
            this.role = role;
            this.name = name;
            this.account = account;
        }
    }

    static final class PlannedCase {
        String number;
        Court court;
        String cause;
        String title;
        CaseStatus status;
        boolean digitised;
        Person judge;
        LocalDate filedOn;
        LocalDate archivedOn;
        final List<PlannedParty> parties = new ArrayList<>();
        final Map<PlannedParty, Person> agents = new LinkedHashMap<>();
        long id;
    }

    /** The review outcome a planned request gets. */
    enum Outcome { PENDING, ONLINE_VALID, ONLINE_EXPIRED, ON_SITE_UPCOMING, ON_SITE_ATTENDED, ON_SITE_MISSED, REJECTED }

    static final class PlannedRequest {
        PlannedCase kase;
        Person applicant;
        PlannedParty represented;
        Outcome outcome;
        ReadingMode requested;
        String content;
        String reason;
        Instant submittedAt;
        Person reviewer;
        LocalDate reviewDate;
        Instant reviewedAt;
        String explanation;
        ReadingMode mode;
        LocalDate validUntil;
        LocalDate onSiteStart;
        LocalDate onSiteEnd;
        Boolean attended;
        LocalDateTime borrowedAt;
        LocalDateTime returnedAt;
        String applicationNo;
        /** Generated on the worker that builds this request's materials. */
        List<byte[]> papers;
    }

    record Material(String fileName, String contentType, byte[] bytes) {}

    /** Pictures of a person's papers are drawn once and reused by all of their requests (same bytes, one blob). */
    private static final class PictureCache {
        private final java.util.concurrent.ConcurrentHashMap<String, byte[]> pictures = new java.util.concurrent.ConcurrentHashMap<>();

        byte[] get(String key, java.util.function.Supplier<byte[]> draw) {
            return pictures.computeIfAbsent(key, k -> draw.get());
        }
    }

    private static final class Plan {
        final Clock clock;
        final LocalDate today;
        final Random random = new Random(RANDOM_SEED);
        final List<Court> courts = new ArrayList<>();
        final Map<String, Court> courtByCode = new HashMap<>();
        final List<Person> people = new ArrayList<>();
        final Map<String, List<Person>> judgesByCourt = new LinkedHashMap<>();
        final Map<Person, List<Person>> clerksOf = new HashMap<>();
        final List<Person[]> clerkAssignments = new ArrayList<>();
        final List<Person> lawyers = new ArrayList<>();
        final List<Person> parties = new ArrayList<>();
        final List<PlannedCase> cases = new ArrayList<>();
        final List<PlannedRequest> requests = new ArrayList<>();
        final Set<String> usedNumbers = new HashSet<>();
        final Set<String> usedNames = new HashSet<>();
        final PictureCache pictures = new PictureCache();
        Person judgeChen;
        Person judgeLin;
        Person clerkWang;
        Person lawyerLi;
        Person partyZhang;
        Person partyLiu;

        Plan(Clock clock) {
            this.clock = clock;
            this.today = LocalDate.ofInstant(clock.instant(), ZONE);
        }

        void build() {
            courts();
            staff();
            applicants();
            cases();
            bindings();
            requests();
        }

        // ------------------------------------------------------------ courts and people

        void courts() {
            court("粤01", "广州市中级人民法院", CourtLevel.INTERMEDIATE, "广州市白云区应潭路66号广州市中级人民法院2楼221房档案阅卷室",
                    "020-83210148，020-83210152");
            court("粤0104", "广州市越秀区人民法院", CourtLevel.BASIC, "广州市越秀区东风中路437号越秀区人民法院诉讼服务中心1楼档案阅卷室",
                    "020-83016213");
            court("粤0105", "广州市海珠区人民法院", CourtLevel.BASIC, "广州市海珠区新港中路376号海珠区人民法院3楼档案阅卷室",
                    "020-84108835");
            court("粤0106", "广州市天河区人民法院", CourtLevel.BASIC, "广州市天河区龙口西路163号天河区人民法院诉讼服务中心2楼档案阅卷室",
                    "020-38796520，020-38796521");
            court("粤0111", "广州市白云区人民法院", CourtLevel.BASIC, "广州市白云区云城东路521号白云区人民法院1楼档案阅卷室",
                    "020-36591182");
            court("粤0113", "广州市番禺区人民法院", CourtLevel.BASIC, "广州市番禺区市桥街清河东路319号番禺区人民法院2楼档案阅卷室",
                    "020-84820306");
        }

        void court(String code, String name, CourtLevel level, String room, String phones) {
            String notice = "温馨提示：现场阅卷需要带齐相关证明材料，现场阅卷地址：" + room
                    + "，营业时间：9:00-11:30，14:10-17:40（节假日除外），电话：" + phones;
            // 广州中院's guide (seed 002) lets a lawyer on record read a case in trial; the basic courts keep the
            // default, archived cases only (as seeds 000/001), so the demo shows both settings.
            Court c = new Court(code, name, level, notice, code.equals("粤01"));
            courts.add(c);
            courtByCode.put(code, c);
        }

        void staff() {
            String[][] judges = {
                    {"粤01", "judge.lin", DemoAccounts.JUDGE_LIN_NAME}, {"粤01", "judge.0100.2", "郑国平"},
                    {"粤01", "judge.0100.3", "何振华"}, {"粤01", "judge.0100.4", "梁淑芬"},
                    {"粤0106", "judge.chen", DemoAccounts.JUDGE_CHEN_NAME}, {"粤0106", "judge.0106.2", "黄锦荣"},
                    {"粤0106", "judge.0106.3", "周雅琪"},
                    {"粤0104", "judge.0104.1", "罗建华"}, {"粤0104", "judge.0104.2", "谢婉婷"},
                    {"粤0105", "judge.0105.1", "冯伟明"}, {"粤0105", "judge.0105.2", "邓秀英"},
                    {"粤0111", "judge.0111.1", "许俊杰"}, {"粤0111", "judge.0111.2", "钟嘉欣"},
                    {"粤0113", "judge.0113.1", "叶国强"}, {"粤0113", "judge.0113.2", "朱丽萍"}};
            for (String[] j : judges) {
                Person p = staffMember(j[1], j[2], Role.JUDGE, j[0]);
                judgesByCourt.computeIfAbsent(j[0], k -> new ArrayList<>()).add(p);
                if (j[1].equals(DemoAccounts.JUDGE_CHEN)) {
                    judgeChen = p;
                } else if (j[1].equals(DemoAccounts.JUDGE_LIN)) {
                    judgeLin = p;
                }
            }
            clerkWang = staffMember(DemoAccounts.CLERK_WANG, DemoAccounts.CLERK_WANG_NAME, Role.CLERK, "粤0106");
            assign(clerkWang, judgeChen);
            assign(clerkWang, judgesByCourt.get("粤0106").get(1));
            String[][] clerks = {{"粤01", "clerk.0100.1", "陈嘉豪", "0,1"}, {"粤01", "clerk.0100.2", "吴美华", "2,3"},
                    {"粤0106", "clerk.0106.2", "蔡晓东", "2"}, {"粤0104", "clerk.0104.1", "杨丽君", "0,1"},
                    {"粤0105", "clerk.0105.1", "刘思敏", "0,1"}, {"粤0111", "clerk.0111.1", "何家乐", "0,1"},
                    {"粤0113", "clerk.0113.1", "梁诗韵", "0,1"}};
            for (String[] c : clerks) {
                Person clerk = staffMember(c[1], c[2], Role.CLERK, c[0]);
                for (String idx : c[3].split(",")) {
                    assign(clerk, judgesByCourt.get(c[0]).get(Integer.parseInt(idx)));
                }
            }
            staffMember(DemoAccounts.REVIEWER_ZHAO, DemoAccounts.REVIEWER_ZHAO_NAME, Role.CENTRE_REVIEWER, "粤0106");
        }

        Person staffMember(String username, String name, Role role, String court) {
            usedNames.add(name);
            Person p = new Person(username, name, role, court, null, true, phone(), idNumber(1965, 1995), null);
            people.add(p);
            return p;
        }

        void assign(Person clerk, Person judge) {
            clerkAssignments.add(new Person[] {clerk, judge});
            clerksOf.computeIfAbsent(judge, k -> new ArrayList<>()).add(clerk);
        }

        void applicants() {
            String[] firms = {"广东穗诚律师事务所", "广东羊城明德律师事务所", "广东珠江法衡律师事务所", "广东南粤正平律师事务所",
                    "广东天河信达律师事务所", "广东越华律师事务所"};
            String[][] lawyerList = {
                    {DemoAccounts.LAWYER_LI, DemoAccounts.LAWYER_LI_NAME, "0", "1"},
                    {"lawyer.huang", "黄振宇", "1", "1"}, {"lawyer.zheng", "郑慧敏", "2", "1"},
                    {"lawyer.wu", "吴天佑", "3", "1"}, {"lawyer.he", "何佩仪", "4", "1"}, {"lawyer.luo", "罗志坚", "5", "1"},
                    {"lawyer.liang", "梁颖琳", "0", "1"}, {"lawyer.xie", "谢宏达", "1", "1"}, {"lawyer.feng", "冯嘉怡", "2", "1"},
                    {"lawyer.deng", "邓永康", "3", "1"}, {"lawyer.xu", "许晓峰", "4", "1"}, {"lawyer.zhou", "周倩雯", "5", "1"},
                    {"lawyer.zhong", "钟伟杰", "0", "1"}, {"lawyer.ye", "叶子轩", "1", "0"}, {"lawyer.zhu", "朱琳娜", "2", "0"}};
            for (String[] l : lawyerList) {
                usedNames.add(l[1]);
                Person p = new Person(l[0], l[1], Role.LAWYER, null, firms[Integer.parseInt(l[2])], l[3].equals("1"), phone(),
                        idNumber(1970, 1995), null);
                people.add(p);
                lawyers.add(p);
                if (l[0].equals(DemoAccounts.LAWYER_LI)) {
                    lawyerLi = p;
                }
            }
            partyZhang = party(DemoAccounts.PARTY_ZHANG, DemoAccounts.PARTY_ZHANG_NAME, true);
            partyLiu = party(DemoAccounts.PARTY_LIU, DemoAccounts.PARTY_LIU_NAME, false);
            for (int i = 3; i <= 30; i++) {
                party(String.format("party.%02d", i), DemoNames.uniquePerson(random, usedNames), random.nextInt(10) < 7);
            }
        }

        Person party(String username, String name, boolean verified) {
            usedNames.add(name);
            Person p = new Person(username, name, Role.PARTY, null, null, verified, phone(), idNumber(1955, 2000),
                    DemoNames.address(random));
            people.add(p);
            parties.add(p);
            return p;
        }

        // ------------------------------------------------------------ cases

        void cases() {
            // judge.chen first, so his cases are the richest; then the rest of each court
            caseBatch(judgeChen, 46, 0.72);
            Map<String, Integer> perCourt = Map.of("粤01", 58, "粤0106", 52, "粤0104", 36, "粤0105", 36, "粤0111", 36,
                    "粤0113", 36);
            for (Court court : courts) {
                List<Person> judges = new ArrayList<>(judgesByCourt.get(court.code()));
                if (court.code().equals("粤0106")) {
                    judges.remove(judgeChen);
                }
                int n = perCourt.get(court.code());
                for (int i = 0; i < n; i++) {
                    Person judge = court.code().equals("粤01") && i < 22 ? judgeLin : judges.get(i % judges.size());
                    caseBatch(judge, 1, 0.62);
                }
            }
            // the named parties' own cases
            List<PlannedCase> chenArchived = cases.stream()
                    .filter(c -> c.judge == judgeChen && c.status == CaseStatus.ARCHIVED).toList();
            for (int i = 0; i < 5; i++) {
                replaceParty(chenArchived.get(i * 3), PartyRole.PLAINTIFF, partyZhang);
            }
            replaceParty(cases.stream().filter(c -> c.judge == judgeChen && c.status == CaseStatus.IN_TRIAL).findFirst()
                    .orElseThrow(), PartyRole.PLAINTIFF, partyZhang);
            replaceParty(chenArchived.get(4), PartyRole.DEFENDANT, partyLiu);
            replaceParty(cases.stream().filter(c -> c.court.code().equals("粤0104") && c.status == CaseStatus.ARCHIVED)
                    .findFirst().orElseThrow(), PartyRole.DEFENDANT, partyLiu);
            // every other party account is a party in one or two cases
            List<PlannedCase> others = cases.stream().filter(c -> c.judge != judgeChen).toList();
            for (Person p : parties) {
                if (p == partyZhang || p == partyLiu) {
                    continue;
                }
                int count = 1 + random.nextInt(2);
                for (int k = 0; k < count; k++) {
                    PlannedCase c = random.nextInt(3) == 0 ? chenArchived.get(random.nextInt(chenArchived.size()))
                            : others.get(random.nextInt(others.size()));
                    if (c.parties.stream().noneMatch(x -> x.account != null)) {
                        replaceParty(c, random.nextBoolean() ? PartyRole.PLAINTIFF : PartyRole.DEFENDANT, p);
                    }
                }
            }
        }

        void caseBatch(Person judge, int count, double archivedShare) {
            for (int i = 0; i < count; i++) {
                PlannedCase c = new PlannedCase();
                c.court = courtByCode.get(judge.court);
                c.judge = judge;
                boolean intermediate = c.court.level() == CourtLevel.INTERMEDIATE;
                c.status = random.nextDouble() < archivedShare ? CaseStatus.ARCHIVED : CaseStatus.IN_TRIAL;
                if (c.status == CaseStatus.ARCHIVED) {
                    c.filedOn = today.minusDays(150 + random.nextInt(900));
                    c.archivedOn = c.filedOn.plusDays(70 + random.nextInt(150));
                    if (c.archivedOn.isAfter(today.minusDays(14))) {
                        c.archivedOn = today.minusDays(14 + random.nextInt(20));
                    }
                    // digitised is decided with the reading requests (see requests()), to keep the number of case
                    // files that must be generated at first start small
                } else {
                    c.filedOn = today.minusDays(3 + random.nextInt(220));
                }
                String type = intermediate ? (random.nextInt(10) < 7 ? "民终" : "民初") : "民初";
                int serial;
                do {
                    serial = switch (type) {
                        case "民终" -> 1000 + random.nextInt(24000);
                        default -> intermediate ? 100 + random.nextInt(2400) : 1000 + random.nextInt(38000);
                    };
                    c.number = CaseNumber.of(c.filedOn.getYear(), c.court.code(), type, serial).toString();
                } while (!usedNumbers.add(c.number));
                c.cause = DemoNames.cause(random);
                String[] pair = DemoNames.partiesFor(c.cause, random, usedNames);
                c.parties.add(new PlannedParty(PartyRole.PLAINTIFF, pair[0], null));
                c.parties.add(new PlannedParty(PartyRole.DEFENDANT, pair[1], null));
                if (random.nextInt(10) == 0) {
                    c.parties.add(new PlannedParty(PartyRole.THIRD_PARTY, DemoNames.company(random), null));
                }
                retitle(c);
                cases.add(c);
            }
        }

        void replaceParty(PlannedCase c, PartyRole role, Person account) {
            for (int i = 0; i < c.parties.size(); i++) {
                if (c.parties.get(i).role == role) {
                    c.parties.set(i, new PlannedParty(role, account.name, account));
                    break;
                }
            }
            retitle(c);
        }

        void retitle(PlannedCase c) {
            String p = c.parties.stream().filter(x -> x.role == PartyRole.PLAINTIFF).findFirst().orElseThrow().name;
            String d = c.parties.stream().filter(x -> x.role == PartyRole.DEFENDANT).findFirst().orElseThrow().name;
            c.title = p + (c.number.contains("民终") ? "与" : "诉") + d + c.cause;
        }

        void bindings() {
            // lawyer.li: plaintiff's agent in several of judge.chen's cases, archived and in trial
            List<PlannedCase> chen = cases.stream().filter(c -> c.judge == judgeChen).toList();
            int archived = 0;
            int inTrial = 0;
            for (PlannedCase c : chen) {
                if (c.status == CaseStatus.ARCHIVED && archived < 7 && chen.indexOf(c) % 2 == 1) {
                    bind(c, PartyRole.DEFENDANT, lawyerLi);
                    archived++;
                } else if (c.status == CaseStatus.IN_TRIAL && inTrial < 2) {
                    bind(c, PartyRole.PLAINTIFF, lawyerLi);
                    inTrial++;
                }
            }
            bind(cases.stream().filter(c -> c.judge == judgeLin && c.status == CaseStatus.ARCHIVED).findFirst().orElseThrow(),
                    PartyRole.PLAINTIFF, lawyerLi);
            List<Person> others = lawyers.subList(1, lawyers.size());
            for (PlannedCase c : cases) {
                if (random.nextDouble() < 0.38) {
                    bind(c, PartyRole.PLAINTIFF, others.get(random.nextInt(others.size())));
                }
                if (random.nextDouble() < 0.25) {
                    bind(c, PartyRole.DEFENDANT, others.get(random.nextInt(others.size())));
                }
            }
        }

        void bind(PlannedCase c, PartyRole role, Person lawyer) {
            for (PlannedParty p : c.parties) {
                if (p.role == role && !c.agents.containsKey(p) && !c.agents.containsValue(lawyer)) {
                    c.agents.put(p, lawyer);
                    return;
                }
            }
        }

        // ------------------------------------------------------------ reading requests

        void requests() {
            List<PlannedRequest> candidates = new ArrayList<>();
            for (PlannedCase c : cases) {
                if (c.status != CaseStatus.ARCHIVED) {
                    continue; // only archived cases may be applied for
                }
                for (Map.Entry<PlannedParty, Person> e : c.agents.entrySet()) {
                    if (e.getValue().verified) {
                        candidates.add(candidate(c, e.getValue(), e.getKey()));
                    }
                }
                for (PlannedParty p : c.parties) {
                    if (p.account != null && p.account.verified) {
                        candidates.add(candidate(c, p.account, p));
                    }
                }
            }
            // judge.chen's cases and the named applicants first, then a sample of the rest
            List<PlannedRequest> chosen = new ArrayList<>();
            List<PlannedRequest> rest = new ArrayList<>();
            for (PlannedRequest r : candidates) {
                if (r.kase.judge == judgeChen || r.applicant == lawyerLi || r.applicant == partyZhang) {
                    chosen.add(r);
                } else {
                    rest.add(r);
                }
            }
            java.util.Collections.shuffle(rest, random);
            chosen.addAll(rest.subList(0, Math.min(rest.size(), 46)));
            // a second, earlier request on a few of judge.chen's cases (an expired approval, then a new application)
            List<PlannedRequest> again = new ArrayList<>();
            for (PlannedRequest r : chosen) {
                if (r.kase.judge == judgeChen && again.size() < 6) {
                    again.add(candidate(r.kase, r.applicant, r.represented));
                }
            }
            // Which archived cases were scanned (电子化): most of those with requests (online reading needs it), some
            // more of judge.chen's and judge.lin's, a few elsewhere. Each digitised case gets a generated case file,
            // so this share is what first start costs (about 0.08 s of CPU per case, more while the JIT warms up).
            Set<PlannedCase> requested = new HashSet<>();
            chosen.forEach(r -> requested.add(r.kase));
            for (PlannedCase c : cases) {
                if (c.status != CaseStatus.ARCHIVED) {
                    continue;
                }
                double share = requested.contains(c) ? 0.5 : c.judge == judgeChen || c.judge == judgeLin ? 0.12 : 0.02;
                c.digitised = random.nextDouble() < share;
            }
            Outcome[] cycle = {Outcome.PENDING, Outcome.ONLINE_VALID, Outcome.PENDING, Outcome.ON_SITE_UPCOMING,
                    Outcome.REJECTED, Outcome.ONLINE_EXPIRED, Outcome.ON_SITE_ATTENDED, Outcome.PENDING,
                    Outcome.ONLINE_VALID, Outcome.ON_SITE_MISSED, Outcome.REJECTED, Outcome.ON_SITE_ATTENDED};
            int i = 0;
            for (PlannedRequest r : chosen) {
                decide(r, cycle[i++ % cycle.length]);
            }
            for (PlannedRequest r : again) {
                decide(r, r.kase.digitised ? Outcome.ONLINE_EXPIRED : Outcome.ON_SITE_MISSED);
            }
            requests.addAll(again);
            requests.addAll(chosen);
            requests.sort(java.util.Comparator.comparing(r -> r.submittedAt));
            int serial = 1;
            for (PlannedRequest r : requests) {
                LocalDate d = LocalDate.ofInstant(r.submittedAt, ZONE);
                r.applicationNo = ApplicationNumbers.format(ReadingRequestRepository.APPLICATION_NO_PREFIX, d, 90000 + serial++);
            }
        }

        PlannedRequest candidate(PlannedCase c, Person applicant, PlannedParty represented) {
            PlannedRequest r = new PlannedRequest();
            r.kase = c;
            r.applicant = applicant;
            r.represented = represented;
            return r;
        }

        void decide(PlannedRequest r, Outcome outcome) {
            PlannedCase c = r.kase;
            if (!c.digitised && (outcome == Outcome.ONLINE_VALID || outcome == Outcome.ONLINE_EXPIRED)) {
                outcome = outcome == Outcome.ONLINE_VALID ? Outcome.ON_SITE_UPCOMING : Outcome.ON_SITE_MISSED;
            }
            r.outcome = outcome;
            r.requested = c.digitised ? (random.nextInt(5) == 0 ? ReadingMode.ON_SITE : ReadingMode.ONLINE)
                    : (random.nextInt(3) == 0 ? ReadingMode.ONLINE : ReadingMode.ON_SITE);
            r.content = random.nextInt(4) == 0 ? "起诉状、答辩状、庭审笔录、判决书" : "全案卷宗";
            r.reason = DemoNames.reason(r.applicant.role == Role.LAWYER, random);
            List<Person> clerks = clerksOf.getOrDefault(c.judge, List.of());
            r.reviewer = !clerks.isEmpty() && random.nextInt(10) < 3 ? clerks.get(0) : c.judge;
            switch (outcome) {
                case PENDING -> r.submittedAt = at(today.minusDays(random.nextInt(6)), 8 + random.nextInt(3));
                case ONLINE_VALID -> {
                    r.reviewDate = today.minusDays(random.nextInt(10));
                    r.mode = ReadingMode.ONLINE;
                    r.validUntil = r.reviewDate.plusDays(ReadingRules.DEFAULT_ONLINE_VALIDITY_DAYS);
                    r.explanation = "申请符合法律规定，予以同意。";
                }
                case ONLINE_EXPIRED -> {
                    r.reviewDate = today.minusDays(25 + random.nextInt(120));
                    r.mode = ReadingMode.ONLINE;
                    r.validUntil = r.reviewDate.plusDays(ReadingRules.DEFAULT_ONLINE_VALIDITY_DAYS);
                    r.explanation = "申请符合法律规定，予以同意。";
                }
                case ON_SITE_UPCOMING -> {
                    r.reviewDate = today.minusDays(random.nextInt(3));
                    r.mode = ReadingMode.ON_SITE;
                    r.onSiteStart = random.nextInt(3) == 0 ? today : today.plusDays(1 + random.nextInt(5));
                    r.onSiteEnd = r.onSiteStart.plusDays(1 + random.nextInt(3));
                    r.explanation = onSiteExplanation(r);
                }
                case ON_SITE_ATTENDED, ON_SITE_MISSED -> {
                    r.reviewDate = today.minusDays(12 + random.nextInt(90));
                    r.mode = ReadingMode.ON_SITE;
                    r.onSiteStart = r.reviewDate.plusDays(1 + random.nextInt(3));
                    r.onSiteEnd = r.onSiteStart.plusDays(1 + random.nextInt(2));
                    r.explanation = onSiteExplanation(r);
                    if (outcome == Outcome.ON_SITE_ATTENDED) {
                        r.attended = true;
                        r.borrowedAt = r.onSiteStart.atTime(9 + random.nextInt(5), random.nextInt(60));
                        r.returnedAt = r.borrowedAt.plusMinutes(40 + random.nextInt(150));
                    } else {
                        r.attended = random.nextBoolean() ? Boolean.FALSE : null;
                    }
                }
                case REJECTED -> {
                    r.reviewDate = today.minusDays(random.nextInt(60));
                    r.explanation = DemoNames.rejection(r.applicant.role == Role.LAWYER, random);
                }
                default -> throw new IllegalStateException();
            }
            if (r.reviewDate != null) {
                r.reviewedAt = at(r.reviewDate, 9 + random.nextInt(8));
                r.submittedAt = at(r.reviewDate.minusDays(1 + random.nextInt(4)), 8 + random.nextInt(10));
            }
            Instant now = clock.instant();
            if (r.submittedAt.isAfter(now)) {
                r.submittedAt = now.minusSeconds(3600L + random.nextInt(3600));
            }
            if (r.reviewedAt != null && r.reviewedAt.isAfter(now)) {
                r.reviewedAt = now.minusSeconds(60L + random.nextInt(600));
            }
            if (r.reviewedAt != null && !r.reviewedAt.isAfter(r.submittedAt)) {
                r.submittedAt = r.reviewedAt.minusSeconds(3600L * (2 + random.nextInt(40)));
            }
        }

        String onSiteExplanation(PlannedRequest r) {
            String window = "【" + r.onSiteStart + "】-【" + r.onSiteEnd + "】";
            if (!r.kase.digitised) {
                return "因未扫描电子卷，需到库申请纸质卷。请于" + window + "前到院现场阅卷。逾期未能阅卷，卷将转入库，需要重新申请。";
            }
            return "申请符合法律规定，予以同意。请于" + window + "期间携带身份证明及相关材料原件到院现场阅卷，逾期需要重新申请。";
        }

        Instant at(LocalDate date, int hour) {
            return ZonedDateTime.of(date.atTime(hour, random.nextInt(60), random.nextInt(60)), ZONE).toInstant();
        }

        // ------------------------------------------------------------ materials and case files

        Map<MaterialType, Material> materials(PlannedRequest r) {
            Map<MaterialType, Material> m = new EnumMap<>(MaterialType.class);
            Person a = r.applicant;
            PlannedCase c = r.kase;
            LocalDate date = LocalDate.ofInstant(r.submittedAt, ZONE).minusDays(1);
            for (MaterialType type : ReadingRules.requiredMaterials(a.role)) {
                Material material = switch (type) {
                    case ID_CARD -> new Material("身份证.png", "image/png", pictures.get("id:" + a.username,
                            () -> DemoMaterials.idCardPng(a.name, org.courtdesk.server.demo.casefiles.CaseFileText.looksFemale(a.name),
                                    a.idNumber, a.address == null ? "广州市天河区体育西路191号" : a.address)));
                    case LAWYER_LICENCE -> new Material("律师执业证.png", "image/png", pictures.get("licence:" + a.username,
                            () -> DemoMaterials.lawyerLicencePng(a.name, a.firm, licenceNo(a))));
                    case LAW_FIRM_LETTER -> new Material("律所介绍信.pdf", "application/pdf", lawyerPapers(r, date).get(0));
                    case POWER_OF_ATTORNEY -> new Material("授权委托书.pdf", "application/pdf", lawyerPapers(r, date).get(1));
                    case PARTY_IDENTITY -> {
                        String party = r.represented.name;
                        Random pr = new Random(RANDOM_SEED ^ party.hashCode());
                        yield org.courtdesk.server.demo.casefiles.CaseFileText.isOrganisation(party)
                                ? new Material("营业执照.png", "image/png", pictures.get("licence:" + party,
                                        () -> DemoMaterials.businessLicencePng(party, "91440101" + digits(pr, 9) + "X",
                                                DemoNames.person(pr))))
                                : new Material("当事人身份证.png", "image/png", pictures.get("id:" + party,
                                        () -> DemoMaterials.idCardPng(party,
                                                org.courtdesk.server.demo.casefiles.CaseFileText.looksFemale(party),
                                                idNumberFrom(pr, 1955, 2000), DemoNames.address(pr))));
                    }
                    default -> null;
                };
                if (material != null) {
                    m.put(type, material);
                }
            }
            return m;
        }

        /** The law firm's letter and the power of attorney of one lawyer's request, written together. */
        List<byte[]> lawyerPapers(PlannedRequest r, LocalDate date) {
            if (r.papers == null) {
                Person a = r.applicant;
                PlannedCase c = r.kase;
                r.papers = DemoMaterials.lawyerPapersPdf(a.firm, a.name, licenceNo(a), c.court.name(), c.number,
                        r.represented.name, c.cause, date, c.filedOn.minusDays(5));
            }
            return r.papers;
        }

        CaseFileData caseFileData(PlannedCase c) {
            Map<PartyRole, List<String>> names = new EnumMap<>(PartyRole.class);
            for (PlannedParty p : c.parties) {
                names.computeIfAbsent(p.role, k -> new ArrayList<>()).add(p.name);
            }
            List<Person> clerks = clerksOf.getOrDefault(c.judge, List.of());
            LocalDate hearing = c.filedOn.plusDays(Math.min(45, Math.max(10,
                    java.time.temporal.ChronoUnit.DAYS.between(c.filedOn, c.archivedOn) / 3)));
            LocalDate judged = c.archivedOn.minusDays(Math.max(5, java.time.temporal.ChronoUnit.DAYS.between(hearing, c.archivedOn) / 3));
            return new CaseFileData(c.number, c.court.name(), c.title, c.cause, names, c.judge.name,
                    clerks.isEmpty() ? null : clerks.get(0).name, c.filedOn, hearing, judged);
        }

        String licenceNo(Person lawyer) {
            return "1440120" + String.format("%03d", Math.abs(lawyer.username.hashCode()) % 1000) + "10"
                    + String.format("%05d", Math.abs(lawyer.name.hashCode()) % 100000);
        }

        // ------------------------------------------------------------ writing

        Summary write(Handle h, String hash, Map<PlannedCase, List<GeneratedVolume>> files,
                      Map<PlannedRequest, Map<MaterialType, Material>> uploaded, Duration elapsed, Duration pdfTime) {
            Instant now = clock.instant();
            // Rows of a table go in one JDBC batch each, in the order of the plan (so every id is what one-by-one
            // inserts gave): a few dozen statements instead of thousands (DemoServerBench's seed_s).
            PreparedBatch courtRows = h.prepareBatch("INSERT INTO court (code, name, city, court_level, "
                    + "reading_room_notice, agents_read_in_trial) VALUES (:code, :name, '广州市', :level, :notice, :inTrial)");
            for (Court c : courts) {
                courtRows.bind("code", c.code()).bind("name", c.name()).bind("level", c.level().name())
                        .bind("notice", c.notice()).bind("inTrial", c.agentsReadInTrial()).add();
            }
            courtRows.execute();
            for (Person p : people) {
                p.id = AccountRepository.create(h, p.username, hash, p.name, p.role, p.court, p.phone, p.idNumber, p.firm,
                        p.verified, now.minus(Duration.ofDays(200 + random.nextInt(400))));
            }
            PreparedBatch assignments = h.prepareBatch("INSERT INTO clerk_assignment (clerk_id, judge_id) VALUES (:c, :j)");
            for (Person[] a : clerkAssignments) {
                assignments.bind("c", a[0].id).bind("j", a[1].id).add();
            }
            execute(assignments);
            PreparedBatch caseRows = h.prepareBatch("INSERT INTO court_case (case_number, court_code, title, cause, "
                    + "status, digitised, judge_id, filed_on, archived_on) VALUES (:n, :court, :t, :cause, :s, :d, :j, :f, :a)");
            for (PlannedCase c : cases) {
                caseRows.bind("n", c.number).bind("court", c.court.code()).bind("t", c.title).bind("cause", c.cause)
                        .bind("s", c.status.name()).bind("d", c.digitised).bind("j", c.judge.id).bind("f", c.filedOn)
                        .bind("a", c.archivedOn).add();
            }
            List<Long> caseIds = keys(caseRows, cases.size());
            for (int i = 0; i < cases.size(); i++) {
                cases.get(i).id = caseIds.get(i);
            }
            PreparedBatch partyRows = h.prepareBatch(
                    "INSERT INTO case_party (case_id, party_role, name, account_id) VALUES (:c, :r, :n, :a)");
            List<PlannedParty> parties = new ArrayList<>();
            for (PlannedCase c : cases) {
                for (PlannedParty p : c.parties) {
                    partyRows.bind("c", c.id).bind("r", p.role.name()).bind("n", p.name)
                            .bind("a", p.account == null ? null : p.account.id).add();
                    parties.add(p);
                }
            }
            List<Long> partyIds = keys(partyRows, parties.size());
            for (int i = 0; i < parties.size(); i++) {
                parties.get(i).id = partyIds.get(i);
            }
            PreparedBatch agentRows = h.prepareBatch(
                    "INSERT INTO case_agent (case_id, party_id, lawyer_id, bound_at) VALUES (:c, :p, :l, :at)");
            PreparedBatch documentRows = h.prepareBatch(
                    "INSERT INTO case_document (case_id, position, title, sha256, pages) VALUES (:c, :pos, :t, :s, :p)");
            int documents = 0;
            for (PlannedCase c : cases) {
                for (Map.Entry<PlannedParty, Person> e : c.agents.entrySet()) {
                    agentRows.bind("c", c.id).bind("p", e.getKey().id).bind("l", e.getValue().id)
                            .bind("at", utc(ZonedDateTime.of(c.filedOn.plusDays(3).atTime(10, 0), ZONE).toInstant())).add();
                }
                List<GeneratedVolume> volumes = files.get(c);
                if (volumes != null) {
                    int position = 1;
                    for (GeneratedVolume v : volumes) {
                        String sha = BlobStore.put(h, v.pdf(), "application/pdf");
                        documentRows.bind("c", c.id).bind("pos", position++).bind("t", v.title()).bind("s", sha)
                                .bind("p", v.pages()).add();
                        documents++;
                    }
                }
            }
            execute(agentRows);
            execute(documentRows);
            Map<String, Integer> byKind = new LinkedHashMap<>();
            for (PlannedRequest r : requests) {
                writeRequest(h, r, uploaded.get(r));
                byKind.merge(r.outcome.name(), 1, Integer::sum);
            }
            AuditLog.recordAll(h, trail);
            execute(notices);
            int digitised = (int) cases.stream().filter(c -> c.digitised).count();
            return new Summary(courts.size(), people.size(), cases.size(), digitised, documents, requests.size(), byKind,
                    elapsed, pdfTime, null);
        }

        /** The requests' trail lines and SMS notices, written in one batch each after the requests. */
        private final List<AuditLog.Line> trail = new ArrayList<>();
        private PreparedBatch notices;

        void writeRequest(Handle h, PlannedRequest r, Map<MaterialType, Material> materials) {
            PlannedCase c = r.kase;
            RequestStatus status = switch (r.outcome) {
                case PENDING -> RequestStatus.PENDING_REVIEW;
                case REJECTED -> RequestStatus.REJECTED;
                default -> RequestStatus.APPROVED;
            };
            boolean decided = status != RequestStatus.PENDING_REVIEW;
            String replyNote = null;
            if (r.mode == ReadingMode.ON_SITE) {
                replyNote = c.court.notice();
            } else if (r.mode == ReadingMode.ONLINE) {
                replyNote = "请于有效截止日期（" + r.validUntil + "）前登录查看案卷，可在线查看或打印；逾期需重新申请阅卷。";
            }
            long id = Requests.create(h, new Requests.New(RequestKind.CASE_FILE_READING,
                    ReadingRequestRepository.APPLICATION_NO_PREFIX, LocalDate.ofInstant(r.submittedAt, ZONE), c.id,
                    c.court.code(), c.judge.id, null, r.applicant.id, r.submittedAt, status, null), r.applicationNo).id();
            h.createUpdate("INSERT INTO reading_request (id, application_date, content, reason, requested_mode, reviewer_id, "
                            + "review_date, opinion, explanation, mode, valid_until, on_site_start, on_site_end, reply_note, "
                            + "attended, borrowed_at, returned_at) VALUES (:id, :date, "
                            + ":content, :reason, :requested, :reviewer, :reviewDate, :opinion, :explanation, :mode, "
                            + ":validUntil, :start, :end, :reply, :attended, :borrowed, :returned)")
                    .bind("id", id).bind("date", LocalDate.ofInstant(r.submittedAt, ZONE))
                    .bind("content", r.content).bind("reason", r.reason)
                    .bind("requested", r.requested.name())
                    .bind("reviewer", decided ? r.reviewer.id : null).bind("reviewDate", decided ? r.reviewDate : null)
                    .bind("opinion", !decided ? null
                            : status == RequestStatus.REJECTED ? ReviewOpinion.DISAGREE.name() : ReviewOpinion.AGREE.name())
                    .bind("explanation", decided ? r.explanation : null).bind("mode", r.mode == null ? null : r.mode.name())
                    .bind("validUntil", r.validUntil).bind("start", r.onSiteStart).bind("end", r.onSiteEnd)
                    .bind("reply", replyNote).bind("attended", r.attended).bind("borrowed", r.borrowedAt)
                    .bind("returned", r.returnedAt)
                    .execute();
            for (Map.Entry<MaterialType, Material> e : materials.entrySet()) {
                Material m = e.getValue();
                ReadingMaterials.attach(h, id, e.getKey(), m.fileName(), m.contentType(), m.bytes());
            }
            trail.add(new AuditLog.Line(RequestKind.CASE_FILE_READING, id, r.applicant.id, r.applicant.name, ACTION_SUBMIT,
                    "提交阅卷申请：" + c.number + "，申请内容：" + r.content + "，查阅方式：" + r.requested.label()
                            + "，申请材料" + materials.size() + "份", r.submittedAt));
            if (decided) {
                String detail = status == RequestStatus.REJECTED
                        ? "审查意见：" + ReviewOpinion.DISAGREE.label() + "；" + r.explanation
                        : "审查意见：" + ReviewOpinion.AGREE.label() + "；阅卷方式：" + r.mode.label()
                                + (r.mode == ReadingMode.ONLINE ? "；有效截止日期：" + r.validUntil
                                : "；现场阅卷时间：" + r.onSiteStart + " 至 " + r.onSiteEnd)
                                + (r.mode != r.requested ? "（申请人申请" + r.requested.label() + "，审查时变更）" : "");
                trail.add(new AuditLog.Line(RequestKind.CASE_FILE_READING, id, r.reviewer.id, r.reviewer.name,
                        status == RequestStatus.REJECTED ? ACTION_REJECT : ACTION_APPROVE, detail, r.reviewedAt));
                notify(h, r, id, status);
                if (r.attended != null) {
                    Person clerk = clerksOf.getOrDefault(c.judge, List.of(c.judge)).get(0);
                    Instant at = r.returnedAt != null ? r.returnedAt.atZone(ZONE).toInstant()
                            : r.onSiteEnd.plusDays(1).atTime(9, 5).atZone(ZONE).toInstant();
                    trail.add(new AuditLog.Line(RequestKind.CASE_FILE_READING, id, clerk.id, clerk.name, ACTION_ATTENDANCE,
                            r.attended ? "是否到场：是；借阅时间：" + r.borrowedAt.toString().replace('T', ' ')
                                    + "；还卷时间：" + r.returnedAt.toString().replace('T', ' ')
                                    : "是否到场：否（逾期未到院阅卷）", at));
                }
            }
            long seq = ChangeLog.record(h, RequestKind.CASE_FILE_READING, id, c.judge.id, r.applicant.id, ChangeOp.UPSERT);
            Requests.stampVersion(h, id, seq);
        }

        void notify(Handle h, PlannedRequest r, long id, RequestStatus status) {
            String court = r.kase.court.name();
            String text;
            if (status == RequestStatus.REJECTED) {
                text = "【" + court + "】您好，您提交的" + r.kase.number + "案阅卷申请（申请编号" + r.applicationNo
                        + "）审查不通过，原因：" + r.explanation;
            } else if (r.mode == ReadingMode.ONLINE) {
                text = "【" + court + "】您好，您提交的" + r.kase.number + "案阅卷申请（申请编号" + r.applicationNo
                        + "）已审查通过，请于" + r.validUntil + "前登录查看案卷。";
            } else {
                text = "【" + court + "】您好，您提交的" + r.kase.number + "案阅卷申请（申请编号" + r.applicationNo
                        + "）已审查通过，请于" + r.onSiteStart + "至" + r.onSiteEnd + "期间到院现场阅卷。";
            }
            if (notices == null) {
                notices = h.prepareBatch(
                        "INSERT INTO notification (account_id, phone, text, request_id, sent_at) VALUES (:a, :p, :t, :r, :at)");
            }
            notices.bind("a", r.applicant.id).bind("p", r.applicant.phone).bind("t", text).bind("r", id)
                    .bind("at", utc(r.reviewedAt)).add();
        }

        // ------------------------------------------------------------ small helpers

        String phone() {
            String[] prefixes = {"135", "136", "137", "138", "139", "150", "158", "186", "188", "189", "133"};
            return prefixes[random.nextInt(prefixes.length)] + digits(random, 8);
        }

        String idNumber(int fromYear, int toYear) {
            return idNumberFrom(random, fromYear, toYear);
        }
    }

    /** Runs a batch that may be empty (an empty JDBC batch is an error to some drivers). */
    private static void execute(PreparedBatch batch) {
        if (batch != null && batch.size() > 0) {
            batch.execute();
        }
    }

    /** Runs a batch of inserts and returns the generated ids in the order the rows were added. */
    private static List<Long> keys(PreparedBatch batch, int expected) {
        if (expected == 0) {
            return List.of();
        }
        List<Long> ids = batch.executePreparedBatch("id").mapTo(Long.class).list();
        if (ids.size() != expected) {
            throw new IllegalStateException("expected " + expected + " generated ids, got " + ids.size());
        }
        return ids;
    }

    static String digits(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(r.nextInt(10));
        }
        return b.toString();
    }

    /** An 18-digit 公民身份号码 of a Guangzhou district with a valid check digit. */
    static String idNumberFrom(Random r, int fromYear, int toYear) {
        String[] areas = {"440103", "440104", "440105", "440106", "440111", "440113", "440114", "440112"};
        LocalDate birth = LocalDate.of(fromYear + r.nextInt(toYear - fromYear + 1), 1 + r.nextInt(12), 1 + r.nextInt(28));
        String body = areas[r.nextInt(areas.length)] + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth()) + digits(r, 3);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

package org.courtdesk.server.demo;

import java.util.List;

/**
 * The demo logins {@link DemoSeeder} creates (all with {@link #PASSWORD}), for tests, the README and the run script.
 */
public final class DemoAccounts {

    public static final String PASSWORD = "demo1234";

    /** 陈志明, judge at 天河区人民法院 (粤0106); many reading requests of every status on his cases. */
    public static final String JUDGE_CHEN = "judge.chen";
    public static final String JUDGE_CHEN_NAME = "陈志明";
    /** 林晓燕, judge at 广州市中级人民法院 (粤01). */
    public static final String JUDGE_LIN = "judge.lin";
    public static final String JUDGE_LIN_NAME = "林晓燕";
    /** 王晓琳, clerk serving judge.chen (and a second judge of 粤0106). */
    public static final String CLERK_WANG = "clerk.wang";
    public static final String CLERK_WANG_NAME = "王晓琳";
    /** 赵敏, centre reviewer (中心审核员) at 粤0106. */
    public static final String REVIEWER_ZHAO = "reviewer.zhao";
    public static final String REVIEWER_ZHAO_NAME = "赵敏";
    /** 李文博, verified lawyer of 广东穗诚律师事务所, bound to several cases of judge.chen. */
    public static final String LAWYER_LI = "lawyer.li";
    public static final String LAWYER_LI_NAME = "李文博";
    /** 张建国, verified party, plaintiff in several archived cases of judge.chen. */
    public static final String PARTY_ZHANG = "party.zhang";
    public static final String PARTY_ZHANG_NAME = "张建国";
    /** 刘美玲, party who has NOT passed face verification (实名认证). */
    public static final String PARTY_LIU = "party.liu";
    public static final String PARTY_LIU_NAME = "刘美玲";

    public static final String COURT_TIANHE = "粤0106";
    public static final String COURT_INTERMEDIATE = "粤01";

    /** The named demo logins, in the order the README lists them. */
    public static final List<String> ALL = List.of(JUDGE_CHEN, JUDGE_LIN, CLERK_WANG, REVIEWER_ZHAO, LAWYER_LI,
            PARTY_ZHANG, PARTY_LIU);

    private DemoAccounts() {}
}

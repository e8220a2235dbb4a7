package org.courtdesk.server.demo;

import java.util.Random;
import java.util.Set;

import org.courtdesk.server.demo.casefiles.CaseFileText;

/** Pools of realistic Guangzhou names, companies, causes and applicants' wording for the demo data. */
final class DemoNames {

    private static final String SURNAMES = "陈陈陈林林黄黄李张张王吴刘蔡杨郑梁谢何罗冯邓许周钟叶朱曾彭潘麦莫苏卢区关";
    private static final String[] GIVEN = {"志强", "晓燕", "建华", "丽娟", "伟明", "秀英", "国平", "美玲", "家豪", "嘉欣", "俊杰",
            "婉婷", "锦荣", "淑芬", "振华", "雅琪", "少峰", "慧君", "永康", "翠萍", "耀祖", "碧霞", "海涛", "玉兰", "卓恒", "咏诗",
            "德明", "金凤", "汉文", "凤仪", "子健", "思琪", "达成", "月娥", "浩然", "静怡", "润生", "佩珊", "景辉", "绮雯"};
    private static final String[] COMPANY_HEADS = {"广州市穗丰", "广州恒达", "广州市天河区粤兴", "广州市白云区永信", "广州珠江华盛",
            "广东粤海通", "广州市番禺区南星", "广州市海珠区宏图", "广州市越秀区东方", "广州骏宇"};
    private static final String[] COMPANY_TRADES = {"贸易有限公司", "建材有限公司", "电子科技有限公司", "餐饮管理有限公司",
            "装饰工程有限公司", "物流有限公司", "服装有限公司", "房地产开发有限公司"};
    private static final String[] PROPERTY_COMPANIES = {"广州市珠江物业管理有限公司", "广州越秀城建物业服务有限公司",
            "广州市天河区华景物业管理有限公司", "广州粤海城市物业服务有限公司"};
    private static final String[] BANKS = {"广东粤信银行股份有限公司广州分行", "珠江商业银行股份有限公司天河支行",
            "南粤农村商业银行股份有限公司番禺支行"};

    /** Causes with their weights (known ones get full wording in the generated files). */
    private static final String[] CAUSES = {"民间借贷纠纷", "民间借贷纠纷", "民间借贷纠纷", "买卖合同纠纷", "买卖合同纠纷",
            "房屋租赁合同纠纷", "房屋租赁合同纠纷", "机动车交通事故责任纠纷", "机动车交通事故责任纠纷", "物业服务合同纠纷",
            "劳动争议", "金融借款合同纠纷", "金融借款合同纠纷", "装饰装修合同纠纷", "服务合同纠纷"};

    private DemoNames() {}

    static String person(Random r) {
        return SURNAMES.charAt(r.nextInt(SURNAMES.length())) + GIVEN[r.nextInt(GIVEN.length)];
    }

    /** A person's name not in {@code used} (and adds it). */
    static String uniquePerson(Random r, Set<String> used) {
        for (int i = 0; i < 1000; i++) {
            String name = person(r);
            if (used.add(name)) {
                return name;
            }
        }
        throw new IllegalStateException("name pool exhausted");
    }

    static String company(Random r) {
        return COMPANY_HEADS[r.nextInt(COMPANY_HEADS.length)] + COMPANY_TRADES[r.nextInt(COMPANY_TRADES.length)];
    }

    static String address(Random r) {
        return CaseFileText.address(r);
    }

    static String cause(Random r) {
        return CAUSES[r.nextInt(CAUSES.length)];
    }

    /** Plaintiff and defendant names that suit the cause (a bank lends, an employee sues the employer …). */
    static String[] partiesFor(String cause, Random r, Set<String> used) {
        return switch (cause) {
            case "买卖合同纠纷" -> new String[] {company(r), r.nextBoolean() ? company(r) : uniquePerson(r, used)};
            case "物业服务合同纠纷" -> new String[] {PROPERTY_COMPANIES[r.nextInt(PROPERTY_COMPANIES.length)], uniquePerson(r, used)};
            case "劳动争议" -> new String[] {uniquePerson(r, used), company(r)};
            case "金融借款合同纠纷" -> new String[] {BANKS[r.nextInt(BANKS.length)], uniquePerson(r, used)};
            case "装饰装修合同纠纷", "服务合同纠纷" -> new String[] {uniquePerson(r, used), company(r)};
            default -> new String[] {uniquePerson(r, used), uniquePerson(r, used)};
        };
    }

    /** 申请原因. */
    static String reason(boolean lawyer, Random r) {
        String[] lawyerReasons = {"代理当事人申请再审，需查阅原审卷宗材料。", "代理当事人申请强制执行，需核实判决内容及送达情况。",
                "受当事人委托，了解案件审理情况，查阅全部卷宗。", "代理相关联案件诉讼，需查阅本案庭审笔录及证据材料。",
                "当事人拟提起申诉，委托律师查阅案卷。"};
        String[] partyReasons = {"本人系本案当事人，需查阅判决书及庭审笔录。", "办理执行事宜，需核对卷宗中的证据材料。",
                "本人遗失判决书，申请查阅全案卷宗。", "准备申请再审，需了解原审证据情况。"};
        return lawyer ? lawyerReasons[r.nextInt(lawyerReasons.length)] : partyReasons[r.nextInt(partyReasons.length)];
    }

    /** 审查意见说明 of a refusal. */
    static String rejection(boolean lawyer, Random r) {
        String[] lawyerReasons = {"所附授权委托书未载明查阅卷宗的特别授权，请补正后重新申请。",
                "律所介绍信所载案号与申请案号不一致，请核对后重新申请。",
                "申请人提交的执业证已过年度考核有效期，请提交有效执业证后重新申请。"};
        String[] partyReasons = {"上传的身份证照片模糊无法辨认，请重新上传清晰的身份证件后再次申请。",
                "本案涉及个人隐私，申请查阅的部分材料不予公开，请现场咨询。"};
        return lawyer ? lawyerReasons[r.nextInt(lawyerReasons.length)] : partyReasons[r.nextInt(partyReasons.length)];
    }
}

package org.courtdesk.model.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.api.ChangesPage;
import org.courtdesk.model.api.DecisionResult;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.Problem;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.api.WireMappers;
import org.courtdesk.model.request.KindRegistry;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;

/**
 * The filing's records travel between the strict server mapper and the lenient workstation mapper, configured as in
 * ApiJsonRoundTripTest (as server-stub's {@code http.Json} and app's {@code api.Json}). FilingView is registered here
 * next to the registry's views, as it will be once KindRegistry lists ONLINE_FILING as built.
 */
class FilingJsonRoundTripTest {

    static NamedType[] viewTypes() {
        return Stream.concat(Stream.of(WireMappers.registryViews()),
                Stream.of(new NamedType(FilingView.class, RequestKind.ONLINE_FILING.name()))).toArray(NamedType[]::new);
    }

    static final ObjectMapper SERVER = WireMappers.server(viewTypes());
    static final ObjectMapper APP = WireMappers.app(viewTypes());

    static final UUID KEY = UUID.fromString("0b7e4c1e-6a43-4c43-9a8e-2f1f0d1c9b11");
    static final Instant AT = Instant.parse("2026-11-23T02:15:30.123456Z");
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    static List<FilingParty> parties() {
        return List.of(new FilingParty(PartyRole.PLAINTIFF, PartyType.PERSON, "张三", "440106199001011234",
                        "广州市天河区体育西路1号", "13800000001", null),
                new FilingParty(PartyRole.DEFENDANT, PartyType.ORGANISATION, "广州某某贸易有限公司", "91440101MA5XXXXXXX",
                        "广州市越秀区中山五路2号", null, "李四"),
                new FilingParty(PartyRole.THIRD_PARTY, PartyType.PERSON, "王五", null, null, null, null));
    }

    static FilingReview returned() {
        return new FilingReview("赵审核员", "缺少证据原件", AT, FilingConclusion.RETURNED, AT.plusSeconds(60),
                ReturnKind.SUPPLEMENT, List.of("借条原件扫描件", "被告工商登记信息"), DAY.plusDays(15), null);
    }

    /** A filed filing with everything: 案号, review, materials, a thread, audit. */
    static FilingView filed() {
        return new FilingView(9, "LA2026112300009", "（2026）粤0106民初20001号", "粤0106", "广州市天河区人民法院", 7, "陈律师",
                Role.LAWYER, AT, AT.plusSeconds(86400 * 3), parties(), "民间借贷纠纷", "判令被告归还借款本金 50000 元及利息",
                "被告于 2025 年向原告借款……", new BigDecimal("50000.5"), RequestStatus.FILING_FILED, 12, "王法官",
                new FilingReview("王法官", "符合立案条件", AT, FilingConclusion.CONFORMS, AT, null, null, null, null),
                AT.plusSeconds(86400 * 5),
                List.of(new FilingMaterialRef(31, FilingMaterialType.COMPLAINT, "起诉状.pdf", "application/pdf", 20480,
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", AT)),
                List.of(new FilingMessage(1, AT, "王法官", Role.JUDGE, "请补充借条原件"),
                        new FilingMessage(2, AT.plusSeconds(600), "陈律师", Role.LAWYER, "已补充，请查收")),
                List.of(new AuditEntry(AT, "系统", "提交立案申请", null)));
    }

    /** A fresh row: nothing reviewed, no 案号, no thread yet, no audit (a list row). */
    static FilingView receivedRow() {
        return new FilingView(10, "LA2026112300010", null, "粤0106", "广州市天河区人民法院", 8, "张三", Role.PARTY, AT, null,
                parties(), "买卖合同纠纷", "判令被告支付货款", "原告供货，被告未付款", BigDecimal.ZERO,
                RequestStatus.FILING_RECEIVED, 1, null, null, null, List.of(), List.of(), null);
    }

    static Stream<Object> samples() {
        return Stream.of(
                filed(),
                receivedRow(),
                parties().get(1),
                new FilingForm("粤0106", parties(), "民间借贷纠纷", "判令被告归还借款", "事实与理由", new BigDecimal("12345.60")),
                returned(),
                new FilingReview("赵审核员", "不属于本院管辖", AT, FilingConclusion.RETURNED, AT, ReturnKind.NOT_ACCEPTED,
                        null, null, "被告住所地及合同履行地均不在本院辖区"),
                new FilingReview("赵审核员", "草拟意见", AT, null, null, null, null, null, null),
                new FilingMaterialRef(32, FilingMaterialType.EVIDENCE, "借条.jpg", "image/jpeg", 1, "ab".repeat(32), AT),
                new FilingMessage(3, AT, "张三", Role.PARTY, "请问何时立案？"),
                new FilingMessagePost(KEY, "请补充借条原件"),
                new FilingOpinionSave(KEY, 3, "材料齐全，符合立案条件"),
                new FilingConclusionDecision(KEY, 4, FilingConclusion.CONFORMS, null, null, null, null),
                new FilingConclusionDecision(KEY, 4, FilingConclusion.RETURNED, ReturnKind.SUPPLEMENT,
                        List.of("借条原件扫描件"), DAY.plusDays(15), null),
                new FilingIntake(KEY, 5),
                new FilingSupplementForm("已补充借条原件扫描件"),
                new FilingReceipt(10, "LA2026112300010", receivedRow()),
                new FilingTimeLimit(DAY, 5, DAY.plusDays(2), 2, FilingTimeLimit.Urgency.WARN),
                new DecisionResult(filed(), false),
                new ChangesPage(List.of(new Change(30, RequestKind.ONLINE_FILING, 9, ChangeOp.UPSERT, filed())), 30, false),
                Problem.of(ErrorCode.VERSION_CONFLICT, null).withCurrent(receivedRow()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void serverWritesWhatTheAppReadsAndBack(Object sample) throws IOException {
        String byServer = SERVER.writeValueAsString(sample);
        assertThat(APP.readValue(byServer, sample.getClass())).isEqualTo(sample);
        String byApp = APP.writeValueAsString(sample);
        assertThat(SERVER.readValue(byApp, sample.getClass())).isEqualTo(sample);
        assertThat(byApp).isEqualTo(byServer);
    }

    @Test
    void everyRecordOfTheFilingPackageHasASample() throws IOException, URISyntaxException {
        Set<String> records = WireMappers.recordsBeside(FilingView.class);
        Set<String> sampled = samples().map(o -> o.getClass().getSimpleName()).collect(Collectors.toSet());
        assertThat(records).contains("FilingView", "FilingForm");
        assertThat(sampled).containsAll(records);
    }

    @Test
    void aFilingViewCarriesItsKindAndTheAmountInFen() throws IOException {
        String text = SERVER.writeValueAsString(filed());
        assertThat(text).as("a number in 分, never a double's rounding").contains("\"amountInDispute\":50000.50,");
        JsonNode json = SERVER.readTree(text);
        assertThat(json.path("kind").asText()).isEqualTo("ONLINE_FILING");
        assertThat(json.path("status").asText()).isEqualTo("FILING_FILED");
        assertThat(json.path("applicationNo").asText()).isEqualTo("LA2026112300009");
        assertThat(json.path("amountInDispute").isNumber()).isTrue();
        assertThat(json.path("parties").get(0).path("role").asText()).isEqualTo("PLAINTIFF");
        assertThat(json.path("review").path("conclusion").asText()).isEqualTo("CONFORMS");
        assertThat(json.path("messages").get(1).path("authorRole").asText()).isEqualTo("LAWYER");
        assertThat(json.path("messages").get(1).has("fromCourt")).as("derived, not sent").isFalse();
        assertThat(json.has("serialNo")).as("the 流水号 is applicationNo, not a second field").isFalse();
        assertThat(filed().serialNo()).isEqualTo("LA2026112300009");
        String rowText = SERVER.writeValueAsString(receivedRow());
        assertThat(rowText).contains("\"amountInDispute\":0.00,");
        assertThat(SERVER.readTree(rowText).path("caseNumber").isNull()).as("no 案号 before 立").isTrue();
    }

    @Test
    void aFilingViewReadsBackThroughRequestViewChangeAndProblem() throws IOException {
        for (ObjectMapper mapper : List.of(SERVER, APP)) {
            RequestView root = mapper.readValue(mapper.writeValueAsString(filed()), RequestView.class);
            assertThat(root).isInstanceOf(FilingView.class).isEqualTo(filed());
            Change c = mapper.readValue(mapper.writeValueAsString(
                    new Change(30, RequestKind.ONLINE_FILING, 9, ChangeOp.UPSERT, filed())), Change.class);
            assertThat(c.viewAs(FilingView.class)).isEqualTo(filed());
            Problem p = mapper.readValue(mapper.writeValueAsString(
                    Problem.of(ErrorCode.VERSION_CONFLICT, null).withCurrent(receivedRow())), Problem.class);
            assertThat(p.currentAs(FilingView.class)).isEqualTo(receivedRow());
        }
    }

    /** KindRegistry lists ONLINE_FILING as built: a mapper built from the registry alone reads it as a FilingView. */
    @Test
    void aMapperBuiltFromTheRegistryReadsAFilingAsFilingView() throws IOException {
        ObjectMapper registryOnly = WireMappers.app(WireMappers.registryViews());
        RequestView v = registryOnly.readValue(SERVER.writeValueAsString(filed()), RequestView.class);
        assertThat(v).isEqualTo(filed());
    }

    @Test
    void theServerRefusesAnAmountSentAsTextOrAnUnknownFieldTheAppTolerates() {
        String asText = "{\"courtCode\":\"粤0106\",\"parties\":[],\"causeOfAction\":\"a\",\"claims\":\"b\","
                + "\"factsAndReasons\":\"c\",\"amountInDispute\":\"100\"}";
        assertThat(catchThrowable(() -> SERVER.readValue(asText, FilingForm.class))).as("no text for numbers").isNotNull();
        String extra = "{\"idempotencyKey\":\"" + KEY + "\",\"baseVersion\":5,\"caseNumber\":\"x\"}";
        assertThat(catchThrowable(() -> SERVER.readValue(extra, FilingIntake.class))).isNotNull();
        assertThat(catchThrowable(() -> APP.readValue(extra, FilingIntake.class))).isNull();
        String noVersion = "{\"idempotencyKey\":\"" + KEY + "\",\"opinion\":\"x\"}";
        assertThat(catchThrowable(() -> SERVER.readValue(noVersion, FilingOpinionSave.class)))
                .as("baseVersion is required").isNotNull();
    }

    @Test
    void anAmountWithMoreDecimalsReadsAsSentForTheRulesToRefuse() throws IOException {
        String json = "{\"courtCode\":\"粤0106\",\"parties\":[],\"causeOfAction\":\"a\",\"claims\":\"b\","
                + "\"factsAndReasons\":\"c\",\"amountInDispute\":100.005}";
        FilingForm f = SERVER.readValue(json, FilingForm.class);
        assertThat(f.amountInDispute()).isEqualTo(new BigDecimal("100.005"));
        assertThat(FilingRules.checkForm(f)).extracting(FilingRules.Violation::code)
                .contains(ErrorCode.FILING_AMOUNT_INVALID);
    }
}

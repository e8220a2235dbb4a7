package org.courtdesk.app.ui.transfer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.UserInfo;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.transfer.MaterialTransferView;
import org.courtdesk.model.transfer.TransferFileRef;
import org.courtdesk.model.transfer.TransferMaterialType;
import org.courtdesk.model.transfer.TransferSubmitter;

/**
 * 材料转接 test data at 粤01; now is {@link Samples#CLOCK} (2022-05-18 09:30, Asia/Shanghai). 张法官 is the judge. Six
 * materials: four 未接收 (the oldest, id 4, sent 5 days ago), two 已接收.
 */
final class TransferSamples {

    static final String JUDGE = "张法官";
    static final Instant NOW = Samples.CLOCK.instant();

    private static final String[] TITLES = {"补充证据：银行转账凭证", "答辩状", "代理词", "调取证据申请书", "质证意见",
            "授权委托书"};
    private static final TransferMaterialType[] TYPES = {TransferMaterialType.EVIDENCE, TransferMaterialType.PLEADING,
            TransferMaterialType.OPINION, TransferMaterialType.APPLICATION, TransferMaterialType.OPINION,
            TransferMaterialType.IDENTITY};

    private TransferSamples() {}

    static RequestRef ref(long id) {
        return RequestRef.of(RequestKind.MATERIAL_TRANSFER, id);
    }

    static MaterialTransferView view(long id, long hoursAgo, RequestStatus status) {
        Instant sent = NOW.minus(Duration.ofHours(hoursAgo));
        boolean lawyer = id % 2 == 0;
        return new MaterialTransferView(id, "CL2022051" + String.format("%06d", id), "（2022）粤01民初" + (300 + id) + "号",
                "粤01", "广东省广州市中级人民法院", 500 + id, lawyer ? "李文博" : "张建国",
                lawyer ? TransferSubmitter.LAWYER : TransferSubmitter.PARTY, TITLES[(int) ((id - 1) % TITLES.length)],
                TYPES[(int) ((id - 1) % TYPES.length)], 1 + (int) (id % 3), 4 + (int) id, id == 1 ? "原件庭审时携带核对" : null,
                sent, status, 3, JUDGE, status == RequestStatus.RECEIVED ? JUDGE : null,
                status == RequestStatus.RECEIVED ? sent.plus(Duration.ofHours(5)) : null,
                List.of(new TransferFileRef(id * 10 + 1, TITLES[(int) ((id - 1) % TITLES.length)] + ".pdf",
                        "application/pdf", 90_000, "sha-transfer-" + id, sent)),
                List.of());
    }

    static FakeWorkspace workspace() {
        UserInfo user = new UserInfo(7, "zhangfg", JUDGE, Role.JUDGE, "粤01", true);
        FakeWorkspace ws = new FakeWorkspace(Samples.CLOCK) {
            @Override
            public UserInfo user() {
                return user;
            }
        };
        put(ws, view(1, 30, RequestStatus.NOT_RECEIVED));
        put(ws, view(2, 50, RequestStatus.NOT_RECEIVED));
        put(ws, view(3, 3, RequestStatus.NOT_RECEIVED));
        put(ws, view(4, 5 * 24, RequestStatus.NOT_RECEIVED));
        put(ws, view(5, 8 * 24, RequestStatus.RECEIVED));
        put(ws, view(6, 2 * 24, RequestStatus.RECEIVED));
        return ws;
    }

    static void put(FakeWorkspace ws, MaterialTransferView v) {
        ws.kindViews.put(ref(v.id()), v);
    }
}

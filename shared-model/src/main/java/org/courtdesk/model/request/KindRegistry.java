package org.courtdesk.model.request;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.adjournment.AdjournmentView;
import org.courtdesk.model.appeal.AppealView;
import org.courtdesk.model.binding.BindingView;
import org.courtdesk.model.filing.FilingView;
import org.courtdesk.model.investigation.InvestigationView;
import org.courtdesk.model.preservation.PreservationView;
import org.courtdesk.model.transfer.MaterialTransferView;
import org.courtdesk.model.transcript.TranscriptCorrectionView;

/**
 * The one place a request kind is registered in shared-model: one {@link KindDescriptor} per {@link RequestKind}.
 * Building a kind means turning its {@code notBuiltYet} line into a {@code built} one; the ObjectMappers of server
 * and workstation register the view types from {@link #viewTypes()}, so no other shared type changes.
 * KindRegistryTest fails when a kind of the enum has no line here.
 */
public final class KindRegistry {

    private static final List<KindDescriptor> DESCRIPTORS = List.of(
            KindDescriptor.built(RequestKind.CASE_FILE_READING, ReadingRequestView.class, "YJ", Set.of(Role.LAWYER, Role.PARTY))
                    .submittedAt("/api/v1/reading-requests"),
            KindDescriptor.built(RequestKind.CASE_BINDING, BindingView.class, "BD", Set.of(Role.LAWYER))
                    .submittedAt("/api/v1/bindings"),
            KindDescriptor.built(RequestKind.ONLINE_FILING, FilingView.class, "LA", Set.of(Role.LAWYER, Role.PARTY))
                    .submittedAt("/api/v1/filings"),
            KindDescriptor.built(RequestKind.APPEAL, AppealView.class, "SS", Set.of(Role.LAWYER, Role.PARTY))
                    .submittedAt("/api/v1/appeals"),
            KindDescriptor.built(RequestKind.ADJOURNMENT, AdjournmentView.class, "YQ", Set.of(Role.LAWYER, Role.PARTY))
                    .submittedAt("/api/v1/adjournments"),
            KindDescriptor.built(RequestKind.PRESERVATION, PreservationView.class, "BQ", Set.of(Role.LAWYER, Role.PARTY))
                    .submittedAt("/api/v1/preservations"),
            KindDescriptor.built(RequestKind.INVESTIGATION_ORDER, InvestigationView.class, "DC", Set.of(Role.LAWYER))
                    .submittedAt("/api/v1/investigation-orders"),
            KindDescriptor.built(RequestKind.CONTACT_JUDGE, org.courtdesk.model.contact.ContactView.class, "LX",
                    Set.of(Role.LAWYER, Role.PARTY)).submittedAt("/api/v1/contact-requests"),
            KindDescriptor.built(RequestKind.SUGGESTION, org.courtdesk.model.suggestion.SuggestionView.class, "JY",
                    Set.of(Role.LAWYER, Role.PARTY)).submittedAt("/api/v1/suggestions"),
            // 证据交换: a judge creates the exchange; the parties' lawyers submit evidence and 质证 into it.
            KindDescriptor.built(RequestKind.EVIDENCE_EXCHANGE, org.courtdesk.model.evidence.EvidenceExchangeView.class, "ZJ",
                    Set.of(Role.LAWYER)).submittedAt("/api/v1/evidence-exchanges/{id}/evidence"),
            // 服务内容管理: judges write the items; applicants read the published ones.
            KindDescriptor.createdByStaff(RequestKind.SERVICE_CONTENT,
                    org.courtdesk.model.servicecontent.ServiceContentView.class, "FW", "/api/v1/service-contents"),
            // 材料转接 (spec-004 §10)
            KindDescriptor.built(RequestKind.MATERIAL_TRANSFER, MaterialTransferView.class, "CL", Set.of(Role.LAWYER, Role.PARTY))
                    .submittedAt("/api/v1/material-transfers"),
            // 庭审笔录 (spec-004 §13): the request is a party's or lawyer's 申请补正 of a transcript
            KindDescriptor.built(RequestKind.HEARING_TRANSCRIPT, TranscriptCorrectionView.class, "BZ",
                    Set.of(Role.LAWYER, Role.PARTY)).submittedAt("/api/v1/transcript-corrections"));

    private static final Map<RequestKind, KindDescriptor> BY_KIND = new EnumMap<>(RequestKind.class);

    static {
        for (KindDescriptor d : DESCRIPTORS) {
            if (BY_KIND.put(d.kind(), d) != null) {
                throw new IllegalStateException("two descriptors for " + d.kind());
            }
        }
    }

    private KindRegistry() {}

    /** Every descriptor, in registration order. */
    public static List<KindDescriptor> all() {
        return DESCRIPTORS;
    }

    /** The descriptor of {@code kind}; IllegalArgumentException if it was never registered. */
    public static KindDescriptor descriptor(RequestKind kind) {
        KindDescriptor d = BY_KIND.get(kind);
        if (d == null) {
            throw new IllegalArgumentException("no descriptor for " + kind);
        }
        return d;
    }

    /** The 申请编号 prefix of a built kind, e.g. YJ; IllegalStateException for a kind not built yet. */
    public static String applicationNoPrefix(RequestKind kind) {
        KindDescriptor d = descriptor(kind);
        if (!d.isBuilt()) {
            throw new IllegalStateException(kind + " is not built yet");
        }
        return d.applicationNoPrefix();
    }

    /**
     * The JSON type id (the kind's name) of every built kind's view, for an ObjectMapper's
     * {@code registerSubtypes(new NamedType(type, id))}.
     */
    public static Map<String, Class<? extends RequestView>> viewTypes() {
        Map<String, Class<? extends RequestView>> types = new LinkedHashMap<>();
        for (KindDescriptor d : DESCRIPTORS) {
            if (d.isBuilt()) {
                types.put(d.kind().name(), d.viewClass());
            }
        }
        return Collections.unmodifiableMap(types);
    }
}

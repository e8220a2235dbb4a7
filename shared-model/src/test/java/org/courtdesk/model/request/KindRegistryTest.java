package org.courtdesk.model.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.RequestView;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** Every kind of the enum is registered exactly once, and what a built kind declares is usable. */
class KindRegistryTest {

    /** Kinds with no API view yet; a kind leaves this list when its view is built. */
    static final Set<RequestKind> NOT_BUILT_YET = EnumSet.complementOf(EnumSet.of(RequestKind.CASE_FILE_READING,
            RequestKind.ONLINE_FILING, RequestKind.CASE_BINDING, RequestKind.ADJOURNMENT, RequestKind.APPEAL,
            RequestKind.PRESERVATION, RequestKind.INVESTIGATION_ORDER,
            RequestKind.MATERIAL_TRANSFER, RequestKind.HEARING_TRANSCRIPT,
            RequestKind.CONTACT_JUDGE, RequestKind.SUGGESTION, RequestKind.SERVICE_CONTENT,
            RequestKind.EVIDENCE_EXCHANGE));

    @Test
    void everyKindOfTheEnumHasExactlyOneDescriptor() {
        List<RequestKind> registered = KindRegistry.all().stream().map(KindDescriptor::kind).toList();
        assertThat(registered).containsExactlyInAnyOrder(RequestKind.values());
        for (RequestKind kind : RequestKind.values()) {
            assertThat(KindRegistry.descriptor(kind).kind()).isEqualTo(kind);
        }
    }

    @Test
    void theKindsNotBuiltYetAreExactlyThoseListed() {
        Set<RequestKind> unbuilt = EnumSet.noneOf(RequestKind.class);
        KindRegistry.all().stream().filter(d -> !d.isBuilt()).forEach(d -> unbuilt.add(d.kind()));
        assertThat(unbuilt).isEqualTo(NOT_BUILT_YET);
        for (RequestKind kind : NOT_BUILT_YET) {
            KindDescriptor d = KindRegistry.descriptor(kind);
            assertThat(d.viewClass()).as("%s", kind).isNull();
            assertThat(d.applicantRoles()).as("%s", kind).isEmpty();
            assertThatThrownBy(() -> KindRegistry.applicationNoPrefix(kind)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void everyBuiltKindHasAViewAUniquePrefixAndApplicants() {
        Set<String> prefixes = new HashSet<>();
        for (KindDescriptor d : KindRegistry.all()) {
            assertThat(d.label()).isEqualTo(d.kind().label());
            assertThat(d.statuses()).as("%s statuses", d.kind()).isEqualTo(Transitions.statuses(d.kind())).isNotEmpty();
            if (!d.isBuilt()) {
                continue;
            }
            assertThat(d.applicationNoPrefix()).as("%s prefix", d.kind()).matches("[A-Z]{2}");
            assertThat(prefixes.add(d.applicationNoPrefix())).as("%s prefix is unique", d.kind()).isTrue();
            if (d.createdByStaff()) {
                assertThat(d.applicantMethod()).isEqualTo("get");
                assertThat(d.applicantPath()).as("%s read path", d.kind()).startsWith("/api/v1/");
            } else {
                assertThat(d.applicantRoles()).as("%s applicants", d.kind()).isNotEmpty().allMatch(Role::isApplicant);
                assertThat(d.applicantMethod()).isEqualTo("post");
            }
            assertThat(RequestView.class).isAssignableFrom(d.viewClass());
            assertThat(KindRegistry.viewTypes()).containsEntry(d.kind().name(), d.viewClass());
            // The view names its kind as its own type id too, so it reads as itself wherever it is the declared type.
            assertThat(d.viewClass().getAnnotation(JsonTypeName.class)).as("%s @JsonTypeName", d.viewClass())
                    .isNotNull().extracting(JsonTypeName::value).isEqualTo(d.kind().name());
        }
        assertThat(KindRegistry.viewTypes()).hasSize(RequestKind.values().length - NOT_BUILT_YET.size());
    }

    @Test
    void aKindStaffCreateHasNoApplicantsAndIsReadWhereItsPathSays() {
        KindDescriptor d = KindDescriptor.createdByStaff(RequestKind.SERVICE_CONTENT, ReadingRequestView.class, "ZZ",
                "/api/v1/somewhere");
        assertThat(d.createdByStaff()).isTrue();
        assertThat(d.applicantRoles()).isEmpty();
        assertThat(d.applicantPath()).isEqualTo("/api/v1/somewhere");
        assertThat(d.applicantMethod()).isEqualTo("get");
        assertThatThrownBy(() -> d.submittedAt("/api/v1/other")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KindDescriptor.createdByStaff(RequestKind.SERVICE_CONTENT, ReadingRequestView.class,
                "ZZ", "/elsewhere")).isInstanceOf(IllegalArgumentException.class);
        KindDescriptor applied = KindRegistry.descriptor(RequestKind.CASE_FILE_READING);
        assertThat(applied.createdByStaff()).isFalse();
        assertThat(applied.applicantMethod()).isEqualTo("post");
    }

    @Test
    void reading() {
        KindDescriptor d = KindRegistry.descriptor(RequestKind.CASE_FILE_READING);
        assertThat(d.viewClass()).isEqualTo(ReadingRequestView.class);
        assertThat(KindRegistry.applicationNoPrefix(RequestKind.CASE_FILE_READING)).isEqualTo("YJ");
        assertThat(d.mayApply(Role.LAWYER)).isTrue();
        assertThat(d.mayApply(Role.PARTY)).isTrue();
        assertThat(d.mayApply(Role.JUDGE)).isFalse();
        assertThat(d.statuses()).containsExactly(RequestStatus.PENDING_REVIEW, RequestStatus.APPROVED,
                RequestStatus.REJECTED, RequestStatus.EXPIRED);
    }

    @Test
    void caseBindingIsForLawyersOnly() {
        KindDescriptor d = KindRegistry.descriptor(RequestKind.CASE_BINDING);
        assertThat(d.viewClass()).isEqualTo(org.courtdesk.model.binding.BindingView.class);
        assertThat(KindRegistry.applicationNoPrefix(RequestKind.CASE_BINDING)).isEqualTo("BD");
        assertThat(d.mayApply(Role.LAWYER)).isTrue();
        assertThat(d.mayApply(Role.PARTY)).isFalse();
        assertThat(d.statuses()).containsExactly(RequestStatus.BINDING_PENDING, RequestStatus.BINDING_APPROVED,
                RequestStatus.BINDING_REJECTED);
    }

    @Test
    void aDescriptorIsBuiltWithBothViewAndPrefixOrNeither() {
        assertThatThrownBy(() -> new KindDescriptor(RequestKind.APPEAL, ReadingRequestView.class, null, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KindDescriptor(RequestKind.APPEAL, null, "SS", Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void adjournment() {
        KindDescriptor d = KindRegistry.descriptor(RequestKind.ADJOURNMENT);
        assertThat(d.viewClass()).isEqualTo(org.courtdesk.model.adjournment.AdjournmentView.class);
        assertThat(KindRegistry.applicationNoPrefix(RequestKind.ADJOURNMENT)).isEqualTo("YQ");
        assertThat(d.mayApply(Role.LAWYER)).isTrue();
        assertThat(d.mayApply(Role.CLERK)).isFalse();
        assertThat(d.statuses()).containsExactly(RequestStatus.PENDING_REVIEW, RequestStatus.APPROVED, RequestStatus.REJECTED);
    }

    @Test
    void appeal() {
        KindDescriptor d = KindRegistry.descriptor(RequestKind.APPEAL);
        assertThat(d.viewClass()).isEqualTo(org.courtdesk.model.appeal.AppealView.class);
        assertThat(KindRegistry.applicationNoPrefix(RequestKind.APPEAL)).isEqualTo("SS");
        assertThat(d.statuses()).containsExactly(RequestStatus.SUBMITTED, RequestStatus.RETURNED, RequestStatus.APPEAL_ACCEPTED);
    }

    @Test
    void contactJudgeIsForPartiesAndLawyers() {
        KindDescriptor d = KindRegistry.descriptor(RequestKind.CONTACT_JUDGE);
        assertThat(d.viewClass()).isEqualTo(org.courtdesk.model.contact.ContactView.class);
        assertThat(KindRegistry.applicationNoPrefix(RequestKind.CONTACT_JUDGE)).isEqualTo("LX");
        assertThat(d.mayApply(Role.PARTY)).isTrue();
        assertThat(d.mayApply(Role.LAWYER)).isTrue();
        assertThat(d.mayApply(Role.JUDGE)).isFalse();
        assertThat(d.statuses()).containsExactly(RequestStatus.AWAITING_REPLY, RequestStatus.REPLIED);
    }

    @Test
    void suggestionIsForLawyersAndTheParties() {
        KindDescriptor d = KindRegistry.descriptor(RequestKind.SUGGESTION);
        assertThat(d.viewClass()).isEqualTo(org.courtdesk.model.suggestion.SuggestionView.class);
        assertThat(KindRegistry.applicationNoPrefix(RequestKind.SUGGESTION)).isEqualTo("JY");
        assertThat(d.mayApply(Role.LAWYER)).isTrue();
        assertThat(d.mayApply(Role.PARTY)).isTrue();
        assertThat(d.mayApply(Role.CENTRE_REVIEWER)).isFalse();
        assertThat(d.statuses()).containsExactly(RequestStatus.AWAITING_REPLY, RequestStatus.REPLIED);
    }
}

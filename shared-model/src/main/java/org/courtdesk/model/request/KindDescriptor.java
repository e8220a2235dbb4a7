package org.courtdesk.model.request;

import java.util.Objects;
import java.util.Set;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.RequestView;

/**
 * What shared-model knows of one request kind beyond its status table: the view type the API sends for it, the
 * 申请编号 prefix, and who may apply. A kind not built yet has no view, no prefix and no applicants
 * ({@link #notBuiltYet}); it still has its label and statuses. All descriptors are listed in {@link KindRegistry}.
 */
public record KindDescriptor(RequestKind kind, Class<? extends RequestView> viewClass, String applicationNoPrefix,
                             Set<Role> applicantRoles) {

    public KindDescriptor {
        Objects.requireNonNull(kind, "kind");
        applicantRoles = Set.copyOf(applicantRoles);
        if ((viewClass == null) != (applicationNoPrefix == null)) {
            throw new IllegalArgumentException(kind + ": a built kind has both a view and a prefix, an unbuilt one neither");
        }
    }

    public static KindDescriptor built(RequestKind kind, Class<? extends RequestView> viewClass, String applicationNoPrefix,
                                       Set<Role> applicantRoles) {
        return new KindDescriptor(kind, Objects.requireNonNull(viewClass, "viewClass"),
                Objects.requireNonNull(applicationNoPrefix, "applicationNoPrefix"), applicantRoles);
    }

    /** A kind that is in the enum and the status table but has no API view yet. */
    public static KindDescriptor notBuiltYet(RequestKind kind) {
        return new KindDescriptor(kind, null, null, Set.of());
    }

    public boolean isBuilt() {
        return viewClass != null;
    }

    /** The seeds' Chinese name, e.g. 阅卷申请. */
    public String label() {
        return kind.label();
    }

    /** The kind's statuses, from the one table ({@link Transitions}). */
    public Set<RequestStatus> statuses() {
        return Transitions.statuses(kind);
    }

    public boolean mayApply(Role role) {
        return applicantRoles.contains(role);
    }
}

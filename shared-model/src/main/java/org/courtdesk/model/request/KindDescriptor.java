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
                             Set<Role> applicantRoles, String applicantPath) {

    /** A descriptor without the applicants' API path (see {@link #submittedAt}). */
    public KindDescriptor(RequestKind kind, Class<? extends RequestView> viewClass, String applicationNoPrefix,
                          Set<Role> applicantRoles) {
        this(kind, viewClass, applicationNoPrefix, applicantRoles, null);
    }

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

    /**
     * A kind court staff create (a judge's 服务内容 item): nobody applies for it, so it has no applicant roles; applicants
     * read what is published at {@code readPath} (GET), which the server's OpenAPI document must offer.
     */
    public static KindDescriptor createdByStaff(RequestKind kind, Class<? extends RequestView> viewClass,
                                                String applicationNoPrefix, String readPath) {
        return built(kind, viewClass, applicationNoPrefix, Set.of()).at(readPath);
    }

    /** A kind that is in the enum and the status table but has no API view yet. */
    public static KindDescriptor notBuiltYet(RequestKind kind) {
        return new KindDescriptor(kind, null, null, Set.of());
    }

    /**
     * The same kind with the API path where its applicants submit it (POST), e.g. {@code /api/v1/filings}: the server's
     * OpenAPI document must offer it, which a completeness test checks for every built kind.
     */
    public KindDescriptor submittedAt(String path) {
        if (createdByStaff()) {
            throw new IllegalArgumentException(kind + ": a kind staff create has no applicant submissions");
        }
        return at(path);
    }

    private KindDescriptor at(String path) {
        if (path == null || !path.startsWith("/api/v1/")) {
            throw new IllegalArgumentException(kind + ": an applicant path is under /api/v1/: " + path);
        }
        return new KindDescriptor(kind, viewClass, applicationNoPrefix, applicantRoles, path);
    }

    public boolean isBuilt() {
        return viewClass != null;
    }

    /** A built kind nobody applies for: staff create it ({@link #createdByStaff}). */
    public boolean createdByStaff() {
        return isBuilt() && applicantRoles.isEmpty();
    }

    /**
     * The HTTP method of {@link #applicantPath()}: {@code post} where applicants submit the kind, {@code get} where they
     * read what staff created.
     */
    public String applicantMethod() {
        return createdByStaff() ? "get" : "post";
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

package org.courtdesk.server.servicecontent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.request.KindRegistry;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.servicecontent.ServiceContentCategory;
import org.courtdesk.model.servicecontent.ServiceContentForm;
import org.courtdesk.model.servicecontent.ServiceContentSummary;
import org.courtdesk.model.servicecontent.ServiceContentView;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.request.Requests;
import org.jdbi.v3.core.Handle;

/**
 * The storage of 服务内容 (table service_content under the request header): an item's fields, its author (the header's
 * judge and applicant) and its status. Bodies arrive here already sanitised ({@code ServiceContentRules.normalised}).
 */
public final class ServiceContentRepository {

    public static final RequestKind KIND = RequestKind.SERVICE_CONTENT;
    public static final String PREFIX = KindRegistry.applicationNoPrefix(KIND);

    private static final String COLUMNS = "SELECT r.id, r.application_no, r.status, r.version, r.submitted_at, r.judge_id, "
            + "s.category, s.title, s.court_code, c.name AS court_name, s.registered_on, s.updated_at, "
            + "s.published_at, a.display_name AS author_name, ";
    private static final String FROM = "FROM request r JOIN service_content s ON s.id = r.id "
            + "JOIN court c ON c.code = s.court_code JOIN account a ON a.id = r.judge_id ";
    private static final String SELECT = COLUMNS + "s.body_html " + FROM;
    /** The fields without the body (up to 1 MiB), with the body's size in UTF-8 bytes instead. */
    private static final String SELECT_HEAD = COLUMNS + "CAST(NULL AS VARCHAR(1)) AS body_html, "
            + "OCTET_LENGTH(s.body_html) AS body_bytes " + FROM;
    /**
     * How much of the body the lawyers' list reads to make its excerpt (the text of a body's first characters;
     * {@link ServiceContentSummary#excerpt}): never the whole of a 1 MiB body for each row of a list.
     */
    static final int EXCERPT_SOURCE_CHARS = 8000;

    private ServiceContentRepository() {}

    /** Inserts the header (audience and applicant: the author) and the item; the caller holds the feed lock. */
    public static Requests.Created insert(Handle h, long authorId, String authorCourt, ServiceContentForm f,
                                          RequestStatus status, Instant at, LocalDate day) {
        Requests.Created created = Requests.create(h, new Requests.New(KIND, PREFIX, day, null, authorCourt, authorId,
                null, authorId, at, status, null));
        h.createUpdate("INSERT INTO service_content (id, category, title, court_code, registered_on, body_html, updated_at, "
                        + "published_at) VALUES (:id, :cat, :title, :court, :reg, :body, :at, :pub)")
                .bind("id", created.id()).bind("cat", f.category().name()).bind("title", f.title())
                .bind("court", f.courtCode()).bind("reg", f.registeredOn()).bind("body", f.bodyHtml())
                .bind("at", utc(at)).bind("pub", status == RequestStatus.PUBLISHED ? utc(at) : null)
                .execute();
        return created;
    }

    /** Replaces the fields of item {@code id}; {@code publishedNow} stamps the time it (again) became public. */
    public static void update(Handle h, long id, ServiceContentForm f, boolean publishedNow, Instant at) {
        h.createUpdate("UPDATE service_content SET category = :cat, title = :title, court_code = :court, "
                        + "registered_on = :reg, body_html = :body, updated_at = :at"
                        + (publishedNow ? ", published_at = :at" : "") + " WHERE id = :id")
                .bind("id", id).bind("cat", f.category().name()).bind("title", f.title()).bind("court", f.courtCode())
                .bind("reg", f.registeredOn()).bind("body", f.bodyHtml()).bind("at", utc(at)).execute();
    }

    /** Stamps a 设置发布 (published) or its withdrawal. */
    public static void publication(Handle h, long id, boolean published, Instant at) {
        h.createUpdate("UPDATE service_content SET updated_at = :at" + (published ? ", published_at = :at" : "")
                + " WHERE id = :id").bind("id", id).bind("at", utc(at)).execute();
    }

    /** The stored fields of an item as the editor has them. */
    public static Optional<ServiceContentForm> form(Handle h, long id) {
        return h.createQuery("SELECT category, title, court_code, registered_on, body_html FROM service_content WHERE id = :id")
                .bind("id", id)
                .map((rs, c) -> new ServiceContentForm(ServiceContentCategory.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5)))
                .findOne();
    }

    /** Whether {@code code} is a court of this server (the 发布法院 an item may name). */
    public static boolean courtExists(Handle h, String code) {
        return h.createQuery("SELECT COUNT(*) FROM court WHERE code = :c").bind("c", code).mapTo(Integer.class).one() > 0;
    }

    /** One item with its history (the author's detail), or without (an applicant's). */
    public static Optional<ServiceContentView> find(Handle h, long id, boolean withAudit) {
        List<ServiceContentView> found = findAll(h, List.of(id), withAudit);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public static List<ServiceContentView> findAll(Handle h, Collection<Long> ids, boolean withAudit) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ServiceContentView> views = h.createQuery(SELECT + "WHERE r.kind = :k AND r.id IN (<ids>) ORDER BY r.id")
                .bind("k", KIND.name()).bindList("ids", new ArrayList<>(ids))
                .map((rs, c) -> view(rs)).list();
        if (!withAudit) {
            return views;
        }
        Map<Long, List<AuditEntry>> audit = AuditLog.forRequests(h, KIND, ids);
        return views.stream().map(v -> new ServiceContentView(v.id(), v.applicationNo(), v.courtCode(), v.courtName(),
                v.category(), v.title(), v.registeredOn(), v.bodyHtml(), v.status(), v.version(), v.authorName(),
                v.submittedAt(), v.updatedAt(), v.publishedAt(), audit.getOrDefault(v.id(), List.of()))).toList();
    }

    /** An item without its body ({@code bodyHtml} null), with the body's size in UTF-8 bytes: the feed's first read. */
    public record Head(ServiceContentView view, long bodyBytes) {}

    public static List<Head> heads(Handle h, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<AuditEntry>> audit = AuditLog.forRequests(h, KIND, ids);
        return h.createQuery(SELECT_HEAD + "WHERE r.kind = :k AND r.id IN (<ids>) ORDER BY r.id")
                .bind("k", KIND.name()).bindList("ids", new ArrayList<>(ids))
                .map((rs, c) -> {
                    ServiceContentView v = view(rs);
                    return new Head(withAudit(v, v.bodyHtml(), audit.getOrDefault(v.id(), List.of())),
                            rs.getLong("body_bytes"));
                }).list();
    }

    /** The body of item {@code id} (sanitised), empty when there is no such item. */
    public static Optional<String> body(Handle h, long id) {
        return h.createQuery("SELECT body_html FROM service_content WHERE id = :id").bind("id", id)
                .mapTo(String.class).findOne();
    }

    /** {@code v} with {@code bodyHtml} and {@code audit}. */
    public static ServiceContentView withAudit(ServiceContentView v, String bodyHtml, List<AuditEntry> audit) {
        return new ServiceContentView(v.id(), v.applicationNo(), v.courtCode(), v.courtName(), v.category(), v.title(),
                v.registeredOn(), bodyHtml, v.status(), v.version(), v.authorName(), v.submittedAt(), v.updatedAt(),
                v.publishedAt(), audit);
    }

    /** The author of item {@code id} (its header's judge), empty when there is no such item. */
    public static Optional<Long> author(Handle h, long id) {
        return h.createQuery("SELECT judge_id FROM request WHERE id = :id AND kind = :k").bind("id", id)
                .bind("k", KIND.name()).mapTo(Long.class).findOne();
    }

    /**
     * The published items applicants see, newest 登记时间 first: of one court and/or category when given, at most
     * {@code limit}, as summaries (no body: an excerpt of its beginning).
     */
    public static List<ServiceContentSummary> published(Handle h, String courtCode, ServiceContentCategory category,
                                                        int limit) {
        var q = h.createQuery(COLUMNS + "SUBSTRING(s.body_html, 1, " + EXCERPT_SOURCE_CHARS + ") AS body_head " + FROM
                        + "WHERE r.kind = :k AND r.status = :pub"
                        + (courtCode == null ? "" : " AND s.court_code = :court")
                        + (category == null ? "" : " AND s.category = :cat")
                        + " ORDER BY s.registered_on DESC, r.id DESC LIMIT :limit")
                .bind("k", KIND.name()).bind("pub", RequestStatus.PUBLISHED.name()).bind("limit", limit);
        if (courtCode != null) {
            q.bind("court", courtCode);
        }
        if (category != null) {
            q.bind("cat", category.name());
        }
        return q.map((rs, c) -> {
            OffsetDateTime pub = rs.getObject("published_at", OffsetDateTime.class);
            return new ServiceContentSummary(rs.getLong("id"), rs.getString("application_no"), rs.getString("court_code"),
                    rs.getString("court_name"), ServiceContentCategory.valueOf(rs.getString("category")),
                    rs.getString("title"), rs.getObject("registered_on", LocalDate.class), rs.getString("author_name"),
                    rs.getObject("updated_at", OffsetDateTime.class).toInstant(), pub == null ? null : pub.toInstant(),
                    ServiceContentSummary.excerpt(rs.getString("body_head")));
        }).list();
    }

    private static ServiceContentView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        OffsetDateTime pub = rs.getObject("published_at", OffsetDateTime.class);
        return new ServiceContentView(rs.getLong("id"), rs.getString("application_no"), rs.getString("court_code"),
                rs.getString("court_name"), ServiceContentCategory.valueOf(rs.getString("category")),
                rs.getString("title"), rs.getObject("registered_on", LocalDate.class), rs.getString("body_html"),
                RequestStatus.valueOf(rs.getString("status")), rs.getLong("version"), rs.getString("author_name"),
                rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), pub == null ? null : pub.toInstant(), null);
    }

    private static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}

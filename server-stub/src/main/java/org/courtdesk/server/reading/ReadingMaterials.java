package org.courtdesk.server.reading;

import java.util.ArrayList;

import org.courtdesk.model.reading.MaterialType;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.files.Content;
import org.jdbi.v3.core.Handle;

/**
 * Attaches an uploaded material (申请材料) to a 阅卷申请: the bytes go to {@link BlobStore} (once per content, by
 * SHA-256), the row in reading_material keeps type, the applicant's file name as a label only, the content type
 * detected from the bytes, and the size. Runs in the caller's transaction, so a refused request leaves nothing.
 * {@link #mayRead} is the reading kind's {@code documents.MaterialAccess}.
 */
public final class ReadingMaterials {

    private ReadingMaterials() {}

    /** Stores the material and returns its SHA-256. */
    public static String attach(Handle h, long requestId, MaterialType type, String fileName, String contentType,
                                Content bytes) {
        String sha = BlobStore.put(h, bytes, contentType);
        h.createUpdate("INSERT INTO reading_material (request_id, material_type, file_name, content_type, size_bytes, "
                        + "sha256) VALUES (:r, :t, :f, :ct, :n, :s)")
                .bind("r", requestId).bind("t", type.name()).bind("f", fileName).bind("ct", contentType)
                .bind("n", bytes.size()).bind("s", sha).execute();
        return sha;
    }

    /** The same, for bytes in memory (generated and demo files). */
    public static String attach(Handle h, long requestId, MaterialType type, String fileName, String contentType,
                                byte[] bytes) {
        return attach(h, requestId, type, fileName, contentType, Content.of(bytes));
    }

    /** A material of a 阅卷申请 the caller applied for, or of one on a case of a judge the caller serves. */
    public static boolean mayRead(Handle h, CurrentUser user, String sha) {
        boolean staff = !user.visibleJudgeIds().isEmpty();
        var q = h.createQuery("SELECT COUNT(*) FROM reading_material m JOIN request r ON r.id = m.request_id "
                        + "WHERE m.sha256 = :sha AND (r.applicant_id = :me" + (staff ? " OR r.judge_id IN (<judges>)" : "") + ")")
                .bind("sha", sha).bind("me", user.id());
        if (staff) {
            q.bindList("judges", new ArrayList<>(user.visibleJudgeIds()));
        }
        return q.mapTo(Integer.class).one() > 0;
    }
}

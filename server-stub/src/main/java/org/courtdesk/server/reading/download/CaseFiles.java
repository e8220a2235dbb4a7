package org.courtdesk.server.reading.download;

import java.security.SecureRandom;
import java.util.List;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.server.auth.PasswordHasher;
import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.http.ApiException;
import org.jdbi.v3.core.Handle;

/**
 * Produces the case file of an online approval inside the approving transaction: the encrypted PDF stored as a
 * blob, a fresh 卷宗文档打开密码 (only in the SMS sent through the gateway and inside the PDF's encryption) and a
 * fresh 卷宗下载密码 (only its Argon2id hash is stored). The recorded notification keeps both masked.
 *
 * <p>Passwords are digits only: they are typed from an SMS on a phone. The open password has 10 digits (it protects a file that can be attacked offline); the download code has 6
 * (it is checked online and locked after {@link CaseFileRoutes#MAX_WRONG_CODES} wrong attempts).
 */
public final class CaseFiles {

    public static final int OPEN_PASSWORD_DIGITS = 10;
    public static final int DOWNLOAD_CODE_DIGITS = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the approval stores and tells the applicant. */
    public record Produced(String sha256, String openPassword, String downloadCode, String downloadCodeHash,
                           int volumes) {}

    private CaseFiles() {}

    /**
     * Builds and stores the case file of {@code caseId}. A case marked digitised but without any volume is refused
     * (CASE_NOT_DIGITISED): handing out a file with nothing to read would be an approval in name only; the judge
     * is told to choose on-site reading instead.
     */
    public static Produced produce(Handle h, long caseId, CaseFilePdf.Cover cover) {
        // The volumes' bytes through BlobStore: they live in the file store, verified on read.
        List<CaseFilePdf.Volume> volumes = h.createQuery("SELECT title, sha256 FROM case_document WHERE case_id = :c "
                        + "ORDER BY position, id")
                .bind("c", caseId)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                .list().stream()
                .map(v -> new CaseFilePdf.Volume(v[0], BlobStore.get(h, v[1])
                        .orElseThrow(() -> new IllegalStateException("case document blob missing: " + v[1])).content()))
                .toList();
        if (volumes.isEmpty()) {
            throw new ApiException(ErrorCode.CASE_NOT_DIGITISED,
                    "该案件尚无电子卷宗文件，不能批准在线阅卷，请改为现场阅卷");
        }
        String openPassword = digits(OPEN_PASSWORD_DIGITS);
        String downloadCode = digits(DOWNLOAD_CODE_DIGITS);
        byte[] pdf = CaseFilePdf.assemble(cover, volumes, openPassword);
        String sha = BlobStore.put(h, pdf, "application/pdf");
        return new Produced(sha, openPassword, downloadCode, PasswordHasher.hash(downloadCode), volumes.size());
    }

    /** Whether a case has any volume (for callers that want to check before deciding). */
    public static boolean hasVolumes(Handle h, long caseId) {
        return h.createQuery("SELECT COUNT(*) FROM case_document WHERE case_id = :c").bind("c", caseId)
                .mapTo(Integer.class).one() > 0;
    }

    static String digits(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return sb.toString();
    }
}

package org.courtdesk.server.reading.applicant;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.reading.MaterialType;
import org.courtdesk.server.http.ApiException;

/**
 * The applicant's file name of a material is a label shown beside it, never a path: it never reaches the file
 * system (materials are stored by SHA-256). Still, a name that looks like a path or hides characters is refused
 * rather than silently changed, so the applicant knows what was kept: path separators ({@code /} {@code \}),
 * {@code ..}, control and invisible formatting characters (e.g. U+202E, which turns "gpj.exe" around), and names
 * longer than the column. A missing name becomes the material's Chinese label with the detected type's extension.
 */
final class MaterialFileNames {

    /** reading_material.file_name is VARCHAR(255). */
    static final int MAX_LENGTH = 255;

    private MaterialFileNames() {}

    /** The name to keep as display text, or an {@link ApiException} FILE_NAME_REFUSED naming the material. */
    static String displayName(String submitted, MaterialType type, String contentType) {
        String name = submitted == null ? "" : submitted.strip();
        if (name.isEmpty()) {
            return type.label().replace("/", "或") + extension(contentType);
        }
        String which = "材料“" + type.label() + "”的文件名";
        if (name.length() > MAX_LENGTH) {
            throw new ApiException(ErrorCode.FILE_NAME_REFUSED, which + "过长（至多 " + MAX_LENGTH + " 个字符）");
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.contains("..")) {
            throw new ApiException(ErrorCode.FILE_NAME_REFUSED, which + "不能含有路径符号（/、\\ 或 ..），请只填写文件名");
        }
        if (name.chars().allMatch(c -> c == '.')) {
            throw new ApiException(ErrorCode.FILE_NAME_REFUSED, which + "不合法");
        }
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int t = Character.getType(cp);
            if (t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE
                    || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR
                    || t == Character.PRIVATE_USE || t == Character.UNASSIGNED) {
                throw new ApiException(ErrorCode.FILE_NAME_REFUSED, which + "含有控制字符或不可见字符");
            }
            i += Character.charCount(cp);
        }
        return name;
    }

    static String extension(String contentType) {
        return switch (contentType) {
            case "application/pdf" -> ".pdf";
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            default -> "";
        };
    }
}

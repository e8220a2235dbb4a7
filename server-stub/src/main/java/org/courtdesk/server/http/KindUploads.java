package org.courtdesk.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.tika.Tika;
import org.courtdesk.model.api.ErrorCode;
import java.util.function.Function;
import org.courtdesk.server.http.MultipartReader.Part;

import io.javalin.http.Context;

/**
 * Reads the multipart body of an application of any kind: one JSON part (the form, e.g. {@code filing}), every other
 * part one material file named after a constant of the kind's material-type enum {@code T}. Limits are checked while
 * the body streams in; each file must be a PDF, JPEG or PNG by its CONTENT (Tika's magic bytes; the name and declared
 * type are ignored); file names are labels only, never paths. The kinds (网上立案, 案件绑定, 诉讼保全, 调查令) call it
 * through a small facade of their own types.
 */
public final class KindUploads {

    public static final int MAX_FORM_BYTES = 64 * 1024;
    public static final int MAX_FILE_NAME = 255;
    private static final Set<String> CONTENT_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");
    private static final Tika TIKA = new Tika();

    /** One material: its type, the applicant's file name as a label, the type found in its bytes, the bytes. */
    public record Upload<T extends Enum<T>>(T type, String fileName, String contentType, org.courtdesk.server.files.Content content) {}

    /** The form and the materials, in the order they came. */
    public record Parsed<F, T extends Enum<T>>(F form, List<Upload<T>> materials) {}

    /** A kind's material types: the enum, and the Chinese label of each (for the refusals' words). */
    public record Types<T extends Enum<T>>(Class<T> type, Function<T, String> label, int maxFiles) {}

    private KindUploads() {}

    public static <F, T extends Enum<T>> Parsed<F, T> read(Context ctx, String formPart, Class<F> formType,
                                                          String formLabel, Types<T> types, long maxMaterialBytes,
                                                          long maxUploadBytes) {
        int maxParts = 1 + 2 * types.maxFiles();
        if (!ctx.isMultipartFormData()) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, formLabel + "须以 multipart/form-data 提交：" + formPart
                    + " 部分为 JSON，每份材料一个文件部分");
        }
        MultipartReader.Limits limits = new MultipartReader.Limits(maxParts, maxUploadBytes,
                (name, fileName) -> formPart.equals(name) ? MAX_FORM_BYTES : maxMaterialBytes);
        List<Part> parts;
        try (InputStream in = ctx.req().getInputStream()) {
            parts = UploadSpool.read(ctx, in, limits);
        } catch (MultipartReader.Refused e) {
            throw switch (e.why()) {
                case PART_TOO_LARGE -> formPart.equals(e.partName())
                        ? new ApiException(ErrorCode.APPLICATION_PART_TOO_LARGE, formLabel + "（" + formPart + "）超过大小限制")
                        : new ApiException(ErrorCode.MATERIAL_TOO_LARGE, "材料超过大小限制：单个材料不能超过 "
                                + size(maxMaterialBytes));
                case BODY_TOO_LARGE -> new ApiException(ErrorCode.MATERIAL_TOO_LARGE, "上传内容超过大小限制：合计不能超过 "
                        + size(maxUploadBytes));
                case TOO_MANY_PARTS -> new ApiException(ErrorCode.VALIDATION_FAILED, "multipart 部分过多：至多 " + e.limit() + " 个");
                case CONTROL_CHARACTER_IN_HEADER -> new ApiException(ErrorCode.TEXT_INVALID_CHARACTER, "multipart 第 "
                        + e.partNumber() + " 部分的头部含有控制字符");
                case MALFORMED -> new ApiException(ErrorCode.VALIDATION_FAILED, "multipart 内容无法解析");
            };
        } catch (IOException e) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "上传内容读取失败，请重新提交");
        }
        Part form = null;
        List<Upload<T>> uploads = new ArrayList<>();
        for (Part p : parts) {
            if (formPart.equals(p.name())) {
                if (form != null) {
                    throw new ApiException(ErrorCode.VALIDATION_FAILED, formLabel + "（" + formPart + "）只能提交一份");
                }
                form = p;
            } else {
                uploads.add(material(p, types));
            }
        }
        if (form == null) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "缺少" + formLabel + "：multipart 中须有名为 " + formPart + " 的部分");
        }
        return new Parsed<>(Json.read(form.bytes(), formType, formLabel + "（" + formPart + "）"), uploads);
    }

    private static <T extends Enum<T>> Upload<T> material(Part p, Types<T> types) {
        T type = type(p.name(), types);
        String label = types.label().apply(type);
        if (p.fileName() == null) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "材料“" + label + "”须作为文件上传");
        }
        CleanText.checkDecoded(p.fileName(), "材料“" + label + "”的文件名");
        org.courtdesk.server.files.Content content = p.content();
        if (content.size() == 0) {
            throw new ApiException(ErrorCode.MATERIAL_CONTENT_REFUSED, "材料“" + label + "”是空文件");
        }
        String contentType = TIKA.detect(content.head());
        if (!CONTENT_TYPES.contains(contentType)) {
            throw new ApiException(ErrorCode.MATERIAL_CONTENT_REFUSED, "材料“" + label
                    + "”不是 PDF、JPG 或 PNG 文件（按文件内容识别为 " + contentType + "），请上传扫描件或照片");
        }
        return new Upload<>(type, displayName(p.fileName(), label, contentType), contentType, content);
    }

    /** The applicant's file name as a label: its last path segment, at most 255 characters, never empty. */
    public static String displayName(String submitted, String label, String contentType) {
        String name = submitted.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            name = label + switch (contentType) {
                case "application/pdf" -> ".pdf";
                case "image/jpeg" -> ".jpg";
                default -> ".png";
            };
        }
        if (name.length() > MAX_FILE_NAME) {
            throw new ApiException(ErrorCode.FILE_NAME_REFUSED, "材料“" + label + "”的文件名过长（至多 "
                    + MAX_FILE_NAME + " 个字符）");
        }
        return name;
    }

    private static String size(long bytes) {
        return bytes % (1024 * 1024) == 0 ? (bytes / (1024 * 1024)) + " MB"
                : bytes % 1024 == 0 ? (bytes / 1024) + " KB" : bytes + " 字节";
    }

    private static <T extends Enum<T>> T type(String partName, Types<T> types) {
        try {
            return Enum.valueOf(types.type(), partName == null ? "" : partName);
        } catch (IllegalArgumentException e) {
            String shown = partName != null && partName.matches("[A-Za-z0-9_-]{1,40}") ? "“" + partName + "”" : "";
            throw new ApiException(ErrorCode.MATERIAL_TYPE_NOT_ALLOWED, "不认识的材料类型" + shown + "，文件部分须以材料类型命名："
                    + Arrays.stream(types.type().getEnumConstants())
                    .map(t -> t.name() + "（" + types.label().apply(t) + "）")
                    .collect(Collectors.joining("、")));
        }
    }
}

package org.courtdesk.server.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.courtdesk.model.api.ErrorCode;

/**
 * The one rule for text the server takes in and stores (and later puts into an SMS, a PDF, a database column):
 * <ul>
 *   <li>no C0 control character except tab, line feed and carriage return: U+0000 ends a C string (SMS gateways,
 *       PDF writers) and the others are invisible and never typed;</li>
 *   <li>no lone surrogate: it is not a character, cannot be written as UTF-8 and came back as {@code ?};</li>
 *   <li>bytes are strict UTF-8: malformed input is refused, never replaced by U+FFFD or {@code ?}.</li>
 * </ul>
 * {@link Json} applies it to every string of every JSON body (the multipart form's JSON included), the multipart
 * submission to its file names. A refusal is 400 TEXT_INVALID_CHARACTER naming the field and the character; it
 * comes before anything is stored.
 */
public final class CleanText {

    private CleanText() {}

    /** The index of the first char {@code text} may not hold, or -1 when it is clean. */
    public static int firstRefused(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++; // a pair: one real character beyond the BMP
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code text} (null passes), or a TEXT_INVALID_CHARACTER refusal naming {@code field}. */
    public static String check(String text, String field) {
        int at = text == null ? -1 : firstRefused(text);
        if (at >= 0) {
            throw refusal(field, text.charAt(at));
        }
        return text;
    }

    /**
     * Like {@link #check} for text that a parser already decoded with replacement (multipart part headers: Jetty
     * turns bytes that are not UTF-8 into U+FFFD), so U+FFFD is refused too: it stands for bytes that were lost.
     */
    public static String checkDecoded(String text, String field) {
        check(text, field);
        if (text != null && text.indexOf('\uFFFD') >= 0) {
            throw new ApiException(ErrorCode.TEXT_INVALID_CHARACTER, field + "不是有效的 UTF-8 文字（含有无法识别的字节）");
        }
        return text;
    }

    /** The refusal for {@code field} holding {@code c}, e.g. "字段 explanation 含有不允许的字符 U+0000". */
    public static ApiException refusal(String field, char c) {
        String what = Character.isSurrogate(c) ? "不成对的代理字符" : "控制字符";
        return new ApiException(ErrorCode.TEXT_INVALID_CHARACTER,
                field + "含有不允许的" + what + " " + String.format("U+%04X", (int) c) + "（除制表符和换行外的控制字符、无效编码均不接受）");
    }

    /** {@code bytes} as strict UTF-8, or a TEXT_INVALID_CHARACTER refusal saying where the first bad byte is. */
    public static String decodeUtf8(byte[] bytes, String what) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            // The decoder stops at the offending bytes; its position says where.
            throw new ApiException(ErrorCode.TEXT_INVALID_CHARACTER,
                    what + "不是有效的 UTF-8 编码（第 " + (in.position() + 1) + " 个字节附近）");
        }
    }

    /** {@code s} cut to 40 chars with every refused or control char left out: safe to echo in a problem's detail. */
    public static String printable(String s) {
        String cut = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        StringBuilder out = new StringBuilder(cut.length());
        cut.codePoints().filter(cp -> !Character.isISOControl(cp) && !(cp >= 0xD800 && cp <= 0xDFFF))
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}

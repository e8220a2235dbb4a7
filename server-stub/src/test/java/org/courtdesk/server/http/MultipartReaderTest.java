package org.courtdesk.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.courtdesk.server.http.MultipartReader.Refused.Why;
import org.courtdesk.server.support.Spaces;
import org.junit.jupiter.api.Test;

/** The streaming multipart reader: parts as sent, and every limit checked while the bytes arrive. */
class MultipartReaderTest {

    static final String BOUNDARY = "----courtdesk-test";
    static final long FORM_LIMIT = 64 * 1024;
    static final long FILE_LIMIT = 200 * 1024;
    static final MultipartReader.Limits LIMITS = new MultipartReader.Limits(5, 1024 * 1024,
            (name, fileName) -> "application".equals(name) ? FORM_LIMIT : FILE_LIMIT);

    static byte[] head(String name, String fileName) {
        return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] part(String name, String fileName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head(name, fileName));
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static byte[] end() {
        return ("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] body(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        out.writeBytes(end());
        return out.toByteArray();
    }

    static List<MultipartReader.Part> read(byte[] body) throws IOException {
        return MultipartReader.read(new ByteArrayInputStream(body), BOUNDARY, LIMITS);
    }

    static MultipartReader.Refused refused(byte[] body) {
        return catchThrowableOfType(MultipartReader.Refused.class, () -> read(body));
    }

    @Test
    void partsArriveAsSentWithNamesFileNamesAndBytes() throws IOException {
        byte[] pdf = new byte[150_000];
        Arrays.fill(pdf, (byte) '\r'); // content that looks like line ends is still content
        List<MultipartReader.Part> parts = read(body(part("application", null, "{\"a\":1}".getBytes(StandardCharsets.UTF_8)),
                part("LAW_FIRM_LETTER", "律所介绍信.pdf", pdf), part("ID_CARD", "", new byte[0])));

        assertThat(parts).extracting(MultipartReader.Part::name).containsExactly("application", "LAW_FIRM_LETTER", "ID_CARD");
        assertThat(parts).extracting(MultipartReader.Part::fileName).containsExactly(null, "律所介绍信.pdf", "");
        assertThat(new String(parts.get(0).bytes(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
        assertThat(parts.get(1).bytes()).isEqualTo(pdf);
        assertThat(parts.get(2).bytes()).isEmpty();
    }

    @Test
    void aPartOfExactlyItsLimitIsKept() throws IOException {
        byte[] form = new byte[(int) FORM_LIMIT];
        Arrays.fill(form, (byte) ' ');
        assertThat(read(body(part("application", null, form))).get(0).bytes()).hasSize((int) FORM_LIMIT);
    }

    /**
     * 60 MB of form, produced only as it is read: refused at the form's own limit (not at the body's 1 MB, which it
     * passes too), and the rest is dropped only up to what a body may carry, never read to its end.
     */
    @Test
    void anOversizedFormPartIsRefusedWhileItStreams() {
        long sixtyMb = 60L * 1024 * 1024;
        CountingStream in = new CountingStream(new SequenceInputStream(
                new ByteArrayInputStream(head("application", null)), new Spaces(sixtyMb)));

        MultipartReader.Refused r = catchThrowableOfType(MultipartReader.Refused.class,
                () -> MultipartReader.read(in, BOUNDARY, LIMITS));

        assertThat(r.why()).isEqualTo(Why.PART_TOO_LARGE);
        assertThat(r.partName()).isEqualTo("application");
        assertThat(r.limit()).isEqualTo(FORM_LIMIT);
        assertThat(in.count).as("bytes read in all").isEqualTo(LIMITS.maxTotalBytes());
    }

    @Test
    void afterARefusalTheRestOfAShortBodyIsReadSoTheClientCanReadTheAnswer() {
        byte[] body = body(part("application", null, new byte[(int) FORM_LIMIT + 1]), part("A", "a", new byte[1000]));
        CountingStream in = new CountingStream(new ByteArrayInputStream(body));
        assertThat(catchThrowableOfType(MultipartReader.Refused.class, () -> MultipartReader.read(in, BOUNDARY, LIMITS))
                .why()).isEqualTo(Why.PART_TOO_LARGE);
        assertThat(in.count).isEqualTo(body.length);
    }

    @Test
    void aFileOverItsLimitIsRefusedNamingThePart() {
        MultipartReader.Refused r = refused(body(part("LAW_FIRM_LETTER", "x.pdf", new byte[(int) FILE_LIMIT + 1])));
        assertThat(r.why()).isEqualTo(Why.PART_TOO_LARGE);
        assertThat(r.partName()).isEqualTo("LAW_FIRM_LETTER");
        assertThat(r.fileName()).isEqualTo("x.pdf");
        assertThat(r.limit()).isEqualTo(FILE_LIMIT);
    }

    @Test
    void theWholeBodyIsBounded() {
        byte[] each = new byte[(int) FILE_LIMIT];
        byte[] six = body(part("A", "a", each), part("B", "b", each), part("C", "c", each),
                part("D", "d", each), part("E", "e", each), part("F", "f", each));
        MultipartReader.Refused r = catchThrowableOfType(MultipartReader.Refused.class, () -> MultipartReader.read(
                new ByteArrayInputStream(six), BOUNDARY, new MultipartReader.Limits(10, 1024 * 1024, LIMITS.perPart())));
        assertThat(r.why()).isEqualTo(Why.BODY_TOO_LARGE);
        assertThat(r.limit()).isEqualTo(1024 * 1024);
    }

    @Test
    void theNumberOfPartsIsBounded() {
        byte[] tiny = {1};
        MultipartReader.Refused r = refused(body(part("A", "a", tiny), part("B", "b", tiny), part("C", "c", tiny),
                part("D", "d", tiny), part("E", "e", tiny), part("F", "f", tiny)));
        assertThat(r.why()).isEqualTo(Why.TOO_MANY_PARTS);
        assertThat(r.partNumber()).isEqualTo(6);
    }

    @Test
    void aControlByteInAPartHeaderIsNamedAsSuch() {
        MultipartReader.Refused nul = refused(body(part("application", null, new byte[] {'{', '}'}),
                part("ID_CARD", "id\u0000.png", new byte[] {1})));
        assertThat(nul.why()).isEqualTo(Why.CONTROL_CHARACTER_IN_HEADER);
        assertThat(nul.partNumber()).isEqualTo(2);
        assertThat(refused(body(part("ID_CARD", "id\u0001.png", new byte[] {1}))).why())
                .isEqualTo(Why.CONTROL_CHARACTER_IN_HEADER);
    }

    @Test
    void aCutOffOrBoundlessBodyIsMalformed() {
        byte[] cut = Arrays.copyOf(body(part("A", "a", new byte[100])), 80);
        assertThat(refused(cut).why()).isEqualTo(Why.MALFORMED);
        assertThat(catchThrowableOfType(MultipartReader.Refused.class,
                () -> MultipartReader.read(new ByteArrayInputStream(new byte[0]), null, LIMITS)).why()).isEqualTo(Why.MALFORMED);
    }

    @Test
    void theBoundaryComesFromTheContentType() {
        assertThat(MultipartReader.boundary("multipart/form-data; boundary=abc")).isEqualTo("abc");
        assertThat(MultipartReader.boundary("multipart/form-data; boundary=\"a b\"")).isEqualTo("a b");
        assertThat(MultipartReader.boundary(null)).isNull();
    }

    static final class CountingStream extends InputStream {
        private final InputStream in;
        long count;

        CountingStream(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }
}

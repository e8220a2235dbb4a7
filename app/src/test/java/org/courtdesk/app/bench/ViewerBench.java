package org.courtdesk.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.courtdesk.app.ui.viewer.ImageGuard;
import org.courtdesk.app.ui.viewer.PageSource;
import org.courtdesk.app.ui.viewer.PdfPages;
import org.courtdesk.app.ui.viewer.RenderWorker;
import org.courtdesk.app.ui.viewer.SealedFile;
import org.courtdesk.app.ui.viewer.TestFiles;

/**
 * The material viewer against poppler, on stress PDFs this bench builds itself (huge vector page, 500 pages,
 * a 500-page scan of 200+ MB, broken xref, JBIG2 bomb and JPEG 2000 images, encrypted, CJK fonts not embedded):
 * <ul>
 *   <li>page 1 at 96 DPI: the viewer's open + render from its sealed copy, warm JVM, against {@code pdftoppm -r 96}
 *       as a process on the same file in the same run; median of 3 per file, then median / p90 / max ratios;</li>
 *   <li>the next page with prefetch: after a judge's second on a page, is the next one already rendered?</li>
 *   <li>the heap after 100 pages of the 200 MB scan in a JVM of {@code -Xmx256m}, against the old way
 *       ({@code Loader.loadPDF(byte[])}).</li>
 * </ul>
 * Run with {@code mvn -B -pl app -am test -Pbench -Dtest=ViewerBench} (pdftoppm from poppler-utils must be on the
 * PATH; without it the poppler column is left out). Goals of issue 11: page-1 p90 ≤ 1.0× pdftoppm, next page
 * within one frame, heap ≤ 300 MB, a bomb answered within 2 s.
 */
class ViewerBench {

    private static final int ROUNDS = 3;
    private static final int DWELL_MS = 1000;
    private static final Path DIR = Path.of("target", "viewer-bench");
    private static final float SCALE_96_DPI = 96f / 72f;

    private record Case(String name, Path file, String password) {}

    @Test
    void pageOneAgainstPdftoppmPrefetchAndHeap() throws Exception {
        Files.createDirectories(DIR);
        List<Case> corpus = corpus();
        boolean poppler = hasPdftoppm();
        ImageGuard guard = new ImageGuard(ImageGuard.defaultBound());

        System.out.printf("%nViewerBench: page 1 at 96 DPI, median of %d, warm JVM; pdftoppm as a process in the same run%n", ROUNDS);
        System.out.printf("  %-28s %9s %10s %10s %7s  %s%n", "file", "size", "viewer", "pdftoppm", "ratio", "page");
        List<Double> ratios = new ArrayList<>();
        List<Double> sharpRatios = new ArrayList<>();
        Map<String, Sealed> sealed = new LinkedHashMap<>();
        for (Case c : corpus) {
            long t0 = System.nanoTime();
            try (var in = Files.newInputStream(c.file())) {
                sealed.put(c.name(), new Sealed(SealedFile.copy(DIR.resolve("sealed"), in), (System.nanoTime() - t0) / 1e6));
            }
        }
        for (Case c : corpus) { // warm-up
            pageOne(sealed.get(c.name()).file(), c.password(), guard, new double[2]);
        }
        for (Case c : corpus) {
            double[] ours = new double[ROUNDS];
            double[] sharp = new double[ROUNDS];
            String note = "";
            for (int i = 0; i < ROUNDS; i++) {
                double[] t = new double[2];
                note = pageOne(sealed.get(c.name()).file(), c.password(), guard, t);
                ours[i] = t[0];
                sharp[i] = t[1];
            }
            double mine = median(ours);
            double mineSharp = median(sharp);
            String theirs = "—";
            String ratio = "—";
            if (poppler) {
                double[] pop = new double[ROUNDS];
                for (int i = 0; i < ROUNDS; i++) {
                    pop[i] = pdftoppm(c);
                }
                double p = median(pop);
                theirs = String.format("%8.0f ms", p);
                ratio = String.format("%5.2f×", mine / p);
                ratios.add(mine / p);
                sharpRatios.add(mineSharp / p);
            }
            System.out.printf("  %-28s %7.1f MB %7.0f ms %10s %7s  %s%s%n", c.name(), Files.size(c.file()) / 1048576.0,
                    mine, theirs, ratio, note, note.endsWith("(draft)") ? String.format(": first picture reduced, sharp page"
                            + " at %.0f ms, %.2f×", mineSharp, sharpRatios.isEmpty() ? 0 : sharpRatios.get(sharpRatios.size() - 1)) : "");
        }
        if (!ratios.isEmpty()) {
            double[] r = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("  ratio viewer / pdftoppm, page 1 on screen: median %.2f×, p90 %.2f×, max %.2f× (goal: p90 ≤ 1.0×)%n",
                    median(r), r[(int) Math.ceil(0.9 * r.length) - 1], r[r.length - 1]);
            double[] rs = sharpRatios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("  ratio viewer / pdftoppm, sharp page 1:     median %.2f×, p90 %.2f×, max %.2f×%n",
                    median(rs), rs[(int) Math.ceil(0.9 * rs.length) - 1], rs[rs.length - 1]);
        } else {
            System.out.println("  pdftoppm not found (apt-get install poppler-utils): no baseline column");
        }
        Sealed big = sealed.get("scan, 500 pages (a JPEG each)");
        System.out.printf("  sealing the %.0f MB scan to disk (AES-CTR, once per opening): %.0f ms%n",
                Files.size(corpusFile("scan500.pdf")) / 1048576.0, big.ms());

        prefetch(sealed.get("500 text pages").file(), "500 text pages", guard);
        prefetch(big.file(), "500-page scan", guard);

        System.out.println("  heap after paging 100 pages of the 500-page scan at 1200 px wide, -Xmx256m, own JVM:");
        String[] mineHeap = probe("sealed", corpusFile("scan500.pdf"));
        String[] oldHeap = probe("bytes", corpusFile("scan500.pdf"));
        System.out.printf("    viewer (sealed file, page cache ≤ heap/8): %s%n", heapLine(mineHeap));
        System.out.printf("    baseline (loadPDF(byte[]), images kept):   %s%n", heapLine(oldHeap));
        System.out.println("  (goal: ≤ 300 MB)");

        System.out.printf("  time to page 1 of the %.0f MB scan from the encrypted cache (own JVM, -Xmx1g; total / of it"
                + " sealing / peak heap):%n", Files.size(corpusFile("scan500.pdf")) / 1048576.0);
        for (String[] m : new String[][] {{"bytes", "old: whole byte[] from the cache, sealed from it"},
                {"stream", "streamed from the cache database into the sealed copy (before cache V11)"},
                {"file", "the document's encrypted file, opened where it lies (cache V11)"},
                {"sealed", "sealed copy at hand (reopened, or prefetched)"}}) {
            String[] r = handover(m[0], corpusFile("scan500.pdf"));
            System.out.printf("    %-48s %s%n", m[1], r[0].equals("oom") ? "OutOfMemoryError"
                    : r.length >= 3 ? String.format("%s ms / %s ms / %s MB", r[0], r[1], r[2]) : String.join(" ", r));
        }
        sealed.values().forEach(s -> s.file().close());
        assertThat(mineHeap[0]).isEqualTo("ok");
    }

    private record Sealed(SealedFile file, double ms) {}

    private static String heapLine(String[] r) {
        return r[0].equals("ok") ? String.format("%s MB after GC (peak seen %s MB)", r[1], r[2])
                : r[0].equals("oom") ? "OutOfMemoryError (peak seen " + r[2] + " MB)" : String.join(" ", r);
    }

    private static Path corpusFile(String name) {
        return DIR.resolve(name);
    }

    /** Page 1 as the viewer shows it: {@code ms[0]} the first picture on screen, {@code ms[1]} the sharp page. */
    private static String pageOne(SealedFile f, String password, ImageGuard guard, double[] ms) throws Exception {
        long t0 = System.nanoTime();
        try (PdfPages p = PdfPages.open(f.open(), password, guard)) {
            PageSource.Rendered r = p.renderDraft(0, SCALE_96_DPI, RenderWorker.Cancel.none());
            ms[0] = (System.nanoTime() - t0) / 1e6;
            boolean draft = r.draft();
            if (draft) {
                r = p.render(0, SCALE_96_DPI, RenderWorker.Cancel.none());
            }
            ms[1] = (System.nanoTime() - t0) / 1e6;
            return r.image().getWidth() + "×" + r.image().getHeight()
                    + (r.problems().isEmpty() ? "" : " " + r.problems().get(0).kind()) + (draft ? " (draft)" : "");
        }
    }

    private static double pdftoppm(Case c) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("pdftoppm", "-r", "96", "-f", "1", "-l", "1"));
        if (c.password() != null) {
            cmd.addAll(List.of("-upw", c.password()));
        }
        cmd.add(c.file().toString());
        cmd.add(DIR.resolve("poppler-out").toString());
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    private static boolean hasPdftoppm() {
        try {
            Process p = new ProcessBuilder("pdftoppm", "-v").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Pages 20 times with a 1 s look at each page; the viewer's prefetch renders the next 2 meanwhile. */
    private static void prefetch(SealedFile f, String name, ImageGuard guard) throws Exception {
        double[] withPrefetch = new double[20];
        double[] without = new double[20];
        int ready = 0;
        float scale = 1200f / 595f;
        try (RenderWorker<PageSource> w = new RenderWorker<>("bench", () -> PdfPages.open(f.open(), null, guard),
                PageSource::close, Duration.ofSeconds(2))) {
            Map<Integer, RenderWorker.Job<PageSource.Rendered>> jobs = new HashMap<>();
            for (int p = 0; p < 20; p++) {
                long t0 = System.nanoTime();
                var job = jobs.remove(p);
                if (job == null) {
                    int page = p;
                    job = w.submit(RenderWorker.Priority.VISIBLE, Duration.ofSeconds(60), (s, c) -> s.render(page, scale, c));
                } else if (job.future().isDone()) {
                    ready++;
                }
                job.future().get(60, TimeUnit.SECONDS);
                withPrefetch[p] = (System.nanoTime() - t0) / 1e6;
                for (int k = 1; k <= 2; k++) {
                    int next = p + k;
                    jobs.computeIfAbsent(next, n -> w.submit(RenderWorker.Priority.PREFETCH, Duration.ofSeconds(60),
                            (s, c) -> s.render(n, scale, c)));
                }
                Thread.sleep(DWELL_MS);
            }
            for (int p = 100; p < 120; p++) { // on demand, no prefetch: what the judge waited before
                int page = p;
                long t0 = System.nanoTime();
                w.submit(RenderWorker.Priority.VISIBLE, Duration.ofSeconds(60), (s, c) -> s.render(page, scale, c))
                        .future().get(60, TimeUnit.SECONDS);
                without[p - 100] = (System.nanoTime() - t0) / 1e6;
            }
        }
        Arrays.sort(withPrefetch);
        Arrays.sort(without);
        System.out.printf("  next page, %s, 1200 px wide, %d ms on each page: with prefetch median %.1f ms, p90 %.1f ms,"
                + " %d/19 ready at the key press; without prefetch median %.0f ms, p90 %.0f ms (one frame: 16.7 ms)%n",
                name, DWELL_MS, median(withPrefetch), withPrefetch[17], ready, median(without), without[17]);
    }

    private static String[] probe(String mode, Path file) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), ViewerHeapProbe.class.getName(), mode, file.toString(),
                DIR.resolve("probe-temp").toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(10, TimeUnit.MINUTES);
        return out.lines().filter(l -> l.startsWith("RESULT ")).findFirst().map(l -> l.substring(7).split(" "))
                .orElse(new String[] {"failed:", out.lines().reduce("", (a, b) -> b)});
    }

    private static String[] handover(String mode, Path file) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx1g", "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), ViewerHandoverProbe.class.getName(), mode, file.toString(),
                DIR.resolve("handover").toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(10, TimeUnit.MINUTES);
        return out.lines().filter(l -> l.startsWith("RESULT ")).findFirst().map(l -> l.substring(7).split(" "))
                .orElse(new String[] {"failed:", out.lines().reduce("", (a, b) -> b)});
    }

    private static List<Case> corpus() throws IOException {
        List<Case> c = new ArrayList<>();
        c.add(write("text, 10 pages", "text10.pdf", TestFiles.textPdf(10), null));
        c.add(write("A0 drawing, 5,000 lines", "vector.pdf", TestFiles.a0DrawingPdf(5_000), null));
        c.add(write("500 text pages", "text500.pdf", TestFiles.textPdf(500), null));
        Path scan = corpusFile("scan500.pdf");
        if (!Files.exists(scan) || Files.size(scan) < 150L << 20) {
            TestFiles.bigScan(scan, 500, 1654, 2339);
        }
        c.add(new Case("scan, 500 pages (a JPEG each)", scan, null));
        c.add(write("broken xref", "xref.pdf", TestFiles.brokenXrefPdf(), null));
        c.add(write("JBIG2 bomb (200000² page)", "jbig2.pdf", TestFiles.jbig2BombPdf(), null));
        c.add(write("JPEG 2000 scan", "jpx.pdf", TestFiles.jpxPdf(), null));
        c.add(write("encrypted (AES-128)", "encrypted.pdf", TestFiles.encryptedPdf(3, "fy2026"), "fy2026"));
        c.add(write("CJK font not embedded", "cjk.pdf", TestFiles.cjkNotEmbeddedPdf(), null));
        return c;
    }

    private static Case write(String name, String file, byte[] bytes, String password) throws IOException {
        Path p = corpusFile(file);
        Files.write(p, bytes);
        return new Case(name, p, password);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

}

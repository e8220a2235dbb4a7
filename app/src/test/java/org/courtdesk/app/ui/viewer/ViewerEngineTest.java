package org.courtdesk.app.ui.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The viewer's engine without a screen: files from disk, guards, time budgets, text, TIFF. */
class ViewerEngineTest {

    private static final long MB = 1L << 20;

    @TempDir
    Path dir;

    private final ImageGuard guard = new ImageGuard(64 * MB);

    private PdfPages pdf(byte[] bytes, String password) throws Exception {
        SealedFile f = SealedFile.write(dir, bytes);
        return PdfPages.open(f.open(), password, guard);
    }

    @Test
    void theSealedCopyIsEncryptedOnDiskReadsBackAtAnyOffsetAndIsDeletedOnClose() throws Exception {
        byte[] bytes = TestFiles.textPdf(3);
        SealedFile f = SealedFile.write(dir, bytes);
        byte[] onDisk = Files.readAllBytes(f.path());
        assertThat(onDisk).hasSize(bytes.length).isNotEqualTo(bytes);
        assertThat(new String(onDisk, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
        try (SealedFile.Reader r = f.open()) {
            byte[] back = new byte[bytes.length];
            r.readFully(back);
            assertThat(back).isEqualTo(bytes);
            r.seek(bytes.length - 7);
            byte[] tail = new byte[7];
            r.readFully(tail);
            assertThat(tail).isEqualTo(Arrays.copyOfRange(bytes, bytes.length - 7, bytes.length));
            r.seek(100_003 % bytes.length);
            assertThat(r.read()).isEqualTo(bytes[100_003 % bytes.length] & 0xff);
        }
        f.close();
        assertThat(f.path()).doesNotExist();
    }

    /**
     * A worker closed while its job is between two operators of a render (the viewer replaced mid-render): the close
     * interrupts the render thread, and the job then reads the next object of the document. That read must work and
     * PDFBox must log no ERROR ("Can't dereference COSObject … ClosedChannelException" when the interrupt closed the
     * file channel under it); the document is closed after the job. Both kinds of file: a sealed copy, and the
     * workspace's own encrypted document file.
     */
    @Test
    void aWorkerClosedMidRenderLeavesTheFileReadableAndNoPdfBoxErrorInTheLog() throws Exception {
        try (PdfBoxErrors logged = new PdfBoxErrors()) {
            byte[] bytes = TestFiles.textPdf(40);
            String sha = org.courtdesk.app.cache.DocumentStore.sha256Hex(bytes);
            byte[] key = new byte[32];
            new java.util.Random(1).nextBytes(key);
            org.courtdesk.app.cache.DocumentFiles files =
                    org.courtdesk.app.cache.DocumentFiles.derive(dir.resolve("documents"), key);
            files.write(sha, new java.io.ByteArrayInputStream(bytes));
            SealedFile documentFile = SealedFile.over(new org.courtdesk.app.workspace.Workspace.DocumentFile() {
                @Override
                public long length() {
                    return bytes.length;
                }

                @Override
                public org.courtdesk.app.cache.DocumentFiles.Opened open() throws java.io.IOException {
                    return files.open(sha);
                }
            });
            for (SealedFile f : List.of(SealedFile.write(dir, bytes), documentFile)) {
                java.util.concurrent.CountDownLatch inJob = new java.util.concurrent.CountDownLatch(1);
                java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
                java.util.concurrent.CompletableFuture<Integer> readAfterClose = new java.util.concurrent.CompletableFuture<>();
                java.util.concurrent.atomic.AtomicBoolean sourceClosed = new java.util.concurrent.atomic.AtomicBoolean();
                RenderWorker<PageSource> w = new RenderWorker<>("closing", () -> PdfPages.open(f.open(), null, guard),
                        s -> {
                            s.close();
                            sourceClosed.set(true);
                        }, Duration.ofSeconds(2));
                w.submit(RenderWorker.Priority.VISIBLE, Duration.ofSeconds(30), (src, c) -> {
                    inJob.countDown();
                    // busy rendering, as far as the interrupt goes: it is not taken here, it stays pending
                    boolean interrupted = false;
                    while (closed.getCount() > 0) {
                        try {
                            closed.await();
                        } catch (InterruptedException e) {
                            interrupted = true;
                        }
                    }
                    if (interrupted) {
                        Thread.currentThread().interrupt();
                    }
                    try {
                        // between two operators: the page's next objects are read from the file (not loaded yet)
                        src.render(37, 0.5f, RenderWorker.Cancel.none());
                        readAfterClose.complete(src.pageCount());
                    } catch (Throwable t) {
                        readAfterClose.completeExceptionally(t);
                    }
                    return null;
                });
                assertThat(inJob.await(30, TimeUnit.SECONDS)).isTrue();
                w.close(); // interrupts the render thread
                closed.countDown();
                assertThat(readAfterClose.get(30, TimeUnit.SECONDS)).isEqualTo(40);
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (!sourceClosed.get() && System.nanoTime() < until) {
                    Thread.sleep(10);
                }
                assertThat(sourceClosed).as("the document closed once the job stopped").isTrue();
            }
            assertThat(logged.errors()).isEmpty();
        }
    }

    @Test
    void theSealedReaderGivesTheSameBytesWhateverItsWindowsJumpingOrReadingOn() throws Exception {
        byte[] bytes = new byte[300_000];
        new java.util.Random(5).nextBytes(bytes);
        SealedFile f = SealedFile.write(dir, bytes);
        assertThat(f.head(1024)).isEqualTo(Arrays.copyOf(bytes, 1024));
        java.util.Random r = new java.util.Random(7);
        try (SealedFile.Reader in = f.open()) {
            byte[] all = new byte[bytes.length];
            in.readFully(all); // on and on: windows grow to 64 KiB
            assertThat(all).isEqualTo(bytes);
            for (int i = 0; i < 500; i++) { // jumps: small windows, then growing again
                int at = r.nextInt(bytes.length);
                int len = Math.min(bytes.length - at, r.nextInt(90_000) + 1);
                in.seek(at);
                byte[] got = new byte[len];
                in.readFully(got);
                assertThat(got).isEqualTo(Arrays.copyOfRange(bytes, at, at + len));
                if (at + len < bytes.length) {
                    assertThat(in.read()).isEqualTo(bytes[at + len] & 0xff);
                }
            }
        }
        f.close();
    }

    @Test
    void aJpeg2000PageFirstShowsAReducedPictureThenTheSharpOne() throws Exception {
        try (PdfPages p = pdf(TestFiles.jpxPdf(), null)) {
            float scale = 96f / 72f;
            PageSource.Rendered draft = p.renderDraft(0, scale, RenderWorker.Cancel.none());
            PageSource.Rendered sharp = p.render(0, scale, RenderWorker.Cancel.none());
            assertThat(draft.draft()).as("the JPEG 2000 image was decoded at half its resolution").isTrue();
            assertThat(sharp.draft()).isFalse();
            assertThat(draft.problems()).isEmpty();
            assertThat(draft.image().getWidth()).isEqualTo(sharp.image().getWidth());
            assertThat(draft.image().getHeight()).isEqualTo(sharp.image().getHeight());
            // the same page: a coarse grey-level comparison of the two pictures is close, and neither is blank
            double diff = 0;
            int n = 0;
            for (int y = 8; y < sharp.image().getHeight(); y += 16) {
                for (int x = 8; x < sharp.image().getWidth(); x += 16) {
                    diff += Math.abs(grey(draft.image().getRGB(x, y)) - grey(sharp.image().getRGB(x, y)));
                    n++;
                }
            }
            assertThat(diff / n).as("mean grey difference of the draft").isLessThan(24);
            assertThat(blankShare(sharp.image())).isLessThan(0.98);
            assertThat(blankShare(draft.image())).isLessThan(0.98);
        }
        try (PdfPages p = pdf(TestFiles.textPdf(1), null)) { // nothing slow on it: the first picture is the page
            assertThat(p.renderDraft(0, 1f, RenderWorker.Cancel.none()).draft()).isFalse();
        }
    }

    private static int grey(int rgb) {
        return (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
    }

    private static double blankShare(java.awt.image.BufferedImage img) {
        int white = 0;
        int n = 0;
        for (int y = 0; y < img.getHeight(); y += 4) {
            for (int x = 0; x < img.getWidth(); x += 4) {
                if (grey(img.getRGB(x, y)) > 250) {
                    white++;
                }
                n++;
            }
        }
        return (double) white / n;
    }

    @Test
    void aPageThatRunsPastItsBudgetStopsAndTheOtherPagesRenderOnTheSameDocument() throws Exception {
        SealedFile f = SealedFile.write(dir, TestFiles.slowPagePdf());
        try (RenderWorker<PageSource> w = new RenderWorker<>("slow", () -> PdfPages.open(f.open(), null, guard),
                PageSource::close, Duration.ofSeconds(5))) {
            var slow = w.submit(RenderWorker.Priority.VISIBLE, Duration.ofMillis(800), (s, c) -> s.render(1, 1f, c));
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> slow.future().get(60, TimeUnit.SECONDS)).hasCauseInstanceOf(TimeoutException.class);
            double failedAfter = (System.nanoTime() - t0) / 1e6;
            var third = w.submit(RenderWorker.Priority.VISIBLE, Duration.ofSeconds(60), (s, c) -> s.render(2, 1f, c));
            var first = w.submit(RenderWorker.Priority.VISIBLE, Duration.ofSeconds(60), (s, c) -> s.render(0, 1f, c));
            assertThat(third.future().get(60, TimeUnit.SECONDS).image().getWidth()).isGreaterThan(500);
            assertThat(first.future().get(60, TimeUnit.SECONDS).image().getWidth()).isGreaterThan(500);
            assertThat(w.abandonedThreads()).as("the render stopped at an operator: no thread given up").isZero();
            assertThat(w.threadsStarted()).isEqualTo(1);
            assertThat(failedAfter).isLessThan(30_000);
        } finally {
            f.close();
        }
    }

    @Test
    void aJbig2BombIsRefusedBeforeDecodingAndThePageSaysSo() throws Exception {
        try (PdfPages p = pdf(TestFiles.jbig2BombPdf(), null)) {
            long t0 = System.nanoTime();
            PageSource.Rendered r = p.render(0, 1f, RenderWorker.Cancel.none());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(r.problems()).extracting(PageProblem::kind).containsExactly(PageProblem.Kind.IMAGE_TOO_LARGE);
            assertThat(r.problems().get(0).detail()).isEqualTo("200000×200000");
            assertThat(ms).as("refused before the decoder allocates").isLessThan(10_000);
        }
    }

    @Test
    void anImageThatFailsToDecodeFlagsThePageInsteadOfLeavingItWhite() throws Exception {
        try (PdfPages p = pdf(TestFiles.brokenImagePdf(), null)) {
            PageSource.Rendered r = p.render(0, 1f, RenderWorker.Cancel.none());
            assertThat(r.problems()).extracting(PageProblem::kind)
                    .containsAnyOf(PageProblem.Kind.IMAGE_FAILED, PageProblem.Kind.DECODER_MISSING);
        }
    }

    @Test
    void aHugeVectorPageIsDrawnUnderTheMemoryBound() throws Exception {
        try (PdfPages p = pdf(TestFiles.hugeVectorPdf(), null)) {
            PageSource.Rendered r = p.render(0, PageSource.SCREEN_SCALE, RenderWorker.Cancel.none());
            assertThat(r.bytes()).isLessThanOrEqualTo(guard.bound());
            assertThat(r.problems()).extracting(PageProblem::kind).contains(PageProblem.Kind.REDUCED);
        }
    }

    @Test
    void anEncryptedPdfOpensWithItsPasswordOnly() throws Exception {
        byte[] bytes = TestFiles.encryptedPdf(2, "秘密2026");
        assertThatThrownBy(() -> pdf(bytes, null)).isInstanceOf(InvalidPasswordException.class);
        assertThatThrownBy(() -> pdf(bytes, "wrong")).isInstanceOf(InvalidPasswordException.class);
        try (PdfPages p = pdf(bytes, "秘密2026")) {
            assertThat(p.pageCount()).isEqualTo(2);
            assertThat(p.text(1, RenderWorker.Cancel.none()).text()).contains("Page 2");
        }
    }

    @Test
    void textIsFoundWithItsBoxesAndCopiedAsShown() throws Exception {
        try (PdfPages p = pdf(TestFiles.textPdf(3), null)) {
            PageText t = p.text(2, RenderWorker.Cancel.none());
            List<int[]> hits = t.find("EXHIBIT number");
            assertThat(hits).hasSize(1);
            int[] h = hits.get(0);
            assertThat(t.slice(h[0], h[1])).isEqualTo("exhibit number");
            float[] box = t.box(h[0]);
            assertThat(box[0]).isBetween(100f, 400f); // right of the left margin (72 pt)
            assertThat(box[1]).isBetween(100f, 130f); // 842 - 720 = 122 pt from the top
            int at = t.nearest(box[0] + 1, box[1] + box[3] / 2);
            assertThat(t.text().charAt(at)).isEqualTo('e');
            assertThat(p.outline()).extracting(PageSource.OutlineItem::title).containsExactly("Section 1");
        }
    }

    @Test
    void aMultiPageTiffScanHasItsPagesReadSubsampledToTheScreen() throws Exception {
        SealedFile f = SealedFile.write(dir, TestFiles.tiff(3, 2480, 3508));
        try (ImagePages p = ImagePages.open(f.open().asImageInput(), guard)) {
            assertThat(p).isNotNull();
            assertThat(p.pageCount()).isEqualTo(3);
            PageSource.Size s = p.pageSize(2);
            float scale = 800f / s.width();
            PageSource.Rendered r = p.render(2, scale, RenderWorker.Cancel.none());
            assertThat(r.image().getWidth()).isEqualTo(800);
            assertThat(r.image().getHeight()).isBetween(1125, 1135);
        } finally {
            f.close();
        }
    }

    @Test
    void aFileNoReaderKnowsIsNotAnImage() throws Exception {
        SealedFile f = SealedFile.write(dir, "not a pdf, not an image".getBytes());
        assertThat(ImagePages.open(f.open().asImageInput(), guard)).isNull();
        f.close();
    }
}

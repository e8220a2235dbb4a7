package org.courtdesk.app.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

import org.courtdesk.app.cache.DocumentStore;
import org.courtdesk.app.cache.KdfParams;
import org.courtdesk.app.cache.LocalCache;
import org.courtdesk.app.ui.viewer.ImageGuard;
import org.courtdesk.app.ui.viewer.PdfPages;
import org.courtdesk.app.ui.viewer.RenderWorker;
import org.courtdesk.app.ui.viewer.SealedFile;

/**
 * Run by {@link ViewerBench} in its own JVM: time to page 1 of a document held in the workstation's encrypted
 * cache, the way the workspace hands it to the viewer. {@code bytes}: the old way (the whole document read into a
 * {@code byte[]}, then sealed from it); {@code stream}: streamed from the cache into the sealed copy, hashed as it
 * goes; {@code sealed}: a document whose sealed copy is at hand (opened again, or a prefetched neighbour). Prints
 * {@code RESULT <ms to page 1> <ms of it spent sealing> <peak heap MB>} or {@code RESULT oom}.
 */
public final class ViewerHandoverProbe {

    private ViewerHandoverProbe() {}

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path pdf = Path.of(args[1]);
        Path dir = Path.of(args[2]);
        Path temp = dir.resolve("sealed");
        char[] password = "bench-password".toCharArray();
        Clock clock = Clock.systemUTC();
        String sha;
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(pdf), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        sha = HexFormat.of().formatHex(md.digest());
        LocalCache cache = LocalCache.exists(dir.resolve("cache")) ? LocalCache.open(dir.resolve("cache"), password, clock)
                : LocalCache.create(dir.resolve("cache"), password, new KdfParams(1024, 1, 1), clock);
        String s = sha;
        try (InputStream in = Files.newInputStream(pdf)) {
            cache.write(h -> DocumentStore.putStream(h, s, in, Instant.now()));
        }
        ImageGuard guard = new ImageGuard(ImageGuard.defaultBound());
        SealedFile pre = null;
        if (mode.equals("sealed")) {
            pre = cache.read(h -> DocumentStore.read(h, s, in -> SealedFile.copy(temp, in))).orElseThrow();
        }
        System.gc();
        Thread.sleep(200);
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
        try {
            long t0 = System.nanoTime();
            SealedFile f = switch (mode) {
                case "bytes" -> {
                    byte[] all = cache.read(h -> DocumentStore.get(h, s)).orElseThrow();
                    yield SealedFile.write(temp, all);
                }
                case "stream" -> cache.read(h -> DocumentStore.read(h, s, in -> SealedFile.copy(temp, in))).orElseThrow();
                default -> pre;
            };
            long sealedAt = System.nanoTime();
            try (PdfPages p = PdfPages.open(f.open(), null, guard)) {
                p.render(0, 96f / 72f, RenderWorker.Cancel.none());
            }
            long t1 = System.nanoTime();
            f.close();
            long peak = 0;
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP) {
                    peak += p.getPeakUsage().getUsed();
                }
            }
            System.out.printf("RESULT %.0f %.0f %d%n", (t1 - t0) / 1e6, (sealedAt - t0) / 1e6, peak >> 20);
        } catch (OutOfMemoryError e) {
            System.out.println("RESULT oom");
        }
        cache.close();
        System.exit(0);
    }
}

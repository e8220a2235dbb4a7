package org.courtdesk.app.phrase;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.courtdesk.model.request.RequestKind;

/**
 * The standard sentences (常用语) of review opinions per request kind, inserted by keyboard into an opinion (issue 10:
 * the court's standard sentences, editable). Where a kind's list comes from, first found wins: the user's own edited
 * list ({@code phrases/<KIND>.txt} in the user's app-data folder), the court's list placed by IT beside the install
 * ({@code phrases/<KIND>.txt} in the install folder), the list shipped with the workstation. One phrase per line,
 * UTF-8; blank lines and lines starting with {@code #} are not phrases. Kind names are enum names, never user input,
 * so no path comes from outside. No JavaFX; thread-safe for one user.
 */
public final class PhraseLibrary {

    /** Longest phrase kept (an opinion field takes up to 2000 characters; a phrase is a sentence or two). */
    public static final int MAX_PHRASE_LENGTH = 300;
    public static final int MAX_PHRASES = 50;

    private final Path userDir;
    private final Path installDir;

    /**
     * @param userDir    the signed-in user's folder (AppDirs.userDir), where edits are saved
     * @param installDir the install folder with IT's lists, may be null
     */
    public PhraseLibrary(Path userDir, Path installDir) {
        this.userDir = userDir;
        this.installDir = installDir;
    }

    /** The phrases of {@code kind}, in order. */
    public synchronized List<String> phrases(RequestKind kind) {
        Path own = file(userDir, kind);
        if (Files.isRegularFile(own)) {
            return read(own);
        }
        if (installDir != null && Files.isRegularFile(file(installDir, kind))) {
            return read(file(installDir, kind));
        }
        try (InputStream in = PhraseLibrary.class.getResourceAsStream("/org/courtdesk/app/phrases/" + kind.name() + ".txt")) {
            return in == null ? List.of() : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Saves the user's list of {@code kind} (written to a temporary file and moved into place, so a crash leaves the
     * old list or the new one). Phrases are trimmed, blank ones dropped, each cut to {@link #MAX_PHRASE_LENGTH}.
     */
    public synchronized void save(RequestKind kind, List<String> phrases) throws IOException {
        StringBuilder text = new StringBuilder("# ").append(kind.label()).append(" 常用语，一行一条\n");
        int n = 0;
        for (String p : phrases) {
            String line = clean(p);
            if (!line.isEmpty() && n++ < MAX_PHRASES) {
                text.append(line).append('\n');
            }
        }
        Path target = file(userDir, kind);
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.writeString(tmp, text.toString(), StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Forgets the user's edits of {@code kind}: the court's (or the shipped) list applies again. */
    public synchronized void reset(RequestKind kind) throws IOException {
        Files.deleteIfExists(file(userDir, kind));
    }

    private static Path file(Path dir, RequestKind kind) {
        return dir.resolve("phrases").resolve(kind.name() + ".txt");
    }

    private static List<String> read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return List.of();
        }
    }

    static List<String> parse(String text) {
        List<String> list = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String p = clean(line);
            if (!p.isEmpty() && !p.startsWith("#") && list.size() < MAX_PHRASES) {
                list.add(p);
            }
        }
        return List.copyOf(list);
    }

    /** One line: no line breaks or control characters inside, trimmed, at most {@link #MAX_PHRASE_LENGTH}. */
    private static String clean(String s) {
        if (s == null) {
            return "";
        }
        String flat = s.replaceAll("[\\p{Cntrl}&&[^\\t]]", " ").replace('\t', ' ').trim();
        return flat.length() <= MAX_PHRASE_LENGTH ? flat : flat.substring(0, MAX_PHRASE_LENGTH);
    }
}

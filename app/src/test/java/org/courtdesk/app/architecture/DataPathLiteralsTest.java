package org.courtdesk.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import org.junit.jupiter.api.Test;

/**
 * The data path (API client, cache, outbox, sync, workspace) says nothing in a language of its own: its words
 * are bundle keys ({@code Text.of}), so the English workstation is English. Comments may stay Chinese; string
 * literals may not. The sources are parsed with the JDK's own Java parser, so comments, text blocks and
 * {@code \}{@code u} escapes are read the way the compiler reads them.
 */
class DataPathLiteralsTest {

    private static final Path SOURCES = Path.of("src/main/java/org/courtdesk/app");
    private static final List<String> DATA_PATH = List.of("api", "cache", "outbox", "sync", "workspace");

    @Test
    void theDataPathHasNoChineseStringLiterals() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String pkg : DATA_PATH) {
            try (Stream<Path> walk = Files.walk(SOURCES.resolve(pkg))) {
                walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
            }
        }
        assertThat(files).as("data-path sources found").hasSizeGreaterThan(20);
        assertThat(HanLiterals.in(files)).as("Chinese literals: move them to messages*.properties").isEmpty();
    }

    /** The scanner itself: it must see what the rule forbids, and only that. */
    @Test
    void theScannerFindsChineseLiteralsAndIgnoresComments() throws IOException {
        String sample = """
                package x;
                /** 说明：注释里可以写中文。 */
                class Sample {
                    // 这里也可以
                    String ok = "sync.error.failed";
                    String bad = "同步失败：" + ok;
                    String escaped = "\\u540c\\u6b65";
                    String block = \"""
                            正在同步
                            \""";
                    char c = '中';
                }
                """;
        assertThat(HanLiterals.in(List.of(HanLiterals.source("Sample.java", sample))))
                .containsExactly("Sample.java:6: 同步失败：", "Sample.java:7: 同步", "Sample.java:8: 正在同步\n");
    }

    /** String literals holding Han characters, as "file:line: text". */
    static final class HanLiterals {

        private HanLiterals() {}

        static List<String> in(List<Path> files) throws IOException {
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, java.nio.charset.StandardCharsets.UTF_8)) {
                List<JavaFileObject> sources = new ArrayList<>();
                fm.getJavaFileObjectsFromPaths(files).forEach(sources::add);
                return in(sources);
            }
        }

        static List<String> in(Iterable<? extends JavaFileObject> sources) throws IOException {
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            JavacTask task = (JavacTask) javac.getTask(null, null, d -> { }, List.of("-proc:none"), null, sources);
            Trees trees = Trees.instance(task);
            List<String> found = new ArrayList<>();
            for (CompilationUnitTree unit : task.parse()) {
                new TreeScanner<Void, Void>() {
                    @Override
                    public Void visitLiteral(LiteralTree node, Void unused) {
                        if (node.getValue() instanceof String s && s.codePoints().anyMatch(HanLiterals::han)) {
                            long pos = trees.getSourcePositions().getStartPosition(unit, node);
                            found.add(name(unit) + ":" + unit.getLineMap().getLineNumber(pos) + ": " + s);
                        }
                        return null;
                    }
                }.scan(unit, null);
            }
            return found;
        }

        /** The file's path under org/courtdesk/app (or its bare name), for the failure message. */
        private static String name(CompilationUnitTree unit) {
            String path = unit.getSourceFile().toUri().getPath();
            int app = path.indexOf("org/courtdesk/app/");
            return app >= 0 ? path.substring(app + "org/courtdesk/app/".length()) : path.substring(path.lastIndexOf('/') + 1);
        }

        static boolean han(int codePoint) {
            return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
        }

        /** A source held in memory (the scanner's own test). */
        static JavaFileObject source(String name, String code) {
            return new SimpleJavaFileObject(URI.create("string:///" + name), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return code;
                }
            };
        }
    }
}

package org.courtdesk.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.courtdesk.server.pdf.PlainPdf;
import org.junit.jupiter.api.Test;

/** Generated demo files are built once per recipe and read back after; another recipe builds anew. */
class DemoFileCacheTest {

    @Test
    void aRecipeIsBuiltOnceAndReadBackAfter() {
        String recipe = "test " + UUID.randomUUID();
        AtomicInteger built = new AtomicInteger();
        byte[] first = DemoFileCache.get(recipe, () -> {
            built.incrementAndGet();
            return recipe.getBytes(StandardCharsets.UTF_8);
        });
        byte[] again = DemoFileCache.get(recipe, () -> {
            built.incrementAndGet();
            return new byte[] {1};
        });
        assertThat(again).isEqualTo(first);
        assertThat(built).hasValue(1);

        byte[] other = DemoFileCache.get(recipe + " other", () -> {
            built.incrementAndGet();
            return new byte[] {2};
        });
        assertThat(other).containsExactly(2);
        assertThat(built).hasValue(2);
    }

    @Test
    void severalFilesOfOneRecipeComeBackInOrder() {
        String recipe = "test " + UUID.randomUUID();
        List<byte[]> made = List.of(new byte[] {1}, new byte[] {2, 2}, new byte[] {3, 3, 3});
        assertThat(DemoFileCache.getAll(recipe, 3, () -> made)).containsExactlyElementsOf(made);
        List<byte[]> read = DemoFileCache.getAll(recipe, 3, () -> {
            throw new AssertionError("built again");
        });
        assertThat(read).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(read.get(i)).isEqualTo(made.get(i));
        }
    }

    @Test
    void plainPdfsOfDifferentLinesAreDifferentRecipes() {
        PlainPdf a = new PlainPdf().title("证 据 目 录", 16f).line("1. 借条原件一份", 12f);
        PlainPdf b = new PlainPdf().title("证 据 目 录", 16f).line("1. 借条原件两份", 12f);
        assertThat(a.recipe()).isNotEqualTo(b.recipe());
        assertThat(a.recipe()).isEqualTo(new PlainPdf().title("证 据 目 录", 16f).line("1. 借条原件一份", 12f).recipe());
        assertThat(new String(DemoFileCache.pdf(a), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}

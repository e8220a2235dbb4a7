package org.courtdesk.app.phrase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.courtdesk.model.request.RequestKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a kind's 常用语 come from (the user's edits, else the court's list, else the shipped one), and saving them. */
class PhraseLibraryTest {

    @TempDir
    Path user;
    @TempDir
    Path install;

    @Test
    void theShippedListThenTheCourtsThenTheUsersOwn() throws Exception {
        PhraseLibrary lib = new PhraseLibrary(user, install);
        List<String> shipped = lib.phrases(RequestKind.ONLINE_FILING);
        assertThat(shipped).isNotEmpty().noneMatch(p -> p.startsWith("#"))
                .anyMatch(p -> p.contains("第一百二十二条"));
        // A kind that ships no list (none is placed here by the court or the user either) has none.
        RequestKind withoutList = java.util.Arrays.stream(RequestKind.values())
                .filter(k -> PhraseLibrary.class.getResource("/org/courtdesk/app/phrases/" + k.name() + ".txt") == null)
                .findFirst().orElseThrow();
        assertThat(lib.phrases(withoutList)).as("a kind without a list").isEmpty();
        for (RequestKind built : List.of(RequestKind.CASE_FILE_READING, RequestKind.ONLINE_FILING, RequestKind.ADJOURNMENT,
                RequestKind.APPEAL, RequestKind.PRESERVATION, RequestKind.INVESTIGATION_ORDER,
                RequestKind.HEARING_TRANSCRIPT, RequestKind.CONTACT_JUDGE, RequestKind.SUGGESTION)) {
            assertThat(lib.phrases(built)).as("shipped sentences of %s", built).isNotEmpty();
        }

        Files.createDirectories(install.resolve("phrases"));
        Files.writeString(install.resolve("phrases/ONLINE_FILING.txt"), "# 本院\n本院统一用语一\n\n本院统一用语二\n",
                StandardCharsets.UTF_8);
        assertThat(lib.phrases(RequestKind.ONLINE_FILING)).containsExactly("本院统一用语一", "本院统一用语二");

        lib.save(RequestKind.ONLINE_FILING, List.of("  我的用语\t一  ", "", "第二条\u0007有控制字符", "x".repeat(400)));
        assertThat(lib.phrases(RequestKind.ONLINE_FILING)).containsExactly("我的用语 一", "第二条 有控制字符",
                "x".repeat(PhraseLibrary.MAX_PHRASE_LENGTH));
        assertThat(new PhraseLibrary(user, null).phrases(RequestKind.ONLINE_FILING)).as("kept for the next start")
                .startsWith("我的用语 一");
        assertThat(Files.list(user.resolve("phrases")).map(p -> p.getFileName().toString()))
                .containsExactly("ONLINE_FILING.txt"); // no temporary file left behind

        lib.reset(RequestKind.ONLINE_FILING);
        assertThat(lib.phrases(RequestKind.ONLINE_FILING)).containsExactly("本院统一用语一", "本院统一用语二");
    }
}

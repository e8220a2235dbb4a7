package org.courtdesk.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ResourceBundle;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.courtdesk.app.api.ApiClient;
import org.courtdesk.app.api.ApiException;
import org.courtdesk.app.api.BadServerAddressException;
import org.courtdesk.app.cache.CacheException;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.Problem;

/** The data path's words are put into the user's language where they are shown, and Chinese stays as it was. */
class TextTest {

    private final ResourceBundle zh = Messages.load(Messages.CHINESE);
    private final ResourceBundle en = Messages.load(Messages.ENGLISH);

    @AfterEach
    void backToChinese() {
        Messages.use(Messages.CHINESE);
    }

    @Test
    void aKeyWithArgumentsIsFormattedInEitherLanguage() {
        Text t = Text.of("sync.progress.received", "1234");
        assertThat(Messages.text(t, zh)).isEqualTo("正在同步：已接收 1234 条更新");
        assertThat(Messages.text(t, en)).isEqualTo("Syncing: 1234 updates received");
    }

    @Test
    void theServersWordsStayAsTheyCameInsideOurs() {
        Text t = Text.of("sync.error.failed", Text.verbatim("服务器繁忙，请稍后重试"));
        assertThat(Messages.text(t, zh)).isEqualTo("同步失败：服务器繁忙，请稍后重试");
        assertThat(Messages.text(t, en)).isEqualTo("Sync failed: 服务器繁忙，请稍后重试");
        Text ours = Text.of("sync.error.failed", Text.of("api.error.http", "502"));
        assertThat(Messages.text(ours, en)).isEqualTo("Sync failed: The server returned an error (HTTP 502).");
    }

    @Test
    void aKeyWithoutArgumentsIsTheBundleTextAsItIs() {
        // Not a MessageFormat pattern: an apostrophe survives (MessageFormat would eat it).
        assertThat(Messages.text(Text.of("login.error.OFFLINE_PASSWORD_WRONG"), en)).contains("user's");
        assertThat(Messages.text(Text.of("no.such.key"), zh)).isEqualTo("!no.such.key!");
        assertThat(Messages.text(null)).isNull();
        assertThat(Text.verbatim(null)).isNull();
    }

    @Test
    void aMissingArgumentReadsAsStringConcatenationDid() {
        assertThat(Messages.text(Text.of("cache.error.cannotOpen", (Object) null), zh)).isEqualTo("无法打开本机缓存：null");
    }

    @Test
    void equalTextsAreEqualSoTheStatusBarIsNotToldTwice() {
        assertThat(Text.of("sync.progress.prefetch", "1", "3")).isEqualTo(Text.of("sync.progress.prefetch", "1", "3"))
                .isNotEqualTo(Text.of("sync.progress.prefetch", "2", "3"));
        assertThatThrownBy(() -> Text.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExceptionOfTheDataPathSpeaksTheLanguageChosenAtLogin() {
        BadServerAddressException e = catchBad("");
        assertThat(e.getMessage()).isEqualTo("服务器地址为空");
        Messages.use(Messages.ENGLISH);
        assertThat(e.getMessage()).isEqualTo("The server address is empty.");
        assertThat(new CacheException(CacheException.Kind.IN_USE, Text.of("cache.error.inUse"), null).getMessage())
                .isEqualTo("The local cache is in use by another CourtDesk window.");
    }

    @Test
    void anAnswerWithoutWordsGetsOursWithTheStatus() {
        ApiException bare = new ApiException(502, null, null, "HTTP 502");
        assertThat(bare.detail()).isEqualTo("服务器返回错误（HTTP 502）");
        Messages.use(Messages.ENGLISH);
        assertThat(bare.detail()).isEqualTo("The server returned an error (HTTP 502).");
        ApiException said = new ApiException(409, Problem.of(ErrorCode.VERSION_CONFLICT, "该申请已被他人修改"),
                ErrorCode.VERSION_CONFLICT, "HTTP 409");
        assertThat(said.detailText()).isEqualTo(Text.verbatim("该申请已被他人修改"));
    }

    private static BadServerAddressException catchBad(String url) {
        try {
            ApiClient.parseServerUrl(url);
        } catch (BadServerAddressException e) {
            return e;
        }
        throw new AssertionError("accepted " + url);
    }
}

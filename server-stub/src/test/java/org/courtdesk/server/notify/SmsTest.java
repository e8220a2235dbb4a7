package org.courtdesk.server.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.courtdesk.server.reading.judge.ReviewNotices;
import org.junit.jupiter.api.Test;

class SmsTest {

    @Test
    void secretSpansAreMaskedEverywhereButInTheFullText() {
        Sms sms = Sms.builder().text("卷宗下载密码为：").secret("123456").text("，打开密码为：").secret("9876543210").text("。").build();

        assertThat(sms.fullText()).isEqualTo("卷宗下载密码为：123456，打开密码为：9876543210。");
        assertThat(sms.maskedText()).isEqualTo("卷宗下载密码为：******，打开密码为：******。");
        assertThat(sms.toString()).isEqualTo(sms.maskedText());
        assertThat(sms.secrets()).containsExactly("123456", "9876543210");
    }

    @Test
    void aPlainTextHasNothingToMask() {
        Sms sms = Sms.plain("您申请的阅卷申请审查不通过。2026-11-23");
        assertThat(sms.maskedText()).isEqualTo(sms.fullText()).contains("2026-11-23");
        assertThat(sms.secrets()).isEmpty();
    }

    @Test
    void anEmptySecretIsRefused() {
        assertThatThrownBy(() -> Sms.builder().secret("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sms.builder().secret(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOnlineApprovalMarksExactlyTheCodeAndThePassword() {
        Sms sms = ReviewNotices.online("（2024）粤0106民初1234号", "广州市天河区人民法院", LocalDate.of(2026, 12, 8),
                "135790", "2468013579");
        assertThat(sms.secrets()).containsExactly("135790", "2468013579");
        assertThat(sms.fullText()).contains("卷宗下载密码为：135790，卷宗文档打开密码为：2468013579，");
        assertThat(sms.maskedText()).contains("卷宗下载密码为：******，卷宗文档打开密码为：******，")
                .contains("（2024）粤0106民初1234号").contains("2026-12-08")
                .doesNotContain("135790").doesNotContain("2468013579");
    }
}

package org.courtdesk.server.reading.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The 现场阅卷 SMS says its reminder once, whatever the court's reading-room notice begins with. */
class ReviewNoticesTest {

    static final String REMINDER = "温馨提示：现场阅卷需要带齐相关证明材料";
    static final String ROOM = "现场阅卷地址：广州市白云区应潭路66号广州市中级人民法院2楼221房档案阅卷室，营业时间：9:00-11:30";

    private static String onSite(String notice) {
        return ReviewNotices.onSite("（2024）粤01民终12号", "广州市中级人民法院", LocalDate.of(2026, 12, 8),
                LocalDate.of(2026, 12, 9), notice, null).fullText();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        ROOM,
        REMINDER + "，" + ROOM,                                   // as the demo court stores it
        "温馨提示: 现场阅卷需要带齐相关证明材料, " + ROOM + "。",      // as seed 002's screen prints it
    })
    void theReminderComesExactlyOnceFollowedByTheRoom(String notice) {
        String sms = onSite(notice);
        assertThat(sms.split("现场阅卷需要带齐相关证明材料", -1)).hasSize(2);
        assertThat(sms).contains(REMINDER + "，" + ROOM + "。【广州市中级人民法院】");
    }

    @Test
    void withoutARoomNoticeTheReminderStandsAlone() {
        assertThat(onSite(null)).endsWith(REMINDER + "。【广州市中级人民法院】");
        assertThat(onSite(REMINDER + "。")).endsWith(REMINDER + "。【广州市中级人民法院】");
    }
}

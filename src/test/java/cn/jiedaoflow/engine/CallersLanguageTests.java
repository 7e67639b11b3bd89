package cn.jiedaoflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A message in both languages is answered in the caller's: Chinese unless Accept-Language prefers English. */
class CallersLanguageTests {

    private static final String BOTH = "不予办理须写明理由 / give the reason for not approving";

    @Test
    void chineseWithoutAHeaderAndForAChineseBrowser() {
        assertThat(CallersLanguage.of(BOTH, null)).isEqualTo("不予办理须写明理由");
        assertThat(CallersLanguage.of(BOTH, "")).isEqualTo("不予办理须写明理由");
        assertThat(CallersLanguage.of(BOTH, "zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo("不予办理须写明理由");
        assertThat(CallersLanguage.of(BOTH, "de-DE,fr;q=0.5")).isEqualTo("不予办理须写明理由");
        assertThat(CallersLanguage.of(BOTH, "not a language list ;;")).isEqualTo("不予办理须写明理由");
    }

    @Test
    void englishForABrowserThatPrefersEnglish() {
        assertThat(CallersLanguage.of(BOTH, "en-US,en;q=0.9")).isEqualTo("give the reason for not approving");
        assertThat(CallersLanguage.of(BOTH, "de,en;q=0.8,zh;q=0.5")).isEqualTo("give the reason for not approving");
        assertThat(CallersLanguage.of(BOTH, "zh;q=0.9,en")).isEqualTo("give the reason for not approving");
    }

    @Test
    void aMessageInOneLanguageStaysAsItIs() {
        assertThat(CallersLanguage.of("task nope doesn't exist", "zh-CN")).isEqualTo("task nope doesn't exist");
        assertThat(CallersLanguage.of("请写明理由", "en")).isEqualTo("请写明理由");
        assertThat(CallersLanguage.of(null, "en")).isNull();
    }

    @Test
    void aSlashInsideTheChineseHalfDoesNotSplitIt() {
        String both = "户籍/居住登记 / 其他科室 不受理 / household registry does not take it";
        assertThat(CallersLanguage.of(both, null)).isEqualTo("户籍/居住登记 / 其他科室 不受理");
        assertThat(CallersLanguage.of(both, "en")).isEqualTo("household registry does not take it");
    }
}

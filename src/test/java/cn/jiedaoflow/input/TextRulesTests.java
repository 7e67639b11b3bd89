package cn.jiedaoflow.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRulesTests {

    @Test
    void ordinaryTextInEveryScriptIsTaken() {
        for (String text : new String[] {
            "王小明",
            "Li Wei",
            "长宁区程家桥路 100 弄 3 号, 201 室",
            "第一行\n第二行\r\n\t缩进",
            "emoji 🚒 and 𠀀 (a supplementary CJK character)",
            "",
            "   ",
            "العربية",
            "a\u200Bb",
            "x\u00ADy"
        }) {
            assertThat(TextRules.problemWith(text)).as(text).isEmpty();
        }
        assertThat(TextRules.problemWith(null)).isEmpty();
    }

    @Test
    void controlCharactersAreRefusedButTabsAndLineBreaksAreNot() {
        for (String text : new String[] {
            "王\u0000小明", "\u0000", "a\u0001", "bell\u0007", "esc\u001B[31m", "del\u007F", "c1\u0085", "c1\u009F"
        }) {
            assertThat(TextRules.problemWith(text))
                    .as("%s", text.codePoints().boxed().toList())
                    .contains(TextRules.Problem.CONTROL_CHARACTER);
        }
    }

    @Test
    void aLoneSurrogateIsRefusedAPairIsNot() {
        assertThat(TextRules.problemWith("a\uD800")).contains(TextRules.Problem.LONE_SURROGATE);
        assertThat(TextRules.problemWith("\uDC00b")).contains(TextRules.Problem.LONE_SURROGATE);
        assertThat(TextRules.problemWith("\uD800\uD800\uDC00")).contains(TextRules.Problem.LONE_SURROGATE);
        assertThat(TextRules.problemWith("\uD83D\uDE92")).isEmpty();
    }

    @Test
    void everyDirectionOverrideAndIsolateIsRefused() {
        for (char c :
                new char[] {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'}) {
            assertThat(TextRules.problemWith("invoice" + c + "fdp.exe"))
                    .as("U+%04X", (int) c)
                    .contains(TextRules.Problem.DIRECTION_OVERRIDE);
        }
        assertThat(TextRules.problemWith("\u200F\u05E9\u05DC\u05D5\u05DD"))
                .as("a right-to-left mark is a mark")
                .isEmpty();
    }

    @Test
    void textOfOnlyInvisibleCharactersIsRefusedPlainSpacesAreLeftToTheFieldsOwnCheck() {
        for (String text : new String[] {
            "\u200B",
            "\u200B\u200C\u200D",
            "\uFEFF",
            "\u2060",
            "\u00AD",
            "\u00A0",
            " \u200B ",
            "\u3164",
            "\u115F",
            "\uFE0F",
            "\u2800",
            "\u034F",
            "\u180E",
            "\u202F"
        }) {
            assertThat(TextRules.problemWith(text))
                    .as("%s", text.codePoints().boxed().toList())
                    .contains(TextRules.Problem.INVISIBLE_ONLY);
        }
        assertThat(TextRules.problemWith(" \t\n\u3000"))
                .as("blank: the field's own check calls it missing")
                .isEmpty();
        assertThat(TextRules.isInvisibleOnly(" \t\u3000")).isTrue();
        assertThat(TextRules.isInvisibleOnly("")).isFalse();
    }

    @Test
    void textRepeatedInAProblemLosesRefusedCharactersAndIsShort() {
        assertThat(TextRules.shown("王\u0000小\u202E明\uD800")).isEqualTo("王\uFFFD小\uFFFD明\uFFFD");
        assertThat(TextRules.shown("🚒")).isEqualTo("🚒");
        String shown = TextRules.shown("x".repeat(10_000));
        assertThat(shown).hasSize(TextRules.SHOWN_MAX + 1).endsWith("…");
        assertThat(TextRules.shown(null)).isNull();
    }
}

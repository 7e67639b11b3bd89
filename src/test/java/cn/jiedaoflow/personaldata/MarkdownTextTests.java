package cn.jiedaoflow.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A value in a form's markdown text reads as written. */
class MarkdownTextTests {

    @Test
    void maskedNumbersKeepTheirAsterisks() {
        assertThat(MarkdownText.escape("3101******5925，手机 137****8000"))
                .isEqualTo("3101\\*\\*\\*\\*\\*\\*5925，手机 137\\*\\*\\*\\*8000");
        assertThat(MarkdownText.escape("6222 **** **** 1234")).isEqualTo("6222 \\*\\*\\*\\* \\*\\*\\*\\* 1234");
    }

    @Test
    void aValueCannotMakeALinkAnEmphasisHtmlNorATemplate() {
        assertThat(MarkdownText.escape("a](http://evil)[b {{x}} *c*_d.pdf"))
                .isEqualTo("a\\]\\(http://evil\\)\\[b \\{\\{x\\}\\} \\*c\\*\\_d.pdf");
        assertThat(MarkdownText.escape("<img src=x> & `code` ~~s~~ # h | t \\"))
                .isEqualTo("\\<img src=x\\> \\& \\`code\\` \\~\\~s\\~\\~ \\# h \\| t \\\\");
    }

    @Test
    void lineBreaksBecomeSpacesSoAValueStartsNoListNorHeading() {
        assertThat(MarkdownText.escape("two\nlines\r\n- item\n# heading")).isEqualTo("two lines - item \\# heading");
    }

    @Test
    void plainTextAndNumbersStayAsTheyAre() {
        assertThat(MarkdownText.escape("上海市长宁区某路 1 号")).isEqualTo("上海市长宁区某路 1 号");
        assertThat(MarkdownText.escape(4321.87)).isEqualTo("4321.87");
        assertThat(MarkdownText.escape(null)).isEmpty();
    }
}

package cn.jiedaoflow.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** File names are made safe, not refused: the document is judged by its content. */
class SafeFileNameTests {

    @Test
    void aPathBecomesANameAndControlCharactersUnderscores() {
        assertThat(DocumentType.safeFileName("../../etc/passwd", "material")).isEqualTo(".._.._etc_passwd");
        assertThat(DocumentType.safeFileName("C:\\Users\\x\\身份证.pdf", "material"))
                .isEqualTo("C:_Users_x_身份证.pdf");
        assertThat(DocumentType.safeFileName("id\u0000.pdf", "material")).isEqualTo("id_.pdf");
        assertThat(DocumentType.safeFileName("a\r\nb.pdf", "material")).isEqualTo("a__b.pdf");
        assertThat(DocumentType.safeFileName("c1\u0085.pdf", "material")).isEqualTo("c1_.pdf");
    }

    @Test
    void directionOverridesAndBrokenCharactersDoNotSurvive() {
        assertThat(DocumentType.safeFileName("invoice\u202Efdp.exe", "material"))
                .isEqualTo("invoice_fdp.exe");
        assertThat(DocumentType.safeFileName("\u2066a\u2069.png", "material")).isEqualTo("_a_.png");
        assertThat(DocumentType.safeFileName("half\uD800.jpg", "material")).isEqualTo("half_.jpg");
        assertThat(DocumentType.safeFileName("消防车🚒.jpg", "material")).isEqualTo("消防车🚒.jpg");
    }

    @Test
    void anEmptyNameTakesTheFallbackAndALongOneKeepsItsEnd() {
        assertThat(DocumentType.safeFileName(null, "material")).isEqualTo("material");
        assertThat(DocumentType.safeFileName("   ", "attachment")).isEqualTo("attachment");
        String name = DocumentType.safeFileName("x".repeat(300) + ".pdf", "material");
        assertThat(name).hasSize(255).endsWith("x.pdf");
    }
}

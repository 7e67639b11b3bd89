package cn.jiedaoflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** A CSV file with a Chinese name: RFC 6266's filename* in UTF-8, and a plain ASCII filename beside it. */
class CsvDownloadsTests {

    @Test
    void aChineseNameIsSentAsAnExtendedValueBesideTheAsciiOne() {
        ResponseEntity<byte[]> answer =
                CsvDownloads.attachment("overview-2026-12-08.csv", "领导总览 2026.csv", new byte[0]);

        String header = answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(header)
                .isEqualTo("attachment; filename=\"overview-2026-12-08.csv\"; filename*=UTF-8''"
                        + "%E9%A2%86%E5%AF%BC%E6%80%BB%E8%A7%88%202026.csv");
        ContentDisposition read = ContentDisposition.parse(header);
        assertThat(read.getFilename()).isEqualTo("领导总览 2026.csv");
        assertThat(read.getCharset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void theAttrCharsStayAndEverythingElseIsPercentEncoded() {
        assertThat(CsvDownloads.extValue("a-Z_0.9!#$&+^`|~")).isEqualTo("a-Z_0.9!#$&+^`|~");
        assertThat(CsvDownloads.extValue("a b\"';%")).isEqualTo("a%20b%22%27%3B%25");
    }
}

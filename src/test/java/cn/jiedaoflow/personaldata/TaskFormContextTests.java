package cn.jiedaoflow.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The links a form shows for a case's documents, each to the plugin, the file's name read as written. */
class TaskFormContextTests {

    @Test
    void eachDocumentIsALineLinkingToThePluginWithWhatItIsItsNameAndItsSize() {
        String links = TaskFormContext.links(
                PersonalDetail.ONE_STOP_APPLICATION,
                "OS-20261217-ABC123",
                List.of(
                        new PersonalDataSource.DocumentEntry(12, "身份证.pdf", "application/pdf", 2048, "身份证"),
                        new PersonalDataSource.DocumentEntry(13, "bank.png", "image/png", 10, "本人银行卡（补正）")));

        assertThat(links)
                .isEqualTo("- [身份证：身份证.pdf](/camunda/api/tasklist/plugin/personal-data/default/one-stop-application/"
                        + "OS-20261217-ABC123/application/documents/12)（2 KB）\n"
                        + "- [本人银行卡（补正）：bank.png](/camunda/api/tasklist/plugin/personal-data/default/"
                        + "one-stop-application/OS-20261217-ABC123/application/documents/13)（1 KB）\n");
        assertThat(links).doesNotContain("application/pdf", "image/png");
    }

    @Test
    void aFileNameCannotMakeALinkOfItsOwnNorATemplate() {
        String links = TaskFormContext.links(
                PersonalDetail.ONE_STOP_APPLICATION,
                "OS-20261217-ABC123",
                List.of(new PersonalDataSource.DocumentEntry(
                        12, "a](http://evil)[b {{x}}.pdf", "application/pdf", 10, "身份证")));

        assertThat(links).startsWith("- [身份证：a\\]\\(http://evil\\)\\[b \\{\\{x\\}\\}.pdf](/camunda/");
    }
}

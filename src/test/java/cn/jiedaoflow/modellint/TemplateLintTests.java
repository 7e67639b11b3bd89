package cn.jiedaoflow.modellint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The element-template rule against the small model of {@code src/test/resources/modellint/templates-<case>/}: its
 * folder {@code processes/.camunda/element-templates/} holds a template for the delegate {@code notifyPartiesDelegate}
 * (input {@code partiesNotice} required, {@code remark} optional; version 2) and one for the called process
 * {@code sample-vote} (its business key and the input {@code estateId}).
 */
class TemplateLintTests {

    private static final String BPMN = "processes/sample-case.bpmn";
    private static final Predicate<String> BEANS = Set.of("notifyPartiesDelegate")::contains;

    private final ModelLint lint = new ModelLint();

    @Test
    void acceptsADelegateUsedThroughItsTemplateWithItsRequiredFields() {
        assertThat(lint("templates-clean")).isEmpty();
    }

    @Test
    void acceptsACallActivityMadeFromItsTemplate() {
        assertThat(lint("templates-call-clean")).isEmpty();
    }

    @Test
    void refusesAReusableDelegateUsedWithoutItsTemplate() {
        assertThat(lint("templates-not-applied")).singleElement().satisfies(finding -> {
            assertThat(finding)
                    .extracting(Finding::file, Finding::elementId)
                    .containsExactly(BPMN, "Task_NotifyParties");
            assertThat(finding.problem())
                    .isEqualTo("camunda:delegateExpression ${notifyPartiesDelegate} is reusable, but the element is"
                            + " not made from its element template sample.notify-parties");
            assertThat(finding.fix()).contains("apply the template \"通知当事人\" (sample.notify-parties)");
        });
    }

    @Test
    void refusesAnElementThatLacksARequiredFieldOfItsTemplate() {
        assertThat(lint("templates-input-missing")).singleElement().satisfies(finding -> {
            assertThat(finding.elementId()).isEqualTo("Task_NotifyParties");
            assertThat(finding.problem())
                    .isEqualTo("element template sample.notify-parties: field 通知内容 Notice (input partiesNotice)"
                            + " is missing or empty");
            assertThat(finding.fix()).isEqualTo("fill in 通知内容 Notice (input partiesNotice) in the properties panel");
        });
    }

    @Test
    void refusesACallActivityThatLacksAnInputOfItsTemplate() {
        assertThat(lint("templates-call-input-missing")).singleElement().satisfies(finding -> {
            assertThat(finding.elementId()).isEqualTo("Task_NotifyParties");
            assertThat(finding.problem())
                    .isEqualTo("element template sample.vote: field 小区 Estate (camunda:in target estateId)"
                            + " is missing or empty");
        });
    }

    @Test
    void refusesAFixedFieldChangedByHand() {
        assertThat(lint("templates-call-changed")).singleElement().satisfies(finding -> {
            assertThat(finding.problem())
                    .isEqualTo("element template sample.vote: field camunda:in businessKey"
                            + "=\"#{execution.processBusinessKey}\" is missing or changed");
            assertThat(finding.fix()).isEqualTo("apply the template \"表决\" again in Camunda Modeler");
        });
    }

    @Test
    void refusesATemplateThatDoesNotExist() {
        assertThat(lint("templates-unknown")).singleElement().satisfies(finding -> {
            assertThat(finding.problem())
                    .isEqualTo("camunda:modelerTemplate \"sample.nothing\" names no element template in"
                            + " processes/.camunda/element-templates");
            assertThat(finding.fix()).contains("sample.notify-parties, sample.vote");
        });
    }

    @Test
    void refusesAnElementMadeFromAnOlderVersionOfItsTemplate() {
        assertThat(lint("templates-outdated")).singleElement().satisfies(finding -> {
            assertThat(finding.problem())
                    .isEqualTo("made from version 1 of element template sample.notify-parties, which is at version 2");
            assertThat(finding.fix()).contains("update the element to the template's version 2");
        });
    }

    @Test
    void refusesATemplateThatIsNotJson() {
        List<Finding> findings = lint("templates-unreadable");

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.file()).isEqualTo("processes/.camunda/element-templates/samples.json");
            assertThat(finding.problem()).startsWith("element template is not valid JSON: ");
        });
    }

    @Test
    void readsTheTemplatesOfAnotherFolderForModelsThatLieElsewhere() {
        Path root = fixture("templates-not-applied");
        Path noTemplates = fixture("clean");

        List<Finding> elsewhere = lint.check(
                root.resolve("processes"),
                root.resolve("forms"),
                noTemplates.resolve("processes/.camunda/element-templates"),
                BEANS);
        List<Finding> withTheirs = lint.check(
                noTemplates.resolve("processes"),
                noTemplates.resolve("forms"),
                root.resolve("processes/.camunda/element-templates"),
                BEANS);

        assertThat(elsewhere).isEmpty();
        assertThat(withTheirs)
                .singleElement()
                .satisfies(finding -> assertThat(finding.problem())
                        .contains("not made from its element template sample.notify-parties"));
    }

    private List<Finding> lint(String caseName) {
        Path root = fixture(caseName);
        return lint.check(root.resolve("processes"), root.resolve("forms"), BEANS);
    }

    private static Path fixture(String caseName) {
        URL url = TemplateLintTests.class.getResource("/modellint/" + caseName);
        assertThat(url).as("fixture %s", caseName).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("fixture " + caseName + " has no file path", e);
        }
    }
}

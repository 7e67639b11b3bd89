package cn.jiedaoflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.QuietLogs;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A model the engine cannot deploy stops start-up with one line naming the file and what is wrong. */
@IntegrationTest
class BrokenModelIntegrationTests {

    static final String MISSING_TARGET = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Broken" targetNamespace="x">
              <bpmn:process id="broken-case" isExecutable="true" camunda:historyTimeToLive="P1D">
                <bpmn:startEvent id="StartEvent_Received" />
                <bpmn:sequenceFlow id="SequenceFlow_Nowhere" sourceRef="StartEvent_Received" targetRef="Task_Missing" />
              </bpmn:process>
            </bpmn:definitions>
            """;

    @Autowired
    RepositoryService repository;

    final BrokenModelFailureAnalyzer analyzer = new BrokenModelFailureAnalyzer();

    @Test
    void aBrokenBpmnIsNamedWithItsProblemOnOneLine() {
        Throwable failure = QuietLogs.engineFailure(() -> catchThrowable(() -> repository
                .createDeployment()
                .addString("broken-case.bpmn", MISSING_TARGET)
                .deploy()));

        FailureAnalysis analysis = analyzer.analyze(new IllegalStateException("start-up failed", failure));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .startsWith("Model processes/broken-case.bpmn is invalid: line ")
                .contains("Task_Missing")
                .doesNotContain("\n");
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("broken-case")
                        .count())
                .isZero();
    }

    @Test
    void aBrokenDmnIsNamedToo() {
        Throwable failure = QuietLogs.engineFailure(() -> catchThrowable(() -> repository
                .createDeployment()
                .addString(
                        "broken-rule.dmn",
                        "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" "
                                + "id=\"d\" name=\"d\" namespace=\"x\"><decision id=\"broken-rule\"><decisionTable>"
                                + "<output id=\"o\" typeRef=\"string\"/><rule id=\"r\"><outputEntry"
                                + " id=\"e\"><text>'x</text>"
                                + "</outputEntry></rule></decisionTable></decision></definitions>")
                .deploy()));

        FailureAnalysis analysis = analyzer.analyze(new IllegalStateException("start-up failed", failure));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("broken-rule.dmn").doesNotContain("\n");
    }

    @Test
    void otherFailuresAreLeftToSpringBoot() {
        assertThat(analyzer.analyze(new IllegalStateException("port in use"))).isNull();
    }
}

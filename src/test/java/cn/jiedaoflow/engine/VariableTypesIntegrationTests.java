package cn.jiedaoflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.QuietLogs;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.people.Grants;
import cn.jiedaoflow.people.StaffGroup;
import java.io.File;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An Object variable of a type outside the allow-list is refused when it is written, through every door, and is
 * never instantiated when it is read; the application's own kinds of values go on as before.
 */
@IntegrationTest
class VariableTypesIntegrationTests {

    static final String PROBE = "variable-type-probe";
    static final String FILE_VARIABLE = """
            {"variables": {"evil": {"type": "Object", "value": "\\"/etc/passwd\\"",
              "valueInfo": {"objectTypeName": "java.io.File", "serializationDataFormat": "application/json"}}}}""";
    static final String FILES_IN_A_LIST = """
            {"variables": {"evil": {"type": "Object", "value": "[\\"/etc/passwd\\"]",
              "valueInfo": {"objectTypeName": "java.util.ArrayList<java.io.File>",
                "serializationDataFormat": "application/json"}}}}""";
    static final String STRINGS_IN_A_LIST = """
            {"variables": {"items": {"type": "Object", "value": "[\\"甲\\",\\"乙\\"]",
              "valueInfo": {"objectTypeName": "java.util.ArrayList<java.lang.String>",
                "serializationDataFormat": "application/json"}}}}""";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    org.camunda.bpm.engine.AuthorizationService authorizations;

    String clerk;

    @BeforeEach
    void probeModel() {
        if (repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(PROBE)
                        .count()
                == 0) {
            repository
                    .createDeployment()
                    .name(PROBE)
                    .addModelInstance(
                            PROBE + ".bpmn",
                            Bpmn.createExecutableProcess(PROBE)
                                    .camundaHistoryTimeToLive(1)
                                    .startEvent("StartEvent_Probe")
                                    .userTask("Task_Record")
                                    .camundaCandidateGroups(StaffGroup.FINANCE.id())
                                    .endEvent("EndEvent_Probe")
                                    .done())
                    .deploy();
        }
        Grants.grant(authorizations, StaffGroup.FINANCE.id(), Resources.PROCESS_DEFINITION, PROBE, Permissions.READ);
        clerk = TestPeople.staffIn(identity, "it-vtype-" + StaffGroup.FINANCE.id(), StaffGroup.FINANCE.id());
    }

    @Test
    void aClerkCannotCompleteATaskWithAFileThroughEngineRest() {
        for (String body : List.of(FILE_VARIABLE, FILES_IN_A_LIST)) {
            ProcessInstance probe = probe();
            ResponseEntity<String> answer = post("/engine-rest/task/" + taskOf(probe) + "/complete", body);

            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody()).contains("不允许的变量类型").doesNotContain("not allowed");
            assertThat(tasks.createTaskQuery().processInstanceId(probe.getId()).count())
                    .as("the task stays open")
                    .isOne();
            assertNothingStored(probe);
        }
    }

    @Test
    void norThroughTheWebappsApi() {
        ProcessInstance probe = probe();
        Webapp tasklist = Webapp.login(rest, clerk, TestPeople.STAFF_PASSWORD);

        ResponseEntity<String> answer = tasklist.postJson(
                "/camunda/api/engine/engine/default/task/" + taskOf(probe) + "/submit-form", FILE_VARIABLE);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tasks.createTaskQuery().processInstanceId(probe.getId()).count())
                .isOne();
        assertNothingStored(probe);
    }

    @Test
    void norThroughJava() {
        ProcessInstance probe = probe();
        ObjectValue file = Variables.serializedObjectValue("\"/etc/passwd\"")
                .objectTypeName("java.io.File")
                .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                .create();

        assertThatThrownBy(() -> runtime.setVariable(probe.getId(), "evil", file))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("java.io.File");
        assertNothingStored(probe);
    }

    @Test
    void theApplicationsKindsOfValuesGoOnAsBefore() {
        ProcessInstance probe = probe();

        ResponseEntity<String> answer = post("/engine-rest/task/" + taskOf(probe) + "/complete", STRINGS_IN_A_LIST);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(probe.getId())
                        .variableName("items")
                        .singleResult()
                        .getValue())
                .isEqualTo(List.of("甲", "乙"));
    }

    @Test
    void aStoredValueOfAnotherTypeIsNeverBuiltWhenRead() {
        ProcessInstance probe = probe();
        // how such a value could have been stored before the check: a plain Java value set by code
        runtime.setVariable(probe.getId(), "old", new File("/etc/passwd"));

        QuietLogs.engineFailure(() -> assertThatThrownBy(() -> runtime.getVariable(probe.getId(), "old"))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("java.io.File"));
        ObjectValue serialized = runtime.getVariableTyped(probe.getId(), "old", false);
        assertThat(serialized.isDeserialized()).isFalse();
        assertThat(serialized.getValueSerialized()).contains("/etc/passwd");
    }

    private ProcessInstance probe() {
        return runtime.startProcessInstanceByKey(PROBE, "PROBE-" + UUID.randomUUID());
    }

    private String taskOf(ProcessInstance probe) {
        return tasks.createTaskQuery()
                .processInstanceId(probe.getId())
                .singleResult()
                .getId();
    }

    private ResponseEntity<String> post(String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(clerk, TestPeople.STAFF_PASSWORD)
                .exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
    }

    private void assertNothingStored(ProcessInstance probe) {
        assertThat(runtime.createVariableInstanceQuery()
                        .processInstanceIdIn(probe.getId())
                        .variableName("evil")
                        .count())
                .isZero();
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(probe.getId())
                        .variableName("evil")
                        .count())
                .isZero();
        assertThat(history.createHistoricDetailQuery()
                        .processInstanceId(probe.getId())
                        .variableUpdates()
                        .list())
                .noneMatch(detail -> "evil"
                        .equals(((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getVariableName()));
    }
}

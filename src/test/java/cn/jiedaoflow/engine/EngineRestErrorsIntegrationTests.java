package cn.jiedaoflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Issue 12, item 10: client errors of the engine's REST API answered 500 and named Java exceptions. Now 4xx in
 * Camunda's {@code {type, message}} shape, without internals, through both doors: {@code /engine-rest} and the
 * webapps' {@code /camunda/api/engine/engine/default}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineRestErrorsIntegrationTests {

    static final String KEY = "it-engine-errors";
    /**
     * A start form with a required field, and a gateway that reads it; staff of administrators start it from
     * Tasklist.
     */
    static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://jiedaoflow.cn/test">
              <bpmn:process id="it-engine-errors" isExecutable="true" camunda:historyTimeToLive="P1D"
                  camunda:candidateStarterGroups="administrators">
                <bpmn:startEvent id="Start">
                  <bpmn:extensionElements>
                    <camunda:formData>
                      <camunda:formField id="amount" type="long">
                        <camunda:validation><camunda:constraint name="required" /></camunda:validation>
                      </camunda:formField>
                    </camunda:formData>
                  </bpmn:extensionElements>
                </bpmn:startEvent>
                <bpmn:sequenceFlow id="ToDecide" sourceRef="Start" targetRef="Decide" />
                <bpmn:exclusiveGateway id="Decide" />
                <bpmn:sequenceFlow id="ToBig" sourceRef="Decide" targetRef="Big">
                  <bpmn:conditionExpression>${amount &gt; 100}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="ToSmall" sourceRef="Decide" targetRef="Small">
                  <bpmn:conditionExpression>${amount &lt;= 100}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:endEvent id="Big" />
                <bpmn:endEvent id="Small" />
              </bpmn:process>
            </bpmn:definitions>
            """;

    /** A task whose completion a listener refuses, as the procedures' listeners refuse a form. */
    static final String REFUSING = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://jiedaoflow.cn/test">
              <bpmn:process id="it-engine-refusal" isExecutable="true" camunda:historyTimeToLive="P1D">
                <bpmn:startEvent id="Start" />
                <bpmn:sequenceFlow id="ToDecide" sourceRef="Start" targetRef="Decide" />
                <bpmn:userTask id="Decide" camunda:assignee="it-admin">
                  <bpmn:extensionElements>
                    <camunda:taskListener event="complete"
                        class="cn.jiedaoflow.engine.EngineRestErrorsIntegrationTests$RefusesWithoutReason" />
                  </bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:sequenceFlow id="ToEnd" sourceRef="Decide" targetRef="End" />
                <bpmn:endEvent id="End" />
              </bpmn:process>
            </bpmn:definitions>
            """;

    /** Refuses a completion without a reason. */
    public static class RefusesWithoutReason implements TaskListener {
        @Override
        public void notify(DelegateTask task) {
            if (task.getVariable("reason") == null) {
                throw EngineRefusal.of("请写明理由", "give the reason");
            }
        }
    }

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    RepositoryService repository;

    Deployment deployment;

    /** The two doors of the engine's REST API, as an administrator (who may start any process). */
    enum Door {
        ENGINE_REST("/engine-rest"),
        WEBAPP("/camunda/api/engine/engine/default");

        final String base;

        Door(String base) {
            this.base = base;
        }
    }

    @BeforeAll
    void deploy() {
        deployment = repository
                .createDeployment()
                .name(KEY)
                .addString(KEY + ".bpmn", MODEL)
                .addString("it-engine-refusal.bpmn", REFUSING)
                .deploy();
    }

    @AfterAll
    void undeploy() {
        repository.deleteDeployment(deployment.getId(), true);
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void theVariablesOfATaskThatDoesNotExistAre404(Door door) {
        ResponseEntity<String> answer = call(door, HttpMethod.GET, "/task/nope/variables", null);
        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertCamundaShapeWithoutInternals(answer);
        assertThat(answer.getBody()).contains("nope");
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aStartWithoutTheRequiredVariableIs400(Door door) {
        ResponseEntity<String> answer =
                call(door, HttpMethod.POST, "/process-definition/key/" + KEY + "/submit-form", "{\"variables\":{}}");
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertCamundaShapeWithoutInternals(answer);
        assertThat(answer.getBody()).contains("amount");
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void anExpressionNamingAMissingVariableIs400(Door door) {
        ResponseEntity<String> answer = call(door, HttpMethod.POST, "/process-definition/key/" + KEY + "/start", "{}");
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertCamundaShapeWithoutInternals(answer);
        assertThat(answer.getBody())
                .contains("\"message\":\"表达式无法求值\"")
                .doesNotContain("The expression could not be evaluated");
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aListenersRefusalOfACompletionIs400WithItsOwnMessage(Door door) {
        String instance = runtime.startProcessInstanceByKey("it-engine-refusal").getId();
        String task = tasks.createTaskQuery()
                .processInstanceId(instance)
                .singleResult()
                .getId();
        ResponseEntity<String> answer = call(door, HttpMethod.POST, "/task/" + task + "/complete", "{}");
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertCamundaShapeWithoutInternals(answer);
        assertThat(answer.getBody()).contains("\"message\":\"请写明理由\"");
        assertThat(tasks.createTaskQuery().taskId(task).count())
                .as("nothing completed")
                .isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aBodyThatIsNotJsonOrDoesNotFitIs400WithoutQuotingTheParser(Door door) {
        for (String body : new String[] {"{not json", "{\"maxPriority\":\"abc\"}", "{\"candidateGroups\":{}}"}) {
            ResponseEntity<String> answer = call(door, HttpMethod.POST, "/task", body);
            assertThat(answer.getStatusCode().value()).as(body).isEqualTo(400);
            assertCamundaShapeWithoutInternals(answer);
            assertThat(answer.getBody()).doesNotContainIgnoringCase("jackson").doesNotContain("Source:", "line:");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aRightfulAnswerIsUnchanged(Door door) {
        ResponseEntity<String> started = call(
                door,
                HttpMethod.POST,
                "/process-definition/key/" + KEY + "/submit-form",
                "{\"variables\":{\"amount\":{\"value\":150,\"type\":\"Long\"}}}");
        assertThat(started.getStatusCode().value()).isEqualTo(200);
        assertThat(started.getBody()).contains("\"ended\":true");
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aMissingPermissionIs403WithCamundasDetails(Door door) {
        String clerk = TestPeople.staff(identity, "mediation");
        ResponseEntity<String> answer = door == Door.ENGINE_REST
                ? rest.withBasicAuth(clerk, TestPeople.STAFF_PASSWORD)
                        .exchange("/engine-rest/user/" + TestPeople.ADMIN, HttpMethod.DELETE, null, String.class)
                : Webapp.login(rest, clerk, TestPeople.STAFF_PASSWORD)
                        .deleteRequest("/camunda/api/engine/engine/default/user/" + TestPeople.ADMIN);
        assertThat(answer.getStatusCode().value()).isEqualTo(403);
        assertThat(answer.getBody()).contains("\"type\":\"AuthorizationException\"", "\"missingAuthorizations\"");
    }

    // ---- helpers ----

    private ResponseEntity<String> call(Door door, HttpMethod method, String path, String json) {
        Function<HttpHeaders, HttpHeaders> withJson = headers -> {
            if (json != null) {
                headers.setContentType(MediaType.APPLICATION_JSON);
            }
            return headers;
        };
        if (door == Door.ENGINE_REST) {
            return rest.withBasicAuth(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD)
                    .exchange(
                            door.base + path,
                            method,
                            new HttpEntity<>(json, withJson.apply(new HttpHeaders())),
                            String.class);
        }
        Webapp admin = Webapp.login(rest, TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);
        return method == HttpMethod.GET ? admin.get(door.base + path) : admin.postJson(door.base + path, json);
    }

    private static void assertCamundaShapeWithoutInternals(ResponseEntity<String> answer) {
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON))
                .as("%s", answer)
                .isTrue();
        assertThat(answer.getBody())
                .startsWith("{\"type\":\"")
                .contains("\"message\":\"")
                .doesNotContain(
                        "java.",
                        "org.camunda",
                        "com.fasterxml",
                        "Exception:",
                        "\tat ",
                        "PropertyNotFound",
                        "select ",
                        "SELECT ");
    }
}

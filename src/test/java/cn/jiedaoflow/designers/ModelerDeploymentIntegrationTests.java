package cn.jiedaoflow.designers;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestMultipart;
import cn.jiedaoflow.TestPeople;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDeploymentConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Issue 15, item 8: Camunda Modeler's deploy dialog against {@code /engine-rest}, over real HTTP, as Modeler sends it
 * (a multipart with the deployment's name, its source and the files, each part named by its file): designers deploy,
 * the server's lint refuses a broken model with its findings, the forms a model names go along, the staff's
 * permissions follow the new version, running cases keep theirs, and at start the repository wins.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelerDeploymentIntegrationTests {

    private static final String BOUNDARY = "----ModelerBoundary7MA4YWxkTrZu0gW";
    private static final String FORM = "it-designer-review";

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private IdentityService identity;

    @Autowired
    private RepositoryService repository;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private TaskService tasks;

    @Autowired
    private AuthorizationService authorizations;

    @Autowired
    private CamundaBpmProperties camunda;

    private final ObjectMapper json = new ObjectMapper();
    private String designer;
    private String clerk;

    @BeforeAll
    void people() {
        designer = TestPeople.staff(identity, "designers");
        clerk = TestPeople.staff(identity, "business-service");
    }

    @Test
    void designerDeploysAModelWithItsFormAndTheStaffOfItsGroupWorkTheNewVersion() throws Exception {
        String key = "it-designer-case";
        ResponseEntity<String> first = deploy(
                designer,
                "zh-CN",
                Map.of(
                        key + ".bpmn",
                        TestModels.bpmn(key, "审核一", "business-service", FORM),
                        FORM + ".form",
                        TestModels.form(FORM)));
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        ProcessDefinition v1 = latest(key);
        assertThat(repository.getDeploymentResourceNames(v1.getDeploymentId()))
                .containsExactlyInAnyOrder(key + ".bpmn", FORM + ".form");
        // the derivation ran before the answer: the task's group may read the new process at once
        assertThat(authorizations.isUserAuthorized(
                        clerk, List.of("business-service"), Permissions.READ, Resources.PROCESS_DEFINITION, key))
                .isTrue();

        ProcessInstance running = runtime.startProcessInstanceByKey(key);
        assertThat(deploy(
                                designer,
                                "zh-CN",
                                Map.of(key + ".bpmn", TestModels.bpmn(key, "审核一", "business-service", FORM)))
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(latest(key).getVersion())
                .as("an unchanged set makes no deployment")
                .isEqualTo(v1.getVersion());
        ResponseEntity<String> second =
                deploy(designer, "zh-CN", Map.of(key + ".bpmn", TestModels.bpmn(key, "审核二", "business-service", FORM)));
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
        ProcessDefinition v2 = latest(key);
        assertThat(v2.getVersion()).isEqualTo(v1.getVersion() + 1);
        assertThat(repository.getDeploymentResourceNames(v2.getDeploymentId()))
                .as("the server took the form the model names along")
                .containsExactlyInAnyOrder(key + ".bpmn", FORM + ".form");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(running.getId())
                        .singleResult()
                        .getProcessDefinitionId())
                .as("a running case keeps its version")
                .isEqualTo(v1.getId());

        ProcessInstance onV2 = runtime.startProcessInstanceByKey(key);
        TestRestTemplate asClerk = TestPeople.as(rest, clerk, TestPeople.STAFF_PASSWORD);
        JsonNode seen = json.readTree(
                asClerk.getForObject("/engine-rest/task?processInstanceId=" + onV2.getId(), String.class));
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).get("name").asText()).isEqualTo("审核二");
        assertThat(asClerk.getForEntity("/engine-rest/process-definition/" + v2.getId(), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(asClerk.getForEntity(
                                "/engine-rest/task/" + seen.get(0).get("id").asText() + "/deployed-form", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        HttpHeaders jsonBody = new HttpHeaders();
        jsonBody.setContentType(MediaType.APPLICATION_JSON);
        assertThat(asClerk.exchange(
                                "/engine-rest/task/" + seen.get(0).get("id").asText() + "/complete",
                                HttpMethod.POST,
                                new HttpEntity<>("{\"variables\":{\"approved\":{\"value\":true}}}", jsonBody),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(onV2.getId())
                        .count())
                .isZero();
    }

    @Test
    void onlyDesignersAndAdministratorsDeploy() {
        String key = "it-designer-door";
        Map<String, byte[]> files = Map.of(
                key + ".bpmn",
                TestModels.bpmn(key, "审核", "business-service", FORM),
                FORM + ".form",
                TestModels.form(FORM));
        long before = repository.createDeploymentQuery().count();

        assertThat(deploy(clerk, "zh-CN", files).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.exchange(
                                "/engine-rest/deployment/create",
                                HttpMethod.POST,
                                multipart(files, "zh-CN"),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);

        assertThat(deploy(TestPeople.ADMIN, "zh-CN", files, TestPeople.ADMIN_PASSWORD)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(latest(key)).isNotNull();
    }

    @Test
    void aModelTheLintRefusesIsNotDeployedAndTheAnswerSaysWhyInTheCallersLanguage() throws Exception {
        String key = "it-designer-broken";
        Map<String, byte[]> files =
                Map.of(key + ".bpmn", TestModels.bpmn(key, "审核", null, FORM), FORM + ".form", TestModels.form(FORM));
        long before = repository.createDeploymentQuery().count();

        ResponseEntity<String> chinese = deploy(designer, "zh-CN,zh;q=0.9", files);
        assertThat(chinese.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode refusal = json.readTree(chinese.getBody());
        assertThat(refusal.get("type").asText()).isEqualTo(DeploymentLint.REFUSAL_TYPE);
        assertThat(refusal.get("message").asText())
                .startsWith("模型检查发现 1 个问题，未部署任何文件：")
                .contains("processes/" + key + ".bpmn [Task_Review]: user task has no candidate group");
        assertThat(refusal.get("findings")).hasSize(1);

        ResponseEntity<String> english = deploy(designer, "en-US,en;q=0.9", files);
        assertThat(english.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(english.getBody()).get("message").asText())
                .startsWith("The model check found 1 problem(s); nothing was deployed:");

        ResponseEntity<String> withoutForm = deploy(
                designer, "zh-CN", Map.of(key + ".bpmn", TestModels.bpmn(key, "审核", "business-service", "nowhere")));
        assertThat(withoutForm.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(withoutForm.getBody()).contains("camunda:formRef \\\"nowhere\\\" names no form");

        // a reusable delegate without its element template: the repository's templates are the server's too
        String untemplated = new String(TestModels.bpmn(key, "记录", "business-service", FORM), StandardCharsets.UTF_8)
                .replaceAll(
                        "<bpmn:userTask [^>]*>",
                        "<bpmn:serviceTask id=\"Task_Review\" name=\"记录\""
                                + " camunda:delegateExpression=\"\\${recordDocumentDelegate}\">")
                .replace("</bpmn:userTask>", "</bpmn:serviceTask>");
        ResponseEntity<String> withoutTemplate =
                deploy(designer, "zh-CN", Map.of(key + ".bpmn", untemplated.getBytes(StandardCharsets.UTF_8)));
        assertThat(withoutTemplate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(withoutTemplate.getBody())
                .contains("[Task_Review]", "is reusable, but the element is not made from its element template");

        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(key)
                        .count())
                .isZero();
    }

    @Test
    void theEnginesOtherDeploymentDoorsAreClosedSoEveryModelPassesTheLint() {
        long before = repository.createDeploymentQuery().count();
        String someDeployment = repository.createDeploymentQuery().list().get(0).getId();
        TestRestTemplate asDesigner = TestPeople.as(rest, designer, TestPeople.STAFF_PASSWORD);
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);

        for (String door : List.of(
                "/camunda/api/engine/engine/default/deployment/create",
                "/camunda/api/engine/engine/default/deployment/" + someDeployment + "/redeploy",
                "/engine-rest/deployment/" + someDeployment + "/redeploy",
                "/engine-rest//deployment/" + someDeployment + "/redeploy/")) {
            ResponseEntity<String> answer = asDesigner.postForEntity(door, new HttpEntity<>("{}", json), String.class);
            assertThat(answer.getStatusCode()).as(door).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(answer.getBody()).as(door).contains("/engine-rest/deployment/create");
        }
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
    }

    @Test
    void atStartTheRepositoryWinsOverAVersionDeployedFromModeler() {
        String key = "it-designer-repository";
        SortedMap<String, byte[]> checkout = new TreeMap<>(Map.of(
                key + ".bpmn",
                TestModels.bpmn(key, "仓库版", "business-service", FORM),
                FORM + ".form",
                TestModels.form(FORM)));
        // not the starter's deployment name: the application's own start-up deployment stays the latest of that name
        RepositoryWins start =
                new RepositoryWins(new Checkout(checkout), camunda, new EngineModels(repository, "it-checkout"));
        start.run(null);
        ProcessDefinition fromRepository = latest(key);

        assertThat(deploy(
                                designer,
                                "zh-CN",
                                Map.of(key + ".bpmn", TestModels.bpmn(key, "Modeler 版", "business-service", FORM)))
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(latest(key).getVersion()).isEqualTo(fromRepository.getVersion() + 1);

        start.run(null);
        ProcessDefinition after = latest(key);
        assertThat(after.getVersion()).isEqualTo(fromRepository.getVersion() + 2);
        assertThat(runtimeTaskName(after)).isEqualTo("仓库版");

        start.run(null);
        assertThat(latest(key).getVersion())
                .as("an unchanged repository makes no deployment")
                .isEqualTo(after.getVersion());
    }

    private String runtimeTaskName(ProcessDefinition definition) {
        ProcessInstance instance = runtime.startProcessInstanceById(definition.getId());
        Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        runtime.deleteProcessInstance(instance.getId(), "test");
        return task.getName();
    }

    private ProcessDefinition latest(String key) {
        return repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .latestVersion()
                .singleResult();
    }

    private ResponseEntity<String> deploy(String user, String language, Map<String, byte[]> files) {
        return deploy(user, language, files, TestPeople.STAFF_PASSWORD);
    }

    private ResponseEntity<String> deploy(String user, String language, Map<String, byte[]> files, String password) {
        return TestPeople.as(rest, user, password)
                .exchange("/engine-rest/deployment/create", HttpMethod.POST, multipart(files, language), String.class);
    }

    /** What Camunda Modeler 5 sends: the deployment's name and source, each file in a part named by its file. */
    private static HttpEntity<byte[]> multipart(Map<String, byte[]> files, String language) {
        List<Object> parts = new ArrayList<>();
        parts.add(textPart("deployment-name", "设计测试"));
        parts.add(textPart("deployment-source", "Camunda Modeler"));
        parts.add(textPart("deploy-changed-only", "true"));
        new TreeMap<>(files)
                .forEach((name, content) ->
                        parts.add(TestMultipart.file(name, name, "application/octet-stream", content)));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=" + BOUNDARY));
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return new HttpEntity<>(TestMultipart.body(BOUNDARY, parts.toArray()), headers);
    }

    private static String textPart(String name, String value) {
        return "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value;
    }

    /** A checkout's files as the start-up deployment finds them. */
    private static final class Checkout extends DefaultDeploymentConfiguration {

        private final SortedMap<String, byte[]> files;

        Checkout(SortedMap<String, byte[]> files) {
            this.files = files;
        }

        @Override
        public Set<Resource> getDeploymentResources() {
            Set<Resource> resources = new LinkedHashSet<>();
            files.forEach((name, content) -> resources.add(new ByteArrayResource(content) {
                @Override
                public String getFilename() {
                    return name;
                }
            }));
            return resources;
        }
    }
}

package cn.jiedaoflow.enterpriseservice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestMultipart;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.people.Accounts;
import cn.jiedaoflow.portal.PortalClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code enterprise-service-request} run as docs/designers.md tells, over real HTTP: an enterprise files its need
 * from the portal's generic start, business-service triages it and the office answers in Tasklist's API, the
 * enterprise rates it unresolved through its own step in the portal, and the need lands on the agenda of the next
 * forum date business-service set in the console — after being refused while no date was set. And the tutorial's
 * migration: a changed model deployed by an administrator, a running case moved onto it by the exact REST calls of
 * docs/designers.md, which a clerk and a designer may not make.
 */
@IntegrationTest
class EnterpriseServiceEndToEndIntegrationTests {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Path MODEL = Path.of("processes/enterprise-service-request.bpmn");

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Accounts accounts;

    @Autowired
    IdentityService identity;

    @Autowired
    RuntimeService runtime;

    @Autowired
    RepositoryService repository;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcTemplate jdbc;

    private EnterpriseNeeds needs;

    @BeforeEach
    void noForumsYet() {
        needs = new EnterpriseNeeds(rest, port);
        // the forums are this procedure's alone: each test starts from none
        jdbc.update("delete from enterprise_forum_agenda_item");
        jdbc.update("delete from enterprise_forum");
    }

    @Test
    void anUnresolvedNeedFiledInThePortalLandsOnTheNextForumsAgendaShownInTheConsole() {
        PortalClient enterprise = needs.enterprise(accounts, jdbc);
        HttpResponse<String> offered = enterprise.api("GET", "/api/services", null, false);
        assertThat(needs.read(offered.body()).findValuesAsText("key")).containsExactly(EnterpriseNeeds.PROCESS);
        String trackingNumber = needs.file(enterprise, "研发场地扩租");
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(trackingNumber)
                .singleResult()
                .getId();

        // business-service triages in Tasklist
        String triager = TestPeople.staff(identity, "business-service");
        JsonNode triage = needs.openTask(triager, TestPeople.STAFF_PASSWORD, trackingNumber);
        assertThat(triage.get("taskDefinitionKey").asText()).isEqualTo("Task_TriageNeed");
        ResponseEntity<String> triaged = needs.work(
                triager,
                TestPeople.STAFF_PASSWORD,
                triage.get("id").asText(),
                Map.of("handlingOffice", "housing-office", "replyWorkingDays", 5));
        assertThat(triaged.getStatusCode().value()).as(triaged.getBody()).isEqualTo(204);
        // the enterprise is told of the assignment (asynchronous: no job executor in the tests)
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(instance)
                .singleResult()
                .getId());

        // the housing office answers within its working days
        String office = TestPeople.staff(identity, "housing-office");
        JsonNode answer = needs.openTask(office, TestPeople.STAFF_PASSWORD, trackingNumber);
        assertThat(answer.get("taskDefinitionKey").asText()).isEqualTo("Task_AnswerNeed");
        assertThat(answer.get("due").asText()).isNotEmpty();
        ResponseEntity<String> answered = needs.work(
                office, TestPeople.STAFF_PASSWORD, answer.get("id").asText(), Map.of("answer", "正在协调园区空置楼宇"));
        assertThat(answered.getStatusCode().value()).as(answered.getBody()).isEqualTo(204);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'CASE_DOCUMENT_RECORDED' and subject = ?",
                        Long.class,
                        "case:" + trackingNumber))
                .as("the answer recorded by the template 文书登记")
                .isEqualTo(1L);

        // the enterprise finds it unresolved, in its own step in the portal
        needs.rate(enterprise, trackingNumber, "NO", "2");

        // no forum date yet: business-service is told to set one, and the step stays open
        JsonNode agenda = needs.openTask(triager, TestPeople.STAFF_PASSWORD, trackingNumber);
        assertThat(agenda.get("taskDefinitionKey").asText()).isEqualTo("Task_PutOnForumAgenda");
        ResponseEntity<String> refused = needs.work(
                triager, TestPeople.STAFF_PASSWORD, agenda.get("id").asText(), Map.of("agendaNote", "请园区到会说明"));
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
        assertThat(needs.read(refused.getBody()).get("message").asText())
                .startsWith("尚未设定下一次政企座谈会的日期")
                .doesNotContain("Exception", "ENGINE-");
        PortalClient console = new PortalClient(port);
        console.signIn(triager, TestPeople.STAFF_PASSWORD);
        assertThat(console.page(ForumPages.PATH).body()).contains("id=\"no-forum\"");

        // business-service sets two forum dates; today and an unreadable date are refused in Chinese
        LocalDate today = calendar.today();
        HttpResponse<String> todayRefused = addForum(console, today.toString());
        assertThat(todayRefused.statusCode()).isEqualTo(400);
        assertThat(todayRefused.body()).contains("id=\"problem\"", "不是今后的日期");
        HttpResponse<String> unreadable = addForum(console, "12/17/2026");
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(unreadable.body()).contains("无法识别日期“12/17/2026”");
        LocalDate next = today.plusDays(3);
        LocalDate later = today.plusDays(10);
        for (LocalDate date : List.of(later, next)) {
            HttpResponse<String> added = addForum(console, date.toString());
            assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
            assertThat(added.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith(ForumPages.PATH + "?added=" + date));
        }
        assertThat(addForum(console, next.toString()).body()).contains("已有政企座谈会");

        // now the step goes through, onto the next forum's agenda
        ResponseEntity<String> put = needs.work(
                triager, TestPeople.STAFF_PASSWORD, agenda.get("id").asText(), Map.of("agendaNote", "请园区到会说明"));
        assertThat(put.getStatusCode().value()).as(put.getBody()).isEqualTo(204);
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(instance)
                        .activityId("EndEvent_OnForumAgenda")
                        .count())
                .isEqualTo(1L);
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(instance)
                        .variableName("forumDate")
                        .singleResult()
                        .getValue())
                .isEqualTo(next.toString());
        String page = console.page(ForumPages.PATH).body();
        String nextForum =
                page.substring(page.indexOf("id=\"forum-" + next + "\""), page.indexOf("id=\"forum-" + later));
        assertThat(nextForum).contains(trackingNumber, "研发场地扩租", "请园区到会说明", "上海座谈科技有限公司");
        assertThat(page.substring(page.indexOf("id=\"forum-" + later + "\"")))
                .contains("暂无议题")
                .doesNotContain(trackingNumber);
        assertThat(page).doesNotContain("id=\"no-forum\"");
    }

    @Test
    void aRunningCaseMovesToANewVersionByTheMigrationCallsAndOnlyAnAdministratorMayMoveIt() throws IOException {
        PortalClient enterprise = needs.enterprise(accounts, jdbc);
        String trackingNumber = needs.file(enterprise, "人才公寓申请");
        ProcessInstance running = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(trackingNumber)
                .singleResult();
        String taskBefore = needs.openTask(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD, trackingNumber)
                .get("id")
                .asText();
        String original = Files.readString(MODEL);
        // the designer renames the triage step: a new id, a new name
        String renamed = original.replace("Task_TriageNeed", "Task_AssignNeed")
                .replace("name=\"分派承办科室和答复时限\"", "name=\"分派承办科室\"");
        try {
            ResponseEntity<String> deployed = deploy(renamed);
            assertThat(deployed.getStatusCode().value()).as(deployed.getBody()).isEqualTo(200);
            String source = running.getProcessDefinitionId();
            String target = repository
                    .createProcessDefinitionQuery()
                    .processDefinitionKey(EnterpriseNeeds.PROCESS)
                    .latestVersion()
                    .singleResult()
                    .getId();
            assertThat(target).isNotEqualTo(source);
            assertThat(runtime.createProcessInstanceQuery()
                            .processInstanceId(running.getId())
                            .singleResult()
                            .getProcessDefinitionId())
                    .as("a new version leaves the running case on its own")
                    .isEqualTo(source);

            // 1. generate the plan: the activities of the same id are mapped
            TestRestTemplate admin = TestPeople.as(rest, TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);
            ResponseEntity<String> generated = admin.exchange(
                    "/engine-rest/migration/generate",
                    HttpMethod.POST,
                    needs.body(Map.of(
                            "sourceProcessDefinitionId", source,
                            "targetProcessDefinitionId", target,
                            "updateEventTriggers", true)),
                    String.class);
            assertThat(generated.getStatusCode().value())
                    .as(generated.getBody())
                    .isEqualTo(200);
            ObjectNode plan = (ObjectNode) needs.read(generated.getBody());
            ArrayNode instructions = (ArrayNode) plan.get("instructions");
            assertThat(instructions.findValuesAsText("sourceActivityIds")).doesNotContain("Task_TriageNeed");
            assertThat(instructions.toString()).contains("Task_AnswerNeed", "Task_PutOnForumAgenda");
            // 2. the renamed step by hand
            instructions
                    .addObject()
                    .put("updateEventTrigger", false)
                    .<ObjectNode>set("sourceActivityIds", plan.arrayNode().add("Task_TriageNeed"))
                    .set("targetActivityIds", plan.arrayNode().add("Task_AssignNeed"));
            Map<String, Object> execute = Map.of(
                    "migrationPlan",
                    plan,
                    "processInstanceIds",
                    List.of(running.getId()),
                    "skipCustomListeners",
                    false,
                    "skipIoMappings",
                    false);

            // 3. execute: not for a clerk of the group that works the step, nor for a designer
            for (String refusedUser :
                    List.of(TestPeople.staff(identity, "business-service"), TestPeople.staff(identity, "designers"))) {
                ResponseEntity<String> refused = TestPeople.as(rest, refusedUser, TestPeople.STAFF_PASSWORD)
                        .exchange("/engine-rest/migration/execute", HttpMethod.POST, needs.body(execute), String.class);
                assertThat(refused.getStatusCode().value())
                        .as(refused.getBody())
                        .isEqualTo(403);
            }
            ResponseEntity<String> migrated = admin.exchange(
                    "/engine-rest/migration/execute", HttpMethod.POST, needs.body(execute), String.class);
            assertThat(migrated.getStatusCode().value()).as(migrated.getBody()).isEqualTo(204);

            assertThat(runtime.createProcessInstanceQuery()
                            .processInstanceId(running.getId())
                            .singleResult()
                            .getProcessDefinitionId())
                    .isEqualTo(target);
            JsonNode task = needs.openTask(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD, trackingNumber);
            assertThat(task.get("id").asText()).as("the same task, moved").isEqualTo(taskBefore);
            assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_AssignNeed");
            assertThat(task.get("name").asText())
                    .as("a task keeps what it was created with: its name, due date and assignee")
                    .isEqualTo("分派承办科室和答复时限");
            assertThat(task.get("processDefinitionId").asText()).isEqualTo(target);
        } finally {
            // the repository's model again as the latest version, for the other tests of the shared engine
            assertThat(deploy(original).getStatusCode().value()).isEqualTo(200);
        }
    }

    /** The console's form to add a forum, sent from the page with the form's CSRF token. */
    static HttpResponse<String> addForum(PortalClient console, String date) {
        Matcher token = CSRF_INPUT.matcher(console.page(ForumPages.PATH).body());
        assertThat(token.find()).as("the form's CSRF token").isTrue();
        return console.formWithout(ForumPages.PATH, Map.of("forumDate", date, "_csrf", token.group(1)));
    }

    /** Deploys the model as Camunda Modeler does, as the administrator; the server adds the model's forms. */
    private ResponseEntity<String> deploy(String model) {
        String boundary = "migration-test-boundary";
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary));
        headers.set(HttpHeaders.ORIGIN, "http://localhost:" + port);
        byte[] body = TestMultipart.body(
                boundary,
                "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + EnterpriseNeeds.PROCESS,
                "Content-Disposition: form-data; name=\"deployment-source\"\r\n\r\nCamunda Modeler",
                TestMultipart.file(
                        "enterprise-service-request.bpmn",
                        "enterprise-service-request.bpmn",
                        "application/octet-stream",
                        model.getBytes(StandardCharsets.UTF_8)));
        return TestPeople.as(rest, TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD)
                .exchange(
                        "/engine-rest/deployment/create",
                        HttpMethod.POST,
                        new HttpEntity<>(body, headers),
                        String.class);
    }
}

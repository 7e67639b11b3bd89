package cn.jiedaoflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Processes that staff never start (one-stop applications, veteran assistance, holiday visits, the owners' vote)
 * refuse a start through the engine's doors — {@code /engine-rest} and the webapps' API, by staff of their groups
 * and by administrators — and say where such cases are filed; their timers still start them.
 */
@IntegrationTest
class DoorStartGuardIntegrationTests {

    /** Each process without a staff start, a group that works its tasks, and what the refusal names. */
    private static final Map<String, List<String>> WITHOUT_STAFF_START = Map.of(
            "one-stop-application", List.of("acceptance-window", "/api/applications"),
            "veteran-assistance", List.of("veterans-station", "/api/veteran-assistance/applications"),
            "veteran-holiday-visits", List.of("veterans-station", "定时器"),
            "owners-vote", List.of("self-governance-office", "其他流程"));

    private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anAdministratorCannotStartThemThroughEngineRestAndIsToldWhereTheyAreFiled() throws Exception {
        TestRestTemplate administrator = TestPeople.as(rest, TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);
        for (Map.Entry<String, List<String>> process : WITHOUT_STAFF_START.entrySet()) {
            long before = instances(process.getKey());
            for (String door : List.of("/start", "/submit-form")) {
                ResponseEntity<String> refused = administrator.postForEntity(
                        "/engine-rest/process-definition/key/" + process.getKey() + door, json("{}"), String.class);
                assertThat(refused.getStatusCode()).as(process.getKey() + door).isEqualTo(HttpStatus.BAD_REQUEST);
                String message =
                        json.readTree(refused.getBody()).path("message").asText();
                assertThat(message)
                        .as(process.getKey())
                        .contains("不能从 Tasklist 或引擎接口发起", process.getValue().get(1))
                        .doesNotContain("not started through Tasklist or the engine's API");
            }
            assertThat(instances(process.getKey())).isEqualTo(before);
        }
    }

    @Test
    void anAdministratorCannotStartThemThroughTheWebappsApi() {
        Webapp tasklist = Webapp.login(rest, TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);
        for (String key : WITHOUT_STAFF_START.keySet()) {
            long before = instances(key);
            ResponseEntity<String> started = tasklist.postJson(
                    WEBAPP_ENGINE + "/process-definition/key/" + key + "/start",
                    "{\"variables\":{\"trackingNumber\":{\"value\":\"OS-20260101-FORGED\",\"type\":\"String\"}}}");
            ResponseEntity<String> submitted = tasklist.postJson(
                    WEBAPP_ENGINE + "/process-definition/key/" + key + "/submit-form", "{\"variables\":{}}");
            assertThat(started.getStatusCode()).as(key).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(submitted.getStatusCode()).as(key).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(started.getBody()).contains("不能从 Tasklist 或引擎接口发起");
            assertThat(instances(key)).isEqualTo(before);
        }
    }

    @Test
    void staffOfTheirGroupsCannotStartThemThroughEitherDoor() {
        for (Map.Entry<String, List<String>> process : WITHOUT_STAFF_START.entrySet()) {
            String staff = TestPeople.staff(identity, process.getValue().get(0));
            long before = instances(process.getKey());
            ResponseEntity<String> rest = TestPeople.as(this.rest, staff, TestPeople.STAFF_PASSWORD)
                    .postForEntity(
                            "/engine-rest/process-definition/key/" + process.getKey() + "/start",
                            json("{}"),
                            String.class);
            ResponseEntity<String> webapp = Webapp.login(this.rest, staff, TestPeople.STAFF_PASSWORD)
                    .postJson(WEBAPP_ENGINE + "/process-definition/key/" + process.getKey() + "/start", "{}");
            assertThat(rest.getStatusCode().is4xxClientError())
                    .as(process.getKey() + " " + rest.getStatusCode())
                    .isTrue();
            assertThat(webapp.getStatusCode().is4xxClientError())
                    .as(process.getKey())
                    .isTrue();
            assertThat(instances(process.getKey())).isEqualTo(before);
        }
    }

    @Test
    void theHolidayVisitsTimerStillStartsARoundAlsoWhenAnAdministratorRunsItsJob() {
        Job daily = management
                .createJobQuery()
                .processDefinitionKey("veteran-holiday-visits")
                .timers()
                .activityId("StartEvent_Daily")
                .singleResult();
        long before = instances("veteran-holiday-visits");

        ResponseEntity<String> executed = TestPeople.as(rest, TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD)
                .postForEntity("/engine-rest/job/" + daily.getId() + "/execute", json("{}"), String.class);

        assertThat(executed.getStatusCode()).as(executed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(instances("veteran-holiday-visits")).isEqualTo(before + 1);
    }

    private long instances(String processKey) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ?", Long.class, processKey);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}

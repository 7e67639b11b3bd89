package cn.jiedaoflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.TestPeople;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
 * A refusal raised by a task listener — which the engine wraps, and Camunda's resources wrap again into a 500 —
 * reaches the staff member as Camunda's 400 with the refusal's own message, one sentence in the caller's language
 * (Chinese without {@code Accept-Language} and for zh-CN, English for en-US; never the engine's {@code ENGINE-} code),
 * through {@code /engine-rest} and through the webapps' API (what Tasklist calls when a form is submitted); the task
 * stays open.
 */
@IntegrationTest
class EngineRefusalIntegrationTests {

    private static final String REFUSAL = "家庭月收入须为数字（元）";
    private static final String ENGLISH_REFUSAL = "the monthly household income must be a number of yuan";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    TaskService tasks;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aTaskListenersRefusalIsA400WithItsOwnSentenceInTheCallersLanguageThroughBothDoors() throws Exception {
        String visit = homeVisit();
        String station = TestPeople.staff(identity, "veterans-station");
        String answers = "{\"variables\":{\"householdSize\":{\"value\":3,\"type\":\"Long\"},"
                + "\"monthlyHouseholdIncome\":{\"value\":\"五千\",\"type\":\"String\"},"
                + "\"disabilityGrade\":{\"value\":0,\"type\":\"Long\"},\"visitFindings\":{\"value\":\"已核实\"}}}";

        ResponseEntity<String> completed = TestPeople.as(rest, station, TestPeople.STAFF_PASSWORD)
                .postForEntity("/engine-rest/task/" + visit + "/complete", json(answers), String.class);
        Webapp tasklist = Webapp.login(rest, station, TestPeople.STAFF_PASSWORD);
        String submitForm = "/camunda/api/engine/engine/default/task/" + visit + "/submit-form";
        ResponseEntity<String> submitted = tasklist.postJson(submitForm, answers);
        ResponseEntity<String> submittedInChinese = tasklist.postJson(submitForm, answers, "zh-CN,zh;q=0.9,en;q=0.8");
        HttpHeaders english = json(answers).getHeaders();
        ResponseEntity<String> completedInEnglish = TestPeople.as(rest, station, TestPeople.STAFF_PASSWORD)
                .exchange(
                        "/engine-rest/task/" + visit + "/complete",
                        HttpMethod.POST,
                        new HttpEntity<>(answers, withLanguage(english, "en-US,en;q=0.9")),
                        String.class);
        ResponseEntity<String> submittedInEnglish = tasklist.postJson(submitForm, answers, "en-US,en;q=0.9,zh;q=0.5");

        List<Map.Entry<ResponseEntity<String>, String>> expected = List.of(
                Map.entry(completed, REFUSAL),
                Map.entry(submitted, REFUSAL),
                Map.entry(submittedInChinese, REFUSAL),
                Map.entry(completedInEnglish, ENGLISH_REFUSAL),
                Map.entry(submittedInEnglish, ENGLISH_REFUSAL));
        for (Map.Entry<ResponseEntity<String>, String> refused : expected) {
            assertThat(refused.getKey().getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            JsonNode body = json.readTree(refused.getKey().getBody());
            assertThat(body.path("type").asText())
                    .as("Camunda's shape")
                    .isNotBlank()
                    .doesNotContain("RestException");
            assertThat(body.path("message").asText()).isEqualTo(refused.getValue());
        }
        assertThat(tasks.createTaskQuery().taskId(visit).count()).isOne();
    }

    /** A case at its home visit: a veteran on the roster, an application by the station. */
    private String homeVisit() throws Exception {
        TestRestTemplate station =
                TestPeople.as(rest, TestPeople.staff(identity, "veterans-station"), TestPeople.STAFF_PASSWORD);
        String idNumber = TestIdNumbers.unique();
        HttpHeaders csv = new HttpHeaders();
        csv.setContentType(MediaType.parseMediaType("text/csv;charset=UTF-8"));
        assertThat(station.exchange(
                                "/api/veterans",
                                HttpMethod.POST,
                                new HttpEntity<>(
                                        ("serviceNumber,name,idNumber,"
                                                        + "mobile,address,keyCare\r\nER-" + idNumber.substring(6)
                                                        + ",老兵," + idNumber
                                                        + ",13755000395,长宁区某路 4 号,否\r\n")
                                                .getBytes(StandardCharsets.UTF_8),
                                        csv),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        String trackingNumber = json.readTree(station.postForEntity(
                                "/api/veteran-assistance/applications",
                                Map.of(
                                        "veteranIdNumber",
                                        idNumber,
                                        "applicantRelation",
                                        "VETERAN",
                                        "applicantName",
                                        "老兵",
                                        "applicantMobile",
                                        "13755000395",
                                        "hardshipType",
                                        "OTHER",
                                        "householdSize",
                                        3,
                                        "monthlyHouseholdIncome",
                                        5000,
                                        "disabilityGrade",
                                        0,
                                        "requestedHelp",
                                        "生活困难"),
                                String.class)
                        .getBody())
                .path("trackingNumber")
                .asText();
        Task visit = tasks.createTaskQuery()
                .processInstanceBusinessKey(trackingNumber)
                .singleResult();
        assertThat(visit.getTaskDefinitionKey()).isEqualTo("UserTask_HomeVisit");
        return visit.getId();
    }

    private static HttpHeaders withLanguage(HttpHeaders headers, String acceptLanguage) {
        HttpHeaders copy = new HttpHeaders();
        copy.putAll(headers);
        copy.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        return copy;
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}

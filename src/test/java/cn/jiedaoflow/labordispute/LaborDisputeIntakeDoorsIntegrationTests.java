package cn.jiedaoflow.labordispute;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.engine.Webapp;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import cn.jiedaoflow.personaldata.EngineTables;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
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
 * The security test's forgery — mediation staff starting {@code labor-dispute-mediation} through the engine with a
 * resident's account, {@code channel=ONLINE} and an ID number of their choosing — through {@code /engine-rest} and
 * through the webapps' API: refused, nothing stored. A window entry from Tasklist's start form still works and is
 * the signed-in user's.
 */
@IntegrationTest
class LaborDisputeIntakeDoorsIntegrationTests {

    private static final String START = "/process-definition/key/labor-dispute-mediation/start";
    private static final String SUBMIT_FORM = "/process-definition/key/labor-dispute-mediation/submit-form";
    private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private String mediator;
    private String residentMobile;
    private long residentAccount;

    @BeforeEach
    void people() {
        mediator = TestPeople.staff(identity, "mediation");
        residentMobile = "1390077" + String.format("%04d", (int) (Math.random() * 10_000));
        if (accountRepository.findByLoginName(residentMobile).isEmpty()) {
            accounts.createResident(residentMobile, "被冒名的居民", TestIdNumbers.unique(), TestPeople.RESIDENT_PASSWORD);
        }
        residentAccount =
                accountRepository.findByLoginName(residentMobile).orElseThrow().getId();
    }

    @Test
    void theForgedOnlineCaseIsRefusedThroughEngineRest() throws Exception {
        long instances = instances();
        long caseRows = caseRows();

        ResponseEntity<String> forged = TestPeople.as(rest, mediator, TestPeople.STAFF_PASSWORD)
                .postForEntity("/engine-rest" + START, jsonBody(forgery()), String.class);

        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(forged.getBody()).path("message").asText())
                .contains("只能填写申请表中的字段", "applicantAccountId", "channel")
                .doesNotContain("application form's fields");
        assertNothingStored(instances, caseRows);
    }

    @Test
    void theForgedOnlineCaseIsRefusedThroughTheWebappsApi() throws Exception {
        long instances = instances();
        long caseRows = caseRows();
        Webapp tasklist = Webapp.login(rest, mediator, TestPeople.STAFF_PASSWORD);

        ResponseEntity<String> started = tasklist.postJson(WEBAPP_ENGINE + START, forgery());
        ResponseEntity<String> submitted = tasklist.postJson(WEBAPP_ENGINE + SUBMIT_FORM, forgery());

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(submitted.getBody()).path("message").asText()).contains("applicantAccountId");
        assertNothingStored(instances, caseRows);
    }

    @Test
    void aStartThatSkipsTheIntakeOrStartsLaterIsRefused() {
        long instances = instances();
        long caseRows = caseRows();
        TestRestTemplate staff = TestPeople.as(rest, mediator, TestPeople.STAFF_PASSWORD);
        String variables = "\"variables\":" + formVariables(TestIdNumbers.unique());

        for (String body : List.of(
                "{" + variables
                        + ",\"skipCustomListeners\":true,\"startInstructions\":[{\"type\":\"startBeforeActivity\","
                        + "\"activityId\":\"StartEvent_ApplicationReceived\"}]}",
                "{" + variables + ",\"startInstructions\":[{\"type\":\"startBeforeActivity\","
                        + "\"activityId\":\"Task_DecideAcceptance\"}]}",
                "{" + variables + ",\"businessKey\":\"LD-20260101-AAAAAA\"}")) {
            ResponseEntity<String> refused = staff.postForEntity("/engine-rest" + START, jsonBody(body), String.class);
            assertThat(refused.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
        }
        assertNothingStored(instances, caseRows);
    }

    @Test
    void aDoorStartByAnotherGroupOrAnAdministratorIsRefusedAsTheApiRefusesIt() {
        long instances = instances();
        long caseRows = caseRows();
        String body = "{\"variables\":" + formVariables(TestIdNumbers.unique()) + "}";

        ResponseEntity<String> administrator = TestPeople.as(rest, TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD)
                .postForEntity("/engine-rest" + START, jsonBody(body), String.class);
        ResponseEntity<String> badId = TestPeople.as(rest, mediator, TestPeople.STAFF_PASSWORD)
                .postForEntity(
                        "/engine-rest" + START,
                        jsonBody("{\"variables\":" + formVariables("31010519") + "}"),
                        String.class);

        assertThat(administrator.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(administrator.getBody()).contains("只有调解委员会工作人员或居民本人");
        assertThat(badId.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badId.getBody()).contains("身份证号码").contains("无效").doesNotContain("31010519\"");
        assertNothingStored(instances, caseRows);
    }

    @Test
    void aWindowEntryFromTasklistsStartFormIsTheSignedInUsers() throws Exception {
        String idNumber = TestIdNumbers.unique();
        Webapp tasklist = Webapp.login(rest, mediator, TestPeople.STAFF_PASSWORD);

        ResponseEntity<String> submitted =
                tasklist.postJson(WEBAPP_ENGINE + SUBMIT_FORM, "{\"variables\":" + formVariables(idNumber) + "}");

        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.OK);
        String instanceId = json.readTree(submitted.getBody()).path("id").asText();
        Map<String, Object> recorded = jdbc.queryForMap(
                "SELECT tracking_number, channel, registered_by, "
                        + "applicant_account_id, applicant_id_number FROM labor_dispute_case WHERE"
                        + " process_instance_id = ?",
                instanceId);
        assertThat(recorded)
                .containsEntry("CHANNEL", "WINDOW")
                .containsEntry("REGISTERED_BY", mediator)
                .containsEntry("APPLICANT_ID_NUMBER", idNumber);
        assertThat(recorded.get("APPLICANT_ACCOUNT_ID")).isNull();
        assertThat(EngineTables.holding(jdbc, idNumber))
                .as("the ID number typed into the start form")
                .isEmpty();
        JsonNode listed = json.readTree(TestPeople.as(rest, mediator, TestPeople.STAFF_PASSWORD)
                .getForObject(LaborDisputeMediationController.PATH, String.class));
        assertThat(listed.toString()).contains((String) recorded.get("TRACKING_NUMBER"));
    }

    private String forgery() {
        return "{\"variables\":{"
                + "\"applicantAccountId\":{\"value\":" + residentAccount + ",\"type\":\"Long\"},"
                + "\"channel\":{\"value\":\"ONLINE\",\"type\":\"String\"},"
                + "\"applicantName\":{\"value\":\"被冒名的居民\",\"type\":\"String\"},"
                + "\"applicantMobile\":{\"value\":\"" + residentMobile + "\",\"type\":\"String\"},"
                + "\"applicantIdNumber\":{\"value\":\"110101190001010000\",\"type\":\"String\"},"
                + "\"employer\":{\"value\":\"某公司\",\"type\":\"String\"},"
                + "\"disputeType\":{\"value\":\"WAGES\",\"type\":\"String\"},"
                + "\"claim\":{\"value\":\"伪造的请求\",\"type\":\"String\"},"
                + "\"facts\":{\"value\":\"伪造的事实\",\"type\":\"String\"}}}";
    }

    private static String formVariables(String idNumber) {
        return "{\"applicantName\":{\"value\":\"窗口申请人\",\"type\":\"String\"},"
                + "\"applicantMobile\":{\"value\":\"13800138000\",\"type\":\"String\"},"
                + "\"applicantIdNumber\":{\"value\":\"" + idNumber + "\",\"type\":\"String\"},"
                + "\"employer\":{\"value\":\"上海某某物流有限公司\",\"type\":\"String\"},"
                + "\"disputeType\":{\"value\":\"WAGES\",\"type\":\"String\"},"
                + "\"claim\":{\"value\":\"支付加班费\",\"type\":\"String\"},"
                + "\"facts\":{\"value\":\"加班未付费\",\"type\":\"String\"}}";
    }

    private void assertNothingStored(long instances, long caseRows) {
        assertThat(instances()).isEqualTo(instances);
        assertThat(caseRows()).isEqualTo(caseRows);
        assertThat(TestPeople.as(rest, residentMobile, TestPeople.RESIDENT_PASSWORD)
                        .getForObject(LaborDisputeMediationController.PATH, List.class))
                .isEmpty();
    }

    private long instances() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'labor-dispute-mediation'", Long.class);
    }

    private long caseRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM labor_dispute_case", Long.class);
    }

    private static HttpEntity<String> jsonBody(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}

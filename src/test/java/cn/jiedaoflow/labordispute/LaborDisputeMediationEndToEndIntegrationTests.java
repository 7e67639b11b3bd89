package cn.jiedaoflow.labordispute;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
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
 * A case from the resident's application to its end, as the people involved do it: the resident over the
 * application's API, the mediation committee over the engine's REST API (what Tasklist calls), the
 * notification by the job executor.
 */
@IntegrationTest
class LaborDisputeMediationEndToEndIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    IdentityService identity;

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCaseRunsFromTheResidentsApplicationToAnAgreement() {
        TestRestTemplate resident = TestPeople.as(
                rest,
                TestPeople.resident(accounts, accountRepository, "13900000301", "孙三"),
                TestPeople.RESIDENT_PASSWORD);
        TestRestTemplate mediator =
                TestPeople.as(rest, TestPeople.staff(identity, "mediation"), TestPeople.STAFF_PASSWORD);
        TestRestTemplate otherStaff =
                TestPeople.as(rest, TestPeople.staff(identity, "civil-affairs"), TestPeople.STAFF_PASSWORD);

        String trackingNumber = (String) resident.postForEntity(
                        LaborDisputeMediationController.PATH,
                        Map.of(
                                "employer",
                                "上海某某物流有限公司",
                                "disputeType",
                                "WAGES",
                                "claim",
                                "支付加班费 3,200 元",
                                "facts",
                                "2026 年 9 月加班 40 小时未付加班费"),
                        Map.class)
                .getBody()
                .get("trackingNumber");

        // the task shows in the mediation group's list with the case's due date, not in another group's
        String acceptance = taskOf(mediator, trackingNumber, "Task_DecideAcceptance");
        assertThat(otherStaff.getForObject(
                        "/engine-rest/task?processInstanceBusinessKey=" + trackingNumber, List.class))
                .isEmpty();
        assertThat(otherStaff
                        .postForEntity("/engine-rest/task/" + acceptance + "/complete", json("{}"), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        complete(mediator, acceptance, "{\"accepted\":{\"value\":true}}");
        String session = taskOf(mediator, trackingNumber, "Task_HoldSession");
        complete(
                mediator,
                session,
                "{\"sessionDate\":{\"value\":\"2026-11-30\"},"
                        + "\"sessionAttendance\":{\"value\":\"双方到场\"},\"sessionSummary\":{\"value\":\"达成一致\"},"
                        + "\"sessionOutcome\":{\"value\":\"AGREEMENT\"}}");
        String agreement = taskOf(mediator, trackingNumber, "Task_RecordAgreement");
        complete(
                mediator,
                agreement,
                "{\"agreementNumber\":{\"value\":\"长宁调字〔2026〕第 12 号\"},"
                        + "\"agreementTerms\":{\"value\":\"用人单位于 2026-12-15 前支付 3,200 元\"},"
                        + "\"agreementSignedDate\":{\"value\":\"2026-11-30\"}}");

        // the notice is sent asynchronously, with retries: run its job as the job executor would
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(trackingNumber)
                .singleResult();
        List<Job> jobs =
                management.createJobQuery().processInstanceId(instance.getId()).list();
        assertThat(jobs).hasSize(1);
        management.executeJob(jobs.get(0).getId());

        HistoricProcessInstance finished = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(trackingNumber)
                .singleResult();
        assertThat(finished.getEndActivityId()).isEqualTo("EndEvent_AgreementReached");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notification WHERE tracking_number = ?", Integer.class, trackingNumber))
                .isEqualTo(1);
        assertThat(resident.getForObject(LaborDisputeMediationController.PATH + "/" + trackingNumber, Map.class))
                .containsEntry("status", "AGREEMENT");
    }

    @SuppressWarnings("unchecked")
    private static String taskOf(TestRestTemplate staff, String trackingNumber, String taskDefinitionKey) {
        List<Map<String, Object>> tasks = staff.getForObject(
                "/engine-rest/task?processInstanceBusinessKey=" + trackingNumber + "&candidateGroup=mediation",
                List.class);
        assertThat(tasks).hasSize(1);
        Map<String, Object> task = tasks.get(0);
        assertThat(task.get("taskDefinitionKey")).isEqualTo(taskDefinitionKey);
        assertThat(task.get("due"))
                .as("every task of this procedure has a due date")
                .isNotNull();
        return (String) task.get("id");
    }

    private static void complete(TestRestTemplate staff, String taskId, String variables) {
        ResponseEntity<String> done = staff.postForEntity(
                "/engine-rest/task/" + taskId + "/complete", json("{\"variables\":" + variables + "}"), String.class);
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}

package cn.jiedaoflow.propertyfee;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestEstates;
import cn.jiedaoflow.TestPeople;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The owners' committee calls the vote as Tasklist does, through {@code /engine-rest/task/{id}/submit-form}, with the
 * deployed {@code owners-vote} and its real delegates behind the call activity.
 */
@IntegrationTest
class PropertyFeeVoteCallIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCallWithLessThan15DaysNoticeGoesBackToTheCommitteeWithTheReason() {
        TestEstates.Estate estate = TestEstates.scoped(rest, identity);
        String trackingNumber = toVoteCall(estate);
        Task call = task(trackingNumber);
        // five days of notice: far too short
        OffsetDateTime opens = OffsetDateTime.now(ZoneOffset.ofHours(8))
                .plus(Duration.ofDays(5))
                .truncatedTo(ChronoUnit.HOURS);

        ResponseEntity<String> submitted = TestPeople.as(rest, estate.ownersCommittee(), TestPeople.STAFF_PASSWORD)
                .postForEntity(
                        "/engine-rest/task/" + call.getId() + "/submit-form",
                        Map.of("variables", voteCall(opens)),
                        String.class);

        assertThat(submitted.getStatusCode()).as("%s", submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        Task again = task(trackingNumber);
        assertThat(again.getTaskDefinitionKey()).isEqualTo(PropertyFeeAdjustment.TASK_CALL_VOTE);
        assertThat(again.getId()).isNotEqualTo(call.getId());
        assertThat((String)
                        runtime.getVariable(again.getProcessInstanceId(), PropertyFeeAdjustment.VAR_VOTE_CALL_REFUSAL))
                .startsWith("表决开始前须至少公告 15 日")
                .contains("Owners are told at least 15 days before a vote opens");
        // nothing of the refused vote stays: no vote, no frozen register
        assertThat(jdbc.queryForObject("select count(*) from vote where estate_id = ?", Long.class, estate.id()))
                .isZero();
    }

    @Test
    void theCalledVoteNamesTheEstateSoTasklistsRowsTellTheVotesApart() {
        TestEstates.Estate estate = TestEstates.scoped(rest, identity);
        String trackingNumber = toVoteCall(estate);
        Task call = task(trackingNumber);
        OffsetDateTime opens = OffsetDateTime.now(ZoneOffset.ofHours(8))
                .plus(Duration.ofDays(20))
                .truncatedTo(ChronoUnit.HOURS);

        ResponseEntity<String> submitted = TestPeople.as(rest, estate.ownersCommittee(), TestPeople.STAFF_PASSWORD)
                .postForEntity(
                        "/engine-rest/task/" + call.getId() + "/submit-form",
                        Map.of("variables", voteCall(opens)),
                        String.class);

        assertThat(submitted.getStatusCode()).as("%s", submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        ProcessInstance vote = runtime.createProcessInstanceQuery()
                .superProcessInstanceId(call.getProcessInstanceId())
                .singleResult();
        assertThat(vote).as("the called owners-vote").isNotNull();
        assertThat(runtime.getVariable(vote.getId(), PropertyFeeAdjustment.VAR_ESTATE_NAME))
                .isEqualTo(runtime.getVariable(call.getProcessInstanceId(), PropertyFeeAdjustment.VAR_ESTATE_NAME))
                .isEqualTo("测试小区");
        assertThat(runtime.getVariable(vote.getId(), PropertyFeeAdjustment.VAR_VOTE_SUBJECT))
                .isEqualTo("住宅物业费调整至 2.30 元/㎡·月");
    }

    /** A case of the estate, filed through the API, up to its vote call (pre-reviews accepted, no objections). */
    private String toVoteCall(TestEstates.Estate estate) {
        ResponseEntity<Map> created = TestPeople.as(rest, estate.propertyCompany(), TestPeople.STAFF_PASSWORD)
                .postForEntity(PropertyFeeProposalController.PATH, TestProposals.apiBody(estate.id()), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String trackingNumber = (String) created.getBody().get("trackingNumber");
        executeJob(trackingNumber);
        complete(
                trackingNumber,
                PropertyFeeAdjustment.TASK_AUDIT_PROPOSAL,
                Map.of(
                        "auditScore",
                        80,
                        "auditCostConclusion",
                        "属实",
                        "recommendedFeeMin",
                        2.0,
                        "recommendedFeeMax",
                        2.4));
        complete(
                trackingNumber,
                PropertyFeeAdjustment.TASK_PRE_REVIEW_RESIDENTS_COMMITTEE,
                Map.of("residentsCommitteeDecision", "ACCEPT", "residentsCommitteeComments", "同意"));
        complete(
                trackingNumber,
                PropertyFeeAdjustment.TASK_PRE_REVIEW_OWNERS_COMMITTEE,
                Map.of("ownersCommitteeDecision", "ACCEPT", "ownersCommitteeComments", "同意"));
        executeJob(trackingNumber);
        complete(
                trackingNumber,
                PropertyFeeAdjustment.TASK_HOLD_HEARING,
                Map.of(
                        "hearingDate",
                        "2026-03-25",
                        "hearingAttendance",
                        40,
                        "hearingSummary",
                        "无异议",
                        "objectionLevel",
                        "NONE"));
        assertThat(task(trackingNumber).getTaskDefinitionKey()).isEqualTo(PropertyFeeAdjustment.TASK_CALL_VOTE);
        return trackingNumber;
    }

    /** The call-vote form's fields as Tasklist submits them: the window as date-times with their offset. */
    private static Map<String, Object> voteCall(OffsetDateTime opens) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("windowOpens", Map.of("value", opens.toString(), "type", "String"));
        variables.put("windowCloses", Map.of("value", opens.plusDays(7).toString(), "type", "String"));
        variables.put("voteSubject", Map.of("value", "住宅物业费调整至 2.30 元/㎡·月", "type", "String"));
        return variables;
    }

    private void executeJob(String trackingNumber) {
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(instance(trackingNumber))
                .singleResult()
                .getId());
    }

    private void complete(String trackingNumber, String taskKey, Map<String, Object> variables) {
        Task open = tasks.createTaskQuery()
                .processInstanceId(instance(trackingNumber))
                .taskDefinitionKey(taskKey)
                .singleResult();
        tasks.complete(open.getId(), variables);
    }

    private Task task(String trackingNumber) {
        return tasks.createTaskQuery()
                .processInstanceId(instance(trackingNumber))
                .singleResult();
    }

    private String instance(String trackingNumber) {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(trackingNumber)
                .processDefinitionKey(PropertyFeeAdjustment.PROCESS_KEY)
                .singleResult()
                .getId();
    }
}

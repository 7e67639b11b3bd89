package cn.jiedaoflow.propertyfee;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.TestEstates;
import cn.jiedaoflow.TestPeople;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drives a property-fee case of a test estate through the deployed engine to where its owners take part: filed,
 * published, audited, accepted by both committees (the opinion window opens now, by the engine's clock), the hearing,
 * the vote called, its notices sent, its window opened and closed, its result published. Jobs are executed by hand
 * (the tests run no job executor); the clock is the engine's ({@link ClockUtil}), which the caller resets.
 */
public final class OwnersCases {

    private final TestRestTemplate rest;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final JdbcTemplate jdbc;
    private final IdentityService identity;

    public OwnersCases(ApplicationContext context, TestRestTemplate rest) {
        this.rest = rest;
        this.runtime = context.getBean(RuntimeService.class);
        this.tasks = context.getBean(TaskService.class);
        this.management = context.getBean(ManagementService.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.identity = context.getBean(IdentityService.class);
    }

    /** Links the register's owner to the resident account with this mobile number, as staff do. */
    public void link(TestEstates.Estate estate, String ownerId, String mobile) {
        ResponseEntity<String> linked = TestPeople.as(
                        rest, TestPeople.staff(identity, "housing-office"), TestPeople.STAFF_PASSWORD)
                .exchange(
                        "/api/estates/" + estate.id() + "/owners/" + ownerId + "/account",
                        HttpMethod.PUT,
                        new HttpEntity<>(Map.of("mobile", mobile)),
                        String.class);
        assertThat(linked.getStatusCode()).as("%s", linked.getBody()).isEqualTo(HttpStatus.OK);
    }

    /** A new case of the estate, up to its open opinion window; returns its tracking number. */
    public String toOpinions(TestEstates.Estate estate) {
        @SuppressWarnings("rawtypes")
        ResponseEntity<Map> created = TestPeople.as(rest, estate.propertyCompany(), TestPeople.STAFF_PASSWORD)
                .postForEntity(PropertyFeeProposalController.PATH, TestProposals.apiBody(estate.id()), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String trackingNumber = (String) created.getBody().get("trackingNumber");
        management.executeJob(job(instance(trackingNumber), PropertyFeeAdjustment.TIMER_PUBLICATION_ENDS)
                .getId());
        complete(
                trackingNumber,
                PropertyFeeAdjustment.TASK_AUDIT_PROPOSAL,
                Map.of(
                        "auditScore",
                        82,
                        "auditCostConclusion",
                        "人工成本上涨属实",
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
        return trackingNumber;
    }

    /** The opinion window ends and the hearing, without objections, is held on {@code date}. */
    public void hearing(String trackingNumber, String date) {
        management.executeJob(job(instance(trackingNumber), PropertyFeeAdjustment.TIMER_OPINION_WINDOW_ENDS)
                .getId());
        complete(
                trackingNumber,
                PropertyFeeAdjustment.TASK_HOLD_HEARING,
                Map.of(
                        "hearingDate",
                        date,
                        "hearingAttendance",
                        40,
                        "hearingSummary",
                        "无异议",
                        "objectionLevel",
                        "NONE"));
    }

    /** The owners' committee calls the vote for the window; its notices go out and the paper notice is posted. */
    public long callVote(String trackingNumber, Instant opens, Instant closes) {
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("windowOpens", opens.atOffset(ZoneOffset.ofHours(8)).toString());
        call.put("windowCloses", closes.atOffset(ZoneOffset.ofHours(8)).toString());
        call.put("voteSubject", "住宅物业费调整至 2.30 元/㎡·月");
        complete(trackingNumber, PropertyFeeAdjustment.TASK_CALL_VOTE, call);
        String vote = vote(trackingNumber);
        management.executeJob(job(vote, "Task_NotifyOwnersInbox").getId());
        management.executeJob(job(vote, "Task_NotifyOwnersSms").getId());
        Task paper = tasks.createTaskQuery().processInstanceId(vote).singleResult();
        tasks.complete(paper.getId(), Map.of("noticePostedDate", "2026-12-01", "noticePlaces", "公告栏"));
        return voteId(trackingNumber);
    }

    /** The clock at {@code at}, and the window's opening timer fired. */
    public void openVote(String trackingNumber, Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
        management.executeJob(job(vote(trackingNumber), "Timer_WindowOpens").getId());
    }

    /** The clock at {@code at}, and the window's closing timer fired: the vote is tallied, not yet published. */
    public void closeVote(String trackingNumber, Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
        management.executeJob(job(vote(trackingNumber), "Timer_WindowCloses").getId());
    }

    /** The self-governance office publishes the result. */
    public void publish(String trackingNumber) {
        Task publish =
                tasks.createTaskQuery().processInstanceId(vote(trackingNumber)).singleResult();
        tasks.complete(publish.getId(), Map.of("resultPostedDate", "2026-12-25", "resultPlaces", "公告栏"));
    }

    public long voteId(String trackingNumber) {
        return jdbc.queryForObject("select max(id) from vote where tracking_number = ?", Long.class, trackingNumber);
    }

    /** When the case's opinion window opened and closes, as recorded. */
    public Instant[] opinionWindow(String trackingNumber) {
        return jdbc.queryForObject(
                "select opinion_window_opens, opinion_window_closes from fee_proposal where tracking_number = ?",
                (row, n) -> new Instant[] {
                    row.getObject(1, OffsetDateTime.class).toInstant(),
                    row.getObject(2, OffsetDateTime.class).toInstant()
                },
                trackingNumber);
    }

    private void complete(String trackingNumber, String taskKey, Map<String, Object> variables) {
        Task open = tasks.createTaskQuery()
                .processInstanceId(instance(trackingNumber))
                .taskDefinitionKey(taskKey)
                .singleResult();
        assertThat(open).as("task %s of %s", taskKey, trackingNumber).isNotNull();
        tasks.complete(open.getId(), variables);
    }

    private Job job(String processInstanceId, String activityId) {
        Job job = management
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .activityId(activityId)
                .singleResult();
        assertThat(job).as("job %s", activityId).isNotNull();
        return job;
    }

    private String vote(String trackingNumber) {
        return runtime.createProcessInstanceQuery()
                .superProcessInstanceId(instance(trackingNumber))
                .singleResult()
                .getId();
    }

    private String instance(String trackingNumber) {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(trackingNumber)
                .processDefinitionKey(PropertyFeeAdjustment.PROCESS_KEY)
                .singleResult()
                .getId();
    }
}

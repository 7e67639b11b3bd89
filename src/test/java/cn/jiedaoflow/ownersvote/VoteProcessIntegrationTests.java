package cn.jiedaoflow.ownersvote;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestEstates;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.config.OfficeTime;
import cn.jiedaoflow.notification.Notification;
import cn.jiedaoflow.notification.NotificationRepository;
import cn.jiedaoflow.owners.TestRegisters;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
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
 * The deployed {@code owners-vote} with its real delegates, repositories and decision: a whole vote on the
 * application's database, the jobs executed by hand and the engine clock moved to the window.
 */
@IntegrationTest
class VoteProcessIntegrationTests {

    private static final String REGISTER = String.join(
                    "\n",
                    "building,unit,area,ownerId,ownerName,developerUnsold",
                    "1号楼,101,100.50,O-1,业主一,false",
                    "1号楼,102,80.25,O-1,业主一,false",
                    "1号楼,103,90.00,O-2,业主二,false",
                    "1号楼,104,70.00,O-3,业主三,false",
                    "2号楼,201,60.00,,,true")
            + "\n";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    Votes votes;

    @Autowired
    VoteNoticeRepository notices;

    @Autowired
    NotificationRepository notifications;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aWholeVoteFromTheCallToThePublishedResult() throws Exception {
        TestRestTemplate housing = staff("housing-office");
        long estateId = new ObjectMapper()
                .readTree(housing.postForEntity(
                                TestRegisters.PATH, Map.of("name", "流程小区", "address", "长宁区天山路 2 弄"), String.class)
                        .getBody())
                .get("id")
                .asLong();
        HttpHeaders csv = new HttpHeaders();
        csv.setContentType(MediaType.parseMediaType("text/csv;charset=UTF-8"));
        assertThat(housing.exchange(
                                TestRegisters.PATH + "/" + estateId + "/units",
                                HttpMethod.POST,
                                new HttpEntity<>(REGISTER.getBytes(StandardCharsets.UTF_8), csv),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        long areaId = TestEstates.area(rest, identity);
        TestEstates.assign(rest, areaId, estateId);
        TestRestTemplate ownersCommittee = TestPeople.as(
                rest, TestEstates.estateStaff(rest, identity, estateId, "owners-committee"), TestPeople.STAFF_PASSWORD);
        String mobile = TestPeople.resident(accounts, accountRepository, "1360000" + (1000 + estateId % 9000), "业主一");
        long accountId = accountRepository.findByLoginName(mobile).orElseThrow().getId();
        assertThat(housing.exchange(
                                "/api/estates/" + estateId + "/owners/O-1/account",
                                HttpMethod.PUT,
                                new HttpEntity<>(Map.of("mobile", mobile)),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);

        // 30 days: the 15 days of notice whatever today is, even when a long holiday moves their last day
        Instant opens = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        Instant closes = opens.plus(Duration.ofDays(7));
        Map<String, Object> inputs = new HashMap<>();
        inputs.put(OwnersVote.VAR_ESTATE_ID, estateId);
        inputs.put(OwnersVote.VAR_MATTER_TYPE, "ORDINARY");
        inputs.put(OwnersVote.VAR_VOTE_SUBJECT, "调整物业服务费");
        inputs.put(OwnersVote.VAR_WINDOW_OPENS, Date.from(opens));
        inputs.put(OwnersVote.VAR_WINDOW_CLOSES, Date.from(closes));
        inputs.put(OwnersVote.VAR_TRACKING_NUMBER, "PF-IT-VOTE-" + estateId);
        ProcessInstance process =
                runtime.startProcessInstanceByKey(OwnersVote.PROCESS_KEY, "PF-IT-VOTE-" + estateId, inputs);

        long voteId = (Long) runtime.getVariable(process.getId(), OwnersVote.VAR_VOTE_ID);
        Vote vote = votes.get(voteId);
        assertThat(vote.getStatus()).isEqualTo(VoteStatus.NOTICE);
        assertThat(vote.getTotalArea()).isEqualByComparingTo("400.75");
        assertThat(vote.getTotalOwners()).isEqualTo(4);

        for (String activity : List.of(OwnersVote.TASK_NOTIFY_INBOX, OwnersVote.TASK_NOTIFY_SMS)) {
            management.executeJob(job(process, activity).getId());
        }
        assertThat(notices.findByVoteId(voteId))
                .extracting(VoteNotice::getChannel)
                .containsExactlyInAnyOrder(VoteNotice.Channel.INBOX, VoteNotice.Channel.SMS);
        assertThat(notifications.findByRecipientAccountIdOrderByCreatedAtDesc(accountId))
                .extracting(Notification::getSubject)
                .containsExactlyInAnyOrder("业主大会表决通知", "【短信】业主大会表决通知");
        // the window on the office's clock
        assertThat(notifications.findByRecipientAccountIdOrderByCreatedAtDesc(accountId))
                .allSatisfy(notice -> assertThat(notice.getBody())
                        .contains("表决时间："
                                + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                                        .format(opens.atZone(OfficeTime.DEFAULT_ZONE))));
        Task paperNotice =
                tasks.createTaskQuery().processInstanceId(process.getId()).singleResult();
        assertThat(paperNotice.getTaskDefinitionKey()).isEqualTo(OwnersVote.TASK_CONFIRM_PAPER_NOTICE);
        // Tasklist lists the task under the vote's number and the estate's name
        assertThat(tasks.getVariables(paperNotice.getId()))
                .containsEntry("trackingNumber", "PF-IT-VOTE-" + estateId)
                .containsEntry("applicantName", "流程小区");
        // posted by the residents' committee of the estate's own area only
        assertThat(tasks.getIdentityLinksForTask(paperNotice.getId()))
                .extracting(IdentityLink::getGroupId)
                .containsExactly("residents-committee.a" + areaId);
        tasks.complete(paperNotice.getId(), Map.of("noticePostedDate", "2026-12-01", "noticePlaces", "公告栏"));

        ClockUtil.setCurrentTime(Date.from(opens.plusSeconds(60)));
        management.executeJob(job(process, OwnersVote.TIMER_WINDOW_OPENS).getId());
        assertThat(votes.get(voteId).getStatus()).isEqualTo(VoteStatus.OPEN);
        assertThat(ballot(TestPeople.as(rest, mobile, TestPeople.RESIDENT_PASSWORD), voteId, Map.of("choice", "AGREE")))
                .isEqualTo(HttpStatus.CREATED);
        assertThat(ballot(ownersCommittee, voteId, Map.of("choice", "AGREE", "ownerId", "O-2")))
                .isEqualTo(HttpStatus.CREATED);
        assertThat(ballot(ownersCommittee, voteId, Map.of("choice", "DISAGREE", "ownerId", "O-3")))
                .isEqualTo(HttpStatus.CREATED);

        // the estate's owners' committee reads the tally once the window has closed, not while it is open
        assertThat(tally(ownersCommittee, voteId)).isEqualTo(HttpStatus.FORBIDDEN);

        ClockUtil.setCurrentTime(Date.from(closes.plusSeconds(60)));
        management.executeJob(job(process, OwnersVote.TIMER_WINDOW_CLOSES).getId());
        assertThat(tally(ownersCommittee, voteId)).isEqualTo(HttpStatus.OK);
        assertThat(votes.get(voteId).getStatus()).isEqualTo(VoteStatus.CLOSED);
        assertThat(runtime.getVariable(process.getId(), OwnersVote.VAR_VOTE_OUTCOME))
                .isEqualTo("PASSED");
        Task publish =
                tasks.createTaskQuery().processInstanceId(process.getId()).singleResult();
        assertThat(publish.getTaskDefinitionKey()).isEqualTo(OwnersVote.TASK_PUBLISH_RESULT);
        tasks.complete(publish.getId(), Map.of("resultPostedDate", "2026-12-25", "resultPlaces", "公告栏"));

        assertThat(votes.get(voteId).getStatus()).isEqualTo(VoteStatus.PUBLISHED);
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceId(process.getId())
                        .singleResult()
                        .getEndActivityId())
                .isEqualTo(OwnersVote.END_EVENT_PUBLISHED);
        ResponseEntity<String> tally = TestPeople.as(rest, mobile, TestPeople.RESIDENT_PASSWORD)
                .getForEntity(VoteController.PATH + "/" + voteId + "/tally", String.class);
        JsonNode body = new ObjectMapper().readTree(tally.getBody());
        assertThat(body.get("outcome").asText()).isEqualTo("PASSED");
        assertThat(body.get("participatingArea").decimalValue()).isEqualByComparingTo("340.75");
    }

    private Job job(ProcessInstance process, String activityId) {
        return management
                .createJobQuery()
                .processInstanceId(process.getId())
                .activityId(activityId)
                .singleResult();
    }

    private HttpStatus ballot(TestRestTemplate caller, long voteId, Map<String, Object> body) {
        return HttpStatus.valueOf(
                caller.postForEntity(VoteController.PATH + "/" + voteId + "/ballots", body, String.class)
                        .getStatusCode()
                        .value());
    }

    private static HttpStatus tally(TestRestTemplate caller, long voteId) {
        return HttpStatus.valueOf(caller.getForEntity(VoteController.PATH + "/" + voteId + "/tally", String.class)
                .getStatusCode()
                .value());
    }

    private TestRestTemplate staff(String group) {
        return TestPeople.as(rest, TestPeople.staff(identity, group), TestPeople.STAFF_PASSWORD);
    }
}

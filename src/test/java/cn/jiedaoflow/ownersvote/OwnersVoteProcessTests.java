package cn.jiedaoflow.ownersvote;

import static cn.jiedaoflow.ownersvote.OwnersVote.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.jiedaoflow.calendar.ConfiguredTaskDeadlines;
import cn.jiedaoflow.cases.CaseProcessAssertions;
import cn.jiedaoflow.fakes.WeekdayCalendar;
import cn.jiedaoflow.scope.StaffScopes;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(
        resources = {
            "processes/owners-vote.bpmn",
            "processes/owners-vote-outcome.dmn",
            "forms/owners-vote-paper-notice.form",
            "forms/owners-vote-publish-result.form",
            "owners/owners-vote-caller.bpmn"
        })
class OwnersVoteProcessTests {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final String CALLER = "owners-vote-caller";
    private static final String ESTATE_NAME = "仙霞新村";
    private static final long VOTE_ID = 7L;
    private static final Instant CALLED =
            OffsetDateTime.parse("2026-04-01T09:00:00+08:00").toInstant();
    /** 00:00 after the fifteenth day from the call's day: the shortest notice the law allows. */
    private static final Instant OPENS =
            OffsetDateTime.parse("2026-04-17T00:00:00+08:00").toInstant();

    private static final Instant CLOSES = OPENS.plus(Duration.ofDays(7));

    private final Votes votes = mock(Votes.class);
    private final VoteCalls calls = mock(VoteCalls.class);
    private final VoteNotices notices = mock(VoteNotices.class);
    private final StaffScopes scopes = mock(StaffScopes.class);

    @BeforeEach
    void setUp() {
        init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(CALLED));
        // the real notice rule, by the engine clock, in front of a mocked register
        VoteWindow window = new VoteWindow(new WeekdayCalendar(), 15);
        when(calls.call(any())).thenAnswer(invocation -> {
            VoteCall call = invocation.getArgument(0);
            window.check(ClockUtil.now().toInstant(), call.windowOpens(), call.windowCloses());
            return new CalledVote(
                    VOTE_ID, call.trackingNumber(), ESTATE_NAME, window.paperNoticeDue(call.windowOpens()));
        });
        // estate 3 lies in residents' area 5, whose committee posts the paper notice
        when(scopes.residentsCommitteeGroupOf(3L)).thenReturn(Optional.of("residents-committee.a5"));
        Mocks.register("ownersVoteScopeListener", new OwnersVoteScopeListener(scopes));
        Mocks.register("callVoteDelegate", new CallVoteDelegate(calls));
        Mocks.register("notifyOwnersDelegate", new NotifyOwnersDelegate(notices));
        Mocks.register("openVoteDelegate", new OpenVoteDelegate(votes));
        Mocks.register("tallyVoteDelegate", new TallyVoteDelegate(votes));
        Mocks.register("publishVoteDelegate", new PublishVoteDelegate(votes));
        Mocks.register("taskDeadlines", ConfiguredTaskDeadlines.on(new WeekdayCalendar()));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void noticesOpensClosesTalliesAndPublishesTheOutcomeToTheCaller() {
        // 300 m² and 3 owners; 3 take part, 2 with 200.01 m² agree: an ORDINARY matter passes
        when(votes.close(VOTE_ID))
                .thenReturn(new Tally(
                        MatterType.ORDINARY,
                        new BigDecimal("300.00"),
                        3,
                        new BigDecimal("300.00"),
                        3,
                        new BigDecimal("200.01"),
                        2));
        ProcessInstance caller = runtimeService().startProcessInstanceByKey(CALLER, "PF-1", inputs(OPENS, CLOSES));
        ProcessInstance vote = calledVote(caller);

        assertThat(vote)
                .hasPassed(TASK_CALL_VOTE)
                .isWaitingAt(TASK_NOTIFY_INBOX, TASK_NOTIFY_SMS, TASK_CONFIRM_PAPER_NOTICE);
        assertThat(vote).variables().containsEntry(VAR_VOTE_ID, VOTE_ID);
        // Tasklist lists the vote's tasks under the vote's number and its estate's name
        CaseProcessAssertions.everyTaskShowsTheCase(vote, "PF-20260401-A1B2C3", ESTATE_NAME);
        // a procedure calls it: no one, residents included, starts it by hand
        assertThat(CaseProcessAssertions.starterGroups(PROCESS_KEY)).isEmpty();
        assertThat(task(TASK_CONFIRM_PAPER_NOTICE, vote))
                .hasCandidateGroup("residents-committee.a5")
                // posted on the day of the call, the notice ends with 16 April: the last day to post it
                .hasDueDate(Date.from(
                        OffsetDateTime.parse("2026-04-01T17:00:00+08:00").toInstant()));
        assertThat(taskService()
                        .getIdentityLinksForTask(
                                task(TASK_CONFIRM_PAPER_NOTICE, vote).getId()))
                .extracting(IdentityLink::getGroupId)
                .containsExactly("residents-committee.a5");
        execute(jobAt(vote, TASK_NOTIFY_INBOX));
        execute(jobAt(vote, TASK_NOTIFY_SMS));
        verify(notices).notifyOwners(VOTE_ID, VoteNotice.Channel.INBOX);
        verify(notices).notifyOwners(VOTE_ID, VoteNotice.Channel.SMS);
        complete(
                task(TASK_CONFIRM_PAPER_NOTICE, vote),
                withVariables("noticePostedDate", "2026-04-01", "noticePlaces", "各楼栋公告栏"));

        assertThat(vote).isWaitingAt(TIMER_WINDOW_OPENS);
        assertThat(jobAt(vote, TIMER_WINDOW_OPENS).getDuedate()).isEqualTo(Date.from(OPENS));
        ClockUtil.setCurrentTime(Date.from(OPENS));
        execute(jobAt(vote, TIMER_WINDOW_OPENS));
        verify(votes).open(VOTE_ID);

        assertThat(vote).isWaitingAt(TIMER_WINDOW_CLOSES);
        assertThat(jobAt(vote, TIMER_WINDOW_CLOSES).getDuedate()).isEqualTo(Date.from(CLOSES));
        ClockUtil.setCurrentTime(Date.from(CLOSES));
        execute(jobAt(vote, TIMER_WINDOW_CLOSES));

        assertThat(vote).hasPassed(TASK_TALLY_VOTE, TASK_DECIDE_OUTCOME).isWaitingAt(TASK_PUBLISH_RESULT);
        assertThat(vote)
                .variables()
                .containsEntry(VAR_VOTE_OUTCOME, "PASSED")
                .containsEntry("agreeArea", 200.01)
                .containsEntry("participatingOwners", 3L);
        assertThat(task(TASK_PUBLISH_RESULT, vote))
                .hasCandidateGroup("self-governance-office")
                // tallied at 00:00 on Friday 24 April, whose day does not count: 2 working days end on Tuesday
                .hasDueDate(Date.from(
                        OffsetDateTime.parse("2026-04-28T17:00:00+08:00").toInstant()));
        verify(votes, never()).publish(VOTE_ID);
        complete(
                task(TASK_PUBLISH_RESULT, vote),
                withVariables("resultPostedDate", "2026-04-23", "resultPlaces", "各楼栋公告栏"));

        verify(votes).publish(VOTE_ID);
        assertThat(vote).hasPassed(TASK_MARK_PUBLISHED, END_EVENT_PUBLISHED).isEnded();
        assertThat(caller).hasPassed("EndEvent_Voted").isEnded();
        assertThat(caller).variables().containsEntry(VAR_VOTE_ID, VOTE_ID).containsEntry(VAR_VOTE_OUTCOME, "PASSED");
    }

    @Test
    void thePaperNoticeIsDueAt1700OfTheLastDayOnWhichPostingStillGivesTheNotice() {
        // a window opening Monday 20 April 09:00: posted on Friday 3 April, the notice would end with Monday 20
        // (its fifteenth day, Saturday 18, moves to the next working day); posted on Thursday 2 April, with Friday 17
        Instant monday = OffsetDateTime.parse("2026-04-20T09:00:00+08:00").toInstant();

        ProcessInstance caller = runtimeService()
                .startProcessInstanceByKey(CALLER, "PF-5", inputs(monday, monday.plus(Duration.ofDays(7))));

        assertThat(task(TASK_CONFIRM_PAPER_NOTICE, calledVote(caller)))
                .hasDueDate(Date.from(
                        OffsetDateTime.parse("2026-04-02T17:00:00+08:00").toInstant()));
    }

    @Test
    void refusesAWindowOpeningLessThan15DaysAfterTheCall() {
        ProcessInstance caller =
                runtimeService().startProcessInstanceByKey(CALLER, "PF-2", inputs(OPENS.minusSeconds(1), CLOSES));

        assertThat(caller)
                .hasPassed("Boundary_NoticeTooShort", "EndEvent_NoticeTooShort")
                .isEnded();
        assertThat(caller).variables().containsEntry(VAR_VOTE_ID, null);
    }

    @Test
    void refusesAVoteForAnEstateInNoResidentsAreaAndStartsNothing() {
        Map<String, Object> elsewhere = inputs(OPENS, CLOSES);
        elsewhere.put(VAR_ESTATE_ID, 4L);

        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(CALLER, "PF-4", elsewhere))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageStartingWith("小区 4 尚未划入居民区，没有居委会张贴表决公告")
                .hasMessageContaining("Estate 4 lies in no residents’ area");
        verify(calls, never()).call(any());
        assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void refusesAWindowThatClosesWhenItOpens() {
        ProcessInstance caller = runtimeService().startProcessInstanceByKey(CALLER, "PF-3", inputs(OPENS, OPENS));

        assertThat(caller).hasPassed("EndEvent_NoticeTooShort").isEnded();
        assertThat(caller).variables().containsEntry(VAR_VOTE_ID, null);
    }

    private static Map<String, Object> inputs(Instant opens, Instant closes) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_ESTATE_ID, 3L);
        variables.put(VAR_MATTER_TYPE, "ORDINARY");
        variables.put(VAR_VOTE_SUBJECT, "调整物业服务费");
        variables.put(VAR_WINDOW_OPENS, Date.from(opens));
        variables.put(VAR_WINDOW_CLOSES, Date.from(closes));
        variables.put(VAR_TRACKING_NUMBER, "PF-20260401-A1B2C3");
        return variables;
    }

    private static ProcessInstance calledVote(ProcessInstance caller) {
        return runtimeService()
                .createProcessInstanceQuery()
                .superProcessInstanceId(caller.getId())
                .singleResult();
    }

    private static Job jobAt(ProcessInstance instance, String activityId) {
        return managementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(activityId)
                .singleResult();
    }
}

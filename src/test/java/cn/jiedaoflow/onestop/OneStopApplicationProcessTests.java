package cn.jiedaoflow.onestop;

import static cn.jiedaoflow.onestop.OneStopApplicationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import cn.jiedaoflow.QuietLogs;
import cn.jiedaoflow.cases.CaseProcessAssertions;
import cn.jiedaoflow.fakes.InMemoryNotifications;
import cn.jiedaoflow.fakes.WeekdayCalendar;
import cn.jiedaoflow.notification.Notification;
import cn.jiedaoflow.notification.Notifications;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks every flow node and sequence flow of {@code one-stop-application} with the real delegates and
 * listeners over in-memory tables, on a Monday-to-Friday calendar, timers moved by the engine clock.
 */
@Deployment(
        resources = {
            "processes/one-stop-application.bpmn",
            "forms/one-stop-pre-check.form",
            "forms/one-stop-member-review.form",
            "forms/one-stop-sla-warning.form",
            "forms/one-stop-supervision.form",
            "forms/one-stop-rectification.form"
        })
class OneStopApplicationProcessTests {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0)
            .build();

    /** A Friday morning: the pre-check is due Monday 17:00. */
    private static final OffsetDateTime SUBMITTED = OffsetDateTime.parse("2026-03-06T10:00:00+08:00");
    /** Accepted on Monday morning: 5 working days end Monday 16 March 17:00, 10 end Monday 23 March 17:00. */
    private static final OffsetDateTime ACCEPTED = OffsetDateTime.parse("2026-03-09T10:00:00+08:00");

    private static final String TRACKING_NUMBER = "OS-20260306-K7Q2MX";

    private final InMemoryOneStop tables = new InMemoryOneStop();
    private final InMemoryNotifications inbox = new InMemoryNotifications();

    @BeforeEach
    void setUp() {
        init(engine.getProcessEngine());
        at(SUBMITTED);
        WeekdayCalendar calendar = new WeekdayCalendar();
        OneStopCases cases = new OneStopCases(
                tables.applications, tables.reviews, tables.matters, calendar, OneStopSettings.defaults());
        OneStopNotices notices = new OneStopNotices(cases, new Notifications(inbox, calendar), calendar);
        Mocks.register("prepareOneStopPreCheckDelegate", new PrepareOneStopPreCheckDelegate(cases));
        Mocks.register("checkOneStopPreCheckListener", new OneStopPreCheckListener());
        Mocks.register("acceptOneStopApplicationDelegate", new AcceptOneStopApplicationDelegate(cases));
        Mocks.register("requestOneStopSupplementDelegate", new RequestOneStopSupplementDelegate(cases));
        Mocks.register("closeOneStopNotSupplementedDelegate", new CloseOneStopNotSupplementedDelegate(cases));
        Mocks.register("recordOneStopNotAcceptedDelegate", new RecordOneStopNotAcceptedDelegate(cases));
        Mocks.register("notifyOneStopApplicantDelegate", new NotifyOneStopApplicantDelegate(notices));
        Mocks.register("prepareOneStopMemberReviewDelegate", new PrepareOneStopMemberReviewDelegate(cases));
        Mocks.register("oneStopReviewTaskListener", new OneStopReviewTaskListener(cases));
        Mocks.register("recordOneStopMemberResultDelegate", new RecordOneStopMemberResultDelegate(cases));
        Mocks.register("decideOneStopApplicationDelegate", new DecideOneStopApplicationDelegate(cases));
        Mocks.register("recordOneStopWithdrawalDelegate", new RecordOneStopWithdrawalDelegate(cases));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void reviewsTheBirthMatterInFourDepartmentsWithWarningSupervisionAndRectification() {
        ProcessInstance application = start(InMemoryOneStop.BIRTH);
        assertThat(application)
                .isWaitingAt(USER_TASK_PRE_CHECK)
                .task()
                .hasCandidateGroup("acceptance-window")
                .hasDueDate(date("2026-03-09T17:00:00+08:00"));
        assertThat(status()).isEqualTo(ApplicationStatus.SUBMITTED);

        at(ACCEPTED);
        preCheck(application, Map.of(VAR_PRE_CHECK_DECISION, "ACCEPT"));
        assertThat(status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(application).isWaitingAt("Task_NotifyAccepted");
        execute(job("Task_NotifyAccepted", application));
        assertThat(lastNotice().getBody()).contains("已受理", "2026-03-23 17:00");

        List<Task> reviews = reviewTasks(application);
        assertThat(reviews).hasSize(4);
        assertThat(reviews)
                .extracting(OneStopApplicationProcessTests::onlyGroup)
                .containsExactlyInAnyOrder(
                        "health-office", "household-registry", "medical-insurance", "social-security");
        Task health = review(application, "health-office");
        Task socialSecurity = review(application, "social-security");
        assertThat(health.getDueDate()).isEqualTo(date("2026-03-16T17:00:00+08:00"));
        assertThat(socialSecurity.getDueDate()).isEqualTo(date("2026-03-23T17:00:00+08:00"));
        assertThat(tables.reviews.findByTrackingNumberAndMemberCode(TRACKING_NUMBER, "birth-medical-certificate"))
                .get()
                .extracting(MemberReview::getWarningAt)
                // 80% of the 175 hours from Monday 10:00 to the next Monday 17:00: 140 hours
                .isEqualTo(Instant.parse("2026-03-14T22:00:00Z"));

        taskService().claim(health.getId(), "health-clerk");
        assertThat(status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        decide(review(application, "household-registry"), "APPROVED", null);
        decide(review(application, "medical-insurance"), "APPROVED", "已参保");

        // 80% of the health office's time: the yellow warning for the centre's head; the review goes on
        fireTimersDueBy("2026-03-15T06:00:00+08:00");
        assertThat(task(USER_TASK_SLA_WARNING, application)).isNotNull();
        assertThat(task(USER_TASK_SLA_WARNING, application))
                .hasCandidateGroup("acceptance-head")
                .hasDueDate(date("2026-03-16T17:00:00+08:00"));
        assertThat(review(application, "health-office")).isNotNull();
        taskService().complete(task(USER_TASK_SLA_WARNING, application).getId(), Map.of("warningAction", "已电话督促卫健"));

        // past the health office's deadline: the red alert opens a supervision task for the leaders
        fireTimersDueBy("2026-03-16T17:00:00+08:00");
        assertThat(task(USER_TASK_SUPERVISION, application))
                .hasCandidateGroup("leaders")
                .hasDueDate(date("2026-03-17T17:00:00+08:00"));
        assertThat(runtimeService()
                        .getVariable(
                                task(USER_TASK_SUPERVISION, application).getExecutionId(),
                                VAR_SUPERVISION_DUE_PROVISIONAL))
                .isEqualTo(false);
        taskService().complete(task(USER_TASK_SUPERVISION, application).getId(), Map.of("supervisionNote", "限明日办结"));
        decide(review(application, "health-office"), "NOT_APPROVED", "出生医学证明信息与医院记录不符，请到医院核对");

        // the social-security card's warning is open when its department finishes: the warning ends with the part
        fireTimersDueBy("2026-03-21T00:00:00+08:00");
        assertThat(task(USER_TASK_SLA_WARNING, application)).isNotNull();
        decide(review(application, "social-security"), "APPROVED", null);
        assertThat(taskService()
                        .createTaskQuery()
                        .processInstanceId(application.getId())
                        .taskDefinitionKey(USER_TASK_SLA_WARNING)
                        .count())
                .isZero();

        assertThat(status()).isEqualTo(ApplicationStatus.PARTIALLY_COMPLETED);
        assertThat(application).isWaitingAt("Task_DeliverResult");
        execute(job("Task_DeliverResult", application));
        assertThat(lastNotice().getBody())
                .contains(
                        "部分办结",
                        "出生医学证明：不予办理（出生医学证明信息与医院记录不符",
                        "新生儿户口登记：准予办理",
                        "新生儿医保参保：准予办理（已参保）",
                        "新生儿社保卡申领：准予办理",
                        "电子证照");
        assertThat(application).isWaitingAt("Gateway_AwaitRating");
        // 15 days from Saturday 21 March: Sunday 5 April is a rest day, so the period ends after Monday 6 April
        assertThat(application).variables().containsEntry(VAR_EVALUATION_ENDS, date("2026-04-07T00:00:00+08:00"));

        rate(2, date("2026-03-23T17:00:00+08:00"));
        assertThat(application)
                .isWaitingAt(USER_TASK_RECTIFICATION)
                .task()
                .hasCandidateGroup("acceptance-head")
                .hasDueDate(date("2026-03-23T17:00:00+08:00"));
        taskService()
                .complete(
                        task(USER_TASK_RECTIFICATION, application).getId(),
                        Map.of("rectificationResponse", "已与卫健核对并重新办理"));

        assertThat(application)
                .hasPassed(
                        "Timer_SlaWarning",
                        "UserTask_SlaWarning",
                        "EndEvent_WarningHandled",
                        "Timer_SlaOverdue",
                        "UserTask_Supervision",
                        "EndEvent_Supervised",
                        "EndEvent_MemberReviewed",
                        "Task_Decide",
                        "Gateway_Rating",
                        "EndEvent_Rectified")
                .isEnded();
        assertThat(tables.reviews.findByTrackingNumberOrderByIdAsc(TRACKING_NUMBER))
                .extracting(MemberReview::getMemberCode, MemberReview::getApproved)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("birth-medical-certificate", false),
                        org.assertj.core.groups.Tuple.tuple("birth-household-registration", true),
                        org.assertj.core.groups.Tuple.tuple("birth-medical-insurance", true),
                        org.assertj.core.groups.Tuple.tuple("birth-social-security-card", true));
    }

    @Test
    void asksForEveryMissingItemAtOnceThenAcceptsTheSupplementAndCompletes() {
        ProcessInstance application = start(InMemoryOneStop.ELDERLY);
        preCheck(
                application,
                Map.of(VAR_PRE_CHECK_DECISION, "SUPPLEMENT", VAR_MISSING_ITEMS, "1. 本人银行卡复印件不清晰\n2. 缺少户口簿首页"));
        assertThat(status()).isEqualTo(ApplicationStatus.SUPPLEMENT_REQUESTED);
        // 5 working days from Friday 6 March end Friday 13 March 17:00
        assertThat(application).variables().containsEntry(VAR_SUPPLEMENT_DUE, date("2026-03-13T17:00:00+08:00"));
        execute(job("Task_NotifySupplementRequested", application));
        assertThat(lastNotice().getBody()).contains("2026-03-13 17:00", "本人银行卡复印件不清晰", "缺少户口簿首页");
        assertThat(application).isWaitingAt("Gateway_AwaitSupplement");

        at(OffsetDateTime.parse("2026-03-10T09:00:00+08:00"));
        tables.applications
                .findByTrackingNumber(TRACKING_NUMBER)
                .orElseThrow()
                .supplemented("{\"bankName\":\"工商银行\"}", null);
        runtimeService()
                .createMessageCorrelation(MESSAGE_SUPPLEMENT_RECEIVED)
                .processInstanceBusinessKey(TRACKING_NUMBER)
                .correlate();
        // a fresh pre-check, due 1 working day after the supplement arrived
        assertThat(application).isWaitingAt(USER_TASK_PRE_CHECK).task().hasDueDate(date("2026-03-11T17:00:00+08:00"));
        assertThat(status()).isEqualTo(ApplicationStatus.SUBMITTED);
        preCheck(application, Map.of(VAR_PRE_CHECK_DECISION, "ACCEPT"));
        execute(job("Task_NotifyAccepted", application));

        Task review = review(application, "civil-affairs");
        assertThat(reviewTasks(application)).hasSize(1);
        decide(review, "APPROVED", null);
        assertThat(status()).isEqualTo(ApplicationStatus.COMPLETED);
        execute(job("Task_DeliverResult", application));
        assertThat(lastNotice().getBody()).contains("已办结", "老年综合津贴：准予办理");

        rate(4, null);
        assertThat(application)
                .hasPassed("Message_SupplementReceived", "EndEvent_Rated")
                .isEnded();
    }

    @Test
    void closesTheApplicationWhenTheSupplementDoesNotComeInTime() {
        ProcessInstance application = start(InMemoryOneStop.ELDERLY);
        preCheck(application, Map.of(VAR_PRE_CHECK_DECISION, "SUPPLEMENT", VAR_MISSING_ITEMS, "缺少本人银行卡"));
        execute(job("Task_NotifySupplementRequested", application));

        fireTimersDueBy("2026-03-13T16:59:59+08:00");
        assertThat(application).isWaitingAt("Gateway_AwaitSupplement");
        fireTimersDueBy("2026-03-13T17:00:00+08:00");
        assertThat(status()).isEqualTo(ApplicationStatus.CLOSED_NOT_SUPPLEMENTED);
        execute(job("Task_NotifyNotSupplemented", application));
        assertThat(lastNotice().getSubject()).contains("逾期未补正");
        assertThat(application)
                .hasPassed("Timer_SupplementDue", "Task_CloseNotSupplemented", "EndEvent_NotSupplemented")
                .isEnded();
    }

    @Test
    void refusesAnApplicationOutsideTheCentresScopeWithTheReason() {
        ProcessInstance application = start(InMemoryOneStop.ELDERLY);
        preCheck(application, Map.of(VAR_PRE_CHECK_DECISION, "NOT_ACCEPTED", VAR_NOT_ACCEPTED_REASON, "申请人未满 65 周岁"));
        assertThat(status()).isEqualTo(ApplicationStatus.NOT_ACCEPTED);
        execute(job("Task_NotifyNotAccepted", application));
        assertThat(lastNotice().getBody()).contains("不予受理", "申请人未满 65 周岁");
        assertThat(application)
                .hasPassed("Task_RecordNotAccepted", "EndEvent_NotAccepted")
                .isEnded();
    }

    @Test
    void theApplicantWithdrawsDuringTheReviewAndEveryOpenTaskEnds() {
        ProcessInstance application = start(InMemoryOneStop.BIRTH);
        preCheck(application, Map.of(VAR_PRE_CHECK_DECISION, "ACCEPT"));
        execute(job("Task_NotifyAccepted", application));
        assertThat(reviewTasks(application)).hasSize(4);

        // correlated without the API (as from Cockpit): the process records the withdrawal itself
        runtimeService()
                .createMessageCorrelation(MESSAGE_WITHDRAWN)
                .processInstanceBusinessKey(TRACKING_NUMBER)
                .correlate();
        assertThat(status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(reviewTasks(application)).isEmpty();
        execute(job("Task_NotifyWithdrawn", application));
        assertThat(lastNotice().getSubject()).contains("已撤回");
        assertThat(application)
                .hasPassed("StartEvent_Withdrawn", "Task_RecordWithdrawal", "EndEvent_Withdrawn")
                .isEnded();
    }

    @Test
    void theEvaluationPeriodEndsWithoutARating() {
        ProcessInstance application = start(InMemoryOneStop.ELDERLY);
        preCheck(application, Map.of(VAR_PRE_CHECK_DECISION, "ACCEPT"));
        execute(job("Task_NotifyAccepted", application));
        decide(review(application, "civil-affairs"), "APPROVED", null);
        assertThat(status()).isEqualTo(ApplicationStatus.COMPLETED);
        execute(job("Task_DeliverResult", application));

        // decided Friday 6 March: 15 days end after Monday 23 March (the 21st is a Saturday)
        assertThat(application).variables().containsEntry(VAR_EVALUATION_ENDS, date("2026-03-24T00:00:00+08:00"));
        fireTimersDueBy("2026-03-23T23:59:59+08:00");
        assertThat(application).isWaitingAt("Gateway_AwaitRating");
        fireTimersDueBy("2026-03-24T00:00:00+08:00");
        assertThat(application)
                .hasPassed("Timer_EvaluationEnds", "EndEvent_EvaluationClosed")
                .isEnded();
    }

    @Test
    void aSingleMatterNotApprovedEndsNotApprovedWithTheReasonNothingIsDeliveredAndTheRatingIsOffered() {
        ProcessInstance application = start(InMemoryOneStop.ELDERLY);
        preCheck(application, Map.of(VAR_PRE_CHECK_DECISION, "ACCEPT"));
        execute(job("Task_NotifyAccepted", application));

        decide(review(application, "civil-affairs"), "NOT_APPROVED", "年龄不符合条件");

        assertThat(status()).isEqualTo(ApplicationStatus.NOT_APPROVED);
        assertThat(application).isWaitingAt("Task_NotifyNotApproved");
        execute(job("Task_NotifyNotApproved", application));
        assertThat(lastNotice().getSubject()).isEqualTo("【老年综合津贴】不予批准");
        assertThat(lastNotice().getBody()).contains("不予批准", "理由：年龄不符合条件", "评价").doesNotContain("送达方式", "已办结");
        assertThat(application).isWaitingAt("Gateway_AwaitRating");
        assertThat(application).variables().containsEntry(VAR_EVALUATION_ENDS, date("2026-03-24T00:00:00+08:00"));

        rate(1, date("2026-03-09T17:00:00+08:00"));
        taskService()
                .complete(
                        task(USER_TASK_RECTIFICATION, application).getId(),
                        Map.of("rectificationResponse", "已向申请人解释年龄条件"));
        assertThat(application)
                .hasPassed("Gateway_Approved", "Task_NotifyNotApproved", "EndEvent_Rectified")
                .hasNotPassed("Task_DeliverResult")
                .isEnded();
    }

    @Test
    void residentsStartItAndEveryTaskShowsTheTrackingNumberAndTheApplicant() {
        CaseProcessAssertions.residentsStart(PROCESS_KEY);

        ProcessInstance application = start(InMemoryOneStop.BIRTH);
        CaseProcessAssertions.everyTaskShowsTheCase(application, TRACKING_NUMBER, "林晓");
        preCheck(application, Map.of(VAR_PRE_CHECK_DECISION, "ACCEPT"));
        execute(job("Task_NotifyAccepted", application));
        fireTimersDueBy("2026-03-21T00:00:00+08:00");

        assertThat(reviewTasks(application)).hasSize(4);
        assertThat(taskService()
                        .createTaskQuery()
                        .processInstanceId(application.getId())
                        .taskDefinitionKey(USER_TASK_SLA_WARNING)
                        .count())
                .isPositive();
        CaseProcessAssertions.everyTaskShowsTheCase(application, TRACKING_NUMBER, "林晓");
    }

    @Test
    void thePreCheckAndTheReviewRefuseIncompleteAnswers() {
        ProcessInstance application = start(InMemoryOneStop.ELDERLY);
        String preCheck = task(USER_TASK_PRE_CHECK, application).getId();
        assertThatThrownBy(() -> taskService().complete(preCheck, Map.of())).hasMessageContaining("请选择预审结论");
        assertThatThrownBy(() -> taskService().complete(preCheck, Map.of(VAR_PRE_CHECK_DECISION, "SUPPLEMENT")))
                .hasMessageContaining("一次性列明全部缺少的材料");
        assertThatThrownBy(() -> taskService()
                        .complete(
                                preCheck, Map.of(VAR_PRE_CHECK_DECISION, "NOT_ACCEPTED", VAR_NOT_ACCEPTED_REASON, " ")))
                .hasMessageContaining("不予受理须写明理由");
        assertThat(application).isWaitingAt(USER_TASK_PRE_CHECK);

        preCheck(application, Map.of(VAR_PRE_CHECK_DECISION, "ACCEPT"));
        execute(job("Task_NotifyAccepted", application));
        String review = review(application, "civil-affairs").getId();
        assertThatThrownBy(() -> taskService().complete(review, Map.of(VAR_REVIEW_DECISION, "NOT_APPROVED")))
                .hasMessageContaining("不予办理须写明理由");
        assertThatThrownBy(() -> taskService().complete(review, Map.of(VAR_REVIEW_DECISION, "MAYBE")))
                .hasMessageContaining("请选择审核决定");
        assertThat(reviewTasks(application)).hasSize(1);
    }

    @Test
    void aNoticeThatCannotBeStoredIsRetriedAndEndsAsAnIncident() {
        ProcessInstance application = start(InMemoryOneStop.ELDERLY);
        preCheck(application, Map.of(VAR_PRE_CHECK_DECISION, "ACCEPT"));
        inbox.unavailable(true);
        Job notify = job("Task_NotifyAccepted", application);
        assertThat(notify.getRetries()).isEqualTo(5);
        for (int attempt = 1; attempt <= 5; attempt++) {
            String id = notify.getId();
            QuietLogs.engineFailure(
                    () -> assertThatThrownBy(() -> managementService().executeJob(id))
                            .hasMessageContaining("inbox unavailable"));
            notify = managementService().createJobQuery().jobId(id).singleResult();
            assertThat(notify.getRetries()).isEqualTo(5 - attempt);
        }
        assertThat(runtimeService()
                        .createIncidentQuery()
                        .processInstanceId(application.getId())
                        .count())
                .isEqualTo(1);
        assertThat(inbox.sent()).isEmpty();

        inbox.unavailable(false);
        managementService().setJobRetries(notify.getId(), 1);
        managementService().executeJob(notify.getId());
        assertThat(lastNotice().getSubject()).contains("已受理");
        assertThat(reviewTasks(application)).hasSize(1);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /** As the API starts it ({@link OneStopApplicationProcess#startVariables}). */
    private ProcessInstance start(String matterCode) {
        OneStopApplication submitted = tables.submitted(
                TRACKING_NUMBER, matterCode, ClockUtil.getCurrentTime().toInstant());
        return runtimeService()
                .createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(TRACKING_NUMBER)
                .setVariables(OneStopApplicationProcess.startVariables(
                        submitted, tables.matters.findById(matterCode).orElseThrow(), "**申请人：** 林晓"))
                .execute();
    }

    private static void preCheck(ProcessInstance application, Map<String, Object> answers) {
        taskService().complete(task(USER_TASK_PRE_CHECK, application).getId(), answers);
    }

    private static List<Task> reviewTasks(ProcessInstance application) {
        return taskService()
                .createTaskQuery()
                .processInstanceId(application.getId())
                .taskDefinitionKey(USER_TASK_MEMBER_REVIEW)
                .list();
    }

    private static Task review(ProcessInstance application, String group) {
        return taskService()
                .createTaskQuery()
                .processInstanceId(application.getId())
                .taskDefinitionKey(USER_TASK_MEMBER_REVIEW)
                .taskCandidateGroup(group)
                .includeAssignedTasks()
                .singleResult();
    }

    private static String onlyGroup(Task task) {
        List<String> groups = taskService().getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId)
                .filter(java.util.Objects::nonNull)
                .toList();
        assertThat(groups).hasSize(1);
        return groups.get(0);
    }

    private static void decide(Task review, String decision, String opinion) {
        Map<String, Object> answers = new HashMap<>();
        answers.put(VAR_REVIEW_DECISION, decision);
        answers.put(VAR_REVIEW_OPINION, opinion);
        taskService().complete(review.getId(), answers);
    }

    private static void rate(int score, Date rectificationDue) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_RATING_SCORE, score);
        variables.put(VAR_RATING_COMMENT, "");
        variables.put(VAR_RECTIFICATION_NEEDED, new Rating(score, null).needsRectification());
        if (rectificationDue != null) {
            variables.put(VAR_RECTIFICATION_DUE, rectificationDue);
        }
        runtimeService()
                .createMessageCorrelation(MESSAGE_RATED)
                .processInstanceBusinessKey(TRACKING_NUMBER)
                .setVariables(variables)
                .correlate();
    }

    /** Moves the engine clock and fires every timer due by then, as the job executor would. */
    private static void fireTimersDueBy(String instant) {
        at(OffsetDateTime.parse(instant));
        Date now = ClockUtil.getCurrentTime();
        for (Job timer : managementService().createJobQuery().timers().list()) {
            if (!timer.getDuedate().after(now)) {
                managementService().executeJob(timer.getId());
            }
        }
    }

    private ApplicationStatus status() {
        return tables.applications
                .findByTrackingNumber(TRACKING_NUMBER)
                .orElseThrow()
                .getStatus();
    }

    private Notification lastNotice() {
        List<Notification> sent = inbox.sent();
        assertThat(sent).isNotEmpty();
        Notification last = sent.get(sent.size() - 1);
        assertThat(last.getTrackingNumber()).isEqualTo(TRACKING_NUMBER);
        assertThat(last.getRecipientMobile()).isEqualTo("13800138000");
        return last;
    }

    private static void at(OffsetDateTime instant) {
        ClockUtil.setCurrentTime(Date.from(instant.toInstant()));
    }

    private static Date date(String instant) {
        return Date.from(OffsetDateTime.parse(instant).toInstant());
    }
}

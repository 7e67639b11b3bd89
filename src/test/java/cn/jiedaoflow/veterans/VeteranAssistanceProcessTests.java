package cn.jiedaoflow.veterans;

import static cn.jiedaoflow.veterans.VeteranAssistance.*;
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

import cn.jiedaoflow.calendar.ConfiguredTaskDeadlines;
import cn.jiedaoflow.cases.CaseProcessAssertions;
import cn.jiedaoflow.engine.IntakeRefusals;
import cn.jiedaoflow.fakes.InMemoryNotifications;
import cn.jiedaoflow.fakes.WeekdayCalendar;
import cn.jiedaoflow.notification.Notifications;
import java.math.BigDecimal;
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
 * Walks every flow node and sequence flow of {@code veteran-assistance} with the real delegates, listener and
 * DMN decisions, on a Monday-to-Friday calendar, timers moved by the engine clock.
 */
@Deployment(
        resources = {
            "processes/veteran-assistance.bpmn",
            "processes/veteran-assistance-level.dmn",
            "forms/veteran-assistance-visit.form",
            "forms/veteran-assistance-relief.form",
            "forms/veteran-assistance-head-approval.form",
            "forms/veteran-assistance-leader-approval.form",
            "forms/veteran-assistance-disbursement.form",
            "forms/veteran-assistance-referral.form",
            "forms/veteran-assistance-follow-up.form"
        })
class VeteranAssistanceProcessTests {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0)
            .build();

    /** Monday morning: the home visit is due Monday 16 March 17:00 (5 working days). */
    private static final OffsetDateTime APPLIED = OffsetDateTime.parse("2026-03-09T10:00:00+08:00");

    private static final String TRACKING_NUMBER = "VA-20260309-K7Q2MX";

    private final InMemoryNotifications inbox = new InMemoryNotifications();
    private InMemoryAssistanceCases cases;

    @BeforeEach
    void setUp() {
        init(engine.getProcessEngine());
        at(APPLIED);
        // holiday data "published" up to the end of March 2026: later deadlines are provisional
        WeekdayCalendar calendar = new WeekdayCalendar(java.time.LocalDate.of(2026, 4, 1));
        cases = new InMemoryAssistanceCases(calendar);
        VeteranAssistanceNotices notices = new VeteranAssistanceNotices(cases, new Notifications(inbox, calendar));
        Mocks.register("checkVeteranEligibilityDelegate", new CheckVeteranEligibilityDelegate(cases));
        Mocks.register("assessVeteranHardshipDelegate", new AssessVeteranHardshipDelegate(cases));
        Mocks.register("recordVeteranDisbursementDelegate", new RecordVeteranDisbursementDelegate(cases));
        Mocks.register("closeVeteranCaseDelegate", new CloseVeteranCaseDelegate(cases));
        Mocks.register("notifyVeteranApplicantDelegate", new NotifyVeteranApplicantDelegate(notices));
        Mocks.register(
                "veteranAssistanceFormsListener",
                new VeteranAssistanceFormsListener(
                        new AssistanceTaskAnswers(cases, VeteranAssistanceSettings.defaults()),
                        new IntakeRefusals(AssistanceTaskAnswersTests.messages())));
        Mocks.register("taskDeadlines", ConfiguredTaskDeadlines.on(calendar));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void anApplicantNotOnTheRosterIsToldWhy() {
        cases.notOnRoster.add(TRACKING_NUMBER);
        ProcessInstance application = start("OTHER", 2, 3000, 0);

        assertThat(application).isWaitingAt("Task_NotifyIneligible");
        execute(job("Task_NotifyIneligible", application));
        // the reason goes to the veteran's account, not to the applicant
        assertThat(inbox.sent()).singleElement().satisfies(n -> {
            assertThat(n.getBody()).contains("不在本街道退役军人名册");
            assertThat(n.getRecipientMobile()).isEqualTo("13900000009");
        });
        assertThat(application)
                .hasPassed("Task_CheckEligibility", "EndEvent_Ineligible")
                .isEnded();
    }

    @Test
    void noOneIsToldTheReasonInTheInboxWhenNoAccountHoldsTheVeteransIdNumber() {
        cases.notOnRoster.add(TRACKING_NUMBER);
        cases.veteranAccounts.clear();
        ProcessInstance application = start("OTHER", 2, 3000, 0);

        execute(job("Task_NotifyIneligible", application));

        assertThat(inbox.sent()).isEmpty();
        assertThat(application).hasPassed("EndEvent_Ineligible").isEnded();
    }

    @Test
    void residentsStartItAndEveryTaskShowsTheTrackingNumberAndTheApplicant() {
        CaseProcessAssertions.residentsStart(PROCESS_KEY);

        ProcessInstance application = start("ILLNESS", 3, 2000, 0);
        CaseProcessAssertions.everyTaskShowsTheCase(application, TRACKING_NUMBER, "张建国");
        visit(application, 3, 2000, "0", true);

        assertThat(task("UserTask_DecideRelief", application)).isNotNull();
        CaseProcessAssertions.everyTaskShowsTheCase(application, TRACKING_NUMBER, "张建国");
    }

    @Test
    void theVisitedFiguresGoIntoTheApplicationNotTheEngine() {
        // unemployment, 3 persons: applied 5,000 a month, the visit finds 4,000 and grade 2 (KEY by income below 4,530)
        ProcessInstance application = start("UNEMPLOYMENT", 3, 5000, 0);
        assertThat(application)
                .variables()
                .containsEntry(VAR_INCOME_BAND, "人均低于 1.5 倍最低生活保障标准")
                .doesNotContainKeys(VAR_MONTHLY_HOUSEHOLD_INCOME, VAR_DISABILITY_GRADE);

        visit(application, 3, 4000, "2", false);

        assertThat(cases.verified.get(TRACKING_NUMBER))
                .isEqualTo(new AssistanceCases.Household(3, new BigDecimal("4000.0"), 2));
        assertThat(cases.levels).containsEntry(TRACKING_NUMBER, "KEY");
        assertThat(application)
                .variables()
                .containsEntry(VAR_INCOME_BAND, "人均低于最低生活保障标准")
                .doesNotContainKeys(VAR_MONTHLY_HOUSEHOLD_INCOME, VAR_DISABILITY_GRADE);
    }

    @Test
    void aGeneralCaseIsApprovedByTheHeadPaidFollowedUpAndReferred() {
        // unemployment, 3 persons, 5,000 a month: under 1.5 × 1,510 × 3 = 6,795 → GENERAL, 500–2,000
        ProcessInstance application = start("UNEMPLOYMENT", 3, 5000, 0);
        assertThat(application)
                .isWaitingAt(USER_TASK_HOME_VISIT)
                .task()
                .hasCandidateGroup("veterans-station")
                .hasDueDate(date("2026-03-16T17:00:00+08:00"));
        assertThat(application).variables().containsEntry(VAR_VISIT_DUE_PROVISIONAL, false);
        visit(application, 3, 5000, "0", false);

        assertThat(cases.levels).containsEntry(TRACKING_NUMBER, "GENERAL");
        assertThat(application)
                .variables()
                .containsEntry(VAR_MIN_AMOUNT, 500L)
                .containsEntry(VAR_MAX_AMOUNT, 2000L)
                .containsEntry(VAR_REFERRAL_GROUPS, List.of("employment-service"));
        assertThat(groupsOf(referrals(application))).containsExactly("employment-service");
        complete(referrals(application).get(0), Map.of("referralOutcome", "已推荐两个岗位"));

        // exactly the head's limit stays with the head
        approveByHead(application, Map.of(VAR_HEAD_DECISION, "APPROVE", VAR_APPROVED_AMOUNT, 2000));
        assertThat(application).variables().containsEntry(VAR_LEADER_APPROVAL_NEEDED, false);
        assertThat(task(USER_TASK_DISBURSE, application)).hasCandidateGroup("finance");
        complete(task(USER_TASK_DISBURSE, application), Map.of(VAR_PAYMENT_REFERENCE, "CW-2026-0311"));
        assertThat(cases.approved).containsEntry(TRACKING_NUMBER, new BigDecimal("2000"));
        execute(job("Task_NotifyDisbursed", application));
        assertThat(inbox.sent().get(inbox.sent().size() - 1).getBody()).contains("2000", "CW-2026-0311");

        // 30 days from Monday 9 March end after Wednesday 8 April; the visit is due 5 working days later
        assertThat(application)
                .variables()
                .containsEntry(VAR_FOLLOW_UP_AT, date("2026-04-09T00:00:00+08:00"))
                .containsEntry(VAR_FOLLOW_UP_DUE_PROVISIONAL, true);
        fireTimersDueBy("2026-04-08T23:59:59+08:00");
        assertThat(application).isWaitingAt("Timer_FollowUp");
        fireTimersDueBy("2026-04-09T00:00:00+08:00");
        assertThat(task(USER_TASK_FOLLOW_UP, application))
                .hasCandidateGroup("veterans-station")
                .hasDueDate(date("2026-04-16T17:00:00+08:00"));
        complete(task(USER_TASK_FOLLOW_UP, application), Map.of("followUpFindings", "已就业，家庭收入恢复"));

        assertThat(cases.closed).contains(TRACKING_NUMBER);
        assertThat(application)
                .hasPassed("Gateway_LeaderNeeded", "Task_CloseCase", "EndEvent_Closed")
                .hasNotPassed(USER_TASK_APPROVE_BY_LEADER)
                .isEnded();
    }

    @Test
    void afterAThursdayVisitTheReferralsAreDueIn5WorkingDaysAndTheHeadsApprovalIn3() {
        ProcessInstance application = start("UNEMPLOYMENT", 3, 5000, 0);
        at(OffsetDateTime.parse("2026-03-12T15:00:00+08:00"));
        visit(application, 3, 5000, "0", false);

        // the weekend of 14–15 March does not count
        assertThat(referrals(application))
                .singleElement()
                .extracting(Task::getDueDate)
                .isEqualTo(date("2026-03-19T17:00:00+08:00"));
        assertThat(task(USER_TASK_APPROVE_BY_HEAD, application)).hasDueDate(date("2026-03-17T17:00:00+08:00"));
    }

    @Test
    void anUrgentCaseGetsReliefWithin24HoursInParallelAndTheLeaderApprovesALargeAmount() {
        // illness, 3 persons, 4,000 a month: under 1,510 × 3 = 4,530 → URGENT, 3,000–10,000
        ProcessInstance application = start("ILLNESS", 3, 4000, 0);
        visit(application, 3, 4000, "2", true);

        assertThat(cases.levels).containsEntry(TRACKING_NUMBER, "URGENT");
        assertThat(task(USER_TASK_DECIDE_RELIEF, application))
                .hasCandidateGroup("veterans-station-head")
                .hasDueDate(date("2026-03-10T10:00:00+08:00"));
        assertThat(groupsOf(referrals(application)))
                .containsExactlyInAnyOrder("medical-assistance", "psychological-support", "legal-aid");
        assertThat(task(USER_TASK_APPROVE_BY_HEAD, application)).hasCandidateGroup("veterans-station-head");

        complete(
                task(USER_TASK_DECIDE_RELIEF, application),
                Map.of(VAR_RELIEF_DECISION, "GRANT", VAR_RELIEF_AMOUNT, 800));
        assertThat(cases.relief).containsEntry(TRACKING_NUMBER, new BigDecimal("800"));
        execute(job("Task_NotifyRelief", application));
        assertThat(inbox.sent().get(0).getBody()).contains("临时救助 800.0 元");

        // above the suggested maximum without a reason: refused; with one, and above 2,000: the leader too
        String head = task(USER_TASK_APPROVE_BY_HEAD, application).getId();
        assertThatThrownBy(() -> taskService()
                        .complete(head, Map.of(VAR_HEAD_DECISION, "APPROVE", VAR_APPROVED_AMOUNT, 10000.01)))
                .hasMessageContaining("超过建议上限 10000 元");
        approveByHead(
                application,
                Map.of(
                        VAR_HEAD_DECISION,
                        "APPROVE",
                        VAR_APPROVED_AMOUNT,
                        12000,
                        VAR_APPROVAL_REASON,
                        "住院费用远超一般标准，附医院清单"));
        assertThat(cases.approved).doesNotContainKey(TRACKING_NUMBER);
        assertThat(task(USER_TASK_APPROVE_BY_LEADER, application)).hasCandidateGroup("leaders");
        complete(task(USER_TASK_APPROVE_BY_LEADER, application), Map.of(VAR_LEADER_DECISION, "APPROVE"));
        assertThat(cases.approved).containsEntry(TRACKING_NUMBER, new BigDecimal("12000.0"));

        for (Task referral : referrals(application)) {
            complete(referral, Map.of("referralOutcome", "已对接"));
        }
        complete(task(USER_TASK_DISBURSE, application), Map.of(VAR_PAYMENT_REFERENCE, "CW-2026-0312"));
        execute(job("Task_NotifyDisbursed", application));
        fireTimersDueBy("2026-04-09T00:00:00+08:00");
        complete(task(USER_TASK_FOLLOW_UP, application), Map.of("followUpFindings", "已出院"));

        assertThat(application)
                .hasPassed(
                        "UserTask_DecideRelief",
                        "UserTask_ApproveByLeader",
                        "Gateway_LeaderDecision",
                        "EndEvent_Closed")
                .isEnded();
    }

    @Test
    void noFinancialAssistanceWhenTheAssessmentSaysNone() {
        // other hardship, 2 persons, 10,000 a month: NONE, and no referral
        ProcessInstance application = start("OTHER", 2, 10000, 0);
        visit(application, 2, 10000, "0", false);

        assertThat(application)
                .variables()
                .containsEntry(VAR_LEVEL, "NONE")
                .containsEntry(VAR_REFERRAL_GROUPS, List.of());
        execute(job("Task_NotifyNoAssistance", application));
        assertThat(inbox.sent())
                .singleElement()
                .satisfies(n -> assertThat(n.getBody()).contains("暂不需要资金帮扶"));
        assertThat(cases.closed).contains(TRACKING_NUMBER);
        assertThat(application)
                .hasPassed("Task_NotifyNoAssistance", "EndEvent_Closed")
                .hasNotPassed(USER_TASK_APPROVE_BY_HEAD)
                .isEnded();
    }

    @Test
    void theHeadOrTheLeaderMayRejectWithAReason() {
        // housing, 4 persons, 6,000 a month: under 1,510 × 4 = 6,040 → KEY; referred to housing and psychological
        // support
        ProcessInstance byHead = start("HOUSING", 4, 6000, 0);
        visit(byHead, 4, 6000, "0", false);
        assertThat(groupsOf(referrals(byHead))).containsExactlyInAnyOrder("housing-office", "psychological-support");
        for (Task referral : referrals(byHead)) {
            complete(referral, Map.of("referralOutcome", "已登记"));
        }
        String head = task(USER_TASK_APPROVE_BY_HEAD, byHead).getId();
        assertThatThrownBy(() -> taskService().complete(head, Map.of(VAR_HEAD_DECISION, "REJECT")))
                .hasMessageContaining("不同意须写明理由");
        approveByHead(byHead, Map.of(VAR_HEAD_DECISION, "REJECT", VAR_APPROVAL_REASON, "已享受住房保障"));
        execute(job("Task_NotifyRejected", byHead));
        assertThat(inbox.sent().get(inbox.sent().size() - 1).getBody()).contains("已享受住房保障");
        assertThat(byHead)
                .hasPassed("Task_NotifyRejected", "EndEvent_Closed")
                .hasNotPassed(USER_TASK_DISBURSE)
                .isEnded();

        ProcessInstance byLeader = start("OTHER", 1, 1000, 0);
        visit(byLeader, 1, 1000, "0", false);
        complete(referrals(byLeader).get(0), Map.of("referralOutcome", "已心理疏导"));
        approveByHead(byLeader, Map.of(VAR_HEAD_DECISION, "APPROVE", VAR_APPROVED_AMOUNT, 3000));
        String leader = task(USER_TASK_APPROVE_BY_LEADER, byLeader).getId();
        assertThatThrownBy(() -> taskService().complete(leader, Map.of(VAR_LEADER_DECISION, "REJECT")))
                .hasMessageContaining("不同意须写明意见");
        complete(
                task(USER_TASK_APPROVE_BY_LEADER, byLeader),
                Map.of(VAR_LEADER_DECISION, "REJECT", VAR_LEADER_OPINION, "超出年度预算，改为分两次发放"));
        execute(job("Task_NotifyRejected", byLeader));
        assertThat(inbox.sent().get(inbox.sent().size() - 1).getBody()).contains("超出年度预算");
        assertThat(byLeader)
                .hasPassed(USER_TASK_APPROVE_BY_LEADER, "Task_NotifyRejected", "EndEvent_Closed")
                .hasNotPassed(USER_TASK_DISBURSE)
                .isEnded();
    }

    @Test
    void amountsThatAreNegativeOrNotNumbersAreRefusedWithAMessage() {
        ProcessInstance application = start("UNEMPLOYMENT", 3, 5000, 0);
        String visit = task(USER_TASK_HOME_VISIT, application).getId();
        assertThatThrownBy(() -> taskService().complete(visit, visitAnswers(3, -1, "0", false)))
                .hasMessageContaining("家庭月收入不能为负数");
        assertThatThrownBy(() -> taskService().complete(visit, visitAnswers(3, "五千", "0", false)))
                .hasMessageContaining("家庭月收入须为数字");
        assertThatThrownBy(() -> taskService().complete(visit, visitAnswers(0, 5000, "0", false)))
                .hasMessageContaining("家庭人口须为 1 到 20 的整数");
        assertThatThrownBy(() -> taskService().complete(visit, visitAnswers(3, 5000, "5", false)))
                .hasMessageContaining("残疾等级");
        visit(application, 3, 5000, "0", false);
        String head = task(USER_TASK_APPROVE_BY_HEAD, application).getId();
        assertThatThrownBy(() ->
                        taskService().complete(head, Map.of(VAR_HEAD_DECISION, "APPROVE", VAR_APPROVED_AMOUNT, -100)))
                .hasMessageContaining("帮扶金额不能为负数");
        assertThatThrownBy(() ->
                        taskService().complete(head, Map.of(VAR_HEAD_DECISION, "APPROVE", VAR_APPROVED_AMOUNT, "abc")))
                .hasMessageContaining("帮扶金额须为数字");
        assertThat(application).isWaitingAt(USER_TASK_APPROVE_BY_HEAD, USER_TASK_REFERRAL);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /** As the API starts it: the figures as applied are the application's, the engine gets the income's band. */
    private ProcessInstance start(String hardship, int householdSize, double income, int grade) {
        cases.applied.put(
                TRACKING_NUMBER, new AssistanceCases.Household(householdSize, BigDecimal.valueOf(income), grade));
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_TRACKING_NUMBER, TRACKING_NUMBER);
        variables.put(VAR_APPLICANT_NAME, "张建国");
        variables.put(VAR_VETERAN_NAME, "张建国");
        variables.put(VAR_HARDSHIP_TYPE, hardship);
        variables.put(VAR_HARDSHIP_TYPE_NAME, HardshipType.valueOf(hardship).chinese());
        variables.put(VAR_HOUSEHOLD_SIZE, householdSize);
        variables.put(
                VAR_INCOME_BAND,
                IncomeBand.of(BigDecimal.valueOf(income), householdSize, new BigDecimal("1510"))
                        .chinese());
        variables.put(VAR_REQUESTED_HELP, "生活困难补助");
        variables.put(VAR_MINIMUM_LIVING_STANDARD, 1510.0);
        return runtimeService()
                .createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(TRACKING_NUMBER)
                .setVariables(variables)
                .execute();
    }

    private static Map<String, Object> visitAnswers(Object size, Object income, String grade, boolean legalDispute) {
        Map<String, Object> answers = new HashMap<>();
        answers.put(VAR_HOUSEHOLD_SIZE, size);
        answers.put(VAR_MONTHLY_HOUSEHOLD_INCOME, income);
        answers.put(VAR_DISABILITY_GRADE, grade);
        answers.put(VAR_LEGAL_DISPUTE, legalDispute);
        answers.put(VAR_VISIT_FINDINGS, "已上门核实");
        return answers;
    }

    private static void visit(
            ProcessInstance application, int size, double income, String grade, boolean legalDispute) {
        complete(task(USER_TASK_HOME_VISIT, application), visitAnswers(size, income, grade, legalDispute));
    }

    private static void approveByHead(ProcessInstance application, Map<String, Object> answers) {
        complete(task(USER_TASK_APPROVE_BY_HEAD, application), answers);
    }

    private static void complete(Task task, Map<String, Object> answers) {
        taskService().complete(task.getId(), answers);
    }

    private static List<Task> referrals(ProcessInstance application) {
        return taskService()
                .createTaskQuery()
                .processInstanceId(application.getId())
                .taskDefinitionKey(USER_TASK_REFERRAL)
                .list();
    }

    private static List<String> groupsOf(List<Task> tasks) {
        return tasks.stream()
                .flatMap(t -> taskService().getIdentityLinksForTask(t.getId()).stream())
                .map(IdentityLink::getGroupId)
                .toList();
    }

    private static void fireTimersDueBy(String instant) {
        at(OffsetDateTime.parse(instant));
        Date now = ClockUtil.getCurrentTime();
        for (Job timer : managementService().createJobQuery().timers().list()) {
            if (!timer.getDuedate().after(now)) {
                managementService().executeJob(timer.getId());
            }
        }
    }

    private static void at(OffsetDateTime instant) {
        ClockUtil.setCurrentTime(Date.from(instant.toInstant()));
    }

    private static Date date(String instant) {
        return Date.from(OffsetDateTime.parse(instant).toInstant());
    }
}

package cn.jiedaoflow.labordispute;

import static cn.jiedaoflow.labordispute.LaborDisputeMediation.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.jiedaoflow.QuietLogs;
import cn.jiedaoflow.cases.CaseProcessAssertions;
import cn.jiedaoflow.cases.Channel;
import cn.jiedaoflow.cases.TrackingNumbers;
import cn.jiedaoflow.config.OfficeTime;
import cn.jiedaoflow.engine.IntakeRefusals;
import cn.jiedaoflow.fakes.InMemoryNotifications;
import cn.jiedaoflow.fakes.WeekdayCalendar;
import cn.jiedaoflow.notification.Notification;
import cn.jiedaoflow.notification.Notifications;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.bpmn.parser.DefaultFailedJobParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.support.ResourceBundleMessageSource;

@Deployment(
        resources = {
            "processes/labor-dispute-mediation.bpmn",
            "forms/labor-dispute-application.form",
            "forms/labor-dispute-acceptance.form",
            "forms/labor-dispute-session.form",
            "forms/labor-dispute-agreement.form"
        })
class LaborDisputeMediationProcessTests {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0)
            .build();

    /** A Friday morning; 3 working days end Wednesday 17:00, 15 days end after Monday 23 March (21st is a Saturday). */
    private static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2026-03-06T10:00:00+08:00");

    private static final Date ACCEPTANCE_DUE = date("2026-03-11T17:00:00+08:00");
    private static final Date STATUTORY_LIMIT_ENDS = date("2026-03-24T00:00:00+08:00");
    private static final String TRACKING_NUMBER = "LD-20260306-K7Q2MX";

    private final InMemoryLaborDisputeCases cases = new InMemoryLaborDisputeCases();
    private final InMemoryNotifications inbox = new InMemoryNotifications();

    @BeforeEach
    void setUp() {
        init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(RECEIVED.toInstant()));
        WeekdayCalendar calendar = new WeekdayCalendar();
        MediationApplications applications =
                new MediationApplications(cases, new TrackingNumbers(OfficeTime.SHANGHAI), calendar);
        MediationNotices notices = new MediationNotices(cases, new Notifications(inbox, calendar));
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/labordispute");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Mocks.register(
                "laborDisputeIntakeListener",
                new LaborDisputeIntakeListener(applications, new IntakeRefusals(messages)));
        Mocks.register("scheduleMediationDeadlinesDelegate", new ScheduleMediationDeadlinesDelegate(applications));
        Mocks.register("notifyApplicantDelegate", new NotifyApplicantDelegate(notices));
    }

    @AfterEach
    void tearDown() {
        identityService().clearAuthentication();
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void residentsAndTheWindowStartItAndEveryTaskShowsTheTrackingNumberAndTheApplicant() {
        CaseProcessAssertions.residentsStart(PROCESS_KEY, CANDIDATE_GROUP);

        identityService().setAuthentication("mediator-1", List.of(CANDIDATE_GROUP));
        ProcessInstance mediation = runtimeService().startProcessInstanceByKey(PROCESS_KEY, windowApplication());
        identityService().clearAuthentication();

        String trackingNumber = runtimeService()
                .createProcessInstanceQuery()
                .processInstanceId(mediation.getId())
                .singleResult()
                .getBusinessKey();
        CaseProcessAssertions.everyTaskShowsTheCase(mediation, trackingNumber, "王小明");
    }

    @Test
    void refusesTheApplicationAndTellsTheApplicantWhy() {
        // entered at the window in Tasklist: a start by a signed-in mediator, no business key, the intake gives one
        identityService().setAuthentication("mediator-1", List.of(CANDIDATE_GROUP));
        ProcessInstance mediation = runtimeService().startProcessInstanceByKey(PROCESS_KEY, windowApplication());
        identityService().clearAuthentication();

        String trackingNumber = runtimeService()
                .createProcessInstanceQuery()
                .processInstanceId(mediation.getId())
                .singleResult()
                .getBusinessKey();
        assertThat(trackingNumber).matches("LD-20260306-[" + TrackingNumbers.ALPHABET + "]{6}");
        assertThat(mediation)
                .variables()
                .containsEntry(VAR_TRACKING_NUMBER, trackingNumber)
                .containsEntry(VAR_ACCEPTANCE_DUE, ACCEPTANCE_DUE)
                .containsEntry(VAR_ACCEPTANCE_DUE_PROVISIONAL, false)
                .containsEntry(VAR_STATUTORY_LIMIT_ENDS, STATUTORY_LIMIT_ENDS)
                .containsEntry(VAR_STATUTORY_LIMIT_PROVISIONAL, false)
                .containsEntry(VAR_CHANNEL, "WINDOW")
                .containsEntry(VAR_APPLICANT_ID_NUMBER_MASKED, "3101**********123X")
                .doesNotContainKeys(
                        VAR_APPLICANT_ID_NUMBER, VAR_APPLICANT_MOBILE, VAR_APPLICANT_ACCOUNT_ID, VAR_REGISTERED_BY);
        assertThat(cases.findByTrackingNumber(trackingNumber))
                .get()
                .extracting(
                        LaborDisputeCase::getChannel,
                        LaborDisputeCase::getProcessInstanceId,
                        LaborDisputeCase::getApplicantIdNumber,
                        LaborDisputeCase::getRegisteredBy)
                .containsExactly(Channel.WINDOW, mediation.getId(), "31010519900101123X", "mediator-1");

        assertThat(mediation)
                .isWaitingAt(TASK_DECIDE_ACCEPTANCE)
                .task()
                .hasCandidateGroup(CANDIDATE_GROUP)
                .hasDueDate(ACCEPTANCE_DUE);
        complete(
                task(TASK_DECIDE_ACCEPTANCE, mediation),
                withVariables(VAR_ACCEPTED, false, VAR_NOT_ACCEPTED_REASON, "不属于劳动争议"));

        assertThat(mediation).isWaitingAt(TASK_NOTIFY_NOT_ACCEPTED);
        execute(job(TASK_NOTIFY_NOT_ACCEPTED, mediation));

        assertThat(mediation)
                .hasPassedInOrder(
                        TASK_SCHEDULE_DEADLINES,
                        TASK_DECIDE_ACCEPTANCE,
                        END_EVENT_ACCEPTANCE_REFUSED,
                        TASK_NOTIFY_NOT_ACCEPTED,
                        END_EVENT_APPLICATION_NOT_ACCEPTED)
                .isEnded();
        assertThat(inbox.sent()).singleElement().satisfies(notice -> {
            assertThat(notice.getTrackingNumber()).isEqualTo(trackingNumber);
            assertThat(notice.getRecipientMobile()).isEqualTo("13800138000");
            assertThat(notice.getBody()).contains("不予受理", "不属于劳动争议", trackingNumber);
        });
    }

    @Test
    void recordsTheAgreementReachedInASessionAndTellsTheApplicant() {
        ProcessInstance mediation = startOnline();
        accept(mediation);

        assertThat(mediation)
                .isWaitingAt(TASK_HOLD_SESSION)
                .task()
                .hasCandidateGroup(CANDIDATE_GROUP)
                .hasDueDate(STATUTORY_LIMIT_ENDS);
        complete(task(TASK_HOLD_SESSION, mediation), session(SessionOutcome.AGREEMENT));

        assertThat(mediation)
                .isWaitingAt(TASK_RECORD_AGREEMENT)
                .task()
                .hasCandidateGroup(CANDIDATE_GROUP)
                .hasDueDate(STATUTORY_LIMIT_ENDS);
        assertThat(formService()
                        .getDeployedTaskForm(
                                task(TASK_RECORD_AGREEMENT, mediation).getId()))
                .isNotNull();
        complete(
                task(TASK_RECORD_AGREEMENT, mediation),
                withVariables(
                        VAR_AGREEMENT_NUMBER, "TJ-2026-017",
                        VAR_AGREEMENT_TERMS, "用人单位于 2026 年 3 月 20 日前支付拖欠工资 12,000 元",
                        VAR_AGREEMENT_SIGNED_DATE, "2026-03-12"));

        execute(job(TASK_NOTIFY_AGREEMENT, mediation));

        assertThat(mediation)
                .hasPassedInOrder(
                        TASK_HOLD_SESSION,
                        END_EVENT_AGREEMENT_SIGNED,
                        GATEWAY_MEDIATION_RESULT,
                        TASK_RECORD_AGREEMENT,
                        TASK_NOTIFY_AGREEMENT,
                        END_EVENT_AGREEMENT_REACHED)
                .isEnded();
        assertThat(inbox.sent()).singleElement().satisfies(notice -> {
            assertThat(notice.getRecipientAccountId()).isEqualTo(42L);
            assertThat(notice.getBody()).contains("TJ-2026-017");
        });
    }

    @Test
    void holdsAnotherSessionUntilTheMediationSettles() {
        ProcessInstance mediation = startOnline();
        accept(mediation);

        complete(task(TASK_HOLD_SESSION, mediation), session(SessionOutcome.ANOTHER_SESSION));
        assertThat(mediation)
                .isWaitingAt(TASK_HOLD_SESSION)
                .task()
                .hasCandidateGroup(CANDIDATE_GROUP)
                .hasDueDate(STATUTORY_LIMIT_ENDS);
        complete(task(TASK_HOLD_SESSION, mediation), session(SessionOutcome.AGREEMENT));

        assertThat(mediation).isWaitingAt(TASK_RECORD_AGREEMENT);
        assertThat(historicPassages(mediation, TASK_HOLD_SESSION)).isEqualTo(2);
        assertThat(historicPassages(mediation, GATEWAY_NEXT_SESSION)).isEqualTo(2);
    }

    @Test
    void endsAndTellsOfArbitrationWhenTheSessionsFail() {
        ProcessInstance mediation = startOnline();
        accept(mediation);
        complete(task(TASK_HOLD_SESSION, mediation), session(SessionOutcome.FAILED));

        assertThat(mediation).isWaitingAt(TASK_NOTIFY_MEDIATION_FAILED);
        execute(job(TASK_NOTIFY_MEDIATION_FAILED, mediation));

        assertThat(mediation)
                .hasPassedInOrder(
                        TASK_HOLD_SESSION,
                        END_EVENT_SESSIONS_FAILED,
                        TASK_NOTIFY_MEDIATION_FAILED,
                        END_EVENT_MEDIATION_FAILED)
                .isEnded();
        assertThat(inbox.sent())
                .singleElement()
                .extracting(Notification::getBody)
                .asString()
                .contains("仲裁");
    }

    @Test
    void tellsThePartiesTheyMayArbitrateWhenNoAgreementIn15Days() {
        ProcessInstance mediation = startOnline();
        accept(mediation);
        complete(task(TASK_HOLD_SESSION, mediation), session(SessionOutcome.ANOTHER_SESSION));

        Job timer = job(TIMER_STATUTORY_LIMIT, mediation);
        assertThat(timer.getDuedate()).isEqualTo(STATUTORY_LIMIT_ENDS);

        ClockUtil.setCurrentTime(new Date(STATUTORY_LIMIT_ENDS.getTime() - 1000));
        assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(mediation.getId())
                        .executable()
                        .count())
                .isZero();

        ClockUtil.setCurrentTime(STATUTORY_LIMIT_ENDS);
        assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(mediation.getId())
                        .executable()
                        .count())
                .isOne();
        execute(timer);

        assertThat(mediation).isWaitingAt(TASK_NOTIFY_STATUTORY_LIMIT_REACHED);
        assertThat(mediation).isNotWaitingAt(TASK_HOLD_SESSION);
        execute(job(TASK_NOTIFY_STATUTORY_LIMIT_REACHED, mediation));

        assertThat(mediation)
                .hasPassedInOrder(
                        TIMER_STATUTORY_LIMIT, TASK_NOTIFY_STATUTORY_LIMIT_REACHED, END_EVENT_STATUTORY_LIMIT_REACHED)
                .hasNotPassed(END_EVENT_MEDIATION_FAILED, END_EVENT_AGREEMENT_REACHED)
                .isEnded();
        assertThat(inbox.sent())
                .singleElement()
                .extracting(Notification::getBody)
                .asString()
                .contains("十五日内未达成调解协议", "仲裁");
    }

    @Test
    void retriesAFailedNoticeFiveTimesFiveMinutesApart() {
        ProcessInstance mediation = startOnline();
        accept(mediation);
        complete(task(TASK_HOLD_SESSION, mediation), session(SessionOutcome.FAILED));
        inbox.unavailable(true);

        Job notice = job(TASK_NOTIFY_MEDIATION_FAILED, mediation);
        QuietLogs.engineFailure(
                () -> assertThatThrownBy(() -> managementService().executeJob(notice.getId()))
                        .hasMessageContaining("inbox unavailable"));

        Job retried = managementService().createJobQuery().jobId(notice.getId()).singleResult();
        assertThat(retried.getRetries()).isEqualTo(4); // R5: five tries in all, one spent
        assertThat(retried.getDuedate())
                .isEqualTo(new Date(ClockUtil.getCurrentTime().getTime() + 5 * 60_000));
        for (String activityId : new String[] {
            TASK_NOTIFY_NOT_ACCEPTED,
            TASK_NOTIFY_AGREEMENT,
            TASK_NOTIFY_MEDIATION_FAILED,
            TASK_NOTIFY_STATUTORY_LIMIT_REACHED
        }) {
            assertThat(retryCycleOf(mediation, activityId)).isEqualTo("R5/PT5M");
        }

        inbox.unavailable(false);
        execute(retried);
        assertThat(mediation).isEnded();
        assertThat(inbox.sent()).hasSize(1);
    }

    @Test
    void keepsTheIdNumberAndTheMobileOfAnOnlineApplicationInTheCaseRecordOnly() {
        ProcessInstance mediation = startOnline();

        assertThat(mediation)
                .variables()
                .containsEntry(VAR_CHANNEL, "ONLINE")
                .containsEntry(VAR_APPLICANT_ID_NUMBER_MASKED, "3101**********123X")
                .doesNotContainKeys(
                        VAR_APPLICANT_ID_NUMBER, VAR_APPLICANT_MOBILE, VAR_APPLICANT_ACCOUNT_ID, VAR_REGISTERED_BY);
        assertThat(cases.findByTrackingNumber(TRACKING_NUMBER))
                .get()
                .extracting(
                        LaborDisputeCase::getApplicantIdNumber,
                        LaborDisputeCase::getApplicantMobile,
                        LaborDisputeCase::getApplicantAccountId,
                        LaborDisputeCase::getChannel)
                .containsExactly("31010519900101123X", "13800138000", 42L, Channel.ONLINE);
        for (String name : List.of(VAR_APPLICANT_ID_NUMBER, VAR_APPLICANT_MOBILE)) {
            assertThat(engine.getProcessEngine()
                            .getHistoryService()
                            .createHistoricVariableInstanceQuery()
                            .processInstanceId(mediation.getId())
                            .variableName(name)
                            .count())
                    .as(name)
                    .isZero();
        }
    }

    @Test
    void refusesAWindowEntryThatCarriesWhatOnlyTheApplicationSets() {
        identityService().setAuthentication("mediator-1", List.of(CANDIDATE_GROUP));
        Map<String, Object> forged = new HashMap<>(windowApplication());
        forged.put(VAR_CHANNEL, "ONLINE");
        forged.put(VAR_APPLICANT_ACCOUNT_ID, 42L);

        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(PROCESS_KEY, forged))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("不接受：applicantAccountId, channel")
                .hasMessageContaining("not: applicantAccountId, channel");
        assertThatThrownBy(
                        () -> runtimeService().startProcessInstanceByKey(PROCESS_KEY, "LD-MY-OWN", windowApplication()))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("办件编号由系统生成");
        assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
        assertThat(cases.enteredBy("mediator-1")).isEmpty();

        // the form's fields alone go through
        ProcessInstance entry = runtimeService().startProcessInstanceByKey(PROCESS_KEY, windowApplication());
        assertThat(cases.enteredBy("mediator-1"))
                .singleElement()
                .extracting(LaborDisputeCase::getProcessInstanceId)
                .isEqualTo(entry.getId());
    }

    @Test
    void appliesTheApiRulesToAWindowEntry() {
        Map<String, Object> badId = new HashMap<>(windowApplication());
        badId.put(VAR_APPLICANT_ID_NUMBER, "31010519800101");
        identityService().setAuthentication("mediator-1", List.of(CANDIDATE_GROUP));
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(PROCESS_KEY, badId))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("身份证号码“3101******0101”无效");

        identityService().setAuthentication("clerk-1", List.of("civil-affairs"));
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(PROCESS_KEY, windowApplication()))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("只有调解委员会工作人员或居民本人可以办理")
                .hasMessageContaining(" / Only");
        assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();

        // the same entry by a mediator goes through
        identityService().setAuthentication("mediator-1", List.of(CANDIDATE_GROUP));
        assertThat(runtimeService().startProcessInstanceByKey(PROCESS_KEY, windowApplication()))
                .isNotNull();
        assertThat(cases.enteredBy("mediator-1")).hasSize(1);
    }

    @Test
    void bindsTheStartFormAndEveryTaskFormToTheDeployment() {
        String definitionId = repositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(PROCESS_KEY)
                .singleResult()
                .getId();
        assertThat(formService().getStartFormKey(definitionId)).isNull();
        assertThat(formService().getDeployedStartForm(definitionId)).isNotNull();

        ProcessInstance mediation = startOnline();
        Task decision = task(TASK_DECIDE_ACCEPTANCE, mediation);
        assertThat(formService().getDeployedTaskForm(decision.getId())).isNotNull();
        accept(mediation);
        assertThat(formService()
                        .getDeployedTaskForm(task(TASK_HOLD_SESSION, mediation).getId()))
                .isNotNull();
    }

    /** As the API starts an online application: accepted by the intake, the personal values handed over transient. */
    private ProcessInstance startOnline() {
        MediationApplication application = new MediationApplication(
                TRACKING_NUMBER,
                "王小明",
                "13800138000",
                "31010519900101123X",
                42L,
                "上海某某餐饮管理有限公司",
                DisputeType.WAGES,
                "支付拖欠工资 12,000 元",
                "2025 年 12 月至 2026 年 2 月工资未发放",
                Channel.ONLINE,
                null);
        return runtimeService()
                .createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(TRACKING_NUMBER)
                .setVariables(LaborDisputeIntakeListener.startVariables(application))
                .execute();
    }

    private static void accept(ProcessInstance mediation) {
        assertThat(mediation).isWaitingAt(TASK_DECIDE_ACCEPTANCE);
        complete(task(TASK_DECIDE_ACCEPTANCE, mediation), withVariables(VAR_ACCEPTED, true));
    }

    private static Map<String, Object> windowApplication() {
        return withVariables(
                VAR_APPLICANT_NAME, "王小明",
                VAR_APPLICANT_MOBILE, "13800138000",
                VAR_APPLICANT_ID_NUMBER, "31010519900101123X",
                VAR_EMPLOYER, "上海某某餐饮管理有限公司",
                VAR_DISPUTE_TYPE, DisputeType.WAGES.name(),
                VAR_CLAIM, "支付拖欠工资 12,000 元",
                VAR_FACTS, "2025 年 12 月至 2026 年 2 月工资未发放");
    }

    private static Map<String, Object> session(SessionOutcome outcome) {
        return withVariables(
                VAR_SESSION_DATE, "2026-03-10",
                VAR_SESSION_ATTENDANCE, "申请人王小明；用人单位代表李经理；调解员张某",
                VAR_SESSION_SUMMARY, "双方陈述意见",
                VAR_SESSION_OUTCOME, outcome.name());
    }

    private static long historicPassages(ProcessInstance mediation, String activityId) {
        return engine.getProcessEngine()
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(mediation.getId())
                .activityId(activityId)
                .count();
    }

    /** The retry cycle the engine gives a step: the one of the engine's settings, which no model overrides. */
    private static String retryCycleOf(ProcessInstance mediation, String activityId) {
        ProcessDefinitionEntity definition = (ProcessDefinitionEntity) ((RepositoryServiceImpl) repositoryService())
                .getDeployedProcessDefinition(mediation.getProcessDefinitionId());
        FailedJobRetryConfiguration configuration = definition
                .findActivity(activityId)
                .getProperties()
                .get(DefaultFailedJobParseListener.FAILED_JOB_CONFIGURATION);
        assertThat(configuration.getRetries()).isEqualTo(5);
        return String.join(",", configuration.getRetryIntervals());
    }

    private static Date date(String isoOffsetDateTime) {
        return Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant());
    }
}

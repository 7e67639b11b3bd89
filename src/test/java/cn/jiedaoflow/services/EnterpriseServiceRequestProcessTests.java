package cn.jiedaoflow.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.jiedaoflow.calendar.OfficeCalendar;
import cn.jiedaoflow.fakes.WeekdayCalendar;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code enterprise-service-request}: a procedure with a model and forms only, filed through the generic door. One
 * test per path: resolved, put on the forum's agenda, and the rating's 15 days lapsing. The enterprise is told of
 * the assignment through the element template "notify the applicant", whose delegate is mocked here.
 */
@Deployment(
        resources = {
            "processes/enterprise-service-request.bpmn",
            "forms/enterprise-service-request.form",
            "forms/enterprise-service-triage.form",
            "forms/enterprise-service-answer.form",
            "forms/enterprise-service-rating.form",
            "forms/enterprise-service-forum-agenda.form"
        })
class EnterpriseServiceRequestProcessTests {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0)
            .build();

    static final String PROCESS_KEY = "enterprise-service-request";

    /** A Friday morning: 5 working days end the next Friday 17:00; 15 days end after Monday 23 March (21st: Sat). */
    private static final OffsetDateTime FILED = OffsetDateTime.parse("2026-03-06T10:00:00+08:00");

    private static final Date ANSWER_DUE = date("2026-03-13T17:00:00+08:00");
    private static final Date RATING_DUE = date("2026-03-24T00:00:00+08:00");

    /** What the template "notify the applicant" was given: subject and text, as the engine evaluated them. */
    private final List<String> notices = new ArrayList<>();

    /** What the template "record a document" was given: kind, number and title. */
    private final List<String> documents = new ArrayList<>();

    @BeforeEach
    void setUp() {
        init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(FILED.toInstant()));
        Mocks.register("officeCalendar", new OfficeCalendar(new WeekdayCalendar()));
        Mocks.register("notifyApplicantOfCaseDelegate", (JavaDelegate) execution ->
                notices.add(execution.getVariable("noticeSubject") + " | " + execution.getVariable("noticeText")));
        Mocks.register("recordDocumentDelegate", (JavaDelegate)
                execution -> documents.add(execution.getVariable("documentKind") + " | "
                        + execution.getVariable("documentNumber") + " | " + execution.getVariable("documentTitle")));
        // the template "set a deadline", as its delegate counts calendar days (SetDeadlineDelegateTests)
        Mocks.register("setDeadlineDelegate", (JavaDelegate) execution -> execution.setVariable(
                (String) execution.getVariable("deadlineVariable"),
                new OfficeCalendar(new WeekdayCalendar())
                        .daysFromNow(Integer.parseInt(
                                execution.getVariable("deadlineDays").toString()))));
        // the forum's agenda (ForumAgendaListener; EnterpriseServiceEndToEndIntegrationTests): the next forum's date
        Mocks.register("forumAgendaListener", (ExecutionListener) execution -> {
            if (ExecutionListener.EVENTNAME_END.equals(execution.getEventName())) {
                execution.setVariable("forumDate", "2026-04-10");
            }
        });
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void theOfficeAnswersWithinTheAssignedWorkingDaysAndTheEnterpriseFindsItResolved() {
        ProcessInstance request = rated("YES");

        assertThat(request)
                .hasPassedInOrder(
                        "StartEvent_NeedFiled",
                        "Task_TriageNeed",
                        "Task_NotifyNeedAssigned",
                        "Task_AnswerNeed",
                        "Task_RateAnswer",
                        "Gateway_NeedResolved",
                        "EndEvent_NeedResolved");
        assertThat(request).isEnded();
    }

    @Test
    void anUnresolvedNeedGoesOnTheNextForumsAgenda() {
        ProcessInstance request = rated("NO");

        assertThat(request).isWaitingAt("Task_PutOnForumAgenda");
        assertThat(task()).hasCandidateGroup("business-service");
        complete(task(), withVariables("agendaNote", "请人社局到会说明"));

        assertThat(request).hasPassed("EndEvent_OnForumAgenda").isEnded();
        assertThat(historyService()
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(request.getId())
                        .variableName("forumDate")
                        .singleResult()
                        .getValue())
                .isEqualTo("2026-04-10");
    }

    @Test
    void anAnswerNotRatedWithinFifteenDaysEndsTheCase() {
        ProcessInstance request = answered();

        assertThat(job()).hasDueDate(RATING_DUE);
        execute(job());

        assertThat(request)
                .hasPassed("Timer_RatingLapsed", "EndEvent_RatingLapsed")
                .isEnded();
        assertThat(request).hasNotPassed("Gateway_NeedResolved");
    }

    @Test
    void theEnterpriseIsToldOnceThatItsNeedIsAssignedAndWhenTheAnswerIsDue() {
        answered();

        assertThat(notices)
                .containsExactly(
                        "诉求已分派：员工居住证积分办理 | 您的诉求“员工居住证积分办理”已交承办科室办理，将在 5 个工作日内答复。" + "答复后请登录居民服务平台，在“我的办件”中评价。");
    }

    @Test
    void theAnswerIsRecordedAsTheCasesDocument() {
        answered();

        assertThat(documents).containsExactly("诉求答复 | SV-20260306-K7Q2MX | 员工居住证积分办理");
    }

    @Test
    void theAnswerAndTheAssignmentStayCaseVariablesForTheLaterSteps() {
        ProcessInstance request = answered();

        assertThat(request)
                .variables()
                .containsEntry("answer", "已协调人才服务中心办理")
                .containsEntry("handlingOffice", "employment-service")
                .containsEntry("ratingDue", RATING_DUE);
    }

    private ProcessInstance answered() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("trackingNumber", "SV-20260306-K7Q2MX");
        variables.put("applicantName", "上海某某科技有限公司");
        variables.put("needCategory", "TALENT_RESIDENCE");
        variables.put("needTitle", "员工居住证积分办理");
        variables.put("needDescription", "三名员工需办理居住证积分");
        variables.put("contactName", "李华");
        variables.put("contactMobileMasked", "139****0009");
        ProcessInstance request =
                runtimeService().startProcessInstanceByKey(PROCESS_KEY, "SV-20260306-K7Q2MX", variables);

        assertThat(request).isWaitingAt("Task_TriageNeed");
        assertThat(task()).hasCandidateGroup("business-service");
        assertThat(task().getDueDate()).isNull();
        complete(task(), withVariables("handlingOffice", "employment-service", "replyWorkingDays", 5L));

        assertThat(request).isWaitingAt("Task_NotifyNeedAssigned");
        execute(job());
        assertThat(request).isWaitingAt("Task_AnswerNeed");
        Task answer = task();
        assertThat(answer).hasCandidateGroup("employment-service");
        assertThat(answer.getDueDate()).isEqualTo(ANSWER_DUE);
        complete(answer, withVariables("answer", "已协调人才服务中心办理"));

        assertThat(request).hasPassedInOrder("Task_AnswerNeed", "Task_RecordAnswer", "Task_SetRatingDue");
        assertThat(request).isWaitingAt("Task_RateAnswer");
        Task rating = task();
        assertThat(rating).hasCandidateGroup("applicant");
        assertThat(rating.getDueDate()).isEqualTo(RATING_DUE);
        return request;
    }

    private ProcessInstance rated(String resolved) {
        ProcessInstance request = answered();
        complete(task(), withVariables("resolved", resolved, "score", "4", "ratingComment", "办得快"));
        return request;
    }

    private static Date date(String text) {
        return Date.from(OffsetDateTime.parse(text).toInstant());
    }
}

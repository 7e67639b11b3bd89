package cn.jiedaoflow.holidayvisits;

import static cn.jiedaoflow.holidayvisits.HolidayVisits.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.jiedaoflow.cases.CaseProcessAssertions;
import cn.jiedaoflow.fakes.WeekdayCalendar;
import cn.jiedaoflow.veterans.KeyCareVeterans.KeyCareVeteran;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
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

@Deployment(resources = {"processes/veteran-holiday-visits.bpmn", "forms/veteran-holiday-visit.form"})
class VeteranHolidayVisitsProcessTests {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0)
            .build();

    private final List<KeyCareVeteran> keyCare = new ArrayList<>(List.of(
            new KeyCareVeteran(1, "SN-0001", "周建国", "13800000101", "长宁区程家桥路 100 弄 1 号 101 室"),
            new KeyCareVeteran(2, "SN-0002", "吴卫东", "13800000102", "长宁区程家桥路 100 弄 2 号 302 室"),
            new KeyCareVeteran(3, "SN-0003", "郑志强", "13800000103", "长宁区虹桥路 2000 弄 5 号 201 室")));

    @BeforeEach
    void setUp() {
        init(engine.getProcessEngine());
        WeekdayCalendar calendar = new WeekdayCalendar() {
            @Override
            public Optional<LocalDate> springFestival(int year) {
                return year == 2026 ? Optional.of(LocalDate.of(2026, 2, 17)) : Optional.empty();
            }
        };
        Mocks.register(
                "planHolidayVisitsDelegate",
                new PlanHolidayVisitsDelegate(new HolidayVisitRounds(calendar, () -> keyCare, 10)));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void theDailyTimerWakesAtEightAndEndsAtOnceOnAnOrdinaryDay() {
        at("2026-03-02T07:00:00+08:00");
        Job daily = managementService()
                .createJobQuery()
                .activityId(START_EVENT_DAILY)
                .singleResult();
        assertThat(daily).isNotNull();
        assertThat(daily.getDuedate()).isNotNull();
        assertThat(OffsetDateTime.ofInstant(daily.getDuedate().toInstant(), java.time.ZoneId.of("Asia/Shanghai"))
                        .toLocalTime())
                .isEqualTo(java.time.LocalTime.of(8, 0));

        at("2026-03-02T08:00:00+08:00");
        execute(daily);

        HistoricProcessInstance day = historyService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY)
                .singleResult();
        assertThat(day.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
        assertThat(historyService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(day.getId())
                        .orderPartiallyByOccurrence()
                        .asc()
                        .list())
                .extracting(HistoricActivityInstance::getActivityId)
                .containsExactly(START_EVENT_DAILY, TASK_PLAN_ROUND, GATEWAY_ROUND_DUE, END_EVENT_NO_ROUND_TODAY);
        // the timer waits for the next morning
        assertThat(managementService()
                        .createJobQuery()
                        .activityId(START_EVENT_DAILY)
                        .singleResult()
                        .getDuedate())
                .isEqualTo(date("2026-03-03T08:00:00+08:00"));
        assertThat(taskService().createTaskQuery().count()).isZero();
        // a day that creates nothing is no case: it has neither a tracking number nor an applicant's name
        assertThat(historyService()
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(day.getId())
                        .variableNameIn(VAR_TRACKING_NUMBER, VAR_APPLICANT_NAME)
                        .count())
                .isZero();
        // only the timer starts it: no one, residents included, starts it by hand
        assertThat(CaseProcessAssertions.starterGroups(PROCESS_KEY)).isEmpty();
    }

    @Test
    void tenDaysBeforeTheSpringFestivalEveryKeyCareVeteranGetsAVisitDueTheDayBefore() {
        at("2026-02-07T08:00:00+08:00");
        ProcessInstance round = runtimeService().startProcessInstanceByKey(PROCESS_KEY);

        assertThat(round).isWaitingAt(TASK_VISIT_VETERAN);
        assertThat(round).hasBusinessKey("HV-2026-SPRING_FESTIVAL");
        assertThat(round)
                .variables()
                .containsEntry(VAR_TRACKING_NUMBER, "HV-2026-SPRING_FESTIVAL")
                .containsEntry(VAR_FESTIVAL_DATE, "2026-02-17");
        // Tasklist lists every visit under the round's number and the festival's name
        CaseProcessAssertions.everyTaskShowsTheCase(round, "HV-2026-SPRING_FESTIVAL", "春节");
        List<Task> visits = taskService()
                .createTaskQuery()
                .processInstanceId(round.getId())
                .orderByTaskName()
                .asc()
                .list();
        assertThat(visits)
                .extracting(Task::getName)
                .containsExactlyInAnyOrder("春节走访慰问：周建国", "春节走访慰问：吴卫东", "春节走访慰问：郑志强");
        assertThat(visits).allSatisfy(visit -> {
            assertThat(visit).hasCandidateGroup(CANDIDATE_GROUP);
            assertThat(visit.getDueDate()).isEqualTo(date("2026-02-16T17:00:00+08:00"));
        });
        Task zhou = visits.stream()
                .filter(t -> t.getName().endsWith("周建国"))
                .findFirst()
                .orElseThrow();
        assertThat(taskService().getVariables(zhou.getId()))
                .containsEntry("veteranServiceNumber", "SN-0001")
                .containsEntry("veteranMobile", "13800000101");

        for (Task visit : visits) {
            complete(
                    visit,
                    withVariables(
                            "visitDate",
                            "2026-02-10",
                            "visitors",
                            "服务站 王站长、李干事",
                            "comfortGiven",
                            "慰问金 500 元、米油",
                            "familySituation",
                            "身体尚可；" + visit.getName(),
                            "followUpNeeded",
                            visit.getName().endsWith("郑志强"),
                            "followUpNotes",
                            null));
        }

        assertThat(round).hasPassed(END_EVENT_VISITS_RECORDED).isEnded();
        // one visit record per veteran, kept apart in the history of each visit
        Map<Object, Object> situations = historyService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(round.getId())
                .variableName("familySituation")
                .list()
                .stream()
                .collect(Collectors.toMap(v -> v.getActivityInstanceId(), HistoricVariableInstance::getValue));
        assertThat(situations.values())
                .containsExactlyInAnyOrder("身体尚可；春节走访慰问：周建国", "身体尚可；春节走访慰问：吴卫东", "身体尚可；春节走访慰问：郑志强");
    }

    @Test
    void aRoundIsStartedOnceAFestivalEvenWhenLaterMorningsStillFallInItsWindow() {
        at("2026-07-22T08:00:00+08:00");
        ProcessInstance first = runtimeService().startProcessInstanceByKey(PROCESS_KEY);
        at("2026-07-23T08:00:00+08:00");
        ProcessInstance second = runtimeService().startProcessInstanceByKey(PROCESS_KEY);

        assertThat(first).hasBusinessKey("HV-2026-ARMY_DAY").isWaitingAt(TASK_VISIT_VETERAN);
        assertThat(taskService()
                        .createTaskQuery()
                        .processInstanceId(first.getId())
                        .list())
                .extracting(Task::getName)
                .contains("八一建军节走访慰问：吴卫东")
                .allSatisfy(name -> assertThat(name).startsWith("八一建军节走访慰问："));
        assertThat(taskService()
                        .createTaskQuery()
                        .processInstanceId(first.getId())
                        .list())
                .allSatisfy(task -> assertThat(task.getDueDate()).isEqualTo(date("2026-07-31T17:00:00+08:00")));
        assertThat(second).hasPassed(END_EVENT_NO_ROUND_TODAY).isEnded();
        assertThat(historyService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(second.getId())
                        .singleResult()
                        .getBusinessKey())
                .isNull();
    }

    @Test
    void withoutKeyCareVeteransTheRoundEndsWithoutTasks() {
        keyCare.clear();
        at("2026-07-31T08:00:00+08:00");

        ProcessInstance round = runtimeService().startProcessInstanceByKey(PROCESS_KEY);

        assertThat(round)
                .hasPassed(END_EVENT_VISITS_RECORDED)
                .hasNotPassed(TASK_VISIT_VETERAN)
                .isEnded();
        assertThat(historyService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(round.getId())
                        .singleResult()
                        .getBusinessKey())
                .isEqualTo("HV-2026-ARMY_DAY");
        assertThat(historyService()
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(round.getId())
                        .variableName(VAR_APPLICANT_NAME)
                        .singleResult()
                        .getValue())
                .isEqualTo("八一建军节");
    }

    private static void at(String offsetDateTime) {
        ClockUtil.setCurrentTime(date(offsetDateTime));
    }

    private static Date date(String offsetDateTime) {
        return Date.from(OffsetDateTime.parse(offsetDateTime).toInstant());
    }
}

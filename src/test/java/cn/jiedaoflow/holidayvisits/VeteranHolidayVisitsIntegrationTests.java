package cn.jiedaoflow.holidayvisits;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.veterans.KeyCareVeterans;
import cn.jiedaoflow.veterans.TestRoster;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** A round of holiday visits in the running application, made from the roster the station imported. */
@IntegrationTest
class VeteranHolidayVisitsIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    KeyCareVeterans keyCare;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Test
    void theDailyTimerIsDeployedAndARoundGoesToEveryKeyCareVeteranOfTheRoster() {
        assertThat(management
                        .createJobQuery()
                        .processDefinitionKey(HolidayVisits.PROCESS_KEY)
                        .activityId(HolidayVisits.START_EVENT_DAILY)
                        .count())
                .isEqualTo(1);
        TestRoster roster = TestRoster.of(6);
        HttpHeaders csv = new HttpHeaders();
        csv.setContentType(MediaType.parseMediaType("text/csv;charset=UTF-8"));
        TestRestTemplate station =
                TestPeople.as(rest, TestPeople.staff(identity, "veterans-station"), TestPeople.STAFF_PASSWORD);
        assertThat(station.exchange(
                                TestRoster.PATH,
                                HttpMethod.POST,
                                new HttpEntity<>(roster.csv().getBytes(StandardCharsets.UTF_8), csv),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);

        ClockUtil.setCurrentTime(
                Date.from(OffsetDateTime.parse("2026-07-25T08:00:00+08:00").toInstant()));
        try {
            ProcessInstance round = runtime.startProcessInstanceByKey(HolidayVisits.PROCESS_KEY);
            List<Task> visits =
                    tasks.createTaskQuery().processInstanceId(round.getId()).list();
            List<Object> serviceNumbers = visits.stream()
                    .map(task -> tasks.getVariable(task.getId(), "veteranServiceNumber"))
                    .toList();

            assertThat(round.getBusinessKey()).isEqualTo("HV-2026-ARMY_DAY");
            assertThat(visits)
                    .hasSize(keyCare.all().size())
                    .allSatisfy(task -> assertThat(task.getName()).startsWith("八一建军节走访慰问："));
            assertThat(serviceNumbers)
                    .contains(roster.prefix() + "-003", roster.prefix() + "-006")
                    .doesNotContain(roster.prefix() + "-001");
            assertThat(tasks.createTaskQuery()
                            .processInstanceId(round.getId())
                            .taskCandidateGroup("veterans-station")
                            .count())
                    .isEqualTo(visits.size());
            runtime.deleteProcessInstance(round.getId(), "test over");
        } finally {
            ClockUtil.reset();
        }
    }
}

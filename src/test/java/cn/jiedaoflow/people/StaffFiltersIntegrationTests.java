package cn.jiedaoflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.engine.Webapp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
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
 * The shared Tasklist filters as staff meet them through Tasklist's own API: the four, once each, the
 * administrator's, readable by a user added today, sorted soonest due first; each row with the case's tracking
 * number and applicant for the group working it and for no other group; 即将超期 and 已超期 by the calendar.
 */
@IntegrationTest
class StaffFiltersIntegrationTests {

    /** The sorting Tasklist opens the list with (scripts/due-date-sorting.js). */
    private static final String OPENING_SORTING =
            "[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}," + "{\"sortBy\":\"created\",\"sortOrder\":\"asc\"}]";

    static final String PROBE = "staff-filters-probe";
    static final String WORKING = StaffGroup.LEGAL_AID.id();
    static final String OTHER = StaffGroup.PSYCHOLOGICAL_SUPPORT.id();
    static final String TASKLIST_API = "/camunda/api/engine/engine/default";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    FilterService filters;

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    StaffDirectory directory;

    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void probeModel() {
        if (repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(PROBE)
                        .count()
                == 0) {
            repository
                    .createDeployment()
                    .name(PROBE)
                    .addModelInstance(
                            PROBE + ".bpmn",
                            Bpmn.createExecutableProcess(PROBE)
                                    .name("过滤器探针")
                                    .camundaHistoryTimeToLive(1)
                                    .startEvent("StartEvent_Probe")
                                    .userTask("Task_Work")
                                    .name("办理")
                                    .camundaCandidateGroups(WORKING)
                                    .endEvent("EndEvent_Probe")
                                    .done())
                    .deploy();
        }
        Grants.grant(authorizations, WORKING, Resources.PROCESS_DEFINITION, PROBE, Permissions.READ);
    }

    @Test
    void theFourSharedFiltersExistOnceOwnedByTheAdministratorWithNoOrderingOfTheirOwn() {
        directory.run(null);
        for (StaffFilters.Shared shared : StaffFilters.Shared.values()) {
            List<Filter> named =
                    filters.createFilterQuery().filterName(shared.filterName()).list();
            assertThat(named).as(shared.filterName()).hasSize(1);
            assertThat(named.get(0).getOwner()).isEqualTo(TestPeople.ADMIN);
            assertThat(named.get(0).getProperties()).containsEntry("variables", StaffFilters.ROW_VARIABLES);
        }
        assertThat(filters.createFilterQuery()
                        .filterName(StaffFilters.FORMER_FILTER)
                        .count())
                .isZero();

        // a user added today reads them in Tasklist, in their order
        String newcomer = TestPeople.staffIn(identity, "it-newcomer-" + UUID.randomUUID(), OTHER);
        JsonNode listed = body(Webapp.login(rest, newcomer, TestPeople.STAFF_PASSWORD)
                .get(TASKLIST_API + "/filter?resourceType=Task"));
        List<JsonNode> shared = new ArrayList<>();
        listed.forEach(shared::add);
        // Tasklist shows them by priority
        shared.sort(java.util.Comparator.comparingInt(
                filter -> filter.at("/properties/priority").asInt()));
        List<String> names = new ArrayList<>();
        for (JsonNode filter : shared) {
            names.add(filter.get("name").asText());
            // no ordering of the filter's own: it would come before the sorting chosen in Tasklist's menu
            assertThat(filter.at("/query/sorting").isMissingNode()
                            || filter.at("/query/sorting").isEmpty())
                    .as(filter.get("name").asText() + " " + filter.at("/query/sorting"))
                    .isTrue();
        }
        assertThat(names).containsExactly("我的待办", "本组待办", "即将超期", "已超期");
    }

    @Test
    void aStartRemovesTheFormerFilterAndDuplicatesAndKeepsTheFourFiltersIds() {
        String overdueId = id(StaffFilters.Shared.OVERDUE);
        Filter former = filters.newTaskFilter(StaffFilters.FORMER_FILTER);
        former.setQuery(tasks.createTaskQuery());
        filters.saveFilter(former);
        Filter duplicate = filters.newTaskFilter(StaffFilters.Shared.OVERDUE.filterName());
        duplicate.setQuery(tasks.createTaskQuery());
        filters.saveFilter(duplicate);

        directory.run(null);

        assertThat(filters.createFilterQuery()
                        .filterName(StaffFilters.FORMER_FILTER)
                        .count())
                .isZero();
        assertThat(filters.createFilterQuery()
                        .filterName(StaffFilters.Shared.OVERDUE.filterName())
                        .list())
                .extracting(Filter::getId)
                .containsExactly(overdueId);
    }

    @Test
    void aRowShowsTheCaseToItsGroupAndNothingToAnotherGroup() {
        String number = "IT-" + UUID.randomUUID().toString().substring(0, 8);
        ProcessInstance probe = runtime.startProcessInstanceByKey(
                PROBE,
                number,
                Map.of(
                        "trackingNumber",
                        number,
                        "applicantName",
                        "张*",
                        "estateName",
                        "程家桥花园",
                        "voteSubject",
                        "物业服务收费标准调整"));
        Task task = tasks.createTaskQuery().processInstanceId(probe.getId()).singleResult();

        Webapp worker = Webapp.login(rest, TestPeople.staff(identity, WORKING), TestPeople.STAFF_PASSWORD);
        JsonNode rows = list(worker, StaffFilters.Shared.MY_GROUPS_TASKS);
        assertThat(taskIds(rows)).contains(task.getId());
        assertThat(variableValues(rows, "trackingNumber")).contains(number);
        assertThat(variableValues(rows, "applicantName")).contains("张*");
        assertThat(variableValues(rows, "estateName")).contains("程家桥花园");
        assertThat(variableValues(rows, "voteSubject")).contains("物业服务收费标准调整");

        // another group neither lists the task nor reads the case's variables, through Tasklist or the engine's API
        Webapp other = Webapp.login(rest, TestPeople.staff(identity, OTHER), TestPeople.STAFF_PASSWORD);
        JsonNode otherRows = list(other, StaffFilters.Shared.MY_GROUPS_TASKS);
        assertThat(taskIds(otherRows)).doesNotContain(task.getId());
        assertThat(variableValues(otherRows, "trackingNumber")).doesNotContain(number);
        JsonNode otherVariables =
                body(other.get(TASKLIST_API + "/variable-instance?processInstanceIdIn=" + probe.getId()));
        assertThat(otherVariables).isEmpty();
        assertThat(body(worker.get(TASKLIST_API + "/variable-instance?processInstanceIdIn=" + probe.getId())))
                .isNotEmpty();

        runtime.deleteProcessInstance(probe.getId(), "test over");
    }

    @Test
    void dueSoonHoldsWhatIsDueByTheEndOfTheNextWorkingDayAndOverdueWhatIsPast() {
        ProcessInstance overdue = probe(Date.from(calendar.now().minus(Duration.ofHours(1))));
        ProcessInstance soon = probe(calendar.workingDaysFrom(calendar.now(), 1).asDate());
        ProcessInstance later =
                probe(calendar.workingDaysFrom(calendar.now(), 2).asDate());
        ProcessInstance none = probe(null);
        Webapp worker = Webapp.login(rest, TestPeople.staff(identity, WORKING), TestPeople.STAFF_PASSWORD);

        assertThat(mine(taskIds(list(worker, StaffFilters.Shared.DUE_SOON)), overdue, soon, later, none))
                .containsExactly(taskOf(soon));
        assertThat(mine(taskIds(list(worker, StaffFilters.Shared.OVERDUE)), overdue, soon, later, none))
                .containsExactly(taskOf(overdue));
        // the group's list, soonest due first as Tasklist asks for it
        assertThat(mine(taskIds(list(worker, StaffFilters.Shared.MY_GROUPS_TASKS)), overdue, soon, later))
                .containsExactly(taskOf(overdue), taskOf(soon), taskOf(later));
        // and as the staff member chooses in the sort menu: latest due first
        assertThat(mine(
                        taskIds(list(
                                worker,
                                StaffFilters.Shared.MY_GROUPS_TASKS,
                                "[{\"sortBy\":\"dueDate\",\"sortOrder\":\"desc\"}]")),
                        overdue,
                        soon,
                        later))
                .containsExactly(taskOf(later), taskOf(soon), taskOf(overdue));

        for (ProcessInstance probe : List.of(overdue, soon, later, none)) {
            runtime.deleteProcessInstance(probe.getId(), "test over");
        }
    }

    private ProcessInstance probe(Date due) {
        String number = "IT-" + UUID.randomUUID().toString().substring(0, 8);
        ProcessInstance probe = runtime.startProcessInstanceByKey(
                PROBE, number, Map.of("trackingNumber", number, "applicantName", "李*"));
        tasks.setDueDate(taskOf(probe), due);
        return probe;
    }

    private String taskOf(ProcessInstance probe) {
        return tasks.createTaskQuery()
                .processInstanceId(probe.getId())
                .singleResult()
                .getId();
    }

    private List<String> mine(List<String> listed, ProcessInstance... probes) {
        List<String> ids = java.util.Arrays.stream(probes).map(this::taskOf).toList();
        return listed.stream().filter(ids::contains).toList();
    }

    private String id(StaffFilters.Shared shared) {
        return filters.createFilterQuery()
                .filterName(shared.filterName())
                .singleResult()
                .getId();
    }

    /** The filter's list as Tasklist asks for it: HAL, with the sorting Tasklist opens with. */
    private JsonNode list(Webapp webapp, StaffFilters.Shared shared) {
        return list(webapp, shared, OPENING_SORTING);
    }

    /** The filter's list as Tasklist asks for it with a sorting of the sort menu's. */
    private JsonNode list(Webapp webapp, StaffFilters.Shared shared, String sorting) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.COOKIE, webapp.cookies());
        headers.set("X-XSRF-TOKEN", webapp.csrfToken());
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
        String query = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[]," + "\"sorting\":"
                + sorting + ",\"active\":true}";
        ResponseEntity<String> answer = rest.exchange(
                TASKLIST_API + "/filter/" + id(shared) + "/list?firstResult=0&maxResults=2000",
                HttpMethod.POST,
                new HttpEntity<>(query, headers),
                String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return read(answer.getBody());
    }

    private static List<String> taskIds(JsonNode hal) {
        List<String> ids = new ArrayList<>();
        hal.path("_embedded")
                .path("task")
                .forEach(task -> ids.add(task.get("id").asText()));
        return ids;
    }

    /** The values of the variables of that name embedded in a HAL task list, wherever Tasklist finds them. */
    private static List<String> variableValues(JsonNode hal, String name) {
        List<String> values = new ArrayList<>();
        for (JsonNode variables : hal.findValues("variable")) {
            for (JsonNode variable : variables) {
                if (name.equals(variable.path("name").asText())) {
                    values.add(variable.path("value").asText());
                }
            }
        }
        return values;
    }

    private JsonNode body(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return read(answer.getBody());
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(body, e);
        }
    }
}

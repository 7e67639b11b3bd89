package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.people.Grants;
import cn.jiedaoflow.people.StaffGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A staff member's Tasklist in a zh-CN Chromium: the four shared filters, and the group's tasks listed soonest due
 * first — the opposite of their creation — each row naming its case by tracking number, applicant and matter.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistFiltersBrowserIntegrationTests {

    private static final String TASKLIST = "/camunda/app/tasklist/default/";
    private static final String PROBE = "tasklist-rows-probe";
    private static final String GROUP = StaffGroup.MEDICAL_ASSISTANCE.id();

    @Autowired
    IdentityService identity;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    WorkingCalendar calendar;

    @LocalServerPort
    int port;

    private Browser browser;
    private final List<ProcessInstance> cases = new ArrayList<>();
    private final Map<String, String> taskIds = new HashMap<>();

    @BeforeAll
    void startTheBrowser() {
        browser = Browser.open(port);
        browser.open("/");
        String userAgent = String.valueOf(browser.script("return navigator.userAgent"));
        browser.driver()
                .executeCdpCommand(
                        "Network.setUserAgentOverride", Map.of("userAgent", userAgent, "acceptLanguage", "zh-CN,zh"));
        repository
                .createDeployment()
                .name(PROBE)
                .addModelInstance(
                        PROBE + ".bpmn",
                        Bpmn.createExecutableProcess(PROBE)
                                .name("医疗救助转介")
                                .camundaHistoryTimeToLive(1)
                                .startEvent("StartEvent_Probe")
                                .userTask("Task_Refer")
                                .name("转介办理")
                                .camundaCandidateGroups(GROUP)
                                .endEvent("EndEvent_Probe")
                                .done())
                .deploy();
        Grants.grant(authorizations, GROUP, Resources.PROCESS_DEFINITION, PROBE, Permissions.READ);
    }

    @AfterAll
    void stopTheBrowser() {
        cases.forEach(probe -> runtime.deleteProcessInstance(probe.getId(), "test over"));
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aClerkFindsTheFourFiltersAndTheGroupsTasksSoonestDueFirstByTrackingNumber() {
        // created latest-due first, so that Tasklist's own order (newest first) would be the due order's reverse
        String last = probe("TL-3", 3, "王*");
        String second = probe("TL-2", 2, "李*");
        String first = probe("TL-1", 1, "张*");
        signInAsAClerk();

        browser.waitForText(".task-filters", "已超期");
        // the chosen filter's name is followed by its count
        assertThat(browser.all(".task-filters .content h4 a"))
                .extracting(link -> link.getText().replaceFirst("\\s*\\d+$", ""))
                .containsExactly("我的待办", "本组待办", "即将超期", "已超期");
        clickFilter("本组待办");
        browser.waitForText("ol.tasks-list", first);

        assertThat(String.valueOf(browser.script("return decodeURIComponent(window.location.hash)")))
                .contains("\"sortBy\":\"dueDate\"", "\"sortOrder\":\"asc\"");
        List<String> rows = browser.all("ol.tasks-list li.task").stream()
                .map(WebElement::getText)
                .toList();
        List<String> mine = rows.stream()
                .filter(row -> row.contains(first) || row.contains(second) || row.contains(last))
                .toList();
        assertThat(mine).hasSize(3);
        assertThat(mine.get(0)).contains(first, "张*", "门诊费用救助", "转介办理", "医疗救助转介");
        assertThat(mine.get(1)).contains(second, "李*");
        assertThat(mine.get(2)).contains(last, "王*");
        browser.screenshot("camunda-tasklist-filters-by-due-date");
        assertThat(browser.errors()).as("Tasklist: the browser's console").isEmpty();
    }

    @Test
    void tasklistOpenedAtATasksAddressListsTheGroupsTasksSoonestDueFirst() {
        String last = probe("TA-3", 3, "王*");
        String first = probe("TA-1", 1, "张*");
        String clerk = signInAsAClerk();
        browser.waitForText(".task-filters", "已超期");
        // both are the clerk's: Tasklist opened at a task shows the first filter, 我的待办
        tasks.setAssignee(taskIds.get(first), clerk);
        tasks.setAssignee(taskIds.get(last), clerk);

        // a link to a task, as a notice or a colleague sends it: no sorting in the address, and Tasklist's sort menu
        // writes its own default (newest first) before the application's script runs
        browser.open("/");
        browser.open(TASKLIST + "#/?task=" + taskIds.get(first));
        browser.waitForText("ol.tasks-list", last);
        browser.waitFor(d -> String.valueOf(browser.script("return decodeURIComponent(window.location.hash)"))
                .contains("\"sortBy\":\"dueDate\""));
        assertThat(String.valueOf(browser.script("return decodeURIComponent(window.location.hash)")))
                .contains("task=" + taskIds.get(first), "\"sortOrder\":\"asc\"");
        browser.waitFor(d ->
                rowsOf(first, last).size() == 2 && rowsOf(first, last).get(0).contains(first));
        assertThat(rowsOf(first, last).get(1)).contains(last);

        // the user's own choice in the sort menu stays: due date, latest first
        browser.find("[cam-sorting-choices] li.sorting-choice a.sort-direction").click();
        browser.waitFor(d ->
                rowsOf(first, last).size() == 2 && rowsOf(first, last).get(0).contains(last));
        assertThat(String.valueOf(browser.script("return decodeURIComponent(window.location.hash)")))
                .contains("\"sortBy\":\"dueDate\"", "\"sortOrder\":\"desc\"");
        assertThat(browser.errors()).as("Tasklist: the browser's console").isEmpty();
    }

    private String signInAsAClerk() {
        String clerk = TestPeople.staffIn(identity, "it-tasklist-" + UUID.randomUUID(), GROUP);
        browser.forget();
        browser.open(TASKLIST);
        browser.waitFor(d ->
                !d.findElements(By.cssSelector("input[ng-model='username']")).isEmpty());
        browser.type("input[ng-model='username']", clerk);
        browser.type("input[ng-model='password']", TestPeople.STAFF_PASSWORD);
        browser.find("form button[type='submit']").click();
        return clerk;
    }

    private List<String> rowsOf(String... numbers) {
        return browser.all("ol.tasks-list li.task").stream()
                .map(WebElement::getText)
                .filter(row -> List.of(numbers).stream().anyMatch(row::contains))
                .toList();
    }

    private void clickFilter(String name) {
        for (WebElement link : browser.all(".task-filters .content h4 a")) {
            if (link.getText().startsWith(name)) {
                link.click();
                return;
            }
        }
        throw new AssertionError("no filter " + name);
    }

    /** A case whose task is due at the end of the given working day from today; its tracking number. */
    private String probe(String prefix, int workingDays, String applicant) {
        String number =
                prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        ProcessInstance probe = runtime.startProcessInstanceByKey(
                PROBE, number, Map.of("trackingNumber", number, "applicantName", applicant, "matterName", "门诊费用救助"));
        cases.add(probe);
        String task = tasks.createTaskQuery()
                .processInstanceId(probe.getId())
                .singleResult()
                .getId();
        tasks.setDueDate(
                task, calendar.workingDaysFrom(calendar.now(), workingDays).asDate());
        taskIds.put(number, task);
        return number;
    }
}

package cn.jiedaoflow.overview;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import cn.jiedaoflow.portal.OneStopCaseSteps;
import cn.jiedaoflow.portal.PortalClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The leaders' overview over real one-stop cases (docs/overview.md): five applications started, two at their
 * department's review (one of them yellow, the other red), one at the window's pre-check with its task overdue, two
 * completed and rated 2 and 3; the figures, the CSV file and the Prometheus gauges move by exactly that, and who may
 * read the gauges.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverviewIntegrationTests {

    private static final String PROCEDURE = "one-stop-application";
    private static final String SCRAPE_PASSWORD = "it-scrape-Passw0rd";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ApplicationContext context;

    @Autowired
    IdentityService identity;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    Overview overview;

    @Autowired
    ProcessHeat heat;

    @Autowired
    OverviewMetrics metrics;

    @LocalServerPort
    int port;

    private OverviewFigures before;
    private OverviewFigures after;
    private final List<String> cases = new ArrayList<>();
    private String leader;
    private String clerk;
    private String resident;

    @BeforeAll
    void fiveCases() {
        leader = TestPeople.staff(identity, "leaders");
        clerk = TestPeople.staff(identity, "acceptance-window");
        resident = TestPeople.resident(accounts, accountRepository, "13800006601", "总览测试居民");
        before = overview.figures();

        OneStopCaseSteps oneStop = new OneStopCaseSteps(rest, context);
        for (int i = 0; i < 5; i++) {
            String trackingNumber = oneStop.apply(resident);
            oneStop.runJobs(trackingNumber);
            cases.add(trackingNumber);
        }
        Instant now = calendar.now();
        // the first two wait for the department: the first past its warning time, the second past its deadline
        oneStop.accept(cases.get(0));
        oneStop.accept(cases.get(1));
        times(cases.get(0), now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(2)));
        times(cases.get(1), now.minus(Duration.ofHours(3)), now.minus(Duration.ofMinutes(1)));
        // the first's review is due at midnight, the end of today; the third's pre-check was due a minute ago
        due(
                cases.get(0),
                "UserTask_MemberReview",
                LocalDate.ofInstant(now, calendar.zone())
                        .plusDays(1)
                        .atStartOfDay(calendar.zone())
                        .toInstant());
        due(cases.get(2), "UserTask_PreCheck", now.minus(Duration.ofMinutes(1)));
        // the last two completed and rated: a 2 (poor) and a 3 (not)
        oneStop.acceptAndApprove(cases.get(3));
        oneStop.acceptAndApprove(cases.get(4));
        rate(cases.get(3), 2);
        rate(cases.get(4), 3);
        oneStop.runJobs(cases.get(3));

        after = overview.figures();
    }

    @Test
    void theFiguresCountTheCasesStartedByProcedureAndDepartment() {
        long running = cases.stream()
                .filter(tn -> runtime.createProcessInstanceQuery()
                                .processInstanceBusinessKey(tn)
                                .count()
                        > 0)
                .count();
        assertThat(count(after.casesByProcedure(), PROCEDURE) - count(before.casesByProcedure(), PROCEDURE))
                .isEqualTo(running);
        assertThat(after.casesByProcedure()).extracting(Count::name).contains("一网通办事项申请");
        assertThat(count(after.casesByDepartment(), "civil-affairs")
                        - count(before.casesByDepartment(), "civil-affairs"))
                .as("the two at the department's review")
                .isEqualTo(2);
        assertThat(count(after.casesByDepartment(), "acceptance-window")
                        - count(before.casesByDepartment(), "acceptance-window"))
                .as("the one at the pre-check")
                .isEqualTo(1);
        assertThat(after.casesByDepartment())
                .filteredOn(c -> c.key().equals("civil-affairs"))
                .extracting(Count::name)
                .containsExactly("民政");
        assertThat(last(after.casesPerMonth()) - last(before.casesPerMonth())).isEqualTo(5);
        assertThat(after.casesPerMonth()).hasSize(12);
    }

    @Test
    void theFiguresCountWhatIsDueTodayOverdueYellowRedAndThePoorRating() {
        assertThat(after.dueToday() - before.dueToday()).as("due at midnight").isEqualTo(1);
        assertThat(after.overdue() - before.overdue()).as("due a minute ago").isEqualTo(1);
        assertThat(after.slaYellow() - before.slaYellow()).isEqualTo(1);
        assertThat(after.slaRed() - before.slaRed()).isEqualTo(1);
        assertThat(after.ratings() - before.ratings()).isEqualTo(2);
        assertThat(after.poorRatings() - before.poorRatings())
                .as("the 2, not the 3")
                .isEqualTo(1);
        assertThat(after.ratingAverage()).isBetween(java.math.BigDecimal.ONE, java.math.BigDecimal.valueOf(5));
    }

    @Test
    void eachActivityOfTheModelHasItsOpenTasksOverdueAndMedian() {
        ProcessHeat.Diagram model = heat.of(PROCEDURE);

        assertThat(model.bpmnXml()).contains("UserTask_PreCheck", "UserTask_MemberReview");
        ActivityHeat preCheck = activity(model, "UserTask_PreCheck");
        assertThat(preCheck.openTasks()).isGreaterThanOrEqualTo(1);
        assertThat(preCheck.overdue()).isGreaterThanOrEqualTo(1);
        assertThat(preCheck.medianMillis()).as("four pre-checks done").isNotNull();
        assertThat(preCheck.name()).isEqualTo("预审（受理/补正/不予受理）");
        assertThat(activity(model, "UserTask_MemberReview").openTasks()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theCsvFileHasTheFiguresInUtf8WithABomAndAChineseName() {
        PortalClient client = signedIn(leader);

        HttpResponse<String> csv = client.page("/console/overview/figures.csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"jiedao-overview-")
                .contains("filename*=UTF-8''%E9%A2%86%E5%AF%BC%E6%80%BB%E8%A7%88-");
        assertThat(csv.body()).startsWith("\uFEFF类别,项目,数值\r\n");
        assertThat(csv.body())
                .contains("按部门分的在办件（待办任务所在的组）,民政,")
                .contains("群众评价,差评（1–2 分）," + overview.figures().poorRatings() + "\r\n")
                .doesNotContain("civil-affairs");
        assertThat(client.page("/console/overview/figures.csv?lang=en").body()).startsWith("\uFEFFGroup,Item,Value");
    }

    @Test
    void theFiguresJsonIsTheSectionsOwn() {
        HttpResponse<String> json = signedIn(leader).page("/console/overview/figures.json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"dueToday\":", "\"casesPerMonth\":");

        assertThat(signedIn(clerk).page("/console/overview/figures.json").statusCode())
                .isEqualTo(403);
        HttpResponse<String> anonymous = new PortalClient(port).page("/console/overview/figures.json");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
    }

    @Test
    void thePrometheusGaugesShowTheSameFigures() {
        metrics.refresh();
        OverviewFigures now = overview.figures();

        HttpResponse<String> scrape = prometheus(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .contains("jiedao_overview_tasks_overdue " + (double) now.overdue())
                .contains("jiedao_overview_sla_red " + (double) now.slaRed())
                .contains("jiedao_overview_ratings_poor " + (double) now.poorRatings())
                .contains("jiedao_overview_department_cases_open{department=\"civil-affairs\"} "
                        + (double) count(now.casesByDepartment(), "civil-affairs"))
                .contains("jiedao_overview_cases_open{procedure=\"" + PROCEDURE + "\"} "
                        + (double) count(now.casesByProcedure(), PROCEDURE));
    }

    @Test
    void onlyLeadersAdministratorsAndTheScrapeCredentialReadTheGauges() {
        assertThat(prometheus(null, null).statusCode()).as("anonymous").isEqualTo(401);
        assertThat(prometheus(resident, TestPeople.RESIDENT_PASSWORD).statusCode())
                .as("a resident")
                .isEqualTo(403);
        assertThat(prometheus(clerk, TestPeople.STAFF_PASSWORD).statusCode())
                .as("a clerk")
                .isEqualTo(403);
        assertThat(prometheus("prometheus", "wrong").statusCode())
                .as("a wrong scrape password")
                .isEqualTo(401);
        assertThat(prometheus(leader, TestPeople.STAFF_PASSWORD).statusCode())
                .as("a leader")
                .isEqualTo(200);
        assertThat(prometheus(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD).statusCode())
                .as("an administrator")
                .isEqualTo(200);
        assertThat(prometheus("prometheus", SCRAPE_PASSWORD).statusCode())
                .as("the scrape credential")
                .isEqualTo(200);
        assertThat(new PortalClient(port)
                        .send(basic(HttpRequest.newBuilder(new PortalClient(port).uri("/actuator/health")), null, null))
                        .statusCode())
                .as("health stays open")
                .isEqualTo(200);
    }

    private HttpResponse<String> prometheus(String user, String password) {
        PortalClient client = new PortalClient(port);
        return client.send(basic(HttpRequest.newBuilder(client.uri("/actuator/prometheus")), user, password));
    }

    private static HttpRequest.Builder basic(HttpRequest.Builder request, String user, String password) {
        if (user != null) {
            String credentials = user + ":" + password;
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return request.GET();
    }

    private PortalClient signedIn(String user) {
        PortalClient client = new PortalClient(port);
        client.signIn(user, TestPeople.STAFF_PASSWORD);
        return client;
    }

    private void times(String trackingNumber, Instant warningAt, Instant reviewDue) {
        int moved = jdbc.update(
                "UPDATE one_stop_member_review SET warning_at = ?, review_due = ? WHERE tracking_number = ?",
                Timestamp.from(warningAt),
                Timestamp.from(reviewDue),
                trackingNumber);
        assertThat(moved).isEqualTo(1);
    }

    private void due(String trackingNumber, String taskKey, Instant due) {
        Task task = tasks.createTaskQuery()
                .processInstanceBusinessKey(trackingNumber)
                .taskDefinitionKey(taskKey)
                .singleResult();
        task.setDueDate(Date.from(due));
        tasks.saveTask(task);
    }

    private void rate(String trackingNumber, int score) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Sec-Fetch-Site", "same-origin");
        ResponseEntity<String> rated = TestPeople.as(rest, resident, TestPeople.RESIDENT_PASSWORD)
                .exchange(
                        "/api/applications/" + trackingNumber + "/rating",
                        HttpMethod.POST,
                        new HttpEntity<>("{\"score\":" + score + "}", headers),
                        String.class);
        assertThat(rated.getStatusCode().is2xxSuccessful()).as(rated.getBody()).isTrue();
    }

    private static ActivityHeat activity(ProcessHeat.Diagram model, String id) {
        return model.activities().stream()
                .filter(a -> a.activityId().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " not among " + model.activities()));
    }

    private static long count(List<Count> counts, String key) {
        return counts.stream()
                .filter(c -> c.key().equals(key))
                .mapToLong(Count::value)
                .sum();
    }

    private static long last(List<Count> months) {
        return months.get(months.size() - 1).value();
    }
}

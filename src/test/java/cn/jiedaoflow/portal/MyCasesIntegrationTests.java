package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.accounts.TestSignUps;
import cn.jiedaoflow.labordispute.LaborDisputeMyApplications;
import cn.jiedaoflow.onestop.OneStopMyApplications;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import cn.jiedaoflow.people.Caller;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "My cases" (issue "The resident portal", item 4): {@code GET /api/my/cases} lists a resident's cases of every
 * procedure, newest first, each in the caller's language with its next deadline and the link to its page;
 * {@code /my/cases} and {@code /my/cases/{trackingNumber}} show them. Another resident's case answers exactly as an
 * unknown number does.
 */
@IntegrationTest
class MyCasesIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNKNOWN = "OS-20991231-ZZZZZZ";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    IdentityService identity;

    @Autowired
    TaskService tasks;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void aResidentSeesTheirCasesOfEveryProcedureNewestFirst() throws Exception {
        String a = resident();
        List<String> filed = fileOneOfEach(a);

        JsonNode mine = list(a, "zh-CN");

        assertThat(numbers(mine)).containsExactly(filed.get(2), filed.get(1), filed.get(0));
        JsonNode veterans = mine.get(0);
        JsonNode mediation = mine.get(1);
        JsonNode oneStop = mine.get(2);
        assertThat(oneStop.path("what").asText()).isEqualTo("老年综合津贴");
        assertThat(oneStop.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(oneStop.path("statusText").asText()).isEqualTo("已提交，等待预审");
        assertThat(oneStop.path("nextDeadline").path("what").asText()).isEqualTo("预审期限");
        assertThat(oneStop.path("nextDeadline").path("at").asText()).endsWith("+08:00");
        assertThat(oneStop.path("url").asText()).isEqualTo("/my/cases/" + filed.get(0));
        assertThat(mediation.path("what").asText()).isEqualTo("劳动争议调解");
        assertThat(mediation.path("statusText").asText()).isEqualTo("已提交，等待受理决定");
        assertThat(mediation.path("nextDeadline").path("what").asText()).isEqualTo("受理决定期限");
        assertThat(mediation.path("nextDeadline").has("provisional")).isTrue();
        assertThat(veterans.path("what").asText()).isEqualTo("退役军人帮扶援助");
        assertThat(veterans.path("statusText").asText()).isEqualTo("申请已收到");
        assertThat(veterans.path("nextDeadline").isNull()).isTrue();
        assertThat(veterans.path("submittedAt").asText()).endsWith("+08:00");

        JsonNode english = list(a, "en");
        assertThat(english.get(1).path("what").asText()).isEqualTo("Labour dispute mediation");
        assertThat(english.get(2).path("statusText").asText()).isEqualTo("Submitted, awaiting the pre-check");
        assertThat(english.get(2).path("nextDeadline").path("what").asText()).isEqualTo("Pre-check due");
    }

    @Test
    void anotherResidentSeesNoneOfThemAndGetsTheAnswerOfAnUnknownNumber() throws Exception {
        String a = resident();
        List<String> filed = fileOneOfEach(a);
        String b = resident();

        assertThat(list(b, "zh-CN")).isEmpty();
        for (String number : filed) {
            ResponseEntity<String> theirs = as(b).getForEntity("/api/my/cases/" + number, String.class);
            ResponseEntity<String> none = as(b).getForEntity("/api/my/cases/" + UNKNOWN, String.class);
            assertThat(theirs.getStatusCode().value()).isEqualTo(404);
            assertThat(none.getStatusCode().value()).isEqualTo(404);
            JsonNode t = JSON.readTree(theirs.getBody());
            JsonNode n = JSON.readTree(none.getBody());
            assertThat(t.path("type").asText())
                    .isEqualTo(n.path("type").asText())
                    .isEqualTo("urn:jiedao:problem:portal.myCases.notFound");
            assertThat(t.path("detail").asText().replace(number, "N"))
                    .isEqualTo(n.path("detail").asText().replace(UNKNOWN, "N"));
        }

        PortalClient browser = new PortalClient(port);
        browser.signIn(b, TestPeople.RESIDENT_PASSWORD);
        HttpResponse<String> theirs = browser.page("/my/cases/" + filed.get(0));
        HttpResponse<String> none = browser.page("/my/cases/" + UNKNOWN);
        assertThat(theirs.statusCode()).isEqualTo(404);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(theirs.body()).contains("没有找到这件办件").doesNotContain(filed.get(0), "老年综合津贴");
        assertThat(withoutToken(theirs.body())).isEqualTo(withoutToken(none.body()));
    }

    @Test
    void theCasePageShowsTheTimelineWithOfficesNeverPeople() throws Exception {
        String a = resident();
        String number = fileOneOfEach(a).get(1);
        String mediator = TestPeople.staff(identity, "mediation");
        Task acceptance = tasks.createTaskQuery()
                .processInstanceBusinessKey(number)
                .taskDefinitionKey("Task_DecideAcceptance")
                .singleResult();
        tasks.setAssignee(acceptance.getId(), mediator);
        tasks.complete(acceptance.getId(), Map.of("accepted", true));

        JsonNode detail = JSON.readTree(
                as(a).getForEntity("/api/my/cases/" + number, String.class).getBody());

        assertThat(detail.path("statusText").asText()).isEqualTo("已受理，调解中");
        assertThat(detail.path("deadlines").get(0).path("what").asText()).isEqualTo("调解期限届满");
        JsonNode step = detail.path("timeline").get(0);
        assertThat(step.path("step").asText()).isEqualTo("受理决定");
        assertThat(step.path("office").asText()).isEqualTo("调解委员会");
        assertThat(step.path("completedAt").asText()).endsWith("+08:00");
        assertThat(detail.toString()).doesNotContain(mediator);

        PortalClient browser = new PortalClient(port);
        browser.signIn(a, TestPeople.RESIDENT_PASSWORD);
        HttpResponse<String> page = browser.page("/my/cases/" + number);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("劳动争议调解", "已受理，调解中", "受理决定", "调解委员会", "调解期限届满")
                .doesNotContain(mediator);
        HttpResponse<String> list = browser.page("/my/cases");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("id=\"nav-my-cases\"", "href=\"/my/cases/" + number + "\"");
        assertThat(browser.page("/my/cases?lang=en").body()).contains("My cases", "Labour dispute mediation");
    }

    @Test
    void aCaseEnteredAtTheWindowForTheSameMobileAndIdNumberIsTheResidents() throws Exception {
        String mobile = TestSignUps.mobile(jdbc);
        String idNumber = TestIdNumbers.unique();
        accounts.createResident(mobile, "窗口居民", idNumber, TestPeople.RESIDENT_PASSWORD);
        String mediator = TestPeople.staff(identity, "mediation");
        Map<String, Object> entry = new HashMap<>();
        entry.put("employer", "上海窗口物流有限公司");
        entry.put("disputeType", "WAGES");
        entry.put("claim", "支付拖欠工资");
        entry.put("facts", "两个月未发工资");
        entry.put("applicantName", "窗口居民");
        entry.put("applicantMobile", mobile);
        entry.put("applicantIdNumber", idNumber);
        ResponseEntity<Map> entered = rest.withBasicAuth(mediator, TestPeople.STAFF_PASSWORD)
                .postForEntity("/api/labor-dispute-mediation/applications", entry, Map.class);
        assertThat(entered.getStatusCode().value())
                .as(String.valueOf(entered.getBody()))
                .isEqualTo(201);
        String number = (String) entered.getBody().get("trackingNumber");
        String other = resident();

        assertThat(numbers(list(mobile, "zh-CN"))).containsExactly(number);
        assertThat(as(mobile)
                        .getForEntity("/api/my/cases/" + number, String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertThat(list(other, "zh-CN")).isEmpty();
    }

    @Test
    void anonymousIsAskedToSignInStaffAreRefusedAnEnterpriseHasNoCases() throws Exception {
        assertThat(rest.getForEntity("/api/my/cases", String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
        HttpResponse<String> page = new PortalClient(port).page("/my/cases");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in?next=/my/cases");
        assertThat(new PortalClient(port).page("/my/cases/" + UNKNOWN).statusCode())
                .isEqualTo(302);

        String staff = TestPeople.staff(identity, "acceptance-window");
        ResponseEntity<String> refused =
                rest.withBasicAuth(staff, TestPeople.STAFF_PASSWORD).getForEntity("/api/my/cases", String.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(JSON.readTree(refused.getBody()).path("type").asText())
                .isEqualTo("urn:jiedao:problem:portal.myCases.forbidden");

        String creditCode = TestSignUps.creditCode(jdbc);
        accounts.createEnterprise(creditCode, "办件测试有限公司", TestPeople.RESIDENT_PASSWORD);
        assertThat(list(creditCode, "zh-CN")).isEmpty();
        assertThat(as(creditCode)
                        .getForEntity("/api/my/cases/" + UNKNOWN, String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
    }

    /** A one-stop application, a mediation and a veteran assistance application, in that order. */
    private List<String> fileOneOfEach(String mobile) throws Exception {
        List<String> numbers = new ArrayList<>();
        Caller caller = caller(mobile);
        new OneStopMyApplications(context).apply(caller, 1);
        numbers.add(list(mobile, "zh-CN").get(0).path("trackingNumber").asText());
        new LaborDisputeMyApplications(context).apply(caller, 1);
        numbers.add(list(mobile, "zh-CN").get(0).path("trackingNumber").asText());
        Map<String, Object> request = new HashMap<>();
        request.put("veteranIdNumber", TestIdNumbers.unique());
        request.put("applicantRelation", "FAMILY");
        request.put("hardshipType", "UNEMPLOYMENT");
        request.put("householdSize", 3);
        request.put("monthlyHouseholdIncome", 5000.50);
        request.put("disabilityGrade", 0);
        request.put("requestedHelp", "失业半年，申请生活补助");
        ResponseEntity<Map> applied =
                as(mobile).postForEntity("/api/veteran-assistance/applications", request, Map.class);
        assertThat(applied.getStatusCode().value())
                .as(String.valueOf(applied.getBody()))
                .isEqualTo(201);
        numbers.add((String) applied.getBody().get("trackingNumber"));
        assertThat(numbers).allMatch(number -> number.matches("[A-Z]{2}-.+"));
        return numbers;
    }

    private Caller caller(String mobile) {
        long accountId = accountRepository.findByLoginName(mobile).orElseThrow().getId();
        return new Caller(Caller.Kind.RESIDENT, mobile, accountId, "办件居民", Set.of());
    }

    private String resident() {
        String mobile = TestSignUps.mobile(jdbc);
        accounts.createResident(mobile, "办件居民", TestIdNumbers.unique(), TestPeople.RESIDENT_PASSWORD);
        return mobile;
    }

    private TestRestTemplate as(String loginName) {
        return rest.withBasicAuth(loginName, TestPeople.RESIDENT_PASSWORD);
    }

    private JsonNode list(String loginName, String language) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        ResponseEntity<String> answer =
                as(loginName).exchange("/api/my/cases", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return JSON.readTree(answer.getBody());
    }

    private static List<String> numbers(JsonNode list) {
        List<String> numbers = new ArrayList<>();
        list.forEach(line -> numbers.add(line.path("trackingNumber").asText()));
        return numbers;
    }

    private static String withoutToken(String page) {
        return page.replaceAll("value=\"[^\"]*\"", "").replaceAll("content=\"[^\"]*\"", "");
    }
}

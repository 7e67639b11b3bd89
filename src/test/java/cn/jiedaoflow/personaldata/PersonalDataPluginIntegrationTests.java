package cn.jiedaoflow.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.engine.Webapp;
import cn.jiedaoflow.people.Accounts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The personal-data Tasklist plugin: on a labour mediation case, the mediator whose task needs the ID number sees it
 * and the view is audited; another group, a colleague without a task on the case, an anonymous caller and
 * {@code /api} credentials see nothing, and nothing is audited for them. A one-stop application's data and
 * materials, a veteran's household and attachments, likewise for the tasks that need them.
 */
@IntegrationTest
class PersonalDataPluginIntegrationTests {

    private static final String PLUGIN = "/camunda/api/tasklist/plugin/personal-data/default/labor-dispute-mediation/";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonalDataViews views;

    @Autowired
    Accounts accounts;

    @Autowired
    ManagementService management;

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes();
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};

    private final ObjectMapper json = new ObjectMapper();
    private String mediator;
    private String colleague;
    private String idNumber;
    private String trackingNumber;

    @BeforeEach
    void aWindowEntry() throws Exception {
        mediator = TestPeople.staff(identity, "mediation");
        colleague = member("it-mediation-colleague", "mediation");
        idNumber = TestIdNumbers.unique();
        ResponseEntity<String> created = TestPeople.as(rest, mediator, TestPeople.STAFF_PASSWORD)
                .postForEntity(
                        "/api/labor-dispute-mediation/applications",
                        Map.of(
                                "applicantName",
                                "窗口申请人",
                                "applicantMobile",
                                "13800138000",
                                "applicantIdNumber",
                                idNumber,
                                "employer",
                                "上海某某物流有限公司",
                                "disputeType",
                                "WAGES",
                                "claim",
                                "支付加班费",
                                "facts",
                                "加班未付费"),
                        String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        trackingNumber = json.readTree(created.getBody()).path("trackingNumber").asText();
    }

    @Test
    void theMediatorWhoseTaskNeedsItSeesTheIdNumberAndTheViewIsAudited() throws Exception {
        ResponseEntity<String> answer =
                Webapp.login(rest, mediator, TestPeople.STAFF_PASSWORD).get(PLUGIN + trackingNumber + "/id-number");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getCacheControl()).isEqualTo("no-store");
        assertThat(answer.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        JsonNode body = json.readTree(answer.getBody());
        assertThat(body.path("fields").toString()).contains("身份证号码", idNumber, "窗口申请人");
        assertThat(audits()).singleElement().satisfies(audit -> {
            assertThat(audit).containsEntry("ACTOR", mediator);
            assertThat((String) audit.get("DETAIL")).contains("id-number", "Task_DecideAcceptance");
            assertThat(audit.get("OCCURRED_AT")).isNotNull();
        });
    }

    @Test
    void aBrowserFollowingTheFormsLinkGetsASmallChinesePage() {
        Webapp session = Webapp.login(rest, mediator, TestPeople.STAFF_PASSWORD);
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.COOKIE, session.cookies());
        headers.setAccept(List.of(MediaType.TEXT_HTML, MediaType.ALL));

        ResponseEntity<String> page = rest.exchange(
                PLUGIN + trackingNumber + "/id-number", HttpMethod.GET, new HttpEntity<>(headers), String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML))
                .isTrue();
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).startsWith("default-src 'none'");
        assertThat(page.getHeaders().getCacheControl()).isEqualTo("no-store");
        assertThat(page.getBody()).contains("申请人身份信息", trackingNumber, idNumber, "已记入审计日志");
    }

    @Test
    void anotherGroupSeesNothingAndNothingIsAudited() throws Exception {
        String otherGroup = TestPeople.staff(identity, "civil-affairs");
        String leader = TestPeople.staff(identity, "leaders");

        for (String user : List.of(otherGroup, leader)) {
            ResponseEntity<String> answer =
                    Webapp.login(rest, user, TestPeople.STAFF_PASSWORD).get(PLUGIN + trackingNumber + "/id-number");
            assertThat(answer.getStatusCode()).as(user).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(answer.getBody()).doesNotContain(idNumber);
        }
        assertThat(audits()).isEmpty();
    }

    @Test
    void aColleagueWithoutATaskOnTheCaseSeesNothingTheOneWhoCompletedItStillDoes() {
        Task acceptance = tasks.createTaskQuery()
                .processInstanceBusinessKey(trackingNumber)
                .singleResult();
        tasks.claim(acceptance.getId(), mediator);
        Webapp colleagueSession = Webapp.login(rest, colleague, TestPeople.STAFF_PASSWORD);
        Webapp mediatorSession = Webapp.login(rest, mediator, TestPeople.STAFF_PASSWORD);

        assertThat(colleagueSession.get(PLUGIN + trackingNumber + "/id-number").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<String> completed = mediatorSession.postJson(
                "/camunda/api/engine/engine/default/task/" + acceptance.getId() + "/submit-form",
                "{\"variables\":{\"accepted\":{\"value\":true,\"type\":\"Boolean\"}}}");
        assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        // the session task does not need the ID number: only the one who completed the acceptance still sees it
        assertThat(Webapp.login(rest, colleague, TestPeople.STAFF_PASSWORD)
                        .get(PLUGIN + trackingNumber + "/id-number")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(mediatorSession.get(PLUGIN + trackingNumber + "/id-number").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(audits()).extracting(audit -> audit.get("ACTOR")).containsExactly(mediator);
    }

    @Test
    void anUnknownCaseADetailTheProcessHasNotAndAnUnknownDocumentAnswerTheSameNotFound() {
        Webapp session = Webapp.login(rest, mediator, TestPeople.STAFF_PASSWORD);
        ResponseEntity<String> notTheirs = Webapp.login(
                        rest, TestPeople.staff(identity, "civil-affairs"), TestPeople.STAFF_PASSWORD)
                .get(PLUGIN + trackingNumber + "/id-number");

        for (String path : List.of(
                PLUGIN + "LD-20260101-NOSUCH/id-number",
                PLUGIN + trackingNumber + "/household",
                "/camunda/api/tasklist/plugin/personal-data/default/one-stop-application/" + trackingNumber
                        + "/application",
                PLUGIN + trackingNumber + "/id-number/documents/1",
                PLUGIN + trackingNumber + "/id-number/documents/x")) {
            ResponseEntity<String> answer = session.get(path);
            assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(answer.getBody()).as(path).isEqualTo(notTheirs.getBody());
        }
        assertThat(audits()).isEmpty();
    }

    @Test
    void noSessionOrApiCredentialsGetIn() {
        ResponseEntity<String> anonymous = rest.getForEntity(PLUGIN + trackingNumber + "/id-number", String.class);
        ResponseEntity<String> basic = TestPeople.as(rest, mediator, TestPeople.STAFF_PASSWORD)
                .getForEntity(PLUGIN + trackingNumber + "/id-number", String.class);

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(basic.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(String.valueOf(anonymous.getBody()) + basic.getBody()).doesNotContain(idNumber);
        assertThat(audits()).isEmpty();
    }

    @Test
    void everyDetailAModelMayDeclareHasItsSource() {
        assertThat(views.served()).containsExactlyInAnyOrder(PersonalDetail.values());
    }

    @Test
    void theWindowSeesAOneStopApplicationInFullAndOpensItsMaterialsTheDepartmentOnlyOnceItReviews() throws Exception {
        String mobile = "1375522" + String.format("%04d", (int) (Math.random() * 10_000));
        String idNumber = TestIdNumbers.unique();
        accounts.createResident(mobile, "钱老伯", idNumber, TestPeople.RESIDENT_PASSWORD);
        String bankAccount = "6222020200" + String.format("%09d", (long) (Math.random() * 1e9));
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        HttpHeaders part = new HttpHeaders();
        part.setContentType(MediaType.APPLICATION_JSON);
        body.add(
                "application",
                new HttpEntity<>(
                        Map.of(
                                "matterCode",
                                "elderly-comprehensive-allowance",
                                "data",
                                Map.of("birthDate", "1950-03-05", "bankName", "工商银行", "bankAccount", bankAccount),
                                "materialCodes",
                                List.of("id-card", "bank-card")),
                        part));
        body.add("materials", file("身份证.pdf", PDF));
        body.add("materials", file("bank.png", PNG));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.set("Sec-Fetch-Site", "same-origin");
        String oneStop = json.readTree(TestPeople.as(rest, mobile, TestPeople.RESIDENT_PASSWORD)
                        .exchange("/api/applications", HttpMethod.POST, new HttpEntity<>(body, headers), String.class)
                        .getBody())
                .path("trackingNumber")
                .asText();
        String detail =
                "/camunda/api/tasklist/plugin/personal-data/default/one-stop-application/" + oneStop + "/application";
        Webapp window = Webapp.login(rest, TestPeople.staff(identity, "acceptance-window"), TestPeople.STAFF_PASSWORD);
        Webapp department = Webapp.login(rest, TestPeople.staff(identity, "civil-affairs"), TestPeople.STAFF_PASSWORD);

        JsonNode page = json.readTree(window.get(detail).getBody());
        assertThat(page.path("fields").toString()).contains(bankAccount, idNumber, mobile, "开户银行", "工商银行");
        assertThat(page.path("documents"))
                .extracting(d -> d.path("fileName").asText())
                .containsExactly("身份证.pdf", "bank.png");
        ResponseEntity<byte[]> pdf = window.rest()
                .exchange(
                        detail + "/documents/"
                                + page.path("documents").get(0).path("id").asLong(),
                        HttpMethod.GET,
                        new HttpEntity<>(cookies(window)),
                        byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getBody()).isEqualTo(PDF);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(pdf.getHeaders().getContentDisposition().isAttachment()).isTrue();
        assertThat(pdf.getHeaders().getCacheControl()).isEqualTo("no-store");
        assertThat(pdf.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(department.get(detail).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        Task preCheck =
                tasks.createTaskQuery().processInstanceBusinessKey(oneStop).singleResult();
        tasks.complete(preCheck.getId(), Map.of("preCheckDecision", "ACCEPT"));
        runJobs(oneStop);
        assertThat(json.readTree(department.get(detail).getBody())
                        .path("fields")
                        .toString())
                .contains(bankAccount);
        assertThat(jdbc.queryForList(
                        "SELECT actor, detail FROM audit_event WHERE action = 'PERSONAL_DATA_VIEWED' AND "
                                + "subject = ? ORDER BY id",
                        "application:" + oneStop))
                .extracting(a -> a.get("ACTOR") + " " + a.get("DETAIL"))
                .containsExactly(
                        "it-acceptance-window one-stop-application application in Tasklist, task UserTask_PreCheck",
                        "it-acceptance-window one-stop-application application document "
                                + page.path("documents").get(0).path("id").asLong()
                                + " (身份证) in Tasklist, task UserTask_PreCheck",
                        "it-civil-affairs one-stop-application application in Tasklist, task UserTask_MemberReview");
    }

    @Test
    void theStationSeesAVeteransIncomeAndOpensTheAttachmentsFinanceDoesNot() throws Exception {
        String veteranId = TestIdNumbers.unique();
        HttpHeaders csv = new HttpHeaders();
        csv.setContentType(MediaType.parseMediaType("text/csv;charset=UTF-8"));
        TestRestTemplate station =
                TestPeople.as(rest, TestPeople.staff(identity, "veterans-station"), TestPeople.STAFF_PASSWORD);
        assertThat(station.exchange(
                                "/api/veterans",
                                HttpMethod.POST,
                                new HttpEntity<>(
                                        ("serviceNumber,name,idNumber,mobile,"
                                                        + "address,keyCare\r\nPP-" + veteranId.substring(6) + ",老兵,"
                                                        + veteranId + ",13755000397,长宁区某路 2 号,否\r\n")
                                                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                        csv),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        String assistance = json.readTree(station.postForEntity(
                                "/api/veteran-assistance/applications",
                                Map.of(
                                        "veteranIdNumber",
                                        veteranId,
                                        "applicantRelation",
                                        "VETERAN",
                                        "applicantName",
                                        "老兵",
                                        "applicantMobile",
                                        "13755000397",
                                        "hardshipType",
                                        "ILLNESS",
                                        "householdSize",
                                        2,
                                        "monthlyHouseholdIncome",
                                        2345.67,
                                        "disabilityGrade",
                                        1,
                                        "requestedHelp",
                                        "医药费"),
                                String.class)
                        .getBody())
                .path("trackingNumber")
                .asText();
        MultiValueMap<String, Object> files = new LinkedMultiValueMap<>();
        files.add("files", file("bill.pdf", PDF));
        HttpHeaders multipart = new HttpHeaders();
        multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
        multipart.set("Sec-Fetch-Site", "same-origin");
        long attachment = json.readTree(station.exchange(
                                "/api/veteran-assistance/applications/" + assistance + "/attachments",
                                HttpMethod.POST,
                                new HttpEntity<>(files, multipart),
                                String.class)
                        .getBody())
                .path("attachments")
                .get(0)
                .path("id")
                .asLong();
        String detail =
                "/camunda/api/tasklist/plugin/personal-data/default/veteran-assistance/" + assistance + "/household";

        Webapp visitor = Webapp.login(rest, TestPeople.staff(identity, "veterans-station"), TestPeople.STAFF_PASSWORD);
        JsonNode page = json.readTree(visitor.get(detail).getBody());
        assertThat(page.path("fields").toString()).contains("申报的家庭月收入（元）", "2345.67", "1 级", "尚未走访");
        ResponseEntity<byte[]> bill = visitor.rest()
                .exchange(
                        detail + "/documents/" + attachment,
                        HttpMethod.GET,
                        new HttpEntity<>(cookies(visitor)),
                        byte[].class);
        assertThat(bill.getBody()).isEqualTo(PDF);
        for (String group : List.of("finance", "legal-aid", "leaders", "veterans-station-head")) {
            Webapp other = Webapp.login(rest, TestPeople.staff(identity, group), TestPeople.STAFF_PASSWORD);
            assertThat(other.get(detail).getStatusCode()).as(group).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(other.get(detail + "/documents/" + attachment).getStatusCode())
                    .as(group)
                    .isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    private static HttpHeaders cookies(Webapp session) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.COOKIE, session.cookies());
        return headers;
    }

    private void runJobs(String trackingNumber) {
        String instance = jdbc.queryForObject(
                "SELECT ID_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ?", String.class, trackingNumber);
        for (Job job : management
                .createJobQuery()
                .processInstanceId(instance)
                .executable()
                .list()) {
            management.executeJob(job.getId());
        }
    }

    private static ByteArrayResource file(String name, byte[] content) {
        return new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    private List<Map<String, Object>> audits() {
        return jdbc.queryForList(
                "SELECT actor, detail, occurred_at FROM audit_event WHERE action = 'PERSONAL_DATA_VIEWED'"
                        + " AND subject = ? ORDER BY id",
                "application:" + trackingNumber);
    }

    private String member(String userId, String group) {
        if (identity.createUserQuery().userId(userId).count() == 0) {
            User user = identity.newUser(userId);
            user.setFirstName(group);
            user.setLastName("同事");
            user.setPassword(TestPeople.STAFF_PASSWORD);
            identity.saveUser(user);
            identity.createMembership(userId, group);
        }
        return userId;
    }
}

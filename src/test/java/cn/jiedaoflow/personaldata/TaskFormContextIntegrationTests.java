package cn.jiedaoflow.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.engine.Webapp;
import cn.jiedaoflow.people.Accounts;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
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
 * What each task's form gets to show of its case, as the engine gives it to Tasklist: the one-stop pre-check links
 * every material to the plugin, and only the window opens them (each opening audited; another group, a resident's
 * credentials and no session get nothing); the pre-check after a supplement gets what the request asked for and the
 * supplemented material; the mediation acceptance the applicant's mobile masked; a veteran's visit the attachments
 * added after it was offered.
 */
@IntegrationTest
class TaskFormContextIntegrationTests {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
    private static final Pattern LINK = Pattern.compile("\\]\\((/camunda/api/tasklist/plugin/personal-data/[^)]+)\\)");

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void thePreCheckLinksEveryMaterialWhichOnlyItsGroupOpensAndEachOpeningIsAudited() throws Exception {
        String mobile = resident();
        String trackingNumber = applyWithTwoMaterials(mobile);
        Task preCheck = task(trackingNumber);

        String links = (String) tasks.getVariableLocal(preCheck.getId(), TaskFormContext.MATERIAL_LINKS);
        assertThat(links).contains("[身份证：身份证.pdf](", "[本人银行卡：bank.png](").doesNotContain("application/pdf");
        List<String> targets = targets(links);
        assertThat(targets)
                .hasSize(2)
                .allSatisfy(target -> assertThat(target)
                        .startsWith(PersonalDetail.ONE_STOP_APPLICATION.path(trackingNumber) + "/documents/"));
        assertThat(runtime.getVariable(preCheck.getProcessInstanceId(), TaskFormContext.MATERIAL_LINKS))
                .as("not a variable of the case: the next task gets its own")
                .isNull();

        Webapp window = Webapp.login(rest, TestPeople.staff(identity, "acceptance-window"), TestPeople.STAFF_PASSWORD);
        ResponseEntity<byte[]> opened = bytes(window, targets.get(0));
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(opened.getBody()).isEqualTo(PDF);
        assertThat(opened.getHeaders().getContentDisposition().isAttachment()).isTrue();

        Webapp otherGroup = Webapp.login(rest, TestPeople.staff(identity, "civil-affairs"), TestPeople.STAFF_PASSWORD);
        Webapp leader = Webapp.login(rest, TestPeople.staff(identity, "leaders"), TestPeople.STAFF_PASSWORD);
        for (String target : targets) {
            assertThat(bytes(otherGroup, target).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(bytes(leader, target).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            ResponseEntity<byte[]> resident =
                    TestPeople.as(rest, mobile, TestPeople.RESIDENT_PASSWORD).getForEntity(target, byte[].class);
            ResponseEntity<byte[]> anonymous = rest.getForEntity(target, byte[].class);
            assertThat(resident.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(resident.getBody()).isNotEqualTo(PDF);
            assertThat(anonymous.getBody()).isNotEqualTo(PDF);
        }
        assertThat(jdbc.queryForList(
                        "SELECT actor, detail FROM audit_event WHERE action = 'PERSONAL_DATA_VIEWED' AND subject = ?",
                        "application:" + trackingNumber))
                .singleElement()
                .satisfies(audit -> {
                    assertThat(audit).containsEntry("ACTOR", "it-acceptance-window");
                    assertThat((String) audit.get("DETAIL"))
                            .contains("document " + targets.get(0).replaceAll(".*/", ""), "UserTask_PreCheck");
                });
    }

    @Test
    void afterASupplementTheNextPreCheckShowsWhatTheRequestAskedForAndTheSupplementedMaterial() throws Exception {
        String mobile = resident();
        String trackingNumber = applyWithTwoMaterials(mobile);
        Task first = task(trackingNumber);
        assertThat(runtime.getVariable(first.getProcessInstanceId(), "supplementRequest"))
                .as("the first pre-check follows no request")
                .isNull();
        tasks.complete(
                first.getId(), Map.of("preCheckDecision", "SUPPLEMENT", "missingItems", "银行卡照片不清晰，请重新上传\n- 户口簿首页"));
        runJobs(trackingNumber);

        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("supplement", json(Map.of("materialCodes", List.of("bank-card"))));
        body.add("materials", file("bank-new.png", PNG));
        assertThat(TestPeople.as(rest, mobile, TestPeople.RESIDENT_PASSWORD)
                        .exchange(
                                "/api/applications/" + trackingNumber + "/supplement",
                                HttpMethod.POST,
                                new HttpEntity<>(body, multipart()),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        runJobs(trackingNumber);

        Task second = task(trackingNumber);
        assertThat(second.getId()).isNotEqualTo(first.getId());
        assertThat(second.getTaskDefinitionKey()).isEqualTo("UserTask_PreCheck");
        assertThat(tasks.getVariable(second.getId(), "supplementRequest")).isEqualTo("- 银行卡照片不清晰，请重新上传\n- 户口簿首页");
        assertThat(tasks.getVariable(second.getId(), "missingItems"))
                .as("the new pre-check's own field starts empty")
                .isNull();
        String links = (String) tasks.getVariableLocal(second.getId(), TaskFormContext.MATERIAL_LINKS);
        assertThat(links).contains("[本人银行卡（补正）：bank-new.png](", "[身份证：身份证.pdf](");
        assertThat(targets(links)).hasSize(3);
    }

    @Test
    void theMediationAcceptanceGetsTheApplicantsMobileMaskedAndNoDocumentLinks() throws Exception {
        String mediator = TestPeople.staff(identity, "mediation");
        ResponseEntity<String> created = TestPeople.as(rest, mediator, TestPeople.STAFF_PASSWORD)
                .postForEntity(
                        "/api/labor-dispute-mediation/applications",
                        Map.of(
                                "applicantName", "窗口申请人",
                                "applicantMobile", "13800138000",
                                "applicantIdNumber", TestIdNumbers.unique(),
                                "employer", "上海某某物流有限公司",
                                "disputeType", "WAGES",
                                "claim", "支付加班费",
                                "facts", "加班未付费"),
                        String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String trackingNumber =
                json.readTree(created.getBody()).path("trackingNumber").asText();
        Task acceptance = task(trackingNumber);

        assertThat(acceptance.getTaskDefinitionKey()).isEqualTo("Task_DecideAcceptance");
        assertThat(tasks.getVariablesLocal(acceptance.getId()))
                .containsEntry("applicantMobileMasked", "138****8000")
                .doesNotContainKey(TaskFormContext.MATERIAL_LINKS);
        assertThat(tasks.getVariable(acceptance.getId(), "disputeType")).isEqualTo("WAGES");
    }

    @Test
    void aVeteransVisitLinksTheAttachmentsAddedAfterItWasOffered() throws Exception {
        String veteranId = TestIdNumbers.unique();
        TestRestTemplate station =
                TestPeople.as(rest, TestPeople.staff(identity, "veterans-station"), TestPeople.STAFF_PASSWORD);
        HttpHeaders csv = new HttpHeaders();
        csv.setContentType(MediaType.parseMediaType("text/csv;charset=UTF-8"));
        String roster = "serviceNumber,name,idNumber,mobile,address,keyCare\r\nPC-" + veteranId.substring(6)
                + ",老兵,"
                + veteranId + ",13755000398,长宁区某路 3 号,否\r\n";
        assertThat(station.exchange(
                                "/api/veterans",
                                HttpMethod.POST,
                                new HttpEntity<>(roster.getBytes(StandardCharsets.UTF_8), csv),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        String trackingNumber = json.readTree(station.postForEntity(
                                "/api/veteran-assistance/applications",
                                Map.of(
                                        "veteranIdNumber", veteranId,
                                        "applicantRelation", "VETERAN",
                                        "applicantName", "老兵",
                                        "applicantMobile", "13755000398",
                                        "hardshipType", "ILLNESS",
                                        "householdSize", 2,
                                        "monthlyHouseholdIncome", 2345.67,
                                        "disabilityGrade", 1,
                                        "requestedHelp", "医药费"),
                                String.class)
                        .getBody())
                .path("trackingNumber")
                .asText();
        Task visit = task(trackingNumber);
        assertThat(visit.getTaskDefinitionKey()).isEqualTo("UserTask_HomeVisit");
        assertThat(tasks.getVariablesLocal(visit.getId())).doesNotContainKey(TaskFormContext.MATERIAL_LINKS);

        MultiValueMap<String, Object> files = new LinkedMultiValueMap<>();
        files.add("files", file("bill.pdf", PDF));
        assertThat(station.exchange(
                                "/api/veteran-assistance/applications/" + trackingNumber + "/attachments",
                                HttpMethod.POST,
                                new HttpEntity<>(files, multipart()),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        String links = (String) tasks.getVariableLocal(visit.getId(), TaskFormContext.MATERIAL_LINKS);
        assertThat(links).contains("[附件：bill.pdf](" + PersonalDetail.VETERAN_HOUSEHOLD.path(trackingNumber));
        assertThat(tasks.getVariable(visit.getId(), "householdSize"))
                .as("the declared size the form shows beside its own empty field")
                .isEqualTo(2);
        assertThat(tasks.getVariable(visit.getId(), "verifiedHouseholdSize")).isNull();
    }

    private String resident() {
        String mobile = "1375533" + String.format("%04d", (int) (Math.random() * 10_000));
        accounts.createResident(mobile, "钱老伯", TestIdNumbers.unique(), TestPeople.RESIDENT_PASSWORD);
        return mobile;
    }

    private String applyWithTwoMaterials(String mobile) throws Exception {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add(
                "application",
                json(Map.of(
                        "matterCode",
                        "elderly-comprehensive-allowance",
                        "data",
                        Map.of(
                                "birthDate",
                                "1950-03-05",
                                "bankName",
                                "工商银行",
                                "bankAccount",
                                "6222020200" + String.format("%09d", (long) (Math.random() * 1e9))),
                        "materialCodes",
                        List.of("id-card", "bank-card"))));
        body.add("materials", file("身份证.pdf", PDF));
        body.add("materials", file("bank.png", PNG));
        ResponseEntity<String> created = TestPeople.as(rest, mobile, TestPeople.RESIDENT_PASSWORD)
                .exchange("/api/applications", HttpMethod.POST, new HttpEntity<>(body, multipart()), String.class);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody()).path("trackingNumber").asText();
    }

    private Task task(String trackingNumber) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(trackingNumber)
                .singleResult();
    }

    private static List<String> targets(String links) {
        List<String> targets = new ArrayList<>();
        Matcher link = LINK.matcher(links);
        while (link.find()) {
            targets.add(link.group(1));
        }
        return targets;
    }

    private static ResponseEntity<byte[]> bytes(Webapp session, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.COOKIE, session.cookies());
        return session.rest().exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }

    private static HttpHeaders multipart() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.set("Sec-Fetch-Site", "same-origin");
        return headers;
    }

    private static HttpEntity<Object> json(Object part) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(part, headers);
    }

    private static ByteArrayResource file(String name, byte[] content) {
        return new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        };
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
}

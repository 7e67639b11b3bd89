package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.people.Accounts;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
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
 * What staff judge, in their Tasklist forms, in a real Chromium: the window's one-stop pre-check shows the case and
 * each material as a link, and clicking one downloads the file as it was handed in (the plugin audits it); after a
 * supplement the next pre-check shows what the request asked for; the mediation clerk's acceptance shows the dispute
 * type and the applicant's mobile masked. Screenshots {@code target/screenshots/tasklist-context-*}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistContextBrowserIntegrationTests {

    private static final String TASKLIST = "/camunda/app/tasklist/default/";
    private static final String FORM = ".fjs-container";
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();
    private Browser browser;
    private Path downloads;

    @BeforeAll
    void startTheBrowser() throws IOException {
        browser = Browser.open(port);
        downloads = Files.createTempDirectory("tasklist-downloads-");
        browser.driver()
                .executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        Map.of(
                                "behavior",
                                "allow",
                                "downloadPath",
                                downloads.toAbsolutePath().toString()));
    }

    @AfterAll
    void stopTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void forget() {
        browser.forget();
    }

    @Test
    void theWindowOpensAMaterialFromThePreCheckAndTheNextPreCheckShowsTheSupplementRequest() throws Exception {
        String mobile = "1375544" + String.format("%04d", (int) (Math.random() * 10_000));
        accounts.createResident(mobile, "钱老伯", TestIdNumbers.unique(), TestPeople.RESIDENT_PASSWORD);
        TestRestTemplate resident = TestPeople.as(rest, mobile, TestPeople.RESIDENT_PASSWORD);
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add(
                "application",
                json(Map.of(
                        "matterCode",
                        "elderly-comprehensive-allowance",
                        "data",
                        Map.of("birthDate", "1950-03-05", "bankName", "工商银行", "bankAccount", "6222020200123456789"),
                        "materialCodes",
                        List.of("id-card", "bank-card"))));
        body.add("materials", file("身份证.pdf", PDF));
        body.add("materials", file("bank.png", PNG));
        ResponseEntity<String> created = resident.exchange(
                "/api/applications", HttpMethod.POST, new HttpEntity<>(body, multipart()), String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String trackingNumber =
                json.readTree(created.getBody()).path("trackingNumber").asText();
        String window = TestPeople.staff(identity, "acceptance-window");

        signIn(window);
        open(task(trackingNumber), "身份证：身份证.pdf");
        String form = browser.find(FORM).getText();
        assertThat(form)
                .contains("办件编号：" + trackingNumber, "材料：", "本人银行卡：bank.png", "KB")
                .doesNotContain("application/pdf", "image/png", "补正后再次预审");
        assertThat(form)
                .as("the summary's masks keep their asterisks: markdown makes no bold text of them")
                .contains("手机 " + mobile.substring(0, 3) + "****" + mobile.substring(7), "6222 **** **** 6789");
        assertThat(browser.all(FORM + " strong").stream().map(WebElement::getText))
                .noneMatch(bold -> bold.matches(".*[0-9]{4}.*"));
        browser.screenshot("tasklist-context-pre-check");

        // Tasklist holds the form of an unclaimed task disabled: the clerk claims it first, as they would to work it
        browser.find("button.claim").click();
        browser.waitFor(d -> d.findElements(By.cssSelector(".disabled-form")).isEmpty()
                && !d.findElements(By.cssSelector(FORM + " a[href*='/documents/']"))
                        .isEmpty());
        WebElement link = browser.find(FORM + " a[href*='/documents/']");
        assertThat(link.getText()).isEqualTo("身份证：身份证.pdf");
        // Tasklist's footer covers the foot of the form: bring the link to the middle, as a person scrolls to it
        browser.script("arguments[0].scrollIntoView({block: 'center'});", link);
        link.click();
        Path downloaded = downloads.resolve("身份证.pdf");
        browser.waitFor(d -> Files.exists(downloaded));
        assertThat(Files.readAllBytes(downloaded)).isEqualTo(PDF);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'PERSONAL_DATA_VIEWED' AND subject = ?"
                                + " AND actor = ? AND detail LIKE '%document%'",
                        Integer.class, "application:" + trackingNumber, window))
                .isOne();

        tasks.complete(
                task(trackingNumber),
                Map.of("preCheckDecision", "SUPPLEMENT", "missingItems", "银行卡照片不清晰，请重新上传\n户口簿首页"));
        runJobs(trackingNumber);
        MultiValueMap<String, Object> supplement = new LinkedMultiValueMap<>();
        supplement.add("supplement", json(Map.of("materialCodes", List.of("bank-card"))));
        supplement.add("materials", file("bank-new.png", PNG));
        assertThat(resident.exchange(
                                "/api/applications/" + trackingNumber + "/supplement",
                                HttpMethod.POST,
                                new HttpEntity<>(supplement, multipart()),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        runJobs(trackingNumber);

        open(task(trackingNumber), "补正后再次预审");
        assertThat(browser.find(FORM).getText()).contains("银行卡照片不清晰，请重新上传", "户口簿首页", "本人银行卡（补正）：bank-new.png");
        assertThat(browser.all(FORM + " a[href*='/documents/']")).hasSize(3);
        browser.screenshot("tasklist-context-second-pre-check");
    }

    @Test
    void theMediationAcceptanceShowsTheDisputeTypeAndTheApplicantsMobileMasked() throws Exception {
        String mediator = TestPeople.staff(identity, "mediation");
        ResponseEntity<String> created = TestPeople.as(rest, mediator, TestPeople.STAFF_PASSWORD)
                .postForEntity(
                        "/api/labor-dispute-mediation/applications",
                        Map.of(
                                "applicantName", "窗口申请人",
                                "applicantMobile", "13800138000",
                                "applicantIdNumber", TestIdNumbers.unique(),
                                "employer", "上海某某物流有限公司",
                                "disputeType", "WORK_INJURY",
                                "claim", "支付工伤待遇",
                                "facts", "工作中受伤"),
                        String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String trackingNumber =
                json.readTree(created.getBody()).path("trackingNumber").asText();

        signIn(mediator);
        open(task(trackingNumber), "纠纷类型：工伤");
        assertThat(browser.find(FORM).getText())
                .contains("办件编号：" + trackingNumber, "联系电话：138****8000", "查看完整号码和联系电话")
                .doesNotContain("13800138000", "WORK_INJURY");
        browser.screenshot("tasklist-context-mediation-acceptance");
    }

    private void signIn(String user) {
        browser.open(TASKLIST);
        browser.waitFor(d ->
                !d.findElements(By.cssSelector("input[ng-model='username']")).isEmpty());
        browser.type("input[ng-model='username']", user);
        browser.type("input[ng-model='password']", TestPeople.STAFF_PASSWORD);
        browser.find("form button[type='submit']").click();
        browser.waitFor(d ->
                d.findElements(By.cssSelector("input[ng-model='username']")).isEmpty());
    }

    /** Opens the task in Tasklist and waits until its form shows {@code text}. */
    private void open(String task, String text) {
        browser.open(TASKLIST + "#/?task=" + task);
        try {
            browser.waitForText(FORM, text);
        } catch (TimeoutException e) {
            browser.screenshot("tasklist-context-not-shown");
            throw new AssertionError(
                    "the form does not show " + text + ": "
                            + browser.script("var f = document.querySelector('.fjs-container');"
                                    + " return f ? f.innerText : document.body.innerText.slice(0, 1500);")
                            + " console: " + browser.errors(),
                    e);
        }
    }

    private String task(String trackingNumber) {
        Task task = tasks.createTaskQuery()
                .processInstanceBusinessKey(trackingNumber)
                .singleResult();
        return task.getId();
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
}

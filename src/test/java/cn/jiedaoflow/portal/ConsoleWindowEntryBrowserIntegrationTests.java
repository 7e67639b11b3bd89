package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.accounts.TestSignUps;
import cn.jiedaoflow.veterans.TestRoster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Window entry of walk-in applications in the staff console, in a real Chromium (docs/console.md, "Window entry"): for
 * each procedure the staff member enters an application with its material, gets the receipt, and the next group finds
 * the task in the engine; bad input names every bad field in Chinese and stores nothing; the same form sent twice
 * starts one case. Screenshots at 360 px and 1280 px, axe-core, a quiet browser console.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleWindowEntryBrowserIntegrationTests {

    private static final String PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n";
    private static final String RECEIVED_AT = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}";

    @Autowired
    IdentityService identity;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    private Browser browser;
    private final List<Path> files = new ArrayList<>();

    @BeforeAll
    void startTheBrowser() {
        browser = Browser.open(port);
    }

    @AfterAll
    void stopTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void aNewVisitor() {
        browser.forget();
    }

    @AfterEach
    void removeTheFiles() throws IOException {
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
        files.clear();
        TestSignUps.forgetAddresses(jdbc);
    }

    @Test
    void theAcceptanceWindowEntersAWalkInOneStopApplicationOnceWhichIsTheResidentsWhenTheySignUp() throws IOException {
        String staff = TestPeople.staff(identity, "acceptance-window");
        String mobile = TestSignUps.mobile(jdbc);
        String idNumber = TestIdNumbers.unique();
        browser.open("/sign-in?next=/console/window/one-stop");
        signIn(staff);
        browser.waitForPath("/console/window/one-stop");
        browser.check("console-window-one-stop-matters");
        new Select(browser.find("#matter")).selectByVisibleText("居住登记");
        browser.find("#choose-matter").click();
        browser.waitForPath("/console/window/one-stop?matter=residence-registration");
        assertThat(browser.find("#matter-name").getText()).isEqualTo("居住登记");

        // the applicant only, one of the two materials: every missing field and material named, nothing stored
        long before = count("one_stop_application");
        browser.type("#applicant-name", "窗口代办");
        browser.type("#applicant-idNumber", idNumber);
        browser.type("#applicant-mobile", mobile);
        browser.find("#materials-id-card").sendKeys(pdf("id-card").toString());
        submit();
        assertThat(browser.find("#field-errors").getText()).contains("居住地址：此项必填。", "住所类型：此项必填。", "租赁合同或住所证明：此项必填。");
        assertThat(browser.find("#files-lost").getText()).contains("重新选择");
        assertThat(browser.find("#applicant-name").getAttribute("value")).isEqualTo("窗口代办");
        assertThat(count("one_stop_application")).as("nothing stored").isEqualTo(before);
        browser.check("console-window-one-stop-refused");

        // a bad ID number (GB 11643's check character): the API's sentence
        browser.type("#applicant-idNumber", idNumber.substring(0, 17) + (idNumber.endsWith("1") ? "2" : "1"));
        fillTheResidenceRegistration();
        submit();
        assertThat(browser.find("#problem").getText()).contains("身份证号码", "无效");
        assertThat(count("one_stop_application")).as("nothing stored").isEqualTo(before);

        // the good form sent twice at once, then once more by its button: one case, one receipt
        browser.type("#applicant-idNumber", idNumber);
        fillTheResidenceRegistration();
        Object urls = browser.script("var form = document.getElementById('entry-form');"
                + " var send = function () { return fetch(form.action, {method: 'POST', body: new FormData(form)})"
                + ".then(function (r) { return r.url; }); };"
                + " return Promise.all([send(), send()]);");
        List<?> answered = (List<?>) urls;
        assertThat(answered).hasSize(2);
        assertThat(answered.get(0)).as("both sent to one receipt").isEqualTo(answered.get(1));
        String receipt = String.valueOf(answered.get(0)).substring(("http://localhost:" + port).length());
        assertThat(receipt).startsWith("/console/window/one-stop/receipt/OS");
        assertThat(count("one_stop_application"))
                .as("one case for the form sent twice")
                .isEqualTo(before + 1);
        submit();
        assertThat(browser.path())
                .as("the form's button after that: its receipt")
                .isEqualTo(receipt);
        assertThat(count("one_stop_application")).as("still one case").isEqualTo(before + 1);

        String trackingNumber = receipt.substring(receipt.lastIndexOf('/') + 1);
        assertThat(browser.find("#tracking-number").getText()).isEqualTo(trackingNumber);
        assertThat(browser.find("#receipt-matter").getText()).isEqualTo("居住登记");
        assertThat(browser.find("#receipt-applicant").getText()).isEqualTo("窗***");
        assertThat(browser.find("#receipt-id-number").getText())
                .isEqualTo(idNumber.substring(0, 4) + "**********" + idNumber.substring(14));
        assertThat(browser.find("#receipt-mobile").getText())
                .isEqualTo(mobile.substring(0, 3) + "****" + mobile.substring(7));
        assertThat(browser.find("#receipt-received-at").getText()).matches(RECEIVED_AT);
        assertThat(browser.find("#receipt-materials").getText()).contains("身份证：id-card-", "租赁合同或住所证明：tenancy-");
        browser.check("console-window-one-stop-receipt");

        assertThat(jdbc.queryForMap(
                        "select channel, registered_by from one_stop_application where tracking_number = ?",
                        trackingNumber))
                .containsValues("WINDOW", staff);
        assertThat(entered(staff, "ONE_STOP_SUBMITTED", trackingNumber)).isEqualTo(1);
        assertThat(tasks(TestPeople.staffIn(identity, "it-window-colleague", "acceptance-window"), trackingNumber))
                .contains("\"taskDefinitionKey\":\"UserTask_PreCheck\"");

        // the walk-in resident signs up with the same mobile and ID number: the case entered here is theirs
        ResponseEntity<String> signedUp = post(
                "/api/accounts/residents",
                TestSignUps.resident(mobile, TestSignUps.code(rest, jdbc, mobile), idNumber));
        assertThat(signedUp.getStatusCode()).as(signedUp.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(rest.withBasicAuth(mobile, TestSignUps.PASSWORD)
                        .getForEntity("/api/applications", String.class)
                        .getBody())
                .contains(trackingNumber);
        assertThat(browser.errors()).as("the browser's console").isEmpty();
    }

    @Test
    void theMediationCommitteeEntersAWalkInWorkersApplicationWithItsEvidence() throws IOException {
        String staff = TestPeople.staff(identity, "mediation");
        String idNumber = TestIdNumbers.unique();
        browser.open("/sign-in?next=/console");
        signIn(staff);
        browser.waitForPath("/console");
        browser.find("#sections a[href='/console/window/labor-dispute']").click();
        browser.waitForPath("/console/window/labor-dispute");

        long before = count("labor_dispute_case");
        submit();
        assertThat(browser.find("#field-errors").getText())
                .contains("用人单位：此项必填。", "争议类型：此项必填。", "申请人姓名：此项必填。", "身份证号码：此项必填。");
        assertThat(count("labor_dispute_case")).as("nothing stored").isEqualTo(before);
        browser.check("console-window-labor-dispute-refused");

        browser.type("#applicantName", "李劳动");
        browser.type("#applicantIdNumber", idNumber);
        browser.type("#applicantMobile", "13912345678");
        browser.type("#employer", "上海某某制造有限公司");
        new Select(browser.find("#disputeType")).selectByVisibleText("拖欠工资");
        browser.type("#claim", "支付拖欠的三个月工资");
        browser.type("#facts", "2026 年 9 月至 11 月的工资未发。");
        browser.find("#files").sendKeys(pdf("contract").toString());
        submit();
        browser.waitForPath("/console/window/labor-dispute/receipt/LD");
        String trackingNumber = browser.find("#tracking-number").getText();
        assertThat(browser.find("#receipt-matter").getText()).isEqualTo("劳动人事争议调解");
        assertThat(browser.find("#receipt-applicant").getText()).isEqualTo("李**");
        assertThat(browser.find("#receipt-received-at").getText()).matches(RECEIVED_AT);
        assertThat(browser.find("#receipt-materials").getText()).contains("contract-");
        browser.check("console-window-labor-dispute-receipt");

        assertThat(count("labor_dispute_case")).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from labor_dispute_material m join labor_dispute_case c on c.id = m.case_id"
                                + " where c.tracking_number = ?",
                        Long.class,
                        trackingNumber))
                .isEqualTo(1);
        assertThat(entered(staff, "LABOR_DISPUTE_ENTERED_AT_WINDOW", trackingNumber))
                .isEqualTo(1);
        assertThat(tasks(TestPeople.staffIn(identity, "it-mediation-colleague", "mediation"), trackingNumber))
                .contains("\"taskDefinitionKey\":\"Task_DecideAcceptance\"");
        assertThat(browser.errors()).as("the browser's console").isEmpty();
    }

    @Test
    void theVeteransStationEntersAVeteransApplicationWithADocumentAndTheVisitWaits() throws IOException {
        String staff = TestPeople.staff(identity, "veterans-station");
        TestRoster roster = TestRoster.of(1);
        HttpHeaders csv = new HttpHeaders();
        csv.setContentType(MediaType.parseMediaType("text/csv"));
        assertThat(rest.withBasicAuth(staff, TestPeople.STAFF_PASSWORD)
                        .exchange(TestRoster.PATH, HttpMethod.POST, new HttpEntity<>(roster.csv(), csv), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        String veteranIdNumber = roster.csv().split("\r\n")[1].split(",")[2];
        browser.open("/sign-in?next=/console/window/veterans");
        signIn(staff);
        browser.waitForPath("/console/window/veterans");

        long before = count("veteran_assistance_application");
        browser.type("#householdSize", "二十一");
        submit();
        assertThat(browser.find("#field-errors").getText())
                .contains("申请人身份：请从给出的选项中选择。", "家庭人口：请填写 1 到 20 的整数。", "申请帮扶事项：此项必填。");
        assertThat(count("veteran_assistance_application")).as("nothing stored").isEqualTo(before);
        browser.check("console-window-veterans-refused");

        new Select(browser.find("#applicantRelation")).selectByVisibleText("退役军人本人");
        browser.type("#applicantName", "老兵1");
        browser.type("#veteranIdNumber", veteranIdNumber);
        browser.type("#applicantMobile", "13955556666");
        new Select(browser.find("#hardshipType")).selectByVisibleText("失业");
        browser.type("#householdSize", "3");
        browser.type("#monthlyHouseholdIncome", "1800.50");
        browser.type("#requestedHelp", "失业半年，申请生活补助");
        browser.find("#files").sendKeys(pdf("income-proof").toString());
        submit();
        browser.waitForPath("/console/window/veterans/receipt/VA");
        String trackingNumber = browser.find("#tracking-number").getText();
        assertThat(browser.find("#receipt-matter").getText()).isEqualTo("退役军人帮扶申请");
        assertThat(browser.find("#receipt-applicant").getText()).isEqualTo("老**");
        assertThat(browser.find("#receipt-materials").getText()).contains("income-proof-");
        browser.check("console-window-veterans-receipt");

        assertThat(count("veteran_assistance_application")).isEqualTo(before + 1);
        assertThat(entered(staff, "VETERAN_ASSISTANCE_APPLIED", trackingNumber)).isEqualTo(1);
        assertThat(entered(staff, "VETERAN_ASSISTANCE_ATTACHED", trackingNumber))
                .isEqualTo(1);
        assertThat(tasks(TestPeople.staffIn(identity, "it-station-colleague", "veterans-station"), trackingNumber))
                .contains("\"taskDefinitionKey\":\"UserTask_HomeVisit\"");
        assertThat(browser.errors()).as("the browser's console").isEmpty();
    }

    /** How many audit entries say {@code staff} did {@code action} to the case. */
    private long entered(String staff, String action, String trackingNumber) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where actor = ? and action = ? and subject = ?",
                Long.class,
                staff,
                action,
                "application:" + trackingNumber);
    }

    /** The case's open tasks as the engine's REST API lists them to {@code user}. */
    private String tasks(String user, String trackingNumber) {
        ResponseEntity<String> tasks = rest.withBasicAuth(user, TestPeople.STAFF_PASSWORD)
                .getForEntity("/engine-rest/task?processInstanceBusinessKey=" + trackingNumber, String.class);
        assertThat(tasks.getStatusCode()).as(tasks.getBody()).isEqualTo(HttpStatus.OK);
        return tasks.getBody();
    }

    private ResponseEntity<String> post(String path, Map<String, Object> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private void fillTheResidenceRegistration() throws IOException {
        browser.type("#data-address", "长宁区仙霞路 99 弄 1 号 101 室");
        browser.type("#data-moveInDate", "2026-12-01");
        new Select(browser.find("#data-housingType")).selectByValue("RENTED");
        browser.find("#materials-id-card").sendKeys(pdf("id-card").toString());
        browser.find("#materials-residence-proof").sendKeys(pdf("tenancy").toString());
    }

    private void submit() {
        browser.script("document.body.dataset.previous = 'yes'");
        browser.find("#submit-entry").click();
        browser.waitFor(d -> Boolean.TRUE.equals(browser.script(
                "return document.readyState === 'complete' && document.body.dataset.previous === undefined")));
    }

    private Path pdf(String name) throws IOException {
        Path file = Files.createTempFile(name + "-", ".pdf");
        Files.writeString(file, PDF, StandardCharsets.US_ASCII);
        files.add(file);
        return file;
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private void signIn(String loginName) {
        browser.type("#loginName", loginName);
        browser.type("#password", TestPeople.STAFF_PASSWORD);
        browser.find("#sign-in-submit").click();
        browser.waitFor(d -> !browser.path().startsWith("/sign-in"));
        browser.waitFor(d -> "complete".equals(browser.script("return document.readyState")));
    }
}

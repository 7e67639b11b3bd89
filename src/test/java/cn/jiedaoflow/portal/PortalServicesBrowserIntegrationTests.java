package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.accounts.TestSignUps;
import cn.jiedaoflow.people.Accounts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A procedure with a model and forms only, as an enterprise uses it in a real Chromium: the home page's service, the
 * start form in the form-js viewer with a document, the case's page; after the office's answer (through the engine),
 * the inbox's notice, the case's page leading to the enterprise's own step, the rating sent and the case closed.
 * Another enterprise gets the 404 page for the step. Screenshots at 360 px and 1280 px, axe-core, a quiet console.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalServicesBrowserIntegrationTests {

    private static final String PROCESS = "enterprise-service-request";
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @LocalServerPort
    int port;

    private Browser browser;
    private Path pdf;

    @BeforeAll
    void startTheBrowser() throws IOException {
        browser = Browser.open(port);
        pdf = Files.createTempFile("proof-", ".pdf");
        Files.write(pdf, PDF);
    }

    @AfterAll
    void stopTheBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
        Files.deleteIfExists(pdf);
    }

    @BeforeEach
    void aNewVisitor() {
        browser.forget();
        TestSignUps.forgetAddresses(jdbc);
    }

    @Test
    void anEnterpriseFilesANeedFromTheHomePageAndRatesTheAnswerInItsOwnStep() {
        String creditCode = enterprise();

        browser.open("/");
        browser.find("#apply-" + PROCESS).click();
        browser.waitForPath("/sign-in?next=/services/" + PROCESS + "/apply");
        signIn(creditCode);
        browser.waitForPath("/services/" + PROCESS + "/apply");
        browser.waitFor(d -> !browser.all("[id$='-Field_NeedTitle']").isEmpty());
        assertThat(browser.all("#applicant-name"))
                .as("no one-stop applicant block")
                .isEmpty();
        browser.check("service-apply");

        browser.find("[id$='-Field_NeedCategory-display']").click();
        browser.waitFor(d -> !browser.all(".fjs-dropdownlist-item").isEmpty());
        browser.driver()
                .findElement(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and text()='场地']"))
                .click();
        browser.type("[id$='-Field_NeedTitle']", "需要一间临时仓库");
        browser.type("[id$='-Field_NeedDescription']", "扩大生产，急需 200 平方米仓库三个月。");
        browser.type("[id$='-Field_ContactName']", "李华");
        browser.type("[id$='-Field_ContactMobile']", "13900005001");
        browser.find("#material-supporting-document")
                .sendKeys(pdf.toAbsolutePath().toString());
        browser.find("#submit-application").click();
        browser.waitFor(d -> Boolean.TRUE.equals(browser.script("var alert = document.getElementById('form-alert');"
                + " return location.pathname.indexOf('/my/cases/SV-') === 0 || (alert !== null && !alert.hidden);")));
        assertThat(browser.path()).as("the submission; alert: %s", alertText()).startsWith("/my/cases/SV-");
        String trackingNumber = browser.path().substring("/my/cases/".length());
        assertThat(browser.find("h1").getText()).isEqualTo("企业服务诉求");
        assertThat(browser.find("#case-status").getText()).isEqualTo("办理中");
        browser.check("service-case-running");

        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(trackingNumber)
                .singleResult()
                .getId();
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceId(instance)
                        .singleResult()
                        .getId(),
                Map.of("handlingOffice", "business-service", "replyWorkingDays", 5L));
        // the enterprise is told of the assignment (Task_NotifyNeedAssigned)
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(instance)
                .singleResult()
                .getId());
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceId(instance)
                        .singleResult()
                        .getId(),
                Map.of("answer", "已联系园区，下周可看仓库。"));

        browser.open("/inbox");
        assertThat(browser.find("main").getText()).contains("诉求已分派", "请办理：企业评价答复", trackingNumber);
        browser.open("/my/cases/" + trackingNumber);
        assertThat(browser.find("#case-status").getText()).isEqualTo("等待您办理");
        assertThat(browser.find("#your-steps").getText()).contains("企业评价答复", "去办理");
        browser.check("service-case-waiting");
        browser.find("#your-steps a").click();
        browser.waitForPath("/my/tasks/");
        String stepPath = browser.path();
        browser.waitFor(d -> !browser.all("[id$='-Field_Resolved-0']").isEmpty());
        assertThat(browser.find("main").getText()).contains("已联系园区，下周可看仓库。");
        browser.check("service-step");

        browser.find("#complete-step").click();
        browser.waitFor(d -> browser.find("#step-alert").isDisplayed());
        assertThat(browser.find("#step-alert").getText()).contains("诉求是否已经解决", "满意度评分");
        browser.script("document.querySelector(\"[id$='-Field_Resolved-0']\").click();"
                + "document.querySelector(\"[id$='-Field_Score-0']\").click();");
        browser.find("#complete-step").click();
        browser.waitForPath("/my/cases/" + trackingNumber);
        assertThat(browser.find("#step-done").getText()).isEqualTo("已提交，谢谢。");
        assertThat(browser.find("#case-status").getText()).isEqualTo("已办结");
        assertThat(browser.all("#your-steps")).isEmpty();
        browser.check("service-case-ended");
        assertThat(browser.errors()).as("the browser's console").isEmpty();

        browser.forget();
        String another = enterprise();
        browser.open("/sign-in");
        signIn(another);
        browser.open(stepPath);
        assertThat(browser.find("#not-found").getText()).contains("没有找到待您办理的这一步");
        browser.check("service-step-not-found");
    }

    private String enterprise() {
        String creditCode = TestSignUps.creditCode(jdbc);
        accounts.createEnterprise(
                creditCode, "上海浏览器测试有限公司", "李华", TestSignUps.mobile(jdbc), TestPeople.RESIDENT_PASSWORD);
        return creditCode;
    }

    private void signIn(String loginName) {
        browser.type("#loginName", loginName);
        browser.type("#password", TestPeople.RESIDENT_PASSWORD);
        browser.find("#sign-in-submit").click();
        // signed in once the page has left the sign-in page: opening another page before would race the sign-in
        browser.waitFor(d -> !browser.path().startsWith("/sign-in"));
        browser.waitFor(d -> "complete".equals(browser.script("return document.readyState")));
    }

    private String alertText() {
        return browser.all("#form-alert").isEmpty()
                ? ""
                : browser.find("#form-alert").getText();
    }
}

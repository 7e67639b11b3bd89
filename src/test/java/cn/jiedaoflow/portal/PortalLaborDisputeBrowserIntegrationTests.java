package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.accounts.TestSignUps;
import cn.jiedaoflow.people.Accounts;
import cn.jiedaoflow.people.IdNumbers;
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
 * A procedure with a door of its own, applied for in a real Chromium: labour dispute mediation from the home page
 * through the sign-in, its start form in the form-js viewer with the applicant's fields filled in from the account
 * (read-only, the ID number masked), a draft saved and found again, a required field left empty named beside it and
 * in the alert, and the submission to the procedure's own door landing on the case's page. Screenshots at 360 px and
 * 1280 px, axe-core, and no error in the console.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalLaborDisputeBrowserIntegrationTests {

    private static final String PROCESS = "labor-dispute-mediation";

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    private Browser browser;

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
        TestSignUps.forgetAddresses(jdbc);
    }

    @Test
    void aResidentAppliesForMediationFromTheHomePageInTheirOwnName() {
        String mobile = TestSignUps.mobile(jdbc);
        String idNumber = TestIdNumbers.unique();
        accounts.createResident(mobile, "调解申请人", idNumber, TestPeople.RESIDENT_PASSWORD);

        browser.open("/");
        browser.find("#apply-" + PROCESS).click();
        browser.waitForPath("/sign-in?next=/services/" + PROCESS + "/apply");
        browser.type("#loginName", mobile);
        browser.type("#password", TestPeople.RESIDENT_PASSWORD);
        browser.find("#sign-in-submit").click();
        browser.waitForPath("/services/" + PROCESS + "/apply");
        waitForTheForm();

        assertThat(browser.find("h1").getText()).isEqualTo("在线办理：劳动人事争议调解");
        assertThat(value("ApplicantName")).isEqualTo("调解申请人");
        assertThat(value("ApplicantMobile")).isEqualTo(mobile);
        assertThat(value("ApplicantIdNumber")).isEqualTo(IdNumbers.mask(idNumber));
        for (String field : new String[] {"ApplicantName", "ApplicantMobile", "ApplicantIdNumber"}) {
            assertThat(field(field).getAttribute("readonly")).as(field).isNotNull();
        }
        assertThat(browser.driver().getPageSource()).doesNotContain(idNumber);
        // the masked number is the account's: leaving the field shows no check of a typed number on it
        field("ApplicantIdNumber").click();
        browser.find("h1").click();
        assertThat(browser.all("[id$='-Field_ApplicantIdNumber-error-message']"))
                .as("no error on the account's masked ID number")
                .isEmpty();
        assertThat(browser.all("#applicant-name"))
                .as("no one-stop applicant block")
                .isEmpty();
        assertThat(browser.all("#materials-heading"))
                .as("no materials to attach")
                .isEmpty();
        browser.check("labor-apply");

        browser.type("[id$='-Field_Employer']", "上海某某制造有限公司");
        browser.find("[id$='-Field_DisputeType-display']").click();
        browser.waitFor(d -> !browser.all(".fjs-dropdownlist-item").isEmpty());
        browser.driver()
                .findElement(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and text()='拖欠工资']"))
                .click();
        browser.find("#save-draft").click();
        browser.waitForText("#apply-status", "草稿已保存");

        browser.open(browser.path());
        waitForTheForm();
        browser.waitForText("#draft-resumed", "已载入您");
        assertThat(value("Employer")).isEqualTo("上海某某制造有限公司");
        assertThat(value("ApplicantIdNumber"))
                .as("filled from the account again")
                .isEqualTo(IdNumbers.mask(idNumber));

        // the claim given, the facts left empty: named beside the field and in the alert
        browser.type("[id$='-Field_Claim']", "支付拖欠的三个月工资 18000 元。");
        browser.find("#submit-application").click();
        browser.waitForShown("form-alert");
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("form-alert");
        assertThat(browser.find("[id$='-Field_Facts-error-message']").getText()).isEqualTo("此项必填。");
        assertThat(browser.find("#form-alert").getText()).contains("事实和理由").doesNotContain("用人单位");
        assertThat(browser.all("[id$='-Field_ApplicantIdNumber-error-message']"))
                .isEmpty();
        browser.check("labor-apply-errors");

        browser.type("[id$='-Field_Facts']", "2026 年 6 月至 8 月的工资至今未发。");
        browser.script("document.getElementById('submit-application').click();");
        browser.waitFor(d -> Boolean.TRUE.equals(browser.script("var alert = document.getElementById('form-alert');"
                + " return location.pathname.indexOf('/my/cases/LD-') === 0 || (alert !== null && !alert.hidden);")));
        assertThat(browser.path()).as("the submission; alert: %s", alertText()).startsWith("/my/cases/LD-");
        String trackingNumber = browser.path().substring("/my/cases/".length());
        assertThat(trackingNumber).matches("LD-\\d{8}-[A-Z2-9]{6}");
        assertThat(browser.driver().getPageSource()).contains(trackingNumber);
        assertThat(browser.find("#case-status").getText()).isEqualTo("已提交，等待受理决定");
        browser.check("labor-case");

        assertThat(jdbc.queryForObject(
                        "SELECT applicant_id_number FROM labor_dispute_case WHERE tracking_number = ?",
                        String.class,
                        trackingNumber))
                .as("the account's ID number, for the masked one the page sent")
                .isEqualTo(idNumber);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM draft d JOIN app_account a ON a.id = d.account_id WHERE a.login_name = ?",
                        Long.class,
                        mobile))
                .as("the draft, deleted with the submission")
                .isZero();
        assertThat(browser.errors()).as("the browser's console").isEmpty();
    }

    @Test
    void theRefusalIsShownInThePagesLanguage() {
        String mobile = TestSignUps.mobile(jdbc);
        accounts.createResident(mobile, "英文页面居民", TestIdNumbers.unique(), TestPeople.RESIDENT_PASSWORD);
        browser.open("/sign-in?next=/services/" + PROCESS + "/apply");
        browser.type("#loginName", mobile);
        browser.type("#password", TestPeople.RESIDENT_PASSWORD);
        browser.find("#sign-in-submit").click();
        browser.waitForPath("/services/" + PROCESS + "/apply");

        browser.open("/services/" + PROCESS + "/apply?lang=en");
        waitForTheForm();
        assertThat(browser.find("h1").getText()).isEqualTo("Apply online: Labour dispute mediation");
        browser.type("[id$='-Field_Claim']", "Pay the wages owed.");
        browser.find("#submit-application").click();
        browser.waitForShown("form-alert");

        assertThat(browser.find("[id$='-Field_Employer-error-message']").getText())
                .isEqualTo("Required.");
        assertThat(browser.find("#form-alert").getText())
                .contains("Employer", "Type of dispute", "Facts and reasons")
                .doesNotContain("Claim");
        browser.check("labor-apply-errors-en");
        assertThat(browser.errors()).as("the browser's console").isEmpty();
    }

    private void waitForTheForm() {
        browser.waitFor(d -> !browser.all("[id$='-Field_Employer']").isEmpty());
    }

    private org.openqa.selenium.WebElement field(String id) {
        return browser.find("[id$='-Field_" + id + "']");
    }

    private String value(String id) {
        return field(id).getAttribute("value");
    }

    private String alertText() {
        return browser.all("#form-alert").isEmpty()
                ? ""
                : browser.find("#form-alert").getText();
    }
}

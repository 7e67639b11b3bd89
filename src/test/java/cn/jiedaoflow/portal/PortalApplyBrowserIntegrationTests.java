package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.accounts.TestSignUps;
import cn.jiedaoflow.people.Accounts;
import cn.jiedaoflow.people.IdNumbers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Applying online in a real Chromium: from the home page's "在线办理" through the sign-in and back, the applicant
 * filled in (the ID number masked), the form in the form-js viewer, a PDF attached, a draft saved and found again
 * after a reload, the required fields left empty shown beside each, and the submission landing on the case's page.
 * Screenshots at 360 px and 1280 px, axe-core, and no error in the console (a refusal of the CSP would be one).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalApplyBrowserIntegrationTests {

    private static final String MATTER = "minimum-living-allowance";
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    private Browser browser;
    private Path pdf;

    @BeforeAll
    void startTheBrowser() throws IOException {
        browser = Browser.open(port);
        pdf = Files.createTempFile("material-", ".pdf");
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
    void aResidentAppliesFromTheHomePageWithADraftInBetween() {
        String mobile = TestSignUps.mobile(jdbc);
        String idNumber = TestIdNumbers.unique();
        accounts.createResident(mobile, "申请居民", idNumber, TestPeople.RESIDENT_PASSWORD);

        browser.open("/");
        browser.find("#apply-" + MATTER).click();
        browser.waitForPath("/sign-in?next=/services/" + MATTER + "/apply");
        browser.type("#loginName", mobile);
        browser.type("#password", TestPeople.RESIDENT_PASSWORD);
        browser.find("#sign-in-submit").click();
        browser.waitForPath("/services/" + MATTER + "/apply");
        waitForTheForm();

        assertThat(browser.find("#applicant-name").getAttribute("value")).isEqualTo("申请居民");
        assertThat(browser.find("#applicant-mobile").getAttribute("value")).isEqualTo(mobile);
        assertThat(browser.find("#applicant-idNumber").getAttribute("value")).isEqualTo(IdNumbers.mask(idNumber));
        assertThat(browser.find("#applicant-idNumber").getAttribute("readonly")).isNotNull();
        assertThat(browser.driver().getPageSource()).doesNotContain(idNumber);
        assertThat(browser.find(".fjs-powered-by").isDisplayed())
                .as("the bpmn.io watermark")
                .isTrue();
        browser.check("apply");

        browser.type("[id$='-Field_HouseholdSize']", "3");
        browser.type("[id$='-Field_MonthlyHouseholdIncome']", "1800.50");
        browser.find("#material-id-card").sendKeys(pdf.toAbsolutePath().toString());
        browser.find("#save-draft").click();
        browser.waitForText("#apply-status", "草稿已保存");

        browser.open(browser.path());
        waitForTheForm();
        browser.waitForText("#draft-resumed", "已载入您");
        assertThat(browser.find("[id$='-Field_HouseholdSize']").getAttribute("value"))
                .isEqualTo("3");
        assertThat(browser.find("[id$='-Field_MonthlyHouseholdIncome']").getAttribute("value"))
                .isEmpty();
        assertThat(browser.find("#masked-note").getText()).contains("家庭月收入合计（元）（已登记）");
        assertThat(browser.find("#material-id-card-files").getText())
                .contains(pdf.getFileName().toString());
        assertThat(browser.find("#drafts").getText()).contains("最低生活保障");
        browser.check("apply-draft");

        // the income and the hardship left empty, two materials missing: each said beside its field
        browser.find("#submit-application").click();
        browser.waitFor(d -> browser.find("#form-alert").isDisplayed());
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("form-alert");
        assertThat(browser.find("[id$='-Field_MonthlyHouseholdIncome-error-message']")
                        .getText())
                .isEqualTo("此项必填。");
        assertThat(browser.find("#material-household-register-error").getText()).isEqualTo("此项必填。");
        assertThat(browser.find("#form-alert").getText()).contains("家庭月收入合计（元）", "户口簿", "家庭收入证明");
        browser.check("apply-errors");

        browser.find("#material-household-register")
                .sendKeys(pdf.toAbsolutePath().toString());
        browser.find("#material-income-proof").sendKeys(pdf.toAbsolutePath().toString());
        browser.type("[id$='-Field_MonthlyHouseholdIncome']", "1800.50");
        browser.type("[id$='-Field_HardshipDescription']", "家中一人患病，收入减少。");
        // sent at once and with the focus still in the field, as Enter does: what was typed last must be in the answer
        browser.script("document.getElementById('submit-application').click();");
        browser.waitFor(d -> Boolean.TRUE.equals(browser.script("var alert = document.getElementById('form-alert');"
                + " return location.pathname.indexOf('/my/cases/OS-') === 0 || (alert !== null && !alert.hidden);")));
        if (!browser.path().startsWith("/my/cases/OS-")) {
            browser.screenshot("apply-refused");
            assertThat(browser.find("#form-alert").getText())
                    .as("the submission refused")
                    .isEmpty();
        }
        browser.waitForPath("/my/cases/OS-");
        String trackingNumber = browser.path().substring("/my/cases/".length());
        assertThat(trackingNumber).matches("OS-\\d{8}-[A-Z2-9]{6}");
        assertThat(browser.driver().getPageSource()).contains(trackingNumber);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM draft d JOIN app_account a ON a.id = d.account_id WHERE a.login_name = ?",
                        Long.class,
                        mobile))
                .as("the draft, deleted with the submission")
                .isZero();
        assertThat(browser.errors()).as("the browser's console").isEmpty();
    }

    @Test
    void anUnknownMatterIsNotFound() {
        browser.open("/services/no-such-matter/apply");
        assertThat(browser.find("h1").getText()).isEqualTo("没有这个事项");
        browser.check("apply-not-found");
    }

    private void waitForTheForm() {
        browser.waitFor(d -> !browser.all("[id$='-Field_HouseholdSize']").isEmpty());
    }
}

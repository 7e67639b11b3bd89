package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.accounts.TestSignUps;
import cn.jiedaoflow.people.Accounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A resident's actions on their cases in a real browser (issue "The resident portal", items 4 and 9): the supplement
 * request with the list of what is missing, answered with a file and a remark; the completed case rated 1 to 5; another
 * application withdrawn after the confirmation; another resident's number answered with the 404 page; the receipt with
 * its QR code, on screen and as printed. Every page photographed at 360 px and 1280 px and checked with axe-core.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalCaseActionsBrowserIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    private Browser browser;
    private OneStopCaseSteps steps;

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
        steps = new OneStopCaseSteps(rest, context);
    }

    @Test
    void aResidentAnswersASupplementRequestRatesTheCompletedCaseAndPrintsItsReceipt() throws IOException {
        String mobile = resident("补正居民");
        String number = steps.apply(mobile);
        steps.askForSupplement(number, "身份证正面照片不清晰，请重新上传\n银行卡照片");
        signIn(mobile);

        // the request is the first thing on the case's page, with everything missing and its deadline
        browser.open("/my/cases/" + number);
        assertThat(browser.find("#case-status").getText()).isEqualTo("需要补正材料");
        assertThat(browser.all("#missing li"))
                .extracting(item -> item.getText())
                .containsExactly("身份证正面照片不清晰，请重新上传", "银行卡照片");
        assertThat(browser.find("#supplement-due").getText())
                .startsWith("请在 20")
                .contains("前提交补正");
        assertThat((Boolean) browser.script("var s = document.getElementById('supplement');"
                        + " var facts = document.querySelector('.facts');"
                        + " return s.getBoundingClientRect().top"
                        + " < facts.getBoundingClientRect().top"))
                .as("the request comes before the case's facts")
                .isTrue();
        browser.check("case-supplement");

        // nothing chosen: said beside the first file field, nothing sent
        browser.find("#supplement-submit").click();
        browser.waitFor(d -> browser.find("#file-id-card-error").isDisplayed());
        assertThat(browser.find("#file-id-card").getAttribute("aria-invalid")).isEqualTo("true");
        browser.check("case-supplement-refused");

        browser.find("#file-id-card")
                .sendKeys(file("id-new.png", OneStopCaseSteps.PNG).toString());
        browser.type("#remark", "已重新拍摄身份证正面");
        browser.find("#supplement-submit").click();
        browser.waitForShown("action-result");
        assertThat(browser.find("#action-result").getText()).isEqualTo("补正已提交，工作人员将重新预审。");
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("action-result");
        assertThat(browser.find("#case-status").getText()).isEqualTo("已提交，等待预审");
        assertThat(browser.all("#supplement")).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select supplement_remark from one_stop_application where tracking_number = ?",
                        String.class,
                        number))
                .isEqualTo("已重新拍摄身份证正面");
        browser.check("case-supplement-done");

        // staff finish the case through the engine; the resident sees it completed and rates it
        steps.acceptAndApprove(number);
        browser.open("/my/cases/" + number);
        assertThat(browser.find("#case-status").getText()).isEqualTo("已办结");
        assertThat(browser.all("#withdraw")).isEmpty();
        assertThat(browser.all("#rating-form input[type='radio']")).hasSize(5);
        browser.check("case-rating");
        browser.find("#rating-submit").click();
        browser.waitFor(d -> browser.find("#score-error").isDisplayed());
        assertThat(browser.find("#score-error").getText()).isEqualTo("请选择满意程度。");
        browser.find("label[for='score-4']").click();
        browser.type("#comment", "窗口工作人员很耐心");
        browser.find("#rating-submit").click();
        browser.waitForShown("action-result");
        assertThat(browser.find("#action-result").getText()).isEqualTo("感谢您的评价，已经收到。");
        assertThat(browser.find("#rating-score").getText()).isEqualTo("4 分（满分 5 分）");
        assertThat(browser.find("#rating-comment").getText()).isEqualTo("窗口工作人员很耐心");
        assertThat(jdbc.queryForMap(
                        "select rating, rating_comment from one_stop_application where tracking_number = ?", number))
                .containsEntry("RATING", 4)
                .containsEntry("RATING_COMMENT", "窗口工作人员很耐心");
        browser.check("case-rated");

        // the receipt, with the QR code of the case's link; printed without the portal's header
        browser.find("#receipt-link").click();
        browser.waitForPath("/my/cases/" + number + "/receipt");
        assertThat(browser.find("#receipt-number").getText()).isEqualTo(number);
        assertThat(browser.find("#receipt-id-number").getText()).contains("**********");
        assertThat(browser.find("#receipt-submitted").getText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(browser.all("#receipt-materials li")).hasSize(3);
        assertThat(browser.find("#receipt-link").getText())
                .isEqualTo("http://localhost:" + port + "/my/cases/" + number);
        assertThat(((Number) browser.script("return document.getElementById('qr-code').naturalWidth")).intValue())
                .as("the QR code is drawn")
                .isPositive();
        browser.check("receipt");
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.find(".banner").isDisplayed()).isFalse();
            assertThat(browser.find("#print-receipt").isDisplayed()).isFalse();
            assertThat(browser.find("#qr-code").isDisplayed()).isTrue();
            browser.screenshot("receipt-print");
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void aResidentWithdrawsAnApplicationAfterConfirmingAndCannotOpenAnothersCase() {
        String mobile = resident("撤回居民");
        String number = steps.apply(mobile);
        String theirs = steps.apply(resident("别的居民"));
        signIn(mobile);

        browser.open("/my/cases/" + number);
        assertThat(browser.find("#withdraw-submit").isDisplayed())
                .as("the withdrawal waits behind its confirmation")
                .isFalse();
        browser.find("#withdraw-open").click();
        browser.waitFor(d -> browser.find("#withdraw-submit").isDisplayed());
        assertThat(browser.find("#withdraw-confirm").getText()).contains("不能恢复");
        browser.check("case-withdraw-confirm");
        browser.find("#withdraw-submit").click();
        browser.waitForShown("action-result");
        assertThat(browser.find("#action-result").getText()).isEqualTo("申请已撤回。");
        assertThat(browser.find("#case-status").getText()).isEqualTo("已撤回");
        assertThat(browser.all("#withdraw")).isEmpty();
        browser.check("case-withdrawn");

        browser.open("/my/cases/" + theirs);
        assertThat(browser.find("#not-found").getText()).contains("没有找到这件办件");
        assertThat(browser.find("main").getText()).doesNotContain(theirs);
        browser.check("case-not-found");
        browser.open("/my/cases/" + theirs + "/receipt");
        assertThat(browser.find("#not-found").isDisplayed()).isTrue();

        browser.open("/my/cases/" + number + "?lang=en");
        assertThat(browser.find("#case-status").getText()).isEqualTo("Withdrawn");
        browser.check("case-withdrawn-en");
    }

    private void signIn(String mobile) {
        browser.open("/sign-in");
        browser.type("#loginName", mobile);
        browser.type("#password", TestPeople.RESIDENT_PASSWORD);
        browser.find("#sign-in-submit").click();
        browser.waitForPath("/inbox");
    }

    private String resident(String name) {
        String mobile = TestSignUps.mobile(jdbc);
        accounts.createResident(mobile, name, TestIdNumbers.unique(), TestPeople.RESIDENT_PASSWORD);
        return mobile;
    }

    private static Path file(String name, byte[] content) throws IOException {
        Path directory = Files.createTempDirectory("portal-upload-");
        Path file = directory.resolve(name);
        Files.write(file, content);
        file.toFile().deleteOnExit();
        directory.toFile().deleteOnExit();
        return file.toAbsolutePath();
    }
}

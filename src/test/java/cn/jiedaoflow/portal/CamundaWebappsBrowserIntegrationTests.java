package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Camunda's own webapps as staff see them in a real Chromium under zh-CN: Cockpit in Chinese (its sign-in, its refusal
 * of a clerk, its dashboard for the administrator), no Camunda 8 migration banner in Cockpit, Tasklist, Admin and the
 * start page, Tasklist's keyboard shortcuts described in Chinese, and "新建任务" offered to the administrator only,
 * while the engine refuses a clerk's task anyway. Screenshots under target/screenshots (Camunda's pages are not ours
 * to hold to the portal's axe-core and phone-width rules).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CamundaWebappsBrowserIntegrationTests {

    private static final String COCKPIT = "/camunda/app/cockpit/default/";
    private static final String TASKLIST = "/camunda/app/tasklist/default/";
    private static final String ADMIN = "/camunda/app/admin/default/";
    private static final String WELCOME = "/camunda/app/welcome/default/";
    private static final String CREATE_TASK = "[cam-widget-header] li.create-task-action";

    @Autowired
    IdentityService identity;

    @Autowired
    TestRestTemplate rest;

    @LocalServerPort
    int port;

    private Browser browser;
    private String clerk;

    @BeforeAll
    void startTheBrowser() {
        browser = Browser.open(port);
        clerk = TestPeople.staff(identity, "acceptance-window");
        // headless Chromium ignores --lang for navigator.languages, which is what the webapps choose their language by
        browser.open("/");
        String userAgent = String.valueOf(browser.script("return navigator.userAgent"));
        browser.driver()
                .executeCdpCommand(
                        "Network.setUserAgentOverride", Map.of("userAgent", userAgent, "acceptLanguage", "zh-CN,zh"));
        browser.open("/");
        assertThat(browser.script("return navigator.languages[0]")).isEqualTo("zh-CN");
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

    @Test
    void cockpitSpeaksChineseToAClerkItRefusesAndToTheAdministratorWithoutTheMigrationBanner() {
        browser.open(COCKPIT);
        waitForSignInForm();
        browser.waitFor(
                d -> "用户名".equals(browser.find("input[ng-model='username']").getAttribute("placeholder")));
        assertThat(browser.find("form button[type='submit']").getText()).isEqualTo("登录");
        assertNoMigrationBanner("Cockpit's sign-in");
        browser.screenshot("camunda-cockpit-sign-in");

        signIn(clerk, TestPeople.STAFF_PASSWORD);
        browser.waitForText("body", "登录失败");
        assertThat(browser.find("body").getText()).contains("用户名或密码错误、账户已锁定或无权使用本系统");
        browser.screenshot("camunda-cockpit-clerk-refused");

        browser.forget();
        browser.open(COCKPIT);
        waitForSignInForm();
        signIn(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);
        browser.waitForText("[cam-widget-header]", "流程");
        browser.waitForText("body", "运行中的流程实例");
        String page = browser.find("body").getText();
        assertThat(page)
                .contains("决策", "人工任务", "已部署")
                .doesNotContain("Processes", "Decisions", "Human Tasks", "Running Process Instances");
        assertNoMigrationBanner("Cockpit's dashboard");
        browser.screenshot("camunda-cockpit-dashboard");
        assertThat(browser.errors()).as("Cockpit: the browser's console").isEmpty();
    }

    @Test
    void tasklistOffersNewTasksToTheAdministratorOnlyAndDescribesItsShortcutsInChinese() {
        browser.open(TASKLIST);
        waitForSignInForm();
        signIn(clerk, TestPeople.STAFF_PASSWORD);
        waitForTheCreateTaskAnswer("refused");
        assertThat(browser.all(CREATE_TASK))
                .as("the entry is on the page, hidden")
                .hasSize(1);
        assertThat(browser.find(CREATE_TASK).isDisplayed())
                .as("新建任务 for a clerk")
                .isFalse();
        assertNoMigrationBanner("Tasklist");
        browser.screenshot("camunda-tasklist-clerk");

        browser.find("a.showShortcutHelp").click();
        browser.waitForText(".shortcut-modal", "认领当前选中的任务");
        assertThat(browser.find(".shortcut-modal").getText())
                .contains("键盘快捷键", "打开“发起流程”对话框")
                .doesNotContain("claims the currently selected task");
        browser.screenshot("camunda-tasklist-shortcuts");

        browser.forget();
        browser.open(TASKLIST);
        waitForSignInForm();
        signIn(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);
        waitForTheCreateTaskAnswer("allowed");
        assertThat(browser.find(CREATE_TASK).isDisplayed())
                .as("新建任务 for the administrator")
                .isTrue();
        assertThat(browser.find(CREATE_TASK).getText()).contains("新建任务");
        browser.screenshot("camunda-tasklist-administrator");
        assertThat(browser.errors()).as("Tasklist: the browser's console").isEmpty();
    }

    @Test
    void theEngineRefusesAClerksNewTaskWhateverTasklistShows() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setOrigin("http://localhost:" + port);
        ResponseEntity<String> created = TestPeople.as(rest, clerk, TestPeople.STAFF_PASSWORD)
                .postForEntity(
                        "/engine-rest/task/create", new HttpEntity<>("{\"name\":\"自建任务\"}", headers), String.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(mayCreateTasks(clerk, TestPeople.STAFF_PASSWORD)).isFalse();
        assertThat(mayCreateTasks(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD)).isTrue();
    }

    @Test
    void adminAndTheStartPageShowNoMigrationBanner() {
        for (String app : List.of(WELCOME, ADMIN)) {
            browser.forget();
            browser.open(app);
            waitForSignInForm();
            signIn(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);
            browser.waitFor(d -> !d.findElements(By.cssSelector("[cam-widget-header] .navbar-brand"))
                    .isEmpty());
            assertNoMigrationBanner(app);
            browser.screenshot("camunda-" + app.split("/")[3]);
        }
    }

    private boolean mayCreateTasks(String user, String password) {
        String answer = TestPeople.as(rest, user, password)
                .getForObject(
                        "/engine-rest/authorization/check?permissionName=CREATE&resourceName=task&resourceType=7",
                        String.class);
        return answer.contains("\"authorized\":true");
    }

    private void waitForSignInForm() {
        browser.waitFor(d ->
                !d.findElements(By.cssSelector("input[ng-model='username']")).isEmpty());
    }

    private void signIn(String user, String password) {
        browser.type("input[ng-model='username']", user);
        browser.type("input[ng-model='password']", password);
        browser.find("form button[type='submit']").click();
    }

    private void waitForTheCreateTaskAnswer(String answer) {
        browser.waitFor(d -> answer.equals(browser.script("return document.documentElement.dataset.jiedaoCreateTask")));
    }

    /** Camunda's banner is on the page (so that a renamed banner fails here) and nowhere shown. */
    private void assertNoMigrationBanner(String where) {
        Object banners = browser.script("var all = document.querySelectorAll('.ce-eol-banner'); return [all.length,"
                + " Array.prototype.filter.call(all, function (b) { return b.offsetParent !== null"
                + " || b.getClientRects().length > 0; }).length];");
        assertThat(banners)
                .as("%s: Camunda's migration banners on the page and shown", where)
                .isEqualTo(List.of(1L, 0L));
    }
}

package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import cn.jiedaoflow.people.StaffGroup;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The leaders' overview as a leader sees it in a real Chromium (docs/overview.md), signed in as {@code demo-leaders},
 * the demo's leader ({@code people.DemoData} makes {@code demo-<group>} for every staff group, {@code leaders} among
 * them; the test makes the user itself, as the tests run without the demo profile, and removes it afterwards): the
 * charts drawn by ECharts (canvases) beside the table of the same figures, and a procedure's model drawn by bpmn-js
 * with an overlay on each activity that has open tasks. Screenshots at 360 px and 1280 px, axe-core, a quiet console
 * (no CSP refusal).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleOverviewBrowserIntegrationTests {

    private static final String DEMO_LEADER = "demo-" + StaffGroup.LEADERS.id();

    @Autowired
    IdentityService identity;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ApplicationContext context;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void aLeaderAndAnOpenCase() {
        TestPeople.staffIn(identity, DEMO_LEADER, StaffGroup.LEADERS.id());
        String resident = TestPeople.resident(accounts, accountRepository, "13800006602", "总览浏览器居民");
        OneStopCaseSteps oneStop = new OneStopCaseSteps(rest, context);
        String trackingNumber = oneStop.apply(resident);
        oneStop.runJobs(trackingNumber);
        browser = Browser.open(port);
    }

    @AfterAll
    void removeTheLeader() {
        if (browser != null) {
            browser.close();
        }
        // the demo's name outside the demo profile: not left for the start-up guard of a later run on this database
        identity.deleteUser(DEMO_LEADER);
    }

    @Test
    void aLeaderSeesTheChartsTheTableAndTheModelWithItsOverlays() {
        browser.forget();
        browser.open("/console");
        browser.waitForPath("/sign-in?next=/console");
        browser.type("#loginName", DEMO_LEADER);
        browser.type("#password", TestPeople.STAFF_PASSWORD);
        browser.find("#sign-in-submit").click();
        browser.waitForPath("/console");
        assertThat(browser.find("#sections").getText()).contains("领导总览");

        browser.find("#sections a[href='/console/overview']").click();
        browser.waitForPath("/console/overview");
        for (String chart : List.of("chart-procedures", "chart-departments", "chart-months", "chart-levels")) {
            browser.waitFor(d -> !browser.all("#" + chart + " canvas").isEmpty());
        }
        List<String> procedures = browser.all("#figures-table tr.procedure th").stream()
                .map(WebElement::getText)
                .toList();
        assertThat(procedures).contains("一网通办事项申请");
        assertThat(browser.find("#figures-table").getText()).contains("受理窗口", "今日到期", "差评（1–2 分）");
        assertThat(browser.find("#figures-table").getText()).doesNotContain("acceptance-window");
        assertThat(browser.all("#figures-table tr.month")).hasSize(12);
        assertThat(browser.find("#csv").getAttribute("href")).endsWith("/console/overview/figures.csv");
        browser.check("console-overview");

        browser.find("#models a[href='/console/overview/processes/one-stop-application']")
                .click();
        browser.waitForPath("/console/overview/processes/one-stop-application");
        browser.waitFor(d -> "true".equals(browser.find("#diagram").getAttribute("data-drawn")));
        assertThat(browser.all("#diagram svg .djs-element")).isNotEmpty();
        WebElement preCheck = browser.find("#diagram .djs-overlay .heat[data-activity='UserTask_PreCheck']");
        assertThat(preCheck.getText()).contains("在办");
        assertThat(browser.find("#activities").getText()).contains("预审（受理/补正/不予受理）");
        browser.check("console-overview-model");

        browser.open("/console/overview?lang=en");
        browser.waitFor(d -> !browser.all("#chart-months canvas").isEmpty());
        assertThat(browser.find("h1").getText()).isEqualTo("Leaders' overview");
        assertThat(browser.errors()).as("the browser's console").isEmpty();
    }
}

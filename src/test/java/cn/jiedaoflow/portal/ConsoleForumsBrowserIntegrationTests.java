package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The console's page of the government-enterprise forums as business-service uses it in a real Chromium
 * (docs/console.md, docs/designers.md): no date set yet and said so; a date that is not in the future refused in
 * Chinese; a date added; an unresolved need completed in the forum-agenda step shown on that forum's agenda.
 * Screenshots at 360 px and 1280 px, axe-core, a quiet browser console.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleForumsBrowserIntegrationTests {

    private static final String PAGE = "/console/enterprise-forums";

    @Autowired
    IdentityService identity;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    WorkingCalendar calendar;

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
    void aNewVisitorAndNoForums() {
        browser.forget();
        jdbc.update("delete from enterprise_forum_agenda_item");
        jdbc.update("delete from enterprise_forum");
    }

    @Test
    void businessServiceAddsAForumDateAndSeesTheUnresolvedNeedOnItsAgenda() {
        String staff = TestPeople.staff(identity, "business-service");
        browser.open(PAGE);
        browser.waitForPath("/sign-in?next=" + PAGE);
        browser.type("#loginName", staff);
        browser.type("#password", TestPeople.STAFF_PASSWORD);
        browser.find("#sign-in-submit").click();
        browser.waitForPath(PAGE);
        assertThat(browser.find("#no-forum").getText()).contains("尚未设定下一次政企座谈会的日期");
        browser.check("console-forums-none");

        // today is no future date
        LocalDate today = calendar.today();
        browser.type("#forumDate", today.toString());
        browser.find("#add").click();
        browser.waitFor(d -> !browser.all("#problem").isEmpty());
        assertThat(browser.find("#problem").getText())
                .isEqualTo("座谈会日期 " + today + " 不是今后的日期（今天是 " + today + "），只能添加明天或以后的日期。");
        browser.check("console-forums-refused");

        LocalDate forum = today.plusDays(7);
        browser.open(PAGE);
        browser.type("#forumDate", forum.toString());
        browser.find("#add").click();
        browser.waitForPath(PAGE + "?added=" + forum);
        assertThat(browser.find("#added").getText()).contains(forum.toString());
        assertThat(browser.all("#no-forum")).isEmpty();
        assertThat(browser.find("#forum-" + forum).getText()).contains("0 项议题", "暂无议题");

        // an enterprise's need it found unresolved, put on the agenda by business-service in Tasklist
        String trackingNumber = "SV-" + today.toString().replace("-", "") + "-FRM" + (System.nanoTime() % 900 + 100);
        ProcessInstance need = runtime.createProcessInstanceByKey("enterprise-service-request")
                .businessKey(trackingNumber)
                .setVariables(Map.of(
                        "trackingNumber", trackingNumber,
                        "applicantName", "上海议题科技有限公司",
                        "needTitle", "人才公寓配租",
                        "answer", "暂无房源"))
                .startBeforeActivity("Task_PutOnForumAgenda")
                .execute();
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceId(need.getId())
                        .singleResult()
                        .getId(),
                Map.of("agendaNote", "请房管办通报人才公寓房源"));

        browser.open(PAGE);
        assertThat(browser.find("#forum-" + forum).getText())
                .contains("1 项议题", trackingNumber, "上海议题科技有限公司", "人才公寓配租", "请房管办通报人才公寓房源", today.toString());
        browser.check("console-forums-agenda");
        assertThat(browser.errors()).as("the browser's console").isEmpty();
    }
}

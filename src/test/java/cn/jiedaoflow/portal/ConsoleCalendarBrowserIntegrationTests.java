package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The office calendar's years in the console as an administrator uses them in a real Chromium (docs/calendar.md):
 * the years with holiday data listed, a year's data typed as a person types it, every problem named before anything is
 * stored, then stored and read back as the calendar's API reads it. A year no test counts deadlines in (2099), so the
 * other tests' working days stay as they are.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleCalendarBrowserIntegrationTests {

    private static final int YEAR = 2099;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void startTheBrowser() {
        jdbc.update("delete from calendar_day where year_number = ?", YEAR);
        jdbc.update("delete from calendar_year where year_number = ?", YEAR);
        browser = Browser.open(port);
    }

    @AfterAll
    void stopTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAdministratorSeesEveryProblemOfAYearBeforeAnythingIsStoredAndThenStoresIt() {
        String administrator = TestPeople.staff(identity, "administrators");
        browser.forget();
        browser.open("/sign-in?next=/console/calendar");
        browser.type("#loginName", administrator);
        browser.type("#password", TestPeople.STAFF_PASSWORD);
        browser.find("#sign-in-submit").click();
        browser.waitForPath("/console/calendar");
        assertThat(browser.find("#years").getText()).contains("2025 年", "2026 年", "2026-02-17");
        browser.check("console-calendar");

        browser.open("/console/calendar/" + YEAR);
        assertThat(browser.find("h1").getText()).isEqualTo(YEAR + " 年节假日");
        browser.type("#springFestival", "2099-13-01");
        browser.type("#holidays", "2099-01-01\n2099-10-01~2099-10-07\n10/08/2099\n2098-12-31");
        // 2099-10-10 is a Saturday; 2099-10-12 a Monday and 2099-10-01 a Thursday, no make-up working days
        browser.type("#makeUpWorkdays", "2099-10-10, 2099-10-12, 2099-10-01");
        browser.find("#save").click();
        browser.waitFor(d -> !browser.all("#problems").isEmpty());
        assertThat(problems())
                .containsExactly(
                        "春节（农历正月初一）中的“2099-13-01”不是日期，请按 2027-10-01 的格式填写（连续几天写成" + " 2027-10-01~2027-10-07）。",
                        "法定节假日（含调休放假的周末）中的“10/08/2099”不是日期，请按 2027-10-01 的格式填写（连续几天写成" + " 2027-10-01~2027-10-07）。");
        assertThat(browser.find("#holidays").getAttribute("value")).contains("10/08/2099");
        assertThat(stored()).as("nothing stored").isZero();

        browser.type("#springFestival", "2099-01-21");
        browser.type("#holidays", "2099-01-01\n2099-10-01~2099-10-07\n2098-12-31");
        browser.find("#save").click();
        browser.waitFor(d -> !browser.all("#problems").isEmpty());
        assertThat(problems())
                .containsExactly(
                        "法定节假日（含调休放假的周末）中的 2098-12-31 不在该年内。",
                        "调休上班的周末中的 2099-10-12 不是周末：只有周六、周日才需要录入为调休上班日。",
                        "调休上班的周末中的 2099-10-01 不是周末：只有周六、周日才需要录入为调休上班日。",
                        "2099-10-01 既录入为法定节假日，又录入为调休上班日，请删去其中一处。");
        assertThat(stored()).as("nothing stored").isZero();
        browser.check("console-calendar-problems");

        browser.type("#holidays", "2099-01-01\n2099-10-01~2099-10-07");
        browser.type("#makeUpWorkdays", "2099-10-10");
        browser.type("#source", "测试：国务院办公厅关于 2099 年部分节假日安排的通知");
        browser.find("#save").click();
        browser.waitForPath("/console/calendar?saved=" + YEAR);
        assertThat(browser.find("#saved").getText()).isEqualTo("已保存 " + YEAR + " 年的节假日数据。");
        assertThat(browser.find("#years").getText()).contains(YEAR + " 年", "2099-01-21", administrator);
        assertThat(stored()).isEqualTo(9);
        assertThat(jdbc.queryForObject(
                        "select updated_by from calendar_year where year_number = ?", String.class, YEAR))
                .isEqualTo(administrator);

        // the year's page shows what is stored, one date per line
        browser.open("/console/calendar/" + YEAR);
        assertThat(browser.find("#holidays").getAttribute("value")).startsWith("2099-01-01\n2099-10-01\n2099-10-02");
        assertThat(browser.find("#makeUpWorkdays").getAttribute("value")).isEqualTo("2099-10-10");
        assertThat(browser.errors()).as("the browser's console").isEmpty();
    }

    private List<String> problems() {
        return browser.all("#problems li").stream().map(WebElement::getText).toList();
    }

    private int stored() {
        return jdbc.queryForObject("select count(*) from calendar_day where year_number = ?", Integer.class, YEAR);
    }
}

package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.catalog.HandlingMode;
import cn.jiedaoflow.catalog.MatterRequest;
import cn.jiedaoflow.catalog.ServiceCatalog;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The console's catalog as an administrator uses it in a real Chromium (docs/console.md): the matters by name with
 * their department, limit, handling mode and materials; a matter added and changed through the page is what the API
 * reads back and is audited under the administrator; bad input is named field by field in Chinese and stores nothing.
 * Only matters the test adds are changed: other tests apply for the seeded ones. Screenshots and axe-core.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleCatalogBrowserIntegrationTests {

    @Autowired
    IdentityService identity;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ServiceCatalog catalog;

    @LocalServerPort
    int port;

    private Browser browser;
    private String administrator;

    @BeforeAll
    void startTheBrowser() {
        browser = Browser.open(port);
        administrator = TestPeople.staff(identity, "administrators");
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
    void anAdministratorSeesTheMattersByNameAddsOneAndChangesItsLimitAndAMaterial() {
        browser.open("/sign-in?next=/console/catalog");
        signIn();
        browser.waitForPath("/console/catalog");
        assertThat(browser.find("#matters tr[data-matter='elderly-comprehensive-allowance']")
                        .getText())
                .contains("老年综合津贴", "民政", "个工作日", "项");
        WebElement member = browser.find("#matters tr[data-matter='birth-medical-certificate']");
        assertThat(member.getText()).contains("组成事项", "出生医学证明", "卫健");
        assertThat(member.getAttribute("class")).contains("member");
        assertThat(browser.find("#matters").getText())
                .as("names, never codes")
                .doesNotContain("civil-affairs", "health-office", "ONLINE_ONLY", "ONE_VISIT", "elderly-comprehensive");
        browser.check("console-catalog");

        String code = "it-catalog-" + UUID.randomUUID().toString().substring(0, 8);
        browser.find("#new-matter").click();
        browser.waitForPath("/console/catalog/new");
        browser.type("#code", code);
        browser.type("#nameZh", "助餐补贴");
        browser.type("#nameEn", "Meal subsidy");
        new Select(browser.find("#responsibleGroup")).selectByVisibleText("民政");
        assertThat(new Select(browser.find("#responsibleGroup")).getOptions())
                .extracting(WebElement::getText)
                .doesNotContain("civil-affairs");
        browser.type("#limitWorkingDays", "7");
        new Select(browser.find("#handlingMode")).selectByVisibleText("最多跑一次");
        new Select(browser.find("#formKey")).selectByValue("one-stop-elderly-comprehensive-allowance");
        browser.type("#material-0-code", "id-card");
        browser.type("#material-0-nameZh", "身份证");
        browser.type("#material-0-nameEn", "ID card");
        browser.check("console-catalog-new");
        browser.find("#save").click();
        browser.waitForShown("done");
        assertThat(browser.path()).isEqualTo("/console/catalog");
        assertThat(browser.find("#done").getText()).isEqualTo("已新增事项“助餐补贴”。");
        assertThat(browser.find("#matters tr[data-matter='" + code + "']").getText())
                .contains("助餐补贴", "民政", "7 个工作日", "最多跑一次", "1 项");
        Map<?, ?> created = matter(code);
        assertThat(created.get("responsibleGroup")).isEqualTo("civil-affairs");
        assertThat(created.get("handlingMode")).isEqualTo("ONE_VISIT");

        browser.find("#matters tr[data-matter='" + code + "'] a").click();
        browser.waitForPath("/console/catalog/matters/" + code);
        assertThat(browser.find("#limitWorkingDays").getAttribute("value")).isEqualTo("7");
        assertThat(new Select(browser.find("#responsibleGroup"))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("民政");
        browser.type("#limitWorkingDays", "12");
        browser.type("#material-0-nameZh", "居民身份证");
        browser.type("#material-1-code", "household-register");
        browser.type("#material-1-nameZh", "户口簿");
        browser.type("#material-1-nameEn", "Household register");
        browser.check("console-catalog-matter");
        browser.find("#save").click();
        browser.waitForShown("done");
        assertThat(browser.find("#done").getText()).isEqualTo("已保存事项“助餐补贴”。");

        Map<?, ?> changed = matter(code);
        assertThat(changed.get("limitWorkingDays")).isEqualTo(12);
        assertThat((List<?>) changed.get("materials"))
                .extracting(m -> (Object) ((Map<?, ?>) m).get("nameZh"))
                .containsExactly("居民身份证", "户口簿");
        assertThat(jdbc.queryForList(
                        "select action from audit_event where actor = ? and subject = ? order by id",
                        String.class,
                        administrator,
                        "matter:" + code))
                .containsExactly("CATALOG_MATTER_CREATED", "CATALOG_MATTER_CHANGED");
    }

    @Test
    void badInputIsNamedFieldByFieldInChineseAndStoresNothing() {
        String code = "it-catalog-" + UUID.randomUUID().toString().substring(0, 8);
        catalog.save(
                code,
                new MatterRequest(
                        "待改事项",
                        "Matter to change",
                        "civil-affairs",
                        5,
                        HandlingMode.ONLINE_ONLY,
                        "one-stop-elderly-comprehensive-allowance",
                        null,
                        List.of(new MatterRequest.Material("id-card", "身份证", "ID card"))),
                administrator);
        browser.open("/sign-in?next=/console/catalog/matters/" + code);
        signIn();
        browser.waitForPath("/console/catalog/matters/" + code);

        browser.type("#limitWorkingDays", "0");
        browser.find("#material-0-nameEn").clear();
        browser.type("#material-1-code", "x-ray");
        browser.script("var o = document.createElement('option'); o.value = 'no-such-form'; o.text = 'no-such-form';"
                + " var s = document.getElementById('formKey'); s.add(o); s.value = 'no-such-form';");
        browser.find("#save").click();
        browser.waitForShown("problem");
        assertThat(browser.all("#field-errors li"))
                .extracting(WebElement::getText)
                .containsExactlyInAnyOrder(
                        "办理时限（工作日）：请填写 1 到 60 的整数。",
                        "申请表：没有这张申请表，请从列表中选择。",
                        "第 1 项材料的英文名称：此项必填。",
                        "第 2 项材料的中文名称：此项必填。",
                        "第 2 项材料的英文名称：此项必填。");
        assertThat(browser.find("#limitWorkingDays").getAttribute("value"))
                .as("what was typed")
                .isEqualTo("0");
        assertThat(browser.find("#material-1-code").getAttribute("value")).isEqualTo("x-ray");
        browser.check("console-catalog-refused");

        for (String limit : List.of("-3", "abc")) {
            browser.type("#limitWorkingDays", limit);
            browser.find("#material-1-code").clear();
            browser.type("#material-0-nameEn", "ID card");
            new Select(browser.find("#formKey")).selectByValue("one-stop-elderly-comprehensive-allowance");
            browser.script("document.body.dataset.sent = 'yes';");
            browser.find("#save").click();
            browser.waitFor(d -> Boolean.TRUE.equals(browser.script(
                    "return document.readyState === 'complete'" + " && document.body.dataset.sent === undefined")));
            assertThat(browser.find("#limitWorkingDays").getAttribute("value")).isEqualTo(limit);
            assertThat(browser.find("#field-errors").getText()).isEqualTo("办理时限（工作日）：请填写 1 到 60 的整数。");
        }

        Map<?, ?> unchanged = matter(code);
        assertThat(unchanged.get("limitWorkingDays")).isEqualTo(5);
        assertThat(unchanged.get("formKey")).isEqualTo("one-stop-elderly-comprehensive-allowance");
        assertThat((List<?>) unchanged.get("materials")).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where subject = ? and action = 'CATALOG_MATTER_CHANGED'",
                        Integer.class,
                        "matter:" + code))
                .isZero();

        browser.open("/console/catalog/new");
        browser.type("#code", "Bad Code");
        browser.find("#save").click();
        browser.waitForShown("problem");
        assertThat(browser.find("#problem-sentence").getText()).startsWith("事项代码“Bad Code”无效");
        browser.type("#code", code);
        browser.find("#save").click();
        browser.waitForText("#problem-sentence", "已被使用");
        assertThat(matter(code).get("nameZh"))
                .as("an existing matter is not overwritten")
                .isEqualTo("待改事项");
    }

    private Map<?, ?> matter(String code) {
        return rest.getForObject("/api/catalog/" + code, Map.class);
    }

    private void signIn() {
        browser.type("#loginName", administrator);
        browser.type("#password", TestPeople.STAFF_PASSWORD);
        browser.find("#sign-in-submit").click();
        browser.waitFor(d -> !browser.path().startsWith("/sign-in"));
        browser.waitFor(d -> "complete".equals(browser.script("return document.readyState")));
    }
}

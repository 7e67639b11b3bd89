package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.accounts.TestSignUps;
import cn.jiedaoflow.people.Accounts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The form viewer on a phone (issue 14, items 3 and 7), in a real Chromium on the apply page of 出生一件事 (a select,
 * a radio): form-js's own texts in the page's language, Chinese and English (the select's "Select", the search's
 * "Search" and "No results", the "Field is required." shown when a required field is left), and choices a finger of
 * 60 can hit at 360 px (44 px and more, text of 16 px and more). Screenshots, axe-core, no console error.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalFormViewerBrowserIntegrationTests {

    private static final String APPLY = "/services/birth/apply";

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

    @ParameterizedTest
    @CsvSource({
        "zh, 请选择, 输入文字查找, 没有符合的选项, 此项必填。, 一, 十二月",
        "en, Choose, Type to search, No matching option, Required., Mon, December"
    })
    void theViewerSpeaksThePagesLanguage(
            String lang,
            String select,
            String search,
            String noResults,
            String required,
            String firstWeekday,
            String lastMonth) {
        signInAndOpenTheApplyPage(lang);

        // the date picker's calendar (drawn with the field, shown when opened): day and month names, Monday first
        browser.waitFor(
                d -> !browser.all(".flatpickr-calendar .flatpickr-weekday").isEmpty());
        assertThat(browser.script("return Array.prototype.map.call("
                        + "document.querySelectorAll('.flatpickr-calendar .flatpickr-weekday'),"
                        + " function (day) { return day.textContent.trim(); }).join(' ')"))
                .asString()
                .startsWith(firstWeekday);
        assertThat(browser.script("return Array.prototype.map.call("
                        + "document.querySelectorAll('.flatpickr-calendar .flatpickr-monthDropdown-month'),"
                        + " function (month) { return month.textContent.trim(); }).join(' ')"))
                .asString()
                .endsWith(lastMonth);

        assertThat(browser.find("[id$='-Field_GuardianRelation-display']").getText())
                .as("the select, nothing chosen")
                .isEqualTo(select);

        // a required field left empty: form-js's own check, shown when the field loses the focus
        browser.find("[id$='-Field_ChildName']").click();
        browser.find("#form-heading").click();
        browser.waitFor(
                d -> !browser.all("[id$='-Field_ChildName-error-message']").isEmpty());
        assertThat(browser.find("[id$='-Field_ChildName-error-message']").getText())
                .isEqualTo(required);

        // no form has a searchable select yet: one is drawn beside the form, with the page's texts and modules
        browser.script("var source = document.getElementById('form-viewer');"
                + " var probe = document.createElement('div'); probe.id = 'viewer-probe';"
                + " Array.prototype.forEach.call(source.attributes, function (a) {"
                + "   if (a.name.indexOf('data-msg-') === 0) { probe.setAttribute(a.name, a.value); } });"
                + " source.parentNode.appendChild(probe);"
                + " new FormViewer.Form({ container: probe, debounce: false,"
                + "   additionalModules: PortalFormViewer.modules }).importSchema({ type: 'default', components: ["
                + "   { type: 'select', key: 'pick', id: 'Field_Pick', label: 'Pick', searchable: true,"
                + "     values: [{ label: 'A', value: 'A' }] }] });");
        browser.waitFor(
                d -> !browser.all("#viewer-probe input[id$='-Field_Pick']").isEmpty());
        assertThat(browser.find("#viewer-probe input[id$='-Field_Pick']").getAttribute("placeholder"))
                .isEqualTo(search);
        browser.find("#viewer-probe input[id$='-Field_Pick']").sendKeys("zzz");
        browser.waitFor(
                d -> !browser.all("#viewer-probe .fjs-dropdownlist-empty").isEmpty());
        assertThat(browser.find("#viewer-probe .fjs-dropdownlist-empty").getText())
                .isEqualTo(noResults);
        browser.script("var probe = document.getElementById('viewer-probe'); probe.parentNode.removeChild(probe);");

        browser.check("form-viewer-" + lang);
        assertThat(browser.errors()).as("the browser's console").isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"zh", "en"})
    void atPhoneWidthEveryChoiceIsABigEnoughTarget(String lang) {
        signInAndOpenTheApplyPage(lang);
        browser.driver().manage().window().setSize(new Dimension(Browser.PHONE, 900));

        List<Map<String, Object>> radios = boxes("label[for$='-Field_ChildSex-0'], label[for$='-Field_ChildSex-1']");
        assertThat(radios).hasSize(2);
        for (Map<String, Object> radio : radios) {
            assertThat(number(radio, "height")).as("a radio's label: height").isGreaterThanOrEqualTo(44);
            assertThat(number(radio, "width")).as("a radio's label: width").isGreaterThanOrEqualTo(44);
            assertThat(number(radio, "fontSize")).as("a radio's label: text").isGreaterThanOrEqualTo(16);
        }
        assertThat(number(radios.get(1), "top"))
                .as("the second radio below the first, not on it")
                .isGreaterThanOrEqualTo(number(radios.get(0), "bottom"));

        browser.find("[id$='-Field_ChildSex-1']").click();
        assertThat(browser.find("[id$='-Field_ChildSex-1']").isSelected()).isTrue();

        browser.find("[id$='-Field_GuardianRelation-display']").click();
        browser.waitFor(d -> !browser.all(".fjs-dropdownlist-item").isEmpty());
        List<Map<String, Object>> items = boxes(".fjs-dropdownlist-item");
        assertThat(items).hasSize(3);
        for (Map<String, Object> item : items) {
            assertThat(number(item, "height"))
                    .as("a choice of the select: height")
                    .isGreaterThanOrEqualTo(44);
            assertThat(number(item, "fontSize"))
                    .as("a choice of the select: text")
                    .isGreaterThanOrEqualTo(16);
        }
        assertThat(browser.script("var list = document.querySelector('.fjs-dropdownlist');"
                        + " return list.scrollHeight <= list.clientHeight;"))
                .as("every choice seen without scrolling inside the list")
                .isEqualTo(true);
        Map<String, Object> field = boxes("[id$='-Field_ChildName']").get(0);
        assertThat(number(field, "height")).as("a text field: height").isGreaterThanOrEqualTo(44);
        assertThat(number(field, "fontSize")).as("a text field: text").isGreaterThanOrEqualTo(16);
        browser.find(".fjs-dropdownlist-item").click();
        assertThat(browser.find("[id$='-Field_GuardianRelation-display']").getText())
                .isNotBlank();

        browser.check("form-viewer-choices-" + lang);
    }

    private void signInAndOpenTheApplyPage(String lang) {
        String mobile = TestSignUps.mobile(jdbc);
        accounts.createResident(mobile, "表单居民", TestIdNumbers.unique(), TestPeople.RESIDENT_PASSWORD);
        browser.open("/sign-in?lang=" + lang + "&next=" + APPLY);
        browser.type("#loginName", mobile);
        browser.type("#password", TestPeople.RESIDENT_PASSWORD);
        browser.find("#sign-in-submit").click();
        browser.waitForPath(APPLY);
        browser.waitFor(
                d -> !browser.all("[id$='-Field_GuardianRelation-display']").isEmpty());
        assertThat(browser.find("html").getAttribute("lang")).startsWith(lang);
    }

    /** Each matching element's box and text size, in CSS pixels. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> boxes(String css) {
        return (List<Map<String, Object>>) browser.script(
                "return Array.prototype.map.call(document.querySelectorAll(arguments[0]), function (e) {"
                        + " var r = e.getBoundingClientRect();"
                        + " return { width: r.width, height: r.height, top: r.top, bottom: r.bottom,"
                        + " fontSize: parseFloat(getComputedStyle(e).fontSize) }; });",
                css);
    }

    private static double number(Map<String, Object> box, String name) {
        return ((Number) box.get(name)).doubleValue();
    }
}

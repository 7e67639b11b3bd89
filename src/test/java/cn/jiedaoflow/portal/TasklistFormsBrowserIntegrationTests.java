package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.engine.EngineRefusal;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Tasklist form with a date, as staff type it, in a real Chromium whose browser says zh-CN and then en-US (the
 * language form-js takes its date format from): 2026-12-17 typed is stored as 2026-12-17; 17/12/2026 and 2026-13-45
 * are refused under the field in Chinese and the task is not completed; the date picker names months and days in
 * Chinese; form-js's required-field message is Chinese; a task listener's refusal is one sentence in the browser's
 * language (Chinese for zh-CN), without the engine's code. Screenshots under target/screenshots.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistFormsBrowserIntegrationTests {

    private static final String KEY = "it-staff-dates";
    private static final String TASKLIST = "/camunda/app/tasklist/default/";
    private static final String DATE = "input[id$='-Field_MeetingDate-date']";
    private static final String REASON = "input[id$='-Field_Reason']";
    private static final String COMPLETE = ".form-actions [ng-click='complete()']";
    /** What the page holds of the form, told when the form is not ready. */
    private static final String FORM_STATE = "var f = document.querySelector('.fjs-container');"
            + " var i = document.querySelector('.fjs-datepicker input');"
            + " return JSON.stringify({url: location.href, flatpickr: typeof window.flatpickr,"
            + " installed: !!(window.flatpickr && window.flatpickr.jiedaoInstalled),"
            + " picker: !!(i && i._flatpickr), marked: i ? i.dataset.jiedaoDate : null,"
            + " form: f ? f.outerHTML.slice(0, 1500) : document.body.innerText.slice(0, 800)});";

    private static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://jiedaoflow.cn/test">
              <bpmn:process id="it-staff-dates" isExecutable="true" camunda:historyTimeToLive="P1D">
                <bpmn:startEvent id="Start" />
                <bpmn:sequenceFlow id="ToMeet" sourceRef="Start" targetRef="Meet" />
                <bpmn:userTask id="Meet" name="登记会议" camunda:assignee="it-admin"
                    camunda:formRef="it-staff-dates" camunda:formRefBinding="deployment">
                  <bpmn:extensionElements>
                    <camunda:taskListener event="complete"
                        class="cn.jiedaoflow.portal.TasklistFormsBrowserIntegrationTests$RefusesWeakReasons" />
                  </bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:sequenceFlow id="ToEnd" sourceRef="Meet" targetRef="End" />
                <bpmn:endEvent id="End" />
              </bpmn:process>
            </bpmn:definitions>
            """;

    private static final String FORM = """
            {
              "components": [
                {"type": "datetime", "id": "Field_MeetingDate", "key": "meetingDate", "subtype": "date",
                 "dateLabel": "会议日期", "validate": {"required": true}},
                {"type": "textfield", "id": "Field_Reason", "key": "reason", "label": "理由",
                 "validate": {"required": true}}
              ],
              "type": "default",
              "id": "it-staff-dates",
              "executionPlatform": "Camunda Platform",
              "executionPlatformVersion": "7.24.0",
              "schemaVersion": 16
            }
            """;

    /** Refuses the reason 不成立, as the procedures' listeners refuse a form. */
    public static class RefusesWeakReasons implements TaskListener {
        @Override
        public void notify(DelegateTask task) {
            if ("不成立".equals(task.getVariable("reason"))) {
                throw EngineRefusal.of("理由不成立，请重新填写", "the reason does not hold, write it again");
            }
        }
    }

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @LocalServerPort
    int port;

    private Browser browser;
    private Deployment deployment;

    @BeforeAll
    void deployAndStartTheBrowser() {
        deployment = repository
                .createDeployment()
                .name(KEY)
                .addString(KEY + ".bpmn", MODEL)
                .addString(KEY + ".form", FORM)
                .deploy();
        browser = Browser.open(port);
    }

    @AfterAll
    void stopTheBrowserAndUndeploy() {
        if (browser != null) {
            browser.close();
        }
        repository.deleteDeployment(deployment.getId(), true);
    }

    @AfterEach
    void forget() {
        browser.forget();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en-US"})
    void aDateIsTypedAndShownTheChineseWayAndAnUnreadableOneIsRefusedNeverGuessed(String locale) {
        speak(locale);
        String instance = runtime.startProcessInstanceByKey(KEY).getId();
        String task = tasks.createTaskQuery()
                .processInstanceId(instance)
                .singleResult()
                .getId();
        openInTasklist(task);
        String name = "tasklist-form-" + locale;

        assertThat(browser.find(DATE).getAttribute("placeholder")).isEqualTo("例：2026-12-17");
        browser.find(COMPLETE).click();
        browser.waitForText(".fjs-container", "此项必填。");
        assertThat(browser.find(".fjs-container").getText()).doesNotContain("Field is required");
        browser.screenshot(name + "-required");

        browser.find(DATE).click();
        browser.waitFor(d -> Boolean.TRUE.equals(browser.script("var c = document.querySelector('.flatpickr-calendar');"
                + " return c !== null && c.classList.contains('open');")));
        String calendar = String.valueOf(
                browser.script("var c = document.querySelector('.flatpickr-calendar'); return c.textContent + ' '"
                        + " + Array.prototype.map.call(c.querySelectorAll('option'), function (o) {"
                        + " return o.textContent; }).join(',');"));
        assertThat(calendar).contains("十二月", "一月", "日", "一", "六").doesNotContain("December", "January", "Sun", "Mon");
        assertThat(browser.script("return document.querySelector('.flatpickr-weekday').textContent.trim()"))
                .as("the week starts on Monday")
                .isEqualTo("一");
        browser.screenshot(name + "-calendar");

        for (String unreadable : new String[] {"17/12/2026", "2026-13-45"}) {
            typeDate(unreadable);
            browser.waitForText(".jiedao-date-error", "无法识别日期“" + unreadable + "”");
            assertThat(browser.find(DATE).getAttribute("value"))
                    .as("what was typed stays, not a guess")
                    .isEqualTo(unreadable);
            browser.type(REASON, "成立");
            browser.find(COMPLETE).click();
            browser.waitFor(d -> browser.find(REASON).isDisplayed());
            assertThat(tasks.createTaskQuery().taskId(task).count())
                    .as("%s: not completed", unreadable)
                    .isOne();
        }
        browser.screenshot(name + "-unreadable");

        typeDate("2026-12-17");
        browser.waitFor(d -> browser.all(".jiedao-date-error").isEmpty());
        assertThat(browser.find(DATE).getAttribute("value")).isEqualTo("2026-12-17");
        // a good date typed over wrongly: form-js still holds 2026-12-17 and offers 完成, which does nothing
        browser.type(REASON, "成立");
        typeDate("17/12/2026");
        browser.waitForText(".jiedao-date-error", "无法识别日期“17/12/2026”");
        assertThat(browser.find(COMPLETE).isEnabled()).isTrue();
        browser.find(COMPLETE).click();
        browser.waitFor(d -> Boolean.TRUE.equals(
                browser.script("return document.activeElement === document.querySelector(arguments[0]);", DATE)));
        assertThat(tasks.createTaskQuery().taskId(task).count())
                .as("a refused date over a good one: not completed")
                .isOne();
        typeDate("2026-12-17");
        browser.waitFor(d -> browser.all(".jiedao-date-error").isEmpty());
        browser.type(REASON, "不成立");
        browser.find(COMPLETE).click();
        String refusal = "en-US".equals(locale) ? "the reason does not hold, write it again" : "理由不成立，请重新填写";
        browser.waitForText("body", refusal);
        assertThat(browser.find("body").getText())
                .doesNotContain("ENGINE-", "TaskListener", "理由不成立，请重新填写 /", "/ the reason");
        assertThat(tasks.createTaskQuery().taskId(task).count()).isOne();
        browser.screenshot(name + "-refused");

        browser.type(REASON, "成立");
        browser.find(COMPLETE).click();
        browser.waitFor(d -> tasks.createTaskQuery().taskId(task).count() == 0);
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(instance)
                        .variableName("meetingDate")
                        .singleResult()
                        .getValue())
                .isEqualTo("2026-12-17");
    }

    /** The browser's languages as the webapps and form-js read them (headless Chromium ignores --lang for this). */
    private void speak(String locale) {
        browser.open("/");
        String userAgent = String.valueOf(browser.script("return navigator.userAgent"));
        String languages = locale + "," + locale.substring(0, 2);
        browser.driver()
                .executeCdpCommand(
                        "Network.setUserAgentOverride", Map.of("userAgent", userAgent, "acceptLanguage", languages));
        browser.driver().executeCdpCommand("Emulation.setLocaleOverride", Map.of());
        browser.driver().executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", locale));
        browser.open("/");
        assertThat(browser.script("return navigator.languages[0]")).isEqualTo(locale);
        assertThat(browser.script("return new Intl.DateTimeFormat().resolvedOptions().locale"))
                .isEqualTo(locale);
    }

    private void openInTasklist(String task) {
        browser.open(TASKLIST);
        browser.waitFor(d ->
                !d.findElements(By.cssSelector("input[ng-model='username']")).isEmpty());
        browser.type("input[ng-model='username']", TestPeople.ADMIN);
        browser.type("input[ng-model='password']", TestPeople.ADMIN_PASSWORD);
        browser.find("form button[type='submit']").click();
        browser.waitFor(d ->
                d.findElements(By.cssSelector("input[ng-model='username']")).isEmpty());
        browser.open(TASKLIST + "#/?task=" + task);
        try {
            browser.waitFor(d -> !d.findElements(By.cssSelector(DATE + "[data-jiedao-date='ready']"))
                    .isEmpty());
        } catch (TimeoutException e) {
            browser.screenshot("tasklist-form-not-ready");
            throw new AssertionError(
                    "the form's date field is not ready: "
                            + browser.script(FORM_STATE)
                            + " console: " + browser.errors(),
                    e);
        }
    }

    /** Types into the date field as a person does, then leaves it (flatpickr reads the text when it is left). */
    private void typeDate(String text) {
        WebElement field = browser.find(DATE);
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        field.sendKeys(text);
        // the open calendar covers the next field: leave by the keyboard
        field.sendKeys(Keys.TAB);
        browser.waitFor(d -> Boolean.TRUE.equals(browser.script(
                "var c = document.querySelector('.flatpickr-calendar'); return !c.classList.contains('open');")));
    }
}

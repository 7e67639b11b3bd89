package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.accounts.TestSignUps;
import cn.jiedaoflow.cases.MyCases;
import cn.jiedaoflow.labordispute.LaborDisputeMyApplications;
import cn.jiedaoflow.notification.Notifications;
import cn.jiedaoflow.onestop.OneStopMyApplications;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import cn.jiedaoflow.people.Caller;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The portal in a real browser (issue "The resident portal", item 8): Debian's Chromium, headless, through Selenium.
 * A resident signs up with the code the SMS outbox kept, signs in, reads the inbox, marks a notice read, switches to
 * English and signs out; another reads their cases and one case's timeline; five wrong passwords show the lock with
 * its end, and the reset page unlocks it. Every page is photographed at 360 px and 1280 px
 * ({@code target/screenshots/}) and checked with axe-core 4.14.1: no serious or critical violation, nothing wider than
 * a phone, no error in the console (a script the CSP refused would be one).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBrowserIntegrationTests {

    /** 2026-12-17 16:45 in Shanghai: a lock of 15 minutes ends at 17:00. */
    static final Instant LOCK_START =
            OffsetDateTime.parse("2026-12-17T16:45:00+08:00").toInstant();

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    TaskService tasks;

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

    @AfterEach
    void restartTheClock() {
        ClockUtil.reset();
    }

    @Test
    void everyPublicPageWorksOnAPhoneAndADesk() {
        browser.open("/");
        assertThat(browser.find("h1").getText()).isEqualTo("居民服务平台");
        browser.check("home");
        browser.open("/sign-in");
        browser.check("sign-in");
        browser.open("/sign-up");
        browser.check("sign-up");
        browser.open("/sign-up/enterprise");
        browser.check("sign-up-enterprise");
        browser.open("/password-reset");
        browser.check("password-reset");
        browser.open("/?lang=en");
        assertThat(browser.find("h1").getText()).isEqualTo("Resident services");
        browser.check("home-en");
    }

    @Test
    void aResidentSignsUpReadsTheInboxMarksANoticeReadSwitchesToEnglishAndSignsOut() {
        String mobile = TestSignUps.mobile(jdbc);

        // sign up: the code comes by SMS, kept by the outbox gateway of the demo and the tests
        browser.open("/");
        browser.find("a[href='/sign-up']").click();
        browser.waitForPath("/sign-up");
        browser.type("#name", "浏览器居民");
        browser.type("#idNumber", TestIdNumbers.unique());
        browser.type("#mobile", mobile);
        browser.find("#send-code").click();
        browser.waitForText("#code-status", "验证码已发送");
        assertThat(browser.find("#send-code").isEnabled())
                .as("the next code waits 60 s")
                .isFalse();
        browser.type("#code", TestSignUps.lastCode(jdbc, mobile));
        browser.type("#password", "Browser-pass-1");
        browser.check("sign-up-filled");
        browser.find("#sign-up-submit").click();
        browser.waitForPath("/sign-in");
        assertThat(browser.find(".notice").getText()).contains("注册成功");
        long accountId = accountRepository.findByLoginName(mobile).orElseThrow().getId();

        // two notices wait in the inbox
        notifications.send(
                new Notifications.Recipient(mobile, accountId),
                "OS-20261217-BRWSR2",
                "申请已受理",
                "您的最低生活保障申请已受理，办件编号 OS-20261217-BRWSR2。");
        notifications.send(new Notifications.Recipient(mobile, accountId), null, "欢迎使用", "欢迎使用居民服务平台。");

        // sign in: the login name is filled in from the sign-up
        assertThat(browser.find("#loginName").getAttribute("value")).isEqualTo(mobile);
        browser.type("#password", "Browser-pass-1");
        browser.find("#sign-in-submit").click();
        browser.waitForPath("/inbox");
        assertThat(browser.all(".notice-item.unread")).hasSize(2);
        assertThat(browser.find("#unread-count").getText()).isEqualTo("（2 条未读）");
        assertThat(browser.find(".case-link").getAttribute("href")).endsWith("/my/cases/OS-20261217-BRWSR2");
        browser.check("inbox");

        // mark the newest read: the page and the header's count follow
        browser.find(".mark-read").click();
        browser.waitForText("#unread-count", "（1 条未读）");
        assertThat(browser.all(".notice-item.read")).hasSize(1);
        assertThat(browser.find("#inbox-summary").getText()).isEqualTo("共 2 条消息，未读 1 条。");
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where recipient_account_id = ? and read_at is not null",
                        Long.class,
                        accountId))
                .isEqualTo(1);

        // English, kept as the resident goes on
        browser.find("#lang-en").click();
        browser.waitFor(d -> "en".equals(browser.script("return document.documentElement.lang")));
        assertThat(browser.find("h1").getText()).isEqualTo("My messages");
        assertThat(browser.find("#unread-count").getText()).isEqualTo("(1 unread)");
        browser.check("inbox-en");
        browser.open("/");
        assertThat(browser.find("h1").getText()).isEqualTo("Resident services");

        // sign out: the session is over
        browser.find("#sign-out").click();
        browser.waitForPath("/?signedOut");
        assertThat(browser.find(".notice").getText()).isEqualTo("You have signed out.");
        assertThat(jdbc.queryForObject("select count(*) from app_session where principal_name = ?", Long.class, mobile))
                .isZero();
        browser.open("/inbox");
        assertThat(browser.path()).isEqualTo("/sign-in?next=/inbox");
    }

    @Test
    void aResidentReadsTheirCasesAndTheTimelineOfOne() {
        String mobile = TestSignUps.mobile(jdbc);
        accounts.createResident(mobile, "办件居民", TestIdNumbers.unique(), TestPeople.RESIDENT_PASSWORD);
        long accountId = accountRepository.findByLoginName(mobile).orElseThrow().getId();
        Caller resident = new Caller(Caller.Kind.RESIDENT, mobile, accountId, "办件居民", Set.of());
        new OneStopMyApplications(context).apply(resident, 1);
        new LaborDisputeMyApplications(context).apply(resident, 1);
        String mediation = context.getBean(MyCases.class).of(resident, Locale.CHINESE).stream()
                .map(MyCases.CaseLine::trackingNumber)
                .filter(number -> number.startsWith("LD-"))
                .findFirst()
                .orElseThrow();
        Task acceptance = tasks.createTaskQuery()
                .processInstanceBusinessKey(mediation)
                .taskDefinitionKey("Task_DecideAcceptance")
                .singleResult();
        tasks.complete(acceptance.getId(), Map.of("accepted", true));

        browser.open("/sign-in");
        browser.type("#loginName", mobile);
        browser.type("#password", TestPeople.RESIDENT_PASSWORD);
        browser.find("#sign-in-submit").click();
        browser.waitForPath("/inbox");
        browser.find("#nav-my-cases").click();
        browser.waitForPath("/my/cases");
        assertThat(browser.all(".case-item")).hasSize(2);
        assertThat(browser.find(".case-title").getText()).isEqualTo("劳动争议调解");
        browser.check("my-cases");

        browser.find(".case-title a").click();
        browser.waitForPath("/my/cases/" + mediation);
        assertThat(browser.find("#case-status").getText()).isEqualTo("已受理，调解中");
        assertThat(browser.find(".timeline .step-name").getText()).isEqualTo("受理决定");
        assertThat(browser.find(".timeline .office").getText()).isEqualTo("调解委员会");
        browser.check("my-case");
        browser.open(browser.path() + "?lang=en");
        assertThat(browser.find("h1").getText()).isEqualTo("Labour dispute mediation");
        browser.check("my-case-en");
    }

    @Test
    void fiveWrongPasswordsShowTheLockWithItsEndAndTheResetPageUnlocksIt() {
        String mobile = TestSignUps.mobile(jdbc);
        accounts.createResident(mobile, "锁定居民", TestIdNumbers.unique(), TestPeople.RESIDENT_PASSWORD);
        ClockUtil.setCurrentTime(Date.from(LOCK_START));

        browser.open("/sign-in");
        for (int i = 1; i <= 5; i++) {
            browser.type("#loginName", mobile);
            browser.type("#password", "Wrong-password-" + i);
            WebElement form = browser.find("#sign-in-form");
            browser.find("#sign-in-submit").click();
            browser.waitFor(ExpectedConditions.stalenessOf(form));
            browser.waitFor(d -> !browser.all("#sign-in-refused").isEmpty());
        }

        assertThat(browser.find("#sign-in-refused").getText()).contains("锁定至 2026-12-17 17:00（北京时间）");
        assertThat(browser.find("#locked-until").getText()).isEqualTo("2026-12-17 17:00");
        assertThat(browser.find("#loginName").getAttribute("value")).isEqualTo(mobile);
        browser.check("sign-in-locked");

        // the way out: a new password with a code to the same number
        browser.find("#unlock").click();
        browser.waitForPath("/password-reset");
        assertThat(browser.find("#loginName").getAttribute("value")).isEqualTo(mobile);
        browser.find("#send-code").click();
        browser.waitForText("#code-status", "验证码已发送");
        assertThat(browser.find("#codeMobile").getAttribute("value")).isEqualTo(mobile);
        browser.type("#code", TestSignUps.lastCode(jdbc, mobile));
        browser.type("#password", "Unlocked-pass-3");
        browser.check("password-reset-filled");
        browser.find("#reset-submit").click();
        browser.waitForPath("/sign-in");
        assertThat(browser.find(".notice").getText()).contains("账号已解锁");

        browser.type("#password", "Unlocked-pass-3");
        browser.find("#sign-in-submit").click();
        browser.waitForPath("/inbox");
        assertThat(browser.find("#notices").getText()).contains("密码");
    }

    @Test
    void aWrongCodeIsShownBesideItsField() {
        String mobile = TestSignUps.mobile(jdbc);
        browser.open("/sign-up");
        browser.type("#name", "填错居民");
        browser.type("#idNumber", "310105199001011234");
        browser.type("#mobile", mobile);
        browser.type("#code", "12");
        browser.type("#password", "short");
        browser.find("#sign-up-submit").click();

        browser.waitFor(d -> browser.find("#form-alert").isDisplayed());
        assertThat(browser.find("#idNumber").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#idNumber-error").getText()).isNotBlank();
        assertThat(browser.find("#password").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#code").getAttribute("aria-invalid")).isEqualTo("true");
        browser.check("sign-up-refused");
    }
}

package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.accounts.TestSignUps;
import cn.jiedaoflow.people.Accounts;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sign-in lock on the portal's page (issue "The resident portal", item 1): the fifth wrong password shows the
 * lock with its end in the office's time, to the minute, and the way out — a new password with a text-message code,
 * which ends the lock. The engine's clock is moved, never slept on.
 */
@IntegrationTest
class PortalSignInLockIntegrationTests {

    static final String WRONG = "Wr0ng-guess-at-the-portal";
    /** 2026-12-17 16:45 in Shanghai: a lock of 15 minutes ends at 17:00. */
    static final Instant START =
            OffsetDateTime.parse("2026-12-17T16:45:00+08:00").toInstant();

    @Autowired
    Accounts accounts;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void stopTheClock() {
        ClockUtil.setCurrentTime(Date.from(START));
    }

    @AfterEach
    void restartTheClock() {
        ClockUtil.reset();
    }

    @Test
    void theFifthWrongPasswordShowsTheLockWithItsEndAndTheWayToUnlock() {
        String mobile = resident();
        PortalClient browser = new PortalClient(port);
        for (int i = 1; i <= 4; i++) {
            HttpResponse<String> refused = browser.signIn(mobile, WRONG);
            assertThat(refused.statusCode()).as("failure %d", i).isEqualTo(401);
            assertThat(refused.body()).doesNotContain("locked-until");
        }

        HttpResponse<String> fifth = browser.signIn(mobile, WRONG);

        assertThat(fifth.statusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS.value());
        assertThat(fifth.headers().firstValue("Retry-After")).hasValue("900");
        assertThat(fifth.body())
                .contains(
                        "锁定至 2026-12-17 17:00（北京时间）",
                        "<time id=\"locked-until\" datetime=\"2026-12-17T17:00+08:00\">2026-12-17 17:00</time>",
                        "id=\"unlock\" href=\"/password-reset\"");
        HttpResponse<String> rightPassword = browser.signIn(mobile, TestPeople.RESIDENT_PASSWORD);
        assertThat(rightPassword.statusCode())
                .as("locked: not even the right password opens it")
                .isEqualTo(429);
    }

    @Test
    void theLockIsShownInEnglishToo() {
        String mobile = resident();
        PortalClient browser = new PortalClient(port);
        browser.page("/sign-in?lang=en");
        HttpResponse<String> fifth = null;
        for (int i = 1; i <= 5; i++) {
            fifth = browser.signIn(mobile, WRONG);
        }

        assertThat(fifth.statusCode()).isEqualTo(429);
        assertThat(fifth.body())
                .contains("locked until 2026-12-17 17:00 (Shanghai time)", "Locked until (Shanghai time):")
                .doesNotContain("锁定");
    }

    @Test
    void aNewPasswordWithATextMessageCodeEndsTheLock() {
        String mobile = resident();
        PortalClient browser = new PortalClient(port);
        for (int i = 1; i <= 5; i++) {
            browser.signIn(mobile, WRONG);
        }
        assertThat(browser.signIn(mobile, TestPeople.RESIDENT_PASSWORD).statusCode())
                .isEqualTo(429);

        // what the page's script sends: a code to the number, then the reset, with the session's CSRF token
        assertThat(browser.page("/password-reset").statusCode()).isEqualTo(200);
        TestSignUps.forgetAddresses(jdbc);
        assertThat(browser.api("POST", "/api/accounts/verification-codes", "{\"mobile\":\"" + mobile + "\"}", true)
                        .statusCode())
                .isEqualTo(202);
        String code = TestSignUps.lastCode(jdbc, mobile);
        HttpResponse<String> reset = browser.api(
                "POST",
                "/api/accounts/password-reset",
                "{\"loginName\":\"" + mobile + "\",\"code\":\"" + code + "\",\"password\":\"Unlocked-pass-2\"}",
                true);
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(204);

        HttpResponse<String> signedIn = browser.signIn(mobile, "Unlocked-pass-2");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(browser.page("/inbox").body()).contains("密码");
    }

    private String resident() {
        String mobile = TestSignUps.mobile(jdbc);
        accounts.createResident(mobile, "锁定居民", TestIdNumbers.unique(), TestPeople.RESIDENT_PASSWORD);
        return mobile;
    }
}

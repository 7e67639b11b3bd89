package cn.jiedaoflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12, item 8: five failed passwords lock a resident's or an enterprise's login name for 15 minutes, with the
 * same answers for a known and an unknown name. The engine's clock is moved, never slept on.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AccountSignInLockIntegrationTests {

    static final String PASSWORD = "resident-pass-1";
    static final String WRONG = "Wr0ng-guess-of-an-attacker";
    /** 2026-12-02 16:50 in Shanghai. */
    static final Instant START =
            OffsetDateTime.parse("2026-12-02T16:50:00+08:00").toInstant();

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void stopTheClock() {
        at(START);
    }

    @AfterEach
    void restartTheClock() {
        ClockUtil.reset();
    }

    @Test
    void theFourthFailureDoesNotLockTheFifthDoes() {
        String mobile = resident("13708100001");
        for (int i = 1; i <= 4; i++) {
            assertThat(signIn(mobile, WRONG).getStatusCode())
                    .as("failure %d", i)
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        ResponseEntity<String> fifth = signIn(mobile, WRONG);
        assertThat(fifth.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(fifth.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("900");
        assertThat(fifth.getBody()).contains("urn:jiedao:problem:people.signIn.locked");

        ResponseEntity<String> rightPassword = signIn(mobile, PASSWORD);
        assertThat(rightPassword.getStatusCode())
                .as("locked: not even the right password is looked at")
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void theLockEndsExactlyFifteenMinutesAfterTheFifthFailure() {
        String mobile = resident("13708100002");
        fail(mobile, 4);
        at(START.plusSeconds(30));
        assertThat(signIn(mobile, WRONG).getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

        at(START.plusSeconds(30).plus(Duration.ofMinutes(15)).minusMillis(1));
        ResponseEntity<String> justBefore = signIn(mobile, PASSWORD);
        assertThat(justBefore.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(justBefore.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");

        at(START.plusSeconds(30).plus(Duration.ofMinutes(15)));
        assertThat(signIn(mobile, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(signIn(mobile, WRONG).getStatusCode())
                .as("a new streak starts at one")
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aSuccessBeforeTheFifthFailureStartsTheCountAgain() {
        String mobile = resident("13708100003");
        fail(mobile, 4);
        assertThat(signIn(mobile, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        fail(mobile, 4);
        assertThat(signIn(mobile, PASSWORD).getStatusCode())
                .as("8 failures, never 5 in a row")
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anUnknownLoginNameIsAnsweredExactlyAsAKnownOne() {
        String known = resident("13708100004");
        String unknown = "13708100005";
        assertThat(accountRepository.existsByLoginName(unknown)).isFalse();
        for (int i = 1; i <= 6; i++) {
            ResponseEntity<String> knownAnswer = signIn(known, WRONG);
            ResponseEntity<String> unknownAnswer = signIn(unknown, WRONG);
            assertThat(unknownAnswer.getStatusCode()).as("try %d", i).isEqualTo(knownAnswer.getStatusCode());
            assertThat(unknownAnswer.getBody()).as("try %d", i).isEqualTo(knownAnswer.getBody());
            assertThat(unknownAnswer.getHeaders().get(HttpHeaders.RETRY_AFTER))
                    .isEqualTo(knownAnswer.getHeaders().get(HttpHeaders.RETRY_AFTER));
        }
        assertThat(signIn(unknown, WRONG).getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void theLockSaysUntilWhenInChineseAndInEnglish() {
        String mobile = resident("13708100006");
        at(START.minusSeconds(40));
        fail(mobile, 4);
        at(START); // the 5th failure at 16:50 in Shanghai
        ResponseEntity<String> chinese = signIn(mobile, WRONG);
        at(START.plusSeconds(20));
        ResponseEntity<String> english = signIn(mobile, WRONG, "en");

        assertThat(chinese.getBody()).contains("已锁定至 2026-12-02 17:05（北京时间）", "\"retryAt\":\"2026-12-02T09:05:00Z\"");
        assertThat(english.getBody())
                .contains("locked until 2026-12-02 17:05 (Shanghai time)")
                .doesNotContain("锁定");
    }

    @Test
    void anEnterpriseIsLockedToo() {
        String creditCode = "91310105MA1FL03018";
        if (!accountRepository.existsByLoginName(creditCode)) {
            accounts.createEnterprise(creditCode, "上海锁定测试有限公司", PASSWORD);
        }
        fail(creditCode, 4);
        assertThat(signIn(creditCode, WRONG).getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(signIn(creditCode, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void theLockIsAuditedAndNoPasswordIsKeptAnywhere(CapturedOutput output) {
        String mobile = resident("13708100007");
        String unknown = "13708100008";
        fail(mobile, 5);
        fail(unknown, 5);

        Long accountId = accountRepository.findByLoginName(mobile).orElseThrow().getId();
        List<Map<String, Object>> locks = jdbc.queryForList(
                "select subject, detail from audit_event where action = 'SIGN_IN_LOCKED' and subject in (?, ?)",
                "account:" + accountId,
                "login:" + unknown);
        assertThat(locks).hasSize(2);
        assertThat(locks)
                .allSatisfy(row -> assertThat((String) row.get("detail")).contains("5 failed passwords"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where detail like ?", Long.class, "%" + WRONG + "%"))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from app_sign_in_failure where subject like ?", Long.class, "%" + WRONG + "%"))
                .isZero();
        assertThat(output.getAll()).doesNotContain(WRONG);
    }

    // ---- helpers ----

    private String resident(String mobile) {
        if (!accountRepository.existsByLoginName(mobile)) {
            accounts.createResident(mobile, "锁定测试", "310105198512124565", PASSWORD);
        }
        return mobile;
    }

    private void fail(String loginName, int times) {
        for (int i = 0; i < times; i++) {
            signIn(loginName, WRONG);
        }
    }

    private ResponseEntity<String> signIn(String loginName, String password) {
        return signIn(loginName, password, "zh-CN");
    }

    private ResponseEntity<String> signIn(String loginName, String password, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        // any signed-in call; an unknown path answers 404 once the caller is signed in
        return rest.withBasicAuth(loginName, password)
                .exchange("/api/sign-in-check", HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private static void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}

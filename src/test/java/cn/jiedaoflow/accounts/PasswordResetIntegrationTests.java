package cn.jiedaoflow.accounts;

import static cn.jiedaoflow.accounts.AccountsApiClient.json;
import static cn.jiedaoflow.accounts.AccountsApiClient.type;
import static cn.jiedaoflow.accounts.AccountsApiIntegrationTests.fields;
import static cn.jiedaoflow.accounts.VerificationCodeLimitsIntegrationTests.at;
import static cn.jiedaoflow.accounts.VerificationCodeLimitsIntegrationTests.wrong;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.people.Account;
import cn.jiedaoflow.people.Accounts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14, item 1: a resident or an enterprise locked after five wrong passwords, or one who forgot the password,
 * sets a new one with a code sent to the account's mobile number; the lock ends with it. What the answers tell about
 * a login name no account has.
 */
@IntegrationTest
class PasswordResetIntegrationTests {

    static final Instant START = VerificationCodeLimitsIntegrationTests.START;
    static final String NEW_PASSWORD = "Brand-new-pass-7";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    AccountsApiClient api;

    @BeforeEach
    void stopTheClock() {
        api = new AccountsApiClient(rest);
        at(START);
    }

    @AfterEach
    void restartTheClock() {
        ClockUtil.reset();
        TestSignUps.forgetAddresses(jdbc);
    }

    @Test
    void aLockedResidentSetsANewPasswordWithACodeAndIsUnlocked() {
        String mobile = TestSignUps.mobile(jdbc);
        Account account = accounts.createResident(mobile, "被锁居民", TestIdNumbers.unique(), TestSignUps.PASSWORD);
        for (int i = 0; i < 5; i++) {
            api.signIn(mobile, "Wrong-guess-" + i);
        }
        assertThat(api.signIn(mobile, TestSignUps.PASSWORD)).as("locked").isEqualTo(429);
        String code = TestSignUps.code(rest, jdbc, mobile);

        ResponseEntity<String> reset = api.resetPassword(mobile, code, NEW_PASSWORD);

        assertThat(reset.getStatusCode()).as(reset.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api.signIn(mobile, NEW_PASSWORD))
                .as("unlocked, the new password")
                .isEqualTo(404);
        assertThat(api.signIn(mobile, TestSignUps.PASSWORD)).as("the old one").isEqualTo(401);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'PASSWORD_RESET' and subject = ?",
                        Long.class,
                        "account:" + account.getId()))
                .isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "select subject from notification where recipient_account_id = ?",
                        String.class,
                        account.getId()))
                .containsExactly("您的密码已重设");
        assertThat(type(api.resetPassword(mobile, code, "Another-pass-8")))
                .as("a code resets once")
                .isEqualTo("accounts.code.invalid");
    }

    @Test
    void anEnterpriseSetsANewPasswordWithACodeSentToItsContact() {
        String creditCode = TestSignUps.creditCode(jdbc);
        String contact = TestSignUps.mobile(jdbc);
        accounts.createEnterprise(creditCode, "上海重设密码有限公司", "孙经理", contact, TestSignUps.PASSWORD);
        for (int i = 0; i < 5; i++) {
            api.signIn(creditCode, "Wrong-guess-" + i);
        }
        String code = TestSignUps.code(rest, jdbc, contact);

        assertThat(api.resetPassword(creditCode, code, NEW_PASSWORD).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api.signIn(creditCode, NEW_PASSWORD)).isEqualTo(404);
    }

    @Test
    void aCreditCodeWithoutAnAccountIsAnsweredAsAWrongCodeForOneWithAnAccount() {
        String known = TestSignUps.creditCode(jdbc);
        String contact = TestSignUps.mobile(jdbc);
        accounts.createEnterprise(known, "上海已开户有限公司", "周经理", contact, TestSignUps.PASSWORD);
        String code = TestSignUps.code(rest, jdbc, contact);
        String unknown = TestSignUps.creditCode(jdbc);
        String legacy = TestSignUps.creditCode(jdbc);
        accounts.createEnterprise(legacy, "上海无联系人有限公司", TestSignUps.PASSWORD);

        ResponseEntity<String> knownAnswer = api.resetPassword(known, wrong(code), NEW_PASSWORD);
        ResponseEntity<String> unknownAnswer = api.resetPassword(unknown, code, NEW_PASSWORD);
        ResponseEntity<String> legacyAnswer = api.resetPassword(legacy, code, NEW_PASSWORD);

        for (ResponseEntity<String> answer : List.of(unknownAnswer, legacyAnswer)) {
            assertThat(answer.getStatusCode()).isEqualTo(knownAnswer.getStatusCode());
            for (String part : List.of("type", "title", "status", "detail", "errors")) {
                assertThat(json(answer).path(part))
                        .as(part)
                        .isEqualTo(json(knownAnswer).path(part));
            }
        }
        assertThat(type(knownAnswer)).isEqualTo("accounts.code.invalid");
    }

    @Test
    void aMobileWithoutAnAccountIsToldSoOnlyWithItsCodeWhichThenSignsItUp() {
        String mobile = TestSignUps.mobile(jdbc);
        String code = TestSignUps.code(rest, jdbc, mobile);

        ResponseEntity<String> wrongCode = api.resetPassword(mobile, wrong(code), NEW_PASSWORD);
        assertThat(wrongCode.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(type(wrongCode)).isEqualTo("accounts.code.invalid");

        ResponseEntity<String> noAccount = api.resetPassword(mobile, code, NEW_PASSWORD);
        assertThat(noAccount.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(type(noAccount)).isEqualTo("accounts.reset.noAccount");

        assertThat(api.signUpResident(TestSignUps.resident(mobile, code, TestIdNumbers.unique()))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aResetNamesEveryBadFieldAndTheNewPasswordFollowsTheRules() {
        ResponseEntity<String> refused = api.post(
                "/api/accounts/password-reset",
                Map.of("loginName", "someone", "code", "12a456", "password", "short1"),
                "en");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(refused)).containsExactly("loginName invalid", "code invalid", "password tooShort");
        assertThat(json(refused).path("detail").asText())
                .isEqualTo("Some of the details are not right: loginName (must be a mobile number or a unified social"
                        + " credit code), code (must be 6 digits), password (at least 8 characters).");
    }
}

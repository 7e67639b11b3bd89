package cn.jiedaoflow.accounts;

import static cn.jiedaoflow.accounts.AccountsApiClient.json;
import static cn.jiedaoflow.accounts.AccountsApiClient.type;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.people.Accounts;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14: the verification codes' numbers over HTTP, each at its boundary — 5 minutes, 5 tries, 60 seconds, 10 a
 * day, 20 an hour from one address. The engine's clock is moved, never slept on.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class VerificationCodeLimitsIntegrationTests {

    /** 2026-12-02 10:00 at the office. */
    static final Instant START =
            OffsetDateTime.parse("2026-12-02T10:00:00+08:00").toInstant();

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
        TestSignUps.forgetAddresses(jdbc);
        at(START);
    }

    @AfterEach
    void restartTheClock() {
        ClockUtil.reset();
        TestSignUps.forgetAddresses(jdbc);
    }

    @Test
    void aCodeIsSixDigitsSentByTextKeptOnlyAsAHashAndNeverLogged(CapturedOutput output) {
        String mobile = TestSignUps.mobile(jdbc);

        ResponseEntity<String> sent = api.askCode(mobile);

        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(instant(json(sent).path("validUntil").asText())).isEqualTo(START.plus(Duration.ofMinutes(5)));
        assertThat(instant(json(sent).path("nextCodeFrom").asText())).isEqualTo(START.plusSeconds(60));
        String text = jdbc.queryForObject(
                "select message from app_sms_outbox where mobile = ? order by id desc limit 1", String.class, mobile);
        assertThat(text).matches("您的验证码是 \\d{6}，5 分钟内有效。请勿告诉他人；如非本人操作，请忽略本短信。");
        String code = TestSignUps.lastCode(jdbc, mobile);
        String hash = jdbc.queryForObject(
                "select code_hash from app_verification_code where mobile = ?", String.class, mobile);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(code);
        assertThat(output.getAll()).doesNotContain(code).doesNotContain(mobile).contains(masked(mobile));
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotTheNumberHasAnAccount() {
        String withAccount = TestSignUps.mobile(jdbc);
        accounts.createResident(withAccount, "已开户居民", TestIdNumbers.unique(), TestSignUps.PASSWORD);
        String without = TestSignUps.mobile(jdbc);

        ResponseEntity<String> known = api.askCode(withAccount);
        ResponseEntity<String> unknown = api.askCode(without);

        assertThat(known.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(unknown.getStatusCode()).isEqualTo(known.getStatusCode());
        assertThat(unknown.getBody()).isEqualTo(known.getBody());
    }

    @Test
    void aNumberHasOneCodeEvery60SecondsRefusedAt59TakenAt60() {
        String mobile = TestSignUps.mobile(jdbc);
        assertThat(api.askCode(mobile).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        at(START.plusSeconds(59));
        ResponseEntity<String> tooSoon = api.askCode(mobile);
        assertThat(tooSoon.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(tooSoon.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(type(tooSoon)).isEqualTo("accounts.code.tooSoon");
        assertThat(instant(json(tooSoon).path("retryAt").asText())).isEqualTo(START.plusSeconds(60));
        assertThat(json(tooSoon).path("detail").asText()).contains("请 1 秒后再试");
        assertThat(json(api.askCode(mobile, "en")).path("detail").asText()).contains("try again in 1 second.");
        assertThat(api.askCode(TestSignUps.mobile(jdbc)).getStatusCode())
                .as("another number meanwhile")
                .isEqualTo(HttpStatus.ACCEPTED);

        at(START.plusSeconds(60));
        assertThat(api.askCode(mobile).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    }

    @Test
    void aNumberHasTenCodesAnOfficeDayTheEleventhWaitsForMidnight() {
        Instant lateEvening = OffsetDateTime.parse("2026-12-02T23:40:00+08:00").toInstant();
        Instant midnight = OffsetDateTime.parse("2026-12-03T00:00:00+08:00").toInstant();
        String mobile = TestSignUps.mobile(jdbc);
        for (int i = 0; i < 10; i++) {
            at(lateEvening.plus(Duration.ofMinutes(i)));
            assertThat(api.askCode(mobile).getStatusCode()).as("code %d", i + 1).isEqualTo(HttpStatus.ACCEPTED);
        }

        at(lateEvening.plus(Duration.ofMinutes(10)));
        ResponseEntity<String> eleventh = api.askCode(mobile);
        assertThat(eleventh.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(type(eleventh)).isEqualTo("accounts.code.dailyLimit");
        assertThat(eleventh.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("600");
        assertThat(json(eleventh).path("retryAt").asText()).isEqualTo("2026-12-02T16:00:00Z");
        assertThat(json(eleventh).path("detail").asText()).contains("2026-12-03 00:00（北京时间）");
        assertThat(json(api.askCode(mobile, "en")).path("detail").asText())
                .contains("after 2026-12-03 00:00 (Shanghai time)");

        at(midnight.minusMillis(1));
        assertThat(api.askCode(mobile).getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        at(midnight);
        assertThat(api.askCode(mobile).getStatusCode()).as("a new office day").isEqualTo(HttpStatus.ACCEPTED);
    }

    @Test
    void anAddressHasTwentyCodesAnHourTheTwentyFirstWaitsForTheHourToEnd() {
        long audited = limitAudits();
        for (int i = 0; i < 20; i++) {
            at(START.plusSeconds(i));
            assertThat(api.askCode(TestSignUps.mobile(jdbc)).getStatusCode())
                    .as("code %d", i + 1)
                    .isEqualTo(HttpStatus.ACCEPTED);
        }
        assertThat(limitAudits()).as("the 20th is audited").isEqualTo(audited + 1);

        at(START.plus(Duration.ofMinutes(30)));
        String another = TestSignUps.mobile(jdbc);
        ResponseEntity<String> twentyFirst = api.askCode(another);
        assertThat(twentyFirst.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(type(twentyFirst)).isEqualTo("accounts.code.addressLimit");
        assertThat(twentyFirst.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1800");
        assertThat(instant(json(twentyFirst).path("retryAt").asText())).isEqualTo(START.plus(Duration.ofHours(1)));
        assertThat(jdbc.queryForObject("select count(*) from app_sms_outbox where mobile = ?", Long.class, another))
                .as("nothing sent")
                .isZero();

        at(START.plus(Duration.ofHours(1)).minusMillis(1));
        assertThat(api.askCode(another).getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        at(START.plus(Duration.ofHours(1)));
        assertThat(api.askCode(another).getStatusCode())
                .as("the address's next hour")
                .isEqualTo(HttpStatus.ACCEPTED);
        assertThat(limitAudits()).isEqualTo(audited + 1);
    }

    @Test
    void aCodeIsTakenAt4Minutes59AndRefusedAt5Minutes() {
        String early = TestSignUps.mobile(jdbc);
        String late = TestSignUps.mobile(jdbc);
        String earlyCode = TestSignUps.code(rest, jdbc, early);
        String lateCode = TestSignUps.code(rest, jdbc, late);

        at(START.plus(Duration.ofMinutes(5)).minusSeconds(1));
        assertThat(api.signUpResident(TestSignUps.resident(early, earlyCode, TestIdNumbers.unique()))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        at(START.plus(Duration.ofMinutes(5)));
        ResponseEntity<String> expired =
                api.signUpResident(TestSignUps.resident(late, lateCode, TestIdNumbers.unique()));
        assertThat(expired.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(type(expired)).isEqualTo("accounts.code.invalid");
        assertThat(json(expired).path("errors").get(0).path("field").asText()).isEqualTo("code");
    }

    @Test
    void aCodeMayBeTriedFiveTimesTheSixthIsRefusedEvenWhenRight() {
        String fifthRight = TestSignUps.mobile(jdbc);
        String sixthRight = TestSignUps.mobile(jdbc);
        String code5 = TestSignUps.code(rest, jdbc, fifthRight);
        String code6 = TestSignUps.code(rest, jdbc, sixthRight);

        for (int i = 1; i <= 4; i++) {
            assertThat(type(api.signUpResident(TestSignUps.resident(fifthRight, wrong(code5), TestIdNumbers.unique()))))
                    .as("wrong try %d", i)
                    .isEqualTo("accounts.code.invalid");
        }
        assertThat(api.signUpResident(TestSignUps.resident(fifthRight, code5, TestIdNumbers.unique()))
                        .getStatusCode())
                .as("the right code at the 5th try")
                .isEqualTo(HttpStatus.CREATED);

        for (int i = 1; i <= 5; i++) {
            api.signUpResident(TestSignUps.resident(sixthRight, wrong(code6), TestIdNumbers.unique()));
        }
        ResponseEntity<String> sixth =
                api.signUpResident(TestSignUps.resident(sixthRight, code6, TestIdNumbers.unique()));
        assertThat(sixth.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(type(sixth)).isEqualTo("accounts.code.invalid");
        assertThat(tries(sixthRight)).as("a refused try is not counted").isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from app_account where login_name = ?", Long.class, sixthRight))
                .isZero();
    }

    @Test
    void aNewCodeReplacesTheLastOne() {
        String mobile = TestSignUps.mobile(jdbc);
        String first = TestSignUps.code(rest, jdbc, mobile);
        at(START.plusSeconds(60));
        String second = TestSignUps.code(rest, jdbc, mobile);

        if (!first.equals(second)) {
            assertThat(type(api.signUpResident(TestSignUps.resident(mobile, first, TestIdNumbers.unique()))))
                    .isEqualTo("accounts.code.invalid");
        }
        assertThat(api.signUpResident(TestSignUps.resident(mobile, second, TestIdNumbers.unique()))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aNumberThatIsNoMobileNumberGetsNoCode() {
        for (String bad : List.of("1234567890", "+8613912345678", "23912345678", "1391234567a")) {
            ResponseEntity<String> refused = api.askCode(bad);
            assertThat(refused.getStatusCode()).as(bad).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(type(refused)).isEqualTo("accounts.request.invalid");
            assertThat(json(refused).path("errors").get(0).path("field").asText())
                    .isEqualTo("mobile");
            assertThat(jdbc.queryForObject(
                            "select count(*) from app_verification_code where mobile = ?", Long.class, bad))
                    .isZero();
        }
    }

    private long limitAudits() {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'VERIFICATION_CODES_LIMITED'"
                        + " and subject = 'address:127.0.0.1'",
                Long.class);
    }

    private int tries(String mobile) {
        return jdbc.queryForObject("select tries from app_verification_code where mobile = ?", Integer.class, mobile);
    }

    static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    static String masked(String mobile) {
        return mobile.substring(0, 3) + "****" + mobile.substring(7);
    }

    static Instant instant(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    static void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}

package cn.jiedaoflow.accounts;

import static cn.jiedaoflow.accounts.AccountsApiClient.json;
import static cn.jiedaoflow.accounts.AccountsApiClient.type;
import static cn.jiedaoflow.accounts.VerificationCodeLimitsIntegrationTests.at;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.people.Account;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import cn.jiedaoflow.people.IdNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * Issue 14, item 1: residents and enterprises sign up with a verification code — what is checked in which order, the
 * answers, and what the holder of an ID number or credit code that someone else gives is told.
 */
@IntegrationTest
class AccountsApiIntegrationTests {

    /** 2026-12-02 10:00 at the office. */
    static final Instant START = VerificationCodeLimitsIntegrationTests.START;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository accountRepository;

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
    void aResidentSignsUpAndSignsInAtOnceTheIdNumberStoredOnceShownMasked() {
        String mobile = TestSignUps.mobile(jdbc);
        String idNumber = withLowerCaseX();
        String code = TestSignUps.code(rest, jdbc, mobile);

        ResponseEntity<String> created = api.signUpResident(TestSignUps.resident(mobile, code, idNumber));

        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        String stored = idNumber.toUpperCase(Locale.ROOT);
        JsonNode account = json(created);
        assertThat(account.path("loginName").asText()).isEqualTo(mobile);
        assertThat(account.path("name").asText()).isEqualTo("自助居民");
        assertThat(account.path("idNumber").asText()).isEqualTo(IdNumbers.mask(stored));
        assertThat(created.getBody()).doesNotContain(stored).doesNotContain(idNumber);
        Account kept = accountRepository.findByLoginName(mobile).orElseThrow();
        assertThat(kept.getIdNumber()).as("a lower-case x read as X").isEqualTo(stored);
        assertThat(kept.getKind()).isEqualTo(Account.Kind.RESIDENT);
        assertThat(api.signIn(mobile, TestSignUps.PASSWORD))
                .as("signed in: no such path")
                .isEqualTo(404);
        assertThat(api.signIn(mobile, "Wrong-pass-1")).isEqualTo(401);
        assertThat(audits("SIGNED_UP", kept.getId())).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where detail like ?", Long.class, "%" + code + "%"))
                .isZero();

        ResponseEntity<String> again = api.signUpResident(TestSignUps.resident(mobile, code, TestIdNumbers.unique()));
        assertThat(type(again)).as("the code opened one account").isEqualTo("accounts.code.invalid");
    }

    @Test
    void everyBadFieldIsNamedAtOnceAndNeitherTheCodeNorAnythingElseIsTouched() {
        String mobile = TestSignUps.mobile(jdbc);
        String code = TestSignUps.code(rest, jdbc, mobile);

        Map<String, Object> allBad = new HashMap<>();
        allBad.put("mobile", "139");
        allBad.put("code", "12345");
        allBad.put("password", "letters-only");
        allBad.put("name", "   ");
        allBad.put("idNumber", "310105199001011234");
        ResponseEntity<String> refused = api.signUpResident(allBad);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(type(refused)).isEqualTo("accounts.request.invalid");
        assertThat(fields(refused))
                .containsExactly("mobile invalid", "code invalid", "password weak", "name missing", "idNumber invalid");
        assertThat(json(refused).path("detail").asText()).contains("手机号码", "验证码", "密码", "姓名", "身份证号码");

        Map<String, Object> badIdNumber = new HashMap<>(TestSignUps.resident(mobile, code, bornTomorrow()));
        ResponseEntity<String> future = api.signUpResident(badIdNumber);
        assertThat(fields(future)).containsExactly("idNumber invalid");
        assertThat(tries(mobile)).as("bad input is no try of the code").isZero();
        assertThat(accountRepository.existsByLoginName(mobile)).isFalse();

        assertThat(api.signUpResident(TestSignUps.resident(mobile, code, TestIdNumbers.unique()))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aSignedUpMobileIsToldSoOnlyAfterItsCodeAndTheCodeStillResetsThePassword() {
        String mobile = TestSignUps.mobile(jdbc);
        accounts.createResident(mobile, "老用户", TestIdNumbers.unique(), "Old-pass-123");
        String code = TestSignUps.code(rest, jdbc, mobile);

        ResponseEntity<String> wrongCode = api.signUpResident(TestSignUps.resident(
                mobile, VerificationCodeLimitsIntegrationTests.wrong(code), TestIdNumbers.unique()));
        assertThat(wrongCode.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(type(wrongCode)).isEqualTo("accounts.code.invalid");

        ResponseEntity<String> taken = api.signUpResident(TestSignUps.resident(mobile, code, TestIdNumbers.unique()));
        assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(type(taken)).isEqualTo("accounts.signUp.mobileTaken");

        assertThat(api.resetPassword(mobile, code, "New-pass-456").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api.signIn(mobile, "New-pass-456")).isEqualTo(404);
    }

    @Test
    void anIdNumberAnotherAccountHoldsGetsTheNeutralAnswerAndTheHolderIsTold() {
        String holderMobile = TestSignUps.mobile(jdbc);
        String idNumber = TestIdNumbers.unique();
        Account holder = accounts.createResident(holderMobile, "原持有人", idNumber, TestSignUps.PASSWORD);
        String mobile = TestSignUps.mobile(jdbc);
        String code = TestSignUps.code(rest, jdbc, mobile);

        ResponseEntity<String> refused = api.signUpResident(TestSignUps.resident(mobile, code, idNumber));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(type(refused)).isEqualTo("accounts.signUp.refused");
        assertThat(refused.getBody())
                .doesNotContain(holderMobile)
                .doesNotContain(VerificationCodeLimitsIntegrationTests.masked(holderMobile))
                .doesNotContain("原持有人")
                .doesNotContain(idNumber.substring(14))
                .doesNotContain("身份证");
        assertThat(accountRepository.existsByLoginName(mobile)).isFalse();
        List<Map<String, Object>> told = jdbc.queryForList(
                "select recipient_mobile, subject, body from notification where recipient_account_id = ?",
                holder.getId());
        assertThat(told).hasSize(1);
        assertThat(told.get(0))
                .containsEntry("recipient_mobile", holderMobile)
                .containsEntry("subject", "有人尝试用您的身份证号码开户");
        assertThat((String) told.get(0).get("body"))
                .contains(IdNumbers.mask(idNumber))
                .doesNotContain(idNumber)
                .doesNotContain(mobile);
        assertThat(audits("SIGN_UP_REFUSED", holder.getId())).isEqualTo(1);
        assertThat(type(api.signUpResident(TestSignUps.resident(mobile, code, TestIdNumbers.unique()))))
                .as("each such try costs a code")
                .isEqualTo("accounts.code.invalid");
    }

    @Test
    void theNeutralAnswerIsOneForAnIdNumberAndACreditCode() {
        String idNumber = TestIdNumbers.unique();
        accounts.createResident(TestSignUps.mobile(jdbc), "持有人甲", idNumber, TestSignUps.PASSWORD);
        String creditCode = TestSignUps.creditCode(jdbc);
        String contact = TestSignUps.mobile(jdbc);
        Account enterprise = accounts.createEnterprise(creditCode, "上海持有人有限公司", "钱经理", contact, TestSignUps.PASSWORD);

        String residentMobile = TestSignUps.mobile(jdbc);
        ResponseEntity<String> byIdNumber = api.signUpResident(
                TestSignUps.resident(residentMobile, TestSignUps.code(rest, jdbc, residentMobile), idNumber));
        String otherContact = TestSignUps.mobile(jdbc);
        ResponseEntity<String> byCreditCode = api.signUpEnterprise(TestSignUps.enterprise(
                creditCode.toLowerCase(Locale.ROOT), otherContact, TestSignUps.code(rest, jdbc, otherContact)));

        assertThat(byCreditCode.getStatusCode()).isEqualTo(byIdNumber.getStatusCode());
        for (String part : List.of("type", "title", "status", "detail")) {
            assertThat(json(byCreditCode).path(part))
                    .as(part)
                    .isEqualTo(json(byIdNumber).path(part));
        }
        assertThat(jdbc.queryForObject(
                        "select subject from notification where recipient_account_id = ?",
                        String.class,
                        enterprise.getId()))
                .isEqualTo("有人尝试用贵单位的统一社会信用代码开户");
        assertThat(jdbc.queryForObject(
                        "select recipient_mobile from notification where recipient_account_id = ?",
                        String.class,
                        enterprise.getId()))
                .isEqualTo(contact);
    }

    @Test
    void anEnterpriseSignsUpWithItsContactAndSignsInWithItsCreditCode() {
        String creditCode = TestSignUps.creditCode(jdbc);
        String contact = TestSignUps.mobile(jdbc);
        String code = TestSignUps.code(rest, jdbc, contact);

        ResponseEntity<String> created = api.signUpEnterprise(TestSignUps.enterprise(creditCode, contact, code));

        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(json(created).path("loginName").asText()).isEqualTo(creditCode);
        assertThat(json(created).path("contactName").asText()).isEqualTo("联系人");
        assertThat(json(created).path("contactMobile").asText()).isEqualTo(contact);
        Account kept = accountRepository.findByLoginName(creditCode).orElseThrow();
        assertThat(kept.getKind()).isEqualTo(Account.Kind.ENTERPRISE);
        assertThat(kept.getMobile()).isEqualTo(contact);
        assertThat(api.signIn(creditCode, TestSignUps.PASSWORD)).isEqualTo(404);

        at(START.plusSeconds(60));
        String again = TestSignUps.code(rest, jdbc, contact);
        ResponseEntity<String> taken = api.signUpEnterprise(TestSignUps.enterprise(creditCode, contact, again));
        assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(type(taken)).as("its own contact is told").isEqualTo("accounts.signUp.creditCodeTaken");

        Map<String, Object> badCode = new HashMap<>(TestSignUps.enterprise("91310105MA1FL00018", contact, again));
        badCode.put("contactName", "");
        assertThat(fields(api.signUpEnterprise(badCode))).containsExactly("creditCode invalid", "contactName missing");
    }

    @Test
    void passwordsHaveEightToSixtyFourKeyboardCharactersWithLettersAndDigits() {
        String mobile = TestSignUps.mobile(jdbc);
        String code = TestSignUps.code(rest, jdbc, mobile);
        Map<String, String> refused = Map.of(
                "abc1234",
                "tooShort",
                "a1" + "x".repeat(63),
                "tooLong",
                "abcdefgh",
                "weak",
                "12345678",
                "weak",
                "密码abcd1234",
                "invalid");
        refused.forEach((password, problem) -> {
            Map<String, Object> body = new HashMap<>(TestSignUps.resident(mobile, code, TestIdNumbers.unique()));
            body.put("password", password);
            assertThat(fields(api.signUpResident(body))).as(password).containsExactly("password " + problem);
        });

        Map<String, Object> longest = new HashMap<>(TestSignUps.resident(mobile, code, TestIdNumbers.unique()));
        longest.put("password", "a1 " + "~".repeat(61));
        assertThat(api.signUpResident(longest).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(api.signIn(mobile, "a1 " + "~".repeat(61))).isEqualTo(404);
    }

    @Test
    void twoSignUpsWithOneIdNumberAtOnceOpenOneAccount() throws Exception {
        String idNumber = TestIdNumbers.unique();
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String mobile = TestSignUps.mobile(jdbc);
            bodies.add(TestSignUps.resident(mobile, TestSignUps.code(rest, jdbc, mobile), idNumber));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
            for (Map<String, Object> body : bodies) {
                answers.add(pool.submit((Callable<ResponseEntity<String>>) () -> api.signUpResident(body)));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<ResponseEntity<String>> answer : answers) {
                statuses.add(answer.get().getStatusCode().value());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from app_account where id_number = ?", Long.class, idNumber))
                .isEqualTo(1);
    }

    private long audits(String action, long accountId) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = ? and subject = ?",
                Long.class,
                action,
                "account:" + accountId);
    }

    private int tries(String mobile) {
        return jdbc.queryForObject("select tries from app_verification_code where mobile = ?", Integer.class, mobile);
    }

    /** Each bad field as "field problem", in the order the answer names them. */
    static List<String> fields(ResponseEntity<String> answer) {
        List<String> named = new ArrayList<>();
        json(answer)
                .path("errors")
                .forEach(e -> named.add(
                        e.path("field").asText() + " " + e.path("problem").asText()));
        return named;
    }

    /** A unique ID number ending in X, written with a lower-case x. */
    private static String withLowerCaseX() {
        while (true) {
            String idNumber = TestIdNumbers.unique();
            if (idNumber.endsWith("X")) {
                return idNumber.toLowerCase(Locale.ROOT);
            }
        }
    }

    /** Born the day after the engine's today (the office's 2026-12-02). */
    private static String bornTomorrow() {
        return TestIdNumbers.of(LocalDate.of(2026, 12, 3), 7);
    }
}

package cn.jiedaoflow.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Mobile numbers, credit codes and verification codes for tests of the accounts' doors: a code is asked over HTTP and
 * read where the outbox gateway (the tests' gateway) keeps it, as a phone would show it.
 */
public final class TestSignUps {

    public static final String PASSWORD = "Sign-up-pass-1";

    /** Numbers 134xxxxxxxx, counted on from a random start, so that no two of one test run are equal. */
    private static final AtomicInteger NEXT_MOBILE =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(50_000_000));

    private static final AtomicInteger NEXT_CODE =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(500_000));
    private static final Pattern SIX_DIGITS = Pattern.compile("验证码是 (\\d{6})");
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private TestSignUps() {}

    /** A mobile number no other call of this run has had, and no account has. */
    public static String mobile(JdbcTemplate jdbc) {
        while (true) {
            String mobile = "134" + String.format("%08d", NEXT_MOBILE.getAndIncrement() % 100_000_000);
            if (jdbc.queryForObject("select count(*) from app_account where login_name = ?", Long.class, mobile) == 0) {
                return mobile;
            }
        }
    }

    /** A valid unified social credit code (GB 32100) no account has. */
    public static String creditCode(JdbcTemplate jdbc) {
        while (true) {
            String first17 = "91310105MA2" + String.format("%06d", NEXT_CODE.getAndIncrement() % 1_000_000);
            String code = first17 + creditCheck(first17);
            if (jdbc.queryForObject("select count(*) from app_account where login_name = ?", Long.class, code) == 0) {
                return code;
            }
        }
    }

    /**
     * Asks a code for {@code mobile} as a client of the API, after forgetting the codes every address asked (the
     * tests all come from one address), and answers the code the text carried.
     */
    public static String code(TestRestTemplate rest, JdbcTemplate jdbc, String mobile) {
        forgetAddresses(jdbc);
        ResponseEntity<String> sent =
                rest.postForEntity("/api/accounts/verification-codes", Map.of("mobile", mobile), String.class);
        assertThat(sent.getStatusCode()).as("%s", sent.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        return lastCode(jdbc, mobile);
    }

    /** The code of the newest text to {@code mobile} in the outbox. */
    public static String lastCode(JdbcTemplate jdbc, String mobile) {
        List<String> texts = jdbc.queryForList(
                "select message from app_sms_outbox where mobile = ? order by sent_at desc, id desc",
                String.class,
                mobile);
        assertThat(texts).as("texts to %s", mobile).isNotEmpty();
        Matcher code = SIX_DIGITS.matcher(texts.get(0));
        assertThat(code.find()).as(texts.get(0)).isTrue();
        return code.group(1);
    }

    /** Every client address's count of codes is forgotten (all tests come from 127.0.0.1). */
    public static void forgetAddresses(JdbcTemplate jdbc) {
        jdbc.update("delete from app_verification_address");
    }

    public static Map<String, Object> resident(String mobile, String code, String idNumber) {
        return Map.of("mobile", mobile, "code", code, "password", PASSWORD, "name", "自助居民", "idNumber", idNumber);
    }

    public static Map<String, Object> enterprise(String creditCode, String mobile, String code) {
        return Map.of(
                "creditCode",
                creditCode,
                "name",
                "上海自助开户测试有限公司",
                "contactName",
                "联系人",
                "mobile",
                mobile,
                "code",
                code,
                "password",
                PASSWORD);
    }

    private static char creditCheck(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}

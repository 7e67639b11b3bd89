package cn.jiedaoflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.engine.StaffSignInLimitsIntegrationTests.Door;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12, item 8: staff passwords are hashed with BCrypt, and a hash made the old way (the engine's salted
 * SHA-512) is replaced at the next successful sign-in through any door; a wrong password changes nothing.
 */
@IntegrationTest
class StaffPasswordHashesIntegrationTests {

    static final String PASSWORD = "Staff-Passw0rd!";
    static final AtomicInteger USERS = new AtomicInteger();

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @AfterEach
    void forgetThisTestsFailures() {
        ClockUtil.reset();
        jdbc.update("delete from app_sign_in_failure where subject like 'address:127.0.%' or subject like"
                + " 'staff:it-hash-%'");
    }

    @Test
    void aNewPasswordIsHashedWithBCrypt() {
        String user = newStaff(PASSWORD);
        assertThat(storedHash(user)).startsWith("{BCRYPT}$2a$").doesNotContain(PASSWORD);
        assertThat(identity.checkPassword(user, PASSWORD)).isTrue();
        assertThat(identity.checkPassword(user, PASSWORD + "x")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void anOldSha512HashIsUpgradedAtTheNextSignInAndNotByAWrongPassword(Door door) {
        String user = newStaff(PASSWORD);
        String oldHash = hashTheOldWay(user, PASSWORD);

        assertThat(door.signIn(address(), user, "n0t-the-Passw0rd").status()).isEqualTo(401);
        assertThat(storedHash(user)).as("a wrong password never upgrades").isEqualTo(oldHash);
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 1_000)); // past the wait

        assertThat(door.signIn(address(), user, PASSWORD).status()).isEqualTo(door.signedIn());
        assertThat(storedHash(user)).startsWith("{BCRYPT}$2a$");
        assertThat(door.signIn(address(), user, PASSWORD).status())
                .as("the new hash holds the same password")
                .isEqualTo(door.signedIn());
        assertThat(identity.checkPassword(user, PASSWORD)).isTrue();
    }

    @Test
    void theJavaApiUpgradesToo() {
        String user = newStaff(PASSWORD);
        hashTheOldWay(user, PASSWORD);
        assertThat(identity.checkPassword(user, PASSWORD)).isTrue();
        assertThat(storedHash(user)).startsWith("{BCRYPT}$2a$");
    }

    @Test
    void everyCharacterOfALongPasswordCounts() {
        String long1 = "长密码".repeat(10) + "-Aa1!"; // 95 bytes in UTF-8: beyond what BCrypt reads
        String user = newStaff(long1);
        assertThat(identity.checkPassword(user, long1)).isTrue();
        assertThat(identity.checkPassword(user, long1.substring(0, long1.length() - 1) + "?"))
                .isFalse();
    }

    // ---- helpers ----

    /** What the engine stored before BCrypt: {SHA-512} of the password followed by its own salt. */
    private String hashTheOldWay(String user, String password) {
        String salt = "c2FsdC1vZi1hbi1vbGQtdXNlcg==";
        String hash = "{SHA-512}" + new Sha512HashDigest().encrypt(password + salt);
        jdbc.update("update ACT_ID_USER set PWD_ = ?, SALT_ = ? where ID_ = ?", hash, salt, user);
        return hash;
    }

    private String storedHash(String user) {
        return jdbc.queryForObject("select PWD_ from ACT_ID_USER where ID_ = ?", String.class, user);
    }

    private String newStaff(String password) {
        String id = "it-hash-" + USERS.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
        User user = identity.newUser(id);
        user.setFirstName("哈希");
        user.setLastName("测试");
        user.setPassword(password);
        identity.saveUser(user);
        identity.createMembership(id, "mediation");
        return id;
    }

    private BoundClient address() {
        int n = USERS.incrementAndGet();
        return new BoundClient("127.0." + (100 + n / 250) + "." + (1 + n % 250), port);
    }
}

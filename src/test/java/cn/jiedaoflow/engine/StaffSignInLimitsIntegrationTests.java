package cn.jiedaoflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12, item 8, staff: failures slow the next try, per user id and per client address, through every door that
 * checks a staff password; nobody can lock a staff account, the administrator's least of all. Each test is its own
 * client address (127.0.x.y) and its own users, and moves the engine's clock instead of sleeping.
 */
@IntegrationTest
class StaffSignInLimitsIntegrationTests {

    static final String PASSWORD = "Staff-Passw0rd!";
    static final String WRONG = "n0t-the-Passw0rd";
    static final Instant START =
            OffsetDateTime.parse("2026-12-02T10:00:00+08:00").toInstant();
    static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate rest;

    @LocalServerPort
    int port;

    Instant now;

    /** The three doors that check a staff password. */
    enum Door {
        API {
            @Override
            BoundClient.Response signIn(BoundClient client, String user, String password) {
                return client.get("/api/sign-in-check", Map.of("Authorization", basic(user, password)));
            }

            @Override
            int signedIn() {
                return 404; // signed in; the path does not exist
            }
        },
        ENGINE_REST {
            @Override
            BoundClient.Response signIn(BoundClient client, String user, String password) {
                return client.get("/engine-rest/task?maxResults=1", Map.of("Authorization", basic(user, password)));
            }
        },
        WEBAPP {
            @Override
            BoundClient.Response signIn(BoundClient client, String user, String password) {
                BoundClient.Response welcome = client.get("/camunda/api/admin/auth/user/default", Map.of());
                String cookies = String.join(
                        "; ",
                        welcome.all("set-cookie").stream()
                                .map(c -> c.split(";", 2)[0])
                                .toList());
                return client.send(
                        "POST",
                        "/camunda/api/admin/auth/user/default/login/tasklist",
                        Map.of(
                                "Content-Type",
                                "application/x-www-form-urlencoded",
                                "Cookie",
                                cookies,
                                "X-XSRF-TOKEN",
                                welcome.header("X-XSRF-TOKEN").orElseThrow()),
                        "username=" + user + "&password=" + password);
            }
        };

        abstract BoundClient.Response signIn(BoundClient client, String user, String password);

        int signedIn() {
            return 200;
        }
    }

    @BeforeEach
    void stopTheClock() {
        at(START);
    }

    @AfterEach
    void forgetThisTestsFailures() {
        ClockUtil.reset();
        jdbc.update(
                "delete from app_sign_in_failure where subject like 'address:127.0.%' or subject like 'staff:it-slow-%'"
                        + " or subject like 'staff:it-nobody-%'");
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aFailureMakesTheNextTryWaitASecond(Door door) {
        BoundClient client = newAddress();
        String user = newStaff();

        assertThat(door.signIn(client, user, WRONG).status()).isIn(401);
        BoundClient.Response tooSoon = door.signIn(client, user, PASSWORD);
        assertThat(tooSoon.status())
                .as("inside the wait the password is not looked at")
                .isEqualTo(429);
        assertThat(tooSoon.header("Retry-After")).contains("1");
        assertThat(tooSoon.body()).contains("1");

        later(1);
        assertThat(door.signIn(client, user, PASSWORD).status()).isEqualTo(door.signedIn());
    }

    @Test
    void theWaitDoublesWithEachFailureUpToAMinute() {
        BoundClient client = newAddress();
        String user = newStaff();
        List<String> waits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            assertThat(Door.ENGINE_REST.signIn(client, user, WRONG).status()).isEqualTo(401);
            String wait = Door.ENGINE_REST
                    .signIn(client, user, WRONG)
                    .header("Retry-After")
                    .orElseThrow();
            waits.add(wait);
            later(Integer.parseInt(wait));
        }
        assertThat(waits).containsExactly("1", "2", "4", "8", "16", "32", "60", "60");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'SIGN_IN_SLOWED' and subject = ?",
                        Long.class,
                        "user:" + user))
                .as("audited once, when the wait reaches a minute")
                .isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void theEnginesOwnLockIsNeverReached(Door door) {
        BoundClient client = newAddress();
        String user = newStaff();
        for (int i = 0; i < 12; i++) { // the engine locked for good after 10 (loginMaxAttempts)
            assertThat(door.signIn(client, user, WRONG).status()).isEqualTo(401);
            later(60);
        }
        assertThat(door.signIn(client, user, PASSWORD).status()).isEqualTo(door.signedIn());
        Map<String, Object> row =
                jdbc.queryForMap("select ATTEMPTS_, LOCK_EXP_TIME_ from ACT_ID_USER where ID_ = ?", user);
        assertThat(row.get("ATTEMPTS_") == null ? 0 : ((Number) row.get("ATTEMPTS_")).intValue())
                .as("the engine counted no attempt")
                .isZero();
        assertThat(row.get("LOCK_EXP_TIME_")).isNull();
    }

    @Test
    void anAddressThatFailedForTenUsersWaitsForEveryUser() {
        BoundClient sprayer = newAddress();
        for (int i = 0; i < 11; i++) {
            assertThat(Door.API.signIn(sprayer, newStaff(), WRONG).status())
                    .as("failure %d", i + 1)
                    .isEqualTo(401);
        }
        String someoneElse = newStaff();
        BoundClient.Response fromTheSprayer = Door.ENGINE_REST.signIn(sprayer, someoneElse, PASSWORD);
        assertThat(fromTheSprayer.status()).isEqualTo(429);
        assertThat(fromTheSprayer.header("Retry-After")).contains("1");
        assertThat(Door.ENGINE_REST.signIn(newAddress(), someoneElse, PASSWORD).status())
                .as("from another address")
                .isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'SIGN_IN_SLOWED' and subject = ?",
                        Long.class,
                        "address:" + sprayer.localAddress()))
                .isEqualTo(1);
    }

    @Test
    void anUnknownUserIdIsSlowedLikeAKnownOne() {
        BoundClient client = newAddress();
        String unknown = "it-nobody-" + ADDRESSES.incrementAndGet();
        assertThat(Door.ENGINE_REST.signIn(client, unknown, WRONG).status()).isEqualTo(401);
        BoundClient.Response again = Door.ENGINE_REST.signIn(client, unknown, WRONG);
        assertThat(again.status()).isEqualTo(429);
        assertThat(again.header("Retry-After")).contains("1");
    }

    @Test
    void theConfiguredAdministratorSignsInAfterTwentyFailures() {
        BoundClient attacker = newAddress();
        for (int i = 0; i < 20; i++) {
            Door.ENGINE_REST.signIn(attacker, TestPeople.ADMIN, WRONG);
            Door.WEBAPP.signIn(attacker, TestPeople.ADMIN, WRONG);
            Door.API.signIn(attacker, TestPeople.ADMIN, WRONG);
        }
        assertThat(Door.ENGINE_REST.signIn(attacker, TestPeople.ADMIN, PASSWORD).status())
                .as("the attacker's address waits")
                .isEqualTo(429);
        BoundClient administrator = newAddress();
        for (Door door : Door.values()) {
            assertThat(door.signIn(administrator, TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD)
                            .status())
                    .as(door.name())
                    .isEqualTo(door.signedIn());
        }
        assertThat(identity.checkPassword(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD))
                .isTrue();
    }

    @Test
    void anAdministratorsUnlockEndsTheWaitAtOnce() {
        BoundClient client = newAddress();
        BoundClient otherClient = newAddress();
        String user = newStaff();
        String other = newStaff();
        for (int i = 0; i < 7; i++) {
            Door.ENGINE_REST.signIn(client, user, WRONG);
            Door.ENGINE_REST.signIn(otherClient, other, WRONG);
            later(60);
        }
        assertThat(Door.ENGINE_REST.signIn(client, user, WRONG).status()).isEqualTo(401);
        assertThat(Door.ENGINE_REST.signIn(otherClient, other, WRONG).status()).isEqualTo(401);
        assertThat(Door.ENGINE_REST.signIn(newAddress(), user, PASSWORD).header("Retry-After"))
                .contains("60");

        // Admin's "unlock" button, and the same through /engine-rest
        Webapp admin = Webapp.login(rest, TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);
        assertThat(admin.postJson("/camunda/api/engine/engine/default/user/" + user + "/unlock", "{}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(rest.withBasicAuth(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD)
                        .postForEntity("/engine-rest/user/" + other + "/unlock", null, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(Door.ENGINE_REST.signIn(newAddress(), user, PASSWORD).status())
                .isEqualTo(200);
        assertThat(Door.WEBAPP.signIn(newAddress(), other, PASSWORD).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select count(*) from ACT_HI_OP_LOG where OPERATION_TYPE_ = 'Unlock'", Long.class))
                .as("the unlock is in the engine's operation log")
                .isGreaterThanOrEqualTo(2);
    }

    // ---- helpers ----

    private String newStaff() {
        String id = "it-slow-" + ADDRESSES.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
        User user = identity.newUser(id);
        user.setFirstName("慢");
        user.setLastName("测试");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, "mediation");
        return id;
    }

    private BoundClient newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return new BoundClient("127.0." + (10 + n / 250) + "." + (1 + n % 250), port);
    }

    private void later(int seconds) {
        at(now.plusSeconds(seconds));
    }

    private void at(Instant instant) {
        now = instant;
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}

package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.accounts.TestSignUps;
import cn.jiedaoflow.engine.Webapp;
import cn.jiedaoflow.notification.Notification;
import cn.jiedaoflow.notification.Notifications;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The portal's sign-in (issue "The resident portal", items 1 and 7): a form, a session kept in the database that ends
 * after 30 minutes idle, {@code /api} open to that session with its CSRF token for changes, HTTP Basic still
 * stateless, and a resident's session worth nothing at the engine's doors.
 */
@IntegrationTest
class PortalSessionsIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    Notifications notifications;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void aResidentSignsInWithTheFormAndTheSessionLivesInTheDatabaseForThirtyIdleMinutes() {
        String mobile = resident();
        PortalClient browser = new PortalClient(port);

        HttpResponse<String> signedIn = browser.signIn(mobile, TestPeople.RESIDENT_PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/inbox"));
        assertThat(browser.cookie("JSESSIONID")).isPresent();
        Map<String, Object> row = jdbc.queryForMap(
                "select max_inactive_interval, expiry_time - last_access_time as idle from app_session"
                        + " where principal_name = ?",
                mobile);
        assertThat(((Number) row.get("max_inactive_interval")).intValue()).isEqualTo(30 * 60);
        assertThat(((Number) row.get("idle")).longValue()).isEqualTo(30 * 60 * 1000L);
        HttpResponse<String> inbox = browser.page("/inbox");
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.body()).contains("我的消息", "门户居民");
    }

    @Test
    void aSessionIdleForThirtyMinutesIsOver() {
        String mobile = resident();
        PortalClient browser = new PortalClient(port);
        browser.signIn(mobile, TestPeople.RESIDENT_PASSWORD);
        assertThat(browser.page("/inbox").statusCode()).isEqualTo(200);

        // as the database holds it after 30 minutes without a request
        jdbc.update(
                "update app_session set last_access_time = last_access_time - 1800001,"
                        + " expiry_time = expiry_time - 1800001 where principal_name = ?",
                mobile);

        HttpResponse<String> inbox = browser.page("/inbox");
        assertThat(inbox.statusCode()).isEqualTo(302);
        assertThat(inbox.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?next=/inbox"));
        assertThat(browser.api("GET", "/api/inbox", null, false).statusCode()).isEqualTo(401);
    }

    @Test
    void theApiTakesThePortalSessionAndWantsItsCsrfTokenForAChange() {
        String mobile = resident();
        Notification first = notice(mobile, "第一条");
        Notification second = notice(mobile, "第二条");
        PortalClient browser = new PortalClient(port);
        browser.signIn(mobile, TestPeople.RESIDENT_PASSWORD);
        browser.page("/inbox");

        HttpResponse<String> mine = browser.api("GET", "/api/inbox", null, false);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains("\"unread\":2", "第一条", "第二条");

        HttpResponse<String> withoutToken = browser.api("POST", readPath(first), null, false);
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("urn:jiedao:problem:portal.csrf.refused", "刷新");
        assertThat(read(first)).isFalse();

        HttpResponse<String> withHeader = browser.api("POST", readPath(first), null, true);
        assertThat(withHeader.statusCode()).isEqualTo(200);
        assertThat(withHeader.body()).contains("\"read\":true");
        assertThat(read(first)).isTrue();

        HttpResponse<String> asFormParameter = browser.form(readPath(second), Map.of());
        assertThat(asFormParameter.statusCode()).isEqualTo(200);
        assertThat(read(second)).isTrue();
        assertThat(browser.api("GET", "/api/inbox", null, false).body()).contains("\"unread\":0");
    }

    @Test
    void httpBasicStaysStatelessAndNeedsNoToken() {
        String mobile = resident();
        Notification notice = notice(mobile, "脚本读取");
        long sessions = sessions();

        ResponseEntity<String> list =
                rest.withBasicAuth(mobile, TestPeople.RESIDENT_PASSWORD).getForEntity("/api/inbox", String.class);
        ResponseEntity<String> read = rest.withBasicAuth(mobile, TestPeople.RESIDENT_PASSWORD)
                .exchange(readPath(notice), HttpMethod.POST, null, String.class);

        assertThat(list.getStatusCode().value()).isEqualTo(200);
        assertThat(read.getStatusCode().value()).isEqualTo(200);
        assertThat(list.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
        assertThat(read.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
        assertThat(sessions()).isEqualTo(sessions);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/camunda/api/engine/engine/default/task",
                "/camunda/api/engine/engine/default/process-definition",
                "/camunda/api/engine/engine/default/user",
                "/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
                "/camunda/api/admin/auth/user/default",
                "/engine-rest/task",
                "/engine-rest/process-definition",
                "/engine-rest/user"
            })
    void aResidentsPortalSessionOpensNothingAtTheEnginesDoors(String path) {
        PortalClient browser = new PortalClient(port);
        browser.signIn(resident(), TestPeople.RESIDENT_PASSWORD);
        assertThat(browser.page("/inbox").statusCode()).isEqualTo(200);

        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(browser.uri(path))
                .header("Accept", "application/json")
                .GET());

        assertThat(answer.statusCode()).as("%s: %s", path, answer.body()).isIn(401, 404);
        assertThat(answer.body()).doesNotContain("\"userId\"", "\"id\":\"labor-dispute-mediation");
    }

    @Test
    void anEnterprisesPortalSessionOpensNothingAtTheEngineRest() {
        String creditCode = TestSignUps.creditCode(jdbc);
        accounts.createEnterprise(creditCode, "门户测试有限公司", TestPeople.RESIDENT_PASSWORD);
        PortalClient browser = new PortalClient(port);
        assertThat(browser.signIn(creditCode, TestPeople.RESIDENT_PASSWORD).statusCode())
                .isEqualTo(302);
        assertThat(browser.page("/inbox").statusCode()).isEqualTo(200);

        for (String path : List.of("/engine-rest/task", "/camunda/api/engine/engine/default/task")) {
            HttpResponse<String> answer =
                    browser.send(HttpRequest.newBuilder(browser.uri(path)).GET());
            assertThat(answer.statusCode()).as(path).isEqualTo(401);
        }
    }

    @Test
    void aStaffMembersTasklistSessionOpensNothingOnThePortal() {
        Webapp tasklist = Webapp.login(rest, TestPeople.staff(identity, "mediation"), TestPeople.STAFF_PASSWORD);
        PortalClient browser = new PortalClient(port);
        for (String cookie : tasklist.cookies().split(";\\s*")) {
            String[] pair = cookie.split("=", 2);
            browser.addCookie(pair[0], pair[1]);
        }
        assertThat(tasklist.get("/camunda/api/engine/engine/default/task")
                        .getStatusCode()
                        .value())
                .as("the Tasklist session works")
                .isEqualTo(200);

        HttpResponse<String> page = browser.page("/inbox");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?next=/inbox"));
        assertThat(browser.api("GET", "/api/inbox", null, false).statusCode()).isEqualTo(401);
    }

    @Test
    void signingOutEndsTheSession() {
        String mobile = resident();
        PortalClient browser = new PortalClient(port);
        browser.signIn(mobile, TestPeople.RESIDENT_PASSWORD);
        browser.page("/inbox");
        assertThat(sessionsOf(mobile)).isEqualTo(1);

        HttpResponse<String> out = browser.form("/sign-out", Map.of());

        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/?signedOut"));
        assertThat(sessionsOf(mobile)).isZero();
        assertThat(browser.api("GET", "/api/inbox", null, false).statusCode()).isEqualTo(401);
        assertThat(browser.page("/inbox").statusCode()).isEqualTo(302);
    }

    @Test
    void theSignInFormWantsItsCsrfTokenAndComesFromOurOwnSite() {
        String mobile = resident();
        PortalClient browser = new PortalClient(port);
        browser.page("/sign-in");

        HttpResponse<String> noToken =
                browser.formWithout("/sign-in", Map.of("loginName", mobile, "password", TestPeople.RESIDENT_PASSWORD));
        assertThat(noToken.statusCode()).isEqualTo(303);
        assertThat(noToken.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?expired"));

        HttpResponse<String> crossSite = browser.send(HttpRequest.newBuilder(browser.uri("/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString("loginName=" + mobile + "&password="
                        + TestPeople.RESIDENT_PASSWORD + "&_csrf=" + browser.csrfToken())));
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(crossSite.body()).contains("urn:jiedao:problem:portal.crossSite.refused");
        assertThat(sessionsOf(mobile)).isZero();
    }

    @Test
    void aWrongPasswordIsAnsweredOnTheSignInPageWithTheLoginNameKept() {
        String mobile = resident();
        PortalClient browser = new PortalClient(port);

        HttpResponse<String> refused = browser.signIn(mobile, "Wrong-password-1");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body())
                .contains("id=\"sign-in-refused\"", "登录名或密码不正确", "value=\"" + mobile + "\"")
                .doesNotContain("Wrong-password-1");
        assertThat(sessionsOf(mobile)).isZero();
    }

    @Test
    void staffMaySignInOnThePortalButHaveNoInboxThere() {
        String staff = TestPeople.staff(identity, "acceptance-window");
        PortalClient browser = new PortalClient(port);
        assertThat(browser.signIn(staff, TestPeople.STAFF_PASSWORD).statusCode())
                .isEqualTo(302);

        HttpResponse<String> page = browser.page("/inbox");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Tasklist").doesNotContain("id=\"notices\"");
        assertThat(browser.api("GET", "/api/inbox", null, false).statusCode()).isEqualTo(403);
    }

    private String resident() {
        String mobile = TestSignUps.mobile(jdbc);
        accounts.createResident(mobile, "门户居民", TestIdNumbers.unique(), TestPeople.RESIDENT_PASSWORD);
        return mobile;
    }

    private Notification notice(String mobile, String subject) {
        long accountId = accountRepository.findByLoginName(mobile).orElseThrow().getId();
        return notifications.send(new Notifications.Recipient(mobile, accountId), null, subject, subject + "：正文");
    }

    private static String readPath(Notification notice) {
        return "/api/inbox/" + notice.getId() + "/read";
    }

    private boolean read(Notification notice) {
        return jdbc.queryForObject(
                "select read_at is not null from notification where id = ?", Boolean.class, notice.getId());
    }

    private long sessions() {
        return jdbc.queryForObject("select count(*) from app_session", Long.class);
    }

    private long sessionsOf(String principal) {
        return jdbc.queryForObject("select count(*) from app_session where principal_name = ?", Long.class, principal);
    }
}

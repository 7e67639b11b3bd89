package cn.jiedaoflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The three doors: engine REST for staff, the application's API for signed-in callers, the webapps' own. */
@IntegrationTest
class SecurityDoorsIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    JdbcTemplate jdbc;

    String staff;
    String resident;

    @BeforeEach
    void people() {
        staff = TestPeople.staff(identity, "mediation");
        resident = TestPeople.resident(accounts, accountRepository, "13900000001", "测试居民");
    }

    @Test
    void engineRestRefusesAnonymousCalls() {
        ResponseEntity<String> response = rest.getForEntity("/engine-rest/task", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    }

    @Test
    void engineRestRefusesAWrongPassword() {
        // its own user: the engine delays a user's next sign-in after a failed one
        String lockable = TestPeople.staffIn(identity, "it-wrong-password", "finance");
        assertThat(rest.withBasicAuth(lockable, "wrong-password")
                        .getForEntity("/engine-rest/task", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void engineRestTakesStaffWithHttpBasic() {
        assertThat(rest.withBasicAuth(staff, TestPeople.STAFF_PASSWORD)
                        .getForEntity("/engine-rest/task", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void engineRestRefusesResidentsWhoAreNotEngineUsers() {
        assertThat(rest.withBasicAuth(resident, TestPeople.RESIDENT_PASSWORD)
                        .getForEntity("/engine-rest/task", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void staffCannotReadWhatTheirGroupsHaveNoRightTo() {
        ResponseEntity<String> users = rest.withBasicAuth(staff, TestPeople.STAFF_PASSWORD)
                .getForEntity("/engine-rest/authorization?resourceType=0", String.class);
        assertThat(users.getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> deleteUser = rest.withBasicAuth(staff, TestPeople.STAFF_PASSWORD)
                .exchange("/engine-rest/user/" + TestPeople.ADMIN, HttpMethod.DELETE, null, String.class);
        assertThat(deleteUser.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(identity.createUserQuery().userId(TestPeople.ADMIN).count()).isEqualTo(1);
    }

    @Test
    void apiRefusesAnonymousCallsWithAProblemInChinese() {
        ResponseEntity<String> response = rest.getForEntity("/api/labor-dispute-mediation/applications", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        assertThat(response.getBody()).contains("请先登录");
    }

    @Test
    void apiAnswersInEnglishWhenAsked() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        ResponseEntity<String> response = rest.exchange(
                "/api/labor-dispute-mediation/applications", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getBody()).contains("Please sign in");
    }

    @Test
    void apiRefusesAWrongResidentPassword() {
        assertThat(rest.withBasicAuth(resident, "not-the-password")
                        .getForEntity("/api/labor-dispute-mediation/applications", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void apiSignsInResidentsByMobileNumber() {
        ResponseEntity<String> response = rest.withBasicAuth(resident, TestPeople.RESIDENT_PASSWORD)
                .getForEntity("/api/no-such-endpoint", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
    }

    @Test
    void apiSignsInEnterprisesByCreditCode() {
        String creditCode = "91310105MA1FL00999";
        if (!accountRepository.existsByLoginName(creditCode)) {
            accounts.createEnterprise(creditCode, "上海测试企业有限公司", TestPeople.RESIDENT_PASSWORD);
        }
        ResponseEntity<String> response = rest.withBasicAuth(creditCode, TestPeople.RESIDENT_PASSWORD)
                .getForEntity("/api/no-such-endpoint", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth(creditCode, TestPeople.RESIDENT_PASSWORD)
                        .getForEntity("/engine-rest/task", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void apiSignsInStaffWithTheirEngineAccount() {
        ResponseEntity<String> response = rest.withBasicAuth(staff, TestPeople.STAFF_PASSWORD)
                .getForEntity("/api/no-such-endpoint", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void residentPasswordsAreStoredHashed() {
        String hash = jdbc.queryForObject(
                "SELECT password_hash FROM app_account WHERE login_name = ?", String.class, resident);
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(TestPeople.RESIDENT_PASSWORD);
    }

    @Test
    void webappsKeepTheirOwnLoginAndCsrf() {
        // Camunda's own login answers, and its CSRF filter still refuses a state-changing call without a token
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", staff);
        form.add("password", TestPeople.STAFF_PASSWORD);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> login = rest.postForEntity(
                "/camunda/api/admin/auth/user/default/login/tasklist", new HttpEntity<>(form, headers), String.class);
        assertThat(login.getStatusCode())
                .as("Camunda's CSRF filter refuses a login without its token")
                .isEqualTo(HttpStatus.FORBIDDEN);

        Webapp session = Webapp.login(rest, staff, TestPeople.STAFF_PASSWORD);
        assertThat(session.get("/camunda/api/engine/engine/default/task").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }
}

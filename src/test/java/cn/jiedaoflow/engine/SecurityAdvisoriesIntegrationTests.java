package cn.jiedaoflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.people.StaffGroup;
import java.net.URI;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

/** The two 2026 advisories on Camunda 7.24 CE, checked through every door. */
@IntegrationTest
class SecurityAdvisoriesIntegrationTests {

    static final String EXPRESSION_OR_QUERY = "{\"orQueries\":[{\"assigneeExpression\":\"${currentUser()}\"}]}";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    TaskService tasks;

    @Autowired
    FilterService filters;

    String staff;

    @BeforeEach
    void people() {
        staff = TestPeople.staff(identity, "mediation");
    }

    // --- advisory 1: the Admin webapp's first-user setup ---

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/camunda/api/admin/setup/default/user/create",
                "/camunda//api/admin/setup/default/user/create",
                "/camunda/api/admin/./setup/default/user/create",
                "/camunda/api/engine/../admin/setup/default/user/create",
                "/camunda/api/admin/setup;jsessionid=x/default/user/create",
                "/camunda/API/Admin/Setup/default/user/create",
                "/camunda/api/admin/%73etup/default/user/create",
                "/camunda/api/admin/setup%25/default/user/create",
                "/camunda/api/admin/setup/%25zz/default/user/create",
                "/camunda/api/admin/%25zzsetup/default/user/create"
            })
    void setupIsUnreachableHoweverItIsSpelled(String path) {
        ResponseEntity<String> response = rest.postForEntity(path, json(newAdminBody("intruder")), String.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(path).isFalse();
        assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/applications/%25",
                "/%25zz",
                "/camunda/api/admin/setup/%25zz/default/user/create",
                "/camunda/%25",
                "/engine-rest/%25zz",
                "/api/calendar/deadline%25"
            })
    void aPathThatCannotBeDecodedIsA400ProblemBeforeSignIn(String rawPath) {
        // sent as written: %25 is a percent sign that the next decoding round cannot read
        ResponseEntity<String> response = rest.getRestTemplate()
                .exchange(
                        RequestEntity.post(URI.create(rest.getRootUri() + rawPath))
                                .contentType(MediaType.APPLICATION_JSON)
                                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                                .body(newAdminBody("intruder3")),
                        String.class);

        assertThat(response.getStatusCode()).as(rawPath).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType())
                .isNotNull()
                .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(response.getBody())
                .contains("\"status\":400", "urn:jiedao:problem:problem.path.undecodable", "cannot be decoded");
        assertThat(identity.createUserQuery().userId("intruder3").count()).isZero();
    }

    @Test
    void setupIsUnreachableAlsoWithZeroAdministrators() {
        List<User> admins =
                identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list();
        List<User> administrators = identity.createUserQuery()
                .memberOfGroup(StaffGroup.ADMINISTRATORS.id())
                .list();
        admins.forEach(u -> identity.deleteMembership(u.getId(), Groups.CAMUNDA_ADMIN));
        administrators.forEach(u -> identity.deleteMembership(u.getId(), StaffGroup.ADMINISTRATORS.id()));
        try {
            assertThat(identity.createUserQuery()
                            .memberOfGroup(Groups.CAMUNDA_ADMIN)
                            .count())
                    .isZero();
            ResponseEntity<String> response = rest.postForEntity(
                    "/camunda/api/admin/setup/default/user/create", json(newAdminBody("intruder2")), String.class);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(identity.createUserQuery().userId("intruder2").count()).isZero();
        } finally {
            admins.forEach(u -> identity.createMembership(u.getId(), Groups.CAMUNDA_ADMIN));
            administrators.forEach(u -> identity.createMembership(u.getId(), StaffGroup.ADMINISTRATORS.id()));
        }
    }

    @Test
    void theAdministratorComesFromConfiguration() {
        assertThat(identity.createUserQuery()
                        .userId(TestPeople.ADMIN)
                        .memberOfGroup(Groups.CAMUNDA_ADMIN)
                        .count())
                .isEqualTo(1);
        assertThat(identity.checkPassword(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD))
                .isTrue();
    }

    // --- advisory 2: expressions in ad-hoc queries ---

    @Test
    void engineRestRefusesAnExpressionInAQueryParameter() {
        ResponseEntity<String> response =
                asStaff().getForEntity("/engine-rest/task?assigneeExpression={e}", String.class, "${currentUser()}");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void engineRestRefusesAnExpressionInsideOrQueries() {
        ResponseEntity<String> response =
                asStaff().postForEntity("/engine-rest/task", json(EXPRESSION_OR_QUERY), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("orQueries");
        assertThat(asStaff()
                        .postForEntity("/engine-rest/task/count", json(EXPRESSION_OR_QUERY), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void engineRestStillAnswersQueriesWithoutExpressions() {
        ResponseEntity<String> response = asStaff()
                .postForEntity(
                        "/engine-rest/task",
                        json("{\"orQueries\":[{\"candidateGroup\":\"mediation\"},{\"assignee\":\"" + staff + "\"}]}"),
                        String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theWebappsRefuseAnExpressionInsideOrQueriesToo() {
        Webapp tasklist = Webapp.login(rest, staff, TestPeople.STAFF_PASSWORD);
        assertThat(tasklist.postJson("/camunda/api/engine/engine/default/task", EXPRESSION_OR_QUERY)
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tasklist.postJson("/camunda/api/engine/engine/default/task", "{\"candidateGroup\":\"mediation\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void theJavaApiRefusesAnExpressionInsideOrQueries() {
        assertThatThrownBy(() -> tasks.createTaskQuery()
                        .or()
                        .taskAssigneeExpression("${currentUser()}")
                        .endOr()
                        .list())
                .isInstanceOf(BadUserRequestException.class);
    }

    @Test
    void aSavedFilterKeepsItsExpressionsButAnExtendingQueryMayNotCarryAny() {
        Filter shared = filters.createFilterQuery().filterName("本组待办").singleResult();
        assertThat(shared).as("the shared filter made at start-up").isNotNull();
        ResponseEntity<String> list =
                asStaff().postForEntity("/engine-rest/filter/" + shared.getId() + "/list", json("{}"), String.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> extended = asStaff()
                .postForEntity(
                        "/engine-rest/filter/" + shared.getId() + "/list", json(EXPRESSION_OR_QUERY), String.class);
        assertThat(extended.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void onlyAdministratorsCreateOrChangeFilters() {
        String filter =
                "{\"resourceType\":\"Task\",\"name\":\"含表达式\",\"query\":{\"assigneeExpression\":\"${currentUser()}\"}}";
        assertThat(asStaff()
                        .postForEntity("/engine-rest/filter/create", json(filter), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> created = rest.withBasicAuth(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD)
                .postForEntity("/engine-rest/filter/create", json(filter), String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.OK);
        String id = created.getBody().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        try {
            String rename = "{\"resourceType\":\"Task\",\"name\":\"改名\",\"query\":{}}";
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            ResponseEntity<String> update = asStaff()
                    .exchange(
                            "/engine-rest/filter/" + id,
                            org.springframework.http.HttpMethod.PUT,
                            new HttpEntity<>(rename, headers),
                            String.class);
            assertThat(update.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        } finally {
            filters.deleteFilter(id);
        }
    }

    private TestRestTemplate asStaff() {
        return rest.withBasicAuth(staff, TestPeople.STAFF_PASSWORD);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private static String newAdminBody(String id) {
        return "{\"profile\":{\"id\":\"" + id + "\",\"firstName\":\"x\",\"lastName\":\"y\",\"email\":\"x@y.z\"},"
                + "\"credentials\":{\"password\":\"Intruder-Passw0rd!\"}}";
    }
}

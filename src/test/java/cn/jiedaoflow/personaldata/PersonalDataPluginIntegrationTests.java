package cn.jiedaoflow.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.engine.Webapp;

/**
 * The personal-data Tasklist plugin on a labour mediation case: the mediator whose task needs the ID number sees it
 * and the view is audited; another group, a colleague without a task on the case, an anonymous caller and
 * {@code /api} credentials see nothing, and nothing is audited for them.
 */
@IntegrationTest
class PersonalDataPluginIntegrationTests {

    private static final String PLUGIN = "/camunda/api/tasklist/plugin/personal-data/default/labor-dispute-mediation/";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private String mediator;
    private String colleague;
    private String idNumber;
    private String trackingNumber;

    @BeforeEach
    void aWindowEntry() throws Exception {
        mediator = TestPeople.staff(identity, "mediation");
        colleague = member("it-mediation-colleague", "mediation");
        idNumber = ValidIdNumbers.next();
        ResponseEntity<String> created = TestPeople.as(rest, mediator, TestPeople.STAFF_PASSWORD).postForEntity(
                "/api/labor-dispute-mediation/applications", Map.of("applicantName", "窗口申请人",
                        "applicantMobile", "13800138000", "applicantIdNumber", idNumber, "employer", "上海某某物流有限公司",
                        "disputeType", "WAGES", "claim", "支付加班费", "facts", "加班未付费"), String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        trackingNumber = json.readTree(created.getBody()).path("trackingNumber").asText();
    }

    @Test
    void theMediatorWhoseTaskNeedsItSeesTheIdNumberAndTheViewIsAudited() throws Exception {
        ResponseEntity<String> answer = Webapp.login(rest, mediator, TestPeople.STAFF_PASSWORD)
                .get(PLUGIN + trackingNumber + "/id-number");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getCacheControl()).isEqualTo("no-store");
        assertThat(answer.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        JsonNode body = json.readTree(answer.getBody());
        assertThat(body.path("fields").toString()).contains("身份证号码", idNumber, "窗口申请人");
        assertThat(audits()).singleElement().satisfies(audit -> {
            assertThat(audit).containsEntry("ACTOR", mediator);
            assertThat((String) audit.get("DETAIL")).contains("id-number", "Task_DecideAcceptance");
            assertThat(audit.get("OCCURRED_AT")).isNotNull();
        });
    }

    @Test
    void aBrowserFollowingTheFormsLinkGetsASmallChinesePage() {
        Webapp session = Webapp.login(rest, mediator, TestPeople.STAFF_PASSWORD);
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.COOKIE, session.cookies());
        headers.setAccept(List.of(MediaType.TEXT_HTML, MediaType.ALL));

        ResponseEntity<String> page = rest.exchange(PLUGIN + trackingNumber + "/id-number", HttpMethod.GET,
                new HttpEntity<>(headers), String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).startsWith("default-src 'none'");
        assertThat(page.getHeaders().getCacheControl()).isEqualTo("no-store");
        assertThat(page.getBody()).contains("申请人身份信息", trackingNumber, idNumber, "已记入审计日志");
    }

    @Test
    void anotherGroupSeesNothingAndNothingIsAudited() throws Exception {
        String otherGroup = TestPeople.staff(identity, "civil-affairs");
        String leader = TestPeople.staff(identity, "leaders");

        for (String user : List.of(otherGroup, leader)) {
            ResponseEntity<String> answer = Webapp.login(rest, user, TestPeople.STAFF_PASSWORD)
                    .get(PLUGIN + trackingNumber + "/id-number");
            assertThat(answer.getStatusCode()).as(user).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(answer.getBody()).doesNotContain(idNumber);
        }
        assertThat(audits()).isEmpty();
    }

    @Test
    void aColleagueWithoutATaskOnTheCaseSeesNothingTheOneWhoCompletedItStillDoes() {
        Task acceptance = tasks.createTaskQuery().processInstanceBusinessKey(trackingNumber).singleResult();
        tasks.claim(acceptance.getId(), mediator);
        Webapp colleagueSession = Webapp.login(rest, colleague, TestPeople.STAFF_PASSWORD);
        Webapp mediatorSession = Webapp.login(rest, mediator, TestPeople.STAFF_PASSWORD);

        assertThat(colleagueSession.get(PLUGIN + trackingNumber + "/id-number").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<String> completed = mediatorSession.postJson("/camunda/api/engine/engine/default/task/"
                + acceptance.getId() + "/submit-form", "{\"variables\":{\"accepted\":{\"value\":true,\"type\":\"Boolean\"}}}");
        assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        // the session task does not need the ID number: only the one who completed the acceptance still sees it
        assertThat(Webapp.login(rest, colleague, TestPeople.STAFF_PASSWORD).get(PLUGIN + trackingNumber + "/id-number")
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(mediatorSession.get(PLUGIN + trackingNumber + "/id-number").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(audits()).extracting(audit -> audit.get("ACTOR")).containsExactly(mediator);
    }

    @Test
    void anUnknownCaseADetailTheProcessHasNotAndAnUnknownDocumentAnswerTheSameNotFound() {
        Webapp session = Webapp.login(rest, mediator, TestPeople.STAFF_PASSWORD);
        ResponseEntity<String> notTheirs = Webapp.login(rest, TestPeople.staff(identity, "civil-affairs"),
                TestPeople.STAFF_PASSWORD).get(PLUGIN + trackingNumber + "/id-number");

        for (String path : List.of(PLUGIN + "LD-20260101-NOSUCH/id-number", PLUGIN + trackingNumber + "/household",
                "/camunda/api/tasklist/plugin/personal-data/default/one-stop-application/" + trackingNumber + "/application",
                PLUGIN + trackingNumber + "/id-number/documents/1", PLUGIN + trackingNumber + "/id-number/documents/x")) {
            ResponseEntity<String> answer = session.get(path);
            assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(answer.getBody()).as(path).isEqualTo(notTheirs.getBody());
        }
        assertThat(audits()).isEmpty();
    }

    @Test
    void noSessionOrApiCredentialsGetIn() {
        ResponseEntity<String> anonymous = rest.getForEntity(PLUGIN + trackingNumber + "/id-number", String.class);
        ResponseEntity<String> basic = TestPeople.as(rest, mediator, TestPeople.STAFF_PASSWORD)
                .getForEntity(PLUGIN + trackingNumber + "/id-number", String.class);

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(basic.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(String.valueOf(anonymous.getBody()) + basic.getBody()).doesNotContain(idNumber);
        assertThat(audits()).isEmpty();
    }

    private List<Map<String, Object>> audits() {
        return jdbc.queryForList("SELECT actor, detail, occurred_at FROM audit_event WHERE action = 'PERSONAL_DATA_VIEWED'"
                + " AND subject = ? ORDER BY id", "application:" + trackingNumber);
    }

    private String member(String userId, String group) {
        if (identity.createUserQuery().userId(userId).count() == 0) {
            User user = identity.newUser(userId);
            user.setFirstName(group);
            user.setLastName("同事");
            user.setPassword(TestPeople.STAFF_PASSWORD);
            identity.saveUser(user);
            identity.createMembership(userId, group);
        }
        return userId;
    }
}

package cn.jiedaoflow.scope;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestEstates;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.audit.AuditEvent;
import cn.jiedaoflow.audit.AuditEventRepository;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The administrators' API of the scope data over HTTP, on H2 and PostgreSQL: residents' areas, the estates they hold,
 * the staff of an estate and of an area; every change audited and mirrored at once in the engine's scoped groups;
 * bad input a 400 problem; everyone but administrators refused.
 */
@IntegrationTest
class ScopeAdministrationIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AREAS = ResidentsAreaController.PATH;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    AuditEventRepository audit;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    ScopeAuthorizations scopeAuthorizations;

    @Test
    void administratorsKeepAreasTheEstatesTheyHoldAndWhoActsForThem() {
        long estateId = TestEstates.estateWithRegister(rest, identity);
        // the estate's groups come with the estate
        assertThat(group("owners-committee.e" + estateId).getName()).isEqualTo("业委会 · 测试小区");
        assertThat(group("property-company.e" + estateId).getName()).isEqualTo("物业 · 测试小区");
        String name = unique("仙霞居民区");

        ResponseEntity<String> created = admin().postForEntity(AREAS, Map.of("name", name), String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long areaId = json(created).get("id").asLong();
        assertThat(created.getHeaders().getLocation()).hasPath(AREAS + "/" + areaId);
        assertThat(json(created).get("group").asText()).isEqualTo("residents-committee.a" + areaId);
        assertThat(group("residents-committee.a" + areaId).getName()).isEqualTo("居委会 · " + name);
        assertThat(admin().getForEntity(AREAS, String.class).getBody()).contains("\"id\":" + areaId);

        String renamed = unique("仙霞新村居民区");
        assertThat(admin().exchange(
                                AREAS + "/" + areaId,
                                HttpMethod.PUT,
                                new HttpEntity<>(Map.of("name", renamed)),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(group("residents-committee.a" + areaId).getName()).isEqualTo("居委会 · " + renamed);

        ResponseEntity<String> assigned = put(AREAS + "/" + areaId + "/estates/" + estateId);
        assertThat(assigned.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json(assigned).get("estates").get(0).get("id").asLong()).isEqualTo(estateId);

        String committee = TestEstates.user(identity, unique("it-rc"), "residents-committee");
        String owners = TestEstates.user(identity, unique("it-oc"), "mediation");
        assertThat(put(AREAS + "/" + areaId + "/staff/" + committee).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<String> added = put("/api/estates/" + estateId + "/staff/owners-committee/" + owners);
        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode staff = json(added);
        assertThat(staff.get("ownersCommittee").get("group").asText()).isEqualTo("owners-committee.e" + estateId);
        assertThat(staff.get("ownersCommittee").get("members").get(0).asText()).isEqualTo(owners);
        assertThat(staff.get("residentsArea").get("residentsCommittee").get(0).asText())
                .isEqualTo(committee);
        // the engine's groups follow at once; a member gets the base group for Tasklist too
        assertThat(members("residents-committee.a" + areaId)).containsExactly(committee);
        assertThat(members("owners-committee.e" + estateId)).containsExactly(owners);
        assertThat(isMember(owners, "owners-committee")).isTrue();

        // a second area takes the estate and the committee member: one area each
        long second = json(admin().postForEntity(AREAS, Map.of("name", unique("第二居民区")), String.class))
                .get("id")
                .asLong();
        put(AREAS + "/" + second + "/estates/" + estateId);
        put(AREAS + "/" + second + "/staff/" + committee);
        assertThat(json(admin().getForEntity(AREAS + "/" + areaId, String.class))
                        .get("estates"))
                .isEmpty();
        assertThat(members("residents-committee.a" + areaId)).isEmpty();
        assertThat(members("residents-committee.a" + second)).containsExactly(committee);

        assertThat(delete("/api/estates/" + estateId + "/staff/owners-committee/" + owners)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(delete("/api/estates/" + estateId + "/staff/owners-committee/" + owners)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(members("owners-committee.e" + estateId)).isEmpty();
        assertThat(isMember(owners, "owners-committee")).isTrue();

        // an area that holds estates or staff is not removed; an empty one is, with its group
        assertThat(delete(AREAS + "/" + second).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(delete(AREAS + "/" + second + "/estates/" + estateId).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(delete(AREAS + "/" + second + "/staff/" + committee).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(delete(AREAS + "/" + second).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(identity.createGroupQuery()
                        .groupId("residents-committee.a" + second)
                        .count())
                .isZero();
        assertThat(admin().getForEntity(AREAS + "/" + second, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(audit.findBySubjectOrderByIdAsc("area:" + areaId))
                .extracting(AuditEvent::getAction)
                .containsExactly(
                        "scope.area.create", "scope.area.rename", "scope.area.estate.assign", "scope.area.staff.add");
        assertThat(audit.findBySubjectOrderByIdAsc("area:" + second))
                .extracting(AuditEvent::getAction)
                .containsExactly(
                        "scope.area.create",
                        "scope.area.estate.assign",
                        "scope.area.staff.add",
                        "scope.area.estate.remove",
                        "scope.area.staff.remove",
                        "scope.area.remove");
        assertThat(audit.findBySubjectOrderByIdAsc("area:" + second))
                .allSatisfy(event -> assertThat(event.getActor()).isEqualTo(TestPeople.ADMIN));
        assertThat(audit.findBySubjectOrderByIdAsc("area:" + second).get(1).getDetail())
                .isEqualTo("estate:" + estateId + " 测试小区, from area:" + areaId);
        assertThat(audit.findBySubjectOrderByIdAsc("estate:" + estateId))
                .extracting(AuditEvent::getAction)
                .contains("scope.estate.staff.add", "scope.estate.staff.remove");
    }

    @Test
    void everyBadInputIsA400ProblemInChineseOrEnglishAndChangesNothing() {
        long areaId = json(admin().postForEntity(AREAS, Map.of("name", unique("居民区")), String.class))
                .get("id")
                .asLong();
        long estateId = TestEstates.estateWithRegister(rest, identity);
        HttpHeaders english = new HttpHeaders();
        english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        english.setContentType(MediaType.APPLICATION_JSON);

        assertProblem(
                admin().postForEntity(AREAS, Map.of("name", "  "), String.class),
                HttpStatus.BAD_REQUEST,
                "scope.area.nameMissing",
                "缺少居民区名称 name。");
        assertProblem(
                admin().exchange(AREAS, HttpMethod.POST, new HttpEntity<>("{}", english), String.class),
                HttpStatus.BAD_REQUEST,
                "scope.area.nameMissing",
                "The residents’ area needs a name.");
        assertProblem(
                admin().exchange(AREAS, HttpMethod.POST, new HttpEntity<>("{\"name\":", english), String.class),
                HttpStatus.BAD_REQUEST,
                "problem.body.unreadable",
                null);
        assertProblem(
                admin().postForEntity(AREAS, Map.of("name", "长".repeat(201)), String.class),
                HttpStatus.BAD_REQUEST,
                "scope.area.nameTooLong",
                "居民区名称不能超过 200 个字符。");
        assertProblem(
                admin().exchange(
                                AREAS + "/" + areaId + "/staff/nobody-" + System.nanoTime(),
                                HttpMethod.PUT,
                                new HttpEntity<>(english),
                                String.class),
                HttpStatus.BAD_REQUEST,
                "scope.staff.unknownUser",
                null);
        assertProblem(
                put(AREAS + "/" + areaId + "/estates/987654321"),
                HttpStatus.BAD_REQUEST,
                "scope.estate.unknown",
                "小区 987654321 不存在，请核对小区编号。");
        assertProblem(
                put("/api/estates/" + estateId + "/staff/leaders/" + TestPeople.ADMIN),
                HttpStatus.BAD_REQUEST,
                "scope.staff.groupUnknown",
                "“leaders”不是按小区划分的工作组；只能是 owners-committee, property-company。");
        assertProblem(
                put(AREAS + "/abc/estates/" + estateId), HttpStatus.BAD_REQUEST, "problem.parameter.invalid", null);
        assertProblem(
                put(AREAS + "/987654321/estates/" + estateId),
                HttpStatus.NOT_FOUND,
                "scope.area.notFound",
                "未找到编号为 987654321 的居民区。");
        assertProblem(
                put("/api/estates/987654321/staff/owners-committee/" + TestPeople.ADMIN),
                HttpStatus.NOT_FOUND,
                "scope.estate.notFound",
                null);
        String taken = json(admin().getForEntity(AREAS + "/" + areaId, String.class))
                .get("name")
                .asText();
        assertProblem(
                admin().postForEntity(AREAS, Map.of("name", taken), String.class),
                HttpStatus.CONFLICT,
                "scope.area.nameTaken",
                "已有名为“" + taken + "”的居民区。");

        JsonNode area = json(admin().getForEntity(AREAS + "/" + areaId, String.class));
        assertThat(area.get("estates")).isEmpty();
        assertThat(area.get("residentsCommittee")).isEmpty();
        assertThat(audit.findBySubjectOrderByIdAsc("area:" + areaId))
                .extracting(AuditEvent::getAction)
                .containsExactly("scope.area.create");
    }

    @Test
    void onlyAdministratorsMayReadOrChangeTheScope() {
        long areaId = json(admin().postForEntity(AREAS, Map.of("name", unique("居民区")), String.class))
                .get("id")
                .asLong();
        long estateId = TestEstates.estateWithRegister(rest, identity);
        String resident = TestPeople.resident(accounts, accountRepository, "1390000" + (1000 + areaId % 9000), "居民");
        String user = TestEstates.user(identity, unique("it-oc"), "owners-committee");

        for (TestRestTemplate caller : List.of(
                staff("housing-office"),
                staff("owners-committee"),
                staff("residents-committee"),
                staff("self-governance-office"),
                staff("leaders"),
                TestPeople.as(rest, resident, TestPeople.RESIDENT_PASSWORD))) {
            assertThat(caller.getForEntity(AREAS, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(caller.postForEntity(AREAS, Map.of("name", unique("不该有")), String.class)
                            .getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(caller.exchange(
                                    AREAS + "/" + areaId + "/estates/" + estateId, HttpMethod.PUT, null, String.class)
                            .getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(caller.exchange(
                                    "/api/estates/" + estateId + "/staff/owners-committee/" + user,
                                    HttpMethod.PUT,
                                    null,
                                    String.class)
                            .getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(caller.getForEntity("/api/estates/" + estateId + "/staff", String.class)
                            .getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(rest.getForEntity(AREAS, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.exchange(AREAS + "/" + areaId, HttpMethod.DELETE, null, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        assertThat(json(admin().getForEntity(AREAS + "/" + areaId, String.class))
                        .get("estates"))
                .isEmpty();
        assertThat(members("owners-committee.e" + estateId)).isEmpty();
        assertThat(audit.findBySubjectOrderByIdAsc("area:" + areaId)).hasSize(1);
    }

    @Test
    void membershipsChangedBehindTheApiAreSetBackToTheScopeDataAtTheNextStart() {
        TestEstates.Estate estate = TestEstates.scoped(rest, identity);
        String intruder = TestEstates.user(identity, unique("it-oc"), "owners-committee");
        String ownersGroup = "owners-committee.e" + estate.id();
        identity.createMembership(intruder, ownersGroup);
        identity.deleteMembership(estate.ownersCommittee(), ownersGroup);

        scopeAuthorizations.run(null);

        assertThat(members(ownersGroup)).containsExactly(estate.ownersCommittee());
        assertThat(members("residents-committee.a" + estate.areaId())).containsExactly(estate.residentsCommittee());
    }

    // ---

    private void assertProblem(ResponseEntity<String> response, HttpStatus status, String key, String detail) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(json(response).get("type").asText()).isEqualTo("urn:jiedao:problem:" + key);
        if (detail != null) {
            assertThat(json(response).get("detail").asText()).isEqualTo(detail);
        }
    }

    private Group group(String id) {
        return identity.createGroupQuery().groupId(id).singleResult();
    }

    private List<String> members(String groupId) {
        return identity.createUserQuery().memberOfGroup(groupId).list().stream()
                .map(User::getId)
                .sorted()
                .toList();
    }

    private boolean isMember(String userId, String groupId) {
        return identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 1;
    }

    private ResponseEntity<String> put(String path) {
        return admin().exchange(path, HttpMethod.PUT, null, String.class);
    }

    private ResponseEntity<String> delete(String path) {
        return admin().exchange(path, HttpMethod.DELETE, null, String.class);
    }

    private TestRestTemplate admin() {
        return TestEstates.admin(rest);
    }

    private TestRestTemplate staff(String group) {
        return TestPeople.as(rest, TestPeople.staff(identity, group), TestPeople.STAFF_PASSWORD);
    }

    private static String unique(String prefix) {
        return prefix + "-" + System.nanoTime();
    }

    private static JsonNode json(ResponseEntity<String> response) {
        try {
            return JSON.readTree(response.getBody());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + response.getBody(), e);
        }
    }
}

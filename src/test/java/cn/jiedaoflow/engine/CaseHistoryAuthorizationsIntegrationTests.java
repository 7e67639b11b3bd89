package cn.jiedaoflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.people.Grants;
import cn.jiedaoflow.people.StaffGroup;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
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

/**
 * Who reads a case's history through the engine's doors: the groups and users who worked on it, leaders, and
 * nobody else — through {@code /engine-rest} and through the webapps' own API alike. A probe model with two tasks
 * in a row, for a group chosen per case and then for {@code finance}, shows it on cases side by side.
 */
@IntegrationTest
class CaseHistoryAuthorizationsIntegrationTests {

    static final String PROBE = "case-history-probe";
    static final TypeReference<List<Map<String, Object>>> ROWS = new TypeReference<>() {};

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    CaseHistoryUpgrade upgrade;

    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void probeModel() {
        if (repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(PROBE)
                        .count()
                == 0) {
            repository
                    .createDeployment()
                    .name(PROBE)
                    .addModelInstance(
                            PROBE + ".bpmn",
                            Bpmn.createExecutableProcess(PROBE)
                                    .camundaHistoryTimeToLive(1)
                                    .startEvent("StartEvent_Probe")
                                    .userTask("Task_First")
                                    .camundaCandidateGroups("${firstGroup}")
                                    .userTask("Task_Second")
                                    .camundaCandidateGroups(StaffGroup.FINANCE.id())
                                    .endEvent("EndEvent_Probe")
                                    .done())
                    .deploy();
        }
        // what a designer's model gives every group on it: the definition itself, for Tasklist
        for (String group :
                List.of(StaffGroup.FINANCE.id(), StaffGroup.HOUSING_OFFICE.id(), StaffGroup.LEGAL_AID.id())) {
            Grants.grant(authorizations, group, Resources.PROCESS_DEFINITION, PROBE, Permissions.READ);
        }
    }

    @Test
    void noGroupButLeadersAndTheAdministratorsReadAWholeProcessDefinitionsHistory() {
        Set<String> wide = authorizations
                .createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(Resources.PROCESS_DEFINITION)
                .hasPermission(ProcessDefinitionPermissions.READ_HISTORY)
                .list()
                .stream()
                .map(Authorization::getGroupId)
                .collect(Collectors.toSet());

        assertThat(wide).containsOnly(StaffGroup.LEADERS.id(), StaffGroup.ADMINISTRATORS.id(), Groups.CAMUNDA_ADMIN);
        // the groups named on the models still read the models themselves, for Tasklist
        assertThat(authorizations
                        .createAuthorizationQuery()
                        .groupIdIn(StaffGroup.HOUSEHOLD_REGISTRY.id())
                        .resourceType(Resources.PROCESS_DEFINITION)
                        .resourceId("one-stop-application")
                        .hasPermission(Permissions.READ)
                        .count())
                .isEqualTo(1);
    }

    @Test
    void aTasksCandidateGroupReadsThatCaseAndNoOther() {
        String housingOffice = worker(StaffGroup.HOUSING_OFFICE.id());
        String legalAid = worker(StaffGroup.LEGAL_AID.id());
        String finance = worker(StaffGroup.FINANCE.id());
        ProcessInstance housing = probe(StaffGroup.HOUSING_OFFICE.id());
        ProcessInstance legal = probe(StaffGroup.LEGAL_AID.id());
        completeFirstTask(housing);

        assertThat(caseIds(housingOffice)).contains(housing.getId()).doesNotContain(legal.getId());
        assertThat(caseIds(legalAid)).contains(legal.getId()).doesNotContain(housing.getId());
        assertThat(caseIds(finance)).contains(housing.getId()).doesNotContain(legal.getId());

        for (String path : List.of(
                "/engine-rest/history/variable-instance?processInstanceId=",
                "/engine-rest/history/detail?processInstanceId=",
                "/engine-rest/history/activity-instance?processInstanceId=",
                "/engine-rest/history/task?processInstanceId=")) {
            assertThat(rows(finance, path + legal.getId()))
                    .as(path + " of a case finance never worked on")
                    .isEmpty();
            assertThat(rows(finance, path + housing.getId()))
                    .as(path + " of a case with a finance task")
                    .isNotEmpty();
        }
    }

    @Test
    void theWebappsApiAnswersTheSame() {
        String finance = worker(StaffGroup.FINANCE.id());
        ProcessInstance worked = probe(StaffGroup.HOUSING_OFFICE.id());
        ProcessInstance other = probe(StaffGroup.LEGAL_AID.id());
        completeFirstTask(worked);
        Webapp tasklist = Webapp.login(rest, finance, TestPeople.STAFF_PASSWORD);

        assertThat(webappRows(
                        tasklist,
                        "/camunda/api/engine/engine/default/history/variable-instance?processInstanceId="
                                + other.getId()))
                .isEmpty();
        assertThat(webappRows(
                        tasklist,
                        "/camunda/api/engine/engine/default/history/variable-instance?processInstanceId="
                                + worked.getId()))
                .extracting(row -> row.get("name"))
                .contains("firstGroup", "caseNote");
        assertThat(webappRows(
                        tasklist,
                        "/camunda/api/engine/engine/default/history/process-instance?processDefinitionKey=" + PROBE))
                .extracting(row -> row.get("id"))
                .contains(worked.getId())
                .doesNotContain(other.getId());
    }

    @Test
    void whoCompletesATaskKeepsItsCaseAfterLeavingTheGroup() {
        String mover = "it-finance-mover-" + UUID.randomUUID().toString().substring(0, 8);
        TestPeople.staffIn(identity, mover, StaffGroup.FINANCE.id());
        ProcessInstance worked = probe(StaffGroup.HOUSING_OFFICE.id());
        completeFirstTask(worked);
        Task second = tasks.createTaskQuery().processInstanceId(worked.getId()).singleResult();

        // completed as a member of the candidate group, without claiming it first
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> completed = rest.withBasicAuth(mover, TestPeople.STAFF_PASSWORD)
                .exchange(
                        "/engine-rest/task/" + second.getId() + "/complete",
                        HttpMethod.POST,
                        new HttpEntity<>("{}", headers),
                        String.class);
        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        identity.deleteMembership(mover, StaffGroup.FINANCE.id());

        assertThat(caseIds(mover)).contains(worked.getId());
    }

    @Test
    void whoClaimsATaskReadsItsCase() {
        String claimer = "it-legal-claimer-" + UUID.randomUUID().toString().substring(0, 8);
        TestPeople.staffIn(identity, claimer, StaffGroup.LEGAL_AID.id());
        ProcessInstance claimed = probe(StaffGroup.LEGAL_AID.id());
        Task first = tasks.createTaskQuery().processInstanceId(claimed.getId()).singleResult();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(rest.withBasicAuth(claimer, TestPeople.STAFF_PASSWORD)
                        .exchange(
                                "/engine-rest/task/" + first.getId() + "/claim",
                                HttpMethod.POST,
                                new HttpEntity<>("{\"userId\":\"" + claimer + "\"}", headers),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        identity.deleteMembership(claimer, StaffGroup.LEGAL_AID.id());

        assertThat(caseIds(claimer)).contains(claimed.getId());
    }

    @Test
    void leadersReadEveryCase() {
        String leader = worker(StaffGroup.LEADERS.id());
        ProcessInstance one = probe(StaffGroup.HOUSING_OFFICE.id());
        ProcessInstance two = probe(StaffGroup.LEGAL_AID.id());

        assertThat(caseIds(leader)).contains(one.getId(), two.getId());
    }

    @Test
    void anOldDatabaseGetsCaseLevelRightsBeforeTheWideOnesAreTakenBack() {
        String sanitation = StaffGroup.SANITATION.id();
        String clerk = TestPeople.staffIn(identity, "it-chist-" + sanitation, sanitation);
        ProcessInstance old = probe(sanitation);
        // the state a database made before case-level rights has: no case grant, a definition-wide right instead
        authorizations
                .createAuthorizationQuery()
                .groupIdIn(sanitation)
                .resourceType(Resources.HISTORIC_PROCESS_INSTANCE)
                .resourceId(old.getId())
                .list()
                .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
        Grants.grant(
                authorizations,
                sanitation,
                Resources.PROCESS_DEFINITION,
                PROBE,
                Permissions.READ,
                ProcessDefinitionPermissions.READ_HISTORY);
        ProcessInstance neverWorked = probeWithoutTask(sanitation);

        upgrade.takeBackDefinitionWideHistory();

        assertThat(caseIds(clerk)).contains(old.getId()).doesNotContain(neverWorked.getId());
        Authorization definition = authorizations
                .createAuthorizationQuery()
                .groupIdIn(sanitation)
                .resourceType(Resources.PROCESS_DEFINITION)
                .resourceId(PROBE)
                .singleResult();
        assertThat(definition.isPermissionGranted(Permissions.READ)).isTrue();
        assertThat(definition.isPermissionGranted(ProcessDefinitionPermissions.READ_HISTORY))
                .isFalse();
        // a second start finds nothing to do and makes nothing twice
        long grants = authorizations
                .createAuthorizationQuery()
                .resourceType(Resources.HISTORIC_PROCESS_INSTANCE)
                .count();
        upgrade.takeBackDefinitionWideHistory();
        assertThat(authorizations
                        .createAuthorizationQuery()
                        .resourceType(Resources.HISTORIC_PROCESS_INSTANCE)
                        .count())
                .isEqualTo(grants);
    }

    /** A staff user of the group for this class alone: another test's wrong password delays a shared one. */
    private String worker(String group) {
        return TestPeople.staffIn(identity, "it-chist-" + group, group);
    }

    private ProcessInstance probe(String firstGroup) {
        return runtime.startProcessInstanceByKey(
                PROBE, "PROBE-" + UUID.randomUUID(), Map.of("firstGroup", firstGroup, "caseNote", "只给办理人看"));
    }

    /** A case of the probe whose first task went to another group: the given group never had a task on it. */
    private ProcessInstance probeWithoutTask(String group) {
        ProcessInstance instance = probe(StaffGroup.LEGAL_AID.id());
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(instance.getId())
                        .taskCandidateGroup(group)
                        .count())
                .isZero();
        return instance;
    }

    private void completeFirstTask(ProcessInstance instance) {
        tasks.complete(tasks.createTaskQuery()
                .processInstanceId(instance.getId())
                .singleResult()
                .getId());
    }

    private List<Object> caseIds(String user) {
        return rows(user, "/engine-rest/history/process-instance?processDefinitionKey=" + PROBE).stream()
                .map(row -> row.get("id"))
                .toList();
    }

    private List<Map<String, Object>> rows(String user, String path) {
        ResponseEntity<String> response =
                rest.withBasicAuth(user, TestPeople.STAFF_PASSWORD).getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return read(response.getBody());
    }

    private List<Map<String, Object>> webappRows(Webapp webapp, String path) {
        ResponseEntity<String> response = webapp.get(path);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return read(response.getBody());
    }

    private List<Map<String, Object>> read(String body) {
        try {
            return json.readValue(body, ROWS);
        } catch (Exception e) {
            throw new AssertionError("not a JSON list: " + body, e);
        }
    }
}

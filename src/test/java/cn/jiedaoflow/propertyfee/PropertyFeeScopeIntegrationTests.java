package cn.jiedaoflow.propertyfee;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestEstates;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.engine.Webapp;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Scope at every door of {@code property-fee-adjustment} (procedures.md, "Scope"; issue 12 items 3 and 11): estates A
 * and B lie in one residents' area, estate C in another. Each of A and B has a case waiting at its pre-reviews. Staff
 * of
 * A's owners' committee do not see, claim or complete B's pre-review through {@code /engine-rest} or the webapps' API,
 * and cannot file for B through {@code /api}, {@code /engine-rest} or Tasklist's start form; the area's residents'
 * committee sees both cases' residents pre-reviews, the other area's none; leaders see every case. A forged start
 * stores nothing.
 */
@IntegrationTest
class PropertyFeeScopeIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROPOSALS = PropertyFeeProposalController.PATH;
    private static final String ENGINE = "/engine-rest";
    private static final String WEBAPP = "/camunda/api/engine/engine/default";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    @Autowired
    FeeProposalRepository proposals;

    private TestEstates.Estate a;
    private TestEstates.Estate b;
    private TestEstates.Estate c;
    private String caseA;
    private String caseB;

    @BeforeEach
    void twoEstatesOfOneAreaEachWithACaseAtItsPreReviewsAndAThirdEstateElsewhere() {
        a = TestEstates.scoped(rest, identity);
        b = TestEstates.inArea(rest, identity, a.areaId());
        c = TestEstates.scoped(rest, identity);
        caseA = toPreReview(file(a));
        caseB = toPreReview(file(b));
    }

    @Test
    void theOwnersCommitteeOfOneEstateNeitherSeesNorWorksAnotherEstatesPreReviewThroughTheEngineRestApi() {
        TestRestTemplate ownersA = staff(a.ownersCommittee());
        Task preReviewB = task(caseB, PropertyFeeAdjustment.TASK_PRE_REVIEW_OWNERS_COMMITTEE);

        assertThat(taskKeys(ownersA, ENGINE)).containsExactly(caseA + "/Task_PreReviewOwnersCommittee");
        assertThat(taskKeys(staff(b.ownersCommittee()), ENGINE))
                .containsExactly(caseB + "/Task_PreReviewOwnersCommittee");
        assertThat(ownersA.getForEntity(ENGINE + "/task/" + preReviewB.getId(), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(ownersA.getForEntity(ENGINE + "/task/" + preReviewB.getId() + "/form-variables", String.class)
                        .getStatusCode()
                        .is4xxClientError())
                .isTrue();
        assertThat(ownersA.postForEntity(
                                ENGINE + "/task/" + preReviewB.getId() + "/claim",
                                Map.of("userId", a.ownersCommittee()),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ownersA.postForEntity(
                                ENGINE + "/task/" + preReviewB.getId() + "/complete",
                                completion("ownersCommitteeDecision", "REJECT"),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(tasks.createTaskQuery()
                        .taskId(preReviewB.getId())
                        .singleResult()
                        .getAssignee())
                .isNull();
        assertThat(runtime.getVariable(preReviewB.getProcessInstanceId(), "ownersCommitteeDecision"))
                .isNull();
        // their own they work as before
        Task preReviewA = task(caseA, PropertyFeeAdjustment.TASK_PRE_REVIEW_OWNERS_COMMITTEE);
        assertThat(ownersA.postForEntity(
                                ENGINE + "/task/" + preReviewA.getId() + "/claim",
                                Map.of("userId", a.ownersCommittee()),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void theOwnersCommitteeOfOneEstateNeitherSeesNorWorksAnotherEstatesPreReviewInTasklist() throws Exception {
        Webapp tasklist = Webapp.login(rest, a.ownersCommittee(), TestPeople.STAFF_PASSWORD);
        Task preReviewB = task(caseB, PropertyFeeAdjustment.TASK_PRE_REVIEW_OWNERS_COMMITTEE);

        JsonNode filters = json(tasklist.get(WEBAPP + "/filter?resourceType=Task"));
        String myGroups = null;
        for (JsonNode filter : filters) {
            if ("本组待办".equals(filter.get("name").asText())) {
                myGroups = filter.get("id").asText();
            }
        }
        ResponseEntity<String> listed =
                tasklist.postJson(WEBAPP + "/filter/" + myGroups + "/list?firstResult=0&maxResults=200", "{}");
        assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ids(json(listed)))
                .contains(task(caseA, PropertyFeeAdjustment.TASK_PRE_REVIEW_OWNERS_COMMITTEE)
                        .getId())
                .doesNotContain(preReviewB.getId());
        assertThat(taskKeys(tasklist)).containsExactly(caseA + "/Task_PreReviewOwnersCommittee");
        assertThat(tasklist.get(WEBAPP + "/task/" + preReviewB.getId()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(tasklist.postJson(
                                WEBAPP + "/task/" + preReviewB.getId() + "/claim",
                                "{\"userId\":\"" + a.ownersCommittee() + "\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(tasklist.postJson(
                                WEBAPP + "/task/" + preReviewB.getId() + "/submit-form",
                                JSON.writeValueAsString(completion("ownersCommitteeDecision", "REJECT")))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(tasks.createTaskQuery().taskId(preReviewB.getId()).count()).isEqualTo(1);
    }

    @Test
    void theAreasResidentsCommitteeSeesBothEstatesAnotherAreasNoneAndLeadersEveryCase() {
        assertThat(taskKeys(staff(a.residentsCommittee()), ENGINE))
                .containsExactlyInAnyOrder(
                        caseA + "/Task_PreReviewResidentsCommittee", caseB + "/Task_PreReviewResidentsCommittee");
        assertThat(taskKeys(staff(c.residentsCommittee()), ENGINE)).isEmpty();
        assertThat(taskKeys(staff(TestPeople.staff(identity, "leaders")), ENGINE))
                .containsExactlyInAnyOrder(
                        caseA + "/Task_PreReviewOwnersCommittee", caseA + "/Task_PreReviewResidentsCommittee",
                        caseB + "/Task_PreReviewOwnersCommittee", caseB + "/Task_PreReviewResidentsCommittee");
        // a member of the base group without an estate sees none of them
        assertThat(taskKeys(staff(TestPeople.staff(identity, "owners-committee")), ENGINE))
                .isEmpty();
        assertThat(taskKeys(staff(TestPeople.staff(identity, "residents-committee")), ENGINE))
                .isEmpty();
    }

    @Test
    void theHistoryOfAnotherEstatesCaseIsNotReadEither() {
        String history = ENGINE + "/history/process-instance?processInstanceBusinessKey=";

        // the estate's committee had a task on its case, so it reads the case's history; another estate's does not
        assertThat(json(staff(b.ownersCommittee()).getForEntity(history + caseB, String.class)))
                .hasSize(1);
        assertThat(json(staff(a.ownersCommittee()).getForEntity(history + caseB, String.class)))
                .isEmpty();
        assertThat(json(staff(c.residentsCommittee()).getForEntity(history + caseB, String.class)))
                .isEmpty();
        assertThat(json(staff(a.ownersCommittee())
                        .getForEntity(ENGINE + "/history/task?processInstanceBusinessKey=" + caseB, String.class)))
                .isEmpty();
        assertThat(json(staff(a.residentsCommittee()).getForEntity(history + caseB, String.class)))
                .hasSize(1);
    }

    @Test
    void aProposalForAnotherEstateIsRefusedThroughTheApi() {
        ResponseEntity<Map> forB =
                staff(a.propertyCompany()).postForEntity(PROPOSALS, TestProposals.apiBody(b.id()), Map.class);
        ResponseEntity<Map> byOwnersA =
                staff(a.ownersCommittee()).postForEntity(PROPOSALS, TestProposals.apiBody(b.id()), Map.class);

        assertThat(forB.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(forB.getBody().get("type")).isEqualTo("urn:jiedao:problem:propertyfee.proposal.estate.notYours");
        assertThat((String) forB.getBody().get("detail")).isEqualTo("您不是小区 " + b.id() + " 的物业公司或业委会工作人员，不能为该小区提出调价方案。");
        assertThat(byOwnersA.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(cases(b.id())).isEqualTo(1);
    }

    @Test
    void anEstateInNoResidentsAreaTakesNoProposal() {
        long alone = TestEstates.estateWithRegister(rest, identity);
        String company = TestEstates.estateStaff(rest, identity, alone, "property-company");

        ResponseEntity<Map> refused = staff(company).postForEntity(PROPOSALS, TestProposals.apiBody(alone), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("type")).isEqualTo("urn:jiedao:problem:propertyfee.proposal.estate.noArea");
        assertThat(cases(alone)).isZero();
    }

    @Test
    void aStartThroughTheEngineForAnotherEstateOrWithAForgedProposerIsRefusedAndStoresNothing() throws Exception {
        TestRestTemplate companyA = staff(a.propertyCompany());
        String start = ENGINE + "/process-definition/key/" + PropertyFeeAdjustment.PROCESS_KEY + "/start";
        Map<String, Object> forged = TestProposals.startForm(a.id());
        forged.put("proposedBy", "owners-committee");

        ResponseEntity<String> forB = companyA.postForEntity(
                start, Map.of("variables", TestProposals.typed(TestProposals.startForm(b.id()))), String.class);
        ResponseEntity<String> forgedProposer =
                companyA.postForEntity(start, Map.of("variables", TestProposals.typed(forged)), String.class);
        Webapp tasklist = Webapp.login(rest, a.propertyCompany(), TestPeople.STAFF_PASSWORD);
        ResponseEntity<String> fromTasklist = tasklist.postJson(
                WEBAPP + "/process-definition/key/" + PropertyFeeAdjustment.PROCESS_KEY + "/submit-form",
                JSON.writeValueAsString(Map.of("variables", TestProposals.typed(TestProposals.startForm(b.id())))));

        assertThat(forB.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json(forB).get("message").asText())
                .contains("您不是小区 " + b.id() + " 的物业公司或业委会工作人员")
                .doesNotContain("You are not staff");
        assertThat(forgedProposer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json(forgedProposer).get("message").asText()).contains("proposedBy 由系统根据登录用户设置");
        assertThat(fromTasklist.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(cases(b.id())).isEqualTo(1);
        assertThat(cases(a.id())).isEqualTo(1);
        assertThat(proposals.findByEstateIdAndStatus(b.id(), ProposalStatus.FILED))
                .hasSize(1);
    }

    @Test
    void aStartFormWithoutTheListsIsRefusedWithTheApisMessageAt400AndStoresNothing() throws Exception {
        Map<String, Object> withoutLists = TestProposals.startForm(a.id());
        withoutLists.remove("incomeParking");
        withoutLists.remove("service1");
        String submit = "/process-definition/key/" + PropertyFeeAdjustment.PROCESS_KEY + "/submit-form";
        String message = "调价方案缺少必填项：incomeParking, service1。";

        Webapp tasklist = Webapp.login(rest, a.propertyCompany(), TestPeople.STAFF_PASSWORD);
        ResponseEntity<String> fromTasklist = tasklist.postJson(
                WEBAPP + submit, JSON.writeValueAsString(Map.of("variables", TestProposals.typed(withoutLists))));
        ResponseEntity<String> throughRest = staff(a.propertyCompany())
                .postForEntity(ENGINE + submit, Map.of("variables", TestProposals.typed(withoutLists)), String.class);

        for (ResponseEntity<String> refused : List.of(fromTasklist, throughRest)) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(json(refused).get("message").asText()).endsWith(message);
        }
        assertThat(cases(a.id())).isEqualTo(1);
    }

    @Test
    void aStartFromTasklistsFormIsFiledForTheSignedInUsersEstateUnderTheApplicationsNumber() throws Exception {
        Webapp tasklist = Webapp.login(rest, b.ownersCommittee(), TestPeople.STAFF_PASSWORD);

        ResponseEntity<String> started = tasklist.postJson(
                WEBAPP + "/process-definition/key/" + PropertyFeeAdjustment.PROCESS_KEY + "/submit-form",
                JSON.writeValueAsString(Map.of(
                        "variables", TestProposals.typed(TestProposals.startForm(b.id())), "businessKey", "MINE")));

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String trackingNumber = json(started).get("businessKey").asText();
        assertThat(trackingNumber).matches("PF-\\d{8}-[A-Z2-9]{6}");
        String instance = json(started).get("id").asText();
        assertThat(runtime.getVariables(instance))
                .containsEntry("proposedBy", "owners-committee")
                .containsEntry("estateId", b.id())
                .containsEntry("ownersCommitteeGroup", "owners-committee.e" + b.id())
                .containsEntry("residentsCommitteeGroup", "residents-committee.a" + b.areaId());
        assertThat(proposals.findByTrackingNumber(trackingNumber))
                .get()
                .extracting(FeeProposal::getEstateId, FeeProposal::getResidentsAreaId)
                .containsExactly(b.id(), b.areaId());
    }

    // --- the cases

    private String file(TestEstates.Estate estate) {
        ResponseEntity<Map> created =
                staff(estate.propertyCompany()).postForEntity(PROPOSALS, TestProposals.apiBody(estate.id()), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) created.getBody().get("trackingNumber");
    }

    /** The three lists' publication ends and the assessor audits: the case waits at both pre-reviews. */
    private String toPreReview(String trackingNumber) {
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(trackingNumber)
                .singleResult()
                .getId();
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(instance)
                .singleResult()
                .getId());
        Task audit = task(trackingNumber, PropertyFeeAdjustment.TASK_AUDIT_PROPOSAL);
        tasks.complete(
                audit.getId(),
                Map.of(
                        "auditScore",
                        80,
                        "auditCostConclusion",
                        "属实",
                        "recommendedFeeMin",
                        2.0,
                        "recommendedFeeMax",
                        2.4));
        assertThat(tasks.createTaskQuery().processInstanceId(instance).count()).isEqualTo(2);
        return trackingNumber;
    }

    private Task task(String trackingNumber, String key) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(trackingNumber)
                .taskDefinitionKey(key)
                .singleResult();
    }

    private long cases(long estateId) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(PropertyFeeAdjustment.PROCESS_KEY)
                .variableValueEquals("estateId", estateId)
                .count();
    }

    /** "<tracking number>/<task key>" of the property-fee tasks of the three estates' cases the caller sees. */
    private List<String> taskKeys(TestRestTemplate caller, String door) {
        return keys(json(caller.getForEntity(
                door + "/task?processDefinitionKey=" + PropertyFeeAdjustment.PROCESS_KEY
                        + "&processInstanceBusinessKeyIn=" + caseA + "," + caseB,
                String.class)));
    }

    private List<String> taskKeys(Webapp tasklist) {
        return keys(json(tasklist.get(WEBAPP + "/task?processDefinitionKey=" + PropertyFeeAdjustment.PROCESS_KEY
                + "&processInstanceBusinessKeyIn=" + caseA + "," + caseB)));
    }

    private List<String> keys(JsonNode tasks) {
        List<String> keys = new ArrayList<>();
        for (JsonNode found : tasks) {
            String instance = found.get("processInstanceId").asText();
            String key =
                    instance.equals(instanceOf(caseA)) ? caseA : instance.equals(instanceOf(caseB)) ? caseB : instance;
            keys.add(key + "/" + found.get("taskDefinitionKey").asText());
        }
        return keys;
    }

    private String instanceOf(String trackingNumber) {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(trackingNumber)
                .singleResult()
                .getId();
    }

    private static List<String> ids(JsonNode filterList) {
        List<String> ids = new ArrayList<>();
        JsonNode list =
                filterList.has("_embedded") ? filterList.get("_embedded").get("task") : filterList;
        for (JsonNode found : list) {
            ids.add(found.get("id").asText());
        }
        return ids;
    }

    // --- the proposal, as the API and as the start form take it

    private static Map<String, Object> completion(String name, String value) {
        return Map.of("variables", Map.of(name, Map.of("value", value, "type", "String")));
    }

    private TestRestTemplate staff(String user) {
        return TestPeople.as(rest, user, TestPeople.STAFF_PASSWORD);
    }

    private static JsonNode json(ResponseEntity<String> response) {
        try {
            return JSON.readTree(response.getBody());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + response.getStatusCode() + " " + response.getBody(), e);
        }
    }
}

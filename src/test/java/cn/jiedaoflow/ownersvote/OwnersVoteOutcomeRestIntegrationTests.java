package cn.jiedaoflow.ownersvote;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The owners' vote decision as designers and auditors call it: through the engine's REST API, deployed by the
 * application, evaluated by the staff of the groups that work with owners' votes and by no one else.
 */
@IntegrationTest
class OwnersVoteOutcomeRestIntegrationTests {

    static final String EVALUATE = "/engine-rest/decision-definition/key/owners-vote-outcome/evaluate";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    RepositoryService repository;

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(
            strings = {"self-governance-office", "owners-committee", "housing-office", "residents-committee", "leaders"
            })
    void staffWhoWorkWithOwnersVotesEvaluateTheDecision(String group) throws Exception {
        ResponseEntity<String> response = evaluateAs(
                TestPeople.staff(identity, group), tally("ORDINARY", 32768.16, 300, 30000.00, 280, 20000.00, 200));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode results = json.readTree(response.getBody());
        assertThat(results).hasSize(1);
        assertThat(results.get(0).get("outcome").get("type").asText()).isEqualTo("String");
        assertThat(results.get(0).get("outcome").get("value").asText()).isEqualTo("PASSED");
    }

    @Test
    void exactlyTwoThirdsGivenAsDoubleMeetsTheQuorumThroughRest() throws Exception {
        String staff = TestPeople.staff(identity, "self-governance-office");

        assertThat(outcome(evaluateAs(staff, tally("ORDINARY", 32768.16, 300, 21845.44, 200, 21845.44, 200))))
                .isEqualTo("PASSED");
        assertThat(outcome(evaluateAs(staff, tally("ORDINARY", 32768.16, 300, 21845.43, 200, 21845.43, 200))))
                .isEqualTo("QUORUM_NOT_MET");
    }

    @Test
    void anUnknownMatterTypeYieldsNoOutcomeThroughRest() throws Exception {
        ResponseEntity<String> response = evaluateAs(
                TestPeople.staff(identity, "self-governance-office"),
                tally("MAJOR", 32768.16, 300, 30000.00, 280, 30000.00, 280));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(response.getBody())).isEmpty();
    }

    @Test
    void staffOfAnotherGroupDoNotFindItByKey() {
        ResponseEntity<String> response = evaluateAs(
                TestPeople.staff(identity, "finance"), tally("ORDINARY", 32768.16, 300, 30000.00, 280, 20000.00, 200));

        // Without READ the engine's query by key does not see the decision at all.
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void staffOfAnotherGroupAreForbiddenToEvaluateItById() {
        String id = repository
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey("owners-vote-outcome")
                .latestVersion()
                .singleResult()
                .getId();

        ResponseEntity<String> response = rest.withBasicAuth(
                        TestPeople.staff(identity, "finance"), TestPeople.STAFF_PASSWORD)
                .postForEntity(
                        "/engine-rest/decision-definition/{id}/evaluate",
                        body(tally("ORDINARY", 32768.16, 300, 30000.00, 280, 20000.00, 200)),
                        String.class,
                        id);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        ResponseEntity<String> response = rest.postForEntity(
                EVALUATE, body(tally("ORDINARY", 32768.16, 300, 30000.00, 280, 20000.00, 200)), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private String outcome(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode results = json.readTree(response.getBody());
        assertThat(results).hasSize(1);
        return results.get(0).get("outcome").get("value").asText();
    }

    private ResponseEntity<String> evaluateAs(String user, String tally) {
        return rest.withBasicAuth(user, TestPeople.STAFF_PASSWORD).postForEntity(EVALUATE, body(tally), String.class);
    }

    /** The request body of the engine's evaluate endpoint: areas as Double, headcounts as Integer. */
    private static String tally(
            String matterType,
            double totalArea,
            int totalOwners,
            double participatingArea,
            int participatingOwners,
            double agreeArea,
            int agreeOwners) {
        return "{\"variables\":{"
                + "\"matterType\":{\"value\":\"" + matterType + "\",\"type\":\"String\"},"
                + "\"totalArea\":{\"value\":" + totalArea + ",\"type\":\"Double\"},"
                + "\"totalOwners\":{\"value\":" + totalOwners + ",\"type\":\"Integer\"},"
                + "\"participatingArea\":{\"value\":" + participatingArea + ",\"type\":\"Double\"},"
                + "\"participatingOwners\":{\"value\":" + participatingOwners + ",\"type\":\"Integer\"},"
                + "\"agreeArea\":{\"value\":" + agreeArea + ",\"type\":\"Double\"},"
                + "\"agreeOwners\":{\"value\":" + agreeOwners + ",\"type\":\"Integer\"}}}";
    }

    private static HttpEntity<String> body(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}

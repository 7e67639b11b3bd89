package cn.jiedaoflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 12, item 10: Cockpit's plugin API answered a Tasklist-only user (every process definition with its
 * statistics, instance counts). Now only users with access to Cockpit, for every spelling of the path.
 */
@IntegrationTest
class CockpitApiGuardIntegrationTests {

    static final String STATISTICS = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @ParameterizedTest
    @ValueSource(
            strings = {
                STATISTICS,
                "/camunda/api/cockpit/plugin/base/default/process-instance/count",
                "/camunda/api/cockpit/%70lugin/base/default/process-definition/statistics",
                "/camunda/api/cockpit/plugin/base/default/process-definition/statistics/"
            })
    void aTasklistOnlyUserIsRefused(String path) {
        Webapp tasklist = Webapp.login(rest, TestPeople.staff(identity, "mediation"), TestPeople.STAFF_PASSWORD);
        ResponseEntity<String> answer = tasklist.get(path);
        assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(answer.getBody())
                .contains("\"type\":\"AuthorizationException\"", "Cockpit")
                .doesNotContain("labor-dispute-mediation");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/camunda//api/cockpit/plugin/base/default/process-definition/statistics",
                "/camunda/api/cockpit/plugin/base/%64efault/process-definition/statistics",
                "/camunda/api/cockpit/plugin/base/./default/process-definition/statistics",
                "/camunda/api/cockpit/plugin;x=1/base/default/process-definition/statistics",
                "/camunda/api/cockpit/plugin/base/static/../default/process-definition/statistics",
                "/camunda/API/cockpit/plugin/base/default/process-definition/statistics",
                "/camunda/api/Cockpit/plugin/base/default/process-definition/statistics"
            })
    void noOtherSpellingAnswersEither(String path) {
        Webapp tasklist = Webapp.login(rest, TestPeople.staff(identity, "mediation"), TestPeople.STAFF_PASSWORD);
        ResponseEntity<String> answer = tasklist.get(path);
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(path).isFalse();
        assertThat(answer.getBody()).as(path).doesNotContain("labor-dispute-mediation");
    }

    @Test
    void anAdministratorStillUsesCockpit() {
        Webapp cockpit = Webapp.login(rest, TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);
        ResponseEntity<String> answer = cockpit.get(STATISTICS);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).contains("labor-dispute-mediation");
    }

    @Test
    void withoutSigningInTheApiAnswers401AndThePluginsScriptsStayPublic() {
        assertThat(rest.getForEntity(STATISTICS, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> script =
                rest.getForEntity("/camunda/api/cockpit/plugin/cockpitPlugins/static/app/plugin.js", String.class);
        assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}

package cn.jiedaoflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.audit.AuditLog;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 12, item 10: health showed disk paths, the database and the job executor's lock owner to anyone. Now a bare
 * status for everyone and the details for administrators; readiness waits for the staff directory.
 */
@IntegrationTest
class HealthIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    FilterService filters;

    @Autowired
    StaffFilters staffFilters;

    @Autowired
    AdminSettings admin;

    @Autowired
    AuditLog audit;

    @Autowired
    StaffDirectory directory;

    @Test
    void anyoneButAnAdministratorGetsTheBareStatus() {
        String clerk = TestPeople.staff(identity, "mediation");
        for (TestRestTemplate caller :
                new TestRestTemplate[] {rest, rest.withBasicAuth(clerk, TestPeople.STAFF_PASSWORD)}) {
            ResponseEntity<String> health = caller.getForEntity("/actuator/health", String.class);
            assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
            // the status, and the names of the two probes Boot always lists: no component, no detail
            assertThat(health.getBody()).isEqualTo("{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}");
        }
    }

    @Test
    void anAdministratorSeesTheComponentsAndTheirDetails() {
        ResponseEntity<String> health = rest.withBasicAuth(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD)
                .getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody())
                .contains("\"db\"", "\"diskSpace\"", "\"path\"", "\"processEngine\"", "\"staffDirectory\"");
    }

    @Test
    void aWrongPasswordIsRefusedWithoutAChallenge() {
        ResponseEntity<String> health =
                rest.withBasicAuth(TestPeople.ADMIN, "not-the-password").getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(health.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE))
                .isFalse();
        assertThat(health.getBody()).doesNotContain("diskSpace");
    }

    @Test
    void livenessAndReadinessAreUpOnceStarted() {
        assertThat(rest.getForEntity("/actuator/health/liveness", String.class).getBody())
                .isEqualTo("{\"status\":\"UP\"}");
        ResponseEntity<String> readiness = rest.getForEntity("/actuator/health/readiness", String.class);
        assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(readiness.getBody()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void aStartThatHasNotMadeTheStaffDirectoryIsNotReady() {
        StaffDirectory notYetRun = new StaffDirectory(identity, authorizations, staffFilters, admin, audit);
        StaffDirectoryHealth health =
                new StaffDirectoryHealth(notYetRun, identity, authorizations, staffFilters, admin);
        assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    }

    @Test
    void readinessIsDownWhileTheSharedFilterIsMissing() {
        Filter shared = filters.createFilterQuery()
                .filterName(StaffFilters.Shared.OVERDUE.filterName())
                .singleResult();
        filters.deleteFilter(shared.getId());
        try {
            ResponseEntity<String> readiness = rest.getForEntity("/actuator/health/readiness", String.class);
            assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(readiness.getBody()).isEqualTo("{\"status\":\"DOWN\"}");
            assertThat(rest.withBasicAuth(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD)
                            .getForEntity("/actuator/health/readiness", String.class)
                            .getBody())
                    .contains("Tasklist filter " + StaffFilters.Shared.OVERDUE.filterName());
        } finally {
            directory.run(null); // as the next start would: makes the filter again
        }
        assertThat(rest.getForEntity("/actuator/health/readiness", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }
}

package cn.jiedaoflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** Issue 12, item 10: frame and sniffing headers on every door, and the webapps' session cookie with SameSite. */
@IntegrationTest
class ResponseHeadersIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/engine-rest/engine",
                "/engine-rest/task",
                "/camunda/app/tasklist/default/",
                "/camunda/lib/deps.js",
                "/camunda/api/engine/engine/default/task",
                "/camunda/app/cockpit",
                "/api/catalog",
                "/api/applications",
                "/actuator/health"
            })
    void noPageMayFrameItAndNoBrowserSniffsIt(String path) {
        ResponseEntity<String> answer = rest.getForEntity(path, String.class);
        assertThat(answer.getHeaders().getFirst("X-Frame-Options")).as(path).isEqualTo("DENY");
        assertThat(answer.getHeaders().getFirst("X-Content-Type-Options"))
                .as(path)
                .isEqualTo("nosniff");
    }

    @Test
    void theWebappsKeepTheirFrameAncestorsPolicy() {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    @Test
    void theSessionCookieIsSameSiteAndHttpOnlyAlsoOnARefusal() {
        // a 401 of the webapps' API: Camunda's cookie filter does not see it
        BoundClient client = new BoundClient("127.0.0.1", port);
        List<String> refused = client.get("/camunda/api/engine/engine/default/task", java.util.Map.of())
                .all("set-cookie");
        assertThat(refused)
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement()
                .satisfies(c -> assertThat(c)
                        .containsIgnoringCase("SameSite=Lax")
                        .containsIgnoringCase("HttpOnly")
                        .doesNotContainIgnoringCase("Secure"));

        ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
        assertThat(page.getHeaders().get(HttpHeaders.SET_COOKIE))
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .allSatisfy(c -> assertThat(c.toLowerCase().split("samesite=lax", -1))
                        .as("SameSite once: %s", c)
                        .hasSize(2))
                .allSatisfy(c -> assertThat(c).containsIgnoringCase("HttpOnly"));
        assertThat(Webapp.login(rest, TestPeople.staff(identity, "mediation"), TestPeople.STAFF_PASSWORD)
                        .cookies())
                .contains("JSESSIONID=");
    }
}

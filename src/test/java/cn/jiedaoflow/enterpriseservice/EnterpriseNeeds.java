package cn.jiedaoflow.enterpriseservice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.TestMultipart;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.accounts.TestSignUps;
import cn.jiedaoflow.people.Accounts;
import cn.jiedaoflow.portal.PortalClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The steps of {@code enterprise-service-request} as the people do them over HTTP: the enterprise in the portal (its
 * session, the page's CSRF token, the same {@code /api} calls as the portal's pages), staff through
 * {@code /engine-rest} as Tasklist calls it.
 */
final class EnterpriseNeeds {

    static final String PROCESS = "enterprise-service-request";
    static final String APPLY_PAGE = "/services/" + PROCESS + "/apply";
    static final String APPLY = "/api/services/" + PROCESS + "/applications";
    private static final String BOUNDARY = "enterprise-need-boundary";
    private static final String TOKEN_HEADER = "X-XSRF-TOKEN";

    private final ObjectMapper json = new ObjectMapper();
    private final TestRestTemplate rest;
    private final int port;

    EnterpriseNeeds(TestRestTemplate rest, int port) {
        this.rest = rest;
        this.port = port;
    }

    /** A new enterprise, signed in on the portal. */
    PortalClient enterprise(Accounts accounts, JdbcTemplate jdbc) {
        String creditCode = TestSignUps.creditCode(jdbc);
        accounts.createEnterprise(
                creditCode, "上海座谈科技有限公司", "王芳", TestSignUps.mobile(jdbc), TestPeople.RESIDENT_PASSWORD);
        PortalClient portal = new PortalClient(port);
        HttpResponse<String> signedIn = portal.signIn(creditCode, TestPeople.RESIDENT_PASSWORD);
        assertThat(signedIn.statusCode()).as(signedIn.body()).isBetween(300, 399);
        return portal;
    }

    /** Files a need from the apply page, as its script does; answers the tracking number. */
    String file(PortalClient enterprise, String title) {
        HttpResponse<String> page = enterprise.page(APPLY_PAGE);
        assertThat(page.statusCode()).isEqualTo(200);
        String application = write(Map.of(
                "data",
                Map.of(
                        "needCategory", "SPACE",
                        "needTitle", title,
                        "needDescription", "公司扩租需要一处 200 平方米的研发场地",
                        "contactName", "王芳",
                        "contactMobile", "13900008801"),
                "materialCodes",
                java.util.List.of()));
        HttpResponse<String> filed = enterprise.send(HttpRequest.newBuilder(enterprise.uri(APPLY))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Accept", "application/json")
                .header("Sec-Fetch-Site", "same-origin")
                .header(TOKEN_HEADER, enterprise.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        TestMultipart.body(BOUNDARY, TestMultipart.jsonPart("application", application)))));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        return read(filed.body()).get("trackingNumber").asText();
    }

    /** The open task of the case, as {@code user} finds it at {@code /engine-rest}; fails unless there is one. */
    JsonNode openTask(String user, String password, String trackingNumber) {
        ResponseEntity<String> found = TestPeople.as(rest, user, password)
                .getForEntity("/engine-rest/task?processInstanceBusinessKey=" + trackingNumber, String.class);
        assertThat(found.getStatusCode().value()).as(found.getBody()).isEqualTo(200);
        JsonNode tasks = read(found.getBody());
        assertThat(tasks).as("the open tasks %s sees", user).hasSize(1);
        return tasks.get(0);
    }

    /** Claims and submits the task's form as Tasklist does; answers the submission. */
    ResponseEntity<String> work(String user, String password, String taskId, Map<String, Object> values) {
        TestRestTemplate staff = TestPeople.as(rest, user, password);
        ResponseEntity<String> claimed = staff.exchange(
                "/engine-rest/task/" + taskId + "/claim", HttpMethod.POST, body(Map.of("userId", user)), String.class);
        assertThat(claimed.getStatusCode().value()).as(claimed.getBody()).isEqualTo(204);
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return staff.exchange(
                "/engine-rest/task/" + taskId + "/submit-form",
                HttpMethod.POST,
                body(Map.of("variables", variables)),
                String.class);
    }

    /** A JSON body as Tasklist sends it, Chinese preferred. */
    HttpEntity<String> body(Object value) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9");
        headers.set(HttpHeaders.ORIGIN, "http://localhost:" + port);
        return new HttpEntity<>(write(value), headers);
    }

    /** The enterprise rates the answer through its own step in the portal. */
    void rate(PortalClient enterprise, String trackingNumber, String resolved, String score) {
        enterprise.page("/my/cases/" + trackingNumber);
        HttpResponse<String> mine = enterprise.api("GET", "/api/my/tasks", null, true);
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        JsonNode step = read(mine.body()).get(0);
        assertThat(step.get("trackingNumber").asText()).isEqualTo(trackingNumber);
        assertThat(step.get("name").asText()).isEqualTo("企业评价答复");
        HttpResponse<String> rated = enterprise.api(
                "POST",
                "/api/my/tasks/" + step.get("id").asText() + "/completion",
                write(Map.of("data", Map.of("resolved", resolved, "score", score, "ratingComment", "场地仍未落实"))),
                true);
        assertThat(rated.statusCode()).as(rated.body()).isEqualTo(200);
    }

    JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

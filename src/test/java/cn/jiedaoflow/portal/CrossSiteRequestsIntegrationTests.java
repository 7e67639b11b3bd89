package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The attack of issue 12: a page of another site posts a form to {@code …/withdrawal} with the resident's cached
 * credentials. Refused before sign-in, nothing changed; our own pages and scripts go on working.
 */
@IntegrationTest
class CrossSiteRequestsIntegrationTests {

    static final String FETCH_SITE = "Sec-Fetch-Site";
    static final String PASSWORD = "resident-pass-1";
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes();
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @LocalServerPort
    int port;

    @Test
    void aFormPostedFromAnotherSiteDoesNotWithdrawTheApplication() {
        TestRestTemplate resident = resident("13708000001");
        String trackingNumber = submitted(resident);

        ResponseEntity<String> attack = resident.exchange(
                withdrawal(trackingNumber),
                HttpMethod.POST,
                form(Map.of("Origin", "https://evil.example", FETCH_SITE, "cross-site")),
                String.class);

        assertThat(attack.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(attack.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        assertThat(attack.getBody()).contains("urn:jiedao:problem:portal.crossSite.refused", "其他网站");
        assertThat(status(resident, trackingNumber)).isNotEqualTo("WITHDRAWN");
    }

    @Test
    void everySimpleBodyFromAnotherSiteIsRefused() {
        TestRestTemplate resident = resident("13708000002");
        String trackingNumber = submitted(resident);
        int before = applications(resident);

        HttpHeaders text = headers(Map.of("Origin", "https://evil.example"));
        text.setContentType(MediaType.TEXT_PLAIN);
        assertThat(resident.exchange(
                                withdrawal(trackingNumber), HttpMethod.POST, new HttpEntity<>("x", text), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(resident.exchange(
                                "/api/applications",
                                HttpMethod.POST,
                                multipart(Map.of(FETCH_SITE, "same-site")),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(resident.exchange(
                                withdrawal(trackingNumber),
                                HttpMethod.POST,
                                new HttpEntity<>(headers(Map.of(FETCH_SITE, "cross-site"))),
                                String.class)
                        .getStatusCode())
                .as("no body, but a browser says it comes from another site")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(resident.exchange(withdrawal(trackingNumber), HttpMethod.POST, form(Map.of()), String.class)
                        .getStatusCode())
                .as("a form that says nothing of where it comes from")
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(applications(resident)).isEqualTo(before);
        assertThat(status(resident, trackingNumber)).isNotEqualTo("WITHDRAWN");
    }

    @Test
    void theRefusalIsInEnglishWhenAskedAndComesBeforeSignIn() {
        HttpHeaders headers = headers(Map.of("Origin", "https://evil.example", HttpHeaders.ACCEPT_LANGUAGE, "en"));
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> anonymous = rest.exchange(
                withdrawal("OS-20260101-AAAAAA"),
                HttpMethod.POST,
                new HttpEntity<>(new LinkedMultiValueMap<>(), headers),
                String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(anonymous.getBody()).contains("another site").doesNotContain("其他网站");
    }

    @Test
    void ourOwnPagesAndScriptsStillWithdraw() {
        TestRestTemplate resident = resident("13708000003");
        String sameOrigin = submitted(resident);
        String ownOrigin = submitted(resident);
        String script = submitted(resident);

        assertThat(resident.exchange(
                                withdrawal(sameOrigin),
                                HttpMethod.POST,
                                form(Map.of(FETCH_SITE, "same-origin")),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(resident.exchange(
                                withdrawal(ownOrigin),
                                HttpMethod.POST,
                                form(Map.of("Origin", "http://localhost:" + port)),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(resident.postForEntity(withdrawal(script), null, String.class)
                        .getStatusCode())
                .as("no body, no browser headers: a script")
                .isEqualTo(HttpStatus.OK);
        assertThat(List.of(status(resident, sameOrigin), status(resident, ownOrigin), status(resident, script)))
                .containsOnly("WITHDRAWN");
    }

    @Test
    void aSignInFailureAnswers401WithoutABasicChallenge() {
        ResponseEntity<String> anonymous = rest.getForEntity("/api/applications", String.class);
        ResponseEntity<String> wrong =
                rest.withBasicAuth("13708000009", "wrong-password").getForEntity("/api/applications", String.class);

        for (ResponseEntity<String> response : List.of(anonymous, wrong)) {
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(response.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE))
                    .isFalse();
            assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .isTrue();
        }
    }

    // ---- helpers ----

    private TestRestTemplate resident(String mobile) {
        if (!accountRepository.existsByLoginName(mobile)) {
            accounts.createResident(mobile, "跨站测试", "31010519900101123X", PASSWORD);
        }
        return rest.withBasicAuth(mobile, PASSWORD);
    }

    private String submitted(TestRestTemplate resident) {
        ResponseEntity<Map> submitted = resident.exchange(
                "/api/applications", HttpMethod.POST, multipart(Map.of(FETCH_SITE, "same-origin")), Map.class);
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) submitted.getBody().get("trackingNumber");
    }

    private static String withdrawal(String trackingNumber) {
        return "/api/applications/" + trackingNumber + "/withdrawal";
    }

    private static String status(TestRestTemplate resident, String trackingNumber) {
        return (String) resident.getForObject("/api/applications/" + trackingNumber, Map.class)
                .get("status");
    }

    private static int applications(TestRestTemplate resident) {
        return resident.getForObject("/api/applications", List.class).size();
    }

    private static HttpHeaders headers(Map<String, String> values) {
        HttpHeaders headers = new HttpHeaders();
        values.forEach(headers::set);
        return headers;
    }

    private static HttpEntity<MultiValueMap<String, String>> form(Map<String, String> headerValues) {
        HttpHeaders headers = headers(headerValues);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        body.add("reason", "changed my mind");
        return new HttpEntity<>(body, headers);
    }

    private static HttpEntity<MultiValueMap<String, Object>> multipart(Map<String, String> headerValues) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        body.add(
                "application",
                new HttpEntity<>(
                        Map.of(
                                "matterCode",
                                "elderly-comprehensive-allowance",
                                "data",
                                Map.of(
                                        "birthDate",
                                        "1950-03-05",
                                        "bankName",
                                        "工商银行",
                                        "bankAccount",
                                        "6222020200112233445"),
                                "materialCodes",
                                List.of("id-card", "bank-card")),
                        json));
        body.add("materials", file("id.pdf", PDF));
        body.add("materials", file("bank.png", PNG));
        HttpHeaders headers = headers(headerValues);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(body, headers);
    }

    private static ByteArrayResource file(String name, byte[] content) {
        return new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }
}

package cn.jiedaoflow.onestop;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.drafts.Drafts;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The applicant the apply page fills in (name, mobile, the ID number masked) comes back with the application: the
 * account's own is used, and anything else is refused, never replaced by the account's in silence.
 */
@IntegrationTest
class OneStopOwnApplicantIntegrationTests {

    private static final String ID_NUMBER = "31010519900101123X";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    OneStopApplicationRepository applications;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theMaskedIdNumberTheAccountsNameAndMobileGiveTheAccountsApplicant() {
        TestRestTemplate resident = resident("13900000811", "回填一");

        ResponseEntity<Map> submitted = submit(resident, applicant("回填一", "13900000811", "3101**********123X"));

        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        OneStopApplication stored = applications
                .findByTrackingNumber((String) submitted.getBody().get("trackingNumber"))
                .orElseThrow();
        assertThat(stored.getApplicantIdNumber()).isEqualTo(ID_NUMBER);
        assertThat(stored.getApplicantName()).isEqualTo("回填一");
        assertThat(stored.getApplicantMobile()).isEqualTo("13900000811");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aForgedIdNumberOrAnotherNameIsRefusedNotReplaced() {
        TestRestTemplate resident = resident("13900000812", "回填二");
        long before = applicationRows();

        ResponseEntity<Map> forged = submit(resident, applicant("回填二", "13900000812", "110101199003070011"));
        ResponseEntity<Map> otherMask = submit(resident, applicant("回填二", "13900000812", "1101**********0011"));
        ResponseEntity<Map> otherName = submit(resident, applicant("别人", "13900000812", ""));

        for (ResponseEntity<Map> refused : List.of(forged, otherMask, otherName)) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody())
                    .containsEntry("type", "urn:jiedao:problem:onestop.application.applicant.notYours");
        }
        assertThat((List<Map<String, Object>>) forged.getBody().get("errors"))
                .extracting(e -> e.get("field") + ":" + e.get("problem"))
                .containsExactly("applicant.idNumber:notYours");
        assertThat((List<Map<String, Object>>) otherName.getBody().get("errors"))
                .extracting(e -> e.get("field") + ":" + e.get("problem"))
                .containsExactly("applicant.name:notYours");
        assertThat(applicationRows()).isEqualTo(before);
    }

    @Test
    void theFullNumberOfTheAccountOrNoneAtAllIsTheAccountsToo() {
        TestRestTemplate resident = resident("13900000813", "回填三");

        assertThat(submit(resident, applicant("", "", ID_NUMBER.toLowerCase())).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(submit(resident, null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aSubmissionDeletesTheResidentsDraftOfThatMatter(@Autowired Drafts drafts) {
        TestRestTemplate resident = resident("13900000814", "回填四");
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("draft", json(Map.of("data", Map.of("bankName", "工商银行"))));
        assertThat(resident.exchange(
                                "/api/drafts/elderly-comprehensive-allowance",
                                HttpMethod.PUT,
                                new HttpEntity<>(body, headers()),
                                Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);

        assertThat(submit(resident, null).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        assertThat(resident.getForEntity("/api/drafts/elderly-comprehensive-allowance", Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private long applicationRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM one_stop_application", Long.class);
    }

    private static Map<String, Object> applicant(String name, String mobile, String idNumber) {
        return Map.of("name", name, "mobile", mobile, "idNumber", idNumber);
    }

    private ResponseEntity<Map> submit(TestRestTemplate client, Map<String, Object> applicant) {
        Map<String, Object> application = new HashMap<>(OneStopApplicationApiIntegrationTests.elderly());
        if (applicant != null) {
            application.put("applicant", applicant);
        }
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("application", json(application));
        body.add("materials", pdf("id.pdf"));
        body.add("materials", pdf("bank.pdf"));
        return client.exchange(
                OneStopApplicationController.PATH, HttpMethod.POST, new HttpEntity<>(body, headers()), Map.class);
    }

    private static HttpEntity<Object> json(Object value) {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(value, json);
    }

    private static ByteArrayResource pdf(String name) {
        return new ByteArrayResource(OneStopApplicationApiIntegrationTests.PDF) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    private static HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.set("Sec-Fetch-Site", "same-origin");
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
        return headers;
    }

    private TestRestTemplate resident(String mobile, String name) {
        return TestPeople.as(
                rest, TestPeople.resident(accounts, accountRepository, mobile, name), TestPeople.RESIDENT_PASSWORD);
    }
}

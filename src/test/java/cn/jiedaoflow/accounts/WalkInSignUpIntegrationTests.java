package cn.jiedaoflow.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.TestMultipart;
import cn.jiedaoflow.TestPeople;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14, item 1, walk-in cases: a one-stop application the acceptance window entered for a resident without an
 * account becomes theirs when they sign up through the accounts' doors with the same mobile number and ID number.
 */
@IntegrationTest
class WalkInSignUpIntegrationTests {

    static final String BOUNDARY = "walk-in-boundary-5e2b";
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdentityService identity;

    @AfterEach
    void forgetTheAddress() {
        TestSignUps.forgetAddresses(jdbc);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anApplicationEnteredAtTheWindowIsTheResidentsOnceTheySignUpWithTheSameMobileAndIdNumber() {
        String mobile = TestSignUps.mobile(jdbc);
        String idNumber = TestIdNumbers.unique();
        TestRestTemplate window =
                rest.withBasicAuth(TestPeople.staff(identity, "acceptance-window"), TestPeople.STAFF_PASSWORD);
        String trackingNumber = enterAtTheWindow(window, mobile, idNumber);
        String otherMobile = TestSignUps.mobile(jdbc);

        AccountsApiClient api = new AccountsApiClient(rest);
        ResponseEntity<String> signedUp = api.signUpResident(
                TestSignUps.resident(mobile, TestSignUps.code(rest, jdbc, mobile), idNumber.toLowerCase()));
        ResponseEntity<String> someoneElse = api.signUpResident(
                TestSignUps.resident(otherMobile, TestSignUps.code(rest, jdbc, otherMobile), TestIdNumbers.unique()));
        assertThat(signedUp.getStatusCode()).as(signedUp.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(someoneElse.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        TestRestTemplate resident = rest.withBasicAuth(mobile, TestSignUps.PASSWORD);
        ResponseEntity<List> mine = resident.getForEntity("/api/applications", List.class);
        assertThat(mine.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<Map<String, Object>>) mine.getBody())
                .extracting(a -> a.get("trackingNumber") + " " + a.get("channel"))
                .containsExactly(trackingNumber + " WINDOW");
        assertThat(resident.getForEntity("/api/applications/" + trackingNumber, Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);

        TestRestTemplate other = rest.withBasicAuth(otherMobile, TestSignUps.PASSWORD);
        assertThat(other.getForEntity("/api/applications", List.class).getBody())
                .as("another resident's list")
                .isEmpty();
    }

    private String enterAtTheWindow(TestRestTemplate window, String mobile, String idNumber) {
        String application = "{\"matterCode\":\"minimum-living-allowance\",\"applicant\":{\"name\":\"窗口居民\","
                + "\"idNumber\":\"" + idNumber + "\",\"mobile\":\"" + mobile + "\"},\"data\":{\"householdSize\":3,"
                + "\"monthlyHouseholdIncome\":2000.50,\"hardshipDescription\":\"因病致贫\"},"
                + "\"materialCodes\":[\"id-card\",\"household-register\",\"income-proof\"]}";
        byte[] body = TestMultipart.body(
                BOUNDARY,
                TestMultipart.jsonPart("application", application),
                TestMultipart.file("materials", "id.pdf", "application/pdf", PDF),
                TestMultipart.file("materials", "hukou.pdf", "application/pdf", PDF),
                TestMultipart.file("materials", "income.pdf", "application/pdf", PDF));
        ResponseEntity<Map> entered = window.exchange(
                RequestEntity.post(URI.create(rest.getRootUri() + "/api/applications"))
                        .header("Sec-Fetch-Site", "same-origin")
                        .header(HttpHeaders.CONTENT_TYPE, "multipart/form-data; boundary=" + BOUNDARY)
                        .body(body),
                Map.class);
        assertThat(entered.getStatusCode()).as("%s", entered.getBody()).isEqualTo(HttpStatus.CREATED);
        return (String) entered.getBody().get("trackingNumber");
    }
}

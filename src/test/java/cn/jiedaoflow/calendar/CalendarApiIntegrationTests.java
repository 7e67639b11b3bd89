package cn.jiedaoflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

@IntegrationTest
class CalendarApiIntegrationTests {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

    /** A year no other test computes deadlines in, so storing it changes nothing for them. */
    private static final int TEST_YEAR = 2099;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    private URI deadline(String query) {
        return URI.create(rest.getRootUri() + "/api/calendar/deadline?" + query);
    }

    private ResponseEntity<Map<String, Object>> get(URI uri, String language) {
        return rest.exchange(
                RequestEntity.get(uri)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                        .build(),
                JSON);
    }

    private ResponseEntity<Map<String, Object>> put(TestRestTemplate as, int year, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as.exchange("/api/calendar/years/" + year, HttpMethod.PUT, new HttpEntity<>(body, headers), JSON);
    }

    private TestRestTemplate admin() {
        return TestPeople.as(rest, TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);
    }

    @Test
    void hasNoDemoClockOutsideTheDemoProfileEvenForAdministrators() {
        ResponseEntity<String> read = admin().getForEntity("/api/demo/clock", String.class);
        ResponseEntity<String> move = admin().postForEntity("/api/demo/clock", Map.of("days", 16), String.class);

        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(move.getStatusCode()).isIn(HttpStatus.NOT_FOUND, HttpStatus.METHOD_NOT_ALLOWED);
    }

    @Test
    void answersAWorkingDayDeadlineToAnyone() {
        ResponseEntity<String> response =
                rest.getForEntity(deadline("from=2026-09-30T10:00:00%2B08:00&workingDays=2"), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).isEqualTo("{\"deadline\":\"2026-10-09T17:00:00+08:00\"}");
    }

    @Test
    void answersACalendarDayDeadline() {
        ResponseEntity<String> response =
                rest.getForEntity(deadline("from=2026-03-06T09:00:00%2B08:00&days=15"), String.class);

        assertThat(response.getBody()).isEqualTo("{\"deadline\":\"2026-03-24T00:00:00+08:00\"}");
    }

    @Test
    void marksADeadlineInAYearWithoutDataProvisional() {
        ResponseEntity<String> response =
                rest.getForEntity(deadline("from=2030-03-01T09:00:00%2B08:00&workingDays=1"), String.class);

        assertThat(response.getBody()).isEqualTo("{\"deadline\":\"2030-03-04T17:00:00+08:00\",\"provisional\":true}");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "workingDays=1",
                "from=tomorrow&workingDays=1",
                "from=2026-09-30T10:00:00&workingDays=1",
                "from=2026-09-30T10:00:00%2B08:00",
                "from=2026-09-30T10:00:00%2B08:00&workingDays=1&days=1",
                "from=2026-09-30T10:00:00%2B08:00&workingDays=-1",
                "from=2026-09-30T10:00:00%2B08:00&workingDays=366",
                "from=2026-09-30T10:00:00%2B08:00&days=1.5",
                "from=2026-09-30T10:00:00%2B08:00&days=abc"
            })
    void refusesAnIncompleteOrInvalidQueryWith400(String query) {
        ResponseEntity<Map<String, Object>> response = get(deadline(query), "zh-CN");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("detail")).isNotBlank().doesNotContain("calendar.");
    }

    @Test
    void explainsARefusalInChineseByDefaultAndInEnglishOnRequest() {
        URI uri = deadline("from=2026-09-30T10:00:00%2B08:00&workingDays=366");

        assertThat((String) rest.exchange(RequestEntity.get(uri).build(), JSON)
                        .getBody()
                        .get("detail"))
                .contains("0 到 365");
        assertThat((String) get(uri, "en").getBody().get("detail")).contains("whole number from 0 to 365");
    }

    @Test
    void letsAnAdministratorEnterAYear() {
        ResponseEntity<Map<String, Object>> stored = put(admin(), TEST_YEAR, """
                {"springFestival":"2099-01-21","holidays":["2099-01-01","2099-01-21"],"makeUpWorkdays":[],
                 "source":"test notice"}""");

        assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(stored.getBody())
                .containsEntry("updatedBy", TestPeople.ADMIN)
                .containsEntry("holidays", List.of("2099-01-01", "2099-01-21"));

        ResponseEntity<Map<String, Object>> read =
                admin().exchange("/api/calendar/years/" + TEST_YEAR, HttpMethod.GET, null, JSON);
        assertThat(read.getBody()).containsEntry("springFestival", "2099-01-21").containsEntry("source", "test notice");

        ResponseEntity<List<Map<String, Object>>> years =
                admin().exchange("/api/calendar/years", HttpMethod.GET, null, new ParameterizedTypeReference<>() {});
        assertThat(years.getBody()).extracting(year -> year.get("year")).contains(2025, 2026, TEST_YEAR);
    }

    @Test
    void listsWhatIsWrongWithAnInvalidYear() {
        ResponseEntity<Map<String, Object>> response = put(admin(), TEST_YEAR, """
                {"springFestival":"2098-01-21","holidays":["2098-12-31"],"makeUpWorkdays":[]}""");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<?>) response.getBody().get("errors")).hasSize(2);
    }

    @Test
    void refusesAYearOutside2000To2100() {
        ResponseEntity<Map<String, Object>> response = put(admin(), 2101, """
                {"springFestival":"2101-01-29","holidays":[],"makeUpWorkdays":[]}""");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void forbidsStaffOutsideTheAdministratorsToChangeOrReadTheData() {
        String staff = TestPeople.staff(identity, "civil-affairs");
        TestRestTemplate asStaff = TestPeople.as(rest, staff, TestPeople.STAFF_PASSWORD);

        String year = """
                {"springFestival":"2099-01-21","holidays":[],"makeUpWorkdays":[]}""";
        assertThat(put(asStaff, TEST_YEAR, year).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(asStaff.exchange("/api/calendar/years", HttpMethod.GET, null, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void asksAnonymousCallersOfTheYearsToSignIn() {
        assertThat(rest.getForEntity("/api/calendar/years", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}

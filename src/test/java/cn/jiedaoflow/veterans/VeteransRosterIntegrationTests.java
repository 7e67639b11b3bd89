package cn.jiedaoflow.veterans;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.audit.AuditEventRepository;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@IntegrationTest
class VeteransRosterIntegrationTests {

    private static final String VETERANS = VeteransRosterController.PATH;
    private static final String HEADER = TestRoster.HEADER;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    AuditEventRepository auditEvents;

    @Autowired
    KeyCareVeterans keyCareVeterans;

    @Test
    void theStationImportsARosterAndOpensAFileWithTheIdNumberMasked() {
        TestRestTemplate station = station();
        TestRoster roster = TestRoster.of(36);
        ResponseEntity<String> imported = importFile(station, roster.csv(), null);
        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json(imported).get("imported").asInt()).isEqualTo(36);
        assertThat(json(imported).get("keyCare").asInt()).isEqualTo(12);

        JsonNode list = json(station.getForEntity(VETERANS, String.class));
        List<JsonNode> mine = new ArrayList<>();
        list.forEach(v -> {
            if (v.get("serviceNumber").asText().startsWith(roster.prefix())) {
                mine.add(v);
            }
        });
        assertThat(mine).hasSize(36);
        assertThat(mine.get(0).get("serviceNumber").asText()).isEqualTo(roster.prefix() + "-001");
        assertThat(mine.get(0).get("idNumberMasked").asText()).matches("3101\\*{10}[0-9]{3}[0-9X]");
        assertThat(list.toString()).doesNotContain("\"idNumber\"");

        long id = mine.get(0).get("id").asLong();
        ResponseEntity<String> file = station.getForEntity(VETERANS + "/" + id, String.class);
        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json(file).get("veteran").get("name").asText()).isEqualTo("老兵1");
        assertThat(json(file).get("veteran").get("idNumberMasked").asText()).contains("**********");
        assertThat(json(file).get("address").asText()).isEqualTo("长宁区某路 1 号");
        assertThat(json(file).get("cases").isArray()).isTrue();
        assertThat(json(file).get("cases")).isEmpty();
        assertThat(file.getBody()).doesNotContainPattern("310105[0-9]{11}[0-9X]");
    }

    @Test
    void everyFullViewOfAnIdNumberIsRecordedWithWhoAndWhich() {
        TestRestTemplate station = station();
        TestRoster roster = TestRoster.of(2);
        assertThat(importFile(station, roster.csv(), null).getStatusCode()).isEqualTo(HttpStatus.OK);
        long id = idOf(station, roster.prefix() + "-002");
        String subject = "veteran:" + id;
        assertThat(auditEvents.findBySubjectOrderByIdAsc(subject)).isEmpty();

        ResponseEntity<String> full = station.getForEntity(VETERANS + "/" + id + "/id-number", String.class);
        assertThat(full.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json(full).get("idNumber").asText()).matches("310105[0-9]{11}[0-9X]");
        TestRestTemplate head =
                TestPeople.as(rest, TestPeople.staff(identity, "veterans-station-head"), TestPeople.STAFF_PASSWORD);
        assertThat(head.getForEntity(VETERANS + "/" + id + "/id-number", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);

        assertThat(auditEvents.findBySubjectOrderByIdAsc(subject))
                .extracting(e -> e.getActor() + " " + e.getAction())
                .containsExactly(
                        "it-veterans-station veterans.idNumber.view",
                        "it-veterans-station-head veterans.idNumber.view");
        assertThat(auditEvents.findBySubjectOrderByIdAsc(subject).get(0).getOccurredAt())
                .isNotNull();
    }

    @Test
    void aFileWithBadLinesIsRefusedWholeListingEachLineAndStoresNothing() {
        TestRestTemplate station = station();
        TestRoster first = TestRoster.of(3);
        assertThat(importFile(station, first.csv(), null).getStatusCode()).isEqualTo(HttpStatus.OK);
        TestRoster second = TestRoster.of(3);
        String[] lines = second.csv().split("\r\n");
        String firstLine2 = first.csv().split("\r\n")[1];
        String bad = String.join(
                        "\r\n",
                        HEADER,
                        lines[1],
                        lines[2].replace(",否", ",也许").replace(",是", ",也许"),
                        firstLine2,
                        lines[1])
                + "\r\n";

        ResponseEntity<String> refused = importFile(station, bad, null);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode problem = json(refused);
        assertThat(problem.get("type").asText()).isEqualTo("urn:jiedao:problem:veterans.roster.invalid");
        assertThat(problem.get("detail").asText()).contains("未保存");
        // every problem in one answer: the bad line, the line already on the roster, the line repeated in the file
        assertThat(problem.get("errors").findValues("line").stream()
                        .map(JsonNode::asInt)
                        .toList())
                .containsExactly(3, 4, 5);
        assertThat(problem.get("errors").findValues("code").stream()
                        .map(JsonNode::asText)
                        .toList())
                .containsExactly("FLAG_UNKNOWN", "SERVICE_NUMBER_ON_ROSTER", "SERVICE_NUMBER_DUPLICATE");
        assertThat(station.getForEntity(VETERANS, String.class).getBody()).doesNotContain(second.prefix());

        // the file alone is fine, but line 2 is already on the roster
        String again = String.join("\r\n", HEADER, lines[1], firstLine2) + "\r\n";
        ResponseEntity<String> onRoster = importFile(station, again, "en");
        assertThat(onRoster.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json(onRoster).get("errors").get(0).get("code").asText()).isEqualTo("SERVICE_NUMBER_ON_ROSTER");
        assertThat(json(onRoster).get("errors").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(json(onRoster).get("errors").get(0).get("reason").asText()).contains("already on the roster");
        assertThat(station.getForEntity(VETERANS, String.class).getBody()).doesNotContain(second.prefix());
    }

    @Test
    void keyCareVeteransAreEveryFlaggedVeteranInServiceNumberOrder() {
        TestRoster roster = TestRoster.of(9);
        assertThat(importFile(station(), roster.csv(), null).getStatusCode()).isEqualTo(HttpStatus.OK);

        List<KeyCareVeterans.KeyCareVeteran> mine = keyCareVeterans.all().stream()
                .filter(v -> v.serviceNumber().startsWith(roster.prefix()))
                .toList();
        assertThat(mine)
                .extracting(KeyCareVeterans.KeyCareVeteran::serviceNumber)
                .containsExactly(roster.prefix() + "-003", roster.prefix() + "-006", roster.prefix() + "-009");
        assertThat(mine.get(0).name()).isEqualTo("老兵3");
        assertThat(mine.get(0).mobile()).matches("139[0-9]{8}");
        assertThat(mine.get(0).address()).isEqualTo("长宁区某路 3 号");
        List<String> all = keyCareVeterans.all().stream()
                .map(KeyCareVeterans.KeyCareVeteran::serviceNumber)
                .toList();
        assertThat(all).isSorted();
    }

    @Test
    void residentsAndOtherStaffAreRefusedAndUnknownFilesAre404() {
        TestRestTemplate resident = TestPeople.as(
                rest,
                TestPeople.resident(accounts, accountRepository, "13900007001", "居民甲"),
                TestPeople.RESIDENT_PASSWORD);
        TestRestTemplate finance =
                TestPeople.as(rest, TestPeople.staff(identity, "finance"), TestPeople.STAFF_PASSWORD);
        for (TestRestTemplate other : List.of(resident, finance)) {
            assertThat(other.getForEntity(VETERANS, String.class).getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(other.getForEntity(VETERANS + "/1/id-number", String.class)
                            .getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(importFile(other, TestRoster.of(1).csv(), null).getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(rest.getForEntity(VETERANS, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> unknown =
                station().exchange(VETERANS + "/999999999", HttpMethod.GET, null, String.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json(unknown).get("detail").asText()).contains("999999999");
        assertThat(importFile(station(), "", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private TestRestTemplate station() {
        return TestPeople.as(rest, TestPeople.staff(identity, "veterans-station"), TestPeople.STAFF_PASSWORD);
    }

    private long idOf(TestRestTemplate station, String serviceNumber) {
        for (JsonNode v : json(station.getForEntity(VETERANS, String.class))) {
            if (v.get("serviceNumber").asText().equals(serviceNumber)) {
                return v.get("id").asLong();
            }
        }
        throw new AssertionError(serviceNumber + " is not on the roster");
    }

    private static ResponseEntity<String> importFile(TestRestTemplate as, String csv, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv;charset=UTF-8"));
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return as.exchange(
                VETERANS,
                HttpMethod.POST,
                new HttpEntity<>(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), headers),
                String.class);
    }

    private static JsonNode json(ResponseEntity<String> response) {
        try {
            return JSON.readTree(response.getBody());
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
    }
}

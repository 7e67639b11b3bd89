package cn.jiedaoflow.owners;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
class OwnersRegisterIntegrationTests {

    private static final String ESTATES = OwnersRegisterController.PATH;
    private static final String HEADER = "building,unit,area,ownerId,ownerName,developerUnsold";
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @Test
    void theHousingOfficeImportsARegisterAndGetsTheHandCountedHeadsAndArea() {
        TestRestTemplate housing = housingOffice();
        ResponseEntity<String> created =
                housing.postForEntity(ESTATES, Map.of("name", "程家桥花园", "address", "长宁区程家桥路 100 弄"), String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long estateId = json(created).get("id").asLong();
        assertThat(created.getHeaders().getLocation()).hasPath(ESTATES + "/" + estateId);
        assertThat(json(created).get("counts").get("units").asInt()).isZero();

        GeneratedRegister register = GeneratedRegister.of(300);
        ResponseEntity<String> imported = importFile(housing, estateId, register.csv(), null);

        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertCounts(json(imported), register);
        ResponseEntity<String> read = housing.getForEntity(ESTATES + "/" + estateId, String.class);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertCounts(json(read), register);
        assertThat(json(read).get("name").asText()).isEqualTo("程家桥花园");
        assertThat(json(read).get("registerImportedBy").asText()).isEqualTo("it-housing-office");
    }

    @Test
    void aFileWithBadLinesIsRefusedWholeListingEachLineAndStoresNothing() {
        TestRestTemplate housing = housingOffice();
        long estateId = estate(housing, "天山新村");
        GeneratedRegister register = GeneratedRegister.of(40);
        assertThat(importFile(housing, estateId, register.csv(), null).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        String bad = String.join(
                        "\r\n",
                        HEADER,
                        "1号楼,101,88.50,N-1,新业主,false",
                        "1号楼,102,88.505,N-2,新业主二,false",
                        "1号楼,103,90,N-3,新业主三,false",
                        "1号楼,101,70,N-4,新业主四,false",
                        "1号楼,105,0,,,false",
                        "2号楼,201,60,,,maybe")
                + "\r\n";
        ResponseEntity<String> refused = importFile(housing, estateId, bad, null);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode problem = json(refused);
        assertThat(problem.get("type").asText()).isEqualTo("urn:jiedao:problem:owners.register.invalid");
        assertThat(problem.get("detail").asText()).contains("未保存");
        List<Integer> lines = problem.get("errors").findValues("line").stream()
                .map(JsonNode::asInt)
                .toList();
        assertThat(lines).containsExactly(3, 5, 6, 6, 6, 7);
        assertThat(problem.get("errors").findValues("code").stream()
                        .map(JsonNode::asText)
                        .toList())
                .containsExactly(
                        "AREA_TOO_MANY_DECIMALS",
                        "UNIT_DUPLICATE",
                        "AREA_NOT_POSITIVE",
                        "FIELD_MISSING",
                        "FIELD_MISSING",
                        "FLAG_UNKNOWN");
        assertThat(problem.get("errors").get(1).get("reason").asText()).isEqualTo("1号楼 101 重复，第 2 行已有该房屋。");

        assertCounts(json(housing.getForEntity(ESTATES + "/" + estateId, String.class)), register);
    }

    @Test
    void aNewImportReplacesTheUnitsAndOwners() {
        TestRestTemplate housing = housingOffice();
        long estateId = estate(housing, "虹桥小区");
        assertThat(importFile(housing, estateId, GeneratedRegister.of(120).csv(), null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);

        String replacement = "\uFEFF"
                + String.join(
                        "\n",
                        HEADER,
                        "A座,1,100.10,P-1,\"Li, Wei\",false",
                        "A座,2,50.05,P-1,\"Li, Wei\",false",
                        "B座,1,70,,,true")
                + "\n";
        ResponseEntity<String> imported = importFile(housing, estateId, replacement, null);

        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode counts = json(housing.getForEntity(ESTATES + "/" + estateId, String.class))
                .get("counts");
        assertThat(counts.get("units").asInt()).isEqualTo(3);
        assertThat(counts.get("headcount").asInt()).isEqualTo(2);
        assertThat(counts.get("owners").asInt()).isEqualTo(1);
        assertThat(counts.get("totalArea").decimalValue()).isEqualByComparingTo("220.15");
        assertThat(counts.get("developerUnsoldUnits").asInt()).isEqualTo(1);
    }

    @Test
    void refusesAFileOverTheSizeLimitWithoutReadingItAndKeepsTheRegister() {
        TestRestTemplate housing = housingOffice();
        long estateId = estate(housing, "天山小区");
        GeneratedRegister register = GeneratedRegister.of(50);
        assertThat(importFile(housing, estateId, register.csv(), null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        StringBuilder big = new StringBuilder(HEADER).append('\n');
        for (int unit = 1; big.length() <= 262_144; unit++) {
            big.append("Z座,")
                    .append(unit)
                    .append(",88.88,Z-")
                    .append(unit)
                    .append(",业主")
                    .append(unit)
                    .append(",false\n");
        }
        StringBuilder justUnder = new StringBuilder(HEADER).append('\n');
        int justUnderBytes = HEADER.getBytes(StandardCharsets.UTF_8).length + 1;
        for (int unit = 1; justUnderBytes < 262_000; unit++) {
            String line = "Y座," + unit + ",1,Y-" + unit + ",Y,false\n";
            justUnder.append(line);
            justUnderBytes += line.getBytes(StandardCharsets.UTF_8).length;
        }

        ResponseEntity<String> refused = importFile(housing, estateId, big.toString(), null);
        ResponseEntity<String> refusedInEnglish = importFile(housing, estateId, big.toString(), "en");
        JsonNode afterRefusal = json(housing.getForEntity(ESTATES + "/" + estateId, String.class));
        ResponseEntity<String> accepted = importFile(housing, estateId, justUnder.toString(), null);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(json(refused).get("detail").asText()).startsWith("业主名册文件超过 256 KB 的上限");
        assertThat(json(refusedInEnglish).get("detail").asText())
                .startsWith("The register file is over the 256 KB limit");
        assertCounts(afterRefusal, register);
        assertThat(justUnder.toString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(262_144);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json(accepted).get("counts").get("units").asInt())
                .isEqualTo(justUnder.toString().split("\n").length - 1);
    }

    @Test
    void answersInEnglishForAcceptLanguageEn() {
        TestRestTemplate housing = housingOffice();
        long estateId = estate(housing, "Gubei Garden");

        ResponseEntity<String> refused =
                importFile(housing, estateId, HEADER + "\n1,101,12.345,O-1,Wang,false\n", "en");
        ResponseEntity<String> unknown = housing.exchange(
                ESTATES + "/999999999", HttpMethod.GET, new HttpEntity<>(language("en")), String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json(refused).get("detail").asText()).startsWith("The register file has 1 problems");
        assertThat(json(refused).get("errors").get(0).get("reason").asText())
                .isEqualTo("Area \"12.345\" has more than 2 decimals.");
        assertThat(json(unknown).get("detail").asText()).isEqualTo("Estate 999999999 was not found.");
    }

    @Test
    void anUnknownEstateIsNotFound() {
        TestRestTemplate housing = housingOffice();

        assertThat(housing.getForEntity(ESTATES + "/999999998", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(importFile(housing, 999999998L, GeneratedRegister.of(3).csv(), null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void administratorsMayImportToo() {
        TestRestTemplate admin =
                TestPeople.as(rest, TestPeople.staff(identity, "administrators"), TestPeople.STAFF_PASSWORD);
        long estateId = estate(admin, "管理员小区");

        assertThat(importFile(admin, estateId, GeneratedRegister.of(5).csv(), null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void residentsAndOtherStaffAreForbiddenAndAnonymousCallersMustSignIn() {
        long estateId = estate(housingOffice(), "古北小区");
        TestRestTemplate resident = TestPeople.as(
                rest,
                TestPeople.resident(accounts, accountRepository, "13900000301", "周业主"),
                TestPeople.RESIDENT_PASSWORD);
        TestRestTemplate mediation =
                TestPeople.as(rest, TestPeople.staff(identity, "mediation"), TestPeople.STAFF_PASSWORD);
        String csv = GeneratedRegister.of(3).csv();

        for (TestRestTemplate caller : List.of(resident, mediation)) {
            assertThat(caller.postForEntity(ESTATES, Map.of("name", "x", "address", "y"), String.class)
                            .getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(caller.getForEntity(ESTATES + "/" + estateId, String.class)
                            .getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(importFile(caller, estateId, csv, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(rest.getForEntity(ESTATES + "/" + estateId, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(importFile(rest, estateId, csv, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(json(housingOffice().getForEntity(ESTATES + "/" + estateId, String.class))
                        .get("counts")
                        .get("units")
                        .asInt())
                .isZero();
    }

    @Test
    void anEstateNeedsANameAndAnAddress() {
        ResponseEntity<String> refused = housingOffice().postForEntity(ESTATES, Map.of("name", " "), String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json(refused).get("errors").findValues("field").stream()
                        .map(JsonNode::asText)
                        .toList())
                .containsExactly("name", "address");
    }

    private TestRestTemplate housingOffice() {
        return TestPeople.as(rest, TestPeople.staff(identity, "housing-office"), TestPeople.STAFF_PASSWORD);
    }

    private static long estate(TestRestTemplate caller, String name) {
        ResponseEntity<String> created =
                caller.postForEntity(ESTATES, Map.of("name", name, "address", "长宁区"), String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return json(created).get("id").asLong();
    }

    private static ResponseEntity<String> importFile(
            TestRestTemplate caller, long estateId, String csv, String language) {
        HttpHeaders headers = language(language);
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        return caller.exchange(
                ESTATES + "/" + estateId + "/units",
                HttpMethod.POST,
                new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers),
                String.class);
    }

    private static HttpHeaders language(String language) {
        HttpHeaders headers = new HttpHeaders();
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return headers;
    }

    private static void assertCounts(JsonNode estate, GeneratedRegister expected) {
        JsonNode counts = estate.get("counts");
        assertThat(counts.get("units").asInt()).isEqualTo(expected.units());
        assertThat(counts.get("headcount").asInt()).isEqualTo(expected.headcount());
        assertThat(counts.get("owners").asInt()).isEqualTo(expected.owners());
        assertThat(counts.get("developerUnsoldUnits").asInt()).isEqualTo(expected.unsoldUnits());
        assertThat(counts.get("totalArea").decimalValue()).isEqualByComparingTo(expected.totalArea());
    }

    private static JsonNode json(ResponseEntity<String> response) {
        try {
            return JSON.readTree(response.getBody());
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
    }

    /**
     * A register of {@code n} units over several buildings, counted by hand as it is written: every tenth
     * unit's owner also owns the next unit, every 25th unit is unsold, some names need quoting.
     */
    record GeneratedRegister(String csv, int units, int owners, int unsoldUnits, BigDecimal totalArea) {

        static GeneratedRegister of(int n) {
            StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
            Set<String> owners = new HashSet<>();
            int unsold = 0;
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                String building = (i / 60 + 1) + "号楼";
                String unit = String.valueOf(101 + i % 60);
                BigDecimal area = BigDecimal.valueOf(6000 + (i * 137L) % 9000, 2);
                total = total.add(area);
                if (i % 25 == 24) {
                    unsold++;
                    csv.append(String.join(",", building, unit, area.toPlainString(), "", "", "true"));
                } else {
                    int owner = i % 10 == 1 ? i - 1 : i;
                    owners.add("O-" + owner);
                    String name = owner % 50 == 0 ? "\"Wang, Fang " + owner + "\"" : "业主" + owner;
                    csv.append(String.join(",", building, unit, area.toPlainString(), "O-" + owner, name, "false"));
                }
                csv.append("\r\n");
            }
            return new GeneratedRegister(csv.toString(), n, owners.size(), unsold, total);
        }

        int headcount() {
            return owners + (unsoldUnits > 0 ? 1 : 0);
        }
    }
}

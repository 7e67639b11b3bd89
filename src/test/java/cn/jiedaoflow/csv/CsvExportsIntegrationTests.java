package cn.jiedaoflow.csv;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.audit.AuditEventRepository;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The two CSV exports, the owners' register of an estate and the veterans' roster: the import's own columns, cells
 * a spreadsheet would run neutralised (the stored value unchanged), ID numbers masked, who may export, audited.
 */
@IntegrationTest
class CsvExportsIntegrationTests {

    private static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final String REGISTER_HEADER = "building,unit,area,ownerId,ownerName,developerUnsold";
    private static final String ROSTER_HEADER = "serviceNumber,name,idNumber,mobile,address,keyCare";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    AuditEventRepository audit;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theRegisterExportsInTheImportsColumnsAndImportsBackUnchanged() {
        TestRestTemplate housing = staff("housing-office");
        long estateId = estate(housing);
        String register = String.join(
                        "\r\n",
                        REGISTER_HEADER,
                        "1号楼,101,88.50,O-1,张三,false",
                        "1号楼,102,90.00,O-1,张三,false",
                        "2号楼,201,75.30,,,true",
                        "2号楼,202,60.00,O-2,\"Li, Wei\",false")
                + "\r\n";
        assertThat(importFile(housing, estateId, register).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<byte[]> exported = export(housing, "/api/estates/" + estateId + "/units");

        assertThat(exported.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(exported.getHeaders().getContentType()).isEqualTo(TEXT_CSV);
        assertThat(exported.getHeaders().getContentDisposition().isAttachment()).isTrue();
        assertThat(exported.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        String csv = new String(exported.getBody(), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFF" + register);

        // what it exports, it takes back: the same file again
        assertThat(importFile(housing, estateId, csv.substring(1)).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(export(housing, "/api/estates/" + estateId + "/units").getBody())
                .isEqualTo(exported.getBody());
        assertThat(audit.findBySubjectOrderByIdAsc("estate:" + estateId))
                .extracting(e -> e.getAction())
                .contains("owners.register.export");
    }

    @Test
    void aRegisterCellThatWouldRunInASpreadsheetIsStoredAsGivenAndExportedAsText() {
        TestRestTemplate housing = staff("housing-office");
        long estateId = estate(housing);
        String register = String.join(
                        "\r\n",
                        REGISTER_HEADER,
                        "1号楼,101,88.50,-O-1,=HYPERLINK(\"http://x.example\"),false",
                        "1号楼,+102,60.00,@O-2,@SUM(A1:A9),false")
                + "\r\n";
        assertThat(importFile(housing, estateId, register).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(jdbc.queryForList(
                        "select name from estate_owner where estate_id = ? order by id", String.class, estateId))
                .containsExactly("=HYPERLINK(\"http://x.example\")", "@SUM(A1:A9)");
        String csv = new String(
                export(housing, "/api/estates/" + estateId + "/units").getBody(), StandardCharsets.UTF_8);
        assertThat(csv.lines().skip(1).toList())
                .containsExactly(
                        "1号楼,101,88.50,'-O-1,\"'=HYPERLINK(\"\"http://x.example\"\")\",false",
                        "1号楼,'+102,60.00,'@O-2,'@SUM(A1:A9),false");
    }

    @Test
    void onlyTheHousingOfficeAndAdministratorsExportARegister() {
        TestRestTemplate housing = staff("housing-office");
        long estateId = estate(housing);
        String path = "/api/estates/" + estateId + "/units";

        assertThat(export(TestPeople.as(rest, TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD), path)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(export(staff("owners-committee"), path).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(export(resident(), path).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(export(rest, path).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<byte[]> unknown = export(housing, "/api/estates/987654321/units");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
    }

    @Test
    void theRosterExportsMaskedAndNeutralisedAndEveryExportIsAudited() {
        TestRestTemplate station = staff("veterans-station");
        String prefix = "X" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String first = TestIdNumbers.of(LocalDate.of(1962, 3, 4), 100 + (int) (Math.random() * 800));
        String second = TestIdNumbers.unique();
        String roster = String.join(
                        "\r\n",
                        ROSTER_HEADER,
                        prefix + "-1,=cmd|' /C calc'!A0," + first + ",13900001001,\"长宁区程家桥路 1 号, 101 室\",是",
                        prefix + "-2,张建国," + second + ",13900001002,-长宁区,否")
                + "\r\n";
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(TEXT_CSV);
        assertThat(station.exchange(
                                "/api/veterans",
                                HttpMethod.POST,
                                new HttpEntity<>(roster.getBytes(StandardCharsets.UTF_8), headers),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        int auditsBefore = audit.findBySubjectOrderByIdAsc("roster").size();

        ResponseEntity<byte[]> byAccept = export(station, "/api/veterans");
        ResponseEntity<byte[]> byPath = station.getForEntity("/api/veterans/export", byte[].class);

        assertThat(byAccept.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(byAccept.getHeaders().getContentType()).isEqualTo(TEXT_CSV);
        assertThat(byPath.getStatusCode()).isEqualTo(HttpStatus.OK);
        String csv = new String(byAccept.getBody(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF" + ROSTER_HEADER + "\r\n");
        assertThat(csv.lines().filter(line -> line.startsWith(prefix)).toList())
                .containsExactly(
                        prefix + "-1,'=cmd|' /C calc'!A0," + first.substring(0, 4) + "**********" + first.substring(14)
                                + ",13900001001,\"长宁区程家桥路 1 号, 101 室\",是",
                        prefix + "-2,张建国," + second.substring(0, 4) + "**********" + second.substring(14)
                                + ",13900001002,'-长宁区,否");
        assertThat(csv).doesNotContain(first, second);
        assertThat(audit.findBySubjectOrderByIdAsc("roster"))
                .hasSize(auditsBefore + 2)
                .last()
                .satisfies(event -> {
                    assertThat(event.getAction()).isEqualTo("veterans.roster.export");
                    assertThat(event.getActor()).isEqualTo("it-veterans-station");
                });
        // the JSON list is still what a plain GET answers
        ResponseEntity<String> json = station.getForEntity("/api/veterans", String.class);
        assertThat(json.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON))
                .isTrue();
    }

    @Test
    void onlyTheStationExportsTheRoster() {
        assertThat(export(staff("veterans-station-head"), "/api/veterans").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(export(staff("residents-committee"), "/api/veterans").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(resident().getForEntity("/api/veterans/export", byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/api/veterans/export", byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private long estate(TestRestTemplate housing) {
        ResponseEntity<Map> created = housing.postForEntity(
                "/api/estates", Map.of("name", "导出小区 " + UUID.randomUUID(), "address", "长宁区某路 1 号"), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return ((Number) created.getBody().get("id")).longValue();
    }

    private static ResponseEntity<String> importFile(TestRestTemplate caller, long estateId, String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(TEXT_CSV);
        return caller.exchange(
                "/api/estates/" + estateId + "/units",
                HttpMethod.POST,
                new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers),
                String.class);
    }

    private static ResponseEntity<byte[]> export(TestRestTemplate caller, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));
        return caller.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }

    private TestRestTemplate staff(String group) {
        return TestPeople.as(rest, TestPeople.staff(identity, group), TestPeople.STAFF_PASSWORD);
    }

    private TestRestTemplate resident() {
        return TestPeople.as(
                rest,
                TestPeople.resident(accounts, accountRepository, "13900001099", "导出"),
                TestPeople.RESIDENT_PASSWORD);
    }
}

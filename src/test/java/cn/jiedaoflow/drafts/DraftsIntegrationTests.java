package cn.jiedaoflow.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
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

/** Drafts over real HTTP: saved with files, resumed, kept from others, deleted on submission and after 30 days. */
@IntegrationTest
class DraftsIntegrationTests {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final String ELDERLY = "/api/drafts/elderly-comprehensive-allowance";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    IdentityService identity;

    @Autowired
    Drafts drafts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aResidentSavesADraftWithAFileAndResumesItWithoutTheBankAccountInFull() {
        TestRestTemplate resident = resident("13900000801", "草稿一");

        ResponseEntity<Map> saved = put(
                resident,
                ELDERLY,
                Map.of(
                        "data",
                        Map.of("birthDate", "1950-03-05", "bankName", " 工商银行 ", "bankAccount", "6222020200112233445"),
                        "materialCodes",
                        List.of("id-card")),
                Map.of("身份证.pdf", PDF));

        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> draft = resident.getForObject(ELDERLY, Map.class);
        assertThat((Map<String, Object>) draft.get("data"))
                .containsOnly(Map.entry("birthDate", "1950-03-05"), Map.entry("bankName", "工商银行"));
        assertThat((Map<String, Object>) draft.get("masked")).containsEntry("bankAccount", "6222 **** **** 3445");
        assertThat(draft)
                .containsEntry("name", "老年综合津贴")
                .containsEntry("applyUrl", "/services/elderly-comprehensive-allowance/apply");
        // never the full bank account, neither in the answer nor in the table
        assertThat(draft.toString()).doesNotContain("6222020200112233445");
        assertThat(jdbc.queryForList("SELECT data_json || masked_json FROM draft", String.class))
                .noneMatch(row -> row.contains("6222020200112233445"));
        List<Map<String, Object>> files = (List<Map<String, Object>>) draft.get("files");
        assertThat(files)
                .extracting(f -> f.get("materialCode") + " " + f.get("fileName") + " " + f.get("sizeBytes"))
                .containsExactly("id-card 身份证.pdf " + PDF.length);
        ResponseEntity<byte[]> file =
                resident.getForEntity(ELDERLY + "/files/" + files.get(0).get("id"), byte[].class);
        assertThat(file.getBody()).isEqualTo(PDF);

        // saved again: the data replaced, the first file kept, a second added
        Number firstFile = (Number) files.get(0).get("id");
        ResponseEntity<Map> again = put(
                resident,
                ELDERLY,
                Map.of(
                        "data",
                        Map.of("bankName", "建设银行"),
                        "materialCodes",
                        List.of("bank-card"),
                        "keepFiles",
                        List.of(firstFile)),
                Map.of("bank.pdf", PDF));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Map<String, Object>) again.getBody().get("data")).containsExactly(Map.entry("bankName", "建设银行"));
        assertThat((List<Map<String, Object>>) again.getBody().get("files"))
                .extracting(f -> f.get("materialCode"))
                .containsExactly("id-card", "bank-card");

        List<Map<String, Object>> mine = resident.getForObject("/api/drafts", List.class);
        assertThat(mine).extracting(d -> d.get("serviceKey")).containsExactly("elderly-comprehensive-allowance");

        // another resident has no such draft, and cannot read the first one's file
        TestRestTemplate other = resident("13900000802", "草稿二");
        assertThat(other.getForEntity(ELDERLY, Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other.getForEntity(ELDERLY + "/files/" + firstFile, Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other.getForObject("/api/drafts", List.class)).isEmpty();

        ResponseEntity<Void> deleted = resident.exchange(ELDERLY, HttpMethod.DELETE, sameSite(null), Void.class);
        assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(resident.getForEntity(ELDERLY, Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM draft_file f JOIN stored_document d ON d.id = f.document_id"
                                + " WHERE d.uploaded_by = ?",
                        Long.class,
                        "account:"
                                + accountRepository
                                        .findByLoginName("13900000801")
                                        .orElseThrow()
                                        .getId()))
                .isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDraftRefusesWhatTheFormRefusesAndFilesThatAreNoDocuments() {
        TestRestTemplate resident = resident("13900000803", "草稿三");

        ResponseEntity<Map> bad = put(
                resident,
                ELDERLY,
                Map.of("data", Map.of("birthDate", "yesterday", "favouriteColour", "blue")),
                Map.of());
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) bad.getBody().get("errors"))
                .extracting(e -> e.get("field") + ":" + e.get("problem"))
                .containsExactlyInAnyOrder("data.birthDate:notDate", "data.favouriteColour:unknown");

        ResponseEntity<Map> text = put(
                resident,
                ELDERLY,
                Map.of("data", Map.of(), "materialCodes", List.of("id-card")),
                Map.of("id.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8)));
        assertThat(text.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(text.getBody().get("type")).isEqualTo("urn:jiedao:problem:document.type");

        ResponseEntity<Map> unknownCode = put(
                resident,
                ELDERLY,
                Map.of("data", Map.of(), "materialCodes", List.of("passport")),
                Map.of("p.pdf", PDF));
        assertThat(unknownCode.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        ResponseEntity<Map> member = put(resident, "/api/drafts/birth-medical-certificate", Map.of(), Map.of());
        assertThat(member.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(resident.getForEntity(ELDERLY, Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        TestRestTemplate staff =
                TestPeople.as(rest, TestPeople.staff(identity, "acceptance-window"), TestPeople.STAFF_PASSWORD);
        assertThat(staff.getForEntity("/api/drafts", Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aDraftLastSavedAtTIsKeptUntilJustBeforeThirtyDaysLaterAndDeletedThen() {
        TestRestTemplate resident = resident("13900000804", "草稿四");
        Instant savedAt = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        ClockUtil.setCurrentTime(Date.from(savedAt));
        assertThat(put(
                                resident,
                                ELDERLY,
                                Map.of("data", Map.of("bankName", "农业银行"), "materialCodes", List.of("id-card")),
                                Map.of("id.pdf", PDF))
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        long accountId =
                accountRepository.findByLoginName("13900000804").orElseThrow().getId();

        ClockUtil.setCurrentTime(Date.from(savedAt.plus(Duration.ofDays(30)).minus(Duration.ofMinutes(1))));
        drafts.deleteUntouched(ClockUtil.now().toInstant());
        assertThat(resident.getForEntity(ELDERLY, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(draftsOf(accountId)).isEqualTo(1);

        ClockUtil.setCurrentTime(Date.from(savedAt.plus(Duration.ofDays(30))));
        assertThat(resident.getForEntity(ELDERLY, Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        drafts.deleteUntouched(ClockUtil.now().toInstant());
        assertThat(draftsOf(accountId)).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM stored_document WHERE uploaded_by = ?",
                        Long.class,
                        "account:" + accountId))
                .isZero();
    }

    private long draftsOf(long accountId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM draft WHERE account_id = ?", Long.class, accountId);
    }

    static ResponseEntity<Map> put(
            TestRestTemplate client, String path, Map<String, Object> draft, Map<String, byte[]> files) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        body.add("draft", new HttpEntity<>(draft, json));
        new LinkedHashMap<>(files)
                .forEach((name, content) -> body.add("materials", new ByteArrayResource(content) {
                    @Override
                    public String getFilename() {
                        return name;
                    }
                }));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return client.exchange(
                path, HttpMethod.PUT, new HttpEntity<>(body, sameSite(headers).getHeaders()), Map.class);
    }

    private static HttpEntity<Void> sameSite(HttpHeaders given) {
        HttpHeaders headers = given == null ? new HttpHeaders() : given;
        // what a browser sends from the portal's own page (README, "Cross-site requests")
        headers.set("Sec-Fetch-Site", "same-origin");
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
        return new HttpEntity<>(headers);
    }

    private TestRestTemplate resident(String mobile, String name) {
        return TestPeople.as(
                rest, TestPeople.resident(accounts, accountRepository, mobile, name), TestPeople.RESIDENT_PASSWORD);
    }
}

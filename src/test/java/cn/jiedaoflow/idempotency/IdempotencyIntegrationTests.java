package cn.jiedaoflow.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** {@code Idempotency-Key} on {@code POST /api/**} over real HTTP, on H2 and on PostgreSQL. */
@IntegrationTest
class IdempotencyIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes();
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
    private static final String ONE_STOP = "/api/applications";
    private static final String MEDIATION = "/api/labor-dispute-mediation/applications";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdempotencyKeys keys;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aOneStopApplicationSentTwiceWithOneKeyIsOneCaseWithOneTrackingNumber() throws Exception {
        TestRestTemplate resident = resident("13900009101");
        String key = UUID.randomUUID().toString();

        ResponseEntity<String> first = oneStop(resident, key);
        ResponseEntity<String> again = oneStop(resident, key);

        assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(201);
        assertThat(first.getHeaders().getFirst(IdempotencyFilter.REPLAYED)).isNull();
        assertThat(again.getStatusCode().value()).isEqualTo(201);
        assertThat(again.getHeaders().getFirst(IdempotencyFilter.REPLAYED)).isEqualTo("true");
        assertThat(again.getHeaders().getLocation())
                .isEqualTo(first.getHeaders().getLocation());
        assertThat(again.getHeaders().getContentType())
                .isEqualTo(first.getHeaders().getContentType());
        assertThat(trackingNumber(again)).isEqualTo(trackingNumber(first)).startsWith("OS-");
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(cases(resident, ONE_STOP)).isEqualTo(1);
    }

    @Test
    void twoRequestsWithOneKeyAtTheSameInstantMakeOneCase() throws Exception {
        TestRestTemplate resident = resident("13900009102");
        String key = UUID.randomUUID().toString();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return oneStop(resident, key);
                }));
            }
            start.countDown();
            List<ResponseEntity<String>> both = new ArrayList<>();
            for (Future<ResponseEntity<String>> answer : answers) {
                both.add(answer.get(60, TimeUnit.SECONDS));
            }

            assertThat(both).filteredOn(a -> a.getStatusCode().value() == 201).isNotEmpty();
            assertThat(both)
                    .filteredOn(a -> a.getStatusCode().value() == 201
                            && a.getHeaders().getFirst(IdempotencyFilter.REPLAYED) == null)
                    .hasSize(1);
            for (ResponseEntity<String> answer : both) {
                if (answer.getStatusCode().value() == 409) {
                    assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))
                            .isEqualTo("1");
                    assertThat(problem(answer).path("type").asText())
                            .isEqualTo("urn:jiedao:problem:idempotency.key.running");
                } else {
                    assertThat(answer.getStatusCode().value()).isEqualTo(201);
                }
            }
            assertThat(cases(resident, ONE_STOP)).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedInTheCallersLanguage() throws Exception {
        TestRestTemplate resident = resident("13900009103");
        String key = UUID.randomUUID().toString();
        assertThat(mediation(resident, key, "三个月未发工资", null).getStatusCode().value())
                .isEqualTo(201);

        ResponseEntity<String> chinese = mediation(resident, key, "四个月未发工资", null);
        ResponseEntity<String> english = mediation(resident, key, "四个月未发工资", "en");
        ResponseEntity<String> otherPath =
                post(resident, key, "/api/inbox/1/read", "", MediaType.APPLICATION_JSON, null);

        for (ResponseEntity<String> refused : List.of(chinese, english, otherPath)) {
            assertThat(refused.getStatusCode().value()).isEqualTo(422);
            assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .isTrue();
            assertThat(problem(refused).path("type").asText()).isEqualTo("urn:jiedao:problem:idempotency.key.reused");
        }
        assertThat(problem(chinese).path("detail").asText()).contains("已用于另一个请求");
        assertThat(problem(english).path("detail").asText()).startsWith("This Idempotency-Key was already used");
        assertThat(cases(resident, MEDIATION)).isEqualTo(1);
    }

    @Test
    void aKeyIsTheCallersOwn() {
        String key = UUID.randomUUID().toString();
        TestRestTemplate one = resident("13900009104");
        TestRestTemplate other = resident("13900009105");

        assertThat(mediation(one, key, "三个月未发工资", null).getStatusCode().value()).isEqualTo(201);
        ResponseEntity<String> others = mediation(other, key, "三个月未发工资", null);

        assertThat(others.getStatusCode().value()).isEqualTo(201);
        assertThat(others.getHeaders().getFirst(IdempotencyFilter.REPLAYED)).isNull();
        assertThat(cases(other, MEDIATION)).isEqualTo(1);
    }

    @Test
    void aBadKeyIsRefusedAndNothingRuns() throws Exception {
        TestRestTemplate resident = resident("13900009106");
        for (String bad : List.of("", "k".repeat(101), "a b", "a.b", "a+b", "a/b", "%41")) {
            ResponseEntity<String> refused = mediation(resident, bad, "三个月未发工资", null);
            assertThat(refused.getStatusCode().value()).as("key \"%s\"", bad).isEqualTo(400);
            assertThat(problem(refused).path("type").asText()).isEqualTo("urn:jiedao:problem:idempotency.key.invalid");
        }
        assertThat(cases(resident, MEDIATION)).isZero();

        assertThat(mediation(resident, "K_-9".repeat(25), "三个月未发工资", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
    }

    @Test
    void aRepeatWhileTheFirstStillRunsIs409WithRetryAfterOneSecond() throws Exception {
        TestRestTemplate resident = resident("13900009107");
        String key = UUID.randomUUID().toString();
        Instant now = Instant.now();
        jdbc.update(
                "INSERT INTO app_idempotency_key (caller, idempotency_key, created_at, expires_at) VALUES (?, ?, ?, ?)",
                "13900009107",
                key,
                now.atOffset(ZoneOffset.UTC),
                now.plus(IdempotencyKeys.KEPT).atOffset(ZoneOffset.UTC));

        ResponseEntity<String> running = mediation(resident, key, "三个月未发工资", "en");

        assertThat(running.getStatusCode().value()).isEqualTo(409);
        assertThat(running.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(problem(running).path("type").asText()).isEqualTo("urn:jiedao:problem:idempotency.key.running");
        assertThat(problem(running).path("detail").asText()).startsWith("The request with this Idempotency-Key");
        assertThat(cases(resident, MEDIATION)).isZero();
        jdbc.update("DELETE FROM app_idempotency_key WHERE idempotency_key = ?", key);
    }

    @Test
    void anAnswerIsGivenAgainFor24HoursAndNotAtExactly24() {
        TestRestTemplate resident = resident("13900009108");
        String key = UUID.randomUUID().toString();
        Instant start = Instant.now();
        ClockUtil.setCurrentTime(Date.from(start));
        ResponseEntity<String> first = mediation(resident, key, "三个月未发工资", null);

        ClockUtil.setCurrentTime(Date.from(start.plus(IdempotencyKeys.KEPT).minusMillis(1)));
        ResponseEntity<String> justBefore = mediation(resident, key, "三个月未发工资", null);
        ClockUtil.setCurrentTime(Date.from(start.plus(IdempotencyKeys.KEPT)));
        ResponseEntity<String> at24Hours = mediation(resident, key, "三个月未发工资", null);

        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(justBefore.getHeaders().getFirst(IdempotencyFilter.REPLAYED)).isEqualTo("true");
        assertThat(at24Hours.getStatusCode().value()).isEqualTo(201);
        assertThat(at24Hours.getHeaders().getFirst(IdempotencyFilter.REPLAYED)).isNull();
        assertThat(cases(resident, MEDIATION)).isEqualTo(2);
    }

    @Test
    void theJobDeletesAnswersAtTheirTwentyFourthHourAndClaimsLeftRunningAfterTenMinutes() {
        Instant start = Instant.now();
        ClockUtil.setCurrentTime(Date.from(start));
        IdempotencyKeys.Claimed answered = (IdempotencyKeys.Claimed) keys.claim("job-test", "answered");
        keys.keep(answered.id(), "f", new KeptAnswer(201, null, "application/json", new byte[] {'{', '}'}));
        keys.claim("job-test", "left-running");

        ClockUtil.setCurrentTime(Date.from(start.plus(IdempotencyKeys.ABANDONED).minusMillis(1)));
        keys.deleteExpired();
        assertThat(keysOf("job-test")).containsExactlyInAnyOrder("answered", "left-running");
        ClockUtil.setCurrentTime(Date.from(start.plus(IdempotencyKeys.ABANDONED)));
        keys.deleteExpired();
        assertThat(keysOf("job-test")).containsExactly("answered");
        ClockUtil.setCurrentTime(Date.from(start.plus(IdempotencyKeys.KEPT).minusMillis(1)));
        keys.deleteExpired();
        assertThat(keysOf("job-test")).containsExactly("answered");
        ClockUtil.setCurrentTime(Date.from(start.plus(IdempotencyKeys.KEPT)));
        keys.deleteExpired();
        assertThat(keysOf("job-test")).isEmpty();
    }

    @Test
    void anAnswerWhoseReasonMayPassIsNotKeptSoARetryRuns() {
        TestRestTemplate resident = resident("13900009109");
        String key = UUID.randomUUID().toString();

        ResponseEntity<String> notFound =
                post(resident, key, "/api/inbox/999999999/read", "", MediaType.APPLICATION_JSON, null);
        assertThat(notFound.getStatusCode().value()).isEqualTo(404);
        assertThat(keysOf("13900009109")).isEmpty();

        assertThat(mediation(resident, key, "三个月未发工资", null).getStatusCode().value())
                .isEqualTo(201);
    }

    @Test
    void anAnonymousCallersKeyIsNotRecorded() {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM app_idempotency_key", Long.class);

        ResponseEntity<String> code = post(
                rest,
                "anonymous-key",
                "/api/accounts/verification-codes",
                "{\"mobile\":\"13900009110\"}",
                MediaType.APPLICATION_JSON,
                null);

        assertThat(code.getStatusCode().is2xxSuccessful()).as(code.getBody()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_idempotency_key", Long.class))
                .isEqualTo(before);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private TestRestTemplate resident(String mobile) {
        return TestPeople.as(
                rest, TestPeople.resident(accounts, accountRepository, mobile, "幂等测试"), TestPeople.RESIDENT_PASSWORD);
    }

    private List<String> keysOf(String caller) {
        return jdbc.queryForList(
                "SELECT idempotency_key FROM app_idempotency_key WHERE caller = ?", String.class, caller);
    }

    private ResponseEntity<String> oneStop(TestRestTemplate client, String key) {
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
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.set("Sec-Fetch-Site", "same-origin");
        headers.set(IdempotencyFilter.HEADER, key);
        return client.exchange(ONE_STOP, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private static ByteArrayResource file(String name, byte[] content) {
        return new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    private ResponseEntity<String> mediation(TestRestTemplate client, String key, String facts, String language) {
        String body = "{\"employer\":\"上海幂等物流有限公司\",\"disputeType\":\"WAGES\",\"claim\":\"支付拖欠工资\"," + "\"facts\":\""
                + facts + "\"}";
        return post(client, key, MEDIATION, body, MediaType.APPLICATION_JSON, language);
    }

    private static ResponseEntity<String> post(
            TestRestTemplate client, String key, String path, String body, MediaType type, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.set(IdempotencyFilter.HEADER, key);
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return client.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private static int cases(TestRestTemplate client, String path) {
        return client.getForEntity(path, List.class).getBody().size();
    }

    private static String trackingNumber(ResponseEntity<String> answer) throws Exception {
        return JSON.readTree(answer.getBody()).path("trackingNumber").asText();
    }

    private static JsonNode problem(ResponseEntity<String> answer) throws Exception {
        return JSON.readTree(answer.getBody());
    }
}

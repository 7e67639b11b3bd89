package cn.jiedaoflow.web;

import static cn.jiedaoflow.TestMultipart.jsonPart;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.TestMultipart;
import cn.jiedaoflow.TestMultipart.FilePart;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.accounts.TestSignUps;
import cn.jiedaoflow.notification.Notifications;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The bad-input corpus: several hundred inputs that are wrong in one way each, over every endpoint of {@code /api},
 * sent by a caller who may call the endpoint, so that the input and nothing else is what is wrong. For each input,
 * asked once in Chinese (no Accept-Language) and once in English, it asserts the expected 4xx, an RFC 9457 problem
 * with {@code type}, {@code title}, {@code status} and {@code detail} in the language asked for (the English one
 * without a CJK character), nothing internal in any field, and nothing stored: every table of the application and the
 * engine's {@code ACT_RU_EXECUTION} and {@code ACT_HI_PROCINST} hold as many rows after the input as before.
 *
 * <p>An endpoint added later is one more group of entries; {@link #everyEndpointOfTheApiHasBadInputsInTheCorpus}
 * fails until it has them.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusIntegrationTests {

    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]");
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|java\\.|javax\\.|jakarta\\.|com\\.fasterxml"
                    + "|org\\.|springframework|hibernate|camunda|\\.java:|\\bat"
                    + " [\\w$.]+\\(|SQL|JDBC|constraint|stack ?trace",
            Pattern.CASE_INSENSITIVE);
    /** SQL as a database would quote it: in capitals (the English messages say "from" and "update" in prose). */
    private static final Pattern SQL_WORDS = Pattern.compile("\\b(SELECT|INSERT|UPDATE|DELETE|FROM|WHERE|JOIN)\\b");
    /** The inputs of {@link #texts} are named "field: what"; their refusal must name the field. */
    private static final Pattern NAMED_FIELD = Pattern.compile("^([A-Za-z]+): ");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOUNDARY = "corpus-boundary-7f3a";
    /** The accounts' refusal of a request's fields, each bad one named. */
    private static final String INVALID_FIELDS = "accounts.request.invalid";

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** Who sends an input: someone the endpoint serves. */
    enum Who {
        ANYONE,
        RESIDENT,
        MEDIATION,
        ACCEPTANCE_WINDOW,
        ADMIN,
        HOUSING,
        SELF_GOVERNANCE,
        OWNERS_COMMITTEE,
        PROPERTY_COMPANY,
        STATION,
        RESIDENTS_COMMITTEE,
        ENTERPRISE
    }

    /**
     * A request body, as bytes with its content type ({@code null} content sends none), and the Accept header sent
     * ({@code null}: the client's own).
     */
    record Body(String contentType, byte[] content, String accept) {

        static final Body NONE = new Body(null, null, null);
        static final Body ACCEPT_CSV = new Body(null, null, "text/csv");

        Body(String contentType, byte[] content) {
            this(contentType, content, null);
        }

        static Body json(String json) {
            return new Body("application/json", json.getBytes(StandardCharsets.UTF_8));
        }

        static Body of(String contentType, String text) {
            return new Body(contentType, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * One bad input.
     *
     * @param endpoint the endpoint as mapped, {@code "POST /api/estates"}
     * @param name     what is wrong, for the report
     * @param who      the caller
     * @param method   the method sent (usually the endpoint's)
     * @param path     the path and query, exactly as sent (already percent-encoded)
     * @param body     the body
     * @param status   the status expected
     * @param type     the message key the problem's type must name
     */
    record BadInput(
            String endpoint, String name, Who who, HttpMethod method, String path, Body body, int status, String type) {

        @Override
        public String toString() {
            return endpoint + " — " + name;
        }
    }

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService history;

    @Autowired
    DataSource dataSource;

    @Autowired
    Notifications notifications;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<Who, String[]> credentials = new LinkedHashMap<>();
    private final List<BadInput> corpus = new ArrayList<>();
    private List<String> countedTables;

    // fixtures: real records the inputs aim at, so that only the input is wrong
    private String residentMobile;
    private long estateId;
    private String oneStopTrackingNumber;
    private long materialId;
    private String assistanceTrackingNumber;
    private long veteranId;
    private long areaId;
    private String areaName;
    private long othersNoticeId;

    @BeforeAll
    void fixturesAndCorpus() throws SQLException {
        people();
        estate();
        residentsArea();
        oneStopApplicationAwaitingSupplement();
        veteranAndAssistanceApplication();
        othersNoticeId = notifications
                .send(new Notifications.Recipient("13600000001", null), null, "语料通知", "不是语料居民的。")
                .getId();
        countedTables = countedTables();
        corpus.addAll(build());
    }

    @TestFactory
    Stream<DynamicTest> eachBadInputIsA4xxProblemInTheCallersLanguageAndStoresNothing() {
        return corpus.stream().map(input -> DynamicTest.dynamicTest(input.toString(), () -> check(input)));
    }

    @Test
    void theCorpusHoldsAtLeast300InputsOverEveryEndpoint() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);
        assertThat(corpus.stream().map(BadInput::endpoint).distinct().count()).isGreaterThanOrEqualTo(35);
    }

    @Test
    void everyEndpointOfTheApiHasBadInputsInTheCorpus() {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> patterns = info.getPathPatternsCondition() != null
                    ? info.getPathPatternsCondition().getPatternValues()
                    : info.getPatternValues();
            String produces =
                    info.getProducesCondition().getProducibleMediaTypes().isEmpty()
                            ? ""
                            : " " + info.getProducesCondition().getProducibleMediaTypes();
            for (String pattern : patterns) {
                if (pattern.startsWith("/api/")) {
                    info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m + " " + pattern + produces));
                }
            }
        }
        Set<String> covered = new TreeSet<>();
        corpus.forEach(input -> covered.add(input.endpoint()));
        assertThat(covered).as("endpoints of the corpus").containsAll(mapped);
    }

    // ---- the check of one input ------------------------------------------------------------------------------

    private void check(BadInput input) throws Exception {
        Map<String, Long> before = counts();
        ResponseEntity<byte[]> chinese = send(input, null);
        ResponseEntity<byte[]> english = send(input, "en");
        Map<String, Long> after = counts();

        assertProblem(input, chinese, false);
        assertProblem(input, english, true);
        assertThat(after).as("%s: rows stored", input).isEqualTo(before);
    }

    private void assertProblem(BadInput input, ResponseEntity<byte[]> response, boolean english) throws Exception {
        String body = response.getBody() == null ? "" : new String(response.getBody(), StandardCharsets.UTF_8);
        String language = english ? "en" : "zh";
        assertThat(response.getStatusCode().value())
                .as("%s (%s): status; body %s", input, language, body)
                .isEqualTo(input.status());
        assertThat(response.getHeaders().getContentType())
                .as("%s (%s): content type", input, language)
                .isNotNull()
                .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON), "application/problem+json");
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.path("type").asText())
                .as("%s (%s): type", input, language)
                .isEqualTo("urn:jiedao:problem:" + input.type());
        assertThat(problem.path("status").asInt())
                .as("%s (%s): status field", input, language)
                .isEqualTo(input.status());
        String title = problem.path("title").asText();
        String detail = problem.path("detail").asText();
        assertThat(title).as("%s (%s): title", input, language).isNotBlank();
        assertThat(detail).as("%s (%s): detail", input, language).isNotBlank();
        if (english) {
            assertThat(CJK.matcher(detail + title).find())
                    .as("%s: CJK in the English problem: %s", input, body)
                    .isFalse();
        } else {
            assertThat(CJK.matcher(detail).find())
                    .as("%s: the Chinese detail has no Chinese: %s", input, body)
                    .isTrue();
        }
        Matcher field = NAMED_FIELD.matcher(input.name());
        if (input.type().startsWith("problem.text.") && field.find()) {
            assertThat(detail)
                    .as("%s (%s): the refusal names the field", input, language)
                    .contains(field.group(1));
        }
        for (String text : texts(problem)) {
            assertThat(INTERNALS.matcher(text).find() || SQL_WORDS.matcher(text).find())
                    .as("%s (%s): internals in \"%s\"", input, language, text)
                    .isFalse();
        }
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isTextual()) {
            texts.add(node.asText());
        }
        node.forEach(child -> texts.addAll(texts(child)));
        node.fieldNames().forEachRemaining(texts::add);
        return texts;
    }

    private ResponseEntity<byte[]> send(BadInput input, String language) throws IOException {
        URI uri;
        try {
            uri = new URI(rest.getRootUri() + input.path());
        } catch (URISyntaxException e) {
            return sendRaw(input, language); // no HTTP client sends a % that starts no escape: write it by hand
        }
        RequestEntity.BodyBuilder request = RequestEntity.method(input.method(), uri);
        String[] user = credentials.get(input.who());
        if (user != null) {
            request.headers(headers -> headers.setBasicAuth(user[0], user[1], StandardCharsets.UTF_8));
        }
        if (language != null) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        // as a browser on the portal's own page would send a form or upload (the API refuses cross-site ones)
        request.header("Sec-Fetch-Site", "same-origin");
        if (input.body().accept() != null) {
            request.header(HttpHeaders.ACCEPT, input.body().accept());
        }
        if (input.body().content() == null) {
            return rest.exchange(request.build(), byte[].class);
        }
        if (input.body().contentType() != null) {
            request.header(HttpHeaders.CONTENT_TYPE, input.body().contentType());
        }
        return rest.exchange(request.body(input.body().content()), byte[].class);
    }

    /** The request written on a socket as given; only for inputs without a body. */
    private ResponseEntity<byte[]> sendRaw(BadInput input, String language) throws IOException {
        assertThat(input.body().content()).as("raw requests carry no body").isNull();
        StringBuilder request = new StringBuilder(input.method().name())
                .append(' ')
                .append(input.path())
                .append(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
        String[] user = credentials.get(input.who());
        if (user != null) {
            request.append("Authorization: Basic ")
                    .append(Base64.getEncoder()
                            .encodeToString((user[0] + ":" + user[1]).getBytes(StandardCharsets.UTF_8)))
                    .append("\r\n");
        }
        if (language != null) {
            request.append("Accept-Language: ").append(language).append("\r\n");
        }
        URI root = URI.create(rest.getRootUri());
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            byte[] answer = socket.getInputStream().readAllBytes();
            String text = new String(answer, StandardCharsets.ISO_8859_1);
            int headersEnd = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, headersEnd).split("\r\n");
            HttpHeaders headers = new HttpHeaders();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.add(
                        lines[i].substring(0, colon).trim(),
                        lines[i].substring(colon + 1).trim());
            }
            byte[] body = java.util.Arrays.copyOfRange(answer, headersEnd + 4, answer.length);
            if ("chunked".equalsIgnoreCase(headers.getFirst(HttpHeaders.TRANSFER_ENCODING))) {
                body = unchunked(body);
            }
            return ResponseEntity.status(Integer.parseInt(lines[0].split(" ")[1]))
                    .headers(headers)
                    .body(body);
        }
    }

    private static byte[] unchunked(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String text = new String(chunked, StandardCharsets.ISO_8859_1);
        int at = 0;
        while (true) {
            int lineEnd = text.indexOf("\r\n", at);
            int size = Integer.parseInt(text.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return body.toByteArray();
            }
            body.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    // ---- nothing stored: the rows of every table concerned ---------------------------------------------------

    private List<String> countedTables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rs =
                    meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    String upper = table.toUpperCase(Locale.ROOT);
                    if (!upper.startsWith("ACT_")
                            || upper.equals("ACT_RU_EXECUTION")
                            || upper.equals("ACT_HI_PROCINST")) {
                        tables.add(table);
                    }
                }
            }
        }
        assertThat(tables)
                .as("tables counted")
                .hasSizeGreaterThan(15)
                .anyMatch(t -> t.equalsIgnoreCase("ACT_RU_EXECUTION"))
                .anyMatch(t -> t.equalsIgnoreCase("audit_event"));
        return tables;
    }

    private Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            for (String table : countedTables) {
                try (ResultSet rs = statement.executeQuery("select count(*) from \"" + table + "\"")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    // ---- fixtures --------------------------------------------------------------------------------------------

    private void people() {
        String suffix = String.format("%04d", (int) (Math.random() * 10_000));
        residentMobile = "1370000" + suffix;
        if (!accountRepository.existsByLoginName(residentMobile)) {
            accounts.createResident(residentMobile, "语料居民", TestIdNumbers.unique(), TestPeople.RESIDENT_PASSWORD);
        }
        credentials.put(Who.RESIDENT, new String[] {residentMobile, TestPeople.RESIDENT_PASSWORD});
        credentials.put(Who.ADMIN, new String[] {TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD});
        String creditCode = TestSignUps.creditCode(new JdbcTemplate(dataSource));
        accounts.createEnterprise(
                creditCode,
                "语料企业",
                "语料联系人",
                TestSignUps.mobile(new JdbcTemplate(dataSource)),
                TestPeople.RESIDENT_PASSWORD);
        credentials.put(Who.ENTERPRISE, new String[] {creditCode, TestPeople.RESIDENT_PASSWORD});
        Map<Who, String> groups = Map.of(
                Who.MEDIATION,
                "mediation",
                Who.ACCEPTANCE_WINDOW,
                "acceptance-window",
                Who.HOUSING,
                "housing-office",
                Who.SELF_GOVERNANCE,
                "self-governance-office",
                Who.OWNERS_COMMITTEE,
                "owners-committee",
                Who.PROPERTY_COMPANY,
                "property-company",
                Who.STATION,
                "veterans-station",
                Who.RESIDENTS_COMMITTEE,
                "residents-committee");
        groups.forEach((who, group) ->
                credentials.put(who, new String[] {TestPeople.staff(identity, group), TestPeople.STAFF_PASSWORD}));
    }

    private TestRestTemplate as(Who who) {
        String[] user = credentials.get(who);
        return rest.withBasicAuth(user[0], user[1]);
    }

    private void estate() {
        ResponseEntity<Map> created = as(Who.HOUSING)
                .postForEntity(
                        "/api/estates",
                        Map.of("name", "语料小区 " + UUID.randomUUID(), "address", "长宁区语料路 1 号"),
                        Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        estateId = ((Number) created.getBody().get("id")).longValue();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        String register = "building,unit,area,ownerId,ownerName,developerUnsold\r\n1号楼,101,88.50,C-1,张三,false\r\n";
        assertThat(as(Who.HOUSING)
                        .exchange(
                                "/api/estates/" + estateId + "/units",
                                HttpMethod.POST,
                                new org.springframework.http.HttpEntity<>(
                                        register.getBytes(StandardCharsets.UTF_8), headers),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    /** A residents' area that holds the corpus's estate. */
    private void residentsArea() {
        // ASCII, because a refusal quotes it back in English answers too
        areaName = "Corpus area " + UUID.randomUUID();
        ResponseEntity<Map> created =
                as(Who.ADMIN).postForEntity("/api/residents-areas", Map.of("name", areaName), Map.class);
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        areaId = ((Number) created.getBody().get("id")).longValue();
        assertThat(as(Who.ADMIN)
                        .exchange(
                                "/api/residents-areas/" + areaId + "/estates/" + estateId,
                                HttpMethod.PUT,
                                null,
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @SuppressWarnings("unchecked")
    private void oneStopApplicationAwaitingSupplement() {
        String application = "{\"matterCode\":\"minimum-living-allowance\",\"data\":{\"householdSize\":3,"
                + "\"monthlyHouseholdIncome\":2000.50,\"hardshipDescription\":\"因病致贫\"},"
                + "\"materialCodes\":[\"id-card\",\"household-register\",\"income-proof\"]}";
        ResponseEntity<Map> submitted = as(Who.RESIDENT)
                .exchange(
                        RequestEntity.post(URI.create(rest.getRootUri() + "/api/applications"))
                                .header("Sec-Fetch-Site", "same-origin")
                                .header(HttpHeaders.CONTENT_TYPE, "multipart/form-data; boundary=" + BOUNDARY)
                                .body(multipart(
                                        jsonPart("application", application),
                                        file("materials", "id.pdf", PDF),
                                        file("materials", "hukou.pdf", PDF),
                                        file("materials", "income.pdf", PDF))),
                        Map.class);
        assertThat(submitted.getStatusCode()).as("%s", submitted.getBody()).isEqualTo(HttpStatus.CREATED);
        oneStopTrackingNumber = (String) submitted.getBody().get("trackingNumber");
        Task preCheck = tasks.createTaskQuery()
                .processInstanceBusinessKey(oneStopTrackingNumber)
                .singleResult();
        tasks.complete(preCheck.getId(), Map.of("preCheckDecision", "SUPPLEMENT", "missingItems", "收入证明不清晰"));
        String instanceId = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(oneStopTrackingNumber)
                .singleResult()
                .getId();
        for (Job job : management
                .createJobQuery()
                .processInstanceId(instanceId)
                .executable()
                .list()) {
            management.executeJob(job.getId());
        }
        Map<String, Object> view =
                as(Who.RESIDENT).getForObject("/api/applications/" + oneStopTrackingNumber, Map.class);
        assertThat(view).containsEntry("status", "SUPPLEMENT_REQUESTED");
        materialId = ((Number) ((List<Map<String, Object>>) view.get("materials"))
                        .get(0)
                        .get("id"))
                .longValue();
    }

    @SuppressWarnings("unchecked")
    private void veteranAndAssistanceApplication() {
        String prefix = "BI" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String idNumber = TestIdNumbers.unique();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        String roster = "serviceNumber,name,idNumber,mobile,address,keyCare\r\n" + prefix + "-1,语料老兵," + idNumber
                + ",13900003001,长宁区语料路 2 号,否\r\n";
        assertThat(as(Who.STATION)
                        .exchange(
                                "/api/veterans",
                                HttpMethod.POST,
                                new org.springframework.http.HttpEntity<>(
                                        roster.getBytes(StandardCharsets.UTF_8), headers),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> veterans = as(Who.STATION).getForObject("/api/veterans", List.class);
        veteranId = veterans.stream()
                .filter(v -> ((String) v.get("serviceNumber")).startsWith(prefix))
                .map(v -> ((Number) v.get("id")).longValue())
                .findFirst()
                .orElseThrow();
        Map<String, Object> application = new LinkedHashMap<>();
        application.put("veteranIdNumber", idNumber);
        application.put("applicantRelation", "FAMILY");
        application.put("applicantName", "语料家属");
        application.put("applicantMobile", "13900003002");
        application.put("hardshipType", "ILLNESS");
        application.put("householdSize", 3);
        application.put("monthlyHouseholdIncome", 1200);
        application.put("disabilityGrade", 0);
        application.put("requestedHelp", "住院费用");
        ResponseEntity<Map> applied =
                as(Who.STATION).postForEntity("/api/veteran-assistance/applications", application, Map.class);
        assertThat(applied.getStatusCode()).as("%s", applied.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(applied.getBody().get("status")).isNotIn("CLOSED", "INELIGIBLE");
        assistanceTrackingNumber = (String) applied.getBody().get("trackingNumber");
    }

    // ---- the corpus ------------------------------------------------------------------------------------------

    /** The texts every text field is tried with, each refused by TextRules, with the problem it is. */
    private static final Map<String, String> BAD_TEXTS = texts();

    private static Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("王\u0000五", "problem.text.control");
        texts.put("\u001B[31mred", "problem.text.control");
        texts.put("invoice\u202Efdp.exe", "problem.text.direction");
        texts.put("\u2066isolated\u2069", "problem.text.direction");
        texts.put("half\uD800", "problem.text.surrogate");
        texts.put("\u200B\u200B", "problem.text.invisible");
        texts.put("\uFEFF", "problem.text.invisible");
        texts.put("\u00A0\u2060", "problem.text.invisible");
        return texts;
    }

    private List<BadInput> build() {
        List<BadInput> all = new ArrayList<>();
        calendar(all);
        labourDispute(all);
        catalog(all);
        oneStop(all);
        estates(all);
        scope(all);
        votes(all);
        propertyFee(all);
        veterans(all);
        veteranAssistance(all);
        accounts(all);
        inbox(all);
        myCases(all);
        services(all);
        applyOnline(all);
        ownersVotes(all);
        everyGetRefusesBadQueryParameters(all);
        return all;
    }

    private void calendar(List<BadInput> all) {
        String deadline = "GET /api/calendar/deadline";
        String path = "/api/calendar/deadline";
        for (String[] bad : new String[][] {
            {"from beyond year 999999999", "?from=%2B999999999-12-31T00:00:00Z&days=1", "calendar.from.outOfRange"},
            {"from at year -999999999", "?from=-999999999-01-01T00:00:00Z&workingDays=1", "calendar.from.outOfRange"},
            {"from in year 10000", "?from=%2B10000-01-01T00:00:00Z&days=1", "calendar.from.outOfRange"},
            {"from before 1900", "?from=1899-12-31T00:00:00%2B08:00&days=1", "calendar.from.outOfRange"},
            {"from on 30 February", "?from=2026-02-30T09:00:00%2B08:00&days=1", "calendar.from.invalid"},
            {"from without offset", "?from=2026-03-06T09:00:00&days=1", "calendar.from.invalid"},
            {"from not a date", "?from=tomorrow&days=1", "calendar.from.invalid"},
            {"from missing", "?days=1", "calendar.from.missing"},
            {"from blank", "?from=%20%20&days=1", "calendar.from.missing"},
            {"from with NUL", "?from=2026-03-06T09:00:00Z%00&days=1", "problem.text.control"},
            {"from with a direction override", "?from=%E2%80%AE2026-03-06T09:00:00Z&days=1", "problem.text.direction"},
            {"from of zero-width spaces", "?from=%E2%80%8B%E2%80%8B&days=1", "problem.text.invisible"},
            {"from undecodable", "?from=%zz&days=1", "problem.parameter.undecodable"},
            {"from not UTF-8", "?from=%FF%FE&days=1", "problem.parameter.undecodable"},
            {"days 1e400", "?from=2026-03-06T09:00:00Z&days=1e400", "calendar.count.invalid"},
            {"days -1", "?from=2026-03-06T09:00:00Z&days=-1", "calendar.count.invalid"},
            {"days 366", "?from=2026-03-06T09:00:00Z&days=366", "calendar.count.invalid"},
            {"days NaN", "?from=2026-03-06T09:00:00Z&days=NaN", "calendar.count.invalid"},
            {"workingDays huge", "?from=2026-03-06T09:00:00Z&workingDays=99999999999999999999", "calendar.count.invalid"
            },
            {"workingDays 1.5", "?from=2026-03-06T09:00:00Z&workingDays=1.5", "calendar.count.invalid"},
            {"workingDays and days", "?from=2026-03-06T09:00:00Z&workingDays=1&days=1", "calendar.period.exactlyOne"},
            {"neither workingDays nor days", "?from=2026-03-06T09:00:00Z", "calendar.period.exactlyOne"},
            {"a parameter name with NUL", "?from=2026-03-06T09:00:00Z&days=1&x%00=1", "problem.text.control"},
            {
                "a parameter name undecodable",
                "?from=2026-03-06T09:00:00Z&days=1&%E2%zz=1",
                "problem.parameter.undecodableName"
            }
        }) {
            all.add(new BadInput(deadline, bad[0], Who.ANYONE, HttpMethod.GET, path + bad[1], Body.NONE, 400, bad[2]));
        }

        String years = "GET /api/calendar/years/{year}";
        all.add(new BadInput(
                years,
                "year beyond int",
                Who.ADMIN,
                HttpMethod.GET,
                "/api/calendar/years/99999999999",
                Body.NONE,
                400,
                "problem.parameter.invalid"));
        all.add(new BadInput(
                years,
                "year 1e400",
                Who.ADMIN,
                HttpMethod.GET,
                "/api/calendar/years/1e400",
                Body.NONE,
                400,
                "problem.parameter.invalid"));
        all.add(new BadInput(
                years,
                "year 1899",
                Who.ADMIN,
                HttpMethod.GET,
                "/api/calendar/years/1899",
                Body.NONE,
                400,
                "calendar.year.outOfRange"));
        all.add(new BadInput(
                years,
                "year -1",
                Who.ADMIN,
                HttpMethod.GET,
                "/api/calendar/years/-1",
                Body.NONE,
                400,
                "calendar.year.outOfRange"));

        String put = "PUT /api/calendar/years/{year}";
        String yearPath = "/api/calendar/years/2093";
        Fields year = fields(
                "springFestival",
                q("2093-01-24"),
                "holidays",
                "[\"2093-01-01\"]",
                "makeUpWorkdays",
                "[]",
                "source",
                q("语料通知"));
        jsonBodies(all, put, Who.ADMIN, HttpMethod.PUT, yearPath, year);
        texts(all, put, Who.ADMIN, HttpMethod.PUT, yearPath, year, "source");
        all.add(json(
                put,
                "springFestival in year +999999999",
                Who.ADMIN,
                HttpMethod.PUT,
                yearPath,
                year.with("springFestival", q("+999999999-12-31")),
                "calendar.year.invalid"));
        all.add(json(
                put,
                "springFestival on 30 February",
                Who.ADMIN,
                HttpMethod.PUT,
                yearPath,
                year.with("springFestival", q("2093-02-30")),
                "problem.body.field"));
        all.add(json(
                put,
                "springFestival a number",
                Who.ADMIN,
                HttpMethod.PUT,
                yearPath,
                year.with("springFestival", "1e400"),
                "problem.body.field"));
        all.add(json(
                put,
                "holidays [null]",
                Who.ADMIN,
                HttpMethod.PUT,
                yearPath,
                year.with("holidays", "[null]"),
                "problem.body.nullElement"));
        all.add(json(
                put,
                "holidays not dates",
                Who.ADMIN,
                HttpMethod.PUT,
                yearPath,
                year.with("holidays", "[\"soon\"]"),
                "problem.body.field"));
        all.add(json(
                put,
                "makeUpWorkdays an object",
                Who.ADMIN,
                HttpMethod.PUT,
                yearPath,
                year.with("makeUpWorkdays", "{}"),
                "problem.body.field"));
        all.add(new BadInput(
                put,
                "year beyond the calendar",
                Who.ADMIN,
                HttpMethod.PUT,
                "/api/calendar/years/2101",
                Body.json(year.json()),
                400,
                "calendar.year.outOfRange"));
        all.add(new BadInput(
                put,
                "year not a number",
                Who.ADMIN,
                HttpMethod.PUT,
                "/api/calendar/years/MMXCIII",
                Body.json(year.json()),
                400,
                "problem.parameter.invalid"));
    }

    private void labourDispute(List<BadInput> all) {
        String post = "POST /api/labor-dispute-mediation/applications";
        String path = "/api/labor-dispute-mediation/applications";
        Fields online = fields(
                "employer", q("上海语料有限公司"), "disputeType", q("WAGES"), "claim", q("支付拖欠工资"), "facts", q("三个月未发工资"));
        jsonBodies(all, post, Who.RESIDENT, HttpMethod.POST, path, online);
        for (String field : List.of("employer", "claim", "facts")) {
            texts(all, post, Who.RESIDENT, HttpMethod.POST, path, online, field);
        }
        all.add(json(
                post,
                "disputeType unknown",
                Who.RESIDENT,
                HttpMethod.POST,
                path,
                online.with("disputeType", q("MAYBE")),
                "labordispute.application.disputeType.unknown"));
        all.add(json(
                post,
                "disputeType an object",
                Who.RESIDENT,
                HttpMethod.POST,
                path,
                online.with("disputeType", "{}"),
                "problem.body.field"));
        all.add(json(
                post,
                "employer a list",
                Who.RESIDENT,
                HttpMethod.POST,
                path,
                online.with("employer", "[\"a\"]"),
                "problem.body.field"));
        all.add(json(
                post,
                "claim missing",
                Who.RESIDENT,
                HttpMethod.POST,
                path,
                online.without("claim"),
                "labordispute.application.missing"));
        all.add(json(
                post,
                "facts too long",
                Who.RESIDENT,
                HttpMethod.POST,
                path,
                online.with("facts", q("x".repeat(4001))),
                "labordispute.application.tooLong"));
        idNumbers(
                all,
                post,
                Who.RESIDENT,
                path,
                online,
                "applicantIdNumber",
                "labordispute.application.idNumber.invalid");

        Fields window = online.with("applicantName", q("窗口申请人"))
                .with("applicantMobile", q("13900004001"))
                .with("applicantIdNumber", q(TestIdNumbers.unique()));
        texts(all, post, Who.MEDIATION, HttpMethod.POST, path, window, "applicantName");
        idNumbers(
                all,
                post,
                Who.MEDIATION,
                path,
                window,
                "applicantIdNumber",
                "labordispute.application.idNumber.invalid");
        all.add(json(
                post,
                "window entry without an ID number",
                Who.MEDIATION,
                HttpMethod.POST,
                path,
                window.without("applicantIdNumber"),
                "labordispute.application.missing"));
        all.add(json(
                post,
                "window entry with a mobile of letters",
                Who.MEDIATION,
                HttpMethod.POST,
                path,
                window.with("applicantMobile", q("1390000400x")),
                "labordispute.application.mobile.invalid"));

        String one = "GET /api/labor-dispute-mediation/applications/{trackingNumber}";
        pathTexts(all, one, Who.RESIDENT, path + "/", "", "labordispute.application.notFound");
    }

    private void catalog(List<BadInput> all) {
        String put = "PUT /api/catalog/{code}";
        String path = "/api/catalog/corpus-matter";
        Fields matter = fields(
                "nameZh",
                q("语料事项"),
                "nameEn",
                q("Corpus matter"),
                "responsibleGroup",
                q("civil-affairs"),
                "limitWorkingDays",
                "5",
                "handlingMode",
                q("ONE_VISIT"),
                "formKey",
                q("one-stop-residence-registration"),
                "materials",
                "[{\"code\":\"id-card\",\"nameZh\":\"身份证\"," + "\"nameEn\":\"ID card\"}]");
        jsonBodies(all, put, Who.ADMIN, HttpMethod.PUT, path, matter);
        texts(all, put, Who.ADMIN, HttpMethod.PUT, path, matter, "nameZh");
        texts(all, put, Who.ADMIN, HttpMethod.PUT, path, matter, "nameEn");
        for (String[] bad : new String[][] {
            {"1e400"}, {"-1e400"}, {"1.5"}, {"99999999999999999999"}, {"\"five\""}, {"{}"}, {"[5]"}, {"true"}
        }) {
            all.add(json(
                    put,
                    "limitWorkingDays " + bad[0],
                    Who.ADMIN,
                    HttpMethod.PUT,
                    path,
                    matter.with("limitWorkingDays", bad[0]),
                    "problem.body.field"));
        }
        all.add(json(
                put,
                "limitWorkingDays 61",
                Who.ADMIN,
                HttpMethod.PUT,
                path,
                matter.with("limitWorkingDays", "61"),
                "onestop.matter.invalid"));
        all.add(json(
                put,
                "handlingMode unknown",
                Who.ADMIN,
                HttpMethod.PUT,
                path,
                matter.with("handlingMode", q("BY_PIGEON")),
                "problem.body.field"));
        all.add(json(
                put,
                "materials [null]",
                Who.ADMIN,
                HttpMethod.PUT,
                path,
                matter.with("materials", "[null]"),
                "problem.body.nullElement"));
        all.add(json(
                put,
                "a material code with a direction override",
                Who.ADMIN,
                HttpMethod.PUT,
                path,
                matter.with("materials", "[{\"code\":\"id\\u202Ecard\",\"nameZh\":\"a\",\"nameEn\":\"b\"}]"),
                "problem.text.direction"));
        all.add(new BadInput(
                put,
                "code with spaces",
                Who.ADMIN,
                HttpMethod.PUT,
                "/api/catalog/a%20b",
                Body.json(matter.json()),
                400,
                "onestop.matter.code.invalid"));
        all.add(new BadInput(
                put,
                "code with a direction override",
                Who.ADMIN,
                HttpMethod.PUT,
                "/api/catalog/%E2%80%AEbirth",
                Body.json(matter.json()),
                400,
                "onestop.matter.code.invalid"));

        String one = "GET /api/catalog/{code}";
        pathTexts(all, one, Who.ANYONE, "/api/catalog/", "", "onestop.matter.notFound");
    }

    private void oneStop(List<BadInput> all) {
        String post = "POST /api/applications";
        String path = "/api/applications";
        String data = "{\"householdSize\":3,\"monthlyHouseholdIncome\":2000.50,\"hardshipDescription\":\"因病致贫\"}";
        Fields application = fields("matterCode", q("minimum-living-allowance"), "data", data, "materialCodes", "[]");
        multipartBodies(all, post, Who.RESIDENT, path, "application", application);
        for (Map.Entry<String, String> text : BAD_TEXTS.entrySet()) {
            all.add(part(
                    post,
                    "data text: " + describe(text.getKey()),
                    Who.RESIDENT,
                    path,
                    "application",
                    application.with(
                            "data",
                            "{\"householdSize\":3,\"monthlyHouseholdIncome\":2000.50," + "\"hardshipDescription\":"
                                    + q(text.getKey()) + "}"),
                    400,
                    text.getValue()));
        }
        for (String number : List.of(
                "1e400",
                "-1e400",
                "1e-400",
                "\"NaN\"",
                "\"Infinity\"",
                "{}",
                "[null]",
                "true",
                "99999999999999999999999",
                "2000.505")) {
            all.add(part(
                    post,
                    "monthlyHouseholdIncome " + number,
                    Who.RESIDENT,
                    path,
                    "application",
                    application.with(
                            "data",
                            "{\"householdSize\":3,\"monthlyHouseholdIncome\":" + number
                                    + ",\"hardshipDescription\":\"因病\"}"),
                    400,
                    "onestop.application.invalid"));
        }
        all.add(part(
                post,
                "householdSize 2.5",
                Who.RESIDENT,
                path,
                "application",
                application.with(
                        "data", "{\"householdSize\":2.5,\"monthlyHouseholdIncome\":1,\"hardshipDescription\":\"因病\"}"),
                400,
                "onestop.application.invalid"));
        all.add(part(
                post,
                "materialCodes [null]",
                Who.RESIDENT,
                path,
                "application",
                application.with("materialCodes", "[null]"),
                400,
                "problem.body.nullElement"));
        all.add(part(
                post,
                "a data key with NUL",
                Who.RESIDENT,
                path,
                "application",
                application.with("data", "{\"a\\u0000b\":1}"),
                400,
                "problem.text.control"));
        all.add(part(
                post,
                "data a list",
                Who.RESIDENT,
                path,
                "application",
                application.with("data", "[1]"),
                400,
                "problem.body.field"));
        all.add(part(
                post,
                "delivery unknown",
                Who.RESIDENT,
                path,
                "application",
                application.with("delivery", q("PIGEON")),
                400,
                "onestop.application.delivery.invalid"));
        all.add(part(
                post,
                "a required field missing, in English by its key",
                Who.RESIDENT,
                path,
                "application",
                application.with("data", "{\"householdSize\":3}"),
                400,
                "onestop.application.missing"));
        all.add(part(
                post,
                "matter unknown",
                Who.RESIDENT,
                path,
                "application",
                application.with("matterCode", q("moon-landing")),
                404,
                "onestop.matter.notFound"));
        all.add(part(
                post,
                "a member matter",
                Who.RESIDENT,
                path,
                "application",
                application.with("matterCode", q("birth-medical-insurance")),
                400,
                "onestop.matter.memberOnly"));
        all.add(part(
                post,
                "a part over 64 KB",
                Who.RESIDENT,
                path,
                "application",
                application.with("matterCode", q("x".repeat(70_000))),
                413,
                "onestop.application.part.tooLarge"));
        Fields walkIn = application.with(
                "applicant",
                "{\"name\":\"窗口居民\",\"idNumber\":" + q(TestIdNumbers.unique()) + ",\"mobile\":\"13900005001\"}");
        all.add(part(
                post,
                "walk-in without applicant, in English by keys",
                Who.ACCEPTANCE_WINDOW,
                path,
                "application",
                application,
                400,
                "onestop.application.missing"));
        for (Map.Entry<String, String> text : BAD_TEXTS.entrySet()) {
            all.add(part(
                    post,
                    "walk-in name: " + describe(text.getKey()),
                    Who.ACCEPTANCE_WINDOW,
                    path,
                    "application",
                    walkIn.with(
                            "applicant",
                            "{\"name\":" + q(text.getKey()) + ",\"idNumber\":\"" + TestIdNumbers.unique()
                                    + "\",\"mobile\":\"13900005001\"}"),
                    400,
                    text.getValue()));
        }
        for (String[] id : badIdNumbers()) {
            all.add(part(
                    post,
                    "walk-in ID number " + id[0],
                    Who.ACCEPTANCE_WINDOW,
                    path,
                    "application",
                    walkIn.with(
                            "applicant",
                            "{\"name\":\"窗口居民\",\"idNumber\":" + q(id[1]) + ",\"mobile\":\"13900005001\"}"),
                    400,
                    "onestop.application.idNumber.invalid"));
        }
        all.add(part(
                post,
                "walk-in mobile too short",
                Who.ACCEPTANCE_WINDOW,
                path,
                "application",
                walkIn.with(
                        "applicant",
                        "{\"name\":\"窗口居民\",\"idNumber\":\"" + TestIdNumbers.unique() + "\",\"mobile\":\"1390\"}"),
                400,
                "onestop.application.mobile.invalid"));

        String supplement = "POST /api/applications/{trackingNumber}/supplement";
        String supplementPath = path + "/" + oneStopTrackingNumber + "/supplement";
        Fields changes = fields("data", "{\"householdSize\":4}", "materialCodes", "[]");
        multipartBodies(all, supplement, Who.RESIDENT, supplementPath, "supplement", changes);
        all.add(part(
                supplement,
                "data text with NUL",
                Who.RESIDENT,
                supplementPath,
                "supplement",
                changes.with("data", "{\"hardshipDescription\":\"a\\u0000\"}"),
                400,
                "problem.text.control"));
        all.add(part(
                supplement,
                "householdSize 1e400",
                Who.RESIDENT,
                supplementPath,
                "supplement",
                changes.with("data", "{\"householdSize\":1e400}"),
                400,
                "onestop.application.invalid"));
        all.add(part(
                supplement,
                "materialCodes [null]",
                Who.RESIDENT,
                supplementPath,
                "supplement",
                changes.with("materialCodes", "[null]"),
                400,
                "problem.body.nullElement"));
        all.add(part(
                supplement,
                "an unknown field",
                Who.RESIDENT,
                supplementPath,
                "supplement",
                changes.with("data", "{\"shoeSize\":42}"),
                400,
                "onestop.application.invalid"));
        all.add(new BadInput(
                supplement,
                "nothing to supplement",
                Who.RESIDENT,
                HttpMethod.POST,
                supplementPath,
                multipartBody(jsonPart("supplement", "{}")),
                400,
                "onestop.supplement.empty"));
        all.add(new BadInput(
                supplement,
                "a file that is no PDF, JPEG or PNG",
                Who.RESIDENT,
                HttpMethod.POST,
                supplementPath,
                multipartBody(
                        jsonPart("supplement", "{\"materialCodes\":[\"income-proof\"]}"),
                        file("materials", "x.exe", "MZ not a document".getBytes(StandardCharsets.US_ASCII))),
                400,
                "document.type"));
        all.add(new BadInput(
                supplement,
                "an empty file",
                Who.RESIDENT,
                HttpMethod.POST,
                supplementPath,
                multipartBody(
                        jsonPart("supplement", "{\"materialCodes\":[\"income-proof\"]}"),
                        file("materials", "empty.pdf", new byte[0])),
                400,
                "document.empty"));

        String rating = "POST /api/applications/{trackingNumber}/rating";
        String ratingPath = path + "/" + oneStopTrackingNumber + "/rating";
        Fields score = fields("score", "5", "comment", q("很好"));
        jsonBodies(all, rating, Who.RESIDENT, HttpMethod.POST, ratingPath, score);
        texts(all, rating, Who.RESIDENT, HttpMethod.POST, ratingPath, score, "comment");
        for (String number : List.of(
                "1e400",
                "-1e400",
                "1e-400",
                "99999999999999999999",
                "\"NaN\"",
                "\"5\"",
                "2.5",
                "5.0",
                "{}",
                "[5]",
                "true",
                "0",
                "6")) {
            all.add(json(
                    rating,
                    "score " + number,
                    Who.RESIDENT,
                    HttpMethod.POST,
                    ratingPath,
                    score.with("score", number),
                    "onestop.rating.score.invalid"));
        }

        String withdrawal = "POST /api/applications/{trackingNumber}/withdrawal";
        pathTexts(all, withdrawal, Who.RESIDENT, path + "/", "/withdrawal", "onestop.application.notFound");
        String one = "GET /api/applications/{trackingNumber}";
        pathTexts(all, one, Who.RESIDENT, path + "/", "", "onestop.application.notFound");
        String material = "GET /api/applications/{trackingNumber}/materials/{materialId}";
        String materials = path + "/" + oneStopTrackingNumber + "/materials/";
        pathIds(all, material, Who.RESIDENT, materials, "", "onestop.material.notFound");
        all.add(new BadInput(
                material,
                "material of an unknown application",
                Who.RESIDENT,
                HttpMethod.GET,
                path + "/OS-00000000-XXXXXX/materials/" + materialId,
                Body.NONE,
                404,
                "onestop.application.notFound"));
    }

    private void estates(List<BadInput> all) {
        String post = "POST /api/estates";
        Fields estate = fields("name", q("语料小区二"), "address", q("长宁区语料路 3 号"));
        jsonBodies(all, post, Who.HOUSING, HttpMethod.POST, "/api/estates", estate);
        texts(all, post, Who.HOUSING, HttpMethod.POST, "/api/estates", estate, "name");
        texts(all, post, Who.HOUSING, HttpMethod.POST, "/api/estates", estate, "address");
        all.add(json(
                post,
                "name an object",
                Who.HOUSING,
                HttpMethod.POST,
                "/api/estates",
                estate.with("name", "{}"),
                "problem.body.field"));
        all.add(json(
                post,
                "name too long",
                Who.HOUSING,
                HttpMethod.POST,
                "/api/estates",
                estate.with("name", q("x".repeat(201))),
                "owners.estate.tooLong"));

        String one = "GET /api/estates/{estateId}";
        pathIds(all, one, Who.HOUSING, "/api/estates/", "", "owners.estate.notFound");
        String export = "GET /api/estates/{estateId}/units [text/csv]";
        pathIds(all, export, Who.HOUSING, "/api/estates/", "/units", "owners.estate.notFound");

        String units = "POST /api/estates/{estateId}/units";
        String unitsPath = "/api/estates/" + estateId + "/units";
        String header = "building,unit,area,ownerId,ownerName,developerUnsold\r\n";
        for (String[] bad : new String[][] {
            {"a NUL in a name", "1号楼,101,88.50,C-1,张\u0000三,false"},
            {"a direction override", "1号楼,101,88.50,C-1,\u202E三张,false"},
            {"an isolate", "1号楼,\u2067101\u2069,88.50,C-1,张三,false"},
            {"a unit of zero-width spaces", "1号楼,\u200B,88.50,C-1,张三,false"},
            {"an area of 1e400", "1号楼,101,1e400,C-1,张三,false"},
            {"an area of 99999999999", "1号楼,101,99999999999,C-1,张三,false"},
            {"an area of 1e-400", "1号楼,101,0.000000001,C-1,张三,false"},
            {"an area of NaN", "1号楼,101,NaN,C-1,张三,false"},
            {"a negative area", "1号楼,101,-88.50,C-1,张三,false"},
            {"a quote never closed", "1号楼,101,88.50,C-1,\"张三,false"},
            {"a missing column", "1号楼,101,88.50,C-1,张三"}
        }) {
            all.add(new BadInput(
                    units,
                    bad[0],
                    Who.HOUSING,
                    HttpMethod.POST,
                    unitsPath,
                    Body.of("text/csv", header + bad[1] + "\r\n"),
                    400,
                    "owners.register.invalid"));
        }
        all.add(new BadInput(
                units,
                "a file that is not UTF-8",
                Who.HOUSING,
                HttpMethod.POST,
                unitsPath,
                new Body(
                        "text/csv",
                        (header + "1号楼,101,88.50,C-1,张三,false\r\n").getBytes(java.nio.charset.Charset.forName("GBK"))),
                400,
                "owners.register.invalid"));
        all.add(new BadInput(
                units,
                "an empty file",
                Who.HOUSING,
                HttpMethod.POST,
                unitsPath,
                Body.of("text/csv", ""),
                400,
                "owners.register.invalid"));
        all.add(new BadInput(
                units,
                "a wrong header",
                Who.HOUSING,
                HttpMethod.POST,
                unitsPath,
                Body.of("text/csv", "a,b,c\r\n1,2,3\r\n"),
                400,
                "owners.register.invalid"));
        all.add(new BadInput(
                units,
                "JSON instead of CSV",
                Who.HOUSING,
                HttpMethod.POST,
                unitsPath,
                Body.json("{\"units\":[]}"),
                415,
                "problem.mediaType.unsupported"));
        all.add(new BadInput(
                units,
                "a file over the limit",
                Who.HOUSING,
                HttpMethod.POST,
                unitsPath,
                Body.of("text/csv", header + "1号楼,101,88.50,C-1,张三,false\r\n".repeat(12_000)),
                413,
                "owners.register.tooLarge"));
        pathIds(
                all,
                units,
                Who.HOUSING,
                "/api/estates/",
                "/units",
                "owners.estate.notFound",
                Body.of("text/csv", header + "1号楼,101,88.50,C-1,张三,false\r\n"));

        String link = "PUT /api/estates/{estateId}/owners/{ownerId}/account";
        String linkPath = "/api/estates/" + estateId + "/owners/C-1/account";
        Fields mobile = fields("mobile", q(residentMobile));
        jsonBodies(all, link, Who.HOUSING, HttpMethod.PUT, linkPath, mobile);
        texts(all, link, Who.SELF_GOVERNANCE, HttpMethod.PUT, linkPath, mobile, "mobile");
        all.add(json(
                link,
                "mobile an object",
                Who.HOUSING,
                HttpMethod.PUT,
                linkPath,
                mobile.with("mobile", "{}"),
                "problem.body.field"));
        all.add(json(
                link,
                "mobile missing",
                Who.HOUSING,
                HttpMethod.PUT,
                linkPath,
                fields(),
                "owners.vote.link.mobileMissing"));
        all.add(new BadInput(
                link,
                "an owner not on the register",
                Who.HOUSING,
                HttpMethod.PUT,
                "/api/estates/" + estateId + "/owners/%E2%80%AEC-1/account",
                Body.json(mobile.json()),
                404,
                "owners.vote.link.ownerUnknown"));
        pathIds(
                all,
                link,
                Who.HOUSING,
                "/api/estates/",
                "/owners/C-1/account",
                "owners.estate.notFound",
                Body.json(mobile.json()));

        String unlink = "DELETE /api/estates/{estateId}/owners/{ownerId}/account";
        all.add(new BadInput(
                unlink,
                "an owner never linked",
                Who.HOUSING,
                HttpMethod.DELETE,
                linkPath,
                Body.NONE,
                404,
                "owners.vote.link.none"));
        all.add(new BadInput(
                unlink,
                "an owner with a direction override",
                Who.HOUSING,
                HttpMethod.DELETE,
                "/api/estates/" + estateId + "/owners/C%E2%80%AE-1/account",
                Body.NONE,
                404,
                "owners.vote.link.ownerUnknown"));
        pathIds(all, unlink, Who.HOUSING, "/api/estates/", "/owners/C-1/account", "owners.estate.notFound");
    }

    /** The administrators' keeping of residents' areas and of who acts for an estate or an area. */
    private void scope(List<BadInput> all) {
        String areas = "/api/residents-areas";
        Fields area = fields("name", q("语料居民区 " + UUID.randomUUID()));
        for (String[] endpoint : new String[][] {
            {"POST /api/residents-areas", "POST", areas},
            {"PUT /api/residents-areas/{areaId}", "PUT", areas + "/" + areaId}
        }) {
            HttpMethod method = HttpMethod.valueOf(endpoint[1]);
            jsonBodies(all, endpoint[0], Who.ADMIN, method, endpoint[2], area);
            texts(all, endpoint[0], Who.ADMIN, method, endpoint[2], area, "name");
            all.add(json(
                    endpoint[0],
                    "name blank",
                    Who.ADMIN,
                    method,
                    endpoint[2],
                    area.with("name", q("   ")),
                    "scope.area.nameMissing"));
            all.add(json(
                    endpoint[0], "name missing", Who.ADMIN, method, endpoint[2], fields(), "scope.area.nameMissing"));
            all.add(json(
                    endpoint[0],
                    "name an object",
                    Who.ADMIN,
                    method,
                    endpoint[2],
                    area.with("name", "{}"),
                    "problem.body.field"));
            all.add(json(
                    endpoint[0],
                    "name too long",
                    Who.ADMIN,
                    method,
                    endpoint[2],
                    area.with("name", q("长".repeat(201))),
                    "scope.area.nameTooLong"));
        }
        all.add(new BadInput(
                "POST /api/residents-areas",
                "a name another area has",
                Who.ADMIN,
                HttpMethod.POST,
                areas,
                Body.json(fields("name", q(areaName)).json()),
                409,
                "scope.area.nameTaken"));
        pathIds(all, "GET /api/residents-areas/{areaId}", Who.ADMIN, areas + "/", "", "scope.area.notFound");
        pathIds(
                all,
                "PUT /api/residents-areas/{areaId}",
                Who.ADMIN,
                areas + "/",
                "",
                "scope.area.notFound",
                Body.json(area.json()));
        pathIds(all, "DELETE /api/residents-areas/{areaId}", Who.ADMIN, areas + "/", "", "scope.area.notFound");
        all.add(new BadInput(
                "DELETE /api/residents-areas/{areaId}",
                "an area that still holds an estate",
                Who.ADMIN,
                HttpMethod.DELETE,
                areas + "/" + areaId,
                Body.NONE,
                409,
                "scope.area.notEmpty"));

        String assign = "PUT /api/residents-areas/{areaId}/estates/{estateId}";
        pathIds(all, assign, Who.ADMIN, areas + "/", "/estates/" + estateId, "scope.area.notFound");
        pathIds(all, assign, Who.ADMIN, areas + "/" + areaId + "/estates/", "", "scope.estate.unknown");
        fixNotFound(all, assign, 400);
        String unassign = "DELETE /api/residents-areas/{areaId}/estates/{estateId}";
        pathIds(all, unassign, Who.ADMIN, areas + "/", "/estates/" + estateId, "scope.area.notFound");
        all.add(new BadInput(
                unassign,
                "an estate not in the area",
                Who.ADMIN,
                HttpMethod.DELETE,
                areas + "/" + areaId + "/estates/987654321",
                Body.NONE,
                404,
                "scope.area.estateNotInArea"));

        String areaStaff = "PUT /api/residents-areas/{areaId}/staff/{userId}";
        pathIds(all, areaStaff, Who.ADMIN, areas + "/", "/staff/" + TestPeople.ADMIN, "scope.area.notFound");
        for (String user : List.of("nobody-in-the-directory", "%E2%80%AEevil", "a%C2%85b")) {
            all.add(new BadInput(
                    areaStaff,
                    "user " + user,
                    Who.ADMIN,
                    HttpMethod.PUT,
                    areas + "/" + areaId + "/staff/" + user,
                    Body.NONE,
                    400,
                    "scope.staff.unknownUser"));
        }
        String areaUnstaff = "DELETE /api/residents-areas/{areaId}/staff/{userId}";
        pathIds(all, areaUnstaff, Who.ADMIN, areas + "/", "/staff/" + TestPeople.ADMIN, "scope.area.notFound");
        all.add(new BadInput(
                areaUnstaff,
                "a user who is no member",
                Who.ADMIN,
                HttpMethod.DELETE,
                areas + "/" + areaId + "/staff/" + TestPeople.ADMIN,
                Body.NONE,
                404,
                "scope.area.notAMember"));

        String estateStaff = "GET /api/estates/{estateId}/staff";
        pathIds(all, estateStaff, Who.ADMIN, "/api/estates/", "/staff", "scope.estate.notFound");
        String addStaff = "PUT /api/estates/{estateId}/staff/{staffGroup}/{userId}";
        String removeStaff = "DELETE /api/estates/{estateId}/staff/{staffGroup}/{userId}";
        for (String endpoint : List.of(addStaff, removeStaff)) {
            HttpMethod method = HttpMethod.valueOf(endpoint.substring(0, endpoint.indexOf(' ')));
            pathIds(
                    all,
                    endpoint,
                    Who.ADMIN,
                    "/api/estates/",
                    "/staff/owners-committee/" + TestPeople.ADMIN,
                    "scope.estate.notFound");
            for (String group : List.of("leaders", "residents-committee", "owners-committee%E2%80%AE")) {
                all.add(new BadInput(
                        endpoint,
                        "group " + group,
                        Who.ADMIN,
                        method,
                        "/api/estates/" + estateId + "/staff/" + group + "/" + TestPeople.ADMIN,
                        Body.NONE,
                        400,
                        "scope.staff.groupUnknown"));
            }
        }
        all.add(new BadInput(
                addStaff,
                "a user not in the directory",
                Who.ADMIN,
                HttpMethod.PUT,
                "/api/estates/" + estateId + "/staff/owners-committee/nobody-in-the-directory",
                Body.NONE,
                400,
                "scope.staff.unknownUser"));
        all.add(new BadInput(
                removeStaff,
                "a user who is no member",
                Who.ADMIN,
                HttpMethod.DELETE,
                "/api/estates/" + estateId + "/staff/property-company/" + TestPeople.ADMIN,
                Body.NONE,
                404,
                "scope.estate.notAMember"));
    }

    /** The last input added for the endpoint answers the given status instead (an unknown id in the body's place). */
    private static void fixNotFound(List<BadInput> all, String endpoint, int status) {
        for (int i = all.size() - 1; i >= 0; i--) {
            BadInput input = all.get(i);
            if (input.endpoint().equals(endpoint) && input.status() == 404) {
                all.set(
                        i,
                        new BadInput(
                                input.endpoint(),
                                input.name(),
                                input.who(),
                                input.method(),
                                input.path(),
                                input.body(),
                                status,
                                input.type()));
                return;
            }
        }
    }

    private void votes(List<BadInput> all) {
        String ballots = "POST /api/votes/{voteId}/ballots";
        String path = "/api/votes/1/ballots";
        Fields ballot = fields("choice", q("AGREE"), "ownerId", q("C-1"));
        jsonBodies(all, ballots, Who.OWNERS_COMMITTEE, HttpMethod.POST, path, ballot);
        texts(all, ballots, Who.OWNERS_COMMITTEE, HttpMethod.POST, path, ballot, "choice");
        texts(all, ballots, Who.SELF_GOVERNANCE, HttpMethod.POST, path, ballot, "ownerId");
        all.add(json(
                ballots,
                "choice an object",
                Who.OWNERS_COMMITTEE,
                HttpMethod.POST,
                path,
                ballot.with("choice", "{}"),
                "problem.body.field"));
        all.add(json(
                ballots,
                "developer a word",
                Who.OWNERS_COMMITTEE,
                HttpMethod.POST,
                path,
                ballot.with("developer", q("perhaps")),
                "problem.body.field"));
        all.add(json(
                ballots,
                "developer a list",
                Who.OWNERS_COMMITTEE,
                HttpMethod.POST,
                path,
                ballot.with("developer", "[true]"),
                "problem.body.field"));
        pathIds(
                all,
                ballots,
                Who.OWNERS_COMMITTEE,
                "/api/votes/",
                "/ballots",
                "owners.vote.notFound",
                Body.json(ballot.json()));

        String tally = "GET /api/votes/{voteId}/tally";
        pathIds(all, tally, Who.SELF_GOVERNANCE, "/api/votes/", "/tally", "owners.vote.notFound");
    }

    private void propertyFee(List<BadInput> all) {
        String post = "POST /api/property-fee/proposals";
        String path = "/api/property-fee/proposals";
        String effective =
                LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(120).toString();
        Fields proposal = fields(
                "estateId",
                String.valueOf(estateId),
                "applicantName",
                q("上海语料物业有限公司"),
                "propertyCompanyMobile",
                q("13800138001"),
                "ownersCommitteeMobile",
                q("13800138002"),
                "currentResidentialFee",
                "1.80",
                "proposedResidentialFee",
                "2.30",
                "currentCommercialFee",
                "4.50",
                "proposedCommercialFee",
                "5.00",
                "currentParkingFee",
                "0.40",
                "proposedParkingFee",
                "0.50",
                "effectiveDate",
                q(effective),
                "reasons",
                q("人工成本连续三年上涨"),
                "incomeItems",
                "[{\"category\":\"PROPERTY_FEES\",\"amount\":1200000}]",
                "expenseItems",
                "[{\"category\":\"STAFF\",\"amount\":860000}]",
                "serviceItems",
                "[{\"service\":\"保洁\",\"standard\":\"无垃圾\",\"frequency\":\"每日\"}]");
        jsonBodies(all, post, Who.PROPERTY_COMPANY, HttpMethod.POST, path, proposal);
        texts(all, post, Who.PROPERTY_COMPANY, HttpMethod.POST, path, proposal, "applicantName");
        texts(all, post, Who.OWNERS_COMMITTEE, HttpMethod.POST, path, proposal, "reasons");
        for (String fee : List.of("currentResidentialFee", "proposedCommercialFee", "proposedParkingFee")) {
            for (String number : List.of("-1e400", "1e-400", "-0.01", "2.305")) {
                all.add(json(
                        post,
                        fee + " " + number,
                        Who.PROPERTY_COMPANY,
                        HttpMethod.POST,
                        path,
                        proposal.with(fee, number),
                        "propertyfee.proposal.amount.invalid"));
            }
            for (String number : List.of("1e400", "100000000", "99999999999999999999999", "1000.01")) {
                all.add(json(
                        post,
                        fee + " " + number,
                        Who.PROPERTY_COMPANY,
                        HttpMethod.POST,
                        path,
                        proposal.with(fee, number),
                        "propertyfee.proposal.amount.tooLarge"));
            }
            for (String notANumber : List.of("\"NaN\"", "\"Infinity\"", "{}", "[1]", "true")) {
                all.add(json(
                        post,
                        fee + " " + notANumber,
                        Who.PROPERTY_COMPANY,
                        HttpMethod.POST,
                        path,
                        proposal.with(fee, notANumber),
                        "problem.body.field"));
            }
        }
        for (String list : List.of("incomeItems", "expenseItems", "serviceItems")) {
            all.add(json(
                    post,
                    list + " [null]",
                    Who.PROPERTY_COMPANY,
                    HttpMethod.POST,
                    path,
                    proposal.with(list, "[null]"),
                    "problem.body.nullElement"));
            all.add(json(
                    post,
                    list + " an object",
                    Who.PROPERTY_COMPANY,
                    HttpMethod.POST,
                    path,
                    proposal.with(list, "{}"),
                    "problem.body.field"));
        }
        all.add(json(
                post,
                "an income of 1e400",
                Who.PROPERTY_COMPANY,
                HttpMethod.POST,
                path,
                proposal.with("incomeItems", "[{\"category\":\"PROPERTY_FEES\",\"amount\":1e400}]"),
                "propertyfee.proposal.amount.tooLarge"));
        all.add(json(
                post,
                "an expense of -1e400",
                Who.PROPERTY_COMPANY,
                HttpMethod.POST,
                path,
                proposal.with("expenseItems", "[{\"category\":\"STAFF\",\"amount\":-1e400}]"),
                "propertyfee.proposal.amount.invalid"));
        all.add(json(
                post,
                "an expense category unknown",
                Who.PROPERTY_COMPANY,
                HttpMethod.POST,
                path,
                proposal.with("expenseItems", "[{\"category\":\"YACHT\",\"amount\":1}]"),
                "propertyfee.proposal.category.unknown"));
        all.add(json(
                post,
                "a service note with NUL",
                Who.PROPERTY_COMPANY,
                HttpMethod.POST,
                path,
                proposal.with("serviceItems", "[{\"service\":\"a\\u0000\",\"standard\":\"b\",\"frequency\":\"c\"}]"),
                "problem.text.control"));
        all.add(json(
                post,
                "effectiveDate +999999999-12-31",
                Who.PROPERTY_COMPANY,
                HttpMethod.POST,
                path,
                proposal.with("effectiveDate", q("+999999999-12-31")),
                "propertyfee.proposal.effectiveDate.invalid"));
        all.add(json(
                post,
                "effectiveDate in year 10000",
                Who.PROPERTY_COMPANY,
                HttpMethod.POST,
                path,
                proposal.with("effectiveDate", q("+10000-01-01")),
                "propertyfee.proposal.effectiveDate.invalid"));
        all.add(json(
                post,
                "effectiveDate yesterday",
                Who.PROPERTY_COMPANY,
                HttpMethod.POST,
                path,
                proposal.with(
                        "effectiveDate",
                        q(LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString())),
                "propertyfee.proposal.effectiveDate.past"));
        all.add(json(
                post,
                "effectiveDate on 30 February",
                Who.PROPERTY_COMPANY,
                HttpMethod.POST,
                path,
                proposal.with("effectiveDate", q("2027-02-30")),
                "problem.body.field"));
        for (String id : List.of("1e400", "1.5", "99999999999999999999999", "\"abc\"", "{}")) {
            all.add(json(
                    post,
                    "estateId " + id,
                    Who.PROPERTY_COMPANY,
                    HttpMethod.POST,
                    path,
                    proposal.with("estateId", id),
                    "problem.body.field"));
        }
        all.add(json(
                post,
                "a fee of 200 digits",
                Who.PROPERTY_COMPANY,
                HttpMethod.POST,
                path,
                proposal.with("currentResidentialFee", "9".repeat(200)),
                "problem.body.limits"));
        all.add(json(
                post,
                "estateId -1",
                Who.PROPERTY_COMPANY,
                HttpMethod.POST,
                path,
                proposal.with("estateId", "-1"),
                "propertyfee.proposal.estateId.invalid"));
        all.add(json(
                post,
                "a mobile of letters",
                Who.PROPERTY_COMPANY,
                HttpMethod.POST,
                path,
                proposal.with("ownersCommitteeMobile", q("abc")),
                "propertyfee.proposal.mobile.invalid"));
    }

    private void veterans(List<BadInput> all) {
        String post = "POST /api/veterans";
        String header = "serviceNumber,name,idNumber,mobile,address,keyCare\r\n";
        String good = "BI-X-1,王五," + TestIdNumbers.unique() + ",13900006001,长宁区,否";
        for (String[] bad : new String[][] {
            {"a NUL in a name", "BI-X-1,王\u0000五," + TestIdNumbers.unique() + ",13900006001,长宁区,否"},
            {"an address with a direction override", "BI-X-1,王五," + TestIdNumbers.unique() + ",13900006001,\u202E区宁长,否"
            },
            {"a name of zero-width spaces", "BI-X-1,\u200B\u200D," + TestIdNumbers.unique() + ",13900006001,长宁区,否"},
            {"an ID number with a wrong check character", "BI-X-1,王五,310105199001011234,13900006001,长宁区,否"},
            {"an ID number of eighteen zeros", "BI-X-1,王五,000000000000000000,13900006001,长宁区,否"},
            {"an ID number born 1990-13-45", "BI-X-1,王五," + withCheck("31010519901345123") + ",13900006001,长宁区,否"},
            {
                "an ID number born tomorrow",
                "BI-X-1,王五,"
                        + TestIdNumbers.of(
                                LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1), 1) + ",13900006001,长宁区,否"
            },
            {"a mobile of 1e400", "BI-X-1,王五," + TestIdNumbers.unique() + ",1e400,长宁区,否"},
            {"keyCare maybe", "BI-X-1,王五," + TestIdNumbers.unique() + ",13900006001,长宁区,也许"},
            {"a missing column", "BI-X-1,王五," + TestIdNumbers.unique() + ",13900006001,长宁区"}
        }) {
            all.add(new BadInput(
                    post,
                    bad[0],
                    Who.STATION,
                    HttpMethod.POST,
                    "/api/veterans",
                    Body.of("text/csv", header + bad[1] + "\r\n"),
                    400,
                    "veterans.roster.invalid"));
        }
        all.add(new BadInput(
                post,
                "a file that is not UTF-8",
                Who.STATION,
                HttpMethod.POST,
                "/api/veterans",
                new Body("text/csv", (header + good + "\r\n").getBytes(java.nio.charset.Charset.forName("GBK"))),
                400,
                "veterans.roster.invalid"));
        all.add(new BadInput(
                post,
                "an empty file",
                Who.STATION,
                HttpMethod.POST,
                "/api/veterans",
                Body.of("text/csv", ""),
                400,
                "veterans.roster.invalid"));
        all.add(new BadInput(
                post,
                "JSON instead of CSV",
                Who.STATION,
                HttpMethod.POST,
                "/api/veterans",
                Body.json("[]"),
                415,
                "problem.mediaType.unsupported"));
        all.add(new BadInput(
                post,
                "a file over 5 MB",
                Who.STATION,
                HttpMethod.POST,
                "/api/veterans",
                Body.of("text/csv", header + "x".repeat(5 * 1024 * 1024)),
                413,
                "veterans.roster.tooLarge"));

        pathIds(all, "GET /api/veterans/{veteranId}", Who.STATION, "/api/veterans/", "", "veterans.notFound");
        pathIds(
                all,
                "GET /api/veterans/{veteranId}/id-number",
                Who.STATION,
                "/api/veterans/",
                "/id-number",
                "veterans.notFound");
    }

    private void veteranAssistance(List<BadInput> all) {
        String post = "POST /api/veteran-assistance/applications";
        String path = "/api/veteran-assistance/applications";
        Fields application = fields(
                "veteranIdNumber",
                q(TestIdNumbers.unique()),
                "applicantRelation",
                q("VETERAN"),
                "hardshipType",
                q("ILLNESS"),
                "householdSize",
                "3",
                "monthlyHouseholdIncome",
                "1200",
                "disabilityGrade",
                "0",
                "requestedHelp",
                q("住院费用"));
        jsonBodies(all, post, Who.RESIDENT, HttpMethod.POST, path, application);
        texts(all, post, Who.RESIDENT, HttpMethod.POST, path, application, "requestedHelp");
        for (String number : List.of(
                "1e400",
                "-1e400",
                "1e-400",
                "10000000000",
                "99999999999999999999999",
                "\"NaN\"",
                "\"Infinity\"",
                "{}",
                "[1200]",
                "true",
                "1200.005")) {
            all.add(json(
                    post,
                    "monthlyHouseholdIncome " + number,
                    Who.RESIDENT,
                    HttpMethod.POST,
                    path,
                    application.with("monthlyHouseholdIncome", number),
                    "veterans.assistance.invalid"));
        }
        all.add(json(
                post,
                "an income of 200 digits",
                Who.RESIDENT,
                HttpMethod.POST,
                path,
                application.with("monthlyHouseholdIncome", "9".repeat(200)),
                "problem.body.limits"));
        for (String number : List.of("1e400", "0", "21", "2.5", "99999999999999999999", "\"three\"", "[3]")) {
            all.add(json(
                    post,
                    "householdSize " + number,
                    Who.RESIDENT,
                    HttpMethod.POST,
                    path,
                    application.with("householdSize", number),
                    "veterans.assistance.invalid"));
        }
        for (String number : List.of("5", "-1", "1e400", "0.5")) {
            all.add(json(
                    post,
                    "disabilityGrade " + number,
                    Who.RESIDENT,
                    HttpMethod.POST,
                    path,
                    application.with("disabilityGrade", number),
                    "veterans.assistance.invalid"));
        }
        all.add(json(
                post,
                "applicantRelation unknown",
                Who.RESIDENT,
                HttpMethod.POST,
                path,
                application.with("applicantRelation", q("NEIGHBOUR")),
                "veterans.assistance.invalid"));
        all.add(json(
                post,
                "hardshipType an object",
                Who.RESIDENT,
                HttpMethod.POST,
                path,
                application.with("hardshipType", "{}"),
                "problem.body.field"));
        idNumbers(
                all, post, Who.RESIDENT, path, application, "veteranIdNumber", "veterans.assistance.idNumber.invalid");
        Fields report = application
                .with("applicantRelation", q("RESIDENTS_COMMITTEE"))
                .with("applicantName", q("居委会语料"))
                .with("applicantMobile", q("13900007001"));
        texts(all, post, Who.RESIDENTS_COMMITTEE, HttpMethod.POST, path, report, "applicantName");
        all.add(json(
                post,
                "a committee report with a mobile of 1e400",
                Who.RESIDENTS_COMMITTEE,
                HttpMethod.POST,
                path,
                report.with("applicantMobile", "1e400"),
                "veterans.assistance.mobile.invalid"));

        String one = "GET /api/veteran-assistance/applications/{trackingNumber}";
        pathTexts(all, one, Who.STATION, path + "/", "", "veterans.assistance.notFound");

        String attach = "POST /api/veteran-assistance/applications/{trackingNumber}/attachments";
        String attachPath = path + "/" + assistanceTrackingNumber + "/attachments";
        multipartEnvelope(all, attach, Who.STATION, attachPath);
        all.add(new BadInput(
                attach,
                "no files",
                Who.STATION,
                HttpMethod.POST,
                attachPath,
                multipartBody(jsonPart("note", "{}")),
                400,
                "veterans.assistance.attachment.none"));
        all.add(new BadInput(
                attach,
                "a file that is no PDF, JPEG or PNG",
                Who.STATION,
                HttpMethod.POST,
                attachPath,
                multipartBody(
                        file("files", "a.pdf", PDF),
                        file("files", "b.gif", "GIF89a".getBytes(StandardCharsets.US_ASCII))),
                400,
                "document.type"));
        all.add(new BadInput(
                attach,
                "an empty file",
                Who.STATION,
                HttpMethod.POST,
                attachPath,
                multipartBody(file("files", "empty.pdf", new byte[0])),
                400,
                "document.empty"));
        all.add(new BadInput(
                attach,
                "an application that does not exist",
                Who.STATION,
                HttpMethod.POST,
                path + "/VA-00000000-XXXXXX/attachments",
                multipartBody(file("files", "a.pdf", PDF)),
                404,
                "veterans.assistance.notFound"));

        String attachment = "GET /api/veteran-assistance/applications/{trackingNumber}/attachments/{attachmentId}";
        pathIds(
                all,
                attachment,
                Who.STATION,
                path + "/" + assistanceTrackingNumber + "/attachments/",
                "",
                "veterans.assistance.attachment.notFound");
    }

    /** Every GET, lists included, refuses a bad query parameter before it does anything else. */
    /**
     * The accounts' public doors, sent without credentials. Every input is refused before a code is sent or tried,
     * except a code no text carried, which is tried against a number that has none: nothing is stored either way.
     */
    private void accounts(List<BadInput> all) {
        String mobile = "13400000000";
        String codes = "POST /api/accounts/verification-codes";
        String codesPath = "/api/accounts/verification-codes";
        Fields asked = fields("mobile", q(mobile));
        jsonBodies(all, codes, Who.ANYONE, HttpMethod.POST, codesPath, asked);
        texts(all, codes, Who.ANYONE, HttpMethod.POST, codesPath, asked, "mobile");
        for (String[] bad : new String[][] {
            {"mobile missing", "{}"},
            {"mobile blank", asked.with("mobile", q("   ")).json()},
            {"mobile of ten digits", asked.with("mobile", q("1340000000")).json()},
            {"mobile with +86", asked.with("mobile", q("+8613400000000")).json()},
            {"mobile starting 12", asked.with("mobile", q("12400000000")).json()}
        }) {
            all.add(new BadInput(
                    codes, bad[0], Who.ANYONE, HttpMethod.POST, codesPath, Body.json(bad[1]), 400, INVALID_FIELDS));
        }
        all.add(json(
                codes,
                "mobile an object",
                Who.ANYONE,
                HttpMethod.POST,
                codesPath,
                asked.with("mobile", "{}"),
                "problem.body.field"));

        String residents = "POST /api/accounts/residents";
        String residentsPath = "/api/accounts/residents";
        Fields resident = fields(
                "mobile",
                q(mobile),
                "code",
                q("000000"),
                "password",
                q(TestSignUps.PASSWORD),
                "name",
                q("语料居民"),
                "idNumber",
                q(TestIdNumbers.unique()));
        jsonBodies(all, residents, Who.ANYONE, HttpMethod.POST, residentsPath, resident);
        for (String field : List.of("mobile", "code", "password", "name", "idNumber")) {
            texts(all, residents, Who.ANYONE, HttpMethod.POST, residentsPath, resident, field);
        }
        idNumbers(all, residents, Who.ANYONE, residentsPath, resident, "idNumber", INVALID_FIELDS);
        for (Object[] bad : new Object[][] {
            {"every field missing", fields("x", "1")},
            {"code of five digits", resident.with("code", q("12345"))},
            {"code of letters", resident.with("code", q("abcdef"))},
            {"password of seven characters", resident.with("password", q("abc1234"))},
            {"password of 65 characters", resident.with("password", q("a1" + "b".repeat(63)))},
            {"password without a digit", resident.with("password", q("abcdefgh"))},
            {"password of Chinese characters", resident.with("password", q("密码密码1234"))},
            {"name of 101 characters", resident.with("name", q("名".repeat(101)))},
            {"name blank", resident.with("name", q("  "))},
            {"mobile of letters", resident.with("mobile", q("1340000000x"))}
        }) {
            all.add(json(
                    residents,
                    (String) bad[0],
                    Who.ANYONE,
                    HttpMethod.POST,
                    residentsPath,
                    (Fields) bad[1],
                    INVALID_FIELDS));
        }
        all.add(json(
                residents,
                "a code no text carried",
                Who.ANYONE,
                HttpMethod.POST,
                residentsPath,
                resident,
                "accounts.code.invalid"));
        all.add(json(
                residents,
                "idNumber a list",
                Who.ANYONE,
                HttpMethod.POST,
                residentsPath,
                resident.with("idNumber", "[1]"),
                "problem.body.field"));

        String enterprises = "POST /api/accounts/enterprises";
        String enterprisesPath = "/api/accounts/enterprises";
        Fields enterprise = fields(
                "creditCode",
                q("91310105MA1FL00017"),
                "name",
                q("上海语料有限公司"),
                "contactName",
                q("语料联系人"),
                "mobile",
                q(mobile),
                "code",
                q("000000"),
                "password",
                q(TestSignUps.PASSWORD));
        jsonBodies(all, enterprises, Who.ANYONE, HttpMethod.POST, enterprisesPath, enterprise);
        for (String field : List.of("creditCode", "name", "contactName", "mobile", "code", "password")) {
            texts(all, enterprises, Who.ANYONE, HttpMethod.POST, enterprisesPath, enterprise, field);
        }
        for (Object[] bad : new Object[][] {
            {"creditCode with a wrong check character", enterprise.with("creditCode", q("91310105MA1FL00018"))},
            {"creditCode of 17 characters", enterprise.with("creditCode", q("91310105MA1FL0001"))},
            {"creditCode with an I", enterprise.with("creditCode", q("91310105MA1IL00017"))},
            {"creditCode of a type its authority has not", enterprise.with("creditCode", q("97310105MA1FL00017"))},
            {"name of 201 characters", enterprise.with("name", q("司".repeat(201)))},
            {"contactName missing", enterprise.without("contactName")},
            {"mobile missing", enterprise.without("mobile")},
            {"password missing", enterprise.without("password")}
        }) {
            all.add(json(
                    enterprises,
                    (String) bad[0],
                    Who.ANYONE,
                    HttpMethod.POST,
                    enterprisesPath,
                    (Fields) bad[1],
                    INVALID_FIELDS));
        }
        all.add(json(
                enterprises,
                "a code no text carried",
                Who.ANYONE,
                HttpMethod.POST,
                enterprisesPath,
                enterprise,
                "accounts.code.invalid"));

        String reset = "POST /api/accounts/password-reset";
        String resetPath = "/api/accounts/password-reset";
        Fields newPassword = fields("loginName", q(mobile), "code", q("000000"), "password", q(TestSignUps.PASSWORD));
        jsonBodies(all, reset, Who.ANYONE, HttpMethod.POST, resetPath, newPassword);
        for (String field : List.of("loginName", "code", "password")) {
            texts(all, reset, Who.ANYONE, HttpMethod.POST, resetPath, newPassword, field);
        }
        for (Object[] bad : new Object[][] {
            {"loginName a staff user id", newPassword.with("loginName", q("it-admin"))},
            {"loginName an invalid credit code", newPassword.with("loginName", q("91310105MA1FL00018"))},
            {"code of seven digits", newPassword.with("code", q("1234567"))},
            {"password without a letter", newPassword.with("password", q("12345678"))},
            {"everything missing", fields("x", "1")}
        }) {
            all.add(json(
                    reset, (String) bad[0], Who.ANYONE, HttpMethod.POST, resetPath, (Fields) bad[1], INVALID_FIELDS));
        }
        all.add(json(
                reset,
                "a code no text carried, for a mobile number",
                Who.ANYONE,
                HttpMethod.POST,
                resetPath,
                newPassword,
                "accounts.code.invalid"));
        all.add(json(
                reset,
                "a code for a credit code no account has",
                Who.ANYONE,
                HttpMethod.POST,
                resetPath,
                newPassword.with("loginName", q(TestSignUps.creditCode(new JdbcTemplate(dataSource)))),
                "accounts.code.invalid"));
    }

    /** The inbox: a notice that is none, or another's, answers alike; ids beyond their type are refused. */
    private void inbox(List<BadInput> all) {
        String read = "POST /api/inbox/{id}/read";
        pathIds(all, read, Who.RESIDENT, "/api/inbox/", "/read", "inbox.notice.notFound");
        all.add(new BadInput(
                read,
                "a notice of another account",
                Who.RESIDENT,
                HttpMethod.POST,
                "/api/inbox/" + othersNoticeId + "/read",
                Body.NONE,
                404,
                "inbox.notice.notFound"));
        all.add(new BadInput(
                read,
                "id 0",
                Who.RESIDENT,
                HttpMethod.POST,
                "/api/inbox/0/read",
                Body.NONE,
                404,
                "inbox.notice.notFound"));
        all.add(new BadInput(
                read,
                "GET instead of POST",
                Who.RESIDENT,
                HttpMethod.GET,
                "/api/inbox/" + othersNoticeId + "/read",
                Body.NONE,
                405,
                "problem.method.notAllowed"));
    }

    /** My cases: a number that is odd, hidden or unknown answers as an unknown case; NUL is refused. */
    private void myCases(List<BadInput> all) {
        pathTexts(
                all,
                "GET /api/my/cases/{trackingNumber}",
                Who.RESIDENT,
                "/api/my/cases/",
                "",
                "portal.myCases.notFound");
    }

    /**
     * The generic door and the applicant's steps: a process that is none (or has a door of its own) and a step that
     * is none answer as unknown; what is wrong with an upload or its JSON part, and answers the deployed form refuses.
     */
    private void services(List<BadInput> all) {
        pathTexts(
                all,
                "GET /api/services/{processKey}/form",
                Who.ANYONE,
                "/api/services/",
                "/form",
                "services.process.notFound");
        String post = "POST /api/services/{processKey}/applications";
        String path = "/api/services/enterprise-service-request/applications";
        String need = "{\"needCategory\":\"SPACE\",\"needTitle\":\"语料诉求\",\"needDescription\":\"需要场地\","
                + "\"contactName\":\"语料联系人\",\"contactMobile\":\"13900004001\"}";
        Fields application = fields("data", need, "materialCodes", "[]");
        multipartBodies(all, post, Who.ENTERPRISE, path, "application", application);
        for (Map.Entry<String, String> text : BAD_TEXTS.entrySet()) {
            all.add(part(
                    post,
                    "data text: " + describe(text.getKey()),
                    Who.ENTERPRISE,
                    path,
                    "application",
                    application.with("data", need.replace("\"语料诉求\"", q(text.getKey()))),
                    400,
                    text.getValue()));
        }
        all.add(part(
                post,
                "a value the form's options do not have",
                Who.ENTERPRISE,
                path,
                "application",
                application.with("data", need.replace("SPACE", "HOLIDAY")),
                400,
                "services.application.invalid"));
        all.add(part(
                post,
                "a mobile number the form's pattern refuses",
                Who.ENTERPRISE,
                path,
                "application",
                application.with("data", need.replace("13900004001", "1390000400")),
                400,
                "services.application.invalid"));
        all.add(part(
                post,
                "a process that does not exist",
                Who.ENTERPRISE,
                "/api/services/no-such-process/applications",
                "application",
                application,
                404,
                "services.process.notFound"));
        pathTexts(all, "GET /api/my/tasks/{taskId}", Who.ENTERPRISE, "/api/my/tasks/", "", "services.task.notFound");
        String complete = "POST /api/my/tasks/{taskId}/completion";
        all.add(new BadInput(
                complete,
                "a step that does not exist",
                Who.ENTERPRISE,
                HttpMethod.POST,
                "/api/my/tasks/no-such-step/completion",
                Body.json("{\"data\":{}}"),
                404,
                "services.task.notFound"));
        all.add(new BadInput(
                complete,
                "a body that is not JSON",
                Who.ENTERPRISE,
                HttpMethod.POST,
                "/api/my/tasks/no-such-step/completion",
                Body.json("{\"data\":"),
                400,
                "problem.body.unreadable"));
    }

    /**
     * Apply online (portal-apply): a form key or service that is none answers 404; a draft is checked as an application
     * is (the form's checks, material codes, documents, at most 20 files), except that nothing is required yet.
     */
    private void applyOnline(List<BadInput> all) {
        pathTexts(all, "GET /api/forms/{formKey}", Who.ANYONE, "/api/forms/", "", "catalog.form.notFound");
        pathTexts(all, "GET /api/drafts/{serviceKey}", Who.RESIDENT, "/api/drafts/", "", "drafts.service.notFound");
        pathTexts(all, "DELETE /api/drafts/{serviceKey}", Who.RESIDENT, "/api/drafts/", "", "drafts.service.notFound");
        pathIds(
                all,
                "GET /api/drafts/{serviceKey}/files/{fileId}",
                Who.RESIDENT,
                "/api/drafts/residence-registration/files/",
                "",
                "drafts.notFound");
        String put = "PUT /api/drafts/{serviceKey}";
        String path = "/api/drafts/elderly-comprehensive-allowance";
        Object[][] drafts = {
            {"an unknown field", "{\"data\":{\"favouriteColour\":\"blue\"}}", 400, "drafts.invalid"},
            {"a date that is none", "{\"data\":{\"birthDate\":\"1950-02-30\"}}", 400, "drafts.invalid"},
            {"a bank account of letters", "{\"data\":{\"bankAccount\":\"abc\"}}", 400, "drafts.invalid"},
            {"a code without its file", "{\"materialCodes\":[\"id-card\"]}", 400, "drafts.files.codesMismatch"},
            {"a file to keep that is none", "{\"keepFiles\":[987654321]}", 400, "drafts.files.notInDraft"},
            {"keepFiles a text", "{\"keepFiles\":\"all\"}", 400, "problem.body.field"},
            {"the part cut short", "{\"data\":{", 400, "onestop.application.part.invalid"},
            {"the part a list", "[]", 400, "onestop.application.part.invalid"},
            {"the part null", "null", 400, "onestop.application.part.missing"}
        };
        for (Object[] draft : drafts) {
            all.add(new BadInput(
                    put,
                    (String) draft[0],
                    Who.RESIDENT,
                    HttpMethod.PUT,
                    path,
                    multipartBody(jsonPart("draft", (String) draft[1])),
                    (Integer) draft[2],
                    (String) draft[3]));
        }
        for (Map.Entry<String, String> text : BAD_TEXTS.entrySet()) {
            all.add(new BadInput(
                    put,
                    "data text: " + describe(text.getKey()),
                    Who.RESIDENT,
                    HttpMethod.PUT,
                    path,
                    multipartBody(jsonPart("draft", "{\"data\":{\"bankName\":" + q(text.getKey()) + "}}")),
                    400,
                    text.getValue()));
        }
        String oneFile = "{\"materialCodes\":[\"passport\"]}";
        all.add(new BadInput(
                put,
                "a material code of another matter",
                Who.RESIDENT,
                HttpMethod.PUT,
                path,
                multipartBody(jsonPart("draft", oneFile), file("materials", "p.pdf", PDF)),
                400,
                "drafts.files.unknownCode"));
        all.add(new BadInput(
                put,
                "a text file as a material",
                Who.RESIDENT,
                HttpMethod.PUT,
                path,
                multipartBody(
                        jsonPart("draft", "{\"materialCodes\":[\"id-card\"]}"),
                        file("materials", "id.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8))),
                400,
                "document.type"));
        Object[] files = new Object[22];
        files[0] = jsonPart("draft", "{\"materialCodes\":[" + "\"id-card\",".repeat(20) + "\"id-card\"]}");
        for (int i = 1; i < files.length; i++) {
            files[i] = file("materials", "id" + i + ".pdf", PDF);
        }
        all.add(new BadInput(
                put,
                "21 files",
                Who.RESIDENT,
                HttpMethod.PUT,
                path,
                multipartBody(files),
                400,
                "drafts.files.tooMany"));
        all.add(new BadInput(
                put,
                "a service that is none",
                Who.RESIDENT,
                HttpMethod.PUT,
                "/api/drafts/no-such-matter",
                multipartBody(jsonPart("draft", "{}")),
                404,
                "drafts.service.notFound"));
        all.add(new BadInput(
                put,
                "JSON instead of an upload",
                Who.RESIDENT,
                HttpMethod.PUT,
                path,
                Body.json("{}"),
                415,
                "problem.mediaType.unsupported"));
        all.add(new BadInput(
                put,
                "multipart without a boundary",
                Who.RESIDENT,
                HttpMethod.PUT,
                path,
                Body.of("multipart/form-data", "--x\r\n\r\n"),
                400,
                "problem.multipart.unreadable"));
    }

    /**
     * Owners' votes (portal): a number that is odd, hidden or unknown answers as an unknown case, for owners and for
     * the committees alike; an opinion's body is refused before anything is looked up.
     */
    private void ownersVotes(List<BadInput> all) {
        pathTexts(
                all,
                "GET /api/my/votes/{trackingNumber}",
                Who.RESIDENT,
                "/api/my/votes/",
                "",
                "portal.owners.notFound");
        String opinion = "POST /api/my/votes/{trackingNumber}/opinions";
        String opinionPath = "/api/my/votes/PF-20261201-NOSUCH/opinions";
        Fields text = fields("text", q("希望公开维修支出明细"));
        jsonBodies(all, opinion, Who.RESIDENT, HttpMethod.POST, opinionPath, text);
        texts(all, opinion, Who.RESIDENT, HttpMethod.POST, opinionPath, text, "text");
        pathTexts(
                all,
                "GET /api/property-fee/proposals/{trackingNumber}/opinions",
                Who.SELF_GOVERNANCE,
                "/api/property-fee/proposals/",
                "/opinions",
                "propertyfee.opinions.notFound");
    }

    private void everyGetRefusesBadQueryParameters(List<BadInput> all) {
        Map<String, Object[]> gets = new LinkedHashMap<>();
        gets.put("GET /api/calendar/years", new Object[] {Who.ADMIN, "/api/calendar/years"});
        gets.put("GET /api/calendar/years/{year}", new Object[] {Who.ADMIN, "/api/calendar/years/2026"});
        gets.put(
                "GET /api/labor-dispute-mediation/applications",
                new Object[] {Who.RESIDENT, "/api/labor-dispute-mediation/applications"});
        gets.put("GET /api/catalog", new Object[] {Who.ANYONE, "/api/catalog"});
        gets.put("GET /api/catalog/{code}", new Object[] {Who.ANYONE, "/api/catalog/birth"});
        gets.put("GET /api/applications", new Object[] {Who.RESIDENT, "/api/applications"});
        gets.put(
                "GET /api/applications/{trackingNumber}",
                new Object[] {Who.RESIDENT, "/api/applications/" + oneStopTrackingNumber});
        gets.put(
                "GET /api/applications/{trackingNumber}/materials/{materialId}",
                new Object[] {Who.RESIDENT, "/api/applications/" + oneStopTrackingNumber + "/materials/" + materialId});
        gets.put("GET /api/estates/{estateId}", new Object[] {Who.HOUSING, "/api/estates/" + estateId});
        gets.put(
                "GET /api/estates/{estateId}/units [text/csv]",
                new Object[] {Who.HOUSING, "/api/estates/" + estateId + "/units"});
        gets.put("GET /api/veterans", new Object[] {Who.STATION, "/api/veterans"});
        gets.put("GET /api/veterans [text/csv]", new Object[] {Who.STATION, "/api/veterans"});
        gets.put("GET /api/veterans/export", new Object[] {Who.STATION, "/api/veterans/export"});
        gets.put("GET /api/veterans/{veteranId}", new Object[] {Who.STATION, "/api/veterans/" + veteranId});
        gets.put(
                "GET /api/veterans/{veteranId}/id-number",
                new Object[] {Who.STATION, "/api/veterans/" + veteranId + "/id-number"});
        gets.put(
                "GET /api/veteran-assistance/applications",
                new Object[] {Who.STATION, "/api/veteran-assistance/applications"});
        gets.put(
                "GET /api/veteran-assistance/applications/{trackingNumber}",
                new Object[] {Who.STATION, "/api/veteran-assistance/applications/" + assistanceTrackingNumber});
        gets.put("GET /api/votes/{voteId}/tally", new Object[] {Who.SELF_GOVERNANCE, "/api/votes/1/tally"});
        gets.put("GET /api/residents-areas", new Object[] {Who.ADMIN, "/api/residents-areas"});
        gets.put("GET /api/residents-areas/{areaId}", new Object[] {Who.ADMIN, "/api/residents-areas/" + areaId});
        gets.put("GET /api/estates/{estateId}/staff", new Object[] {Who.ADMIN, "/api/estates/" + estateId + "/staff"});
        gets.put("GET /api/services", new Object[] {Who.ANYONE, "/api/services"});
        gets.put(
                "GET /api/services/{processKey}/form",
                new Object[] {Who.ANYONE, "/api/services/enterprise-service-request/form"});
        gets.put("GET /api/my/tasks", new Object[] {Who.ENTERPRISE, "/api/my/tasks"});
        gets.put("GET /api/my/tasks/{taskId}", new Object[] {Who.ENTERPRISE, "/api/my/tasks/no-such-step"});
        gets.put("GET /api/inbox", new Object[] {Who.RESIDENT, "/api/inbox"});
        gets.put("GET /api/my/cases", new Object[] {Who.RESIDENT, "/api/my/cases"});
        gets.put("GET /api/drafts", new Object[] {Who.RESIDENT, "/api/drafts"});
        gets.put("GET /api/forms/{formKey}", new Object[] {Who.ANYONE, "/api/forms/one-stop-birth"});
        gets.put(
                "GET /api/my/cases/{trackingNumber}",
                new Object[] {Who.RESIDENT, "/api/my/cases/" + oneStopTrackingNumber});
        gets.put("GET /api/my/votes", new Object[] {Who.RESIDENT, "/api/my/votes"});
        gets.put("GET /api/my/votes/{trackingNumber}", new Object[] {Who.RESIDENT, "/api/my/votes/PF-20261201-NOSUCH"});
        // the API's OpenAPI document (apidocs/)
        gets.put("GET /api/docs [application/json]", new Object[] {Who.ANYONE, "/api/docs"});
        gets.put("GET /api/docs.yaml [application/vnd.oai.openapi]", new Object[] {Who.ANYONE, "/api/docs.yaml"});
        gets.forEach((endpoint, target) -> {
            Who who = (Who) target[0];
            String path = (String) target[1];
            boolean csv = endpoint.endsWith("[text/csv]");
            all.add(get(endpoint, "a parameter with NUL", who, path + "?q=a%00b", csv, "problem.text.control"));
            all.add(get(
                    endpoint,
                    "a parameter with a direction override",
                    who,
                    path + "?q=%E2%80%AEx",
                    csv,
                    "problem.text.direction"));
            all.add(get(
                    endpoint,
                    "a parameter of zero-width spaces",
                    who,
                    path + "?q=%E2%80%8B",
                    csv,
                    "problem.text.invisible"));
            all.add(get(
                    endpoint,
                    "a parameter that cannot be decoded",
                    who,
                    path + "?q=%E4%B8",
                    csv,
                    "problem.parameter.undecodable"));
        });
    }

    private BadInput get(String endpoint, String name, Who who, String path, boolean csv, String type) {
        Body accept = csv ? Body.ACCEPT_CSV : Body.NONE;
        return new BadInput(endpoint, name, who, HttpMethod.GET, path, accept, 400, type);
    }

    // ---- generators of inputs --------------------------------------------------------------------------------

    /** What is wrong with any JSON body, tried on every endpoint that takes one. */
    private void jsonBodies(
            List<BadInput> all, String endpoint, Who who, HttpMethod method, String path, Fields valid) {
        String body = valid.json();
        all.add(new BadInput(endpoint, "an empty body", who, method, path, Body.json(""), 400, "problem.body.missing"));
        all.add(new BadInput(endpoint, "null", who, method, path, Body.json("null"), 400, "problem.body.missing"));
        all.add(new BadInput(
                endpoint,
                "JSON cut short",
                who,
                method,
                path,
                Body.json(body.substring(0, body.length() / 2)),
                400,
                "problem.body.unreadable"));
        all.add(new BadInput(
                endpoint,
                "garbage after the value",
                who,
                method,
                path,
                Body.json(body + " {\"x\":1}"),
                400,
                "problem.body.unreadable"));
        String first = valid.firstKey();
        all.add(new BadInput(
                endpoint,
                "a key given twice",
                who,
                method,
                path,
                Body.json(body.substring(0, body.length() - 1) + "," + q(first) + ":" + valid.get(first) + "}"),
                400,
                "problem.body.unreadable"));
        all.add(new BadInput(
                endpoint,
                "nesting 100 deep",
                who,
                method,
                path,
                Body.json("{\"x\":" + "[".repeat(100) + "]".repeat(100) + "}"),
                400,
                "problem.body.limits"));
        all.add(new BadInput(
                endpoint,
                "a list instead of an object",
                who,
                method,
                path,
                Body.json("[" + body + "]"),
                400,
                "problem.body.unreadable"));
        all.add(new BadInput(
                endpoint,
                "a string instead of an object",
                who,
                method,
                path,
                Body.json("\"x\""),
                400,
                "problem.body.unreadable"));
        all.add(new BadInput(
                endpoint,
                "bytes that are no UTF-8",
                who,
                method,
                path,
                new Body(
                        "application/json",
                        concat(
                                "{\"x\":\"".getBytes(StandardCharsets.US_ASCII),
                                new byte[] {(byte) 0xFF, (byte) 0xFE},
                                "\"}".getBytes(StandardCharsets.US_ASCII))),
                400,
                "problem.body.unreadable"));
        all.add(new BadInput(
                endpoint,
                "a body over 1 MB",
                who,
                method,
                path,
                Body.json("{\"x\":\"" + "a".repeat(1_100_000) + "\"}"),
                413,
                "problem.body.tooLarge"));
        all.add(new BadInput(
                endpoint,
                "JSON sent as text/plain",
                who,
                method,
                path,
                Body.of("text/plain", body),
                415,
                "problem.mediaType.unsupported"));
        all.add(new BadInput(
                endpoint,
                "XML",
                who,
                method,
                path,
                Body.of("application/xml", "<a/>"),
                415,
                "problem.mediaType.unsupported"));
        all.add(new BadInput(
                endpoint,
                "a form",
                who,
                method,
                path,
                Body.of("application/x-www-form-urlencoded", "a=1"),
                415,
                "problem.mediaType.unsupported"));
        all.add(new BadInput(
                endpoint,
                "JSON sent as an image",
                who,
                method,
                path,
                Body.of("image/png", body),
                415,
                "problem.mediaType.unsupported"));
    }

    /** Each refused text in {@code field}. */
    private void texts(
            List<BadInput> all, String endpoint, Who who, HttpMethod method, String path, Fields valid, String field) {
        BAD_TEXTS.forEach((text, type) -> all.add(
                json(endpoint, field + ": " + describe(text), who, method, path, valid.with(field, q(text)), type)));
    }

    private void idNumbers(
            List<BadInput> all, String endpoint, Who who, String path, Fields valid, String field, String type) {
        for (String[] id : badIdNumbers()) {
            all.add(json(endpoint, field + " " + id[0], who, HttpMethod.POST, path, valid.with(field, q(id[1])), type));
        }
    }

    private static String[][] badIdNumbers() {
        return new String[][] {
            {"with a wrong check character", "310105199001011234"},
            {"of eighteen zeros", "000000000000000000"},
            {"born 1990-13-45", withCheck("31010519901345123")},
            {
                "born tomorrow",
                TestIdNumbers.of(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1), 7)
            },
            {"born 1899-12-31", withCheck("31010518991231123")},
            {"of 17 characters", "31010519900101123"},
            {"with a Y", "31010519900101123Y"}
        };
    }

    /** Bad values in a path: identifiers beyond their type, not numbers; the unknown one answers 404. */
    private void pathIds(List<BadInput> all, String endpoint, Who who, String prefix, String suffix, String notFound) {
        pathIds(all, endpoint, who, prefix, suffix, notFound, Body.NONE);
    }

    private void pathIds(
            List<BadInput> all, String endpoint, Who who, String prefix, String suffix, String notFound, Body body) {
        HttpMethod method = HttpMethod.valueOf(endpoint.substring(0, endpoint.indexOf(' ')));
        Body sent = endpoint.endsWith("[text/csv]") ? Body.ACCEPT_CSV : body;
        for (String id : List.of("1e400", "99999999999999999999", "abc", "1.5", "%E2%80%AE1")) {
            all.add(new BadInput(
                    endpoint, "id " + id, who, method, prefix + id + suffix, sent, 400, "problem.parameter.invalid"));
        }
        all.add(new BadInput(
                endpoint,
                "an id that does not exist",
                who,
                method,
                prefix + "987654321" + suffix,
                sent,
                404,
                notFound));
    }

    /** Tracking numbers and codes that are no such thing: 404, the text shown back made harmless. */
    private void pathTexts(
            List<BadInput> all, String endpoint, Who who, String prefix, String suffix, String notFound) {
        HttpMethod method = HttpMethod.valueOf(endpoint.substring(0, endpoint.indexOf(' ')));
        for (String text : List.of("XX-00000000-NOSUCH", "%E2%80%AEOS-1", "%E2%81%A6x%E2%81%A9", "a%C2%85b")) {
            all.add(new BadInput(
                    endpoint, "path " + text, who, method, prefix + text + suffix, Body.NONE, 404, notFound));
        }
        all.add(new BadInput(
                endpoint,
                "path with NUL",
                who,
                method,
                prefix + "a%00b" + suffix,
                Body.NONE,
                400,
                "problem.request.malformed"));
    }

    /** What is wrong with any upload, and with its JSON part. */
    private void multipartBodies(List<BadInput> all, String endpoint, Who who, String path, String part, Fields valid) {
        multipartEnvelope(all, endpoint, who, path);
        String body = valid.json();
        all.add(part(
                endpoint,
                "the part cut short",
                who,
                path,
                part,
                body.substring(0, body.length() / 2),
                400,
                "onestop.application.part.invalid"));
        all.add(part(
                endpoint,
                "garbage after the part",
                who,
                path,
                part,
                body + "]",
                400,
                "onestop.application.part.invalid"));
        all.add(part(
                endpoint,
                "a key given twice in the part",
                who,
                path,
                part,
                body.substring(0, body.length() - 1) + "," + q(valid.firstKey()) + ":" + valid.get(valid.firstKey())
                        + "}",
                400,
                "onestop.application.part.invalid"));
        all.add(part(
                endpoint,
                "the part nested 100 deep",
                who,
                path,
                part,
                "{\"x\":" + "[".repeat(100) + "]".repeat(100) + "}",
                400,
                "problem.body.limits"));
        all.add(part(
                endpoint,
                "the part a list",
                who,
                path,
                part,
                "[" + body + "]",
                400,
                "onestop.application.part.invalid"));
        all.add(part(endpoint, "the part null", who, path, part, "null", 400, "onestop.application.part.missing"));
        all.add(part(endpoint, "the part blank", who, path, part, "   ", 400, "onestop.application.part.missing"));
    }

    /** What is wrong with the envelope of any upload. */
    private void multipartEnvelope(List<BadInput> all, String endpoint, Who who, String path) {
        all.add(new BadInput(
                endpoint,
                "multipart without a boundary",
                who,
                HttpMethod.POST,
                path,
                Body.of("multipart/form-data", "--x\r\n\r\n"),
                400,
                "problem.multipart.unreadable"));
        all.add(new BadInput(
                endpoint,
                "multipart cut short",
                who,
                HttpMethod.POST,
                path,
                Body.of(
                        "multipart/form-data; boundary=" + BOUNDARY,
                        "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nabc"),
                400,
                "problem.multipart.unreadable"));
        all.add(new BadInput(
                endpoint,
                "JSON instead of an upload",
                who,
                HttpMethod.POST,
                path,
                Body.json("{}"),
                415,
                "problem.mediaType.unsupported"));
        all.add(new BadInput(
                endpoint,
                "text instead of an upload",
                who,
                HttpMethod.POST,
                path,
                Body.of("text/plain", "hello"),
                415,
                "problem.mediaType.unsupported"));
    }

    private BadInput part(
            String endpoint, String name, Who who, String path, String part, Fields json, int status, String type) {
        return part(endpoint, name, who, path, part, json.json(), status, type);
    }

    private BadInput part(
            String endpoint, String name, Who who, String path, String part, String json, int status, String type) {
        return new BadInput(
                endpoint, name, who, HttpMethod.POST, path, multipartBody(jsonPart(part, json)), status, type);
    }

    private static BadInput json(
            String endpoint, String name, Who who, HttpMethod method, String path, Fields json, String type) {
        return new BadInput(endpoint, name, who, method, path, Body.json(json.json()), 400, type);
    }

    // ---- building bodies -------------------------------------------------------------------------------------

    /** A JSON object as raw fields, each value a JSON literal as written (so that 1e400 stays 1e400). */
    record Fields(Map<String, String> raw) {

        Fields with(String key, String rawValue) {
            Map<String, String> changed = new LinkedHashMap<>(raw);
            changed.put(key, rawValue);
            return new Fields(changed);
        }

        Fields without(String key) {
            Map<String, String> changed = new LinkedHashMap<>(raw);
            changed.remove(key);
            return new Fields(changed);
        }

        String firstKey() {
            return raw.keySet().iterator().next();
        }

        String get(String key) {
            return raw.get(key);
        }

        String json() {
            StringBuilder json = new StringBuilder("{");
            raw.forEach((key, value) -> json.append(json.length() > 1 ? "," : "")
                    .append(q(key))
                    .append(':')
                    .append(value));
            return json.append('}').toString();
        }
    }

    private static Fields fields(String... keysAndValues) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            raw.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new Fields(raw);
    }

    /** {@code text} as a JSON string, every character beyond ASCII escaped, so that any UTF-16 unit can be sent. */
    static String q(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7E) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private static String describe(String text) {
        StringBuilder described = new StringBuilder();
        text.chars()
                .forEach(c -> described.append(c < 0x20 || c > 0x7E ? String.format("U+%04X ", c) : (char) c + " "));
        return described.toString().strip();
    }

    private static String withCheck(String first17) {
        return first17 + TestIdNumbers.checkCharacter(first17);
    }

    private static FilePart file(String name, String fileName, byte[] content) {
        return TestMultipart.file(name, fileName, "application/octet-stream", content);
    }

    private static Body multipartBody(Object... parts) {
        return new Body("multipart/form-data; boundary=" + BOUNDARY, multipart(parts));
    }

    private static byte[] multipart(Object... parts) {
        return TestMultipart.body(BOUNDARY, parts);
    }

    private static byte[] concat(byte[]... pieces) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] piece : pieces) {
            all.writeBytes(piece);
        }
        return all.toByteArray();
    }
}

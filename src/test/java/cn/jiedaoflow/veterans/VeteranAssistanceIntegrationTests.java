package cn.jiedaoflow.veterans;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
 * Applications for veteran assistance over HTTP, with the one-open-case rule under concurrency, on H2 and PostgreSQL.
 */
@IntegrationTest
class VeteranAssistanceIntegrationTests {

    private static final String APPLICATIONS = VeteranAssistanceController.PATH;

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
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void aFamilyMemberAppliesTheCaseOpensAndTheStationVisits() {
        List<String> ids = roster(3);
        TestRestTemplate family = resident("13755000301", "张小红");

        ResponseEntity<Map> applied = family.postForEntity(APPLICATIONS, application(ids.get(0), "FAMILY"), Map.class);

        assertThat(applied.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String trackingNumber = (String) applied.getBody().get("trackingNumber");
        assertThat(trackingNumber).matches("VA-\\d{8}-[A-Z2-9]{6}");
        // a family member is told it was received until the station has visited the veteran; the station sees more
        assertThat(applied.getBody())
                .containsEntry("status", "SUBMITTED")
                .containsEntry("applicantName", "张小红")
                .containsEntry("statusReason", "申请已收到，退役军人服务站将与退役军人本人联系。");
        assertThat(station().getForObject(APPLICATIONS + "/" + trackingNumber, Map.class))
                .containsEntry("status", "IN_PROGRESS");
        assertThat((String) applied.getBody().get("veteranIdNumber")).contains("**********");
        Task visit = tasks.createTaskQuery()
                .processInstanceBusinessKey(trackingNumber)
                .singleResult();
        assertThat(visit.getTaskDefinitionKey()).isEqualTo("UserTask_HomeVisit");
        assertThat(tasks.getIdentityLinksForTask(visit.getId()).get(0).getGroupId())
                .isEqualTo("veterans-station");
        assertThat(visit.getDueDate()).isNotNull();

        assertThat(family.getForObject(APPLICATIONS, List.class))
                .extracting(a -> ((Map<String, Object>) a).get("trackingNumber"))
                .containsExactly(trackingNumber);
        assertThat(station()
                        .getForEntity(APPLICATIONS + "/" + trackingNumber, Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(resident("13755000302", "路人")
                        .getForEntity(APPLICATIONS + "/" + trackingNumber, Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(staff("civil-affairs")
                        .getForEntity(APPLICATIONS + "/" + trackingNumber, Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        // the veteran's file lists the open case
        Long veteranId = jdbc.queryForObject("SELECT id FROM veteran WHERE id_number = ?", Long.class, ids.get(0));
        Map<String, Object> file = station().getForObject("/api/veterans/" + veteranId, Map.class);
        assertThat((List<Map<String, Object>>) file.get("cases"))
                .extracting(c -> c.get("trackingNumber") + " " + c.get("status"))
                .containsExactly(trackingNumber + " OPEN");
        assertThat((String)
                        ((List<Map<String, Object>>) file.get("cases")).get(0).get("openedAt"))
                .endsWith("+08:00");

        // a second application while the first is open takes the ineligible path, with the reason
        ResponseEntity<Map> second =
                station().postForEntity(APPLICATIONS, withApplicant(application(ids.get(0), "VETERAN")), Map.class);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getBody()).containsEntry("status", "INELIGIBLE");
        assertThat((String) second.getBody().get("statusReason"))
                .contains("正在办理")
                .doesNotContain(trackingNumber);
    }

    @Test
    void aVeteranNotOnTheRosterIsToldWhyNotGivenAnError() {
        String idNumber = TestIdNumbers.unique();
        accounts.createResident("13755000310", "李明", idNumber, TestPeople.RESIDENT_PASSWORD);
        ResponseEntity<Map> applied = TestPeople.as(rest, "13755000310", TestPeople.RESIDENT_PASSWORD)
                .postForEntity(APPLICATIONS, application(idNumber, "VETERAN"), Map.class);

        assertThat(applied.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(applied.getBody()).containsEntry("status", "INELIGIBLE");
        assertThat((String) applied.getBody().get("statusReason")).contains("不在本街道退役军人名册");
        String trackingNumber = (String) applied.getBody().get("trackingNumber");
        assertThat(tasks.createTaskQuery()
                        .processInstanceBusinessKey(trackingNumber)
                        .count())
                .isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void amountsThatAreNegativeOrNotNumbersAreRefusedWithAMessage() {
        List<String> ids = roster(1);
        TestRestTemplate family = resident("13755000304", "王芳");
        for (Object[] bad : new Object[][] {
            {"monthlyHouseholdIncome", -1, "negative"},
            {"monthlyHouseholdIncome", "五千", "notAnAmount"},
            {"householdSize", 0, "notAWholeNumberFrom1To20"},
            {"householdSize", 2.5, "notAWholeNumberFrom1To20"},
            {"disabilityGrade", 5, "notAWholeNumberFrom0To4"},
            {"hardshipType", "BOREDOM", "notAllowed"}
        }) {
            Map<String, Object> request = application(ids.get(0), "FAMILY");
            request.put((String) bad[0], bad[1]);
            ResponseEntity<Map> refused = family.postForEntity(APPLICATIONS, request, Map.class);
            assertThat(refused.getStatusCode()).as("%s=%s", bad[0], bad[1]).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat((List<Map<String, Object>>) refused.getBody().get("errors"))
                    .extracting(e -> e.get("field") + ":" + e.get("problem"))
                    .containsExactly(bad[0] + ":" + bad[2]);
            assertThat((String) refused.getBody().get("detail")).contains("金额须为不小于 0 的数字");
        }
        HttpHeaders english = new HttpHeaders();
        english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        english.setContentType(MediaType.APPLICATION_JSON);
        Map<String, Object> negative = application(ids.get(0), "FAMILY");
        negative.put("monthlyHouseholdIncome", -5);
        assertThat((String)
                        family.exchange(APPLICATIONS, HttpMethod.POST, new HttpEntity<>(negative, english), Map.class)
                                .getBody()
                                .get("detail"))
                .contains("amounts are numbers of at least 0");
        assertThat(family.getForObject(APPLICATIONS, List.class)).isEmpty();
    }

    @Test
    void onlyResidentsTheCommitteeAndTheStationApply() {
        List<String> ids = roster(1);
        accounts.createEnterprise("91310105MA1FL3XQ4K", "某企业", TestPeople.RESIDENT_PASSWORD);
        TestRestTemplate enterprise = TestPeople.as(rest, "91310105MA1FL3XQ4K", TestPeople.RESIDENT_PASSWORD);

        assertThat(enterprise
                        .postForEntity(APPLICATIONS, application(ids.get(0), "FAMILY"), Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(staff("civil-affairs")
                        .postForEntity(
                                APPLICATIONS, withApplicant(application(ids.get(0), "RESIDENTS_COMMITTEE")), Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.postForEntity(APPLICATIONS, application(ids.get(0), "FAMILY"), Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(resident("13755000305", "赵六")
                        .postForEntity(APPLICATIONS, application(ids.get(0), "RESIDENTS_COMMITTEE"), Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        ResponseEntity<Map> reported = staff("residents-committee")
                .postForEntity(APPLICATIONS, withApplicant(application(ids.get(0), "RESIDENTS_COMMITTEE")), Map.class);
        assertThat(reported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(reported.getBody())
                .containsEntry("status", "SUBMITTED")
                .containsEntry("applicantRelation", "RESIDENTS_COMMITTEE");
        assertThat(station()
                        .getForObject(APPLICATIONS + "/" + reported.getBody().get("trackingNumber"), Map.class))
                .containsEntry("status", "IN_PROGRESS");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theApplicantAttachesDocumentsTheStationOpensThem() {
        List<String> ids = roster(1);
        TestRestTemplate family = resident("13755000308", "家属丙");
        String trackingNumber =
                (String) family.postForEntity(APPLICATIONS, application(ids.get(0), "FAMILY"), Map.class)
                        .getBody()
                        .get("trackingNumber");
        byte[] pdf = "%PDF-1.7 医院费用清单".getBytes(StandardCharsets.UTF_8);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2};

        ResponseEntity<Map> attached = family.exchange(
                APPLICATIONS + "/" + trackingNumber + "/attachments",
                HttpMethod.POST,
                files(Map.of("bill.pdf", pdf, "photo.png", png)),
                Map.class);

        assertThat(attached.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        List<Map<String, Object>> listed =
                (List<Map<String, Object>>) attached.getBody().get("attachments");
        assertThat(listed)
                .extracting(a -> a.get("fileName") + " " + a.get("contentType") + " " + a.get("sizeBytes"))
                .containsExactlyInAnyOrder(
                        "bill.pdf application/pdf " + pdf.length, "photo.png image/png " + png.length);
        Object pdfId = listed.stream()
                .filter(a -> "bill.pdf".equals(a.get("fileName")))
                .findFirst()
                .orElseThrow()
                .get("id");
        ResponseEntity<byte[]> opened =
                station().getForEntity(APPLICATIONS + "/" + trackingNumber + "/attachments/" + pdfId, byte[].class);
        assertThat(opened.getBody()).isEqualTo(pdf);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'VETERAN_ASSISTANCE_ATTACHMENT_VIEWED'"
                                + " AND subject = ?",
                        Integer.class,
                        "application:" + trackingNumber))
                .isEqualTo(1);

        ResponseEntity<Map> text = family.exchange(
                APPLICATIONS + "/" + trackingNumber + "/attachments",
                HttpMethod.POST,
                files(Map.of("bill.pdf", "not a pdf".getBytes())),
                Map.class);
        assertThat(text.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) text.getBody().get("detail")).contains("bill.pdf", "PDF、JPEG 或 PNG");
        ResponseEntity<Map> large = family.exchange(
                APPLICATIONS + "/" + trackingNumber + "/attachments",
                HttpMethod.POST,
                files(Map.of("scan.pdf", Arrays.copyOf(pdf, 10 * 1024 * 1024 + 1))),
                Map.class);
        assertThat((String) large.getBody().get("detail")).contains("scan.pdf", "10 MB");
        assertThat(large.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(resident("13755000309", "路人乙")
                        .exchange(
                                APPLICATIONS + "/" + trackingNumber + "/attachments",
                                HttpMethod.POST,
                                files(Map.of("x.pdf", pdf)),
                                Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(resident("13755000309", "路人乙")
                        .getForEntity(APPLICATIONS + "/" + trackingNumber + "/attachments/" + pdfId, Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat((List<?>) family.getForObject(APPLICATIONS + "/" + trackingNumber, Map.class)
                        .get("attachments"))
                .hasSize(2);
    }

    private static HttpEntity<MultiValueMap<String, Object>> files(Map<String, byte[]> files) {
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        files.forEach((name, content) -> body.add("files", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        }));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        // what a browser sends from the portal's own page (README, "Cross-site requests")
        headers.set("Sec-Fetch-Site", "same-origin");
        return new HttpEntity<>(body, headers);
    }

    /** Two applications for one veteran at the same moment: exactly one case opens, the other is told why. */
    @Test
    void oneOpenCasePerVeteranAlsoWhenTwoApplicationsArriveAtOnce() throws Exception {
        List<String> ids = roster(4);
        TestRestTemplate first = resident("13755000306", "家属甲");
        TestRestTemplate second = resident("13755000307", "家属乙");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (String id : ids) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ResponseEntity<Map>>> answers = new ArrayList<>();
                for (TestRestTemplate client : List.of(first, second)) {
                    Callable<ResponseEntity<Map>> apply = () -> {
                        start.await();
                        return client.postForEntity(APPLICATIONS, application(id, "FAMILY"), Map.class);
                    };
                    answers.add(pool.submit(apply));
                }
                start.countDown();
                List<Object> statuses = new ArrayList<>();
                for (Future<ResponseEntity<Map>> answer : answers) {
                    ResponseEntity<Map> response = answer.get();
                    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
                    statuses.add(station()
                            .getForObject(
                                    APPLICATIONS + "/" + response.getBody().get("trackingNumber"), Map.class)
                            .get("status"));
                }
                assertThat(statuses).containsExactlyInAnyOrder("IN_PROGRESS", "INELIGIBLE");
                assertThat(jdbc.queryForObject(
                                "SELECT COUNT(*) FROM veteran_case c JOIN veteran v ON v.id = c.veteran_id "
                                        + "WHERE v.id_number = ? AND c.status = 'OPEN'",
                                Integer.class,
                                id))
                        .isEqualTo(1);
                assertThat(jdbc.queryForObject(
                                "SELECT COUNT(*) FROM veteran_open_case o JOIN veteran v ON v.id = o.veteran_id "
                                        + "WHERE v.id_number = ?",
                                Integer.class,
                                id))
                        .isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /** Imports a roster of {@code size} veterans and answers their ID numbers. */
    private List<String> roster(int size) {
        TestRoster roster = TestRoster.of(size);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        assertThat(station()
                        .exchange(
                                "/api/veterans", HttpMethod.POST, new HttpEntity<>(roster.csv(), headers), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        List<String> ids = new ArrayList<>();
        String[] lines = roster.csv().split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            ids.add(lines[i].split(",")[2]);
        }
        return ids;
    }

    private static Map<String, Object> application(String veteranIdNumber, String relation) {
        Map<String, Object> request = new HashMap<>();
        request.put("veteranIdNumber", veteranIdNumber);
        request.put("applicantRelation", relation);
        request.put("hardshipType", "UNEMPLOYMENT");
        request.put("householdSize", 3);
        request.put("monthlyHouseholdIncome", 5000.50);
        request.put("disabilityGrade", 0);
        request.put("requestedHelp", "失业半年，申请生活补助");
        return request;
    }

    private static Map<String, Object> withApplicant(Map<String, Object> request) {
        request.put("applicantName", "程家桥居委会 王主任");
        request.put("applicantMobile", "13755000399");
        return request;
    }

    private TestRestTemplate resident(String mobile, String name) {
        return TestPeople.as(
                rest, TestPeople.resident(accounts, accountRepository, mobile, name), TestPeople.RESIDENT_PASSWORD);
    }

    private TestRestTemplate staff(String group) {
        return TestPeople.as(rest, TestPeople.staff(identity, group), TestPeople.STAFF_PASSWORD);
    }

    private TestRestTemplate station() {
        return staff("veterans-station");
    }
}

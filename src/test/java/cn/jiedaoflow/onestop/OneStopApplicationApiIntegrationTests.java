package cn.jiedaoflow.onestop;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.files.DocumentType;
import cn.jiedaoflow.notification.Notification;
import cn.jiedaoflow.notification.NotificationRepository;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The one-stop catalog and applications over real HTTP, on H2 and on PostgreSQL. */
@IntegrationTest
class OneStopApplicationApiIntegrationTests {

    private static final String APPLICATIONS = OneStopApplicationController.PATH;
    private static final String CATALOG = "/api/catalog";
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes();
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    IdentityService identity;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    @Autowired
    OneStopApplicationRepository applications;

    @Autowired
    NotificationRepository notifications;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    // ---- catalog -------------------------------------------------------------------------------------------

    @Test
    @SuppressWarnings("unchecked")
    void anyoneReadsTheCatalogWithTheBirthMattersFourMembers() {
        ResponseEntity<List> catalog = rest.getForEntity(CATALOG, List.class);

        assertThat(catalog.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> matters = catalog.getBody();
        assertThat(matters)
                .extracting(m -> m.get("code"))
                .contains(
                        "elderly-comprehensive-allowance",
                        "residence-registration",
                        "unemployment-registration",
                        "minimum-living-allowance",
                        "disability-allowance",
                        "birth");
        Map<String, Object> birth = matters.stream()
                .filter(m -> "birth".equals(m.get("code")))
                .findFirst()
                .orElseThrow();
        assertThat(birth).containsEntry("nameZh", "出生一件事").containsEntry("formKey", "one-stop-birth");
        assertThat((List<Map<String, Object>>) birth.get("members"))
                .extracting(m -> m.get("responsibleGroup"))
                .containsExactly("health-office", "household-registry", "medical-insurance", "social-security");
        assertThat((List<Map<String, Object>>) birth.get("materials"))
                .extracting(m -> m.get("code"))
                .containsExactly("birth-medical-certificate", "parent-id-card", "household-register");

        ResponseEntity<Map> unknown = rest.getForEntity(CATALOG + "/no-such-matter", Map.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat((String) unknown.getBody().get("detail")).contains("no-such-matter");
    }

    @Test
    @SuppressWarnings("unchecked")
    void administratorsChangeAMatterOthersMayNot() {
        Map<String, Object> change = matter("居住登记", "civil-affairs", 7);

        ResponseEntity<Map> byResident =
                exchange(resident("13900000201", "周一"), HttpMethod.PUT, CATALOG + "/residence-registration", change);
        ResponseEntity<Map> byStaff =
                exchange(staff("acceptance-window"), HttpMethod.PUT, CATALOG + "/residence-registration", change);
        ResponseEntity<Map> anonymous = exchange(rest, HttpMethod.PUT, CATALOG + "/residence-registration", change);
        assertThat(byResident.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(byStaff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        TestRestTemplate admin = TestPeople.as(rest, TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);
        ResponseEntity<Map> bad = exchange(
                admin,
                HttpMethod.PUT,
                CATALOG + "/residence-registration",
                Map.of(
                        "nameZh",
                        " ",
                        "responsibleGroup",
                        "leaders",
                        "limitWorkingDays",
                        61,
                        "formKey",
                        "no-form",
                        "materials",
                        List.of(Map.of("code", "A B"))));
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) bad.getBody().get("errors"))
                .extracting(e -> e.get("field") + ":" + e.get("problem"))
                .contains(
                        "nameZh:missing",
                        "nameEn:missing",
                        "limitWorkingDays:outOfRange",
                        "handlingMode:missing",
                        "responsibleGroup:notAReviewGroup",
                        "formKey:noSuchForm",
                        "materials[0].code:invalid");

        ResponseEntity<Map> changed = exchange(
                admin, HttpMethod.PUT, CATALOG + "/residence-registration", matter("居住登记", "household-registry", 7));
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(changed.getBody()).containsEntry("limitWorkingDays", 7);
        assertThat(rest.getForObject(CATALOG + "/residence-registration", Map.class))
                .containsEntry("limitWorkingDays", 7);
        exchange(admin, HttpMethod.PUT, CATALOG + "/residence-registration", matter("居住登记", "household-registry", 5));
    }

    // ---- submission ----------------------------------------------------------------------------------------

    @Test
    @SuppressWarnings("unchecked")
    void aResidentSubmitsTheBirthMatterWithMaterialsAndFollowsIt() {
        TestRestTemplate resident = resident("13900000202", "吴二");

        ResponseEntity<Map> submitted = submit(
                resident,
                birth(),
                List.of(
                        file("birth-medical-certificate", "出生医学证明.pdf", PDF),
                        file("parent-id-card", "id.jpg", JPEG),
                        file("household-register", "hukou.png", PNG)));

        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String trackingNumber = (String) submitted.getBody().get("trackingNumber");
        assertThat(trackingNumber).matches("OS-\\d{8}-[A-Z2-9]{6}");
        assertThat(submitted.getBody()).containsEntry("status", "SUBMITTED");
        assertThat((String) submitted.getBody().get("preCheckDue")).endsWith("T17:00:00+08:00");
        assertThat(submitted.getHeaders().getLocation()).hasPath(APPLICATIONS + "/" + trackingNumber);

        Map<String, Object> view = resident.getForObject(APPLICATIONS + "/" + trackingNumber, Map.class);
        assertThat(view)
                .containsEntry("status", "SUBMITTED")
                .containsEntry("applicantName", "吴二")
                .containsEntry("applicantIdNumber", "3101**********123X")
                .containsEntry("delivery", "ELECTRONIC");
        assertThat((Map<String, Object>) view.get("data")).containsEntry("childName", "吴小宝");
        List<Map<String, Object>> materials = (List<Map<String, Object>>) view.get("materials");
        assertThat(materials)
                .extracting(m -> m.get("code") + " " + m.get("contentType") + " " + m.get("sizeBytes"))
                .containsExactly(
                        "birth-medical-certificate application/pdf " + PDF.length,
                        "parent-id-card image/jpeg " + JPEG.length,
                        "household-register image/png " + PNG.length);
        ResponseEntity<byte[]> download = resident.getForEntity(
                APPLICATIONS + "/" + trackingNumber + "/materials/"
                        + materials.get(0).get("id"),
                byte[].class);
        assertThat(download.getBody()).isEqualTo(PDF);
        assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        // a staff member's view of a file is audited (and works on PostgreSQL, where a read-only transaction refuses
        // writes)
        ResponseEntity<byte[]> byWindow = staff("acceptance-window")
                .getForEntity(
                        APPLICATIONS + "/" + trackingNumber + "/materials/"
                                + materials.get(1).get("id"),
                        byte[].class);
        assertThat(byWindow.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(byWindow.getBody()).isEqualTo(JPEG);

        List<Map<String, Object>> mine = resident.getForObject(APPLICATIONS, List.class);
        assertThat(mine).extracting(m -> m.get("trackingNumber")).contains(trackingNumber);

        Task preCheck = tasks.createTaskQuery()
                .processInstanceBusinessKey(trackingNumber)
                .singleResult();
        assertThat(preCheck.getTaskDefinitionKey()).isEqualTo("UserTask_PreCheck");
        assertThat(tasks.getIdentityLinksForTask(preCheck.getId()))
                .extracting(l -> l.getGroupId())
                .containsExactly("acceptance-window");
        assertThat((String) runtime.getVariable(preCheck.getExecutionId(), "applicationSummary"))
                .as("the masks' asterisks escaped, so that the form's markdown shows them")
                .contains("新生儿姓名：吴小宝", "性别：男", "申请人与新生儿关系：母亲")
                .contains("身份证 3101\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*123X，手机 139\\*\\*\\*\\*0202")
                .doesNotContain("3101**", "139**");
        assertThat((String) tasks.getVariableLocal(preCheck.getId(), "materialLinks"))
                .contains("[出生医学证明：出生医学证明.pdf](/camunda/api/tasklist/plugin/personal-data/");

        // accepted: four departments review in parallel, each seeing only its own part
        tasks.complete(preCheck.getId(), Map.of("preCheckDecision", "ACCEPT"));
        runJobs(trackingNumber);
        List<Task> reviews = tasks.createTaskQuery()
                .processInstanceBusinessKey(trackingNumber)
                .taskDefinitionKey("UserTask_MemberReview")
                .list();
        assertThat(reviews).hasSize(4);
        assertThat(reviews)
                .extracting(t -> tasks.getIdentityLinksForTask(t.getId()).get(0).getGroupId())
                .containsExactlyInAnyOrder(
                        "health-office", "household-registry", "medical-insurance", "social-security");
        Map<String, Object> accepted = resident.getForObject(APPLICATIONS + "/" + trackingNumber, Map.class);
        assertThat(accepted).containsEntry("status", "ACCEPTED");
        assertThat((List<Map<String, Object>>) accepted.get("parts"))
                .extracting(p -> p.get("group") + " " + p.get("light"))
                .containsExactly(
                        "health-office GREEN",
                        "household-registry GREEN",
                        "medical-insurance GREEN",
                        "social-security GREEN");
        assertThat(staff("health-office")
                        .getForEntity(APPLICATIONS + "/" + trackingNumber, Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(staff("civil-affairs")
                        .getForEntity(APPLICATIONS + "/" + trackingNumber, Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<Map> withdrawn =
                resident.postForEntity(APPLICATIONS + "/" + trackingNumber + "/withdrawal", null, Map.class);
        assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(withdrawn.getBody()).containsEntry("status", "WITHDRAWN");
        assertThat(tasks.createTaskQuery()
                        .processInstanceBusinessKey(trackingNumber)
                        .taskDefinitionKey("UserTask_MemberReview")
                        .count())
                .isZero();
        ResponseEntity<Map> again =
                resident.postForEntity(APPLICATIONS + "/" + trackingNumber + "/withdrawal", null, Map.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) again.getBody().get("detail")).contains("WITHDRAWN");
    }

    @Test
    void anotherResidentsApplicationAnswersLikeAnUnknownOne() {
        String trackingNumber = submittedElderly(resident("13900000203", "郑三"));
        TestRestTemplate other = resident("13900000204", "王四");

        ResponseEntity<Map> theirs = other.getForEntity(APPLICATIONS + "/" + trackingNumber, Map.class);
        ResponseEntity<Map> unknown = other.getForEntity(APPLICATIONS + "/OS-20260101-ZZZZZZ", Map.class);
        ResponseEntity<Map> withdrawal =
                other.postForEntity(APPLICATIONS + "/" + trackingNumber + "/withdrawal", null, Map.class);
        ResponseEntity<Map> material =
                other.getForEntity(APPLICATIONS + "/" + trackingNumber + "/materials/1", Map.class);

        assertThat(theirs.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(withdrawal.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(material.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(theirs.getBody().get("type")).isEqualTo(unknown.getBody().get("type"));
        assertThat(applications
                        .findByTrackingNumber(trackingNumber)
                        .orElseThrow()
                        .getStatus())
                .isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsEverythingMissingAtOnceAndStoresNothing() {
        TestRestTemplate resident = resident("13900000205", "冯五");
        long instancesBefore = runtime.createProcessInstanceQuery()
                .processDefinitionKey("one-stop-application")
                .count();

        ResponseEntity<Map> missing = submit(
                resident,
                Map.of(
                        "matterCode",
                        "birth",
                        "data",
                        Map.of("childName", "冯小宝", "childSex", "MALE"),
                        "materialCodes",
                        List.of("parent-id-card")),
                List.of(file("parent-id-card", "id.jpg", JPEG)));

        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) missing.getBody().get("errors"))
                .extracting(e -> e.get("field"))
                .containsExactly(
                        "data.childBirthDate",
                        "data.birthHospital",
                        "data.householdAddress",
                        "data.guardianRelation",
                        "materials.birth-medical-certificate",
                        "materials.household-register");
        assertThat((String) missing.getBody().get("detail")).contains("出生日期", "出生医学证明", "户口簿");
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey("one-stop-application")
                        .count())
                .isEqualTo(instancesBefore);
        assertThat(resident.getForObject(APPLICATIONS, List.class)).isEmpty();

        ResponseEntity<Map> english = submit(
                TestPeople.as(rest, "13900000205", TestPeople.RESIDENT_PASSWORD),
                Map.of("matterCode", "birth"),
                List.of(),
                "en");
        assertThat(english.getStatusCode()).as("%s", english.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) english.getBody().get("detail")).startsWith("The application lacks");
    }

    @Test
    @SuppressWarnings("unchecked")
    void refusesBadInputWithAClearMessage() {
        TestRestTemplate resident = resident("13900000206", "陈六");
        List<Map.Entry<String, byte[]>> elderlyFiles =
                List.of(file("id-card", "id.pdf", PDF), file("bank-card", "bank.png", PNG));

        ResponseEntity<Map> unknownMatter =
                submit(resident, Map.of("matterCode", "moon-landing", "data", Map.of()), List.of());
        ResponseEntity<Map> member = submit(resident, Map.of("matterCode", "birth-medical-insurance"), List.of());
        ResponseEntity<Map> notAPicture = submit(
                resident,
                elderly(),
                List.of(
                        file("id-card", "id.pdf", "GIF89a this is not a pdf".getBytes()),
                        file("bank-card", "bank.png", PNG)));
        byte[] tooLarge = Arrays.copyOf(PDF, (int) DocumentType.MAX_BYTES + 1);
        ResponseEntity<Map> tooBig = submit(
                resident, elderly(), List.of(file("id-card", "big.pdf", tooLarge), file("bank-card", "bank.png", PNG)));
        ResponseEntity<Map> unknownField = submit(
                resident,
                Map.of(
                        "matterCode",
                        "elderly-comprehensive-allowance",
                        "data",
                        Map.of("birthDate", "1950-02-30", "bankName", "工商银行", "bankAccount", "12x", "shoeSize", 42),
                        "materialCodes",
                        List.of("id-card", "bank-card")),
                elderlyFiles);
        ResponseEntity<Map> mismatch = submit(
                resident,
                Map.of("matterCode", "elderly-comprehensive-allowance", "materialCodes", List.of("id-card")),
                elderlyFiles);
        ResponseEntity<Map> badDelivery = submit(
                resident, Map.of("matterCode", "elderly-comprehensive-allowance", "delivery", "PIGEON"), List.of());
        ResponseEntity<Map> noPart = submit(resident, null, List.of());

        assertThat(unknownMatter.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(member.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) member.getBody().get("detail")).contains("出生一件事", "birth");
        assertThat(notAPicture.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) notAPicture.getBody().get("detail")).contains("id.pdf", "PDF、JPEG 或 PNG");
        assertThat(tooBig.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat((String) tooBig.getBody().get("detail")).contains("big.pdf", "10 MB");
        assertThat(unknownField.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) unknownField.getBody().get("errors"))
                .extracting(e -> e.get("field") + ":" + e.get("problem"))
                .containsExactlyInAnyOrder(
                        "data.birthDate:notDate", "data.bankAccount:pattern", "data.shoeSize:unknown");
        assertThat(mismatch.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badDelivery.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) badDelivery.getBody().get("detail")).contains("PIGEON");
        assertThat(noPart.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(resident.getForObject(APPLICATIONS, List.class)).isEmpty();
    }

    @Test
    void onlyResidentsAndTheWindowSubmit() {
        accounts.createEnterprise("91310105MA1FL2XQ39", "程家桥贸易有限公司", TestPeople.RESIDENT_PASSWORD);
        TestRestTemplate enterprise = TestPeople.as(rest, "91310105MA1FL2XQ39", TestPeople.RESIDENT_PASSWORD);

        assertThat(submit(enterprise, elderly(), List.of()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(submit(staff("civil-affairs"), elderly(), List.of()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(submit(rest, elderly(), List.of()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(enterprise.getForEntity(APPLICATIONS, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWalkInApplicationBecomesTheResidentsWhenTheySignUp() {
        TestRestTemplate window = staff("acceptance-window");
        Map<String, Object> request = new java.util.HashMap<>(elderly());
        request.put("applicant", Map.of("name", "褚七", "idNumber", "310105194803050027", "mobile", "13900000207"));
        request.put("delivery", "MAIL");
        request.put("mailingAddress", "上海市长宁区程家桥路 1 号");
        ResponseEntity<Map> entered =
                submit(window, request, List.of(file("id-card", "id.pdf", PDF), file("bank-card", "bank.jpg", JPEG)));
        assertThat(entered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String trackingNumber = (String) entered.getBody().get("trackingNumber");
        assertThat(window.getForObject(APPLICATIONS, List.class))
                .extracting(m -> ((Map<String, Object>) m).get("trackingNumber"))
                .contains(trackingNumber);

        Map<String, Object> badMobile = new java.util.HashMap<>(request);
        badMobile.put("applicant", Map.of("name", "褚七", "idNumber", "310105194803050027", "mobile", "1234"));
        assertThat(submit(window, badMobile, List.of()).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        // same mobile, other ID number: not theirs; same mobile and ID number: theirs
        accounts.createResident("13900000207", "褚七", "310105194803050027", TestPeople.RESIDENT_PASSWORD);
        TestRestTemplate resident = TestPeople.as(rest, "13900000207", TestPeople.RESIDENT_PASSWORD);
        List<Map<String, Object>> mine = resident.getForObject(APPLICATIONS, List.class);
        assertThat(mine)
                .extracting(m -> m.get("trackingNumber") + " " + m.get("channel"))
                .containsExactly(trackingNumber + " WINDOW");
        assertThat(resident.getForObject(APPLICATIONS + "/" + trackingNumber, Map.class))
                .containsEntry("delivery", "MAIL")
                .containsEntry("mailingAddress", "上海市长宁区程家桥路 1 号");
        accounts.createResident("13900000208", "褚八", "310105194803050043", TestPeople.RESIDENT_PASSWORD);
        assertThat(TestPeople.as(rest, "13900000208", TestPeople.RESIDENT_PASSWORD)
                        .getForEntity(APPLICATIONS + "/" + trackingNumber, Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    @SuppressWarnings("unchecked")
    void supplementThenDecisionThenAPoorRatingOpensARectification() {
        TestRestTemplate resident = resident("13900000209", "卫九");
        String trackingNumber = submittedElderly(resident);
        Task preCheck = tasks.createTaskQuery()
                .processInstanceBusinessKey(trackingNumber)
                .singleResult();
        tasks.complete(preCheck.getId(), Map.of("preCheckDecision", "SUPPLEMENT", "missingItems", "银行卡照片不清晰，请重新上传"));
        runJobs(trackingNumber);
        assertThat(resident.getForObject(APPLICATIONS + "/" + trackingNumber, Map.class))
                .containsEntry("status", "SUPPLEMENT_REQUESTED")
                .containsEntry("statusReason", "银行卡照片不清晰，请重新上传");

        ResponseEntity<Map> empty = supplement(resident, trackingNumber, Map.of(), List.of());
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<Map> supplemented = supplement(
                resident,
                trackingNumber,
                Map.of("materialCodes", List.of("bank-card")),
                List.of(file("bank-card", "bank-new.png", PNG)));
        assertThat(supplemented.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(supplemented.getBody()).containsEntry("status", "SUBMITTED");
        assertThat((List<Map<String, Object>>) supplemented.getBody().get("materials"))
                .extracting(m -> m.get("fileName") + " " + m.get("supplement"))
                .contains("bank-new.png true");
        assertThat(supplement(
                                resident,
                                trackingNumber,
                                Map.of("materialCodes", List.of("bank-card")),
                                List.of(file("bank-card", "again.png", PNG)))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceBusinessKey(trackingNumber)
                        .singleResult()
                        .getId(),
                Map.of("preCheckDecision", "ACCEPT"));
        runJobs(trackingNumber);
        assertThat(resident.postForEntity(
                                APPLICATIONS + "/" + trackingNumber + "/rating", Map.of("score", 5), Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        Task review = tasks.createTaskQuery()
                .processInstanceBusinessKey(trackingNumber)
                .singleResult();
        assertThat(tasks.getIdentityLinksForTask(review.getId()).get(0).getGroupId())
                .isEqualTo("civil-affairs");
        tasks.complete(review.getId(), Map.of("reviewDecision", "APPROVED"));
        runJobs(trackingNumber);
        Map<String, Object> completed = resident.getForObject(APPLICATIONS + "/" + trackingNumber, Map.class);
        assertThat(completed).containsEntry("status", "COMPLETED");
        assertThat(resident.postForEntity(APPLICATIONS + "/" + trackingNumber + "/withdrawal", null, Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        for (Object bad : List.of(0, 6, 2.5, "2")) {
            assertThat(resident.postForEntity(
                                    APPLICATIONS + "/" + trackingNumber + "/rating", Map.of("score", bad), Map.class)
                            .getStatusCode())
                    .as("score %s", bad)
                    .isEqualTo(HttpStatus.BAD_REQUEST);
        }
        assertThat(staff("acceptance-window")
                        .postForEntity(APPLICATIONS + "/" + trackingNumber + "/rating", Map.of("score", 5), Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> rated = resident.postForEntity(
                APPLICATIONS + "/" + trackingNumber + "/rating", Map.of("score", 2, "comment", "等待时间太长"), Map.class);
        assertThat(rated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rated.getBody()).containsEntry("rating", 2).containsEntry("ratingComment", "等待时间太长");
        Task rectification = tasks.createTaskQuery()
                .processInstanceBusinessKey(trackingNumber)
                .singleResult();
        assertThat(rectification.getTaskDefinitionKey()).isEqualTo("UserTask_Rectification");
        assertThat(tasks.getIdentityLinksForTask(rectification.getId()).get(0).getGroupId())
                .isEqualTo("acceptance-head");
        assertThat(rectification.getDueDate()).isNotNull();
        assertThat(runtime.getVariable(rectification.getExecutionId(), "rectificationDueProvisional"))
                .isNotNull();
        assertThat(resident.postForEntity(
                                APPLICATIONS + "/" + trackingNumber + "/rating", Map.of("score", 4), Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSingleMatterNotApprovedIsToldWithTheDepartmentsReasonAndMayStillBeRated() {
        TestRestTemplate resident = resident("13900000211", "沈十一");
        String trackingNumber = submittedElderly(resident);
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceBusinessKey(trackingNumber)
                        .singleResult()
                        .getId(),
                Map.of("preCheckDecision", "ACCEPT"));
        runJobs(trackingNumber);
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceBusinessKey(trackingNumber)
                        .singleResult()
                        .getId(),
                Map.of("reviewDecision", "NOT_APPROVED", "reviewOpinion", "申请人未满 65 周岁"));
        runJobs(trackingNumber);

        Map<String, Object> seen = resident.getForObject(APPLICATIONS + "/" + trackingNumber, Map.class);
        assertThat(seen)
                .containsEntry("status", "NOT_APPROVED")
                .containsEntry("statusReason", "申请人未满 65 周岁")
                .containsKey("evaluationEnds");
        assertThat((List<Map<String, Object>>) seen.get("parts"))
                .extracting(part -> part.get("decision") + " " + part.get("opinion"))
                .containsExactly("NOT_APPROVED 申请人未满 65 周岁");
        assertThat((List<Map<String, Object>>) resident.getForObject(APPLICATIONS, List.class))
                .extracting(m -> m.get("trackingNumber") + " " + m.get("status"))
                .contains(trackingNumber + " NOT_APPROVED");
        assertThat(notifications.findByTrackingNumberOrderByCreatedAtAsc(trackingNumber))
                .extracting(Notification::getSubject)
                .containsExactly("【老年综合津贴】已受理", "【老年综合津贴】不予批准");
        assertThat(notifications
                        .findByTrackingNumberOrderByCreatedAtAsc(trackingNumber)
                        .get(1)
                        .getBody())
                .contains("不予批准", "申请人未满 65 周岁")
                .doesNotContain("送达方式");
        assertThat(resident.postForEntity(APPLICATIONS + "/" + trackingNumber + "/withdrawal", null, Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        ResponseEntity<Map> rated =
                resident.postForEntity(APPLICATIONS + "/" + trackingNumber + "/rating", Map.of("score", 3), Map.class);
        assertThat(rated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rated.getBody()).containsEntry("status", "NOT_APPROVED").containsEntry("rating", 3);
    }

    @Test
    void aRatingAfterTheFifteenDaysIsRefused() {
        TestRestTemplate resident = resident("13900000210", "蒋十");
        String trackingNumber = submittedElderly(resident);
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceBusinessKey(trackingNumber)
                        .singleResult()
                        .getId(),
                Map.of("preCheckDecision", "ACCEPT"));
        runJobs(trackingNumber);
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceBusinessKey(trackingNumber)
                        .singleResult()
                        .getId(),
                Map.of("reviewDecision", "APPROVED"));
        runJobs(trackingNumber);
        Instant evaluationEnds =
                applications.findByTrackingNumber(trackingNumber).orElseThrow().getEvaluationEnds();

        ClockUtil.setCurrentTime(Date.from(evaluationEnds));
        ResponseEntity<Map> late =
                resident.postForEntity(APPLICATIONS + "/" + trackingNumber + "/rating", Map.of("score", 5), Map.class);

        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) late.getBody().get("detail")).contains("15 日");
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private void runJobs(String trackingNumber) {
        String instanceId = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(trackingNumber)
                .singleResult()
                .getId();
        for (Job job : management
                .createJobQuery()
                .processInstanceId(instanceId)
                .executable()
                .list()) {
            management.executeJob(job.getId());
        }
    }

    private String submittedElderly(TestRestTemplate resident) {
        ResponseEntity<Map> submitted = submit(
                resident, elderly(), List.of(file("id-card", "id.pdf", PDF), file("bank-card", "bank.png", PNG)));
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) submitted.getBody().get("trackingNumber");
    }

    static Map<String, Object> elderly() {
        return Map.of(
                "matterCode",
                "elderly-comprehensive-allowance",
                "data",
                Map.of("birthDate", "1950-03-05", "bankName", "工商银行", "bankAccount", "6222020200112233445"),
                "materialCodes",
                List.of("id-card", "bank-card"));
    }

    static Map<String, Object> birth() {
        return Map.of(
                "matterCode",
                "birth",
                "data",
                Map.of(
                        "childName",
                        "吴小宝",
                        "childBirthDate",
                        "2026-11-20",
                        "childSex",
                        "MALE",
                        "birthHospital",
                        "长宁区妇幼保健院",
                        "householdAddress",
                        "上海市长宁区程家桥路 1 号",
                        "guardianRelation",
                        "MOTHER"),
                "materialCodes",
                List.of("birth-medical-certificate", "parent-id-card", "household-register"));
    }

    private static Map<String, Object> matter(String nameZh, String group, int limit) {
        return Map.of(
                "nameZh",
                nameZh,
                "nameEn",
                "Residence registration",
                "responsibleGroup",
                group,
                "limitWorkingDays",
                limit,
                "handlingMode",
                "ONE_VISIT",
                "formKey",
                "one-stop-residence-registration",
                "materials",
                List.of(
                        Map.of("code", "id-card", "nameZh", "身份证", "nameEn", "ID card"),
                        Map.of("code", "residence-proof", "nameZh", "租赁合同或住所证明", "nameEn", "Proof of residence")));
    }

    static Map.Entry<String, byte[]> file(String code, String name, byte[] content) {
        return Map.entry(name, content);
    }

    private ResponseEntity<Map> submit(
            TestRestTemplate client, Map<String, Object> application, List<Map.Entry<String, byte[]>> files) {
        return submit(client, application, files, "zh-CN");
    }

    private ResponseEntity<Map> submit(
            TestRestTemplate client,
            Map<String, Object> application,
            List<Map.Entry<String, byte[]>> files,
            String language) {
        return client.exchange(
                APPLICATIONS, HttpMethod.POST, multipart("application", application, files, language), Map.class);
    }

    private ResponseEntity<Map> supplement(
            TestRestTemplate client,
            String trackingNumber,
            Map<String, Object> part,
            List<Map.Entry<String, byte[]>> files) {
        return client.exchange(
                APPLICATIONS + "/" + trackingNumber + "/supplement",
                HttpMethod.POST,
                multipart("supplement", part, files, "zh-CN"),
                Map.class);
    }

    private static HttpEntity<MultiValueMap<String, Object>> multipart(
            String partName, Map<String, Object> part, List<Map.Entry<String, byte[]>> files, String language) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        if (part != null) {
            HttpHeaders json = new HttpHeaders();
            json.setContentType(MediaType.APPLICATION_JSON);
            body.add(partName, new HttpEntity<>(part, json));
        }
        for (Map.Entry<String, byte[]> file : files) {
            body.add("materials", new ByteArrayResource(file.getValue()) {
                @Override
                public String getFilename() {
                    return file.getKey();
                }
            });
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        // what a browser sends from the portal's own page (README, "Cross-site requests")
        headers.set("Sec-Fetch-Site", "same-origin");
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        return new HttpEntity<>(body, headers);
    }

    private ResponseEntity<Map> exchange(TestRestTemplate client, HttpMethod method, String path, Object body) {
        return client.exchange(path, method, new HttpEntity<>(body), Map.class);
    }

    private TestRestTemplate resident(String mobile, String name) {
        return TestPeople.as(
                rest, TestPeople.resident(accounts, accountRepository, mobile, name), TestPeople.RESIDENT_PASSWORD);
    }

    private TestRestTemplate staff(String group) {
        return TestPeople.as(rest, TestPeople.staff(identity, group), TestPeople.STAFF_PASSWORD);
    }
}

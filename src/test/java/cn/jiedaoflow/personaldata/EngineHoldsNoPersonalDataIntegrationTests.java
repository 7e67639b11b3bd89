package cn.jiedaoflow.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.engine.Webapp;
import cn.jiedaoflow.people.Accounts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Issue 12, item 1: after each way a case's personal data comes in — the API, Tasklist's start form, the home
 * visit's form — the full ID number, mobile, bank account or income is in none of the engine's tables, and no
 * engine read shows it to anyone who can read the case: leaders and each group on the process, through
 * {@code /engine-rest} and through the webapps' API (variables, their history with and without deserialized values,
 * the details, the task forms' variables). The forms see the masked forms instead.
 */
@IntegrationTest
class EngineHoldsNoPersonalDataIntegrationTests {

    private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";
    /** Every group named on the process's tasks (candidate groups and their choices), and leaders. */
    private static final List<String> ONE_STOP_GROUPS = List.of(
            "acceptance-window",
            "acceptance-head",
            "leaders",
            "civil-affairs",
            "household-registry",
            "employment-service",
            "disabled-persons-federation",
            "health-office",
            "medical-insurance",
            "social-security");

    private static final List<String> VETERAN_ASSISTANCE_GROUPS = List.of(
            "veterans-station",
            "veterans-station-head",
            "leaders",
            "finance",
            "employment-service",
            "medical-assistance",
            "disabled-persons-federation",
            "housing-office",
            "civil-affairs",
            "psychological-support",
            "legal-aid");
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    TaskService tasks;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aMediationWindowEntryThroughTheApiLeavesTheIdNumberAndTheMobileInTheCaseRecordOnly() throws Exception {
        String idNumber = TestIdNumbers.unique();
        String mobile = uniqueMobile();
        ResponseEntity<String> created = staff("mediation")
                .postForEntity(
                        "/api/labor-dispute-mediation/applications",
                        Map.of(
                                "applicantName",
                                "窗口申请人",
                                "applicantMobile",
                                mobile,
                                "applicantIdNumber",
                                idNumber,
                                "employer",
                                "上海某某物流有限公司",
                                "disputeType",
                                "WAGES",
                                "claim",
                                "支付加班费",
                                "facts",
                                "加班未付费"),
                        String.class);
        String trackingNumber =
                json.readTree(created.getBody()).path("trackingNumber").asText();

        assertThat(EngineTables.holding(jdbc, idNumber, mobile)).isEmpty();
        assertThat(jdbc.queryForMap(
                        "SELECT applicant_id_number, applicant_mobile FROM labor_dispute_case"
                                + " WHERE tracking_number = ?",
                        trackingNumber))
                .containsEntry("APPLICANT_ID_NUMBER", idNumber)
                .containsEntry("APPLICANT_MOBILE", mobile);
        String instance = instanceOf(trackingNumber);
        assertNoEngineReadShows(instance, List.of("mediation", "leaders"), idNumber, mobile);
        assertThat(variables(instance))
                .containsEntry("applicantIdNumberMasked", IdNumbers.mask(idNumber))
                .doesNotContainKey("applicantMobile");
        Task acceptance = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(tasks.getVariables(acceptance.getId()))
                .as("the acceptance shows the mobile masked")
                .containsEntry("applicantMobileMasked", mobile.substring(0, 3) + "****" + mobile.substring(7))
                .doesNotContainKey("applicantMobile");
    }

    @Test
    void aWindowEntryFromTasklistsStartFormLeavesNoIdNumberNorMobileInTheEngine() throws Exception {
        String idNumber = TestIdNumbers.unique();
        String mobile = uniqueMobile();
        ResponseEntity<String> submitted = Webapp.login(
                        rest, TestPeople.staff(identity, "mediation"), TestPeople.STAFF_PASSWORD)
                .postJson(
                        WEBAPP_ENGINE + "/process-definition/key/labor-dispute-mediation/submit-form",
                        "{\"variables\":{\"applicantName\":{\"value\":\"窗口申请人\"},"
                                + "\"applicantMobile\":{\"value\":\"" + mobile + "\"},"
                                + "\"applicantIdNumber\":{\"value\":\"" + idNumber
                                + "\"},\"employer\":{\"value\":\"某公司\"},"
                                + "\"disputeType\":{\"value\":\"WAGES\"},\"claim\":{\"value\":\"支付工资\"},"
                                + "\"facts\":{\"value\":\"未发工资\"}}}");
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.OK);
        String instance = json.readTree(submitted.getBody()).path("id").asText();

        assertThat(EngineTables.holding(jdbc, idNumber, mobile)).isEmpty();
        assertNoEngineReadShows(instance, List.of("mediation", "leaders"), idNumber, mobile);
    }

    @Test
    void aOneStopApplicationKeepsTheBankAccountTheIdNumberAndTheMobileOutOfTheEngine() throws Exception {
        String idNumber = TestIdNumbers.unique();
        String mobile = "1375511" + String.format("%04d", (int) (Math.random() * 10_000));
        accounts.createResident(mobile, "钱老伯", idNumber, TestPeople.RESIDENT_PASSWORD);
        String bankAccount = "62220202" + String.format("%011d", (long) (Math.random() * 1e11));
        ResponseEntity<String> submitted = TestPeople.as(rest, mobile, TestPeople.RESIDENT_PASSWORD)
                .exchange("/api/applications", HttpMethod.POST, elderlyAllowance(bankAccount), String.class);
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.CREATED);
        String trackingNumber =
                json.readTree(submitted.getBody()).path("trackingNumber").asText();

        assertThat(EngineTables.holding(jdbc, bankAccount, idNumber, mobile)).isEmpty();
        String instance = instanceOf(trackingNumber);
        assertNoEngineReadShows(instance, ONE_STOP_GROUPS, bankAccount, idNumber, mobile);
        String summary = (String) variables(instance).get("applicationSummary");
        assertThat(summary)
                .as("masked, the masks escaped for the form's markdown")
                .contains(
                        "银行卡号：" + bankAccount.substring(0, 4) + " \\*\\*\\*\\* \\*\\*\\*\\* "
                                + bankAccount.substring(bankAccount.length() - 4),
                        MarkdownText.escape(IdNumbers.mask(idNumber)),
                        mobile.substring(0, 3) + "\\*\\*\\*\\*" + mobile.substring(7),
                        "开户银行：工商银行");
    }

    @Test
    void aVeteranAssistanceApplicationAndItsHomeVisitKeepIncomeAndDisabilityGradeOutOfTheEngine() throws Exception {
        String veteranId = roster();
        ResponseEntity<String> applied = staff("veterans-station")
                .postForEntity(
                        "/api/veteran-assistance/applications",
                        Map.of(
                                "veteranIdNumber",
                                veteranId,
                                "applicantRelation",
                                "VETERAN",
                                "applicantName",
                                "老兵本人",
                                "applicantMobile",
                                "13755000398",
                                "hardshipType",
                                "ILLNESS",
                                "householdSize",
                                3,
                                "monthlyHouseholdIncome",
                                4321.87,
                                "disabilityGrade",
                                2,
                                "requestedHelp",
                                "住院费用"),
                        String.class);
        assertThat(applied.getStatusCode()).as(applied.getBody()).isEqualTo(HttpStatus.CREATED);
        String trackingNumber =
                json.readTree(applied.getBody()).path("trackingNumber").asText();
        String instance = instanceOf(trackingNumber);
        List<String> groups = VETERAN_ASSISTANCE_GROUPS;

        assertThat(EngineTables.holding(jdbc, "4321.87", veteranId)).isEmpty();
        assertNoEngineReadShows(instance, groups, "4321.87", veteranId);
        assertThat(variables(instance))
                .containsEntry("incomeBand", "人均低于最低生活保障标准")
                .doesNotContainKeys("monthlyHouseholdIncome", "disabilityGrade");

        // the station types the verified figures into the home visit's form in Tasklist
        Task visit = tasks.createTaskQuery()
                .processInstanceId(instance)
                .taskDefinitionKey("UserTask_HomeVisit")
                .singleResult();
        Webapp station = Webapp.login(rest, TestPeople.staff(identity, "veterans-station"), TestPeople.STAFF_PASSWORD);
        assertThat(station.postJson(
                                WEBAPP_ENGINE + "/task/" + visit.getId() + "/claim",
                                "{\"userId\":\"" + TestPeople.staff(identity, "veterans-station") + "\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> visited = station.postJson(
                WEBAPP_ENGINE + "/task/" + visit.getId() + "/submit-form",
                "{\"variables\":{\"householdSize\":{\"value\":3,\"type\":\"Long\"},"
                        + "\"monthlyHouseholdIncome\":{\"value\":\"3987.65\",\"type\":\"String\"},"
                        + "\"disabilityGrade\":{\"value\":3,\"type\":\"Long\"},\"legalDispute\":{\"value\":true},"
                        + "\"visitFindings\":{\"value\":\"已上门核实\"}}}");

        assertThat(visited.getStatusCode()).as(visited.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(EngineTables.holding(jdbc, "3987.65", "4321.87", veteranId)).isEmpty();
        assertNoEngineReadShows(instance, groups, "3987.65", "4321.87", veteranId);
        assertThat(jdbc.queryForMap(
                        "SELECT verified_monthly_income, verified_disability_grade, level FROM "
                                + "veteran_assistance_application WHERE tracking_number = ?",
                        trackingNumber))
                .containsEntry("VERIFIED_DISABILITY_GRADE", 3)
                .containsEntry("LEVEL", "URGENT")
                .extractingByKey("VERIFIED_MONTHLY_INCOME")
                .asString()
                .isEqualTo("3987.65");
        assertThat(variables(instance)).containsEntry("level", "URGENT").containsEntry("incomeBand", "人均低于最低生活保障标准");
    }

    @Test
    void theAssessmentsInputsAreInTheDecisionHistoryWhichOnlyAdministratorsRead() throws Exception {
        String veteranId = roster();
        String trackingNumber = json.readTree(staff("veterans-station")
                        .postForEntity(
                                "/api/veteran-assistance/applications",
                                Map.of(
                                        "veteranIdNumber",
                                        veteranId,
                                        "applicantRelation",
                                        "VETERAN",
                                        "applicantName",
                                        "老兵本人",
                                        "applicantMobile",
                                        "13755000398",
                                        "hardshipType",
                                        "ILLNESS",
                                        "householdSize",
                                        3,
                                        "monthlyHouseholdIncome",
                                        4321.87,
                                        "disabilityGrade",
                                        2,
                                        "requestedHelp",
                                        "住院费用"),
                                String.class)
                        .getBody())
                .path("trackingNumber")
                .asText();
        Task visit = tasks.createTaskQuery()
                .processInstanceBusinessKey(trackingNumber)
                .singleResult();
        tasks.complete(
                visit.getId(),
                Map.of(
                        "householdSize",
                        3,
                        "monthlyHouseholdIncome",
                        "3987.65",
                        "disabilityGrade",
                        3,
                        "legalDispute",
                        true,
                        "visitFindings",
                        "已上门核实"));
        String query = "/history/decision-instance?decisionDefinitionKey=veteran-assistance-level&includeInputs=true";
        for (String group : List.of("veterans-station", "veterans-station-head", "leaders", "finance")) {
            assertThat(json.readTree(staff(group).getForObject("/engine-rest" + query, String.class)))
                    .as(group)
                    .isEmpty();
            assertThat(json.readTree(Webapp.login(rest, TestPeople.staff(identity, group), TestPeople.STAFF_PASSWORD)
                            .get(WEBAPP_ENGINE + query)
                            .getBody()))
                    .as(group)
                    .isEmpty();
        }
        // the table's inputs are the hardship, whether the income is below one or one and a half standards, and the
        // grade
        JsonNode byAdministrator = json.readTree(TestPeople.as(rest, TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD)
                .getForObject("/engine-rest" + query, String.class));
        assertThat(byAdministrator.toString())
                .contains("Input_DisabilityGrade", "Input_BelowMls")
                .doesNotContain("3987.65");
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /** No read of the engine that leaders and these groups may make shows any of {@code values}. */
    private void assertNoEngineReadShows(String instance, List<String> groups, String... values) {
        List<String> paths = new ArrayList<>(List.of(
                "/variable-instance?processInstanceIdIn=" + instance,
                "/variable-instance?processInstanceIdIn=" + instance + "&deserializeValues=false",
                "/history/variable-instance?processInstanceId=" + instance,
                "/history/variable-instance?processInstanceId=" + instance + "&deserializeValues=false",
                "/history/detail?processInstanceId=" + instance,
                "/history/detail?processInstanceId=" + instance + "&deserializeValues=false"));
        for (String name : SensitiveVariables.NAMES) {
            paths.add("/variable-instance?variableName=" + name);
            paths.add("/history/variable-instance?variableName=" + name);
        }
        for (Task task : tasks.createTaskQuery().processInstanceId(instance).list()) {
            paths.add("/task/" + task.getId() + "/form-variables");
        }
        for (String group : groups) {
            String user = TestPeople.staff(identity, group);
            TestRestTemplate basic = TestPeople.as(rest, user, TestPeople.STAFF_PASSWORD);
            Webapp session = Webapp.login(rest, user, TestPeople.STAFF_PASSWORD);
            for (String path : paths) {
                for (ResponseEntity<String> read : List.of(
                        basic.getForEntity("/engine-rest" + path, String.class), session.get(WEBAPP_ENGINE + path))) {
                    assertThat(read.getStatusCode().is5xxServerError())
                            .as(group + " " + path)
                            .isFalse();
                    assertThat(String.valueOf(read.getBody()))
                            .as(group + " " + path)
                            .doesNotContain(values);
                }
            }
        }
        for (String name : SensitiveVariables.NAMES) {
            assertThat(TestPeople.as(rest, TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD)
                            .getForObject("/engine-rest/history/variable-instance?variableName=" + name, String.class))
                    .as("no process holds %s, not even for administrators", name)
                    .isEqualTo("[]");
        }
    }

    /** The process variables as an administrator reads them (staff read them through their tasks). */
    private Map<String, Object> variables(String instance) throws Exception {
        JsonNode read = json.readTree(TestPeople.as(rest, TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD)
                .getForObject("/engine-rest/process-instance/" + instance + "/variables", String.class));
        Map<String, Object> values = new java.util.HashMap<>();
        read.fields()
                .forEachRemaining(field -> values.put(
                        field.getKey(), json.convertValue(field.getValue().get("value"), Object.class)));
        return values;
    }

    private String instanceOf(String trackingNumber) {
        return jdbc.queryForObject(
                "SELECT ID_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ?", String.class, trackingNumber);
    }

    /** A veteran on the roster, with a valid ID number; answers the ID number. */
    private String roster() {
        String idNumber = TestIdNumbers.unique();
        String serviceNumber = "PD-" + idNumber.substring(6, 14) + "-" + idNumber.substring(14);
        HttpHeaders csv = new HttpHeaders();
        csv.setContentType(MediaType.parseMediaType("text/csv;charset=UTF-8"));
        ResponseEntity<String> imported = staff("veterans-station")
                .exchange(
                        "/api/veterans",
                        HttpMethod.POST,
                        new HttpEntity<>(
                                ("serviceNumber,name,idNumber,mobile,address,keyCare\r\n" + serviceNumber + ",老兵本人,"
                                                + idNumber + ",13755000398,长宁区某路 1 号,否\r\n")
                                        .getBytes(StandardCharsets.UTF_8),
                                csv),
                        String.class);
        assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
        return idNumber;
    }

    private static HttpEntity<MultiValueMap<String, Object>> elderlyAllowance(String bankAccount) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        HttpHeaders part = new HttpHeaders();
        part.setContentType(MediaType.APPLICATION_JSON);
        body.add(
                "application",
                new HttpEntity<>(
                        Map.of(
                                "matterCode",
                                "elderly-comprehensive-allowance",
                                "data",
                                Map.of("birthDate", "1950-03-05", "bankName", "工商银行", "bankAccount", bankAccount),
                                "materialCodes",
                                List.of("id-card", "bank-card")),
                        part));
        body.add("materials", file("id.pdf", PDF));
        body.add("materials", file("bank.png", PNG));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.set("Sec-Fetch-Site", "same-origin");
        return new HttpEntity<>(body, headers);
    }

    private static ByteArrayResource file(String name, byte[] content) {
        return new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    /** A mobile no other test uses, so that finding it anywhere means this test's case put it there. */
    private static String uniqueMobile() {
        return "1395" + String.format("%07d", (long) (Math.random() * 10_000_000));
    }

    private TestRestTemplate staff(String group) {
        return TestPeople.as(rest, TestPeople.staff(identity, group), TestPeople.STAFF_PASSWORD);
    }

    /** The masked ID number as the engine shows it. */
    private static final class IdNumbers {
        static String mask(String idNumber) {
            return cn.jiedaoflow.people.IdNumbers.mask(idNumber);
        }
    }
}

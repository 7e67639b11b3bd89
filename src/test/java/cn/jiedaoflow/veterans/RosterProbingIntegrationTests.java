package cn.jiedaoflow.veterans;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
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
 * Issue 12, item 5: an application with another person's ID number tells the applicant nothing about the roster. A
 * resident who is not the veteran gets the same answer whether that person is not on the roster, on it with an open
 * case, or on it without one; no answer, list, detail or notice names another case. The veteran's inbox and the
 * station's view get the reason; the veteran applying for themself is told it too.
 */
@IntegrationTest
class RosterProbingIntegrationTests {

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
    ManagementService management;

    @Autowired
    JdbcTemplate jdbc;

    private String onRosterWithOpenCase;
    private String onRosterWithoutCase;
    private String notOnRoster;
    private String openCase;
    private String veteranMobile;
    private String proberMobile;

    @BeforeEach
    void aRosterAnOpenCaseAndAProber() {
        onRosterWithOpenCase = TestIdNumbers.unique();
        onRosterWithoutCase = TestIdNumbers.unique();
        notOnRoster = TestIdNumbers.unique();
        roster(onRosterWithOpenCase, onRosterWithoutCase);
        veteranMobile = newResident("老兵甲", onRosterWithOpenCase);
        proberMobile = newResident("好奇的邻居", TestIdNumbers.unique());
        openCase = (String) station()
                .postForEntity(APPLICATIONS, application(onRosterWithOpenCase, "VETERAN", true), Map.class)
                .getBody()
                .get("trackingNumber");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aResidentWhoIsNotTheVeteranGetsTheSameAnswerWhateverTheRosterSays() {
        TestRestTemplate prober = TestPeople.as(rest, proberMobile, TestPeople.RESIDENT_PASSWORD);

        Map<String, Object> notListed = prober.postForEntity(
                        APPLICATIONS, application(notOnRoster, "FAMILY", false), Map.class)
                .getBody();
        Map<String, Object> withOpenCase = prober.postForEntity(
                        APPLICATIONS, application(onRosterWithOpenCase, "FAMILY", false), Map.class)
                .getBody();
        Map<String, Object> claimingToBeIt = prober.postForEntity(
                        APPLICATIONS, application(onRosterWithOpenCase, "VETERAN", false), Map.class)
                .getBody();
        Map<String, Object> eligible = prober.postForEntity(
                        APPLICATIONS, application(onRosterWithoutCase, "FAMILY", false), Map.class)
                .getBody();
        runJobs();

        Map<String, Object> notListedDetail =
                prober.getForObject(APPLICATIONS + "/" + notListed.get("trackingNumber"), Map.class);
        for (Map<String, Object> answer : List.of(notListed, withOpenCase, claimingToBeIt, eligible)) {
            assertThat(answer)
                    .containsEntry("status", "SUBMITTED")
                    .containsEntry("statusReason", "申请已收到，退役军人服务站将与退役军人本人联系。");
            assertThat(comparable(answer)).isEqualTo(comparable(notListed));
            assertThat(String.valueOf(answer)).doesNotContain(openCase);
            Map<String, Object> detail =
                    prober.getForObject(APPLICATIONS + "/" + answer.get("trackingNumber"), Map.class);
            assertThat(comparable(detail)).isEqualTo(comparable(notListedDetail));
            assertThat(String.valueOf(detail)).doesNotContain(openCase);
        }
        String list = prober.getForObject(APPLICATIONS, String.class);
        assertThat(list).doesNotContain(openCase, "INELIGIBLE", "名册", "正在办理");
        assertThat(inboxOf(proberMobile)).isEmpty();
    }

    @Test
    void theVeteransInboxAndTheStationGetTheReasonWithoutAnotherCasesNumber() {
        TestRestTemplate prober = TestPeople.as(rest, proberMobile, TestPeople.RESIDENT_PASSWORD);
        String probe = (String)
                prober.postForEntity(APPLICATIONS, application(onRosterWithOpenCase, "FAMILY", false), Map.class)
                        .getBody()
                        .get("trackingNumber");
        String unlisted =
                (String) prober.postForEntity(APPLICATIONS, application(notOnRoster, "FAMILY", false), Map.class)
                        .getBody()
                        .get("trackingNumber");
        runJobs();

        Map<String, Object> stationView = station().getForObject(APPLICATIONS + "/" + probe, Map.class);
        assertThat(stationView).containsEntry("status", "INELIGIBLE");
        assertThat((String) stationView.get("statusReason"))
                .contains("已有正在办理的帮扶案件")
                .doesNotContain(openCase);
        assertThat(station().getForObject(APPLICATIONS + "/" + unlisted, Map.class))
                .containsEntry("status", "INELIGIBLE")
                .extractingByKey("statusReason")
                .asString()
                .contains("不在本街道退役军人名册");

        List<Map<String, Object>> veteransInbox = inboxOf(veteranMobile);
        assertThat(veteransInbox)
                .filteredOn(n -> probe.equals(n.get("TRACKING_NUMBER")))
                .singleElement()
                .satisfies(notice -> assertThat((String) notice.get("BODY"))
                        .contains("不符合帮扶资格", "已有正在办理的帮扶案件")
                        .doesNotContain(openCase));
        assertThat(inboxOf(proberMobile)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notification WHERE tracking_number = ?", Integer.class, unlisted))
                .as("nobody holds an account with an ID number that is not on the roster")
                .isZero();
    }

    @Test
    void theVeteranApplyingForThemselfIsToldTheReasonWithoutTheOtherCasesNumber() {
        ResponseEntity<Map> applied = TestPeople.as(rest, veteranMobile, TestPeople.RESIDENT_PASSWORD)
                .postForEntity(APPLICATIONS, application(null, "VETERAN", false), Map.class);
        runJobs();

        assertThat(applied.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(applied.getBody()).containsEntry("status", "INELIGIBLE");
        assertThat((String) applied.getBody().get("statusReason"))
                .contains("已有正在办理的帮扶案件")
                .doesNotContain(openCase);
        assertThat(String.valueOf(TestPeople.as(rest, veteranMobile, TestPeople.RESIDENT_PASSWORD)
                        .getForObject(APPLICATIONS, String.class)))
                .doesNotContain(openCase);
        assertThat(inboxOf(veteranMobile))
                .extracting(n -> (String) n.get("BODY"))
                .allSatisfy(body -> assertThat(body).doesNotContain(openCase));
    }

    @Test
    void anApplicantWhoIsNotTheVeteranSeesTheCaseOnceTheStationHasVisited() {
        TestRestTemplate family = TestPeople.as(rest, proberMobile, TestPeople.RESIDENT_PASSWORD);
        String applied = (String)
                family.postForEntity(APPLICATIONS, application(onRosterWithoutCase, "FAMILY", false), Map.class)
                        .getBody()
                        .get("trackingNumber");
        jdbc.update(
                "UPDATE veteran_assistance_application SET visited_at = CURRENT_TIMESTAMP, verified_household_size = 3,"
                        + " verified_monthly_income = 5000, verified_disability_grade = 0 WHERE tracking_number = ?",
                applied);

        assertThat(family.getForObject(APPLICATIONS + "/" + applied, Map.class)).containsEntry("status", "IN_PROGRESS");
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /** What two answers about different IDs have in common when they tell nothing about the roster. */
    private static Map<String, Object> comparable(Map<String, Object> answer) {
        Map<String, Object> shown = new HashMap<>(answer);
        shown.keySet().removeAll(List.of("trackingNumber", "submittedAt", "veteranIdNumber", "applicantRelation"));
        return shown;
    }

    private List<Map<String, Object>> inboxOf(String mobile) {
        return jdbc.queryForList("SELECT tracking_number, body FROM notification WHERE recipient_mobile = ?", mobile);
    }

    private void runJobs() {
        for (Job job : management
                .createJobQuery()
                .processDefinitionKey(VeteranAssistance.PROCESS_KEY)
                .executable()
                .list()) {
            management.executeJob(job.getId());
        }
    }

    private void roster(String... idNumbers) {
        StringBuilder csv = new StringBuilder("serviceNumber,name,idNumber,mobile,address,keyCare\r\n");
        for (String idNumber : idNumbers) {
            csv.append("RP-")
                    .append(idNumber.substring(6))
                    .append(",老兵,")
                    .append(idNumber)
                    .append(",13755000396,长宁区某路 3 号,否\r\n");
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv;charset=UTF-8"));
        assertThat(station()
                        .exchange(
                                "/api/veterans",
                                HttpMethod.POST,
                                new HttpEntity<>(csv.toString().getBytes(StandardCharsets.UTF_8), headers),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private String newResident(String name, String idNumber) {
        String mobile;
        do {
            mobile = "1376" + String.format("%07d", (long) (Math.random() * 10_000_000));
        } while (accountRepository.existsByLoginName(mobile));
        accounts.createResident(mobile, name, idNumber, TestPeople.RESIDENT_PASSWORD);
        return mobile;
    }

    private static Map<String, Object> application(String veteranIdNumber, String relation, boolean withApplicant) {
        Map<String, Object> request = new HashMap<>();
        if (veteranIdNumber != null) {
            request.put("veteranIdNumber", veteranIdNumber);
        }
        request.put("applicantRelation", relation);
        request.put("hardshipType", "UNEMPLOYMENT");
        request.put("householdSize", 3);
        request.put("monthlyHouseholdIncome", 5000);
        request.put("disabilityGrade", 0);
        request.put("requestedHelp", "失业半年，申请生活补助");
        if (withApplicant) {
            request.put("applicantName", "老兵本人");
            request.put("applicantMobile", "13755000396");
        }
        return request;
    }

    private TestRestTemplate station() {
        return TestPeople.as(rest, TestPeople.staff(identity, "veterans-station"), TestPeople.STAFF_PASSWORD);
    }
}

package cn.jiedaoflow.labordispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
@SuppressWarnings("unchecked")
class LaborDisputeMediationApiIntegrationTests {

    private static final String APPLICATIONS = LaborDisputeMediationController.PATH;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aResidentAppliesAndFollowsTheirOwnCase() {
        TestRestTemplate resident = resident("13900000101", "赵一");

        ResponseEntity<Map> created = resident.postForEntity(APPLICATIONS, application(), Map.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String trackingNumber = (String) created.getBody().get("trackingNumber");
        assertThat(trackingNumber).matches("LD-\\d{8}-[A-Z2-9]{6}");
        assertThat((String) created.getBody().get("acceptanceDue")).endsWith("+08:00");
        assertThat((String) created.getBody().get("statutoryLimitEnds")).endsWith("T00:00:00+08:00");
        assertThat(created.getHeaders().getLocation()).hasPath(APPLICATIONS + "/" + trackingNumber);

        ResponseEntity<Map> one = resident.getForEntity(APPLICATIONS + "/" + trackingNumber, Map.class);
        assertThat(one.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(one.getBody())
                .containsEntry("status", "SUBMITTED")
                .containsEntry("applicantName", "赵一")
                .containsEntry("channel", "ONLINE");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> mine = resident.getForObject(APPLICATIONS, List.class);
        assertThat(mine).extracting(c -> c.get("trackingNumber")).contains((Object) trackingNumber);
    }

    @Test
    void anotherResidentsCaseAnswersLikeAnUnknownOne() {
        String trackingNumber = (String) resident("13900000102", "钱二")
                .postForEntity(APPLICATIONS, application(), Map.class)
                .getBody()
                .get("trackingNumber");
        TestRestTemplate other = resident("13900000103", "孙三");

        ResponseEntity<Map> theirs = other.getForEntity(APPLICATIONS + "/" + trackingNumber, Map.class);
        ResponseEntity<Map> unknown = other.getForEntity(APPLICATIONS + "/LD-20260101-ZZZZZZ", Map.class);

        assertThat(theirs.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(theirs.getBody().get("type")).isEqualTo(unknown.getBody().get("type"));
    }

    @Test
    void listsWhatIsMissingAndRefusesAnUnknownDisputeType() {
        TestRestTemplate resident = resident("13900000104", "李四");

        ResponseEntity<Map> missing =
                resident.postForEntity(APPLICATIONS, Map.of("employer", "  ", "disputeType", "WAGES"), Map.class);
        ResponseEntity<Map> unknownType = resident.postForEntity(
                APPLICATIONS,
                Map.of("employer", "某公司", "disputeType", "HOLIDAY", "claim", "c", "facts", "f"),
                Map.class);

        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) missing.getBody().get("errors"))
                .extracting(e -> e.get("field"))
                .containsExactly("employer", "claim", "facts");
        assertThat(unknownType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) unknownType.getBody().get("detail")).contains("HOLIDAY");
    }

    @Test
    void theMaskedIdNumberThePortalSendsBackStandsForTheAccountsAndNoneForItToo() {
        TestRestTemplate resident = resident("13900000107", "钱八");
        Map<String, String> asThePortalSends = new java.util.HashMap<>(application());
        asThePortalSends.put("applicantName", "钱八");
        asThePortalSends.put("applicantMobile", "13900000107");
        asThePortalSends.put("applicantIdNumber", "3101**********123X");

        ResponseEntity<Map> masked = resident.postForEntity(APPLICATIONS, asThePortalSends, Map.class);
        ResponseEntity<Map> none = resident.postForEntity(APPLICATIONS, application(), Map.class);

        assertThat(masked.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        for (ResponseEntity<Map> created : List.of(masked, none)) {
            assertThat(jdbc.queryForObject(
                            "SELECT applicant_id_number FROM labor_dispute_case WHERE tracking_number = ?",
                            String.class,
                            created.getBody().get("trackingNumber")))
                    .isEqualTo("31010519900101123X");
        }
    }

    @Test
    void aResidentAppliesWithTheirOwnIdNumberNeverAnothersValidOne() {
        TestRestTemplate resident = resident("13900000109", "周十");
        Map<String, String> own = new java.util.HashMap<>(application());
        own.put("applicantIdNumber", "31010519900101123x");
        Map<String, String> anothers = new java.util.HashMap<>(application());
        anothers.put("applicantIdNumber", "11010519491231002X");
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM labor_dispute_case", Integer.class);

        ResponseEntity<Map> refused = resident.postForEntity(APPLICATIONS, anothers, Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().get("type"))
                .isEqualTo("urn:jiedao:problem:labordispute.application.applicant.notOwn");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM labor_dispute_case", Integer.class))
                .isEqualTo(before);
        ResponseEntity<Map> created = resident.postForEntity(APPLICATIONS, own, Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(jdbc.queryForObject(
                        "SELECT applicant_id_number FROM labor_dispute_case WHERE tracking_number = ?",
                        String.class,
                        created.getBody().get("trackingNumber")))
                .isEqualTo("31010519900101123X");
    }

    @Test
    void missingFieldsAreNamedByTheirLabelsInTheCallersLanguage() {
        TestRestTemplate resident = resident("13900000108", "孙九");

        Map<String, Object> english = refused(resident, "en");
        Map<String, Object> chinese = refused(resident, "zh-CN");

        assertThat((List<Map<String, Object>>) english.get("errors"))
                .extracting(e -> e.get("field"), e -> e.get("problem"), e -> e.get("label"))
                .containsExactly(
                        tuple("employer", "missing", "Employer"), tuple("facts", "missing", "Facts and reasons"));
        assertThat((String) english.get("detail")).contains("Employer, Facts and reasons");
        assertThat((List<Map<String, Object>>) chinese.get("errors"))
                .extracting(e -> e.get("label"))
                .containsExactly("用人单位", "事实和理由");
        assertThat((String) chinese.get("detail")).contains("用人单位、事实和理由");
    }

    private Map<String, Object> refused(TestRestTemplate resident, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        ResponseEntity<Map> refused = resident.exchange(
                APPLICATIONS,
                HttpMethod.POST,
                new HttpEntity<>(Map.of("disputeType", "WAGES", "claim", "支付工资"), headers),
                Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        return refused.getBody();
    }

    @Test
    void aResidentMayNotApplyInSomeoneElsesName() {
        Map<String, String> forSomeoneElse = new java.util.HashMap<>(application());
        forSomeoneElse.put("applicantName", "周五");
        forSomeoneElse.put("applicantMobile", "13900000999");

        ResponseEntity<Map> refused =
                resident("13900000105", "吴六").postForEntity(APPLICATIONS, forSomeoneElse, Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void mediationStaffEnterAWindowApplicationAndSeeTheIdNumberMasked() {
        TestRestTemplate staff =
                TestPeople.as(rest, TestPeople.staff(identity, "mediation"), TestPeople.STAFF_PASSWORD);
        Map<String, String> window = new java.util.HashMap<>(application());
        window.put("applicantName", "郑七");
        window.put("applicantMobile", "13900000106");
        window.put("applicantIdNumber", "31010519800101003x");

        ResponseEntity<Map> created = staff.postForEntity(APPLICATIONS, window, Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        @SuppressWarnings("unchecked")
        Map<String, Object> view =
                staff.getForObject(APPLICATIONS + "/" + created.getBody().get("trackingNumber"), Map.class);
        assertThat(view)
                .containsEntry("applicantIdNumber", "3101**********003X")
                .containsEntry("channel", "WINDOW");
    }

    @Test
    void staffOutsideTheMediationGroupAreRefused() {
        TestRestTemplate staff =
                TestPeople.as(rest, TestPeople.staff(identity, "housing-office"), TestPeople.STAFF_PASSWORD);

        assertThat(staff.postForEntity(APPLICATIONS, application(), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(staff.getForEntity(APPLICATIONS, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private TestRestTemplate resident(String mobile, String name) {
        return TestPeople.as(
                rest, TestPeople.resident(accounts, accountRepository, mobile, name), TestPeople.RESIDENT_PASSWORD);
    }

    private static Map<String, String> application() {
        return Map.of(
                "employer", "上海某某餐饮管理有限公司",
                "disputeType", "WAGES",
                "claim", "支付拖欠工资 12,000 元",
                "facts", "2025 年 12 月至 2026 年 2 月工资未发放");
    }
}

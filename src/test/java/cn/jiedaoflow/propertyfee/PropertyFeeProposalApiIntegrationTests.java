package cn.jiedaoflow.propertyfee;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestEstates;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@IntegrationTest
class PropertyFeeProposalApiIntegrationTests {

    private static final String PROPOSALS = PropertyFeeProposalController.PATH;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    FeeProposalRepository proposals;

    @Autowired
    RuntimeService runtime;

    @Test
    void thePropertyCompanyFilesAProposalAndTheListsArePublished() {
        TestEstates.Estate estate = TestEstates.scoped(rest, identity);
        ResponseEntity<Map> created =
                as(estate.propertyCompany()).postForEntity(PROPOSALS, proposal(estate.id()), Map.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String trackingNumber = (String) created.getBody().get("trackingNumber");
        assertThat(trackingNumber).matches("PF-\\d{8}-[A-Z2-9]{6}");
        assertThat((String) created.getBody().get("publicationEnds")).endsWith("T00:00:00+08:00");
        assertThat(created.getHeaders().getLocation()).hasPath(PROPOSALS + "/" + trackingNumber);
        assertThat(proposals.findByTrackingNumber(trackingNumber))
                .get()
                .extracting(FeeProposal::getStatus)
                .isEqualTo(ProposalStatus.FILED);
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(trackingNumber)
                        .count())
                .isEqualTo(1);
        // the lists also as the Tasklist form's fields, so a revision starts from what was filed
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(trackingNumber)
                .singleResult()
                .getId();
        assertThat(runtime.getVariables(instance))
                .containsEntry("incomePropertyFees", 1_200_000.0)
                .containsEntry("incomeOther", 0.0)
                .containsEntry("expenseCleaning", 240_000.0)
                .containsEntry("proposedBy", "property-company")
                .containsEntry("ownersCommitteeGroup", "owners-committee.e" + estate.id())
                .containsEntry("residentsCommitteeGroup", "residents-committee.a" + estate.areaId());
    }

    @Test
    void refusesAProposalWithinSixMonthsOfAFailedVoteInChineseAndEnglish() {
        TestEstates.Estate estate = TestEstates.scoped(rest, identity);
        long estateId = estate.id();
        FeeProposal failed =
                new FeeProposal("PF-20260101-FAILED", estateId, Instant.now().minus(40, ChronoUnit.DAYS));
        failed.voted(VoteOutcome.REJECTED, Instant.now().minus(1, ChronoUnit.DAYS));
        proposals.save(failed);
        TestRestTemplate company = as(estate.ownersCommittee());

        ResponseEntity<Map> chinese = company.postForEntity(PROPOSALS, proposal(estateId), Map.class);
        HttpHeaders english = new HttpHeaders();
        english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        ResponseEntity<Map> inEnglish =
                company.exchange(PROPOSALS, HttpMethod.POST, new HttpEntity<>(proposal(estateId), english), Map.class);

        assertThat(chinese.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) chinese.getBody().get("detail")).contains("小区 " + estateId, "不满 6 个月");
        assertThat(inEnglish.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) inEnglish.getBody().get("detail")).contains("estate " + estateId, "less than 6 months ago");
        assertThat(runtime.createProcessInstanceQuery()
                        .variableValueEquals("estateId", estateId)
                        .count())
                .isZero();
    }

    @Test
    void refusesAnUnknownEstateAndOneWithoutARegisterAndStartsNothing() {
        long empty = estate(staff("housing-office"), "没有名册的小区");
        TestRestTemplate company = as(TestEstates.estateStaff(rest, identity, empty, "property-company"));
        HttpHeaders english = new HttpHeaders();
        english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");

        ResponseEntity<Map> unknown = company.postForEntity(PROPOSALS, proposal(987_654_321L), Map.class);
        ResponseEntity<Map> noRegister = company.postForEntity(PROPOSALS, proposal(empty), Map.class);
        ResponseEntity<Map> noRegisterInEnglish =
                company.exchange(PROPOSALS, HttpMethod.POST, new HttpEntity<>(proposal(empty), english), Map.class);

        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) unknown.getBody().get("detail")).isEqualTo("小区 987654321 不存在，请核对小区编号。");
        assertThat(noRegister.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) noRegister.getBody().get("detail")).startsWith("小区 " + empty + " 尚未导入业主名册");
        assertThat((String) noRegisterInEnglish.getBody().get("detail"))
                .startsWith("Estate " + empty + " has no owners’ register yet");
        assertThat(runtime.createProcessInstanceQuery()
                        .variableValueEquals("estateId", empty)
                        .count())
                .isZero();
        assertThat(runtime.createProcessInstanceQuery()
                        .variableValueEquals("estateId", 987_654_321L)
                        .count())
                .isZero();
    }

    @Test
    void refusesResidentsAndStaffOfOtherGroups() {
        String resident = TestPeople.resident(accounts, accountRepository, "13900000301", "周五");

        long estateId = TestEstates.scoped(rest, identity).id();
        ResponseEntity<Map> asResident = TestPeople.as(rest, resident, TestPeople.RESIDENT_PASSWORD)
                .postForEntity(PROPOSALS, proposal(estateId), Map.class);
        ResponseEntity<Map> asMediation = staff("mediation").postForEntity(PROPOSALS, proposal(estateId), Map.class);

        assertThat(asResident.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(asMediation.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void listsWhatIsMissingAndRefusesBadValues() {
        TestEstates.Estate estate = TestEstates.scoped(rest, identity);
        TestRestTemplate company = as(estate.propertyCompany());
        long estateId = estate.id();
        Map<String, Object> withoutLists = proposal(estateId);
        withoutLists.remove("incomeItems");
        withoutLists.put("reasons", " ");
        Map<String, Object> negative = proposal(estateId);
        negative.put("proposedResidentialFee", -1);
        Map<String, Object> badMobile = proposal(estateId);
        badMobile.put("ownersCommitteeMobile", "12345");
        Map<String, Object> past = proposal(estateId);
        past.put("effectiveDate", "2020-01-01");

        ResponseEntity<Map> missing = company.postForEntity(PROPOSALS, withoutLists, Map.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) missing.getBody().get("detail")).contains("reasons", "incomeItems");
        assertThat(company.postForEntity(PROPOSALS, negative, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(company.postForEntity(PROPOSALS, badMobile, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(company.postForEntity(PROPOSALS, past, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void refusesAnUnknownListCategoryAndMoreThanTenServiceItems() {
        TestEstates.Estate estate = TestEstates.scoped(rest, identity);
        TestRestTemplate company = as(estate.propertyCompany());
        long estateId = estate.id();
        Map<String, Object> advertising = proposal(estateId);
        advertising.put("incomeItems", List.of(Map.of("category", "ADVERTISING", "amount", 1000)));
        Map<String, Object> eleven = proposal(estateId);
        eleven.put(
                "serviceItems",
                java.util.stream.IntStream.rangeClosed(1, 11)
                        .mapToObj(n -> Map.of("service", "服务" + n, "standard", "标准", "frequency", "每月"))
                        .toList());
        Map<String, Object> ten = proposal(estateId);
        ten.put(
                "serviceItems",
                java.util.stream.IntStream.rangeClosed(1, 10)
                        .mapToObj(n -> Map.of("service", "服务" + n, "standard", "标准", "frequency", "每月"))
                        .toList());

        ResponseEntity<Map> unknownCategory = company.postForEntity(PROPOSALS, advertising, Map.class);
        ResponseEntity<Map> tooMany = company.postForEntity(PROPOSALS, eleven, Map.class);
        ResponseEntity<Map> tenAreFine = company.postForEntity(PROPOSALS, ten, Map.class);

        assertThat(unknownCategory.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) unknownCategory.getBody().get("detail"))
                .startsWith("清单项目“ADVERTISING”不在规定的类别中")
                .contains("PROPERTY_FEES, PARKING, COMMON_PARTS, OTHER");
        assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) tooMany.getBody().get("detail")).isEqualTo("服务内容清单最多 10 项，请合并相近的服务项目。");
        assertThat(tenAreFine.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(runtime.createProcessInstanceQuery()
                        .variableValueEquals("estateId", estateId)
                        .count())
                .isEqualTo(1);
    }

    private static long estate(TestRestTemplate housing, String name) {
        ResponseEntity<Map> created =
                housing.postForEntity("/api/estates", Map.of("name", name, "address", "长宁区"), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return ((Number) created.getBody().get("id")).longValue();
    }

    private TestRestTemplate as(String user) {
        return TestPeople.as(rest, user, TestPeople.STAFF_PASSWORD);
    }

    private TestRestTemplate staff(String group) {
        return TestPeople.as(rest, TestPeople.staff(identity, group), TestPeople.STAFF_PASSWORD);
    }

    private static Map<String, Object> proposal(long estateId) {
        Map<String, Object> proposal = new HashMap<>();
        proposal.put("estateId", estateId);
        proposal.put("applicantName", "上海长宁某物业管理有限公司");
        proposal.put("propertyCompanyMobile", "13800138001");
        proposal.put("ownersCommitteeMobile", "13800138002");
        proposal.put("currentResidentialFee", 1.80);
        proposal.put("proposedResidentialFee", 2.30);
        proposal.put("currentCommercialFee", 4.50);
        proposal.put("proposedCommercialFee", 5.00);
        proposal.put("currentParkingFee", 0.40);
        proposal.put("proposedParkingFee", 0.50);
        proposal.put(
                "effectiveDate",
                Instant.now().plus(120, ChronoUnit.DAYS).toString().substring(0, 10));
        proposal.put("reasons", "人工成本连续三年上涨");
        proposal.put(
                "incomeItems",
                List.of(
                        Map.of("category", "PROPERTY_FEES", "amount", 1_200_000),
                        Map.of("category", "PARKING", "amount", 180_000)));
        proposal.put(
                "expenseItems",
                List.of(
                        Map.of("category", "STAFF", "amount", 860_000),
                        Map.of("category", "CLEANING", "amount", 240_000)));
        proposal.put("serviceItems", List.of(Map.of("service", "公共区域保洁", "standard", "地面无垃圾", "frequency", "每日两次")));
        return proposal;
    }
}

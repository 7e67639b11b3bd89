package cn.jiedaoflow.services;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.accounts.TestSignUps;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * The generic door over real HTTP: what is offered to whom, an enterprise filing the model-only enterprise service
 * request with a material, the answers checked by the deployed form, the personal data kept out of the engine, and
 * the applicant's own step in the portal.
 */
@IntegrationTest
@SuppressWarnings({"unchecked", "rawtypes"})
class ServicesApiIntegrationTests {

    private static final String PROCESS = "enterprise-service-request";
    private static final String APPLY = "/api/services/" + PROCESS + "/applications";
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    IdentityService identity;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aVisitorSeesEverythingOfferedAndEachKindOfAccountWhatItMayStart() {
        List<Map<String, Object>> visitor = rest.getForObject("/api/services", List.class);
        List<Map<String, Object>> resident = resident("13900000301").getForObject("/api/services", List.class);
        List<Map<String, Object>> enterprise = enterprise().getForObject("/api/services", List.class);
        ResponseEntity<List> staff = staff("acceptance-window").getForEntity("/api/services", List.class);

        assertThat(visitor)
                .extracting(s -> s.get("key"))
                .contains("minimum-living-allowance", "labor-dispute-mediation", PROCESS)
                .doesNotContain("one-stop-application", "property-fee-adjustment", "veteran-assistance");
        assertThat(visitor)
                .filteredOn(s -> s.get("key").equals("minimum-living-allowance"))
                .singleElement()
                .satisfies(s -> assertThat(s)
                        .containsEntry("kind", "MATTER")
                        .containsEntry("applyPath", "/api/applications")
                        .containsEntry("applyPage", "/services/minimum-living-allowance/apply")
                        .containsEntry("formKey", "one-stop-minimum-living-allowance"));
        assertThat(visitor)
                .filteredOn(s -> s.get("key").equals("labor-dispute-mediation"))
                .singleElement()
                .satisfies(s -> assertThat(s)
                        .containsEntry("kind", "PROCESS")
                        .containsEntry("applyPath", "/api/labor-dispute-mediation/applications")
                        .containsEntry("applyPage", "/services/labor-dispute-mediation/apply"));
        assertThat(visitor)
                .filteredOn(s -> s.get("key").equals(PROCESS))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s)
                            .containsEntry("nameZh", "企业服务诉求")
                            .containsEntry("nameEn", "Enterprise service request")
                            .containsEntry("formKey", PROCESS)
                            .containsEntry("applyPath", APPLY)
                            .containsEntry("applyPage", "/services/" + PROCESS + "/apply")
                            .containsEntry("audience", List.of("enterprises"));
                    assertThat((List<Map<String, Object>>) s.get("materials"))
                            .containsExactly(Map.of(
                                    "code", "supporting-document",
                                    "nameZh", "相关证明材料",
                                    "nameEn", "Supporting documents",
                                    "required", false));
                });
        assertThat(resident)
                .extracting(s -> s.get("key"))
                .contains("minimum-living-allowance", "labor-dispute-mediation")
                .doesNotContain(PROCESS);
        assertThat(enterprise).extracting(s -> s.get("key")).containsExactly(PROCESS);
        assertThat(staff.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(staff.getBody()).isEmpty();
    }

    @Test
    void theStartFormIsTheDeployedOneOfAProcessTheApplyPageFiles() {
        ResponseEntity<Map> form = rest.getForEntity("/api/services/" + PROCESS + "/form", Map.class);
        ResponseEntity<Map> formDoor = rest.getForEntity("/api/services/labor-dispute-mediation/form", Map.class);
        ResponseEntity<Map> dedicated = rest.getForEntity("/api/services/one-stop-application/form", Map.class);
        ResponseEntity<Map> unknown = rest.getForEntity("/api/services/no-such-process/form", Map.class);
        ResponseEntity<Map> notAKey = rest.getForEntity("/api/services/Not_A_Key/form", Map.class);

        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody()).containsEntry("id", PROCESS).containsKey("components");
        assertThat(formDoor.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(formDoor.getBody()).containsEntry("id", "labor-dispute-application");
        assertThat(dedicated.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(notAKey.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anEnterpriseFilesANeedWithAMaterialAndTheEngineNeverHoldsTheContactsMobile() {
        TestRestTemplate enterprise = enterprise();

        ResponseEntity<Map> filed = apply(enterprise, need(), List.of("supporting-document"), 1, "zh-CN");

        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String trackingNumber = (String) filed.getBody().get("trackingNumber");
        assertThat(trackingNumber).matches("SV-\\d{8}-[A-Z2-9]{6}");
        assertThat(filed.getBody()).containsEntry("casePath", "/my/cases/" + trackingNumber);
        assertThat(filed.getHeaders().getLocation()).hasPath("/api/my/cases/" + trackingNumber);
        ProcessInstance started = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(trackingNumber)
                .singleResult();
        Map<String, Object> variables = runtime.getVariables(started.getId());
        assertThat(variables)
                .containsEntry("trackingNumber", trackingNumber)
                .containsEntry("needTitle", "员工居住证积分办理")
                .containsEntry("contactMobileMasked", "139****0302")
                .doesNotContainKey("contactMobile");
        assertThat(jdbc.queryForObject(
                        "select data_json from service_application where tracking_number = ?",
                        String.class,
                        trackingNumber))
                .contains("13900000302");
        assertThat(jdbc.queryForObject(
                        "select count(*) from service_application_material m join service_application a"
                                + " on a.id = m.application_id where a.tracking_number = ?",
                        Long.class,
                        trackingNumber))
                .isEqualTo(1L);

        ResponseEntity<Map> mine = enterprise.getForEntity("/api/my/cases/" + trackingNumber, Map.class);
        assertThat(mine.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(mine.getBody()).containsEntry("what", "企业服务诉求").containsEntry("status", "RUNNING");
        ResponseEntity<Map> another = enterprise().getForEntity("/api/my/cases/" + trackingNumber, Map.class);
        assertThat(another.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theFormsChecksAreTheServersEveryMissingAnswerAtOnceInTheCallersLanguage() {
        TestRestTemplate enterprise = enterprise();
        Map<String, Object> half = new HashMap<>(need());
        half.remove("needTitle");
        half.remove("contactMobile");
        Map<String, Object> wrong = new HashMap<>(need());
        wrong.put("needCategory", "HOLIDAY");
        wrong.put("surprise", "x");

        ResponseEntity<Map> missing = apply(enterprise, half, List.of(), 0, "zh-CN");
        ResponseEntity<Map> invalid = apply(enterprise, wrong, List.of(), 0, "en");
        ResponseEntity<Map> unknownMaterial = apply(enterprise, need(), List.of("licence"), 1, "zh-CN");
        ResponseEntity<Map> tooMany = apply(
                enterprise,
                need(),
                java.util.Collections.nCopies(ServiceApplications.MOST_FILES + 1, "supporting-document"),
                ServiceApplications.MOST_FILES + 1,
                "zh-CN");
        ResponseEntity<Map> twenty = apply(
                enterprise,
                need(),
                java.util.Collections.nCopies(ServiceApplications.MOST_FILES, "supporting-document"),
                ServiceApplications.MOST_FILES,
                "zh-CN");

        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) missing.getBody().get("errors"))
                .extracting(e -> e.get("field"))
                .containsExactly("data.needTitle", "data.contactMobile");
        assertThat((String) missing.getBody().get("detail")).contains("诉求标题", "联系电话");
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) invalid.getBody().get("errors"))
                .extracting(e -> e.get("field"))
                .containsExactlyInAnyOrder("data.needCategory", "data.surprise");
        assertThat((String) invalid.getBody().get("detail")).startsWith("The application has invalid values");
        assertThat(unknownMaterial.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) unknownMaterial.getBody().get("detail")).contains("licence", "supporting-document");
        assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) tooMany.getBody().get("detail")).contains("20", "21");
        assertThat(twenty.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void onlyTheStartersTheModelNamesMayFile() {
        ResponseEntity<Map> resident = apply(resident("13900000305"), need(), List.of(), 0, "zh-CN");
        ResponseEntity<Map> staff = apply(staff("business-service"), need(), List.of(), 0, "zh-CN");
        ResponseEntity<Map> anonymous = apply(rest, need(), List.of(), 0, "zh-CN");
        ResponseEntity<Map> dedicated = enterprise().getForEntity("/api/services/one-stop-application/form", Map.class);

        assertThat(resident.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) resident.getBody().get("detail")).contains("企业服务诉求");
        assertThat(staff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(dedicated.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theEnterpriseRatesTheAnswerInItsOwnStepAndNobodyElseSeesTheStep() {
        TestRestTemplate enterprise = enterprise();
        String trackingNumber = (String)
                apply(enterprise, need(), List.of(), 0, "zh-CN").getBody().get("trackingNumber");
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(trackingNumber)
                .singleResult()
                .getId();
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceId(instance)
                        .singleResult()
                        .getId(),
                Map.of("handlingOffice", "employment-service", "replyWorkingDays", 5L));
        // the enterprise is told of the assignment (Task_NotifyNeedAssigned)
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(instance)
                .singleResult()
                .getId());
        assertThat(enterprise.getForObject("/api/my/tasks", List.class)).isEmpty();
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceId(instance)
                        .singleResult()
                        .getId(),
                Map.of("answer", "已协调人才服务中心办理"));

        assertThat(jdbc.queryForList(
                        "select subject, body from notification where tracking_number = ? order by id", trackingNumber))
                .satisfiesExactly(
                        assigned -> {
                            assertThat(assigned.get("SUBJECT")).isEqualTo("诉求已分派：员工居住证积分办理");
                            assertThat((String) assigned.get("BODY")).contains("5 个工作日内答复");
                        },
                        notice -> {
                            assertThat(notice.get("SUBJECT")).isEqualTo("请办理：企业评价答复");
                            assertThat((String) notice.get("BODY")).contains(trackingNumber, "企业服务诉求", "我的办件");
                        });
        List<Map<String, Object>> waiting = enterprise.getForObject("/api/my/tasks", List.class);
        assertThat(waiting)
                .singleElement()
                .satisfies(step -> assertThat(step)
                        .containsEntry("name", "企业评价答复")
                        .containsEntry("trackingNumber", trackingNumber)
                        .containsKey("due")
                        .doesNotContainKey("form"));
        String taskId = (String) waiting.get(0).get("id");
        Map<String, Object> step = enterprise.getForObject("/api/my/tasks/" + taskId, Map.class);
        assertThat((Map<String, Object>) step.get("form")).containsEntry("id", "enterprise-service-rating");
        assertThat((Map<String, Object>) step.get("data"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "trackingNumber", trackingNumber,
                        "needTitle", "员工居住证积分办理",
                        "answer", "已协调人才服务中心办理"));
        assertThat(enterprise.getForObject("/api/my/cases/" + trackingNumber, Map.class))
                .containsEntry("status", "WAITING_FOR_YOU");

        ResponseEntity<Map> another = enterprise().getForEntity("/api/my/tasks/" + taskId, Map.class);
        ResponseEntity<Map> unknown = enterprise.getForEntity("/api/my/tasks/no-such-task", Map.class);
        ResponseEntity<Map> staff = staff("business-service").getForEntity("/api/my/tasks/" + taskId, Map.class);
        ResponseEntity<Map> badScore = complete(enterprise, taskId, Map.of("resolved", "YES", "score", "6"));
        ResponseEntity<Map> noScore = complete(enterprise, taskId, Map.of("resolved", "YES"));
        assertThat(another.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(another.getBody().get("type")).isEqualTo(unknown.getBody().get("type"));
        assertThat(staff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(badScore.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noScore.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) noScore.getBody().get("errors"))
                .extracting(e -> e.get("field"))
                .containsExactly("data.score");

        ResponseEntity<Map> rated =
                complete(enterprise, taskId, Map.of("resolved", "YES", "score", "5", "ratingComment", "很及时"));

        assertThat(rated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(instance)
                        .count())
                .isZero();
        assertThat(enterprise.getForObject("/api/my/cases/" + trackingNumber, Map.class))
                .containsEntry("status", "ENDED");
        assertThat(complete(enterprise, taskId, Map.of("resolved", "YES", "score", "5"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static Map<String, Object> need() {
        Map<String, Object> need = new HashMap<>();
        need.put("needCategory", "TALENT_RESIDENCE");
        need.put("needTitle", "员工居住证积分办理");
        need.put("needDescription", "三名员工需办理居住证积分，请协助");
        need.put("contactName", "李华");
        need.put("contactMobile", "13900000302");
        return need;
    }

    private ResponseEntity<Map> apply(
            TestRestTemplate client, Map<String, Object> data, List<String> codes, int files, String language) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        body.add("application", new HttpEntity<>(Map.of("data", data, "materialCodes", codes), json));
        for (int i = 0; i < files; i++) {
            String name = "proof-" + i + ".pdf";
            body.add("materials", new ByteArrayResource(PDF) {
                @Override
                public String getFilename() {
                    return name;
                }
            });
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.set("Sec-Fetch-Site", "same-origin");
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        return client.exchange(APPLY, HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
    }

    private static ResponseEntity<Map> complete(TestRestTemplate client, String taskId, Map<String, Object> data) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
        return client.exchange(
                "/api/my/tasks/" + taskId + "/completion",
                HttpMethod.POST,
                new HttpEntity<>(Map.of("data", new HashMap<>(data)), headers),
                Map.class);
    }

    private TestRestTemplate resident(String mobile) {
        return TestPeople.as(
                rest,
                TestPeople.resident(accounts, accountRepository, mobile, "居民" + mobile),
                TestPeople.RESIDENT_PASSWORD);
    }

    /** A new enterprise with its contact person. */
    private TestRestTemplate enterprise() {
        String creditCode = TestSignUps.creditCode(jdbc);
        accounts.createEnterprise(
                creditCode, "上海某某科技有限公司", "李华", TestSignUps.mobile(jdbc), TestPeople.RESIDENT_PASSWORD);
        return rest.withBasicAuth(creditCode, TestPeople.RESIDENT_PASSWORD);
    }

    private TestRestTemplate staff(String group) {
        return TestPeople.as(rest, TestPeople.staff(identity, group), TestPeople.STAFF_PASSWORD);
    }
}

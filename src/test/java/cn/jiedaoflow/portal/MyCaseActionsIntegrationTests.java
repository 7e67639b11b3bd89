package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.accounts.TestSignUps;
import cn.jiedaoflow.people.Accounts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a resident may do on a one-stop case (issue "The resident portal", item 4), as {@code GET /api/my/cases/{n}}
 * tells it: the supplement request with everything missing while it waits, the withdrawal until the decision, the
 * rating after it (and the rating once given); none for another resident, whose number answers as an unknown one. The
 * deadlines beyond the published calendar are marked provisional; the receipt shows the case with its QR code.
 */
@IntegrationTest
class MyCaseActionsIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The last day of a year, so that the next working day lies in one no calendar data was entered for. */
    private static final OffsetDateTime YEAR_END = OffsetDateTime.parse("2040-12-31T10:00:00+08:00");

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    RuntimeService runtime;

    @LocalServerPort
    int port;

    private OneStopCaseSteps steps;

    @BeforeEach
    void steps() {
        steps = new OneStopCaseSteps(rest, context);
    }

    @AfterEach
    void restartTheClock() {
        ClockUtil.reset();
    }

    @Test
    void theActionsFollowTheCaseFromSubmissionToTheRating() throws Exception {
        String a = resident("动作居民");
        String number = steps.apply(a);

        JsonNode submitted = detail(a, number, "zh-CN").path("actions");
        assertThat(submitted.path("supplement").isNull()).isTrue();
        assertThat(submitted.path("rating").isNull()).isTrue();
        assertThat(submitted.path("withdrawal").path("endpoint").asText())
                .isEqualTo("/api/applications/" + number + "/withdrawal");

        steps.askForSupplement(number, "身份证照片不清晰，请重新上传\n- 银行卡正面照片\n\n");
        JsonNode asked = detail(a, number, "zh-CN").path("actions");
        JsonNode supplement = asked.path("supplement");
        assertThat(texts(supplement.path("missing"))).containsExactly("身份证照片不清晰，请重新上传", "银行卡正面照片");
        assertThat(supplement.path("due").asText()).endsWith("+08:00");
        assertThat(supplement.path("dueProvisional").asBoolean()).isFalse();
        assertThat(supplement.path("endpoint").asText()).isEqualTo("/api/applications/" + number + "/supplement");
        assertThat(supplement.path("materials").get(0).path("code").asText()).isEqualTo("id-card");
        assertThat(supplement.path("materials").get(0).path("name").asText()).isEqualTo("身份证");
        assertThat(texts(supplement.path("fileTypes"))).containsExactly("application/pdf", "image/jpeg", "image/png");
        assertThat(supplement.path("maxFileBytes").asLong()).isEqualTo(10L * 1024 * 1024);
        assertThat(asked.path("withdrawal").isNull()).isFalse();
        assertThat(detail(a, number, "en")
                        .path("actions")
                        .path("supplement")
                        .path("materials")
                        .get(0)
                        .path("name")
                        .asText())
                .isEqualTo("ID card");

        ResponseEntity<String> tooLong = supplement(a, number, "长".repeat(501));
        assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(tooLong.getBody())
                        .path("errors")
                        .get(0)
                        .path("field")
                        .asText())
                .isEqualTo("remark");
        ResponseEntity<String> sent = supplement(a, number, "  已重新拍摄身份证  ");
        assertThat(sent.getStatusCode().value()).as(sent.getBody()).isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select supplement_remark from one_stop_application where tracking_number = ?",
                        String.class,
                        number))
                .isEqualTo("已重新拍摄身份证");
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(number)
                .singleResult()
                .getId();
        assertThat((String) runtime.getVariable(instance, "applicationSummary")).contains("已重新拍摄身份证");
        assertThat(detail(a, number, "zh-CN").path("actions").path("supplement").isNull())
                .isTrue();

        steps.acceptAndApprove(number);
        JsonNode decided = detail(a, number, "zh-CN").path("actions");
        assertThat(decided.path("withdrawal").isNull()).isTrue();
        assertThat(decided.path("supplement").isNull()).isTrue();
        assertThat(decided.path("rating").path("endpoint").asText())
                .isEqualTo("/api/applications/" + number + "/rating");
        assertThat(decided.path("rating").path("score").isNull()).isTrue();
        assertThat(decided.path("rating").path("until").asText()).endsWith("+08:00");

        for (int bad : new int[] {0, 6}) {
            assertThat(rate(a, number, bad).getStatusCode().value())
                    .as("score %d", bad)
                    .isEqualTo(400);
        }
        assertThat(rate(a, number, 5).getStatusCode().value()).isEqualTo(200);
        JsonNode rated = detail(a, number, "zh-CN").path("actions").path("rating");
        assertThat(rated.path("score").asInt()).isEqualTo(5);
        assertThat(rated.path("comment").asText()).isEqualTo("窗口很耐心");
        assertThat(rated.path("endpoint").isNull()).isTrue();
        assertThat(rated.path("ratedAt").asText()).endsWith("+08:00");
        assertThat(jdbc.queryForObject(
                        "select rating from one_stop_application where tracking_number = ?", Integer.class, number))
                .isEqualTo(5);
    }

    @Test
    void theLowestScoreIsTakenAndTheWithdrawalIsRefusedAfterTheDecisionInTheCallersLanguage() throws Exception {
        String a = resident("评价居民");
        String number = steps.apply(a);
        steps.acceptAndApprove(number);

        assertThat(rate(a, number, 1).getStatusCode().value()).isEqualTo(200);
        assertThat(detail(a, number, "zh-CN")
                        .path("actions")
                        .path("rating")
                        .path("score")
                        .asInt())
                .isEqualTo(1);

        JsonNode chinese = withdraw(a, number, "zh-CN", 409);
        JsonNode english = withdraw(a, number, "en", 409);
        assertThat(chinese.path("type").asText())
                .isEqualTo("urn:jiedao:problem:onestop.application.withdrawal.tooLate");
        assertThat(chinese.path("detail").asText()).contains(number).containsPattern("\\p{IsHan}");
        assertThat(english.path("detail").asText()).contains(number, "can no longer be withdrawn");
    }

    @Test
    void aWithdrawnApplicationOffersNothingMore() throws Exception {
        String a = resident("撤回居民");
        String number = steps.apply(a);

        withdraw(a, number, "zh-CN", 200);

        JsonNode withdrawn = detail(a, number, "zh-CN");
        assertThat(withdrawn.path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.path("actions").path("withdrawal").isNull()).isTrue();
        assertThat(withdrawn.path("actions").path("rating").isNull()).isTrue();
        assertThat(withdrawn.path("actions").path("supplement").isNull()).isTrue();
    }

    @Test
    void anotherResidentGetsTheAnswerOfAnUnknownNumberForTheCaseItsActionsAndItsReceipt() throws Exception {
        String a = resident("甲居民");
        String number = steps.apply(a);
        String b = resident("乙居民");

        assertThat(as(b).getForEntity("/api/my/cases/" + number, String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        withdraw(b, number, "zh-CN", 404);
        assertThat(detail(a, number, "zh-CN").path("status").asText()).isEqualTo("SUBMITTED");

        PortalClient browser = new PortalClient(port);
        browser.signIn(b, TestPeople.RESIDENT_PASSWORD);
        HttpResponse<String> theirs = browser.page("/my/cases/" + number + "/receipt");
        HttpResponse<String> unknown = browser.page("/my/cases/OS-20991231-ZZZZZZ/receipt");
        assertThat(theirs.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(theirs.body()).contains("id=\"not-found\"").doesNotContain(number, "甲居民");
        assertThat(withoutTokens(theirs.body())).isEqualTo(withoutTokens(unknown.body()));
        assertThat(new PortalClient(port)
                        .page("/my/cases/" + number + "/receipt")
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void theReceiptShowsTheCaseTheMaskedIdNumberTheMaterialsAndAQrCodeOfItsLink() throws Exception {
        String idNumber = TestIdNumbers.unique();
        String a = resident("回执居民", idNumber);
        String number = steps.apply(a);

        PortalClient browser = new PortalClient(port);
        browser.signIn(a, TestPeople.RESIDENT_PASSWORD);
        HttpResponse<String> receipt = browser.page("/my/cases/" + number + "/receipt");

        assertThat(receipt.statusCode()).isEqualTo(200);
        String submittedAt = detail(a, number, "zh-CN").path("submittedAt").asText();
        assertThat(receipt.body())
                .contains(number, "老年综合津贴", "回执居民", idNumber.substring(0, 4) + "**********" + idNumber.substring(14))
                .contains(submittedAt.substring(0, 10) + " " + submittedAt.substring(11, 16))
                .contains("身份证", "id.pdf", "银行卡", "bank.png", "程家桥街道社区事务受理服务中心")
                .contains("src=\"data:image/svg+xml;base64,")
                .contains("http://localhost:" + port + "/my/cases/" + number)
                .doesNotContain(idNumber)
                .doesNotContain("<script>", "style=\"");
        assertThat(receipt.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("img-src 'self' data:");
        assertThat(browser.page("/my/cases/" + number).body()).contains("href=\"/my/cases/" + number + "/receipt\"");
    }

    @Test
    void preCheckSupplementAndRatingDeadlinesBeyondThePublishedCalendarAreProvisional() throws Exception {
        ClockUtil.setCurrentTime(Date.from(YEAR_END.toInstant()));
        String a = resident("暂定居民");
        String number = steps.apply(a);

        JsonNode line = JSON.readTree(
                        as(a).getForEntity("/api/my/cases", String.class).getBody())
                .get(0);
        assertThat(line.path("nextDeadline").path("kind").asText()).isEqualTo("preCheck");
        assertThat(line.path("nextDeadline").path("provisional").asBoolean()).isTrue();

        steps.askForSupplement(number, "户口簿");
        JsonNode asked = detail(a, number, "zh-CN");
        assertThat(asked.path("deadlines").get(0).path("kind").asText()).isEqualTo("supplement");
        assertThat(asked.path("deadlines").get(0).path("provisional").asBoolean())
                .isTrue();
        assertThat(asked.path("actions")
                        .path("supplement")
                        .path("dueProvisional")
                        .asBoolean())
                .isTrue();
        HttpResponse<String> page = signedIn(a).page("/my/cases/" + number);
        assertThat(page.body()).contains("id=\"supplement-due\"", "暂定");
    }

    @Test
    void oddNumbersOnTheCasePageAndTheReceiptAnswerTheSame404Page() throws Exception {
        PortalClient browser = signedIn(resident("好奇居民"));
        String unknown = withoutTokens(
                browser.page("/my/cases/OS-20991231-ZZZZZZ/receipt").body());
        for (String odd : List.of(
                "OS-",
                "os-20261217-k7q2mx",
                "XX-20261217-K7Q2MX",
                "OS-20261217-K7Q2MX'--",
                "OS-" + "9".repeat(300),
                "%E7%94%B3%E8%AF%B7",
                "LD-20261217-ABCDEF",
                "VA-20261217-ABCDEF")) {
            HttpResponse<String> receipt = browser.page("/my/cases/" + odd + "/receipt");
            HttpResponse<String> page = browser.page("/my/cases/" + odd);
            assertThat(receipt.statusCode()).as(odd).isEqualTo(404);
            assertThat(page.statusCode()).as(odd).isEqualTo(404);
            assertThat(withoutTokens(receipt.body()).replace(odd, "")).as(odd).isEqualTo(unknown);
        }
    }

    private PortalClient signedIn(String mobile) {
        PortalClient browser = new PortalClient(port);
        browser.signIn(mobile, TestPeople.RESIDENT_PASSWORD);
        return browser;
    }

    private String resident(String name) {
        return resident(name, TestIdNumbers.unique());
    }

    private String resident(String name, String idNumber) {
        String mobile = TestSignUps.mobile(jdbc);
        accounts.createResident(mobile, name, idNumber, TestPeople.RESIDENT_PASSWORD);
        return mobile;
    }

    private TestRestTemplate as(String mobile) {
        return rest.withBasicAuth(mobile, TestPeople.RESIDENT_PASSWORD);
    }

    private JsonNode detail(String mobile, String number, String language) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        ResponseEntity<String> answer =
                as(mobile).exchange("/api/my/cases/" + number, HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return JSON.readTree(answer.getBody());
    }

    private ResponseEntity<String> supplement(String mobile, String number, String remark) {
        return as(mobile)
                .exchange(
                        "/api/applications/" + number + "/supplement",
                        HttpMethod.POST,
                        OneStopCaseSteps.multipart(
                                "supplement",
                                Map.of("materialCodes", List.of("id-card"), "remark", remark),
                                List.of(Map.entry("id-new.png", OneStopCaseSteps.PNG)),
                                "zh-CN"),
                        String.class);
    }

    private ResponseEntity<String> rate(String mobile, String number, int score) {
        return as(mobile)
                .postForEntity(
                        "/api/applications/" + number + "/rating",
                        Map.of("score", score, "comment", "窗口很耐心"),
                        String.class);
    }

    private JsonNode withdraw(String mobile, String number, String language, int status) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        ResponseEntity<String> answer = as(mobile)
                .exchange(
                        "/api/applications/" + number + "/withdrawal",
                        HttpMethod.POST,
                        new HttpEntity<>(headers),
                        String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
        return JSON.readTree(answer.getBody());
    }

    private static List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    private static String withoutTokens(String page) {
        return page.replaceAll("value=\"[^\"]*\"", "").replaceAll("content=\"[^\"]*\"", "");
    }
}

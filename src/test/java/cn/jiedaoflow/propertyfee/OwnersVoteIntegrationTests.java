package cn.jiedaoflow.propertyfee;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestEstates;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.accounts.TestSignUps;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import cn.jiedaoflow.portal.PortalClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
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
 * The owners' side of a property-fee case over HTTP (docs/portal.md, "Owners' votes"): what an owner reads, the opinion
 * window and the vote window at their first and last moments, one opinion and one ballot each, the result hidden until
 * it is published, the notices' links, and everyone else's 404 (or 403 for staff).
 */
@IntegrationTest
class OwnersVoteIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MILLI = Duration.ofMillis(1);

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
    }

    @Test
    void ownersReadTheProposalGiveOneOpinionInItsWindowVoteOnceAndSeeTheResultOncePublished() throws Exception {
        OwnersCases cases = new OwnersCases(context, rest);
        TestEstates.Estate estate = TestEstates.scoped(rest, identity);
        TestRestTemplate first = owner(cases, estate, "O-1");
        TestRestTemplate second = owner(cases, estate, "O-2");
        TestRestTemplate third = owner(cases, estate, "O-3");
        TestRestTemplate other = resident("非本小区居民");
        Instant filed = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ClockUtil.setCurrentTime(Date.from(filed));

        String tn = cases.toOpinions(estate);
        String page = MyVotesController.PATH + "/" + tn;
        Instant[] window = cases.opinionWindow(tn);
        assertThat(window[0]).isEqualTo(filed);

        // the owner's list, page and inbox
        JsonNode list = get(first, MyVotesController.PATH);
        assertThat(list.get(0).get("trackingNumber").asText()).isEqualTo(tn);
        assertThat(list.get(0).get("stage").asText()).isEqualTo("OPINIONS");
        assertThat(list.get(0).get("url").asText()).isEqualTo("/owners/votes/" + tn);
        JsonNode view = get(first, page);
        assertThat(view.at("/proposal/proposed/residential").decimalValue()).isEqualByComparingTo("2.30");
        assertThat(view.at("/proposal/current/residential").decimalValue()).isEqualByComparingTo("1.80");
        assertThat(view.at("/lists/income/0/label").asText()).isEqualTo("物业费收入");
        assertThat(view.at("/lists/expenses/0/amount").decimalValue()).isEqualByComparingTo("860000");
        assertThat(view.at("/lists/services/0/service").asText()).isEqualTo("公共区域保洁");
        assertThat(view.at("/audit/score").asInt()).isEqualTo(82);
        assertThat(view.at("/hearingDate").isNull()).isTrue();
        assertThat(view.at("/opinions/open").asBoolean()).isTrue();
        assertThat(view.at("/opinions/mayGive").asBoolean()).isTrue();
        assertThat(view.at("/vote").isNull()).isTrue();
        JsonNode inbox = get(first, "/api/inbox");
        assertThat(inbox.at("/notices/0/subject").asText()).isEqualTo("物业费调价方案征求业主意见");
        assertThat(inbox.at("/notices/0/caseUrl").asText()).isEqualTo("/owners/votes/" + tn);

        // nobody else sees it, and it looks like a case that does not exist
        assertThat(status(other, HttpMethod.GET, page, null)).isEqualTo(404);
        assertThat(status(other, HttpMethod.POST, page + "/opinions", Map.of("text", "我也有意见")))
                .isEqualTo(404);
        assertThat(get(other, MyVotesController.PATH)).isEmpty();
        assertThat(status(first, HttpMethod.GET, MyVotesController.PATH + "/PF-20261201-NONE00", null))
                .isEqualTo(404);
        TestRestTemplate committee = TestPeople.as(rest, estate.ownersCommittee(), TestPeople.STAFF_PASSWORD);
        assertThat(status(committee, HttpMethod.GET, page, null)).isEqualTo(403);

        // the opinion window: its first moment is open, the instant before it is not
        ClockUtil.setCurrentTime(Date.from(window[0].minus(MILLI)));
        assertThat(get(first, page).at("/opinions/open").asBoolean()).isFalse();
        ClockUtil.setCurrentTime(Date.from(window[0]));
        assertThat(status(first, HttpMethod.POST, page + "/opinions", Map.of("text", "希望公开维修支出明细。")))
                .isEqualTo(201);
        // one per owner per window, said in the caller's language
        ResponseEntity<String> again = send(first, HttpMethod.POST, page + "/opinions", Map.of("text", "再说一次"), "en");
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(JSON.readTree(again.getBody()).get("detail").asText()).contains("already given your opinion");
        assertThat(get(first, page).at("/opinions/mayGive").asBoolean()).isFalse();
        assertThat(get(first, page).at("/opinions/mine/0/text").asText()).isEqualTo("希望公开维修支出明细。");

        // its last moment is open, with at most 500 characters; its close is not
        ClockUtil.setCurrentTime(Date.from(window[1].minus(MILLI)));
        assertThat(status(second, HttpMethod.POST, page + "/opinions", Map.of("text", "意".repeat(501))))
                .isEqualTo(400);
        assertThat(status(second, HttpMethod.POST, page + "/opinions", Map.of("text", "  ")))
                .isEqualTo(400);
        assertThat(status(second, HttpMethod.POST, page + "/opinions", Map.of("text", "意".repeat(500))))
                .isEqualTo(201);
        ClockUtil.setCurrentTime(Date.from(window[1]));
        assertThat(status(third, HttpMethod.POST, page + "/opinions", Map.of("text", "来晚了")))
                .isEqualTo(409);
        assertThat(get(third, page).at("/opinions/open").asBoolean()).isFalse();

        // the committees read the opinions; the property company and owners do not
        JsonNode opinions = get(committee, PropertyFeeProposalController.PATH + "/" + tn + "/opinions");
        assertThat(opinions).hasSize(2);
        assertThat(opinions.get(0).get("ownerId").asText()).isEqualTo("O-1");
        assertThat(opinions.get(1).get("text").asText()).hasSize(500);
        TestRestTemplate company = TestPeople.as(rest, estate.propertyCompany(), TestPeople.STAFF_PASSWORD);
        assertThat(status(company, HttpMethod.GET, PropertyFeeProposalController.PATH + "/" + tn + "/opinions", null))
                .isEqualTo(404);
        assertThat(status(first, HttpMethod.GET, PropertyFeeProposalController.PATH + "/" + tn + "/opinions", null))
                .isEqualTo(403);

        // the hearing, then the vote with 30 days' notice
        cases.hearing(tn, "2026-12-20");
        assertThat(get(first, page).at("/hearingDate").asText()).isEqualTo("2026-12-20");
        assertThat(get(first, page).at("/stage").asText()).isEqualTo("HEARING");
        Instant opens = window[1].plus(Duration.ofDays(30));
        Instant closes = opens.plus(Duration.ofDays(7));
        long voteId = cases.callVote(tn, opens, closes);
        assertThat(get(first, "/api/inbox").at("/notices/0/caseUrl").asText()).isEqualTo("/owners/votes/" + tn);
        assertThat(get(first, page).at("/vote/voteId").asLong()).isEqualTo(voteId);
        String ballots = "/api/votes/" + voteId + "/ballots";

        // the vote window: the instant before it opens refuses, its first moment takes a ballot
        ClockUtil.setCurrentTime(Date.from(opens.minus(MILLI)));
        assertThat(get(first, page).at("/vote/ballotsNow").asBoolean()).isFalse();
        assertThat(status(first, HttpMethod.POST, ballots, Map.of("choice", "AGREE")))
                .isEqualTo(409);
        cases.openVote(tn, opens);
        assertThat(get(first, page).at("/vote/ballotsNow").asBoolean()).isTrue();
        assertThat(status(first, HttpMethod.POST, ballots, Map.of("choice", "AGREE")))
                .isEqualTo(201);
        ResponseEntity<String> secondBallot = send(first, HttpMethod.POST, ballots, Map.of("choice", "DISAGREE"), "zh");
        assertThat(secondBallot.getStatusCode().value()).isEqualTo(409);
        assertThat(JSON.readTree(secondBallot.getBody()).get("detail").asText()).contains("已经投过票");
        assertThat(get(first, page).at("/vote/myBallot/choice").asText()).isEqualTo("AGREE");
        // its last moment takes one, its close does not
        ClockUtil.setCurrentTime(Date.from(closes.minus(MILLI)));
        assertThat(status(second, HttpMethod.POST, ballots, Map.of("choice", "DISAGREE")))
                .isEqualTo(201);
        ClockUtil.setCurrentTime(Date.from(closes));
        assertThat(get(third, page).at("/vote/ballotsNow").asBoolean()).isFalse();
        assertThat(status(third, HttpMethod.POST, ballots, Map.of("choice", "AGREE")))
                .isEqualTo(409);

        // closed and counted: no tally before publication
        cases.closeVote(tn, closes);
        JsonNode counted = get(first, page);
        assertThat(counted.at("/stage").asText()).isEqualTo("COUNTING");
        assertThat(counted.at("/vote/result").isNull()).isTrue();
        assertThat(counted.toString()).doesNotContain("participating");

        cases.publish(tn);
        JsonNode published = get(first, page);
        assertThat(published.at("/stage").asText()).isEqualTo("RESULT");
        assertThat(published.at("/vote/result/outcome").asText()).isEqualTo("QUORUM_NOT_MET");
        assertThat(published.at("/vote/result/participatingOwners").asLong()).isEqualTo(2);
        assertThat(published.at("/vote/result/agreeArea").decimalValue()).isEqualByComparingTo("180.75");
        assertThat(get(first, MyVotesController.PATH).get(0).get("outcome").asText())
                .isEqualTo("QUORUM_NOT_MET");
    }

    @Test
    void theOwnersPagesNeedASignInShowTheirLinkToOwnersOnlyAndAnswerAnyoneElseWithThe404Page() {
        HttpResponse<String> anonymous = new PortalClient(port).page("/owners/votes");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).get().asString().endsWith("/sign-in?next=/owners/votes");

        OwnersCases cases = new OwnersCases(context, rest);
        TestEstates.Estate estate = TestEstates.scoped(rest, identity);
        String owner = TestSignUps.mobile(jdbc);
        TestPeople.resident(accounts, accountRepository, owner, "页面业主");
        cases.link(estate, "O-1", owner);
        PortalClient ownersBrowser = signedIn(owner);
        HttpResponse<String> list = ownersBrowser.page("/owners/votes");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("id=\"nav-owners-votes\"", "id=\"no-votes\"");
        assertThat(list.headers().firstValue("Content-Security-Policy"))
                .get()
                .asString()
                .contains("script-src 'self'");

        String someone = TestSignUps.mobile(jdbc);
        TestPeople.resident(accounts, accountRepository, someone, "Page Resident");
        PortalClient othersBrowser = signedIn(someone);
        HttpResponse<String> unknown = othersBrowser.page("/owners/votes/PF-20261201-NOSUCH?lang=en");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body())
                .contains("id=\"not-found\"")
                .doesNotContain("nav-owners-votes", "??")
                .doesNotContainPattern("[\\p{IsHan}&&[^中文]]")
                .doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
    }

    private PortalClient signedIn(String mobile) {
        PortalClient browser = new PortalClient(port);
        assertThat(browser.signIn(mobile, TestPeople.RESIDENT_PASSWORD).statusCode())
                .isEqualTo(302);
        return browser;
    }

    private TestRestTemplate owner(OwnersCases cases, TestEstates.Estate estate, String ownerId) {
        String mobile = TestSignUps.mobile(jdbc);
        TestPeople.resident(accounts, accountRepository, mobile, "业主" + ownerId);
        cases.link(estate, ownerId, mobile);
        return TestPeople.as(rest, mobile, TestPeople.RESIDENT_PASSWORD);
    }

    private TestRestTemplate resident(String name) {
        String mobile = TestSignUps.mobile(jdbc);
        TestPeople.resident(accounts, accountRepository, mobile, name);
        return TestPeople.as(rest, mobile, TestPeople.RESIDENT_PASSWORD);
    }

    private static JsonNode get(TestRestTemplate caller, String path) throws Exception {
        ResponseEntity<String> answer = caller.getForEntity(path, String.class);
        assertThat(answer.getStatusCode().value())
                .as("%s: %s", path, answer.getBody())
                .isEqualTo(200);
        return JSON.readTree(answer.getBody());
    }

    private static int status(TestRestTemplate caller, HttpMethod method, String path, Object body) {
        return send(caller, method, path, body, "zh").getStatusCode().value();
    }

    private static ResponseEntity<String> send(
            TestRestTemplate caller, HttpMethod method, String path, Object body, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        return caller.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}

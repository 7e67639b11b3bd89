package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestEstates;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.accounts.TestSignUps;
import cn.jiedaoflow.people.Accounts;
import cn.jiedaoflow.propertyfee.OwnersCases;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An owner in a real browser (issue "The resident portal", item 5; docs/portal.md, "Owners' votes"): a property-fee
 * case of the owner's estate is driven through the engine to its opinion window; the owner opens the invitation from
 * the inbox, reads the proposal, its lists and its audit, and gives an opinion; the vote is called and opened, the
 * owner casts a ballot; once the result is published the owner reads it, in Chinese and in English. An owner of
 * another estate gets the 404 page. Every page at 360 px and 1280 px, checked with axe-core ({@link Browser#check}).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalOwnersBrowserIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void startTheBrowser() {
        browser = Browser.open(port);
    }

    @AfterAll
    void stopTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void aNewVisitor() {
        browser.forget();
    }

    @AfterEach
    void restartTheClock() {
        ClockUtil.reset();
    }

    @Test
    void anOwnerGivesAnOpinionFromTheInboxVotesAndReadsTheResultAndAnotherEstatesOwnerGetsThe404Page() {
        OwnersCases cases = new OwnersCases(context, rest);
        TestEstates.Estate estate = TestEstates.scoped(rest, identity);
        TestEstates.Estate elsewhere = TestEstates.scoped(rest, identity);
        String owner = resident("王小明");
        cases.link(estate, "O-1", owner);
        String neighbour = resident("李四");
        cases.link(elsewhere, "O-1", neighbour);
        String tn = cases.toOpinions(estate);

        // the invitation in the inbox links to the proposal's page
        signIn(owner);
        browser.waitForText(".notice-title", "物业费调价方案征求业主意见");
        assertThat(browser.find(".case-link").getAttribute("href")).endsWith("/owners/votes/" + tn);
        browser.check("owners-inbox");
        browser.find(".case-link").click();
        browser.waitForPath("/owners/votes/" + tn);
        assertThat(browser.find("h1").getText()).endsWith("物业费调价");
        assertThat(browser.find("#vote-stage").getText()).isEqualTo("征求业主意见中");
        assertThat(browser.find("#fees tbody tr td:last-child").getText()).isEqualTo("2.30");
        assertThat(browser.find("#income tbody th").getText()).contains("物业费收入");
        assertThat(browser.find("#services tbody th").getText()).isEqualTo("公共区域保洁");
        assertThat(browser.find("#audit").getText()).contains("人工成本上涨属实");
        browser.check("owners-vote-opinions");

        // an empty opinion is refused beside its field; a real one is taken, once
        browser.find("#opinion-submit").click();
        browser.waitForText("#opinion-text-error", "请填写您的意见");
        assertThat(browser.find("#opinion-text").getAttribute("aria-invalid")).isEqualTo("true");
        browser.type("#opinion-text", "希望物业公开近三年的维修支出明细，再讨论调价。");
        browser.find("#opinion-submit").click();
        browser.waitForText("#opinion-status", "您的意见已提交");
        assertThat(browser.all("#opinion-form")).isEmpty();
        assertThat(browser.find("#my-opinions").getText()).contains("希望物业公开近三年的维修支出明细");
        browser.check("owners-vote-opinion-given");

        // the list, from the header
        browser.find("#nav-owners-votes").click();
        browser.waitForPath("/owners/votes");
        assertThat(browser.all("#votes .case-item")).hasSize(1);
        browser.check("owners-votes");

        // the hearing, the vote called with 30 days' notice and opened
        cases.hearing(tn, "2026-12-20");
        Instant opens = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
        Instant closes = opens.plus(Duration.ofDays(7));
        long voteId = cases.callVote(tn, opens, closes);
        cases.openVote(tn, opens.plus(Duration.ofMinutes(1)));
        browser.open("/owners/votes/" + tn);
        assertThat(browser.find("#hearing").getText()).contains("2026-12-20");
        assertThat(browser.find("#vote-stage").getText()).isEqualTo("业主大会表决进行中");
        browser.find("#ballot-submit").click();
        browser.waitForText("#ballot-error", "请选择");
        browser.find("label[for='choice-AGREE']").click();
        browser.check("owners-vote-ballot-form");
        browser.find("#ballot-submit").click();
        browser.waitForText("#ballot-status", "您的表决票已投出：同意");
        browser.check("owners-vote-ballot-cast");

        // the committee records two paper ballots; the window closes: no tally before the result is published
        TestRestTemplate committee = TestPeople.as(rest, estate.ownersCommittee(), TestPeople.STAFF_PASSWORD);
        for (String other : new String[] {"O-2", "O-3"}) {
            assertThat(committee
                            .postForEntity(
                                    "/api/votes/" + voteId + "/ballots",
                                    Map.of("choice", "AGREE", "ownerId", other),
                                    String.class)
                            .getStatusCode()
                            .value())
                    .isEqualTo(201);
        }
        cases.closeVote(tn, closes.plus(Duration.ofMinutes(1)));
        browser.open("/owners/votes/" + tn);
        assertThat(browser.find("#result-pending").getText()).contains("结果公布后");
        assertThat(browser.all("#tally")).isEmpty();
        browser.check("owners-vote-counting");

        cases.publish(tn);
        browser.open("/owners/votes/" + tn);
        assertThat(browser.find("#outcome").getText()).isEqualTo("通过");
        assertThat(browser.find("#my-ballot").getText()).startsWith("同意");
        browser.check("owners-vote-result");
        browser.open("/owners/votes/" + tn + "?lang=en");
        assertThat(browser.find("#outcome").getText()).isEqualTo("Passed");
        browser.check("owners-vote-result-en");
        browser.open("/owners/votes/" + tn + "?lang=zh");

        // an owner of another estate: the same page as a case that does not exist
        browser.find("#sign-out").click();
        browser.waitForPath("/?signedOut");
        signIn(neighbour);
        browser.open("/owners/votes/" + tn);
        assertThat(browser.find("#not-found").getText()).contains("没有找到这项表决");
        assertThat(browser.find("main").getText()).doesNotContain("物业费收入");
        browser.check("owners-vote-not-found");
    }

    private String resident(String name) {
        String mobile = TestSignUps.mobile(jdbc);
        accounts.createResident(mobile, name, TestIdNumbers.unique(), TestPeople.RESIDENT_PASSWORD);
        return mobile;
    }

    private void signIn(String mobile) {
        browser.open("/sign-in");
        browser.type("#loginName", mobile);
        browser.type("#password", TestPeople.RESIDENT_PASSWORD);
        browser.find("#sign-in-submit").click();
        browser.waitForPath("/inbox");
    }
}

package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestEstates;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.config.OfficeTime;
import cn.jiedaoflow.propertyfee.OwnersCases;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The console's paper ballots and its estates, areas and staff as staff use them in a real Chromium
 * (docs/console.md): a paper ballot entered takes its owner off the list of those who have not voted and moves the
 * counts, a second ballot for an owner is refused in Chinese, each ballot is audited under who entered it; an
 * administrator creates an area, puts an estate in it and gives it staff, chosen and shown by name. Screenshots at
 * 360 px and 1280 px, axe-core, a quiet browser console.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleVotesAndScopeBrowserIntegrationTests {

    @Autowired
    IdentityService identity;

    @Autowired
    TestRestTemplate rest;

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
    void resetTheClock() {
        ClockUtil.reset();
    }

    @Test
    void theOwnersCommitteeEntersAPaperBallotAndTheOwnerLeavesTheListOfThoseWhoHaveNotVoted() {
        TestEstates.Estate estate = TestEstates.scoped(rest, identity);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Instant opens = now.minus(Duration.ofHours(1));
        Instant closes = now.plus(Duration.ofDays(7));
        long voteId = voteUnderWay(estate, opens, closes);

        browser.open("/sign-in?next=/console/paper-ballots");
        signIn(estate.ownersCommittee());
        browser.waitForPath("/console/paper-ballots");
        WebElement row = browser.find("#votes a[href='/console/paper-ballots/" + voteId + "']");
        assertThat(browser.find("#votes").getText())
                .contains("住宅物业费调整至 2.30 元/㎡·月", "一般事项", OfficeTime.SHANGHAI.shown(closes));
        assertThat(browser.all("#votes tbody tr"))
                .as("only the votes of the committee's estate")
                .hasSize(1);
        browser.check("console-paper-ballots");

        row.click();
        browser.waitForPath("/console/paper-ballots/" + voteId);
        assertThat(browser.find("#voted-owners").getText()).isEqualTo("0 / 4");
        assertThat(browser.find("#voted-area").getText()).isEqualTo("0.00 / 440.75");
        assertThat(notVoted())
                .containsExactly(
                        "1号楼 101、1号楼 102 业** 180.75",
                        "1号楼 103 业** 90.00",
                        "1号楼 104 业** 70.00",
                        "2号楼 201、2号楼 202 开发建设单位未售房屋 100.00");
        assertThat(browser.find("main").getText()).as("names masked").doesNotContain("业主一", "业主二");

        new Select(browser.find("#voter")).selectByValue("O-2");
        browser.find("#choice-DISAGREE").click();
        submit("#record");
        browser.waitForShown("recorded");
        assertThat(browser.find("#recorded").getText()).contains("1号楼 103", "业**", "不同意");
        assertThat(browser.find("#voted-owners").getText()).isEqualTo("1 / 4");
        assertThat(browser.find("#voted-area").getText()).isEqualTo("90.00 / 440.75");
        assertThat(notVoted()).hasSize(3).noneMatch(line -> line.startsWith("1号楼 103 "));
        assertThat(browser.all("#voter option[value='O-2']")).isEmpty();
        browser.check("console-paper-ballot-recorded");

        // O-3's paper ballot, entered meanwhile by the residents' committee through the API: this page still offers O-3
        new Select(browser.find("#voter")).selectByValue("O-3");
        browser.find("#choice-AGREE").click();
        ResponseEntity<String> meanwhile = TestPeople.as(rest, estate.residentsCommittee(), TestPeople.STAFF_PASSWORD)
                .postForEntity(
                        "/api/votes/" + voteId + "/ballots",
                        Map.of("choice", "ABSTAIN", "ownerId", "O-3"),
                        String.class);
        assertThat(meanwhile.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        submit("#record");
        browser.waitForShown("problem");
        assertThat(browser.find("#problem").getText()).isEqualTo("业主 O-3 已经投过票；每位业主每次表决只能投一票，表决票投出后不能修改。");
        browser.check("console-paper-ballot-refused");

        assertThat(jdbc.queryForList(
                        "select channel || ' ' || choice || ' ' || recorded_by from ballot"
                                + " where vote_id = ? order by id",
                        String.class,
                        voteId))
                .containsExactly(
                        "PAPER DISAGREE " + estate.ownersCommittee(), "PAPER ABSTAIN " + estate.residentsCommittee());
        assertThat(jdbc.queryForList(
                        "select actor || ' ' || detail from audit_event where action = 'owners.vote.ballot'"
                                + " and subject = ? order by id",
                        String.class,
                        "vote:" + voteId))
                .containsExactly(
                        estate.ownersCommittee() + " voter=O-2, channel=PAPER, choice=DISAGREE",
                        estate.residentsCommittee() + " voter=O-3, channel=PAPER, choice=ABSTAIN");
        assertThat(browser.errors()).as("the browser's console").isEmpty();
    }

    @Test
    void anAdministratorCreatesAnAreaPutsAnEstateInItAndGivesThemStaffByName() {
        long estateId = TestEstates.estateWithRegister(rest, identity);
        String committeeMember = user("陈", "晓梅", "residents-committee");
        String ownersCommitteeMember = user("王", "建业", "owners-committee");
        String areaName = "浏览器测试居民区 " + System.nanoTime();

        browser.open("/sign-in?next=/console/scope");
        signIn(TestPeople.ADMIN);
        browser.waitForPath("/console/scope");
        assertThat(browser.find("#estates tr[data-estate='" + estateId + "']").getText())
                .contains("测试小区", "不属于任何居民区");
        browser.type("#area-name", areaName);
        submit("#create-area");
        browser.waitForShown("done");
        assertThat(browser.find("#done").getText()).isEqualTo("已新建居民区“" + areaName + "”。");
        assertThat(browser.find("h1").getText()).isEqualTo(areaName);
        String areaPath = browser.path();

        new Select(browser.find("#staff-user")).selectByValue(committeeMember);
        assertThat(new Select(browser.find("#staff-user"))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("陈晓梅");
        submit("#add-staff");
        browser.waitForShown("done");
        assertThat(browser.find("#done").getText()).isEqualTo("已添加 陈晓梅。");
        assertThat(browser.find("#committee").getText()).contains("陈晓梅").doesNotContain(committeeMember);
        browser.check("console-scope-area");

        browser.open("/console/scope/estates/" + estateId);
        new Select(browser.find("#areaId")).selectByVisibleText(areaName);
        submit("#save-area");
        browser.waitForShown("done");
        assertThat(browser.find("#estate-area").getText()).isEqualTo(areaName);
        new Select(browser.find("#owners-committee-user")).selectByValue(ownersCommitteeMember);
        submit("#add-owners-committee");
        browser.waitForShown("done");
        assertThat(browser.find("#owners-committee").getText()).contains("王建业");
        assertThat(browser.find("#owners-committee-title").getText()).isEqualTo("业委会");
        browser.check("console-scope-estate");

        // an area that still holds an estate is not deleted: the domain's sentence
        browser.open(areaPath);
        submit("#delete");
        browser.waitForShown("problem");
        assertThat(browser.find("#problem").getText()).contains("仍有小区或居委会工作人员");

        browser.open("/console/scope");
        assertThat(browser.find("#estates tr[data-estate='" + estateId + "']").getText())
                .contains(areaName, "王建业");
        browser.check("console-scope");

        long areaId = Long.parseLong(areaPath.substring(areaPath.lastIndexOf('/') + 1));
        assertThat(identity.createUserQuery()
                        .userId(ownersCommitteeMember)
                        .memberOfGroup("owners-committee.e" + estateId)
                        .count())
                .isEqualTo(1);
        assertThat(identity.createUserQuery()
                        .userId(committeeMember)
                        .memberOfGroup("residents-committee.a" + areaId)
                        .count())
                .isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "select action from audit_event where actor = ? and (subject = ? or subject = ?) order by id",
                        String.class,
                        TestPeople.ADMIN,
                        "area:" + areaId,
                        "estate:" + estateId))
                .containsExactly(
                        "scope.area.create",
                        "scope.area.staff.add",
                        "scope.area.estate.assign",
                        "scope.estate.staff.add");
        assertThat(browser.errors()).as("the browser's console").isEmpty();
    }

    /** A property-fee case of the estate whose owners' vote is called 40 days ago and open from {@code opens}. */
    private long voteUnderWay(TestEstates.Estate estate, Instant opens, Instant closes) {
        OwnersCases cases = new OwnersCases(context, rest);
        ClockUtil.setCurrentTime(Date.from(opens.minus(Duration.ofDays(40))));
        String tn = cases.toOpinions(estate);
        cases.hearing(tn, "2026-11-01");
        long voteId = cases.callVote(tn, opens, closes);
        cases.openVote(tn, opens);
        ClockUtil.reset();
        return voteId;
    }

    /** A staff user of the base group with a name, as the engine's administrators create them. */
    private String user(String lastName, String firstName, String group) {
        String id = "it-console-" + group + "-" + System.nanoTime();
        User user = identity.newUser(id);
        user.setLastName(lastName);
        user.setFirstName(firstName);
        user.setPassword(TestPeople.STAFF_PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, group);
        return id;
    }

    private List<String> notVoted() {
        return browser.all("#not-voted tbody tr").stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Sends the form of the button and waits for the page that answers it. */
    private void submit(String button) {
        browser.script("document.body.dataset.previous = 'yes'");
        browser.find(button).click();
        browser.waitFor(d -> Boolean.TRUE.equals(browser.script(
                "return document.readyState === 'complete' && document.body.dataset.previous === undefined")));
    }

    private void signIn(String loginName) {
        browser.type("#loginName", loginName);
        browser.type(
                "#password",
                TestPeople.ADMIN.equals(loginName) ? TestPeople.ADMIN_PASSWORD : TestPeople.STAFF_PASSWORD);
        browser.find("#sign-in-submit").click();
        browser.waitFor(d -> !browser.path().startsWith("/sign-in"));
        browser.waitFor(d -> "complete".equals(browser.script("return document.readyState")));
    }
}

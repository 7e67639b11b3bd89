package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.accounts.TestSignUps;
import cn.jiedaoflow.notification.Notification;
import cn.jiedaoflow.notification.Notifications;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inbox's API (issue "The resident portal", item 9): {@code GET /api/inbox} gives a resident's or an enterprise's
 * notices, unread first and newest first within, each with a link to its case where it has one, and the unread count;
 * {@code POST /api/inbox/{id}/read} marks one read, and answers another's notice as one that does not exist.
 */
@IntegrationTest
class PortalInboxIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant MORNING =
            OffsetDateTime.parse("2026-12-17T09:00:00+08:00").toInstant();

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    Notifications notifications;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @AfterEach
    void restartTheClock() {
        ClockUtil.reset();
    }

    @Test
    void unreadFirstNewestFirstWithinEachWithItsCase() throws Exception {
        String mobile = resident();
        Notification oldest = at(0, mobile, "OS-20261217-ABCDEF", "受理通知");
        Notification middle = at(1, mobile, "LD-20261217-GHJKMN", "调解通知");
        Notification newest = at(2, mobile, null, "密码已重设");
        Notification fee = at(3, mobile, "PF-20261217-PQRSTU", "物业费通知");
        assertThat(as(mobile)
                        .exchange(read(middle), HttpMethod.POST, null, String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);

        JsonNode inbox = inbox(mobile);

        assertThat(inbox.path("unread").asInt()).isEqualTo(3);
        assertThat(ids(inbox)).containsExactly(fee.getId(), newest.getId(), oldest.getId(), middle.getId());
        JsonNode first = inbox.path("notices").get(0);
        assertThat(first.path("read").asBoolean()).isFalse();
        assertThat(first.path("caseUrl").asText())
                .as("a property-fee case links to its owners' page")
                .isEqualTo("/owners/votes/PF-20261217-PQRSTU");
        assertThat(first.path("sentAt").asText()).isEqualTo("2026-12-17T12:00:00+08:00");
        JsonNode oneStop = inbox.path("notices").get(2);
        assertThat(oneStop.path("trackingNumber").asText()).isEqualTo("OS-20261217-ABCDEF");
        assertThat(oneStop.path("caseUrl").asText()).isEqualTo("/my/cases/OS-20261217-ABCDEF");
        assertThat(inbox.path("notices").get(1).path("caseUrl").isNull()).isTrue();
        JsonNode done = inbox.path("notices").get(3);
        assertThat(done.path("read").asBoolean()).isTrue();
        assertThat(done.path("caseUrl").asText()).isEqualTo("/my/cases/LD-20261217-GHJKMN");
    }

    @Test
    void aResidentAlsoReadsTheNoticesToTheirNumberThatNameNoAccount() throws Exception {
        String mobile = resident();
        Notification windowNotice = notifications.send(
                new Notifications.Recipient(mobile, null), "OS-20261217-WALKIN", "窗口受理", "您在窗口提交的申请已受理。");
        String other = resident();
        Notification othersNotice = notifications.send(new Notifications.Recipient(other, null), null, "别人的", "不是您的。");

        assertThat(ids(inbox(mobile))).contains(windowNotice.getId()).doesNotContain(othersNotice.getId());
    }

    @Test
    void anotherOnesNoticeIsAnsweredAsOneThatDoesNotExist() throws Exception {
        String mine = resident();
        String theirs = resident();
        Notification notice = at(0, theirs, null, "仅限本人");

        ResponseEntity<String> another = as(mine).exchange(read(notice), HttpMethod.POST, null, String.class);
        ResponseEntity<String> none =
                as(mine).exchange("/api/inbox/987654321/read", HttpMethod.POST, null, String.class);

        assertThat(another.getStatusCode().value()).isEqualTo(404);
        assertThat(none.getStatusCode().value()).isEqualTo(404);
        JsonNode a = JSON.readTree(another.getBody());
        JsonNode b = JSON.readTree(none.getBody());
        assertThat(a.path("type").asText())
                .isEqualTo(b.path("type").asText())
                .isEqualTo("urn:jiedao:problem:inbox.notice.notFound");
        assertThat(a.path("title").asText()).isEqualTo(b.path("title").asText());
        assertThat(a.path("detail").asText().replace(String.valueOf(notice.getId()), "N"))
                .isEqualTo(b.path("detail").asText().replace("987654321", "N"));
        assertThat(readAt(notice)).isNull();
    }

    @Test
    void markingReadTwiceKeepsTheFirstTime() throws Exception {
        String mobile = resident();
        Notification notice = at(0, mobile, null, "两次");
        ClockUtil.setCurrentTime(Date.from(MORNING.plusSeconds(600)));
        as(mobile).exchange(read(notice), HttpMethod.POST, null, String.class);
        ClockUtil.setCurrentTime(Date.from(MORNING.plusSeconds(1200)));

        ResponseEntity<String> again = as(mobile).exchange(read(notice), HttpMethod.POST, null, String.class);

        assertThat(again.getStatusCode().value()).isEqualTo(200);
        assertThat(JSON.readTree(again.getBody()).path("readAt").asText()).isEqualTo("2026-12-17T09:10:00+08:00");
    }

    @Test
    void anEnterpriseHasAnInboxStaffHaveNone() throws Exception {
        String creditCode = TestSignUps.creditCode(jdbc);
        accounts.createEnterprise(creditCode, "收件测试有限公司", TestPeople.RESIDENT_PASSWORD);
        long accountId =
                accountRepository.findByLoginName(creditCode).orElseThrow().getId();
        Notification notice =
                notifications.send(new Notifications.Recipient("13900000009", accountId), null, "企业通知", "给企业的。");

        assertThat(ids(inbox(creditCode))).containsExactly(notice.getId());
        String staff = TestPeople.staff(identity, "acceptance-window");
        ResponseEntity<String> staffInbox =
                rest.withBasicAuth(staff, TestPeople.STAFF_PASSWORD).getForEntity("/api/inbox", String.class);
        assertThat(staffInbox.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void theHeaderCountsTheUnread() {
        String mobile = resident();
        at(0, mobile, null, "一");
        at(1, mobile, null, "二");
        HttpHeaders basic = new HttpHeaders();
        basic.setBasicAuth(mobile, TestPeople.RESIDENT_PASSWORD);

        PortalClient browser = new PortalClient(port);
        browser.signIn(mobile, TestPeople.RESIDENT_PASSWORD);
        String page = browser.page("/inbox").body();

        assertThat(page).contains("data-unread=\"2\"", "（2 条未读）", "共 2 条消息，未读 2 条。");
        assertThat(rest.exchange("/api/inbox", HttpMethod.GET, new HttpEntity<>(basic), String.class)
                        .getBody())
                .contains("\"unread\":2");
    }

    private Notification at(int hoursAfterMorning, String mobile, String trackingNumber, String subject) {
        ClockUtil.setCurrentTime(Date.from(MORNING.plusSeconds(3600L * hoursAfterMorning)));
        long accountId = accountRepository.findByLoginName(mobile).orElseThrow().getId();
        return notifications.send(
                new Notifications.Recipient(mobile, accountId), trackingNumber, subject, subject + "：正文。");
    }

    private String resident() {
        String mobile = TestSignUps.mobile(jdbc);
        accounts.createResident(mobile, "收件居民", TestIdNumbers.unique(), TestPeople.RESIDENT_PASSWORD);
        return mobile;
    }

    private TestRestTemplate as(String loginName) {
        return rest.withBasicAuth(loginName, TestPeople.RESIDENT_PASSWORD);
    }

    private JsonNode inbox(String loginName) throws Exception {
        ResponseEntity<String> answer = as(loginName).getForEntity("/api/inbox", String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return JSON.readTree(answer.getBody());
    }

    private static List<Long> ids(JsonNode inbox) {
        List<Long> ids = new ArrayList<>();
        inbox.path("notices").forEach(n -> ids.add(n.path("id").asLong()));
        return ids;
    }

    private static String read(Notification notice) {
        return "/api/inbox/" + notice.getId() + "/read";
    }

    private Object readAt(Notification notice) {
        return jdbc.queryForObject("select read_at from notification where id = ?", Object.class, notice.getId());
    }
}

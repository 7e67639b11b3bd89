package cn.jiedaoflow.sms;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.config.OfficeTime;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;

/** The tests' gateway is the outbox; the demo's outbox reader is absent outside profile demo. */
@IntegrationTest
class SmsOutboxIntegrationTests {

    @Autowired
    SmsGateway gateway;

    @Autowired
    SmsOutboxRepository outbox;

    @Autowired
    OfficeTime office;

    @Autowired
    TestRestTemplate rest;

    @AfterEach
    void restartTheClock() {
        ClockUtil.reset();
    }

    @Test
    void theOutboxKeepsEachTextStampedByTheEngineClockAndShowsTheNewestFirst() {
        Instant first = OffsetDateTime.parse("2090-01-01T09:00:00+08:00").toInstant();
        ClockUtil.setCurrentTime(Date.from(first));
        gateway.send("13400000091", "第一条");
        ClockUtil.setCurrentTime(Date.from(first.plusSeconds(1)));
        gateway.send("13400000092", "第二条");

        List<DemoSmsController.OutboxEntry> shown = new DemoSmsController(outbox, office).newestFirst();

        assertThat(gateway).isInstanceOf(OutboxSmsGateway.class);
        assertThat(shown).hasSizeLessThanOrEqualTo(DemoSmsController.SHOWN);
        assertThat(shown.subList(0, 2))
                .containsExactly(
                        new DemoSmsController.OutboxEntry("13400000092", "第二条", office.local(first.plusSeconds(1))),
                        new DemoSmsController.OutboxEntry("13400000091", "第一条", office.local(first)));
    }

    @Test
    void theDemoOutboxIsForAdministratorsOfTheDemoOnly() {
        assertThat(DemoSmsController.class.getAnnotation(Profile.class).value()).containsExactly("demo");
        assertThat(DemoSmsController.class.getAnnotation(PreAuthorize.class).value())
                .isEqualTo("hasAuthority('GROUP_administrators')");
        assertThat(rest.withBasicAuth(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD)
                        .getForEntity("/api/demo/sms", String.class)
                        .getStatusCode())
                .as("outside profile demo")
                .isEqualTo(HttpStatus.NOT_FOUND);
    }
}

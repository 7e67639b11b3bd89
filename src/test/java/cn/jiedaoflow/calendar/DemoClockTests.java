package cn.jiedaoflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import cn.jiedaoflow.audit.AuditLog;
import cn.jiedaoflow.config.OfficeTime;
import cn.jiedaoflow.refusal.Refusal;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;

class DemoClockTests {

    private final DemoClock clock = new DemoClock();
    private final AuditLog audit = mock(AuditLog.class);
    private final DemoClockController controller = new DemoClockController(clock, audit, OfficeTime.SHANGHAI);
    private final TestingAuthenticationToken admin = new TestingAuthenticationToken("demo", "demo");

    @AfterEach
    void realTimeAgain() {
        ClockUtil.reset();
    }

    @Test
    void movesTheEngineClockForwardAndKeepsItRunning() throws InterruptedException {
        Instant before = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        Instant moved = clock.advance(Duration.ofDays(16));
        Thread.sleep(20);

        assertThat(moved)
                .isBetween(before.plus(Duration.ofDays(16)), Instant.now().plus(Duration.ofDays(16)));
        assertThat(ClockUtil.now().toInstant()).isAfter(moved);
        assertThat(clock.now()).isAfter(Instant.now().plus(Duration.ofDays(16)).minusSeconds(1));
        clock.advance(Duration.ofHours(2));
        assertThat(clock.offset()).isEqualTo(Duration.ofDays(16).plusHours(2));
    }

    @Test
    void neverMovesBackOrStandsStill() {
        assertThatThrownBy(() -> clock.advance(Duration.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clock.advance(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThat(clock.offset()).isZero();
    }

    @Test
    void theControllerMovesByDaysAndHoursAndAuditsIt() {
        DemoClockController.ClockView view = controller.advance(new DemoClockController.Advance(15, 1), admin);

        assertThat(view.offset()).isEqualTo("PT361H");
        assertThat(view.now().toInstant())
                .isAfter(Instant.now().plus(Duration.ofHours(361)).minusSeconds(5));
        verify(audit).record(eq("demo"), eq("calendar.demoClock.advance"), eq("engine-clock"), startsWith("by PT361H"));
    }

    @Test
    void refusesNothingNegativeOrMoreThan400DaysWithoutMovingTheClock() {
        for (DemoClockController.Advance bad : new DemoClockController.Advance[] {
            null,
            new DemoClockController.Advance(null, null),
            new DemoClockController.Advance(0, 0),
            new DemoClockController.Advance(-1, 30),
            new DemoClockController.Advance(1, -1),
            new DemoClockController.Advance(401, 0),
            new DemoClockController.Advance(0, 9601),
            new DemoClockController.Advance(400, 1)
        }) {
            assertThatThrownBy(() -> controller.advance(bad, admin)).isInstanceOfSatisfying(Refusal.class, problem -> {
                assertThat(problem.kind()).isEqualTo(Refusal.Kind.BAD_INPUT);
                assertThat(problem.messageKey()).isEqualTo("calendar.demoClock.invalid");
            });
        }
        assertThat(clock.offset()).isZero();
        verifyNoInteractions(audit);
        assertThat(controller
                        .advance(new DemoClockController.Advance(400, 0), admin)
                        .offset())
                .isEqualTo("PT9600H");
    }
}

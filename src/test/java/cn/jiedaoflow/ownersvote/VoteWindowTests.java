package cn.jiedaoflow.ownersvote;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class VoteWindowTests {

    private static final Instant CALLED =
            OffsetDateTime.parse("2026-04-01T09:00:00+08:00").toInstant();
    private static final Instant FIFTEEN_DAYS_LATER = CALLED.plus(Duration.ofDays(15));

    @Test
    void aWindowOpeningExactly15DaysAfterTheCallKeepsTheNotice() {
        assertThatCode(() -> VoteWindow.check(CALLED, FIFTEEN_DAYS_LATER, FIFTEEN_DAYS_LATER.plusSeconds(1), 15))
                .doesNotThrowAnyException();
    }

    @Test
    void aWindowOpeningOneSecondEarlierIsTooShort() {
        assertThatThrownBy(() -> VoteWindow.check(
                        CALLED, FIFTEEN_DAYS_LATER.minusSeconds(1), FIFTEEN_DAYS_LATER.plus(Duration.ofDays(7)), 15))
                .isInstanceOf(VoteWindow.NoticeTooShort.class)
                .hasMessageContaining("15 days");
    }

    @Test
    void theNoticeDaysAreConfigurable() {
        Instant tenDaysLater = CALLED.plus(Duration.ofDays(10));
        assertThatCode(() -> VoteWindow.check(CALLED, tenDaysLater, tenDaysLater.plus(Duration.ofDays(7)), 10))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> VoteWindow.check(CALLED, tenDaysLater, tenDaysLater.plus(Duration.ofDays(7)), 15))
                .isInstanceOf(VoteWindow.NoticeTooShort.class);
    }

    @Test
    void aWindowThatDoesNotCloseAfterItOpensIsRefused() {
        assertThatThrownBy(() -> VoteWindow.check(CALLED, FIFTEEN_DAYS_LATER, FIFTEEN_DAYS_LATER, 15))
                .isInstanceOf(VoteWindow.NoticeTooShort.class);
        assertThatThrownBy(() -> VoteWindow.check(CALLED, FIFTEEN_DAYS_LATER, FIFTEEN_DAYS_LATER.minusSeconds(60), 15))
                .isInstanceOf(VoteWindow.NoticeTooShort.class);
    }
}

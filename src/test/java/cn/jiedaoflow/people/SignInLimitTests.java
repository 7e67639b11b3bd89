package cn.jiedaoflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.config.OfficeTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SignInLimitTests {

    @Test
    void anAccountIsLockedFor15MinutesFromItsFifthFailure() {
        assertThat(IntStream.rangeClosed(1, 4).mapToObj(SignInLimit.ACCOUNT::waitAfter))
                .containsOnly(Optional.empty());
        assertThat(SignInLimit.ACCOUNT.waitAfter(5)).contains(Duration.ofMinutes(15));
        assertThat(SignInLimit.ACCOUNT.waitAfter(6)).contains(Duration.ofMinutes(15));
    }

    @Test
    void aStaffUserWaitsTwiceAsLongAfterEachFailureAtMostAMinute() {
        assertThat(IntStream.rangeClosed(1, 9)
                        .mapToObj(n ->
                                SignInLimit.STAFF.waitAfter(n).orElseThrow().toSeconds()))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
        assertThat(SignInLimit.STAFF.waitAfter(Integer.MAX_VALUE)).contains(Duration.ofSeconds(60));
    }

    @Test
    void anAddressHasTenFreeFailuresThenWaitsLikeAUser() {
        assertThat(IntStream.rangeClosed(1, 10).mapToObj(SignInLimit.ADDRESS::waitAfter))
                .containsOnly(Optional.empty());
        assertThat(IntStream.rangeClosed(11, 18)
                        .mapToObj(n ->
                                SignInLimit.ADDRESS.waitAfter(n).orElseThrow().toSeconds()))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L);
    }

    @Test
    void aLongNameIsKeptByItsHash() {
        assertThat(SignInLimit.STAFF.subject("demo")).isEqualTo("staff:demo");
        String subject = SignInLimit.STAFF.subject("x".repeat(5000));
        assertThat(subject).startsWith("staff:#").hasSize("staff:#".length() + 64);
    }

    @Test
    void theEndOfALockIsShownToTheMinuteNeverEarly() {
        assertThat(AccountSignIn.shownUntil(Instant.parse("2026-12-02T09:05:00Z"), OfficeTime.SHANGHAI))
                .isEqualTo("2026-12-02 17:05");
        assertThat(AccountSignIn.shownUntil(Instant.parse("2026-12-02T09:05:00.001Z"), OfficeTime.SHANGHAI))
                .isEqualTo("2026-12-02 17:06");
    }

    @Test
    void aStreakIsForgotten15MinutesAfterItsLastFailure() {
        Instant last = Instant.parse("2026-12-02T09:00:00Z");
        SignInStreak streak = new SignInStreak(3, last, null);
        assertThat(streak.forgottenAt(last.plus(Duration.ofMinutes(15)).minusMillis(1)))
                .isFalse();
        assertThat(streak.forgottenAt(last.plus(Duration.ofMinutes(15)))).isTrue();
        assertThat(new SignInStreak(1, last, last.plusMillis(1500)).secondsLeft(last))
                .isEqualTo(2);
    }
}

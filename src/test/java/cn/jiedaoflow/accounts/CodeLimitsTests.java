package cn.jiedaoflow.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.accounts.CodeLimits.AddressCodes;
import cn.jiedaoflow.accounts.CodeLimits.MobileCodes;
import cn.jiedaoflow.accounts.CodeLimits.Wait;
import cn.jiedaoflow.config.OfficeTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Each number of the verification codes at its boundary, without a database. */
class CodeLimitsTests {

    static final OfficeTime OFFICE = OfficeTime.SHANGHAI;
    /** 2026-12-02 10:00 at the office. */
    static final Instant SENT =
            OffsetDateTime.parse("2026-12-02T10:00:00+08:00").toInstant();

    static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    @Test
    void aCodeIsValidFor4Minutes59NotFor5() {
        MobileCodes code = new MobileCodes("h", SENT, 0, false, DAY, 1);
        assertThat(code.triableAt(SENT.plus(Duration.ofMinutes(5)).minusMillis(1)))
                .isTrue();
        assertThat(code.triableAt(SENT.plus(Duration.ofMinutes(4)).plusSeconds(59)))
                .isTrue();
        assertThat(code.triableAt(SENT.plus(Duration.ofMinutes(5)))).isFalse();
    }

    @Test
    void aCodeMayBeTriedFiveTimesNotSix() {
        assertThat(new MobileCodes("h", SENT, 4, false, DAY, 1).triableAt(SENT))
                .as("the 5th try")
                .isTrue();
        assertThat(new MobileCodes("h", SENT, 5, false, DAY, 1).triableAt(SENT))
                .as("the 6th try")
                .isFalse();
        assertThat(new MobileCodes("h", SENT, 0, true, DAY, 1).triableAt(SENT))
                .as("used")
                .isFalse();
    }

    @Test
    void aNumberWaits60SecondsBetweenCodes() {
        MobileCodes last = new MobileCodes("h", SENT, 0, false, DAY, 1);
        assertThat(CodeLimits.mobileWait(last, SENT.plusSeconds(59), OFFICE))
                .contains(new Wait(SENT.plusSeconds(60), "accounts.code.tooSoon"));
        assertThat(CodeLimits.mobileWait(last, SENT.plusSeconds(60).minusMillis(1), OFFICE))
                .isPresent();
        assertThat(CodeLimits.mobileWait(last, SENT.plusSeconds(60), OFFICE)).isEmpty();
        assertThat(CodeLimits.mobileWait(null, SENT, OFFICE))
                .as("a number's first code")
                .isEmpty();
    }

    @Test
    void aNumberHasTenCodesAnOfficeDayTheEleventhWaitsUntilMidnight() {
        Instant later = SENT.plus(Duration.ofHours(1));
        Instant midnight = OffsetDateTime.parse("2026-12-03T00:00:00+08:00").toInstant();
        assertThat(CodeLimits.mobileWait(new MobileCodes("h", SENT, 0, false, DAY, 9), later, OFFICE))
                .as("the 10th")
                .isEmpty();
        assertThat(CodeLimits.mobileWait(new MobileCodes("h", SENT, 0, false, DAY, 10), later, OFFICE))
                .as("the 11th")
                .contains(new Wait(midnight, "accounts.code.dailyLimit"));
        Instant lastSecond = midnight.minusSeconds(1);
        assertThat(CodeLimits.mobileWait(
                        new MobileCodes("h", lastSecond.minusSeconds(60), 0, false, DAY, 10), lastSecond, OFFICE))
                .isPresent();
        assertThat(CodeLimits.mobileWait(
                        new MobileCodes("h", lastSecond, 0, false, DAY, 10), midnight.plusSeconds(60), OFFICE))
                .as("the next office day")
                .isEmpty();
    }

    @Test
    void theDayIsTheOfficesAndItsCountStartsAgain() {
        Instant beforeMidnight =
                OffsetDateTime.parse("2026-12-02T23:59:59+08:00").toInstant();
        MobileCodes lateCode = MobileCodes.first("h", beforeMidnight, OFFICE);
        assertThat(lateCode.day()).isEqualTo(DAY);
        assertThat(lateCode.next("h2", beforeMidnight.plusSeconds(60), OFFICE))
                .extracting(MobileCodes::day, MobileCodes::sentThatDay)
                .containsExactly(DAY.plusDays(1), 1);
        assertThat(lateCode.next("h2", beforeMidnight.minusSeconds(1), OFFICE).sentThatDay())
                .isEqualTo(2);
        assertThat(lateCode.next("h2", beforeMidnight, OFFICE))
                .extracting(MobileCodes::tries, MobileCodes::used)
                .containsExactly(0, false);
    }

    @Test
    void anAddressHasTwentyCodesAnHour() {
        assertThat(CodeLimits.addressWait(new AddressCodes(SENT, 19), SENT.plus(Duration.ofMinutes(59))))
                .as("the 20th")
                .isEmpty();
        assertThat(CodeLimits.addressWait(new AddressCodes(SENT, 20), SENT.plus(Duration.ofMinutes(59))))
                .as("the 21st")
                .contains(new Wait(SENT.plus(Duration.ofHours(1)), "accounts.code.addressLimit"));
        assertThat(CodeLimits.addressWait(
                        new AddressCodes(SENT, 20),
                        SENT.plus(Duration.ofHours(1)).minusMillis(1)))
                .isPresent();
        assertThat(CodeLimits.addressWait(new AddressCodes(SENT, 20), SENT.plus(Duration.ofHours(1))))
                .as("the next hour")
                .isEmpty();
        assertThat(new AddressCodes(SENT, 20).next(SENT.plus(Duration.ofHours(1))))
                .isEqualTo(new AddressCodes(SENT.plus(Duration.ofHours(1)), 1));
        assertThat(new AddressCodes(SENT, 3).next(SENT.plusSeconds(1))).isEqualTo(new AddressCodes(SENT, 4));
    }
}

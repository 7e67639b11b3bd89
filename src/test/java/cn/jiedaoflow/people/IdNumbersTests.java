package cn.jiedaoflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.TestIdNumbers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IdNumbersTests {

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anIdNumberIsSeventeenDigitsAndADigitOrX() {
        assertThat(IdNumbers.normalized("31010519900101123X")).contains("31010519900101123X");
        assertThat(IdNumbers.normalized(" 31010519900101123x "))
                .as("a lower-case x is read as X")
                .contains("31010519900101123X");
        assertThat(IdNumbers.normalized("310105198512124565")).contains("310105198512124565");
        assertThat(IdNumbers.normalized("3101051990010112345")).isEmpty();
        assertThat(IdNumbers.normalized("31010519900101123")).isEmpty();
        assertThat(IdNumbers.normalized("3101051990010112Y4")).isEmpty();
        assertThat(IdNumbers.normalized("")).isEmpty();
        assertThat(IdNumbers.normalized(null)).isEmpty();
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        assertThat(IdNumbers.normalized("310105199001011234")).isEmpty();
        assertThat(IdNumbers.normalized("310105199001011230")).isEmpty();
        assertThat(IdNumbers.normalized("31010519851212456X")).isEmpty();
    }

    @Test
    void eachCheckCharacterFromZeroToNineAndXIsRead() {
        Set<Character> seen = new HashSet<>();
        LocalDate birth = LocalDate.of(1985, 12, 12);
        for (int sequence = 0; seen.size() < 11; sequence++) {
            String valid = TestIdNumbers.of(birth, sequence);
            char check = valid.charAt(17);
            if (seen.add(check)) {
                assertThat(IdNumbers.normalized(valid)).as(valid).contains(valid);
                for (char other : "0123456789X".toCharArray()) {
                    if (other != check) {
                        assertThat(IdNumbers.normalized(valid.substring(0, 17) + other))
                                .as("%s with %s", valid, other)
                                .isEmpty();
                    }
                }
            }
        }
        assertThat(seen).containsExactlyInAnyOrder('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X');
    }

    @Test
    void eighteenZerosAndAnAddressCodeOfZerosAreRefused() {
        assertThat(IdNumbers.normalized("000000000000000000")).isEmpty();
        String zeroRegion = "00000019900101123";
        assertThat(IdNumbers.normalized(zeroRegion + IdNumbers.checkCharacter(zeroRegion)))
                .isEmpty();
    }

    @Test
    void theBirthDateIsARealDay() {
        assertThat(IdNumbers.normalized(withCheck("31010519901345123")))
                .as("1990-13-45")
                .isEmpty();
        assertThat(IdNumbers.normalized(withCheck("31010519900230123")))
                .as("1990-02-30")
                .isEmpty();
        assertThat(IdNumbers.normalized(withCheck("31010519900000123")))
                .as("1990-00-00")
                .isEmpty();
        assertThat(IdNumbers.normalized(withCheck("31010519900431123")))
                .as("1990-04-31")
                .isEmpty();
    }

    @Test
    void the29thOfFebruaryIsADayInLeapYearsOnly() {
        assertThat(IdNumbers.normalized(TestIdNumbers.of(LocalDate.of(2000, 2, 29), 12)))
                .isPresent();
        assertThat(IdNumbers.normalized(TestIdNumbers.of(LocalDate.of(1996, 2, 29), 12)))
                .isPresent();
        assertThat(IdNumbers.normalized(withCheck("31010519000229012")))
                .as("1900 was no leap year")
                .isEmpty();
        assertThat(IdNumbers.normalized(withCheck("31010519990229012"))).isEmpty();
        assertThat(IdNumbers.normalized(withCheck("31010520230229012"))).isEmpty();
    }

    @Test
    void theBirthDateIsFrom1900ToTodayByTheEngineClock() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-15T02:00:00Z"))); // 10:00 in Shanghai
        assertThat(IdNumbers.normalized(TestIdNumbers.of(LocalDate.of(2026, 6, 15), 1)))
                .as("born today")
                .isPresent();
        assertThat(IdNumbers.normalized(TestIdNumbers.of(LocalDate.of(2026, 6, 16), 1)))
                .as("tomorrow")
                .isEmpty();
        assertThat(IdNumbers.normalized(TestIdNumbers.of(LocalDate.of(1900, 1, 1), 1)))
                .isPresent();
        assertThat(IdNumbers.normalized(withCheck("31010518991231001")))
                .as("1899-12-31")
                .isEmpty();

        // 2026-06-15T17:00Z is already the 16th in Shanghai: the day is Shanghai's, not UTC's
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-15T17:00:00Z")));
        assertThat(IdNumbers.normalized(TestIdNumbers.of(LocalDate.of(2026, 6, 16), 1)))
                .isPresent();

        // the engine's clock decides, not the machine's: a birth "in the future" of the wall clock is accepted
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2031-01-01T00:00:00Z")));
        assertThat(IdNumbers.normalized(TestIdNumbers.of(LocalDate.of(2030, 5, 1), 7)))
                .isPresent();
    }

    @Test
    void listsShowTheFirstAndLastFourOnly() {
        assertThat(IdNumbers.mask("31010519900101123X")).isEqualTo("3101**********123X");
        assertThat(IdNumbers.mask("12345678")).isEqualTo("********");
        assertThat(IdNumbers.mask(null)).isNull();
    }

    @Test
    void whatAResidentSendsBackStandsForTheirOwnNumberOnlyWhenEmptyMaskedOrTheirs() {
        String own = "31010519900101123X";

        assertThat(IdNumbers.standsForOwn(null, own)).isTrue();
        assertThat(IdNumbers.standsForOwn(" ", own)).isTrue();
        assertThat(IdNumbers.standsForOwn("3101**********123X", own)).isTrue();
        assertThat(IdNumbers.standsForOwn(" 31010519900101123x ", own)).isTrue();
        assertThat(IdNumbers.standsForOwn("11010519491231002X", own))
                .as("another's")
                .isFalse();
        assertThat(IdNumbers.standsForOwn("3101**********002X", own))
                .as("another's masked")
                .isFalse();
        assertThat(IdNumbers.standsForOwn("31010519900101123", own))
                .as("not a number")
                .isFalse();
        assertThat(IdNumbers.standsForOwn("3101**********123X", null))
                .as("no number of their own")
                .isFalse();
        assertThat(IdNumbers.standsForOwn("", null)).isTrue();
    }

    private static String withCheck(String first17) {
        return first17 + TestIdNumbers.checkCharacter(first17);
    }
}

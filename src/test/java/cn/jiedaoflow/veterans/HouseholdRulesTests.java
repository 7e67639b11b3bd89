package cn.jiedaoflow.veterans;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The household rules the API and the Tasklist forms share, at their boundaries. */
class HouseholdRulesTests {

    @Test
    void aHouseholdHasOneToTwentyPersons() {
        assertThat(HouseholdRules.size(0)).isEmpty();
        assertThat(HouseholdRules.size(1)).contains(1);
        assertThat(HouseholdRules.size("20")).contains(20);
        assertThat(HouseholdRules.size(21)).isEmpty();
        assertThat(HouseholdRules.size(2.5)).isEmpty();
    }

    @Test
    void theDisabilityGradeIsZeroToFour() {
        assertThat(HouseholdRules.disabilityGrade(-1)).isEmpty();
        assertThat(HouseholdRules.disabilityGrade(0)).contains(0);
        assertThat(HouseholdRules.disabilityGrade("4")).contains(4);
        assertThat(HouseholdRules.disabilityGrade(5)).isEmpty();
    }

    @Test
    void aTextIsGivenAndAtMost2000Characters() {
        assertThat(HouseholdRules.isGiven(null)).isFalse();
        assertThat(HouseholdRules.isGiven("  ")).isFalse();
        assertThat(HouseholdRules.fits("x".repeat(2000))).isTrue();
        assertThat(HouseholdRules.fits(" " + "x".repeat(2000) + " ")).isTrue();
        assertThat(HouseholdRules.fits("x".repeat(2001))).isFalse();
        assertThat(HouseholdRules.whatIsWrongWithText(null)).contains("missing");
        assertThat(HouseholdRules.whatIsWrongWithText(42)).contains("missing");
        assertThat(HouseholdRules.whatIsWrongWithText(" \t")).contains("missing");
        assertThat(HouseholdRules.whatIsWrongWithText(" " + "x".repeat(2000) + " "))
                .isEmpty();
        assertThat(HouseholdRules.whatIsWrongWithText("x".repeat(2001))).contains("tooLong");
    }
}

package cn.jiedaoflow.veterans;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The approval rules with numbers, at their boundaries. */
class AssistanceAmountsTests {

    private static final BigDecimal HEAD_LIMIT =
            VeteranAssistanceSettings.defaults().leaderApprovalAbove();

    @Test
    void theHeadApprovesUpToExactlyTwoThousandAndTheLeaderAboveThat() {
        assertThat(HEAD_LIMIT).isEqualByComparingTo("2000");
        assertThat(AssistanceAmounts.needsLeader(new BigDecimal("1999.99"), HEAD_LIMIT))
                .isFalse();
        assertThat(AssistanceAmounts.needsLeader(new BigDecimal("2000"), HEAD_LIMIT))
                .isFalse();
        assertThat(AssistanceAmounts.needsLeader(new BigDecimal("2000.00"), HEAD_LIMIT))
                .isFalse();
        assertThat(AssistanceAmounts.needsLeader(new BigDecimal("2000.01"), HEAD_LIMIT))
                .isTrue();
    }

    @Test
    void anAmountBeyondWhatIsStoredOrWithTooManyDecimalsIsRefusedHoweverItIsWritten() {
        assertThat(AssistanceAmounts.amount(new BigDecimal("9999999999.99")))
                .hasValueSatisfying(amount -> assertThat(amount).isEqualByComparingTo("9999999999.99"));
        for (Object tooLarge : new Object[] {
            new BigDecimal("10000000000"),
            new BigDecimal("1e400"),
            "1e400",
            new java.math.BigInteger("1" + "0".repeat(30))
        }) {
            assertThat(AssistanceAmounts.amount(tooLarge)).as("%s", tooLarge).isEmpty();
            assertThat(AssistanceAmounts.whatIsWrong(tooLarge))
                    .as("%s", tooLarge)
                    .isEqualTo("tooLarge");
        }
        assertThat(AssistanceAmounts.amount(new BigDecimal("1e-400"))).isEmpty();
        for (Object notANumber : new Object[] {
            Double.POSITIVE_INFINITY,
            Double.NaN,
            "NaN",
            "Infinity",
            "1".repeat(41),
            java.util.Map.of(),
            java.util.List.of(1)
        }) {
            assertThat(AssistanceAmounts.amount(notANumber))
                    .as("%s", notANumber)
                    .isEmpty();
            assertThat(AssistanceAmounts.whatIsWrong(notANumber))
                    .as("%s", notANumber)
                    .isEqualTo("notAnAmount");
        }
        assertThat(AssistanceAmounts.isNegative(new BigDecimal("-1e400"))).isTrue();
        assertThat(AssistanceAmounts.whatIsWrong(new BigDecimal("-1e400"))).isEqualTo("negative");
        assertThat(AssistanceAmounts.whatIsWrong(new BigDecimal("1e400"))).isEqualTo("tooLarge");
        assertThat(AssistanceAmounts.whatIsWrong(new BigDecimal("1e-400"))).isEqualTo("tooManyDecimals");
        assertThat(AssistanceAmounts.whatIsWrong(Double.NaN)).isEqualTo("notAnAmount");
        assertThat(AssistanceAmounts.isNegative(Double.NEGATIVE_INFINITY)).isFalse();
    }

    @Test
    void anAmountAboveTheSuggestedMaximumNeedsAReason() {
        assertThat(AssistanceAmounts.needsReason(new BigDecimal("5000"), 5000)).isFalse();
        assertThat(AssistanceAmounts.needsReason(new BigDecimal("5000.01"), 5000))
                .isTrue();
        assertThat(AssistanceAmounts.needsReason(BigDecimal.ZERO, 0)).isFalse();
    }

    @Test
    void amountsAreNumbersOfYuanNotNegativeWithAtMostTwoDecimals() {
        assertThat(AssistanceAmounts.amount(0))
                .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("0"));
        assertThat(AssistanceAmounts.amount(1500.5))
                .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("1500.5"));
        assertThat(AssistanceAmounts.amount(" 12.50 "))
                .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("12.50"));
        assertThat(AssistanceAmounts.amount(100L))
                .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("100"));
        assertThat(AssistanceAmounts.amount(-0.01)).isEmpty();
        assertThat(AssistanceAmounts.whatIsWrong(-0.01)).isEqualTo("negative");
        for (Object notANumber : new Object[] {"abc", null, " "}) {
            assertThat(AssistanceAmounts.amount(notANumber))
                    .as("%s", notANumber)
                    .isEmpty();
            assertThat(AssistanceAmounts.whatIsWrong(notANumber))
                    .as("%s", notANumber)
                    .isEqualTo("notAnAmount");
        }
        assertThat(AssistanceAmounts.amount("1.005")).isEmpty();
        assertThat(AssistanceAmounts.whatIsWrong("1.005")).isEqualTo("tooManyDecimals");
    }

    @Test
    void wholeNumbersWithinTheirRangeAsNumberOrText() {
        assertThat(AssistanceAmounts.wholeNumber(1, 1, 20)).contains(1);
        assertThat(AssistanceAmounts.wholeNumber(20L, 1, 20)).contains(20);
        assertThat(AssistanceAmounts.wholeNumber(3.0, 1, 20)).contains(3);
        assertThat(AssistanceAmounts.wholeNumber(" 4 ", 0, 4)).contains(4);
        assertThat(AssistanceAmounts.wholeNumber(0, 1, 20)).isEmpty();
        assertThat(AssistanceAmounts.wholeNumber(21, 1, 20)).isEmpty();
        assertThat(AssistanceAmounts.wholeNumber(2.5, 1, 20)).isEmpty();
        assertThat(AssistanceAmounts.wholeNumber("三", 1, 20)).isEmpty();
        assertThat(AssistanceAmounts.wholeNumber(null, 0, 4)).isEmpty();
    }
}

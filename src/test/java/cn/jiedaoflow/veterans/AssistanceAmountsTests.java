package cn.jiedaoflow.veterans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        assertThat(AssistanceAmounts.amount(new BigDecimal("9999999999.99"), "金额"))
                .isEqualByComparingTo("9999999999.99");
        for (Object tooLarge : new Object[] {
            new BigDecimal("10000000000"),
            new BigDecimal("1e400"),
            "1e400",
            new java.math.BigInteger("1" + "0".repeat(30))
        }) {
            assertThatThrownBy(() -> AssistanceAmounts.amount(tooLarge, "金额"))
                    .as("%s", tooLarge)
                    .hasMessageContaining("too large");
        }
        assertThatThrownBy(() -> AssistanceAmounts.amount(new BigDecimal("1e-400"), "金额"))
                .hasMessageContaining("two decimals");
        for (Object notANumber : new Object[] {
            Double.POSITIVE_INFINITY,
            Double.NaN,
            "NaN",
            "Infinity",
            "1".repeat(41),
            java.util.Map.of(),
            java.util.List.of(1)
        }) {
            assertThatThrownBy(() -> AssistanceAmounts.amount(notANumber, "金额"))
                    .as("%s", notANumber)
                    .hasMessageContaining("must be a number");
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
        assertThat(AssistanceAmounts.amount(0, "金额")).isEqualByComparingTo("0");
        assertThat(AssistanceAmounts.amount(1500.5, "金额")).isEqualByComparingTo("1500.5");
        assertThat(AssistanceAmounts.amount(" 12.50 ", "金额")).isEqualByComparingTo("12.50");
        assertThat(AssistanceAmounts.amount(100L, "金额")).isEqualByComparingTo("100");
        assertThatThrownBy(() -> AssistanceAmounts.amount(-0.01, "金额")).hasMessageContaining("金额不能为负数");
        assertThatThrownBy(() -> AssistanceAmounts.amount("abc", "金额")).hasMessageContaining("金额须为数字");
        assertThatThrownBy(() -> AssistanceAmounts.amount(null, "金额")).hasMessageContaining("金额须为数字");
        assertThatThrownBy(() -> AssistanceAmounts.amount(" ", "金额")).hasMessageContaining("金额须为数字");
        assertThatThrownBy(() -> AssistanceAmounts.amount("1.005", "金额")).hasMessageContaining("两位小数");
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

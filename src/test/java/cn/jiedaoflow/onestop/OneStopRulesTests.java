package cn.jiedaoflow.onestop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiedaoflow.catalog.FormField;
import cn.jiedaoflow.catalog.Matter;
import cn.jiedaoflow.files.DocumentType;
import cn.jiedaoflow.refusal.Refusal;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one-stop rules with numbers, at their boundaries. */
class OneStopRulesTests {

    private static final Instant ACCEPTED = Instant.parse("2026-03-09T02:00:00Z");

    @Test
    void theYellowWarningComesAtEightyPercentOfTheTimeToTheDeadline() {
        assertThat(Sla.warningAt(ACCEPTED, ACCEPTED.plus(Duration.ofHours(100))))
                .isEqualTo(ACCEPTED.plus(Duration.ofHours(80)));
        // Monday 10:00 to the next Monday 17:00 (+08:00) is 175 hours: the warning after 140
        assertThat(Sla.warningAt(ACCEPTED, Instant.parse("2026-03-16T09:00:00Z")))
                .isEqualTo(Instant.parse("2026-03-14T22:00:00Z"));
        // to the millisecond, rounded down: 80% of 5 ms is 4 ms, of 7 ms 5.6 → 5 ms
        assertThat(Sla.warningAt(ACCEPTED, ACCEPTED.plusMillis(5))).isEqualTo(ACCEPTED.plusMillis(4));
        assertThat(Sla.warningAt(ACCEPTED, ACCEPTED.plusMillis(7))).isEqualTo(ACCEPTED.plusMillis(5));
    }

    @Test
    void aDeadlineNotAfterAcceptanceHasNoWarningTime() {
        assertThatThrownBy(() -> Sla.warningAt(ACCEPTED, ACCEPTED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sla.warningAt(ACCEPTED, ACCEPTED.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void scoresFromOneToFiveAreAccepted(int score) {
        assertThat(Rating.of(score, "  好  ")).isEqualTo(new Rating(score, "好"));
    }

    @Test
    void onlyOneAndTwoArePoorRatingsThatNeedRectification() {
        assertThat(new Rating(1, null).needsRectification()).isTrue();
        assertThat(new Rating(2, null).needsRectification()).isTrue();
        assertThat(new Rating(3, null).needsRectification()).isFalse();
        assertThat(new Rating(5, null).needsRectification()).isFalse();
    }

    @Test
    void scoresOutsideOneToFiveOrNotWholeNumbersAreRefused() {
        for (Object score : new Object[] {0, 6, -1, 2.5, 3.0, "3", null}) {
            assertThatThrownBy(() -> Rating.of(score, null))
                    .as("score %s", score)
                    .isInstanceOfSatisfying(
                            Refusal.class,
                            problem -> assertThat(problem.messageKey()).isEqualTo("onestop.rating.score.invalid"));
        }
    }

    @Test
    void aCommentMayHaveOneThousandCharacters() {
        assertThat(Rating.of(4, "好".repeat(1000)).comment()).hasSize(1000);
        assertThat(Rating.of(4, "   ").comment()).isNull();
        assertThatThrownBy(() -> Rating.of(4, "好".repeat(1001)))
                .isInstanceOfSatisfying(
                        Refusal.class,
                        problem -> assertThat(problem.messageKey()).isEqualTo("onestop.rating.comment.tooLong"));
    }

    @Test
    void theRatingPeriodIsOpenUntilTheInstantItEnds() {
        Instant ends = Instant.parse("2026-03-23T16:00:00Z");
        assertThat(Rating.isOpen(ends.minusMillis(1), ends)).isTrue();
        assertThat(Rating.isOpen(ends, ends)).isFalse();
        assertThat(Rating.isOpen(ends.plusMillis(1), ends)).isFalse();
        assertThat(Rating.isOpen(ends, null)).isFalse();
    }

    @Test
    void materialsAreTypedByTheirFirstBytes() {
        assertThat(DocumentType.of("%PDF-1.4 ...".getBytes())).contains(DocumentType.PDF);
        assertThat(DocumentType.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDB}))
                .contains(DocumentType.JPEG);
        assertThat(DocumentType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}))
                .contains(DocumentType.PNG);
        assertThat(DocumentType.of("GIF89a".getBytes())).isEmpty();
        assertThat(DocumentType.of("%PDF".getBytes())).as("cut short").isEmpty();
        assertThat(DocumentType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A}))
                .isEmpty();
        assertThat(DocumentType.of(new byte[0])).isEmpty();
        assertThat(DocumentType.MAX_BYTES).isEqualTo(10_485_760L);
    }

    @Test
    void formFieldsCheckValuesAsTheFormDeclares() {
        FormField householdSize = new FormField(
                "householdSize", "人数", "number", true, Map.of(), null, null, BigDecimal.ONE, new BigDecimal("20"));
        assertThat(householdSize.problemWith(1)).isEmpty();
        assertThat(householdSize.problemWith(20)).isEmpty();
        assertThat(householdSize.problemWith("20")).isEmpty();
        assertThat(householdSize.problemWith(0)).contains("outOfRange");
        assertThat(householdSize.problemWith(20.01)).contains("outOfRange");
        assertThat(householdSize.problemWith("twenty")).contains("notNumber");
        assertThat(householdSize.problemWith(Double.POSITIVE_INFINITY)).contains("notNumber");
        assertThat(householdSize.problemWith("NaN")).contains("notNumber");

        FormField income = new FormField(
                "monthlyHouseholdIncome", "收入", "number", true, Map.of(), null, null, BigDecimal.ZERO, null, 2, null);
        assertThat(income.problemWith(new BigDecimal("1510.25"))).isEmpty();
        assertThat(income.problemWith(new BigDecimal("1e400")))
                .as("no max in the form, still a bound")
                .contains("outOfRange");
        assertThat(income.problemWith(new BigDecimal("-1e400"))).contains("outOfRange");
        assertThat(income.problemWith(new BigDecimal("1e-400"))).contains("tooManyDecimals");
        assertThat(income.problemWith(new BigDecimal("1510.255"))).contains("tooManyDecimals");
        assertThat(income.problemWith(new java.math.BigInteger("9".repeat(40)))).contains("outOfRange");

        FormField account =
                new FormField("bankAccount", "卡号", "textfield", true, Map.of(), 30, "^[0-9]{12,30}$", null, null);
        assertThat(account.problemWith("123456789012")).isEmpty();
        assertThat(account.problemWith("12345678901")).contains("pattern");
        assertThat(account.problemWith("1".repeat(31))).contains("tooLong");
        assertThat(account.problemWith(123456789012L)).contains("notText");

        FormField date = new FormField("birthDate", "出生日期", "datetime", true, Map.of(), null, null, null, null);
        assertThat(date.problemWith("2024-02-29")).isEmpty();
        assertThat(date.problemWith("2023-02-29")).contains("notDate");
        assertThat(date.problemWith(20240229)).contains("notDate");

        FormField sex = new FormField(
                "childSex", "性别", "radio", true, Map.of("MALE", "男", "FEMALE", "女"), null, null, null, null);
        assertThat(sex.problemWith("FEMALE")).isEmpty();
        assertThat(sex.problemWith("female")).contains("notAllowed");
        assertThat(sex.shown("FEMALE")).isEqualTo("女");
        assertThat(account.shown("123456789012")).isEqualTo("123456789012");

        assertThat(FormField.isGiven(" ")).isFalse();
        assertThat(FormField.isGiven(0)).isTrue();
    }

    @Test
    void aFieldTheFormHidesIsNeitherRequiredNorKept() {
        FormField married =
                new FormField("married", "婚否", "radio", true, Map.of("YES", "是", "NO", "否"), null, null, null, null);
        FormField spouse = new FormField(
                "spouseName",
                "配偶姓名",
                "textfield",
                true,
                Map.of(),
                20,
                null,
                null,
                null,
                null,
                null,
                "=married != \"YES\"");
        List<FormField> fields = List.of(married, spouse);
        Matter noMaterials = new Matter("marriage-test", 0);

        Map<String, Object> single = ApplicationData.checked(fields, Map.of("married", "NO", "spouseName", "李四"));
        assertThat(single).containsExactly(Map.entry("married", "NO"));
        ApplicationData.requireComplete(noMaterials, fields, single, List.of());

        Map<String, Object> wed = ApplicationData.checked(fields, Map.of("married", "YES"));
        assertThatThrownBy(() -> ApplicationData.requireComplete(noMaterials, fields, wed, List.of()))
                .isInstanceOfSatisfying(
                        Refusal.class,
                        refusal -> assertThat(refusal.fieldErrors())
                                .extracting(error -> error.get("field"))
                                .containsExactly("data.spouseName"));
        assertThatThrownBy(
                        () -> ApplicationData.checked(fields, Map.of("married", "YES", "spouseName", "x".repeat(21))))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> ApplicationData.checked(fields, Map.of("married", "NO", "other", "x")))
                .as("a key the form does not have is still refused")
                .isInstanceOf(Refusal.class);
    }

    @Test
    void theApplicantMayWithdrawOnlyBeforeTheDecision() {
        EnumSet<ApplicationStatus> before = EnumSet.of(
                ApplicationStatus.SUBMITTED,
                ApplicationStatus.SUPPLEMENT_REQUESTED,
                ApplicationStatus.ACCEPTED,
                ApplicationStatus.IN_REVIEW);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertThat(status.isBeforeDecision()).as("%s", status).isEqualTo(before.contains(status));
        }
        assertThat(EnumSet.allOf(ApplicationStatus.class).stream().filter(ApplicationStatus::isDecided))
                .containsExactly(
                        ApplicationStatus.COMPLETED,
                        ApplicationStatus.PARTIALLY_COMPLETED,
                        ApplicationStatus.NOT_APPROVED);
    }
}

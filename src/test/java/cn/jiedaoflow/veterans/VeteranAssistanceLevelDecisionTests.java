package cn.jiedaoflow.veterans;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The default assistance policy (procedures.md §3) at every edge: exactly at the minimum living standard (MLS),
 * exactly at 1.5 × MLS, every disability grade, household sizes on both sides of a boundary. The MLS is the
 * default 1,510 CNY unless a test says otherwise; incomes are handed over as BigDecimal and as Double.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/veteran-assistance-level.dmn")
class VeteranAssistanceLevelDecisionTests {

    ProcessEngine engine;

    enum Money {
        BIG_DECIMAL(BigDecimal::new),
        DOUBLE(Double::valueOf);

        final Function<String, Object> of;

        Money(Function<String, Object> of) {
            this.of = of;
        }
    }

    record Assessment(String level, long minAmount, long maxAmount) {}

    Assessment assess(String hardshipType, int householdSize, String income, int disabilityGrade, Money money) {
        return assess(hardshipType, householdSize, income, "1510", disabilityGrade, money);
    }

    Assessment assess(
            String hardshipType, int householdSize, String income, String mls, int disabilityGrade, Money money) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("hardshipType", hardshipType);
        variables.put("householdSize", householdSize);
        variables.put("monthlyHouseholdIncome", money.of.apply(income));
        variables.put("minimumLivingStandard", money.of.apply(mls));
        variables.put("disabilityGrade", disabilityGrade);
        DmnDecisionResult result = engine.getDecisionService()
                .evaluateDecisionByKey("veteran-assistance-level")
                .variables(variables)
                .evaluate();
        assertThat(result).hasSize(1);
        Map<String, Object> row = result.getSingleResult().getEntryMap();
        return new Assessment(
                (String) row.get("level"),
                ((Number) row.get("minAmount")).longValue(),
                ((Number) row.get("maxAmount")).longValue());
    }

    List<String> referrals(String hardshipType, String level, boolean legalDispute) {
        return engine.getDecisionService()
                .evaluateDecisionByKey("veteran-assistance-referrals")
                .variables(Map.of("hardshipType", hardshipType, "level", level, "legalDispute", legalDispute))
                .evaluate()
                .collectEntries("referralGroup");
    }

    static final Assessment URGENT = new Assessment("URGENT", 3000, 10000);
    static final Assessment KEY = new Assessment("KEY", 1000, 5000);
    static final Assessment GENERAL = new Assessment("GENERAL", 500, 2000);
    static final Assessment NONE = new Assessment("NONE", 0, 0);

    // --- below the MLS: household of 3 at 1,510 → 4,530.00 is the line ---

    @ParameterizedTest
    @EnumSource(Money.class)
    void illnessOneCentBelowTheMlsIsUrgent(Money money) {
        assertThat(assess("ILLNESS", 3, "4529.99", 0, money)).isEqualTo(URGENT);
    }

    @ParameterizedTest
    @EnumSource(Money.class)
    void accidentOneCentBelowTheMlsIsUrgent(Money money) {
        assertThat(assess("ACCIDENT", 3, "4529.99", 0, money)).isEqualTo(URGENT);
    }

    @ParameterizedTest
    @EnumSource(Money.class)
    void illnessExactlyAtTheMlsIsOnlyGeneral(Money money) {
        assertThat(assess("ILLNESS", 3, "4530.00", 0, money)).isEqualTo(GENERAL);
        assertThat(assess("ACCIDENT", 3, "4530", 0, money)).isEqualTo(GENERAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UNEMPLOYMENT", "DISABILITY", "HOUSING", "EDUCATION", "OTHER"})
    void otherHardshipsBelowTheMlsAreKeyNotUrgent(String hardshipType) {
        assertThat(assess(hardshipType, 3, "4529.99", 0, Money.BIG_DECIMAL)).isEqualTo(KEY);
        assertThat(assess(hardshipType, 3, "0", 0, Money.DOUBLE)).isEqualTo(KEY);
    }

    @ParameterizedTest
    @EnumSource(Money.class)
    void exactlyAtTheMlsIsGeneralForEveryHardship(Money money) {
        assertThat(assess("UNEMPLOYMENT", 3, "4530.00", 0, money)).isEqualTo(GENERAL);
    }

    // --- below 1.5 × MLS: household of 3 → 6,795.00 is the line ---

    @ParameterizedTest
    @EnumSource(Money.class)
    void oneCentBelowOneAndAHalfMlsIsGeneral(Money money) {
        assertThat(assess("HOUSING", 3, "6794.99", 0, money)).isEqualTo(GENERAL);
        assertThat(assess("ILLNESS", 3, "6794.99", 0, money)).isEqualTo(GENERAL);
    }

    @ParameterizedTest
    @EnumSource(Money.class)
    void exactlyAtOneAndAHalfMlsIsNone(Money money) {
        assertThat(assess("HOUSING", 3, "6795.00", 0, money)).isEqualTo(NONE);
        assertThat(assess("ACCIDENT", 3, "6795", 0, money)).isEqualTo(NONE);
    }

    @Test
    void oneAndAHalfMlsIsComparedExactlyForOddHouseholds() {
        // 1 person at 1,510: the line is 2,265.00; the comparison never divides.
        assertThat(assess("OTHER", 1, "2264.99", 0, Money.DOUBLE)).isEqualTo(GENERAL);
        assertThat(assess("OTHER", 1, "2265.00", 0, Money.DOUBLE)).isEqualTo(NONE);
        // an MLS with cents: 1 person at 1,510.01 → 1.5 × = 2,265.015
        assertThat(assess("OTHER", 1, "2265.01", "1510.01", 0, Money.BIG_DECIMAL))
                .isEqualTo(GENERAL);
        assertThat(assess("OTHER", 1, "2265.02", "1510.01", 0, Money.BIG_DECIMAL))
                .isEqualTo(NONE);
    }

    // --- household size: the same income per household, different sizes ---

    @ParameterizedTest
    @EnumSource(Money.class)
    void theHouseholdSizeMovesTheLine(Money money) {
        // 3,020 CNY a month: 1 person → 3,020 per head (≥ 1.5 × MLS); 2 → 1,510 (exactly MLS); 3 → 1,006.67
        assertThat(assess("UNEMPLOYMENT", 1, "3020", 0, money)).isEqualTo(NONE);
        assertThat(assess("UNEMPLOYMENT", 2, "3020", 0, money)).isEqualTo(GENERAL);
        assertThat(assess("UNEMPLOYMENT", 3, "3020", 0, money)).isEqualTo(KEY);
        assertThat(assess("ILLNESS", 2, "3020", 0, money)).isEqualTo(GENERAL);
        assertThat(assess("ILLNESS", 3, "3020", 0, money)).isEqualTo(URGENT);
    }

    @Test
    void theMinimumLivingStandardIsAnInput() {
        assertThat(assess("ILLNESS", 2, "3020", "1510", 0, Money.BIG_DECIMAL)).isEqualTo(GENERAL);
        assertThat(assess("ILLNESS", 2, "3020", "1510.01", 0, Money.BIG_DECIMAL))
                .isEqualTo(URGENT);
    }

    // --- disability grades: 1 is the most severe ---

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void gradesOneAndTwoAreKeyWhateverTheIncome(int grade) {
        assertThat(assess("DISABILITY", 3, "20000", grade, Money.BIG_DECIMAL)).isEqualTo(KEY);
        assertThat(assess("ACCIDENT", 3, "20000", grade, Money.DOUBLE)).isEqualTo(KEY);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4})
    void gradesThreeAndFourAreGeneralWhateverTheIncome(int grade) {
        assertThat(assess("DISABILITY", 3, "20000", grade, Money.BIG_DECIMAL)).isEqualTo(GENERAL);
    }

    @Test
    void noDisabilityAndAHighIncomeIsNone() {
        assertThat(assess("DISABILITY", 3, "20000", 0, Money.BIG_DECIMAL)).isEqualTo(NONE);
    }

    @Test
    void aLowIncomeOutranksAMildDisabilityAndUrgencyOutranksASevereOne() {
        assertThat(assess("DISABILITY", 3, "4529.99", 3, Money.BIG_DECIMAL)).isEqualTo(KEY);
        assertThat(assess("ILLNESS", 3, "4529.99", 1, Money.BIG_DECIMAL)).isEqualTo(URGENT);
    }

    // --- referrals ---

    @Test
    void eachHardshipIsReferredToItsDepartment() {
        assertThat(referrals("UNEMPLOYMENT", "GENERAL", false)).containsExactly("employment-service");
        assertThat(referrals("ILLNESS", "GENERAL", false)).containsExactly("medical-assistance");
        assertThat(referrals("DISABILITY", "GENERAL", false)).containsExactly("disabled-persons-federation");
        assertThat(referrals("HOUSING", "GENERAL", false)).containsExactly("housing-office");
        assertThat(referrals("EDUCATION", "GENERAL", false)).containsExactly("civil-affairs");
        assertThat(referrals("ACCIDENT", "GENERAL", false)).isEmpty();
        assertThat(referrals("OTHER", "NONE", false)).isEmpty();
    }

    @Test
    void keyAndUrgentCasesAlsoGetPsychologicalSupport() {
        assertThat(referrals("ILLNESS", "URGENT", false))
                .containsExactly("medical-assistance", "psychological-support");
        assertThat(referrals("HOUSING", "KEY", false)).containsExactly("housing-office", "psychological-support");
        assertThat(referrals("ACCIDENT", "KEY", false)).containsExactly("psychological-support");
        assertThat(referrals("HOUSING", "GENERAL", false)).doesNotContain("psychological-support");
        assertThat(referrals("HOUSING", "NONE", false)).doesNotContain("psychological-support");
    }

    @Test
    void aLegalDisputeFoundOnTheVisitGoesToLegalAid() {
        assertThat(referrals("UNEMPLOYMENT", "KEY", true))
                .containsExactly("employment-service", "psychological-support", "legal-aid");
        assertThat(referrals("OTHER", "NONE", true)).containsExactly("legal-aid");
    }
}

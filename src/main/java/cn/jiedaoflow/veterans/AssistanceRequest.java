package cn.jiedaoflow.veterans;

import cn.jiedaoflow.input.ExactNumbers;
import cn.jiedaoflow.refusal.Refusal;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An application for veteran assistance as sent. Numbers arrive as JSON values of any kind and are checked
 * here, so that "abc" or -1 is refused with a message, never a stack trace; they are read exactly
 * ({@link ExactNumbers}), so that 1e400 is too large and 1e-400 has too many decimals rather than becoming
 * infinity or zero.
 */
record AssistanceRequest(
        String veteranIdNumber,
        String applicantRelation,
        String applicantName,
        String applicantMobile,
        String hardshipType,
        @JsonDeserialize(using = ExactNumbers.class) Object householdSize,
        @JsonDeserialize(using = ExactNumbers.class) Object monthlyHouseholdIncome,
        @JsonDeserialize(using = ExactNumbers.class) Object disabilityGrade,
        String requestedHelp) {

    /** The checked application. */
    record Checked(
            ApplicantRelation relation,
            HardshipType hardshipType,
            int householdSize,
            BigDecimal monthlyHouseholdIncome,
            int disabilityGrade,
            String requestedHelp) {}

    Checked check() {
        List<Map<String, Object>> errors = new ArrayList<>();
        ApplicantRelation relation = ApplicantRelation.parse(applicantRelation).orElse(null);
        if (relation == null) {
            errors.add(problem("applicantRelation", "notAllowed"));
        }
        HardshipType hardship = HardshipType.parse(hardshipType).orElse(null);
        if (hardship == null) {
            errors.add(problem("hardshipType", "notAllowed"));
        }
        Integer size = HouseholdRules.size(householdSize).orElse(null);
        if (size == null) {
            errors.add(problem("householdSize", "notAWholeNumberFrom1To20"));
        }
        BigDecimal income = AssistanceAmounts.amount(monthlyHouseholdIncome).orElse(null);
        if (income == null) {
            errors.add(problem("monthlyHouseholdIncome", AssistanceAmounts.whatIsWrong(monthlyHouseholdIncome)));
        }
        Integer grade = disabilityGrade == null
                ? Integer.valueOf(HouseholdRules.NO_DISABILITY)
                : HouseholdRules.disabilityGrade(disabilityGrade).orElse(null);
        if (grade == null) {
            errors.add(problem("disabilityGrade", "notAWholeNumberFrom0To4"));
        }
        HouseholdRules.whatIsWrongWithText(requestedHelp)
                .ifPresent(wrong -> errors.add(problem("requestedHelp", wrong)));
        if (!errors.isEmpty()) {
            throw Refusal.badFields(
                    "veterans.assistance.invalid",
                    errors,
                    String.join(
                            ", ",
                            errors.stream()
                                    .map(e -> e.get("field") + " (" + e.get("problem") + ")")
                                    .toList()));
        }
        return new Checked(relation, hardship, size, income, grade, requestedHelp.strip());
    }

    private static Map<String, Object> problem(String field, String problem) {
        return Map.of("field", field, "problem", problem);
    }
}

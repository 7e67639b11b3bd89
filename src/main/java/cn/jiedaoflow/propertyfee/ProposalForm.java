package cn.jiedaoflow.propertyfee;

import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.*;

import cn.jiedaoflow.propertyfee.ProposalRequest.AmountItem;
import cn.jiedaoflow.propertyfee.ProposalRequest.ServiceItem;
import cn.jiedaoflow.refusal.Refusal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The start form {@code property-fee-proposal} as a start through the engine submits it: its fields are all a
 * start from Tasklist or {@code /engine-rest} may carry, and they become the {@link ProposalRequest} that
 * {@link ProposalIntake} checks as it checks the API's. Plain Java, no engine types.
 */
final class ProposalForm {

    /** The form's fields, in the form's order (checked against {@code forms/property-fee-proposal.form}). */
    static final Set<String> FIELDS = fields();

    private ProposalForm() {}

    private static Set<String> fields() {
        Set<String> fields = new LinkedHashSet<>(List.of(
                VAR_ESTATE_ID,
                VAR_APPLICANT_NAME,
                VAR_PROPERTY_COMPANY_MOBILE,
                VAR_OWNERS_COMMITTEE_MOBILE,
                VAR_CURRENT_RESIDENTIAL_FEE,
                VAR_PROPOSED_RESIDENTIAL_FEE,
                VAR_CURRENT_COMMERCIAL_FEE,
                VAR_PROPOSED_COMMERCIAL_FEE,
                VAR_CURRENT_PARKING_FEE,
                VAR_PROPOSED_PARKING_FEE,
                VAR_EFFECTIVE_DATE,
                VAR_REASONS));
        ProposalListFields.INCOME_CATEGORIES.forEach(c -> fields.add(ProposalListFields.incomeField(c)));
        ProposalListFields.EXPENSE_CATEGORIES.forEach(c -> fields.add(ProposalListFields.expenseField(c)));
        for (int row = 1; row <= ProposalListFields.SERVICE_ROWS; row++) {
            fields.add("service" + row);
            fields.add("standard" + row);
            fields.add("frequency" + row);
        }
        return Set.copyOf(fields);
    }

    /** The variables of a start that are not fields of the form, in name order: a door start may not carry them. */
    static List<String> notFields(Set<String> variableNames) {
        return variableNames.stream()
                .filter(name -> !FIELDS.contains(name))
                .sorted()
                .toList();
    }

    /**
     * The proposal the form's values make: the fields the form requires must be there (all missing ones named at
     * once); numbers and dates must read as such. Refusals are 400 problems, as the API's.
     */
    static ProposalRequest request(Map<String, Object> values, ZoneId zone) {
        List<String> missing = new ArrayList<>();
        for (String required : List.of(
                VAR_ESTATE_ID,
                VAR_APPLICANT_NAME,
                VAR_PROPERTY_COMPANY_MOBILE,
                VAR_OWNERS_COMMITTEE_MOBILE,
                VAR_CURRENT_RESIDENTIAL_FEE,
                VAR_PROPOSED_RESIDENTIAL_FEE,
                VAR_CURRENT_COMMERCIAL_FEE,
                VAR_PROPOSED_COMMERCIAL_FEE,
                VAR_CURRENT_PARKING_FEE,
                VAR_PROPOSED_PARKING_FEE,
                VAR_EFFECTIVE_DATE,
                VAR_REASONS)) {
            if (blank(values.get(required))) {
                missing.add(required);
            }
        }
        List<AmountItem> income = amounts(values, ProposalListFields.INCOME_CATEGORIES, true, missing);
        List<AmountItem> expenses = amounts(values, ProposalListFields.EXPENSE_CATEGORIES, false, missing);
        if (blank(values.get("service1"))) {
            missing.add("service1");
        }
        if (!missing.isEmpty()) {
            throw Refusal.badInput("propertyfee.proposal.missing", String.join(", ", missing));
        }
        List<ServiceItem> services = new ArrayList<>();
        for (int row = 1; row <= ProposalListFields.SERVICE_ROWS; row++) {
            if (!blank(values.get("service" + row))) {
                services.add(new ServiceItem(
                        text(values.get("service" + row)),
                        text(values.get("standard" + row)),
                        text(values.get("frequency" + row))));
            }
        }
        return new ProposalRequest(
                estateId(values.get(VAR_ESTATE_ID)),
                text(values.get(VAR_APPLICANT_NAME)),
                text(values.get(VAR_PROPERTY_COMPANY_MOBILE)),
                text(values.get(VAR_OWNERS_COMMITTEE_MOBILE)),
                amount(values.get(VAR_CURRENT_RESIDENTIAL_FEE)),
                amount(values.get(VAR_PROPOSED_RESIDENTIAL_FEE)),
                amount(values.get(VAR_CURRENT_COMMERCIAL_FEE)),
                amount(values.get(VAR_PROPOSED_COMMERCIAL_FEE)),
                amount(values.get(VAR_CURRENT_PARKING_FEE)),
                amount(values.get(VAR_PROPOSED_PARKING_FEE)),
                date(values.get(VAR_EFFECTIVE_DATE), zone),
                text(values.get(VAR_REASONS)),
                income,
                expenses,
                services);
    }

    private static List<AmountItem> amounts(
            Map<String, Object> values, List<String> categories, boolean income, List<String> missing) {
        List<AmountItem> items = new ArrayList<>();
        for (String category : categories) {
            String field =
                    income ? ProposalListFields.incomeField(category) : ProposalListFields.expenseField(category);
            if (blank(values.get(field))) {
                missing.add(field);
            } else {
                items.add(new AmountItem(category, amount(values.get(field)), null));
            }
        }
        return items;
    }

    /** The estate id as a whole positive number: the form's number field, or its text. */
    static long estateId(Object value) {
        BigDecimal number = value instanceof Number || value instanceof String ? number(value) : null;
        if (number == null
                || number.signum() <= 0
                || number.stripTrailingZeros().scale() > 0
                || number.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw Refusal.badInput("propertyfee.proposal.estateId.invalid", String.valueOf(value));
        }
        return number.longValueExact();
    }

    private static BigDecimal amount(Object value) {
        BigDecimal number = value instanceof Number || value instanceof String ? number(value) : null;
        if (number == null) {
            throw Refusal.badInput("propertyfee.proposal.amount.invalid", String.valueOf(value));
        }
        return number;
    }

    private static BigDecimal number(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(Object value, ZoneId zone) {
        try {
            return FeeStepsReader.date(value, zone);
        } catch (IllegalArgumentException e) {
            throw Refusal.badInput("propertyfee.proposal.effectiveDate.invalid", String.valueOf(value));
        }
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank()
                ? null
                : value.toString().strip();
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }
}

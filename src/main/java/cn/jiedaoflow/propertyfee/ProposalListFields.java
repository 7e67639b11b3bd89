package cn.jiedaoflow.propertyfee;

import cn.jiedaoflow.propertyfee.ProposalRequest.AmountItem;
import cn.jiedaoflow.propertyfee.ProposalRequest.ServiceItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The three lists of a proposal in two shapes: as lists (the API's, and the {@code incomeItems},
 * {@code expenseItems}, {@code serviceItems} variables the portal reads) and as the fixed fields of the
 * Tasklist form: one amount per income and expense category ({@code incomePropertyFees},
 * {@code expenseStaff}, …) and up to {@value #SERVICE_ROWS} service rows ({@code service1}, {@code standard1},
 * {@code frequency1}, …). The form has fixed rows because Camunda 7.24's Tasklist cannot submit a form with a
 * dynamic list (docs/property-fee-adjustment.md). A revision in the form keeps the notes the API's rows carried, which
 * the form cannot show. Plain Java, no engine types.
 */
final class ProposalListFields {

    static final List<String> INCOME_CATEGORIES = List.of("PROPERTY_FEES", "PARKING", "COMMON_PARTS", "OTHER");
    static final List<String> EXPENSE_CATEGORIES = List.of(
            "STAFF", "CLEANING", "SECURITY", "GREENING", "REPAIRS", "COMMON_UTILITIES", "MANAGEMENT_FEE_OR_PROFIT");
    static final int SERVICE_ROWS = 10;

    private ProposalListFields() {}

    /** {@code incomePropertyFees} for income category {@code PROPERTY_FEES}. */
    static String incomeField(String category) {
        return "income" + camel(category);
    }

    static String expenseField(String category) {
        return "expense" + camel(category);
    }

    /**
     * The form's fields for the API's lists: amounts of the same category added up, service rows in order.
     * The caller has checked the categories ({@link #unknownCategories}) and the number of service rows.
     */
    static Map<String, Object> fields(List<AmountItem> income, List<AmountItem> expenses, List<ServiceItem> services) {
        Map<String, Object> fields = new LinkedHashMap<>();
        INCOME_CATEGORIES.forEach(category ->
                fields.put(incomeField(category), sum(income, category).doubleValue()));
        EXPENSE_CATEGORIES.forEach(category ->
                fields.put(expenseField(category), sum(expenses, category).doubleValue()));
        for (int row = 1; row <= SERVICE_ROWS; row++) {
            ServiceItem item = row <= services.size() ? services.get(row - 1) : null;
            fields.put("service" + row, item == null ? null : item.service());
            fields.put("standard" + row, item == null ? null : item.standard());
            fields.put("frequency" + row, item == null ? null : item.frequency());
        }
        return fields;
    }

    /** The categories of {@code items} that are not among {@code allowed}, in order, once each. */
    static List<String> unknownCategories(List<AmountItem> items, List<String> allowed) {
        return items.stream()
                .map(AmountItem::category)
                .filter(category -> category == null || !allowed.contains(category))
                .distinct()
                .map(String::valueOf)
                .toList();
    }

    /** The income list of the form's fields: one row per category, in the categories' order. */
    static List<Map<String, Object>> incomeItems(Map<String, Object> variables) {
        return incomeItems(variables, List.of());
    }

    /**
     * The income list of the form's fields, revising {@code previous} (the list as it was): the form has one amount per
     * category and no notes, so a category whose amount the revision left as it was keeps its previous rows, amounts
     * and notes; a changed one becomes one row with the new amount and the notes its previous rows carried.
     */
    static List<Map<String, Object>> incomeItems(Map<String, Object> variables, List<Map<String, Object>> previous) {
        return amounts(variables, INCOME_CATEGORIES, "income", previous);
    }

    static List<Map<String, Object>> expenseItems(Map<String, Object> variables) {
        return expenseItems(variables, List.of());
    }

    /** The expense list of the form's fields, revising {@code previous} as {@link #incomeItems(Map, List)} does. */
    static List<Map<String, Object>> expenseItems(Map<String, Object> variables, List<Map<String, Object>> previous) {
        return amounts(variables, EXPENSE_CATEGORIES, "expense", previous);
    }

    /** The service rows of the form's fields, leaving out rows whose service is empty. */
    static List<Map<String, Object>> serviceItems(Map<String, Object> variables) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int row = 1; row <= SERVICE_ROWS; row++) {
            String service = text(variables.get("service" + row));
            if (service == null) {
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("service", service);
            item.put("standard", text(variables.get("standard" + row)));
            item.put("frequency", text(variables.get("frequency" + row)));
            rows.add(item);
        }
        return rows;
    }

    private static List<Map<String, Object>> amounts(
            Map<String, Object> variables, List<String> categories, String prefix, List<Map<String, Object>> previous) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String category : categories) {
            BigDecimal amount = FeeStepsReader.amount(variables.get(prefix + camel(category)));
            if (amount == null) {
                throw new BilingualRefusal(
                        "缺少“" + prefix + camel(category) + "”的金额",
                        "the amount " + prefix + camel(category) + " is missing");
            }
            if (amount.signum() < 0) {
                throw new BilingualRefusal("金额不能为负数：" + amount, "an amount cannot be negative: " + amount);
            }
            List<Map<String, Object>> before = previous.stream()
                    .filter(row -> category.equals(row.get("category")))
                    .toList();
            BigDecimal amountBefore = before.stream()
                    .map(row -> FeeStepsReader.amount(row.get("amount")))
                    .filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (!before.isEmpty() && amountBefore.compareTo(amount) == 0) {
                before.forEach(row -> rows.add(new LinkedHashMap<>(row)));
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("category", category);
            item.put("amount", amount);
            List<String> notes = before.stream()
                    .map(row -> text(row.get("note")))
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList();
            if (!notes.isEmpty()) {
                item.put("note", String.join("；", notes));
            }
            rows.add(item);
        }
        return rows;
    }

    private static BigDecimal sum(List<AmountItem> items, String category) {
        return items.stream()
                .filter(item -> category.equals(item.category()))
                .map(AmountItem::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank()
                ? null
                : value.toString().strip();
    }

    /** {@code MANAGEMENT_FEE_OR_PROFIT} → {@code ManagementFeeOrProfit}. */
    private static String camel(String category) {
        StringBuilder camel = new StringBuilder();
        for (String word : category.toLowerCase(java.util.Locale.ROOT).split("_")) {
            camel.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return camel.toString();
    }
}

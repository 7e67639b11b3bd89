package cn.jiedaoflow.propertyfee;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A complete, valid property-fee proposal for an estate: as the API takes it, and as Tasklist's start form sends it.
 */
public final class TestProposals {

    private TestProposals() {}

    /** The body of {@code POST /api/property-fee/proposals}, effective in 120 days; a mutable map. */
    public static Map<String, Object> apiBody(long estateId) {
        Map<String, Object> proposal = new HashMap<>(common(estateId));
        proposal.put("currentResidentialFee", 1.80);
        proposal.put("proposedResidentialFee", 2.30);
        proposal.put("currentCommercialFee", 4.50);
        proposal.put("proposedCommercialFee", 5.00);
        proposal.put("currentParkingFee", 0.40);
        proposal.put("proposedParkingFee", 0.50);
        proposal.put("incomeItems", List.of(Map.of("category", "PROPERTY_FEES", "amount", 1_200_000)));
        proposal.put("expenseItems", List.of(Map.of("category", "STAFF", "amount", 860_000)));
        proposal.put("serviceItems", List.of(Map.of("service", "公共区域保洁", "standard", "地面无垃圾", "frequency", "每日两次")));
        return proposal;
    }

    /** The start form's fields as Tasklist submits them (one field per income and expense category). */
    public static Map<String, Object> startForm(long estateId) {
        Map<String, Object> form = new LinkedHashMap<>(common(estateId));
        form.put("currentResidentialFee", 1.8);
        form.put("proposedResidentialFee", 2.3);
        form.put("currentCommercialFee", 4.5);
        form.put("proposedCommercialFee", 5.0);
        form.put("currentParkingFee", 0.4);
        form.put("proposedParkingFee", 0.5);
        ProposalListFields.INCOME_CATEGORIES.forEach(
                category -> form.put(ProposalListFields.incomeField(category), 1000.0));
        ProposalListFields.EXPENSE_CATEGORIES.forEach(
                category -> form.put(ProposalListFields.expenseField(category), 500.0));
        form.put("service1", "秩序维护");
        form.put("standard1", "24 小时门岗");
        form.put("frequency1", "每日");
        return form;
    }

    /** Camunda's typed variables: {@code {"name": {"value": …, "type": "Long"}}}. */
    public static Map<String, Object> typed(Map<String, Object> values) {
        Map<String, Object> typed = new LinkedHashMap<>();
        values.forEach((name, value) -> typed.put(
                name,
                Map.of(
                        "value",
                        value,
                        "type",
                        value instanceof Long ? "Long" : value instanceof Double ? "Double" : "String")));
        return typed;
    }

    private static Map<String, Object> common(long estateId) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("estateId", estateId);
        fields.put("applicantName", "上海长宁某物业管理有限公司");
        fields.put("propertyCompanyMobile", "13800138001");
        fields.put("ownersCommitteeMobile", "13800138002");
        fields.put(
                "effectiveDate",
                LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(120).toString());
        fields.put("reasons", "人工成本连续三年上涨");
        return fields;
    }
}
